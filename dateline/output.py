"""Writing events and articles out: tables for people, JSONL/JSON/CSV for tools.

Untrusted text goes into tables as `rich.text.Text` (never markup) with control
characters made visible; CSV cells that a spreadsheet would run as a formula
are defused.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from dateline.safe_text import visible
from dateline.store.rows import EXPORT_FIELDS, EventRow

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

ACLED_FIELDS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type",
    "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
    "latitude", "longitude", "source", "notes", "fatalities",
)
# ACLED's time_precision: 1 = the day is known, 2 = a range/week, 3 = month or coarser.
TIME_PRECISION = {"day": 1, "range": 2, "month": 3, "year": 3, "unknown": 3}


def csv_cell(value: Any) -> Any:
    """A CSV value that spreadsheets show as text, never evaluate."""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def acled_row(event: EventRow) -> dict[str, Any]:
    actors = event.actors_normalized or event.actors
    notes = event.evidence if not event.notes else f"{event.evidence} [analyst: {event.notes}]"
    return {
        "event_id_cnty": f"DL{event.id}",
        "event_date": event.date_start,
        "year": event.date_start[:4] if event.date_start else None,
        "time_precision": TIME_PRECISION.get(event.date_precision, 3),
        "event_type": event.type,
        "sub_event_type": event.subtype,
        "actor1": actors[0] if actors else None,
        "actor2": actors[1] if len(actors) > 1 else None,
        "country": event.country,
        "admin1": event.admin1,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "source": event.article_title or event.article_ref,
        "notes": notes,
        "fatalities": event.fatalities if event.fatalities is not None else 0,
    }


def gold_row(event: EventRow) -> dict[str, Any]:
    """An analyst-reviewed event in the gold format (../shared/gold/README.md)."""
    return {
        "article": event.article_ref, "type": event.type, "subtype": event.subtype,
        "date_start": event.date_start, "date_end": event.date_end,
        "date_precision": event.date_precision, "location": event.location,
        "admin1": event.admin1, "country": event.country, "actors": event.actors,
        "fatalities": event.fatalities, "evidence": event.evidence, "also": [],
        "aggregate": event.aggregate, "optional": False,
    }


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: IO[str], fields: tuple[str, ...]) -> int:
    """Write dict records as jsonl, json or csv; returns how many were written."""
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow({k: csv_cell(record.get(k)) for k in fields})
            count += 1
    elif fmt == "json":
        out.write("[")
        for record in records:
            out.write(("," if count else "") + "\n" + json.dumps(record, ensure_ascii=False))
            count += 1
        out.write("\n]\n")
    else:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_events(events: Iterable[EventRow], fmt: str, out: IO[str]) -> int:
    if fmt == "acled-csv":
        return write_records((acled_row(e) for e in events), "csv", out, ACLED_FIELDS)
    if fmt == "gold":
        return write_records((gold_row(e) for e in events), "jsonl", out, ())
    return write_records((e.export() for e in events), fmt, out, EXPORT_FIELDS)


def cell(value: Any) -> Text:
    """A table cell that shows untrusted text literally."""
    if value is None:
        return Text("–", style="dim")
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    return Text(visible(str(value)))


def date_label(event: EventRow) -> str:
    if not event.date_start:
        return "undated"
    if event.date_precision == "month":
        return event.date_start[:7]
    if event.date_precision == "year":
        return event.date_start[:4]
    if event.date_end and event.date_end != event.date_start:
        return f"{event.date_start}..{event.date_end[5:] if event.date_end[:4] == event.date_start[:4] else event.date_end}"
    return event.date_start


def events_table(events: Iterator[EventRow], console: Console) -> int:
    # One line per event at any width: long cells end in "…" (full text: `show`, jsonl).
    table = Table(box=None, pad_edge=False, header_style="bold")
    for name, opts in (("id", {"justify": "right", "min_width": 3}), ("date", {"min_width": 17}),
                       ("type", {"min_width": 10, "max_width": 20}), ("location", {"min_width": 9, "max_width": 16}),
                       ("dead", {"justify": "right", "min_width": 4}), ("status", {"min_width": 10}),
                       ("evidence", {"min_width": 6})):
        table.add_column(name, no_wrap=True, overflow="ellipsis", **opts)
    # Rich collapses no-wrap columns when a cell is far too wide: clip the
    # evidence to what is left of the line beforehand.
    room = max(12, console.width - 70)
    count = 0
    for event in events:
        table.add_row(
            str(event.id), date_label(event), cell(_clip(event.subtype, 20)),
            cell(_clip(event.location or event.country or "", 16) or None),
            cell(event.fatalities), cell(event.status), cell(_clip(event.evidence, room)),
        )
        count += 1
    if count:
        console.print(table)
    return count


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def articles_table(rows: Iterable[dict[str, Any]], console: Console) -> int:
    table = Table(box=None, pad_edge=False, header_style="bold")
    for name in ("id", "published", "events", "title"):
        table.add_column(name, no_wrap=True, overflow="ellipsis",
                         min_width={"id": 12, "published": 10, "events": 6, "title": 10}[name],
                         max_width=30 if name == "id" else None)
    count = 0
    for row in rows:
        published = row["published"] or "unknown"
        if row["published_how"] not in ("metadata", "unknown"):
            published += f" ({row['published_how']})"
        table.add_row(cell(_clip(row["ref"], 30)), published, str(row["events"]),
                      cell(_clip(row["title"] or "", max(12, console.width - 64))))
        count += 1
    if count:
        console.print(table)
    return count
