"""A small real database for the TUI tests, built without the extractor so the
screens do not change when extraction rules do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.extract.records import Article, Event
from dateline.loader import sha256_text
from dateline.store import open_store

HOSTILE = "Rebels [bold red]x[/] [link=http://evil]click[/link] \x1b[31mred\x1b]52;c;aGk=\x07 attacked Goma on Monday."
ARTICLES = [
    ("kabul-strike", "Drone strike in Kabul", date(2025, 10, 10),
     "KABUL (AP) — A drone strike hit a market in Kabul on Oct. 9, killing four people. "
     "Officials said Thursday that talks would continue.",
     [("Explosions/Remote violence", "Air/drone strike", 14, 84, date(2025, 10, 9), "Kabul", 4)]),
    ("bannu-raids", "Raids in Bannu", date(2025, 9, 15),
     "Security forces raided hideouts in Bannu on September 13 and 14, killing 17 militants. "
     "Separately, police arrested six men in Lakki Marwat on Sunday.",
     [("Battles", "Armed clash", 0, 85, date(2025, 9, 13), "Bannu", 17),
      ("Strategic developments", "Arrests", 86, 149, date(2025, 9, 14), "Lakki Marwat", None)]),
    ("nairobi-protest", "Protest in Nairobi", date(2025, 6, 26),
     "Thousands protested in Nairobi on Tuesday, and police fired tear gas to disperse them.",
     [("Protests", "Protest with intervention", 0, 86, date(2025, 6, 24), "Nairobi", None)]),
    ("hostile", "[bold]Title[/bold] \x1b]0;pwned\x07", date(2025, 11, 4), HOSTILE,
     [("Battles", "Armed clash", 0, len(HOSTILE), date(2025, 11, 3), "Goma", 0)]),
]


def build_db(path: Path) -> Path:
    with open_store(path) as store:
        for ref, title, published, text, events in ARTICLES:
            store.add_article(
                Article(ref=ref, title=title, text=text, published=published, published_how="metadata",
                        sha256=sha256_text(text)),
                [Event(type=t, subtype=s, evidence_start=a, evidence_end=b, date_start=d, date_end=d,
                       date_precision="day", date_text=d.isoformat(), date_rule="test", location=loc,
                       fatalities=f) for t, s, a, b, d, loc, f in events],
                "test")
    return path
