"""The extraction pipeline (placeholder until the extraction engine lands)."""

from __future__ import annotations

from datetime import date

from dateline.extract.records import Event

EXTRACTOR_VERSION = "0.0.1"


def extract_events(text: str, published: date | None) -> list[Event]:
    """Return the events `text` reports, dates resolved against `published`."""
    return []
