"""Paths and shared test data (imported by tests; conftest.py holds the fixtures)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds" / "articles.jsonl"
SEED_GOLD = SHARED / "gold" / "seeds.jsonl"
SAMPLES = REPO / "sample_articles"
REVIEW_TEXT = "Gunmen killed five people in Bannu on Sunday. Police arrested two men in Lahore on Monday."


def need_seeds() -> None:
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
