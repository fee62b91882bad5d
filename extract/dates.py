"""A regex-first temporal tagger for news English.

One compiled pattern scans a text once; each match is resolved against the
publication date by small rules (a weekday is the most recent such day on or
before publication, a year-less date the closest one before publication,
"last month" the previous calendar month...). dateparser is never run over
whole texts: it reads years as days ("September 13 and 14" -> 2014) and verbs
as months ("may"). Every expression keeps exact offsets into the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from re import _parser as sre_parse  # type: ignore[attr-defined]
from re._constants import (  # type: ignore[attr-defined]
    ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CATEGORY_DIGIT, CATEGORY_SPACE, CATEGORY_WORD, IN, LITERAL,
    MAX_REPEAT, MIN_REPEAT, NEGATE, RANGE, SRE_FLAG_IGNORECASE, SUBPATTERN,
)

from dateline.extract.numbers import word_number
from dateline.extract.records import DateExpr
from dateline.extract.scan import Gated, fold, folded, trie

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
TIMEX_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
NUMBER_WORDS = ("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty", "several", "few")
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "MIN", "decade": "DE"}

# Capitalised month names only: "may", "march" and "august" are verbs and adjectives.
_MON = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
        r"|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![a-z])")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TO = r"\s*(?:-|–|—|and|to|through|until|till)\s*"
_NUM = r"(?i:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|several|a\s+few|few)"
_UNIT = r"(?:day|week|fortnight|month|year|hour|minute|decade)s?"

_MONTH_CUES = ("in", "In", "since", "Since", "until", "Until", "by", "By", "during", "During", "of", "from", "From",
               "throughout", "last", "Last", "next", "this", "early", "late", "mid", "between", "before", "after")
_YEAR_CUES = _MONTH_CUES + ("and", "to", "the", "The", "year", "summer", "Summer", "winter", "Winter", "spring",
                            "Spring", "autumn", "Autumn", "fall", "Fall", "before", "Before", "after", "After", "of")


_PREV_WORD = re.compile(r"(\w+)[\s-]+$")


def _cued(text: str, start: int, cues: tuple[str, ...]) -> bool:
    """Is the word just before `start` one of `cues`?"""
    match = _PREV_WORD.search(text, max(0, start - 16), start)
    return match is not None and match.group(1) in cues


_PATTERNS: list[tuple[str, str]] = [
    ("iso_date", rf"(?<![\d-]){_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d])"),
    # "13/09/2025", "04.12.2025" (police press releases), "09/13/2025" (US), "2025/09/13".
    ("numeric_date", rf"(?<![\d/.])(?:(?:[12]\d|3[01]|0?[1-9])(?P<sep>[/.])(?:[12]\d|3[01]|0?[1-9])(?P=sep){_YEAR}|{_YEAR}/(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?!\d))"),
    # "28/11 – Bria:", "29-30/11 – Kabo:": the entries of an incident bulletin (day first, no year).
    ("bulletin_day", r"(?<![\d/.])(?:[12]\d|3[01]|0?[1-9])(?:-(?:[12]\d|3[01]|0?[1-9]))?/(?:1[0-2]|0?[1-9])(?![\d/])(?=\s*[–—:-])"),
    ("month_day_range_cross", rf"{_MON}\s*{_DAY}{_TO}{_MON}\s*{_DAY}(?:,?\s*{_YEAR})?"),
    ("month_day_range", rf"{_MON}\s*{_DAY}{_TO}{_DAY}(?:,?\s*{_YEAR})?"),
    ("day_month_range", rf"{_DAY}(?:\s+{_MON})?{_TO}{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s*{_YEAR})?"),
    ("month_day", rf"(?:{_WD},?\s+)?{_MON}\s*{_DAY}(?:,?\s*{_YEAR})?"),
    ("day_month", rf"(?:{_WD},?\s+)?{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s*{_YEAR})?"),
    ("month_year", rf"(?:(?:early|mid|late)[- ])?{_MON},?\s+{_YEAR}"),
    # "on the 14th", "in the early hours of the 9th": a day of this month or the last (the word "the" is
    # checked by the resolver).
    ("day_of_month", r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!-)(?!\s+(?:[A-Z\d]|century|centuries|anniversary|time|times|"
                     r"day|year|edition|round|floor|term|birthday|place|amendment|grade|session|month|week|street|avenue|"
                     r"division|brigade|battalion|regiment|corps|infantry|army|district|ward|largest|biggest|deadliest))"),
    # The context word that licenses a bare month or year is checked by the
    # resolver (look-behinds here would be tried at every position).
    ("month_only", rf"{_MON}(?:,?\s+(?:of\s+)?(?:last|this)\s+year\b)?(?![.\s]*\d)"),  # "October last year"
    ("decade", r"(?:1[89]|20)\d0s\b"),
    ("year", rf"{_YEAR}"
             r"(?![-–/]\d)(?!\s*(?:people|troops|soldiers|militants|residents|km|kilomet|miles|men|women|children|dollars|tons|metres|meters|feet|killed|dead|percent|%))"),
    ("ago", rf"\b{_NUM}\s+{_UNIT}\s+ago\b"),
    ("relative_unit", r"\b(?:(?:[Ee]arlier|[Ll]ater)\s+(?:this|in\s+the)|[Ll]ast|[Tt]his|[Pp]ast|[Pp]revious|[Nn]ext)\s+(?:week(?:end)?|month|year)\b"
                      r"|\b(?:[Oo]ver|[Aa]t|[Dd]uring)\s+the\s+weekend\b"),
    ("relative_day", r"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast\s+night|[Oo]vernight(?!\s+(?:raids?|attacks?|operations?|strikes?|curfews?|shelling|fighting|assaults?|bombardments?|rain|stays?|flights?))|[Tt]his\s+(?:morning|afternoon|evening)|[Ee]arlier\s+today|[Ll]ate\s+yesterday|[Ee]arly\s+today)\b"),
    # "an overnight attack": the night before publication, but only when the clause has no day of its own
    # ("two overnight raids on September 13 and 14"): see `dating.date_event`.
    ("overnight_adj", r"\b[Oo]vernight(?=\s+(?:raids?|attacks?|strikes?|assaults?|shelling|fighting|bombardments?|clashes|ambush))"),
    # "on Friday and Saturday", "the night of Saturday to Sunday"
    ("weekday_range", rf"(?:\b(?:[Ll]ast|[Ee]arly|[Ll]ate)\s+)?{_WD}(?:\s+(?:morning|afternoon|evening|night))?"
                      rf"\s+(?:and|to|through|into|-|–)\s+(?:(?:early|late)\s+)?{_WD}"),
    ("weekday", rf"(?:\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Pp]revious)\s+)?{_WD}(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?"
                r"(?:\s+(?:of\s+)?last\s+week\b)?"  # "on Monday last week"
                r"(?!\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Tribune|Independent|Star|Nation|[Ss]chool|[Mm]ass|[Ss]ervice|[Mm]arket|[Ll]eague|[Ss]ermon))"),
    # "killed two over the past day" (a daily roundup): the day before publication and the day itself
    # "over the last two days", "in the past three days": the days up to publication
    ("past_day", rf"\b(?:[Oo]ver|[Ii]n|[Dd]uring)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours|twenty-four\s+hours|{_NUM}\s+days)\b"),
    ("set", rf"\b(?:[Ee]very|[Ee]ach)\s+(?:{_WD}|day|week|month|year|morning|night)\b|\b(?:daily|weekly|monthly|annually|nightly)\b"),
    ("duration", rf"\b(?:for|over|lasting|past|last|nearly|almost|about|more\s+than|than)\s+(?:the\s+)?(?:past\s+|last\s+)?{_NUM}\s+{_UNIT}\b(?!\s+ago\b)|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-(?:day|week|month|year|hour)\b"),
    ("time", r"\b(?:(?:at|around|about|before|after|by)\s+)?(?:[01]?\d(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|[012]?\d:[0-5]\d\s*(?:GMT|UTC|local\s+time)?|noon|midnight|dawn|dusk)"),
    ("vague", r"\b(?:[Rr]ecently|[Ii]n\s+recent\s+(?:days|weeks|months|years)|[Cc]urrently|[Nn]owadays|[Ii]n\s+the\s+past|[Ii]n\s+the\s+coming\s+(?:days|weeks|months))\b"),
]

_COUNTED_DAYS = re.compile(rf"({_NUM})\s+days")
# Each pattern compiled on its own, named by its rule (`lastgroup`).
_RULES = [re.compile(f"(?P<{name}>{pattern})") for name, pattern in _PATTERNS]


def _ends(items: list, prefix: str, positions: set[int], ignore_case: bool = False) -> set[int]:
    """Where in `prefix` (ASCII) a match of parsed pattern `items` begun at any of `positions`
    can end; len(prefix) stands for anywhere past it (the prefix was all matched).

    Conservative: an assertion is taken as always true and anything not understood as
    able to take any part of what is left, so a pattern is never ruled out where it could match.
    """
    end = len(prefix)
    for op, av in items:
        if not positions or positions == {end}:  # nothing can match, or all the prefix did: no item changes that
            break
        if op is LITERAL:
            literal = chr(av)
            positions = {min(p + 1, end) for p in positions
                         if p == end or literal == prefix[p]
                         or ignore_case and (not literal.isascii() or literal.lower() == prefix[p].lower())}
        elif op is IN:
            positions = {min(p + 1, end) for p in positions if p == end or _in_set(av, prefix[p], ignore_case)}
        elif op in (AT, ASSERT, ASSERT_NOT):
            pass
        elif op is SUBPATTERN:
            _, add, remove, body = av
            positions = _ends(body.data, prefix, positions, bool((ignore_case or add & SRE_FLAG_IGNORECASE)
                                                                 and not remove & SRE_FLAG_IGNORECASE))
        elif op is BRANCH:
            positions = set().union(*(_ends(alternative.data, prefix, positions, ignore_case) for alternative in av[1]))
        elif op in (MAX_REPEAT, MIN_REPEAT):
            positions = _repeat_ends(av, prefix, positions, ignore_case)
        else:
            positions = set(range(min(positions), end + 1))
    return positions


def _repeat_ends(repeat: tuple, prefix: str, positions: set[int], ignore_case: bool) -> set[int]:
    """_ends for a repeat: the ends after `low` to `high` rounds of its body. The sets of
    ends, taken round by round, come back to one seen before (there are few subsets of a
    short prefix's positions): from then on no round adds any."""
    low, high, body = repeat
    reached = set(positions) if low == 0 else set()
    seen: set[frozenset[int]] = set()
    rounds = 0
    while positions and rounds < high:
        positions = _ends(body.data, prefix, positions, ignore_case)
        rounds += 1
        if rounds >= low:
            if frozenset(positions) in seen:
                break
            seen.add(frozenset(positions))
            reached |= positions
    return reached


_CATEGORY_TEST = {CATEGORY_DIGIT: str.isdigit, CATEGORY_SPACE: str.isspace,
                  CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_"}


def _in_set(items: list, char: str, ignore_case: bool) -> bool:
    """Can the character class `items` match the ASCII `char` (True when unsure)."""
    chars = {char.lower(), char.upper()} if ignore_case else {char}
    negated = member = False
    for op, av in items:
        if op is NEGATE:
            negated = True
        elif op is LITERAL and (av < 128 or not ignore_case):  # a non-ASCII letter may fold to an ASCII one
            member |= chr(av) in chars
        elif op is RANGE and (av[1] < 128 or not ignore_case):
            member |= any(av[0] <= ord(ch) <= av[1] for ch in chars)
        elif op is CATEGORY and av in _CATEGORY_TEST:
            member |= _CATEGORY_TEST[av](char)
        else:
            return True
    return member != negated


_PARSED = [sre_parse.parse(pattern).data for _, pattern in _PATTERNS]


@lru_cache(maxsize=None)  # keys are pairs of ASCII characters: a few hundred occur, a few thousand can
def _rules_for(prefix: str) -> tuple[re.Pattern[str], ...]:
    """The patterns that can begin with `prefix`, a start's first two characters, in order:
    at a start word a dozen or more of the two dozen are ruled out by its first letter, and
    the second rules out most of the rest ("Monday" is no "Mar" or "May")."""
    if not (prefix[0].isascii() and prefix[0].isalnum()):
        return tuple(_RULES)
    if not prefix.isascii():
        prefix = prefix[0]
    return tuple(rule for rule, items in zip(_RULES, _PARSED) if len(prefix) in _ends(items, prefix, {0}))


def _match_at(text: str, start: int) -> re.Match[str] | None:
    """The first pattern, in order, that matches at `start` (as one alternation of them all would)."""
    for rule in _rules_for(text[start:start + 2]):
        m = rule.match(text, start)
        if m:
            return m
    return None


_DAY_BEFORE = re.compile(r"\b[Tt]he\s+day\s+before\s+$")
# Words an expression can start with; the patterns are tried only at these, which
# is many times faster than letting one big alternation try every position.
_STARTERS = frozenset(
    [*MONTHS, *WEEKDAYS, "last", "this", "next", "early", "mid", "late", "previous", "earlier", "later", "past",
     "yesterday", "today", "tonight", "overnight", "every", "each", "daily", "weekly", "monthly", "annually",
     "nightly", "lasting", "nearly", "almost", "recently", "currently", "nowadays", "noon", "midnight", "dawn",
     "dusk"])
# The most frequent start words rarely start an expression, so they are taken only
# where their rules can match (what must follow each is written over folded text: it
# may let through more than the rules, never less). A number word ("a", "two",
# "several") opens only `ago` ("a few days ago") or a `duration` like "two-day"; "in"
# only `past_day` and `vague` ("in the past", "in recent weeks").
_AFTER_COUNTED = rf"(?=\s+(?:few\s+)?{_UNIT}|-(?:day|week|month|year|hour))"
_AFTER_IN = r"(?=\s+(?:the\s+(?:past|last|previous|coming)|recent\s))"
# "at", "before", "by"... open only a `time` ("at 10 pm", "before dawn"; "at" also "at the weekend");
# "for", "than", "over"... only a span counted in units ("for the past two weeks": at most four
# words, "the past a few", before the unit; "over the weekend" and "during the past day" read as one too).
_CLOCK = r"\d|noon|midnight|dawn|dusk"
_COUNTED = rf"(?:\S++\s++){{1,4}}{_UNIT}"  # whole words: nothing to backtrack into
_CUE_WORDS = {
    rf"(?=\s+(?:{_CLOCK}))": ("around", "before", "after", "by"),
    rf"(?=\s+(?:{_CLOCK}|the\s+weekend))": ("at",),
    rf"(?=\s+(?:{_CLOCK}|{_COUNTED}))": ("about",),
    rf"(?=\s+{_COUNTED})": ("for", "than", "over", "during"),
    r"(?=\s+than\s)": ("more",),
}
# A number opens a date only if a date's next part follows its digits (a suffix, a separator,
# a range, a month, a unit, "am") or it has four digits (a year): not "30 people". Read
# after its first digit (a look-ahead in front of it would be entered at every space).
_MONTH_STEMS = "|".join(sorted({month[:3] for month in MONTHS}))
_AFTER_FIRST_DIGIT = (r"(?=\d{3}(?!\d)|\d*+(?:st|nd|rd|th|[/.:]|\s*(?:[-–—]|and|to|through|until|till|a\.m\.|p\.m\.|am|pm)"
                      rf"|\s+(?:of\s|{_MONTH_STEMS}|{_UNIT})))")


def _words_then(follows: dict[str, tuple[str, ...]]) -> str:
    """One trie of all the words, each followed by its pattern in `follows`: `re` then picks a
    word by its first letters once, not once per word list (a private-use character marks
    each word's end in the trie and is replaced by what must follow it)."""
    marks = {chr(0xE000 + i): after for i, after in enumerate(follows)}
    pattern = trie(word + mark for mark, after in marks.items() for word in follows[after])
    for mark, after in marks.items():
        pattern = pattern.replace(mark, after)
    return pattern


# A start word or a token opening with a digit, over " " + fold(text). The
# character before the word is consumed instead of tested with `\b`: a pattern
# opening with a character set is not tried at the positions it rules out.
# The match starts at that character, whose offset in " " + text is the word's in text.
# That character is any but an ASCII letter, digit or "_" (folded text has no capitals):
# a bitmap test, where `\W` looks every character up in the Unicode tables (a sixth of
# the scan's time). A non-ASCII letter or digit it lets through is dropped by `_starts`.
_START_WORDS = _words_then({r"\b": tuple(_STARTERS), _AFTER_COUNTED: NUMBER_WORDS, _AFTER_IN: ("in",), **_CUE_WORDS})
_START = folded(rf"[^a-z0-9_](?:{_START_WORDS}|\d{_AFTER_FIRST_DIGIT})")


def _starts(text: str) -> Iterator[int]:
    """Where in `text` an expression can start: a start word or a number after a non-word character."""
    spaced = " " + fold(text)
    for token in _START.finditer(spaced):
        start = token.start()
        if spaced[start].isascii() or not spaced[start].isalnum():  # as `\W` would: "é" is in a word
            yield start
_FUTURE = r"\b(?:will|would|to\s+be\s+held|scheduled|(?:planned|slated|set|called)\s+for|(?:is|are|was)\s+due\s+to|expected\s+to|plans?\s+to|is\s+set\s+to|are\s+set\s+to|next)\b[^.!?]{0,60}$"
# Over lowered text (several times faster than IGNORECASE). IGNORECASE also reads "ı" and "İ"
# as "i" and "ſ" as "s", which lower() keeps apart: where one occurs, the IGNORECASE pattern decides.
# Every match holds one of these words ("to be held" holds "held", "plans to" "plan"):
# a few substring tests skip the search, which `re` tries at every position.
_FUTURE_WORDS = ("will", "would", "held", "scheduled", "due", "expected", "plan", "set", "next", "slated", "called")
_FUTURE_CUE = Gated(folded(_FUTURE), _FUTURE_WORDS)
_FUTURE_CUE_ANY_CASE = re.compile(_FUTURE, re.I)
_CASED_LIKE_ASCII = ("ı", "İ", "ſ")
_NUM_IN = re.compile(r"\d+")


def _int_words(text: str) -> int | None:
    return word_number(" ".join(text.split()))


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: date | None, future: Callable[[], bool]) -> int | None:
    """The year that puts month/day closest on or before publication; this year if the day is
    told as still to come (`future`, asked only then: most days told are past)."""
    if published is None:
        return None
    candidate = _safe_date(published.year, month, day) or _safe_date(published.year, month, 28)
    if candidate and candidate > published:
        if (candidate - published).days <= 120 and future():
            return published.year
        return published.year - 1
    return published.year


def _weekday(published: date, wd: int, modifier: str, future: bool) -> date:
    back = (published.weekday() - wd) % 7
    if modifier == "next" or (future and modifier not in ("last", "previous")):
        ahead = (wd - published.weekday()) % 7
        return published + timedelta(days=ahead or (7 if modifier == "next" else 0))
    if modifier in ("last", "previous") and back == 0:
        back = 7
    return published - timedelta(days=back)


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


NOT_A_DAY = re.compile(r"\s+(?:prayers?|sermons?|services?|mass|market|markets|school|edition|papers?)\b", re.I)
_WORDS = re.compile(r"[A-Za-z]+\.?|\d+")


class _Tagger:
    """Resolve one scanner match into a DateExpr (or None to drop it)."""

    def __init__(self, text: str, published: date | None) -> None:
        self.text = text
        self.pub = published

    def future(self, start: int) -> bool:
        line_start = max(self.text.rfind(".", 0, start), self.text.rfind("\n", 0, start), start - 80)
        before = self.text[line_start + 1:start]
        if not before.isascii() and any(char in before for char in _CASED_LIKE_ASCII):
            return bool(_FUTURE_CUE_ANY_CASE.search(before))
        return bool(_FUTURE_CUE.search(before.lower()))

    def expr(self, m: re.Match[str], kind: str, value: str, rule: str, start: date | None = None,
             end: date | None = None, precision: str = "day", anchor: str | None = None,
             value_end: str | None = None) -> DateExpr:
        if start and end and end < start:
            start, end = end, start
        return DateExpr(start=m.start(), end=m.end(), text=m.group(), type=kind, value=value,
                        value_end=value_end, precision=precision if start else "unknown",
                        anchor=anchor, rule=rule, date_start=start, date_end=end)

    def resolve(self, m: re.Match[str]) -> DateExpr | None:
        rule = m.lastgroup or ""
        return _RESOLVERS[rule](self, m, rule)

    # -- absolute and year-less dates ---------------------------------

    def _parts(self, m: re.Match[str]) -> tuple[list[int], list[int], list[int]]:
        months: list[int] = []
        days: list[int] = []
        years: list[int] = []
        for token in _WORDS.findall(m.group()):
            low = token.lower().rstrip(".")
            if low in MONTHS:
                months.append(MONTHS[low])
            elif token.isdigit():
                (years if len(token) == 4 else days).append(int(token))
            elif low[:-2].isdigit():  # 13th
                days.append(int(low[:-2]))
        return months, days, years

    def _day_span(self, m: re.Match[str], rule: str, m1: int, d1: int, m2: int, d2: int,
                  year: int | None) -> DateExpr | None:
        anchor = None
        if year is None:
            year = _year_for(m1, d1, self.pub, lambda: self.future(m.start()))
            anchor = "published"
        if year is None:
            v1, v2 = f"XXXX-{m1:02d}-{d1:02d}", f"XXXX-{m2:02d}-{d2:02d}"
            return self.expr(m, "DATE", v1, rule, value_end=v2 if (m1, d1) != (m2, d2) else None)
        start = _safe_date(year, m1, d1)
        end = _safe_date(year + (m2 < m1), m2, d2)
        if start is None or end is None:
            return None
        ranged = start != end
        return self.expr(m, "DATE", start.isoformat(), rule, start, end, "range" if ranged else "day",
                         anchor, end.isoformat() if ranged else None)

    def _iso_date(self, m: re.Match[str], rule: str) -> DateExpr | None:
        y, mo, d = (int(x) for x in m.group().split("-"))
        return self._day_span(m, rule, mo, d, mo, d, y)

    def _numeric_date(self, m: re.Match[str], rule: str) -> DateExpr | None:
        parts = [int(x) for x in re.split(r"[/.]", m.group())]
        if parts[0] > 31:  # year first
            y, month, day = parts
            return self._day_span(m, rule, month, day, month, day, y)
        a, b, y = parts
        if a > 12 and b > 12:
            return None
        # Day first, as most of the world writes it, unless only the US reading is a date, or only
        # it is not after publication ("12/11/2025" in a story of 20 November is 11 December in no story).
        day, month = (a, b) if b <= 12 else (b, a)
        first, us = _safe_date(y, b, a), _safe_date(y, a, b)
        if a <= 12 and b <= 12 and self.pub and first and us and first > self.pub >= us:
            day, month = b, a
        return self._day_span(m, rule, month, day, month, day, y)

    def _bulletin_day(self, m: re.Match[str], rule: str) -> DateExpr | None:
        days, month = m.group().split("/")
        first, _, last = days.partition("-")
        return self._day_span(m, rule, int(month), int(first), int(month), int(last or first), None)

    def _month_day_range_cross(self, m: re.Match[str], rule: str) -> DateExpr | None:
        months, days, years = self._parts(m)
        return self._day_span(m, rule, months[0], days[0], months[1], days[1], years[0] if years else None)

    def _month_day_range(self, m: re.Match[str], rule: str) -> DateExpr | None:
        months, days, years = self._parts(m)
        if days[1] < days[0]:
            return None
        return self._day_span(m, rule, months[0], days[0], months[0], days[1], years[0] if years else None)

    def _day_month_range(self, m: re.Match[str], rule: str) -> DateExpr | None:
        months, days, years = self._parts(m)
        m1 = months[0]
        m2 = months[-1]
        if len(months) == 1 and days[1] < days[0]:
            return None
        return self._day_span(m, rule, m1, days[0], m2, days[1], years[0] if years else None)

    def _month_day(self, m: re.Match[str], rule: str) -> DateExpr | None:
        months, days, years = self._parts(m)
        if not days:
            return None
        return self._day_span(m, rule, months[0], days[0], months[0], days[0], years[0] if years else None)

    def _day_month(self, m: re.Match[str], rule: str) -> DateExpr | None:
        """"13 September" reads like "September 13" (parts are found by kind, not position)."""
        return self._month_day(m, rule)

    def _day_of_month(self, m: re.Match[str], rule: str) -> DateExpr | None:
        if not _cued(self.text, m.start(), ("the",)) or self.pub is None:
            return None
        day = int(m.group()[:-2])
        y, mo = self.pub.year, self.pub.month
        if day > self.pub.day:  # not yet this month: the last month's
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        found = _safe_date(y, mo, day)
        if found is None:
            return None
        return self._day_from_published(m, rule, found)

    def _month_year(self, m: re.Match[str], rule: str) -> DateExpr | None:
        months, _, years = self._parts(m)
        y, mo = years[0], months[0]
        part = m.group()[:4].lower()
        if part in ("earl", "mid-", "mid ", "late"):  # "late January 2025": the month's last ten days
            first = {"earl": 1, "mid-": 11, "mid ": 11, "late": 21}[part]
            last = month_end(y, mo) if first == 21 else date(y, mo, first + 9)
            return self.expr(m, "DATE", f"{y}-{mo:02d}", rule, date(y, mo, first), last, "range")
        return self.expr(m, "DATE", f"{y}-{mo:02d}", rule, date(y, mo, 1), month_end(y, mo), "month")

    def _month_only(self, m: re.Match[str], rule: str) -> DateExpr | None:
        if not _cued(self.text, m.start(), _MONTH_CUES):
            return None
        token, _, which = m.group().partition(" ")
        mo = _month(token.rstrip(","))
        before = self.text[max(0, m.start() - 6):m.start()].lower()
        if self.pub is None:
            return self.expr(m, "DATE", f"XXXX-{mo:02d}", rule, precision="month")
        year = self.pub.year
        if which:  # "October last year", "March this year": the year is said
            year -= "last" in which
        elif "next" in before or (mo > self.pub.month and self.future(m.start())):
            year += mo < self.pub.month
        elif mo > self.pub.month or ("last" in before and mo == self.pub.month):
            year -= 1
        return self.expr(m, "DATE", f"{year}-{mo:02d}", rule, date(year, mo, 1), month_end(year, mo),
                         "month", "published")

    def _year(self, m: re.Match[str], rule: str) -> DateExpr | None:
        if not _cued(self.text, m.start(), _YEAR_CUES):
            return None
        y = int(m.group())
        if self.pub and abs(y - self.pub.year) > 150:
            return None
        return self.expr(m, "DATE", str(y), rule, date(y, 1, 1), date(y, 12, 31), "year")

    def _decade(self, m: re.Match[str], rule: str) -> DateExpr | None:
        if not _cued(self.text, m.start(), ("the",)):
            return None
        y = int(m.group()[:4])
        return self.expr(m, "DATE", str(y)[:3], rule, date(y, 1, 1), date(y + 9, 12, 31), "year")

    # -- relative expressions ------------------------------------------

    def _relative(self, m: re.Match[str], rule: str, value: str, start: date, end: date,
                  precision: str) -> DateExpr:
        return self.expr(m, "DATE", value, rule, start, end, precision, "published")

    def _day_from_published(self, m: re.Match[str], rule: str, day: date, start: int | None = None) -> DateExpr:
        """One day counted from publication ("on Monday", "yesterday"): the commonest
        expression, built here in one step. `start` moves its beginning back before the match."""
        begin = m.start() if start is None else start
        return DateExpr(begin, m.end(), self.text[begin:m.end()], "DATE", day.isoformat(), None, "day", "published", rule,
                        day, day)

    def _unresolved(self, m: re.Match[str], rule: str, value: str) -> DateExpr:
        return self.expr(m, "DATE", value, rule)

    def _weekday(self, m: re.Match[str], rule: str) -> DateExpr | None:
        if NOT_A_DAY.match(self.text, m.end()):
            return None  # "during Friday prayers", "the Sunday market": a weekly custom, not a day
        words = m.group().lower().replace("'s", "").split()
        # The pattern puts the day first or right after its one modifier ("last Monday").
        modifier = "" if words[0] in WEEKDAYS else words[0]
        wd = WEEKDAYS[words[1] if modifier else words[0]]
        if self.pub is None:
            return self._unresolved(m, rule, f"XXXX-WXX-{wd + 1}")
        if words[-2:] == ["last", "week"]:  # "Monday last week": that day of the week before this one
            day = self.pub - timedelta(days=self.pub.weekday() + 7 - wd)
            return self._day_from_published(m, rule, day)
        # "next", "last" and "previous" say which way to look; only a bare day is asked if it is to come.
        future = modifier not in ("next", "last", "previous") and self.future(m.start())
        return self._day_from_published(m, rule, _weekday(self.pub, wd, modifier, future))

    def _weekday_range(self, m: re.Match[str], rule: str) -> DateExpr | None:
        days = [WEEKDAYS[w] for w in re.findall(r"[a-z]+", m.group().lower()) if w in WEEKDAYS]
        if self.pub is None:
            return self._unresolved(m, rule, f"XXXX-WXX-{days[0] + 1}")
        modifier = "last" if m.group().lower().startswith("last") else ""
        future = self.future(m.start())
        first, last = (_weekday(self.pub, wd, modifier, future) for wd in (days[0], days[-1]))
        if last < first:  # "Saturday to Sunday" told on a Saturday: the Saturday a week back
            first -= timedelta(days=7)
        expr = self._relative(m, rule, first.isoformat(), first, last, "range")
        return replace(expr, value_end=last.isoformat())

    def _overnight_adj(self, m: re.Match[str], rule: str) -> DateExpr | None:
        return self._relative_day(m, rule)

    def _relative_day(self, m: re.Match[str], rule: str) -> DateExpr | None:
        low = " ".join(m.group().lower().split())
        back = 1 if low in ("yesterday", "last night", "overnight", "late yesterday") or rule == "overnight_adj" else 0
        if self.pub is None:
            return self._unresolved(m, rule, "PRESENT_REF" if not back else "PAST_REF")
        before = _DAY_BEFORE.search(self.text, max(0, m.start() - 16), m.start()) if low == "yesterday" else None
        if before:  # "the day before yesterday": two days back, said in full ("the" starts no expression)
            return self._day_from_published(m, rule, self.pub - timedelta(days=2), before.start())
        return self._day_from_published(m, rule, self.pub - timedelta(days=back))

    def _relative_unit(self, m: re.Match[str], rule: str) -> DateExpr | None:
        words = m.group().lower().split()
        unit, which = words[-1], words[0]
        shift = {"last": -1, "past": -1, "previous": -1, "next": 1}.get(which, 0)
        pub = self.pub
        if which in ("over", "at", "during") and pub is not None and pub.weekday() < 5:
            shift = -1  # "over the weekend", told on a weekday: the one just past
        if pub is None:
            return self._unresolved(m, rule, "PAST_REF" if shift < 0 else "PRESENT_REF")
        if unit in ("week", "weekend"):
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
            if unit == "weekend":
                start, end = monday + timedelta(days=5), monday + timedelta(days=6)
                return self._relative(m, rule, _iso_week(start) + "-WE", start, end, "range")
            end = monday + timedelta(days=6)
            if shift == 0:
                end = min(end, pub)
            return self._relative(m, rule, _iso_week(monday), monday, end, "week")
        if unit == "month":
            y, mo = pub.year, pub.month + shift
            y, mo = (y - 1, 12) if mo == 0 else (y + 1, 1) if mo == 13 else (y, mo)
            end = month_end(y, mo) if shift else pub
            return self._relative(m, rule, f"{y}-{mo:02d}", date(y, mo, 1), end, "month")
        y = pub.year + shift
        return self._relative(m, rule, str(y), date(y, 1, 1), date(y, 12, 31) if shift else pub, "year")

    def _ago(self, m: re.Match[str], rule: str) -> DateExpr | None:
        words = m.group().lower().split()
        amount = _int_words(" ".join(words[:-2]))
        unit = words[-2].rstrip("s")
        if amount is None or self.pub is None:
            return self._unresolved(m, rule, "PAST_REF")
        if unit in ("hour", "minute"):
            return self._day_from_published(m, rule, self.pub)
        if unit == "day":
            return self._day_from_published(m, rule, self.pub - timedelta(days=amount))
        if unit in ("week", "fortnight"):  # "a week ago", "a fortnight ago": that many weeks before the day of publication
            day = self.pub - timedelta(weeks=amount * (2 if unit == "fortnight" else 1))
            return self._relative(m, rule, _iso_week(day), day, day, "day")
        if unit == "month":
            total = self.pub.year * 12 + self.pub.month - 1 - amount
            y, mo = divmod(total, 12)
            return self._relative(m, rule, f"{y}-{mo + 1:02d}", date(y, mo + 1, 1), month_end(y, mo + 1), "month")
        years = amount * (10 if unit == "decade" else 1)
        y = self.pub.year - years
        return self._relative(m, rule, str(y), date(y, 1, 1), date(y, 12, 31), "year")

    def _past_day(self, m: re.Match[str], rule: str) -> DateExpr | None:
        if self.pub is None:
            return self._unresolved(m, rule, "PAST_REF")
        counted = _COUNTED_DAYS.search(m.group().lower())
        days = (_int_words(counted.group(1)) or 1) if counted else 1
        day = self.pub - timedelta(days=max(1, days - 1))  # two days back from a Thursday: Wednesday and Thursday
        return self.expr(m, "DATE", day.isoformat(), rule, day, self.pub, "range", "published", value_end=self.pub.isoformat())

    def _vague(self, m: re.Match[str], rule: str) -> DateExpr | None:
        low = m.group().lower()
        value = "PRESENT_REF" if ("current" in low or "nowadays" in low) else "FUTURE_REF" if "coming" in low else "PAST_REF"
        return self.expr(m, "DATE", value, rule, precision="unknown")

    def _duration(self, m: re.Match[str], rule: str) -> DateExpr | None:
        text = m.group().lower().replace("-", " ")
        unit_match = re.search(r"(day|week|fortnight|month|year|hour|minute|decade)", text)
        assert unit_match is not None  # _UNIT holds one of these
        fortnight = unit_match.group(1) == "fortnight"  # "for a fortnight": two weeks
        unit = UNITS["week" if fortnight else unit_match.group(1)]
        numbers = re.findall(r"\d+|\b(?:a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|several|few)\b", text)
        amount = _int_words(numbers[-1]) if numbers else None
        if fortnight and amount is not None:
            amount *= 2
        count = "X" if amount is None else str(amount * (10 if unit == "DE" else 1))
        unit = "Y" if unit == "DE" else unit
        value = f"PT{count}{unit}" if unit in ("H", "MIN") else f"P{count}{unit}"
        return self.expr(m, "DURATION", value.replace("MIN", "M"), rule, precision="unknown")

    def _set(self, m: re.Match[str], rule: str) -> DateExpr | None:
        low = m.group().lower()
        wd = next((WEEKDAYS[w] for w in WEEKDAYS if w in low), None)
        value = f"XXXX-WXX-{wd + 1}" if wd is not None else {"daily": "P1D", "weekly": "P1W", "monthly": "P1M",
                                                              "annually": "P1Y", "nightly": "P1D"}.get(low, "P1" + low.split()[-1][0].upper())
        return self.expr(m, "SET", value, rule, precision="unknown")

    def _time(self, m: re.Match[str], rule: str) -> DateExpr | None:
        text = m.group().lower()
        named = {"noon": "T12:00", "midnight": "T00:00", "dawn": "TMO", "dusk": "TEV"}
        value = next((v for k, v in named.items() if k in text), None)
        if value is None:
            nums = _NUM_IN.findall(text)
            if not nums:
                return None
            hour, minute = int(nums[0]), int(nums[1]) if len(nums) > 1 else 0
            if "p" in text.split(nums[-1])[-1][:4] and hour < 12:
                hour += 12
            if hour > 23:
                return None
            value = f"T{hour:02d}:{minute:02d}"
        return self.expr(m, "TIME", value, rule, precision="unknown")


# Each rule's resolver, looked up once here rather than by name at every match.
_RESOLVERS: dict[str, Callable[[_Tagger, re.Match[str], str], DateExpr | None]] = {
    name: getattr(_Tagger, "_" + name) for name, _ in _PATTERNS}


def tag_dates(text: str, published: date | None) -> list[DateExpr]:
    """Every temporal expression in `text`, in order, resolved against `published`."""
    return list(_tag_cached(text, published))


@lru_cache(maxsize=256)
def _tag_cached(text: str, published: date | None) -> tuple[DateExpr, ...]:
    tagger = _Tagger(text, published)
    found = []
    end = 0
    for start in _starts(text):
        if start < end:
            continue
        m = _match_at(text, start)
        if m is None:
            continue
        expr = tagger.resolve(m)
        if expr is not None:
            found.append(expr)
            end = m.end()
    return tuple(_weekdays_dated_alongside(text, found))


_OPEN_PAREN = re.compile(r"\s*\(\s*")


def _weekdays_dated_alongside(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """'on Tuesday (Nov. 9)': the date in brackets says which Tuesday, so the weekday, resolved on its
    own to the last Tuesday before publication, gives way to it (when both name the same weekday)."""
    if "(" not in text:
        return found
    drop = {i for i, (a, b) in enumerate(zip(found, found[1:]))
            if a.rule == "weekday" and b.precision == "day" and a.date_start and b.date_start
            and _OPEN_PAREN.fullmatch(text, a.end, b.start) and a.date_start.weekday() == b.date_start.weekday()}
    return [e for i, e in enumerate(found) if i not in drop] if drop else found
