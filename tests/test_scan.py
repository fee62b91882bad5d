"""The scanning helpers must not change what a pattern finds, only how fast."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.extract.scan import WordStart, fold, folded, trie

WORDS = st.lists(st.text(alphabet="abcde-", min_size=1, max_size=6), min_size=1, max_size=25)


@given(st.text())
def test_fold_keeps_offsets(text: str) -> None:
    low = fold(text)
    assert len(low) == len(text)
    assert low == text.lower() or not text.isascii()


def test_fold_falls_back_when_lowering_expands() -> None:
    text = "İstanbul ATTACK"
    assert len(text.lower()) != len(text)
    assert fold(text) == "İstanbul attack"


@given(WORDS, st.text(alphabet="abcde- ", max_size=40))
def test_trie_matches_what_a_longest_first_alternation_matches(words: list[str], text: str) -> None:
    plain = re.compile("(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?![a-e])")
    tree = re.compile("(?:" + trie(words) + r")(?![a-e])")
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in tree.finditer(text)]


def test_folded_refuses_uppercase_letters() -> None:
    assert folded(r"\bkilled\s+\w+").search("they killed many")
    with pytest.raises(ValueError):
        folded(r"\bKilled")


@given(st.lists(st.text(alphabet="ab", min_size=1, max_size=3), min_size=1, max_size=6),
       st.text(alphabet="ab _-é", max_size=40), st.integers(0, 5), st.integers(0, 45))
def test_word_start_finds_what_a_leading_word_boundary_finds(words: list[str], text: str, pos: int, end: int) -> None:
    body = "(?:" + "|".join(re.escape(w) for w in words) + r")(?: ?b)?"
    expected = [(m.start(), m.end()) for m in re.compile(r"\b" + body).finditer(text, pos, end)]
    found = [(m.start(), m.end()) for m in WordStart(re.compile(body)).finditer(text, pos, end)]
    assert found == expected


def test_word_start_joiners_extend_words() -> None:
    pattern = WordStart(re.compile(r"TTP"), joiners="_-")
    assert [m.start() for m in pattern.finditer("TTP, pro-TTP and xTTP TTP")] == [0, 22]
