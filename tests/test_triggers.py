"""The trigger scan looks only at word starts that begin some trigger; it must
find exactly what trying the full pattern at every word start finds."""

from __future__ import annotations

import json
import re

from helpers import REPO
from dateline.extract.scan import fold
from dateline.extract.scan import prefixes
from dateline.extract.triggers import TRIGGER_RE, find_triggers

_WORD_START = re.compile(r"(?<![a-z])[a-z0-9]")


def _texts() -> list[str]:
    texts = []
    for path in sorted((REPO / "tests" / "gold" / "independent").glob("*-articles.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def _every_word_start(text: str) -> list[tuple[int, int]]:
    low, found, last = fold(text), [], 0
    for word in _WORD_START.finditer(low):
        if word.start() < last:
            continue
        m = TRIGGER_RE.match(low, word.start())
        if m:
            found.append((m.start(), m.end()))
            last = m.end()
    return found


def test_the_stem_scan_misses_no_trigger_in_real_copy():
    texts = _texts()
    assert len(texts) >= 60
    for text in texts:
        assert [(t.start, t.end) for t in find_triggers(text, 0, len(text))] == _every_word_start(text)


def test_prefixes_follow_optional_parts_and_alternatives():
    assert prefixes(r"(?:air|drone)[- ]?strikes?") == {"air-", "air ", "airs", "dron"}
    assert prefixes(r"(?<!general )strikes (?=killed)") == {"stri"}
    assert prefixes(r"(?:were|was) slain|lost") == {"were", "was ", "lost"}


def test_a_stem_that_runs_into_the_next_word_does_not_hide_it():
    # "is i..." and "u.s." are stems four characters long that end inside the next word
    text = "The missile is intercepted over the city. Talks is negotiations, the U.S. embassy said."
    assert [t.text for t in find_triggers(text, 0, len(text))] == ["missile", "intercepted", "Talks", "negotiations"]
