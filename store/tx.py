"""Explicit transactions on autocommit connections.

Connections are opened with `isolation_level=None` so nothing commits behind
our back; every write goes through `transaction()`, which takes the write lock
up front (BEGIN IMMEDIATE) so two processes fail fast instead of deadlocking.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
