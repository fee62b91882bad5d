"""The SQLite store: the only place that speaks SQL."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.extract.records import Article, Event
from dateline.store.errors import StoreError
from dateline.store.filters import EventFilter, where_clause
from dateline.store.rows import EventRow
from dateline.store.schema import SCHEMA_VERSION, migrate, user_version
from dateline.store.tx import Batch, transaction

if TYPE_CHECKING:
    import sqlite_utils

# Inside a bulk load's batch. Each article is written under a savepoint, whose undo
# copies of the pages it changes (~160 KB an article) SQLite spills to a temporary
# file past 64 KB: in memory they cost no syscalls (2,000 articles: 460 -> 135 MB
# written, 13-17% less CPU in the writes). A savepoint's copies serve only to undo it inside
# the open transaction, never crash recovery (the WAL is that), so durability is
# unchanged; the larger page cache (32 MB instead of 2) halves re-reads. Both are
# per connection, memory only, and put back when the batch ends.
BULK_PRAGMAS: dict[str, str | int] = {"temp_store": "MEMORY", "cache_size": -32768}
BUSY_TIMEOUT_MS = 10_000  # how long to wait for another process's write; DATELINE_BUSY_TIMEOUT (ms) overrides
SQLITE_MAGIC = b"SQLite format 3\x00"

EVENT_SELECT = """
SELECT e.*, a.ref AS article_ref, a.title AS article_title, a.url AS article_url,
       a.published AS published
FROM events e JOIN articles a ON a.id = e.article_id
"""

# The columns of a machine event that extraction decides, in `event_row`'s order.
EVENT_ROW_COLUMNS = (
    "type", "subtype", "date_start", "date_end", "date_precision", "date_text",
    "date_rule", "location", "admin1", "country", "latitude", "longitude",
    "actors", "actors_normalized", "fatalities", "fatalities_text",
    "evidence_start", "evidence_end", "aggregate", "confidence", "evidence",
)
EventValues = tuple[Any, ...]  # one event's values in EVENT_ROW_COLUMNS order
_INSERT_MACHINE_EVENT = (
    f"INSERT INTO events (article_id, extractor_version, updated_at, updated_by, {', '.join(EVENT_ROW_COLUMNS)})"
    f" VALUES (?, ?, ?, 'extractor', {', '.join('?' * len(EVENT_ROW_COLUMNS))})"
)


def busy_timeout_ms() -> int:
    try:
        return max(0, int(os.environ.get("DATELINE_BUSY_TIMEOUT", BUSY_TIMEOUT_MS)))
    except ValueError:
        return BUSY_TIMEOUT_MS


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _check_is_sqlite(path: Path) -> None:
    """Refuse to touch a file that is not SQLite: never overwrite someone's data."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(f"cannot read database {path}: {exc.strerror}") from exc
    if head and head != SQLITE_MAGIC:
        raise StoreError(f"{path} is not a SQLite database; refusing to use it")


def open_store(path: str | Path, readonly: bool = False) -> "Store":
    """Open (creating and migrating if needed) the database at `path`."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    exists = path.exists()
    if exists:
        _check_is_sqlite(path)
    elif readonly:
        raise StoreError(f"no database at {path}")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {path.parent}: {exc.strerror}") from exc
    try:
        if readonly:
            conn = sqlite3.connect(
                f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
            )
        else:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            # WAL + NORMAL: a commit survives any process crash (SIGKILL included);
            # only a power cut can lose the last commits. No fsync per article.
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        _check_ours(conn, path)
        if readonly:
            if user_version(conn) != SCHEMA_VERSION:
                raise StoreError(
                    f"{path} has schema version {user_version(conn)}, this dateline "
                    f"needs {SCHEMA_VERSION}; open it writable once to migrate"
                )
        else:
            migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from exc
    return Store(conn, path, readonly=readonly)


def _check_ours(conn: sqlite3.Connection, path: Path) -> None:
    """A SQLite file with other tables and no dateline version is someone else's."""
    if user_version(conn) == 0:
        tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()[0]
        if tables:
            raise StoreError(f"{path} is a SQLite database but not a dateline one; refusing to use it")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _json_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False) if values else "[]"


