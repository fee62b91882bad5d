"""The tagger against hand-made gold temporal expressions (tests/data/timex_gold.jsonl)."""

import json
from datetime import date
from pathlib import Path

from dateline.extract.dates import tag_dates

GOLD = Path(__file__).parent / "data" / "timex_gold.jsonl"


def score() -> dict[str, float]:
    tp_span = tp_value = predicted = gold_total = 0
    for line in GOLD.read_text().splitlines():
        item = json.loads(line)
        found = {e.text: e.value for e in tag_dates(item["text"], date.fromisoformat(item["published"]))
                 if e.type in ("DATE", "DURATION")}
        gold = dict(item["timex"])
        predicted += len(found)
        gold_total += len(gold)
        for text, value in gold.items():
            if text in found:
                tp_span += 1
                tp_value += found[text] == value
    p, r = tp_span / predicted, tp_span / gold_total
    vp, vr = tp_value / predicted, tp_value / gold_total
    return {"span_f1": 2 * p * r / (p + r), "value_f1": 2 * vp * vr / (vp + vr)}


def test_value_f1_floor():
    result = score()
    assert result["span_f1"] >= 0.9 and result["value_f1"] >= 0.85, result
