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
- skip a pattern where none of the words every match holds occurs (`Gated`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache

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
