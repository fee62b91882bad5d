"""Actors: the named sides as written, and a normalised name through aliases.

Groups come from an alias table (`data/actors.tsv`: TTP = Pakistani Taliban =
Tehreek-e-Taliban Pakistan); state forces from "<Nationality> security
forces/troops/army/police" phrases, normalised to "<Country> security forces"
style names as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from importlib import resources

from dateline.extract.numbers import word_number
from dateline.extract.scan import WordStart, fold, folded, trie

_FORCES = (r"(?:security forces|forces|troops|soldiers|army|military|police|paramilitaries|paramilitary forces|"
           r"air force|navy|militia|militias|rebels|government|authorities)")
# A nationality is a capitalised word ending -i, -n (-ian, -an, -ni, ...), -ic, -ch, -ese or -ish,
# with a letter before the ending. The whole word is taken at once and its ending
# tested behind it: trying each ending at each split of the word costs twice as much.
_NATIONALITY = WordStart(re.compile(
    rf"([A-Z][a-z]++(?:(?<=[a-z][in])|(?<=[a-z](?:ic|ch))|(?<=[a-z](?:ese|ish)))"
    rf"(?:[’']s)?\s+(?:(?:security|armed|government|special|border|federal|state)\s+)?{_FORCES})\b"
))
# Over fold(text).
_GENERIC = WordStart(folded(r"(?:gunmen|militants|insurgents|jihadists|bandits|protesters|demonstrators|rioters|attackers|assailants)\b"))


@lru_cache(maxsize=1)
def _aliases() -> tuple[WordStart, dict[str, str]]:
    data = resources.files("dateline.extract").joinpath("data/actors.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            canonical, aliases = line.split("\t")
            for alias in aliases.split("|"):
                names[alias] = canonical
    # A trie tries the longest alias first, as a sorted alternation would, but
    # rejects most positions after one character.
    pattern = WordStart(re.compile(trie(names) + r"(?![\w-])"), joiners="_-")
    return pattern, names


Named = tuple[int, int, str, str]  # start, end, as written, normalised


@lru_cache(maxsize=4)
def _named(text: str) -> tuple[Named, ...]:
    """Every named side in the text, found once per text: an article asks for
    the actors of each of its clauses."""
    pattern, names = _aliases()
    found = [(m.start(), m.end(), m.group(), names[m.group()]) for m in pattern.finditer(text)]
    for m in _NATIONALITY.finditer(text):
        if word_number(m.group(1).split()[0]) is not None:
            continue  # "Thirteen police": a count, not a nationality
        found.append((m.start(), m.end(1), m.group(1), m.group(1).replace("’s", "").replace("'s", "")))
    return tuple(sorted(found))


def _inside(found: tuple[Named, ...], start: int, end: int) -> list[Named]:
    lo = bisect_left(found, (start,))
    return [a for a in found[lo:bisect_left(found, (end,))] if a[1] <= end]


def _generic(text: str, start: int, end: int) -> list[Named]:
    """The generic sides ("gunmen") in text[start:end]: looked for only in a
    clause that names none, not over the whole text. The search sees one
    character past the end, so the closing `\b` tests what follows, as it would
    over the whole text."""
    low = fold(text)
    return [(m.start(), m.end(), text[m.start():m.end()], m.group())
            for m in _GENERIC.finditer(low, start, end + 1) if m.end() <= end]


def actors(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """(as written, normalised) actors named in text[start:end], in order, deduplicated."""
    found = _inside(_named(text), start, end) or _generic(text, start, end)
    written: list[str] = []
    normalised: list[str] = []
    for _, _, as_written, canonical in found:
        if canonical not in normalised and as_written not in written:
            written.append(as_written)
            normalised.append(canonical)
    return written[:4], normalised[:4]
