"""Where the database lives: `--db`, then `DATELINE_DB`, then the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "DATELINE_DB"


def default_db_path() -> Path:
    """The per-user default, so `dateline sample_articles/` works with no flags."""
    return Path(platformdirs.user_data_dir("dateline", appauthor=False)) / "dateline.db"


def resolve_db_path(option: str | os.PathLike[str] | None = None) -> Path:
    """The database a command should use, explicit choices first."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_db_path()
