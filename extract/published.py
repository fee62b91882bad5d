"""Publication dates: parsing metadata values and inferring them from the text.

Pure functions, used by the loader; an article's relative dates ("on Sunday")
can only be resolved once its publication date is known.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_TEXT = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
# "Published: 14 March 2025", "Updated on Sept. 3, 2025 10:00 GMT", "Posted 2025-03-14"
_PUBLISHED_LINE = re.compile(
    rf"^\W*(?:first\s+)?(?:published|posted|updated|date(?:d)?|last\s+updated)\b[^\n]{{0,20}}?({_DATE_TEXT})",
    re.IGNORECASE | re.MULTILINE,
)
# Wire datelines: "NAIROBI, Kenya, March 14, 2025 (AP) —", "KYIV, 3 March 2025 (Reuters) -"
_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'\-]{{2,40}}(?:,\s*[A-Z][\w .'\-]{{1,40}})?,\s*({_DATE_TEXT})\b",
    re.MULTILINE,
)
# A bare date on a line of its own near the top, as blogs and local papers print it.
_DATE_LINE = re.compile(rf"^\s*(?:[A-Z][a-z]+day,?\s+)?({_DATE_TEXT})\s*$", re.MULTILINE)

HEAD_CHARS = 1500  # publication dates sit at the top; never scan whole bodies


def parse_published(value: object) -> date | None:
    """A metadata publication date (ISO date/datetime or a written date), else None.

    Raises ValueError with a reason for values that are present but unusable,
    so the loader can say so instead of silently dropping them.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"publication date must be a string like 2025-09-13, not {type(value).__name__} {value!r}")
    iso = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*", value)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError as exc:
            raise ValueError(f"impossible publication date {value!r}: {exc}") from None
    parsed = _parse_written(value.strip())
    if parsed is None:
        raise ValueError(f"cannot read publication date {value!r} (use YYYY-MM-DD)")
    return parsed


@lru_cache(maxsize=4096)
def _parse_written(value: str) -> date | None:
    if not re.search(r"\d{4}", value):  # a year-less date has no fixed meaning here
        return None
    import dateparser  # here, not at the top: ~50 ms of every load's start-up, for the few files that need it

    result = dateparser.parse(
        value, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    )
    return result.date() if result else None


def infer_published(text: str) -> date | None:
    """The publication date printed at the top of the text, if there is one."""
    head = text[:HEAD_CHARS]
    for pattern in (_PUBLISHED_LINE, _DATELINE, _DATE_LINE):
        match = pattern.search(head)
        if match:
            found = _parse_written(match.group(1))
            if found:
                return found
    return None
