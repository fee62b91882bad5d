"""Options and helpers every command shares (kept apart so command modules
can import them without importing the main group)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console

from dateline.store import Store, open_store, resolve_db_path
from dateline.store.paths import ENV_VAR


def db_option(func: Any) -> Any:
    return click.option(
        "--db", "db", metavar="PATH", default=None,
        help=f"Database file (default: ${ENV_VAR}, else the user data dir).",
    )(func)


def db_path_for(db: str | None) -> str:
    root = click.get_current_context().find_root()
    return str(resolve_db_path(db or root.params.get("db")))


@contextmanager
def store_for(db: str | None, readonly: bool = False) -> Iterator[Store]:
    store = open_store(db_path_for(db), readonly=readonly)
    try:
        yield store
    finally:
        store.close()


def err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)
