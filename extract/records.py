"""Records that cross layers: loader -> extract -> store -> tui/cli.

They are plain dataclasses so every layer can build and read them without
importing another layer's machinery (no SQL, no Textual here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# ACLED event types and their sub-event types (../shared/gold/README.md).
ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

# Precision of an event's date, coarsest last.
DATE_PRECISIONS = ("day", "range", "month", "year", "unknown")


@dataclass(slots=True)
class Article:
    """One news article as read from a file; `text` is exactly as read."""

    ref: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    published_how: str = "unknown"  # metadata, dateline (found in the text), user, unknown
    origin: str | None = None  # file path (and line) it came from
    sha256: str = ""
    id: int | None = None  # set once stored
    loaded_at: str | None = None


@dataclass(slots=True)
class DateExpr:
    """One temporal expression found in a text, with how it was resolved.

    `value` is TIMEX3-style ("2025-09-13", "2025-09", "2025", "2025-W37",
    "PAST_REF", "P3D", "XXXX-10"); ranges carry `value_end`. Offsets index the
    text exactly as given.
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    value_end: str | None = None
    precision: str = "day"  # day, range, week, month, year, unknown
    anchor: str | None = None  # "published", or the value of the expression it leaned on
    rule: str = ""
    # Calendar dates the expression denotes, when it denotes any.
    date_start: date | None = None
    date_end: date | None = None
    reporting: bool = False  # "the ministry said Monday": set by the event layer


@dataclass(slots=True)
class Event:
    """One event the article reports, tied to its exact evidence span."""

    type: str
    subtype: str
    evidence_start: int
    evidence_end: int
    date_start: date | None = None
    date_end: date | None = None
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
