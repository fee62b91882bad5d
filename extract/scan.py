"""Fast scanning helpers: case folding that keeps offsets, and trie patterns.

Python's `re` tries every branch of an alternation at every position, and
IGNORECASE makes each literal comparison slow. Two cheap tricks make the hot
patterns several times faster without changing what they match:

- run lowercase patterns (no IGNORECASE) over `fold(text)`, a lowercase copy
  whose offsets are those of `text`;
- write word lists as a trie (`trie("attack", "attacked")` -> `attack(?:ed)?`),
  so a position is rejected after one character comparison, not hundreds.
"""

from __future__ import annotations

import re
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
