"""Fast scanning helpers: case folding that keeps offsets, and trie patterns.

Python's `re` tries every branch of an alternation at every position, and
IGNORECASE makes each literal comparison slow. A few cheap tricks make the hot
patterns several times faster without changing what they match:

- run lowercase patterns (no IGNORECASE) over `fold(text)`, a lowercase copy
  whose offsets are those of `text`;
- write word lists as a trie (`trie("attack", "attacked")` -> `attack(?:ed)?`),
  so a position is rejected after one character comparison, not hundreds;
- leave the leading `\b` off patterns whose words are rare (`WordStart`): a
  pattern that opens with an assertion is tried at every position, one that
  opens with literal letters lets `re` jump to where they occur;
- skip a pattern where none of the words every match holds occurs (`Gated`);
- work out from a pattern itself how its matches can begin (`prefixes`), to
  gate it by those texts (`gated_by_starts`) or try it only at the words that
  can open a match (`AtWordStarts`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from re import _parser as sre_parse  # type: ignore[attr-defined]
from re._constants import (  # type: ignore[attr-defined]
    ASSERT,
    ASSERT_NOT,
    AT,
    AT_BOUNDARY,
    BRANCH,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    SUBPATTERN,
)

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=8)
def fold(text: str) -> str:
    """A lowercase copy of `text` with the same length, so offsets carry over.

    `str.lower()` never drops characters, so equal length means every
    character mapped to exactly one; the rare texts where one expands ("İ")
    fall back to ASCII-only lowering.
    """
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def folded(pattern: str) -> re.Pattern[str]:
    """Compile a pattern meant for `fold(text)`: it must be written in lowercase,
    as an uppercase letter could never match folded text."""
    letters = re.sub(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)", "", pattern)
    if letters != letters.lower():
        raise ValueError(f"folded pattern has uppercase letters: {pattern[:60]!r}")
    return re.compile(pattern)


def trie(words: object) -> str:
    """An alternation of literal `words` as a prefix tree (no group captured)."""
    root: dict[str, dict] = {}
    for word in words:  # type: ignore[attr-defined]
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    optional = "" in node
    if not branches:
        return ""
    if len(branches) == 1 and not optional:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")


class WordStart:
    """Matches of `pattern` that begin a word, as `\\b` + `pattern` would find them.

    The boundary is checked here, after `re` has jumped to a candidate, and a
    rejected candidate resumes the search one character on, so no match that
    `\\b` + `pattern` would give is skipped. It pays for patterns whose first
    words are rare (measured: "residents of", "at" + a name, nationalities).
    """

    def __init__(self, pattern: re.Pattern[str], joiners: str = "_") -> None:
        self.pattern = pattern
        self.joiners = joiners  # characters besides letters and digits that continue a word

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        search, joiners = self.pattern.search, self.joiners
        while (m := search(text, pos, endpos)) is not None:
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in joiners):
                pos = start + 1
                continue
            yield m
            pos = max(m.end(), start + 1)


class Gated:
    """`pattern.search`, not tried where none of `words` occurs in the searched span.

    Every match of `pattern` must hold one of `words` (prove it branch by branch
    when writing the list): a few substring tests cost far less than a pattern
    opening with `\\b` or a long alternation, which `re` tries at every position.
    """

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.words = words

    def _may_match(self, text: str, pos: int, endpos: int) -> bool:
        span = text[pos:endpos] if pos or endpos < len(text) else text
        return any(map(span.__contains__, self.words))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self._may_match(text, pos, endpos) else iter(())


def prefixes(pattern: str, limit: int = 4) -> set[str]:
    """Every way `pattern` can begin, up to `limit` characters; a prefix
    is cut short where the pattern stops being literal, so the set never misses
    a start (a shorter prefix only lets more positions through)."""
    out: set[str] = set()

    def walk(seq: list, i: int, prefix: str) -> None:
        while i < len(seq) and len(prefix) < limit:
            op, av = seq[i]
            if op is LITERAL:
                prefix += chr(av)
            elif op is IN and all(kind is LITERAL for kind, _ in av) and len(av) <= 4:
                for _, char in av:
                    walk(seq, i + 1, prefix + chr(char))
                return
            elif op is BRANCH:
                for alternative in av[1]:
                    walk(list(alternative) + seq[i + 1:], 0, prefix)
                return
            elif op is SUBPATTERN:
                walk(list(av[3]) + seq[i + 1:], 0, prefix)
                return
            elif op in (MAX_REPEAT, MIN_REPEAT):
                low, _, body = av
                if low == 0:
                    walk(seq, i + 1, prefix)
                    walk(list(body) + seq[i + 1:], 0, prefix)
                else:
                    walk(list(body), 0, prefix)
                return
            elif op not in (AT, ASSERT, ASSERT_NOT):  # zero-width ones are skipped: more positions, never fewer
                break
            i += 1
        out.add(prefix)

    walk(list(sre_parse.parse(pattern)), 0, "")
    return out


def gated_by_starts(pattern: re.Pattern[str]) -> Gated:
    """`pattern`, gated by the texts its matches begin with (worked out from the pattern itself)."""
    starts = prefixes(pattern.pattern, limit=8)
    return Gated(pattern, tuple(s for s in starts if not any(s != t and s.startswith(t) for t in starts)))  # "mob" covers "mobs"


class AtWordStarts:
    """`pattern.search` for a pattern that opens with `\\b` and a word, tried only
    at the words that open the way one of its matches can (worked out from the
    pattern itself). `re` would try every position, and at each word every
    branch in turn: it pays for long word lists (VICTIMS has 71 branches)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        stems = prefixes(pattern.pattern, limit=8)
        if list(sre_parse.parse(pattern.pattern))[:1] != [(AT, AT_BOUNDARY)] or not all("a" <= stem[:1] <= "z" for stem in stems):
            raise ValueError(f"a match of {pattern.pattern[:40]!r} may begin other than a word with a letter")
        # A word's start: its first letter follows no letter.
        self._after_no_letter = folded(rf"[^a-z](?={trie(sorted(stems))})")

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if (pos == 0 or not "a" <= text[pos - 1] <= "z") and self._after_no_letter.match(" " + text[pos:]) \
                and (m := self.pattern.match(text, pos)):
            return m
        for start in self._after_no_letter.finditer(text, pos):
            if m := self.pattern.match(text, start.end()):
                return m
        return None
