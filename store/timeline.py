"""Queries behind the timeline: pages by position, positions of keys, density.

The timeline order is `(sort_date, id)` over the filtered events. Pages next
to a known page are fetched by keyset (the same cost anywhere in a million
rows); a jump far away uses one OFFSET scan over the covering index.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateline.store.db import EVENT_SELECT, Store, index_articles
from dateline.store.filters import EventFilter, fts_query, where_clause
from dateline.store.rows import EventRow

Key = tuple[str, int]  # (sort_date, id)


def key_of(event: EventRow) -> Key:
    return (event.date_start or "9999-12-31", event.id)


def _from(flt: EventFilter) -> str:
    # The join is only needed when filtering by article ref; skipping it keeps
    # counts over a million events index-only.
    return "events e JOIN articles a ON a.id = e.article_id" if flt.article else "events e"


@dataclass
class Timeline:
    """Filtered, ordered access to events for one Store (one thread)."""

    store: Store
    flt: EventFilter

    def count(self) -> int:
        where, params = where_clause(self.flt)
        return self.store.conn.execute(f"SELECT count(*) FROM {_from(self.flt)} WHERE {where}", params).fetchone()[0]

    def _rows(self, where_extra: str, params_extra: list[object], order: str, limit: int,
              offset: int = 0) -> list[EventRow]:
        where, params = where_clause(self.flt)
        sql = (f"{EVENT_SELECT} WHERE {where}{where_extra} ORDER BY e.sort_date {order}, e.id {order} "
               f"LIMIT ? OFFSET ?")
        return [EventRow.from_db(r) for r in self.store.db.query(sql, [*params, *params_extra, limit, offset])]

    def at(self, offset: int, limit: int) -> list[EventRow]:
        return self._rows("", [], "ASC", limit, offset)

    def from_end(self, offset: int, limit: int) -> list[EventRow]:
        """Rows counted back from the end: cheap near the end of a long timeline."""
        return list(reversed(self._rows("", [], "DESC", limit, offset)))

    def after(self, key: Key, limit: int) -> list[EventRow]:
        return self._rows(" AND (e.sort_date, e.id) > (?, ?)", list(key), "ASC", limit)

    def before(self, key: Key, limit: int) -> list[EventRow]:
        return list(reversed(self._rows(" AND (e.sort_date, e.id) < (?, ?)", list(key), "DESC", limit)))

    def position(self, key: Key) -> int:
        """How many filtered events come before `key`."""
        where, params = where_clause(self.flt)
        return self.store.conn.execute(
            f"SELECT count(*) FROM {_from(self.flt)} WHERE {where} AND (e.sort_date, e.id) < (?, ?)",
            [*params, *key]).fetchone()[0]

    def count_between(self, low: Key, high: Key) -> int:
        """Events with low <= key < high: a range scan over only the rows skipped."""
        where, params = where_clause(self.flt)
        return self.store.conn.execute(
            f"SELECT count(*) FROM {_from(self.flt)} WHERE {where} AND (e.sort_date, e.id) >= (?, ?)"
            " AND (e.sort_date, e.id) < (?, ?)", [*params, *low, *high]).fetchone()[0]

    def next_hit(self, text: str, key: Key, forward: bool = True) -> EventRow | None:
        """The next (or previous) event after `key` whose article (evidence included) matches `text`."""
        query = fts_query(text)
        if query is None:
            return None
        op, order = (">", "ASC") if forward else ("<", "DESC")
        rows = self._rows(
            f" AND (e.sort_date, e.id) {op} (?, ?)"
            " AND e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)",
            [*key, query], order, 1)
        return rows[0] if rows else None

    def next_unreviewed(self, key: Key) -> EventRow | None:
        rows = self._rows(" AND e.status = 'unreviewed' AND (e.sort_date, e.id) > (?, ?)", list(key), "ASC", 1)
        return rows[0] if rows else (self._rows(" AND e.status = 'unreviewed'", [], "ASC", 1) or [None])[0]

    def reviewed(self) -> int:
        where, params = where_clause(self.flt)
        return self.store.conn.execute(
            f"SELECT count(*) FROM {_from(self.flt)} WHERE {where} AND e.status != 'unreviewed'", params).fetchone()[0]

    def weekly_density(self) -> list[tuple[date, int]]:
        """Events per ISO week (Monday), dated events only, in order."""
        where, params = where_clause(self.flt)
        rows = self.store.conn.execute(
            f"SELECT date(e.date_start, '-' || ((CAST(strftime('%w', e.date_start) AS INTEGER) + 6) % 7) || ' days')"
            f" AS week, count(*) FROM {_from(self.flt)} WHERE {where} AND e.date_start IS NOT NULL"
            " GROUP BY week ORDER BY week", params).fetchall()
        return [(date.fromisoformat(w), n) for w, n in rows if w]


def fill_weeks(weeks: list[tuple[date, int]]) -> list[tuple[date, int]]:
    """Weekly counts with the empty weeks in between put back as zeros."""
    if not weeks:
        return []
    counts = dict(weeks)
    out, day = [], weeks[0][0]
    while day <= weeks[-1][0]:
        out.append((day, counts.get(day, 0)))
        day += timedelta(weeks=1)
    return out


def bulk_insert_synthetic(store: Store, n_events: int, seed: int = 1, batch: int = 50_000) -> None:
    """n synthetic events over ~1,000 articles straight into the store (for benchmarks)."""
    import json
    import random

    from dateline.extract.records import ACLED_TYPES
    from dateline.store.db import now_utc

    rng = random.Random(seed)
    types = [(t, s) for t, subs in ACLED_TYPES.items() for s in subs]
    places = ["Bannu", "Kabul", "Goma", "El Fasher", "Kharkiv", "Mogadishu", "Cali", "Imphal", "Sanaa", "Gao"]
    text = "Security forces clashed with militants near the town, officials said. " * 4
    at = now_utc()
    conn = store.conn
    conn.execute("BEGIN")
    n_articles = max(1, min(1000, n_events // 10))
    for i in range(n_articles):
        conn.execute(
            "INSERT INTO articles (ref, title, published, published_how, text, sha256, loaded_at)"
            " VALUES (?,?,?,?,?,?,?)",
            (f"synthetic-{seed}-{i}", f"Synthetic report {i}", "2025-01-01", "metadata", text, f"syn{seed}-{i}", at))
    first_article = conn.execute("SELECT min(id) FROM articles WHERE ref LIKE ?", (f"synthetic-{seed}-%",)).fetchone()[0]
    index_articles(conn, first_article)
    start = date(2015, 1, 1)
    rows = []
    for i in range(n_events):
        day = (start + timedelta(days=rng.randrange(3650))).isoformat()
        etype, sub = rng.choice(types)
        rows.append((first_article + rng.randrange(n_articles), etype, sub, day, day, "day", rng.choice(places),
                     rng.randrange(30), 0, 70, text[:70], json.dumps([]), at))
        if len(rows) >= batch:
            _insert_rows(conn, rows)
            rows = []
    _insert_rows(conn, rows)
    conn.execute("COMMIT")


def _insert_rows(conn, rows) -> None:  # type: ignore[no-untyped-def]
    conn.executemany(
        "INSERT INTO events (article_id, type, subtype, date_start, date_end, date_precision, location,"
        " fatalities, evidence_start, evidence_end, evidence, actors, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows)