def event_row(event: Event, text: str) -> EventValues:
    """An extracted event's column values, in `EVENT_ROW_COLUMNS` order (evidence
    copied for export).

    Plain values in a tuple, built without the database: `dateline load`'s worker
    processes build them, and a tuple crosses processes at a third of the pickling
    cost of the `Event` it comes from.
    """
    return (
        event.type, event.subtype, _iso(event.date_start), _iso(event.date_end), event.date_precision,
        event.date_text, event.date_rule, event.location, event.admin1, event.country,
        event.latitude, event.longitude, _json_list(event.actors), _json_list(event.actors_normalized),
        event.fatalities, event.fatalities_text, event.evidence_start, event.evidence_end,
        int(event.aggregate), event.confidence, text[event.evidence_start:event.evidence_end],
    )


def event_values(event: Event, text: str) -> dict[str, Any]:
    """Column values for an extracted event, by column name."""
    return dict(zip(EVENT_ROW_COLUMNS, event_row(event, text)))


def index_articles(conn: sqlite3.Connection, first_id: int) -> None:
    """Add the articles from `first_id` on, all new, to the search index (in
    bulk at a batch's commit, or the one article just added outside a batch)."""
    conn.execute(
        "INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text FROM articles WHERE id >= ?", (first_id,)
    )


