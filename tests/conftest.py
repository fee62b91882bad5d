"""Shared fixtures: real SQLite files on disk (paths and data live in helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.store import open_store
from helpers import REVIEW_TEXT


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path: Path):
    with open_store(db_path) as s:
        yield s


@pytest.fixture
def seeded(db_path: Path) -> Path:
    """One article with two machine events, ready for review."""
    from datetime import date

    from dateline.extract.records import Article, Event
    from dateline.loader import sha256_text

    with open_store(db_path) as store:
        store.add_article(
            Article(ref="a1", text=REVIEW_TEXT, published=date(2025, 11, 10), sha256=sha256_text(REVIEW_TEXT)),
            [Event(type="Violence against civilians", subtype="Attack", evidence_start=0, evidence_end=45,
                   date_start=date(2025, 11, 9), date_end=date(2025, 11, 9), date_precision="day",
                   location="Bannu", fatalities=5),
             Event(type="Strategic developments", subtype="Arrests", evidence_start=46, evidence_end=len(REVIEW_TEXT),
                   date_start=date(2025, 11, 10), date_end=date(2025, 11, 10))],
            "v1")
    return db_path
