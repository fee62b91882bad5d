"""Shared fixtures: real SQLite files on disk, the seed articles from ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.store import open_store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds" / "articles.jsonl"
SEED_GOLD = SHARED / "gold" / "seeds.jsonl"
SAMPLES = REPO / "sample_articles"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path: Path):
    with open_store(db_path) as s:
        yield s


def need_seeds() -> None:
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