class Store:
    """One open database. Not shared across threads: open one per thread."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self._state_sql: str | None = None
        self._in_batch = False
        self._unindexed: int | None = None  # first article id of this batch not yet in articles_fts

    @cached_property
    def db(self) -> "sqlite_utils.Database":
        """sqlite-utils over this connection, for the queries that read rows as dicts.

        Imported on first use: with numpy installed sqlite-utils imports it, 0.14 s
        that `dateline load` (which writes through `conn` alone) would pay before
        its first article, with the workers idle.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _require_writable(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.path} is open read-only")

    # -- articles ---------------------------------------------------------

    def has_sha(self, sha256: str) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM articles WHERE sha256 = ?", (sha256,)
        ).fetchone() is not None

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """Group the writes of a bulk load into few commits (see `Batch`).

        The articles added inside are indexed for search at each commit, all
        at once, in the same transaction: cheaper than one by one, and no
        commit ever holds an article that search cannot find.
        """
        self._require_writable()
        self._in_batch = True
        usual = self._set_pragmas(BULK_PRAGMAS)
        try:
            with Batch(self.conn, before_commit=self._index_new_articles) as batch:
                yield batch
        finally:
            self._in_batch, self._unindexed = False, None
            self._set_pragmas(usual)

    def _set_pragmas(self, values: dict[str, str | int]) -> dict[str, str | int]:
        """Set connection pragmas; returns the values they had."""
        before = {name: self.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in values}
        for name, value in values.items():
            self.conn.execute(f"PRAGMA {name} = {value}")
        return before

    def _index_new_articles(self) -> None:
        if self._unindexed is not None:
            index_articles(self.conn, self._unindexed)
            self._unindexed = None

    def add_article(self, article: Article, events: Iterable[Event], extractor_version: str) -> int:
        """Store an article and its machine events in one transaction; returns its id."""
        return self.add_article_rows(article, [event_row(e, article.text) for e in events], extractor_version)

    def add_article_rows(self, article: Article, rows: list[EventValues], extractor_version: str) -> int:
        """`add_article` for events already turned into `event_row`s (a load's workers do that)."""
        self._require_writable()
        at = now_utc()
        with transaction(self.conn) as conn:
            clash = conn.execute(
                "SELECT sha256 FROM articles WHERE ref = ?", (article.ref,)
            ).fetchone()
            if clash:
                raise StoreError(
                    f"an article with id {article.ref!r} is already loaded with different text"
                )
            cur = conn.execute(
                "INSERT INTO articles (ref, title, source, url, published, published_how, text,"
                " sha256, origin, loaded_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (article.ref, article.title, article.source, article.url,
                 _iso(article.published), article.published_how, article.text,
                 article.sha256, article.origin, at),
            )
            article_id = int(cur.lastrowid)
            if not self._in_batch:
                index_articles(conn, article_id)  # the newest row: just this one
            elif self._unindexed is None:
                self._unindexed = article_id
            self._insert_machine_events(article_id, rows, extractor_version, at)
        return article_id

    def _insert_machine_events(self, article_id: int, rows: list[EventValues], version: str, at: str) -> int:
        if not rows:
            return 0
        last = self.conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
        stamp = (article_id, version, at)
        self.conn.executemany(_INSERT_MACHINE_EVENT, [stamp + row for row in rows])
        # Each new event's first revision, its whole state built by SQLite in one statement.
        self.conn.execute(
            "INSERT INTO revisions (event_id, rev, annotator, at, action, changes, state, extractor_version)"
            f" SELECT id, 0, 'extractor', ?, 'extract', '{{}}', {self._state_json()}, ? FROM events WHERE id > ?",
            (at, version, last),
        )
        return len(rows)

    def _state_json(self) -> str:
        """SQL for an event row as a JSON object of all its stored columns (a revision's state)."""
        if self._state_sql is None:
            # table_info leaves out the generated sort_date, which is derived, not state.
            names = [row[1] for row in self.conn.execute("PRAGMA table_info(events)")]
            self._state_sql = "json_object(" + ", ".join(f"'{n}', {n}" for n in names) + ")"
        return self._state_sql

    def _write_revision(
        self, event_id: int, rev: int, annotator: str, at: str, action: str,
        changes: dict[str, Any], extractor_version: str | None = None,
    ) -> None:
        self.conn.execute(
            "INSERT INTO revisions (event_id, rev, annotator, at, action, changes, state, extractor_version)"
            f" SELECT id, ?, ?, ?, ?, ?, {self._state_json()}, ? FROM events WHERE id = ?",
            (rev, annotator, at, action, json.dumps(changes, ensure_ascii=False), extractor_version, event_id),
        )

    def _article_from_row(self, row: dict[str, Any]) -> Article:
        return Article(
            ref=row["ref"], text=row["text"], title=row["title"], source=row["source"],
            url=row["url"], published=date.fromisoformat(row["published"]) if row["published"] else None,
            published_how=row["published_how"], origin=row["origin"], sha256=row["sha256"],
            id=row["id"], loaded_at=row["loaded_at"],
        )

    def get_article(self, ref: str | int) -> Article | None:
        """By external ref, or by internal id when given an int."""
        column = "id" if isinstance(ref, int) else "ref"
        rows = list(self.db.query(f"SELECT * FROM articles WHERE {column} = ?", [ref]))
        return self._article_from_row(rows[0]) if rows else None

    def articles(self, undated: bool = False) -> Iterator[dict[str, Any]]:
        """Article summaries (no text) with their event counts, in publication order."""
        where = "WHERE a.published IS NULL" if undated else ""
        yield from self.db.query(
            "SELECT a.id, a.ref, a.title, a.source, a.url, a.published, a.published_how,"
            " a.origin, a.loaded_at, length(a.text) AS chars,"
            " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events"
            f" FROM articles a {where} ORDER BY a.published IS NULL, a.published, a.id"
        )

    def iter_articles(self) -> Iterator[Article]:
        """Every article, one at a time (ids first, so writes may happen in between)."""
        ids = [row[0] for row in self.conn.execute("SELECT id FROM articles ORDER BY id")]
        for article_id in ids:
            article = self.get_article(article_id)
            if article is not None:
                yield article

    def set_published(self, article_id: int, published: date, how: str = "user") -> None:
        self._require_writable()
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE articles SET published = ?, published_how = ? WHERE id = ?",
                (published.isoformat(), how, article_id),
            )

    def replace_machine_events(
        self, article_id: int, text: str, events: list[Event], extractor_version: str
    ) -> dict[str, int]:
        """Re-extraction: refresh untouched machine events, never a human's work.

        Events nobody touched (origin machine, revision 0) are replaced. A new
        machine event overlapping a human-touched one is not inserted; if it
        differs from it, the human's event is flagged for a second look.
        """
        self._require_writable()
        at = now_utc()
        stats = {"replaced": 0, "added": 0, "kept": 0, "flagged": 0}
        with transaction(self.conn) as conn:
            stats["replaced"] = conn.execute(
                "DELETE FROM events WHERE article_id = ? AND origin = 'machine' AND revision = 0",
                (article_id,),
            ).rowcount
            touched = list(self.db.query(
                "SELECT * FROM events WHERE article_id = ?", [article_id]
            ))
            stats["kept"] = len(touched)
            fresh: list[Event] = []
            for event in events:
                overlapping = [t for t in touched if _overlaps(t, event)]
                if not overlapping:
                    fresh.append(event)
                    continue
                values = event_values(event, text)
                for human in overlapping:
                    differs = [k for k in ("type", "subtype", "date_start", "location", "fatalities")
                               if human[k] != values[k]]
                    if differs and human["status"] != "rejected":
                        conn.execute(
                            "UPDATE events SET flagged = ? WHERE id = ?",
                            (f"extractor {extractor_version} differs on {', '.join(differs)}", human["id"]),
                        )
                        stats["flagged"] += 1
            stats["added"] = self._insert_machine_events(
                article_id, [event_row(e, text) for e in fresh], extractor_version, at
            )
        return stats

    # -- events -----------------------------------------------------------

    def count_events(self, flt: EventFilter | None = None) -> int:
        where, params = where_clause(flt or EventFilter())
        return self.conn.execute(
            f"SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE {where}",
            params,
        ).fetchone()[0]

    def events(
        self, flt: EventFilter | None = None, limit: int | None = None,
        after: tuple[str, int] | None = None,
    ) -> Iterator[EventRow]:
        """Events in timeline order, paged by keyset `(sort_date, id)` after `after`."""
        where, params = where_clause(flt or EventFilter())
        if after is not None:
            where += " AND (e.sort_date, e.id) > (?, ?)"
            params.extend(after)
        sql = f"{EVENT_SELECT} WHERE {where} ORDER BY e.sort_date, e.id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        for row in self.db.query(sql, params):
            yield EventRow.from_db(row)

    def events_of_article(self, article_id: int) -> list[EventRow]:
        rows = self.db.query(
            f"{EVENT_SELECT} WHERE e.article_id = ? AND e.deleted = 0 AND e.merged_into IS NULL"
            " ORDER BY e.evidence_start, e.id", [article_id])
        return [EventRow.from_db(row) for row in rows]

    def fully_reviewed_articles(self) -> Iterator[tuple[str, Article]]:
        """Articles whose every live event a human has decided on."""
        rows = list(self.conn.execute(
            "SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id"
            " AND e.deleted = 0) AND NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id"
            " AND e.deleted = 0 AND e.merged_into IS NULL AND e.status = 'unreviewed') ORDER BY a.id"))
        for (article_id,) in rows:
            article = self.get_article(int(article_id))
            if article:
                yield article.ref, article

    def get_event(self, event_id: int) -> EventRow | None:
        rows = list(self.db.query(f"{EVENT_SELECT} WHERE e.id = ?", [event_id]))
        return EventRow.from_db(rows[0]) if rows else None

    def revisions(self, event_id: int) -> list[dict[str, Any]]:
        return [
            {**row, "changes": json.loads(row["changes"])}
            for row in self.db.query(
                "SELECT rev, annotator, at, action, changes, extractor_version FROM revisions"
                " WHERE event_id = ? ORDER BY rev", [event_id],
            )
        ]

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.conn.execute(sql).fetchone()  # noqa: E731
        first, last = one("SELECT min(date_start), max(date_end) FROM events WHERE merged_into IS NULL AND deleted = 0")
        by_status = dict(self.conn.execute(
            "SELECT status, count(*) FROM events WHERE merged_into IS NULL AND deleted = 0 GROUP BY status"
        ).fetchall())
        by_type = dict(self.conn.execute(
            "SELECT type, count(*) FROM events WHERE merged_into IS NULL AND deleted = 0 GROUP BY type ORDER BY 2 DESC"
        ).fetchall())
        return {
            "database": str(self.path),
            "schema_version": user_version(self.conn),
            "articles": one("SELECT count(*) FROM articles")[0],
            "undated_articles": one("SELECT count(*) FROM articles WHERE published IS NULL")[0],
            "events": sum(by_status.values()),
            "first_event": first,
            "last_event": last,
            "by_status": by_status,
            "by_type": by_type,
            "fatalities": one("SELECT coalesce(sum(fatalities), 0) FROM events"
                              " WHERE merged_into IS NULL AND deleted = 0 AND status != 'rejected'")[0],
        }


def _overlaps(row: dict[str, Any], event: Event) -> bool:
    return min(row["evidence_end"], event.evidence_end) > max(row["evidence_start"], event.evidence_start)

