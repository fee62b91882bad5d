"""Explicit transactions on autocommit connections.

Connections are opened with `isolation_level=None` so nothing commits behind
our back; every write goes through `transaction()`, which takes the write lock
up front (BEGIN IMMEDIATE) so two processes fail fast instead of deadlocking.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from dateline.store.errors import DiskFullError, StoreError


def explain(exc: sqlite3.Error) -> StoreError:
    """An SQLite failure as a one-line error a user can act on."""
    message = str(exc)
    if "full" in message:
        return DiskFullError("the database or its disk is full; free some space and run the command again")
    if "locked" in message or "busy" in message:
        return StoreError("the database is locked by another dateline process (waited for DATELINE_BUSY_TIMEOUT "
                          "ms); try again when it has finished")
    if "readonly" in message or "read-only" in message:
        return StoreError("the database is read-only here (file or directory permissions); nothing was changed")
    return StoreError(f"database error: {message}")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT; on any failure nothing of it is kept."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise explain(exc) from exc
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise explain(exc) from exc
        raise
