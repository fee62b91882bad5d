"""The stored event as every reader (CLI, TUI, export) sees it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

# Export field order (JSONL/CSV), fixed so downstream scripts can rely on it.
EXPORT_FIELDS = (
    "id", "article_ref", "article_title", "article_url", "published",
    "type", "subtype", "date_start", "date_end", "date_precision", "date_text",
    "location", "admin1", "country", "latitude", "longitude", "actors",
    "fatalities", "fatalities_text", "evidence", "evidence_start", "evidence_end",
    "aggregate", "confidence", "status", "notes", "tags", "revision",
    "updated_by", "updated_at", "actors_normalized", "date_rule", "origin",
    "extractor_version", "flagged",
)

REVIEW_STATUSES = ("unreviewed", "confirmed", "corrected", "rejected")
# "reviewed" in filters means a human decided and kept the event.
STATUS_ALIASES = {"reviewed": ("confirmed", "corrected")}

# Columns of `events` a human may change through an edit.
EDITABLE_FIELDS = (
    "type", "subtype", "date_start", "date_end", "date_precision", "date_text",
    "location", "admin1", "country", "latitude", "longitude", "actors",
    "actors_normalized", "fatalities", "fatalities_text", "evidence_start",
    "evidence_end", "evidence", "aggregate", "notes", "tags", "status",
)
JSON_FIELDS = ("actors", "actors_normalized", "tags")


@dataclass(slots=True)
class EventRow:
    id: int
    article_id: int
    article_ref: str
    type: str
    subtype: str
    evidence: str
    evidence_start: int
    evidence_end: int
    article_title: str | None = None
    article_url: str | None = None
    published: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str = "unknown"
    date_text: str | None = None
    date_rule: str | None = None
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    actors: list[str] = field(default_factory=list)
    actors_normalized: list[str] = field(default_factory=list)
    fatalities: int | None = None
    fatalities_text: str | None = None
    aggregate: bool = False
    confidence: float = 0.5
    status: str = "unreviewed"
    origin: str = "machine"
    notes: str | None = None
    tags: list[str] = field(default_factory=list)
    revision: int = 0
    updated_by: str | None = None
    updated_at: str | None = None
    extractor_version: str | None = None
    flagged: str | None = None
    merged_into: int | None = None

    @classmethod
    def from_db(cls, row: dict[str, Any]) -> "EventRow":
        values = {k: row[k] for k in cls.__slots__ if k in row}  # type: ignore[attr-defined]
        for name in JSON_FIELDS:
            if isinstance(values.get(name), str):
                values[name] = json.loads(values[name])
        values["aggregate"] = bool(values.get("aggregate"))
        return cls(**values)

    def export(self) -> dict[str, Any]:
        data = asdict(self)
        return {name: data[name] for name in EXPORT_FIELDS}
