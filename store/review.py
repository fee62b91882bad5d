"""Human review: confirm, reject, edit, add, merge, split, undo, redo.

Every change is one transaction writing the new event state and one revision
row per event touched (history is append-only). Every change names the
revision it was based on; if the event has moved on the change is refused
(optimistic concurrency, never last-write-wins). Each user action is logged
so undo/redo survive a restart; undo and redo are themselves new revisions.
"""

from __future__ import annotations

import getpass
import json
import math
import os
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateline.extract.records import ACLED_TYPES, DATE_PRECISIONS
from dateline.store.db import Store, now_utc
from dateline.store.errors import StaleEditError, StoreError
from dateline.store.rows import EDITABLE_FIELDS, JSON_FIELDS, REVIEW_STATUSES, EventRow
from dateline.store.tx import transaction

# Columns restored by undo/redo from a revision's snapshot.
RESTORED = EDITABLE_FIELDS + ("merged_into", "deleted")


ANNOTATOR_ENV = "DATELINE_ANNOTATOR"


def annotator_name(option: str | None = None) -> str:
    """Who is making changes: the option, else $DATELINE_ANNOTATOR, else the OS user."""
    if option:
        return option
    if os.environ.get(ANNOTATOR_ENV):
        return os.environ[ANNOTATOR_ENV]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"


