"""A clause that reports an occurrence, on its way to becoming an event.

Shared by the pipeline and its steps (dating, merging): the event so far, where
it was told (sentences, paragraphs) and how sure its date is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateline.extract.records import Event

# Date rules of a clause that states no date of its own.
BORROWED = {"inherited", "published", "reporting date", "article date", "sum of details", "overnight_adj"}
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
MERGEABLE_TYPES = VIOLENT_TYPES | {"Strategic developments"}
PRECISION = {"day": "day", "range": "range", "week": "range", "month": "month", "year": "year"}


@dataclass
class Candidate:
    event: Event
    paragraphs: set[int]
    sentences: set[int]
    explicit_date: bool
    specificity: int
    # The clause that told it: the event's actors are those named there, looked up only
    # for the events kept (its evidence may move: see `_followed_by_intervention`, `_gapped_parts`).
    clause: tuple[int, int]
    # How it tells more of an occurrence already told: "toll" ("repelled the assault and neutralised
    # dozens": its dead are more dead), "mention" ("killed three of the attackers": the same told again),
    # "only" ("The militants attacked the patrol near X": nothing but a reference, dropped if it adds nothing).
    refers_back: str = ""
    # The last paragraph that still speaks of it ("According to the army, the clashes lasted 12
    # hours"), though it told nothing new: the next line's dead may still be its dead.
    last_said: int = -1
    # Told by a word that names no act of its own ("killed", "attack"), so its type is only a default.
    generic: bool = False
    # Named with "the" ("the exchange of fire began on Sunday night"): an occurrence already told.
    definite: bool = False
    # One of the towns a clause lists ("protests were held in Karachi, Lahore and Peshawar"): the clause it
    # came from, so that the towns it tells apart are never merged back into one.
    listed_in: tuple[int, int] | None = None


def apply_date(event: Event, start: date | None, end: date | None, precision: str, text: str | None, rule: str | None) -> None:
    event.date_start, event.date_end = start, end or start
    event.date_precision = precision if start else "unknown"
    event.date_text, event.date_rule = text, rule
