"""Fixtures for the TUI tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuidata import build_db


@pytest.fixture
def tui_db(tmp_path: Path) -> Path:
    return build_db(tmp_path / "tui.db")
