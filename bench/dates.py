"""Temporal tagging speed and quality: dateline's tagger vs dateparser.search_dates, same texts, same run.

    python bench/dates.py [--texts 300]

Speed: texts/s and expressions/s over a deterministic corpus of ~3 KB news
texts. Quality: value F1 on tests/data/timex_gold.jsonl for both.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build  # noqa: E402

import dateparser.search  # noqa: E402

from dateline.extract.dates import _tag_cached, tag_dates  # noqa: E402

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "timex_gold.jsonl"


def naive(text: str, published: date) -> list[tuple[str, str]]:
    base = datetime.combine(published, datetime.min.time())
    found = dateparser.search.search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    return [(t, d.date().isoformat()) for t, d in found]


def value_f1(predict) -> float:  # type: ignore[no-untyped-def]
    tp = predicted = gold_total = 0
    for line in GOLD.read_text().splitlines():
        item = json.loads(line)
        found = dict(predict(item["text"], date.fromisoformat(item["published"])))
        gold = {t: v for t, v in item["timex"] if not v.startswith("P")}
        predicted += len(found)
        gold_total += len(gold)
        tp += sum(1 for t, v in gold.items() if t in found and (found[t] == v or found[t].startswith(v)))
    p, r = tp / max(predicted, 1), tp / max(gold_total, 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def ours(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.text, e.date_start.isoformat() if e.precision == "day" and e.date_start else e.value)
            for e in tag_dates(text, published) if e.type == "DATE"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=int, default=300)
    args = parser.parse_args()
    corpus = build(args.texts, seed=11)
    tag_dates("warm up on Sunday", date(2025, 1, 1))
    _tag_cached.cache_clear()
    t = time.perf_counter()
    n_ours = sum(len(tag_dates(text, pub)) for _, text, pub in corpus)
    ours_s = time.perf_counter() - t
    sample = corpus[: max(20, args.texts // 10)]
    t = time.perf_counter()
    n_naive = sum(len(naive(text, pub)) for _, text, pub in sample)
    naive_s = time.perf_counter() - t
    ours_rate, naive_rate = len(corpus) / ours_s, len(sample) / naive_s
    print(f"dateline tag_dates:        {ours_rate:8.1f} texts/s, {n_ours / ours_s:9.0f} expressions/s")
    print(f"dateparser.search_dates:   {naive_rate:8.1f} texts/s, {n_naive / naive_s:9.0f} expressions/s "
          f"({len(sample)} texts)")
    print(f"speed ratio: {ours_rate / naive_rate:.0f}x")
    print(f"value F1 on {GOLD.name} (dates): dateline {value_f1(ours):.2f}, search_dates {value_f1(naive):.2f}")


if __name__ == "__main__":
    main()
