"""Dates an analyst types ("2025-09-13", "13-14 sept", "last monday") -> a span.

Used by the edit form and `dateline event edit --date`; resolved against the
article's publication date like the dates in its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import dateparser

from dateline.extract.dates import month_end


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: date
    end: date
    precision: str  # day, range, month, year

    def label(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def _span(start: date, end: date) -> DateSpan:
    if end < start:
        raise ValueError(f"{end} is before {start}")
    return DateSpan(start, end, "day" if start == end else "range")


def parse_user_date(text: str, published: date | None) -> DateSpan:
    """A date, range, month or year from free text; ValueError says why not."""
    value = text.strip()
    if not value:
        raise ValueError("empty date")
    if ".." in value:
        left, _, right = value.partition("..")
        a, b = parse_user_date(left, published), parse_user_date(right, published)
        return _span(a.start, b.end)
    if re.fullmatch(r"\d{4}", value):
        year = int(value)
        return DateSpan(date(year, 1, 1), date(year, 12, 31), "year")
    month = re.fullmatch(r"(\d{4})-(\d{1,2})", value)
    if month:
        year, mon = int(month[1]), int(month[2])
        if not 1 <= mon <= 12:
            raise ValueError(f"no month {mon}")
        return DateSpan(date(year, mon, 1), month_end(year, mon), "month")
    try:
        day = date.fromisoformat(value)
        return _span(day, day)
    except ValueError:
        pass
    from dateline.extract.dates import tag_dates

    found = [e for e in tag_dates(value, published) if e.date_start and e.date_end]
    if found:
        expr = found[0]
        precision = {"week": "range"}.get(expr.precision, expr.precision)
        if precision not in ("day", "range", "month", "year"):
            precision = "day" if expr.date_start == expr.date_end else "range"
        return DateSpan(expr.date_start, expr.date_end, precision)  # type: ignore[arg-type]
    base = datetime.combine(published, datetime.min.time()) if published else None
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base:
        settings["RELATIVE_BASE"] = base
    parsed = dateparser.parse(value, languages=["en"], settings=settings)
    if parsed is None:
        raise ValueError(f"cannot read {value!r} as a date (try 2025-09-13, 2025-09, 13-14 Sept)")
    return _span(parsed.date(), parsed.date())
