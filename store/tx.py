"""Explicit transactions on autocommit connections.

Connections are opened with `isolation_level=None` so nothing commits behind
our back; every write goes through `transaction()`, which takes the write lock
up front (BEGIN IMMEDIATE) so two processes fail fast instead of deadlocking.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
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


_OUTER = ("BEGIN IMMEDIATE", "COMMIT", ("ROLLBACK",))
_INNER = ("SAVEPOINT write", "RELEASE write", ("ROLLBACK TO write", "RELEASE write"))


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT; on any failure nothing of it is kept.

    Inside a `Batch` (a transaction is already open) it is a savepoint: it
    still keeps all of its writes or none, but commits with the batch.
    """
    begin, commit, undo = _INNER if conn.in_transaction else _OUTER
    try:
        conn.execute(begin)
    except sqlite3.Error as exc:
        raise explain(exc) from exc
    try:
        yield conn
        conn.execute(commit)
    except BaseException as exc:
        if conn.in_transaction:
            for statement in undo:
                conn.execute(statement)
        if isinstance(exc, sqlite3.Error):
            raise explain(exc) from exc
        raise


class Batch:
    """Groups many small `transaction()`s into few commits, for bulk loads.

    A commit costs more than writing an article and its events, so a load
    commits every `size` writes or `seconds`, whichever comes first. Each write
    inside is still all-or-nothing on its own (a savepoint), so a crash or a
    failed write loses at most the last moment of finished work and never half
    of one article. Use as a context manager and call `tick()` after each write.
    """

    def __init__(
        self, conn: sqlite3.Connection, size: int = 200, seconds: float = 0.25,
        before_commit: Callable[[], None] | None = None,
    ) -> None:
        self.conn, self.size, self.seconds = conn, size, seconds
        self.before_commit = before_commit  # work owed by the writes, done in the same commit
        self.pending = 0
        self.started = 0.0

    def __enter__(self) -> "Batch":
        self._begin()
        return self

    def tick(self) -> None:
        self.pending += 1
        if self.pending >= self.size or time.monotonic() - self.started >= self.seconds:
            self.commit()
            self._begin()

    def commit(self) -> None:
        try:
            if self.conn.in_transaction:
                if self.before_commit:
                    self.before_commit()
                self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise explain(exc) from exc
        self.pending = 0

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        # On a failure, what finished before it is still kept when it can be.
        try:
            self.commit()
        except StoreError:
            if exc is None:
                raise

    def _begin(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise explain(exc) from exc
        self.started = time.monotonic()