class ValidationError(StoreError):
    """A value a human typed that cannot be saved; the message says why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass(slots=True)
class ActionResult:
    summary: str
    event_ids: list[int]


def _iso_or_none(field: str, value: Any) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a date (YYYY-MM-DD)") from None


def validate(changes: dict[str, Any], current: dict[str, Any], text: str) -> dict[str, Any]:
    """Column values for `changes`, checked against each other and the article."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "cannot be edited")
    values = dict(changes)
    merged = {**current, **values}
    if "type" in values or "subtype" in values:
        etype, subtype = merged["type"], merged["subtype"]
        if etype not in ACLED_TYPES:
            raise ValidationError("type", f"{etype!r} is not an ACLED event type")
        if subtype not in ACLED_TYPES[etype]:
            raise ValidationError("subtype", f"{subtype!r} is not a sub-type of {etype}")
    for field in ("date_start", "date_end"):
        if field in values:
            values[field] = _iso_or_none(field, values[field])
    start = values.get("date_start", current.get("date_start"))
    end = values.get("date_end", current.get("date_end"))
    if start and end and end < start:
        raise ValidationError("date_end", f"{end} is before date_start {start}")
    if "date_precision" in values and values["date_precision"] not in DATE_PRECISIONS:
        raise ValidationError("date_precision", f"must be one of {', '.join(DATE_PRECISIONS)}")
    if "status" in values and values["status"] not in REVIEW_STATUSES:
        raise ValidationError("status", f"must be one of {', '.join(REVIEW_STATUSES)}")
    if "fatalities" in values and values["fatalities"] is not None:
        fat = values["fatalities"]
        if isinstance(fat, bool) or not isinstance(fat, int) or fat < 0:
            raise ValidationError("fatalities", f"{fat!r} is not a whole number >= 0")
    for field, bound in (("latitude", 90), ("longitude", 180)):
        value = values.get(field)
        if value is not None and (not isinstance(value, (int, float)) or math.isnan(value) or abs(value) > bound):
            raise ValidationError(field, f"{value!r} is not within ±{bound}")
    for field in JSON_FIELDS:
        if field in values:
            items = values[field] or []
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise ValidationError(field, "must be a list of strings")
            values[field] = json.dumps(items, ensure_ascii=False)
    if "aggregate" in values:
        values["aggregate"] = int(bool(values["aggregate"]))
    if "evidence_start" in values or "evidence_end" in values:
        s, e = merged["evidence_start"], merged["evidence_end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            raise ValidationError("evidence", f"span {s}..{e} is not inside the article (0..{len(text)})")
        values["evidence"] = text[s:e]
    elif "evidence" in values:
        raise ValidationError("evidence", "change evidence_start/evidence_end; the text follows from them")
    return values


class Reviewer:
    """Review actions by one annotator on one store."""

    def __init__(self, store: Store, annotator: str) -> None:
        if not annotator.strip():
            raise StoreError("annotator name is empty")
        self.store = store
        self.conn = store.conn
        self.annotator = annotator

    # -- primitives -------------------------------------------------------

    def _row(self, event_id: int) -> dict[str, Any]:
        rows = list(self.store.db.query("SELECT * FROM events WHERE id = ?", [event_id]))
        if not rows or rows[0]["deleted"]:
            raise StoreError(f"no event {event_id}")
        return rows[0]

    def _article_text(self, article_id: int) -> str:
        return self.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]

    def _write(self, event_id: int, values: dict[str, Any], action: str, at: str,
               current: dict[str, Any]) -> tuple[int, int] | None:
        """Apply column values to an event as one new revision; None if nothing changes."""
        changes = {k: [current[k], v] for k, v in values.items() if current[k] != v}
        if not changes:
            return None
        rev = current["revision"] + 1
        sets = ", ".join(f"{k} = ?" for k in changes)
        self.conn.execute(
            f"UPDATE events SET {sets}, revision = ?, updated_by = ?, updated_at = ? WHERE id = ?",
            [v[1] for v in changes.values()] + [rev, self.annotator, at, event_id],
        )
        self.store._write_revision(event_id, rev, self.annotator, at, action, changes)
        return current["revision"], rev

    def _begin(self, kind: str, summary: str, at: str) -> int:
        # A new action ends the redo chain, as in every editor.
        self.conn.execute(
            "UPDATE actions SET state = 'dead' WHERE annotator = ? AND state = 'undone'", (self.annotator,)
        )
        cur = self.conn.execute(
            "INSERT INTO actions (annotator, at, kind, summary) VALUES (?,?,?,?)",
            (self.annotator, at, kind, summary),
        )
        return int(cur.lastrowid)

    def _step(self, action_id: int, event_id: int, revs: tuple[int | None, int]) -> None:
        self.conn.execute(
            "INSERT INTO action_steps (action_id, event_id, rev_before, rev_after, rev_now)"
            " VALUES (?,?,?,?,?)",
            (action_id, event_id, revs[0], revs[1], revs[1]),
        )

    def _current(self, event_id: int, based_on: int | None) -> dict[str, Any]:
        current = self._row(event_id)
        if based_on is not None and current["revision"] != based_on:
            raise StaleEditError(event_id, based_on, current["revision"])
        return current

    def _change(self, kind: str, event_id: int, based_on: int | None, changes: dict[str, Any],
                summary: str, checked: bool = False) -> EventRow:
        """One action on one event; `checked` values skip validation (internal columns)."""
        at = now_utc()
        self.store._require_writable()
        with transaction(self.conn):
            current = self._current(event_id, based_on)
            values = changes if checked else validate(changes, current, self._article_text(current["article_id"]))
            revs = self._write(event_id, values, kind, at, current)
            if revs:
                self._step(self._begin(kind, summary, at), event_id, revs)
        return self.store.get_event(event_id)  # type: ignore[return-value]

    # -- actions ----------------------------------------------------------

    def confirm(self, event_id: int, based_on: int | None) -> EventRow:
        return self._change("confirm", event_id, based_on, {"status": "confirmed"}, f"confirm event {event_id}")

    def reject(self, event_id: int, based_on: int | None) -> EventRow:
        return self._change("reject", event_id, based_on, {"status": "rejected"}, f"reject event {event_id}")

    def edit(self, event_id: int, based_on: int | None, changes: dict[str, Any]) -> EventRow:
        """Correct fields; the event becomes `corrected` unless a status is given."""
        changes = dict(changes)
        substantive = set(changes) - {"notes", "tags", "status"}
        if substantive and "status" not in changes:
            changes["status"] = "corrected"
        names = ", ".join(sorted(set(changes) - {"status"})) or "status"
        return self._change("edit", event_id, based_on, changes, f"edit {names} of event {event_id}")

    def annotate(self, event_id: int, based_on: int | None, notes: str | None = None,
                 tags: list[str] | None = None) -> EventRow:
        changes: dict[str, Any] = {}
        if notes is not None:
            changes["notes"] = notes or None
        if tags is not None:
            changes["tags"] = tags
        return self._change("note", event_id, based_on, changes, f"note on event {event_id}")

    def add(self, article_ref: str | int, fields: dict[str, Any]) -> EventRow:
        """A human-added event (origin `human`), confirmed by its author."""
        article = self.store.get_article(article_ref)
        if article is None:
            raise StoreError(f"no article {article_ref!r}")
        base = {"type": None, "subtype": None, "evidence_start": None, "evidence_end": None}
        for needed in base:
            if fields.get(needed) is None:
                raise ValidationError(needed, "is required for a new event")
        values = validate({**fields, "status": fields.get("status", "confirmed")}, base, article.text)
        at = now_utc()
        self.store._require_writable()
        with transaction(self.conn):
            cols = {**values, "article_id": article.id, "origin": "human",
                    "updated_by": self.annotator, "updated_at": at}
            cur = self.conn.execute(
                f"INSERT INTO events ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                list(cols.values()),
            )
            event_id = int(cur.lastrowid)
            self.store._write_revision(event_id, 0, self.annotator, at, "add", {})
            self._step(self._begin("add", f"add event {event_id}", at), event_id, (None, 0))
        return self.store.get_event(event_id)  # type: ignore[return-value]

    def merge(self, event_id: int, based_on: int | None, into: int) -> EventRow:
        """Mark `event_id` a duplicate of `into`: it leaves the timeline, keeps its history."""
        if event_id == into:
            raise StoreError("cannot merge an event into itself")
        self._row(into)
        return self._change("merge", event_id, based_on, {"merged_into": into},
                            f"merge event {event_id} into {into}", checked=True)

    def split(self, event_id: int, based_on: int | None, at_offset: int) -> tuple[EventRow, EventRow]:
        """Split one event's evidence at an article offset into two events."""
        at = now_utc()
        self.store._require_writable()
        with transaction(self.conn):
            current = self._current(event_id, based_on)
            if not current["evidence_start"] < at_offset < current["evidence_end"]:
                raise ValidationError("split", "the split point must fall inside the evidence")
            text = self._article_text(current["article_id"])
            action_id = self._begin("split", f"split event {event_id}", at)
            first = validate({"evidence_end": at_offset, "status": "corrected"}, current, text)
            self._step(action_id, event_id, self._write(event_id, first, "split", at, current))  # type: ignore[arg-type]
            copy = {k: current[k] for k in EDITABLE_FIELDS if k not in ("evidence", "status")}
            copy.update(validate({"evidence_start": at_offset, "evidence_end": current["evidence_end"]},
                                 current, text))
            cols = {**copy, "status": "corrected", "article_id": current["article_id"], "origin": "human",
                    "updated_by": self.annotator, "updated_at": at}
            cur = self.conn.execute(
                f"INSERT INTO events ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                list(cols.values()),
            )
            new_id = int(cur.lastrowid)
            self.store._write_revision(new_id, 0, self.annotator, at, "split", {"split_from": [None, event_id]})
            self._step(action_id, new_id, (None, 0))
        return self.store.get_event(event_id), self.store.get_event(new_id)  # type: ignore[return-value]

    # -- undo / redo ------------------------------------------------------

    def _last(self, state: str) -> dict[str, Any] | None:
        """Undo takes the newest done action; redo the oldest undone one, which
        is the one undone last (undone actions always form the newest run)."""
        order = "DESC" if state == "done" else "ASC"
        rows = list(self.store.db.query(
            f"SELECT * FROM actions WHERE annotator = ? AND state = ? ORDER BY id {order} LIMIT 1",
            [self.annotator, state],
        ))
        return rows[0] if rows else None

    def _snapshot(self, event_id: int, rev: int) -> dict[str, Any]:
        state = self.conn.execute(
            "SELECT state FROM revisions WHERE event_id = ? AND rev = ?", (event_id, rev)
        ).fetchone()[0]
        return json.loads(state)

    def _replay(self, action: dict[str, Any], undo: bool) -> ActionResult:
        verb = "undo" if undo else "redo"
        at = now_utc()
        self.store._require_writable()
        with transaction(self.conn):
            steps = list(self.store.db.query(
                "SELECT rowid, * FROM action_steps WHERE action_id = ? ORDER BY rowid DESC", [action["id"]]
            ))
            for step in steps:
                event_id = step["event_id"]
                current = next(self.store.db.query("SELECT * FROM events WHERE id = ?", [event_id]))
                # Compare states, not numbers: an undone later action leaves the
                # event at a newer revision holding this same state.
                expected = self._snapshot(event_id, step["rev_now"])
                if any(current[k] != expected.get(k) for k in RESTORED):
                    raise StoreError(
                        f"cannot {verb} {action['summary']!r}: event {event_id} was changed since "
                        f"(now revision {current['revision']}, by {current['updated_by']})"
                    )
                source = step["rev_before"] if undo else step["rev_after"]
                if source is None:  # undoing the creation of an event
                    values: dict[str, Any] = {"deleted": 1}
                else:
                    snap = self._snapshot(event_id, source)
                    values = {k: snap[k] for k in RESTORED if k in snap}
                revs = self._write(event_id, values, verb, at, current)
                self.conn.execute(
                    "UPDATE action_steps SET rev_now = ? WHERE rowid = ?",
                    (revs[1] if revs else current["revision"], step["rowid"]),
                )
            self.conn.execute(
                "UPDATE actions SET state = ? WHERE id = ?", ("undone" if undo else "done", action["id"])
            )
        return ActionResult(f"{verb}: {action['summary']}", [s["event_id"] for s in steps])

    def undo(self) -> ActionResult | None:
        action = self._last("done")
        return self._replay(action, undo=True) if action else None

    def redo(self) -> ActionResult | None:
        action = self._last("undone")
        return self._replay(action, undo=False) if action else None
