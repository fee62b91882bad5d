"""Ingest speed: naive dateparser baseline vs dateline extraction vs a full `dateline load`.

    python bench/ingest.py [--articles 2000] [--baseline 150] [--jobs 2]

Prints articles/s for (a) dateparser.search_dates over each article (the naive
approach), (b) dateline's extract_events in one process, (c) a full
`dateline load` of the corpus (JSONL) into a fresh SQLite file, and ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build  # noqa: E402

from dateline.extract import extract_events  # noqa: E402


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else float("inf")


def cpu_seconds(usage: resource.struct_rusage) -> float:
    """User + system time: on a machine shared with other work, steadier than the wall clock."""
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--baseline", type=int, default=150, help="articles for the slow baseline")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    corpus = build(args.articles)
    kb = sum(len(t) for _, t, _ in corpus) / len(corpus) / 1024
    print(f"corpus: {len(corpus)} articles, {kb:.1f} KB average")

    import dateparser.search

    sample = corpus[: args.baseline]
    t = time.perf_counter()
    for _, text, pub in sample:
        dateparser.search.search_dates(text, languages=["en"],
                                       settings={"RELATIVE_BASE": datetime.combine(pub, datetime.min.time())})
    a = rate(len(sample), time.perf_counter() - t)
    print(f"(a) dateparser.search_dates baseline: {a:8.1f} articles/s  ({len(sample)} articles)")

    extract_events(corpus[0][1], corpus[0][2])  # warm the gazetteer once, as a long load would
    t = time.perf_counter()
    events = sum(len(extract_events(text, pub)) for _, text, pub in corpus)
    b = rate(len(corpus), time.perf_counter() - t)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(b) dateline extract_events:          {b:8.1f} articles/s  ({events} events, peak RSS {rss:.0f} MB)")

    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "corpus.jsonl"
        with feed.open("w") as fh:
            for ref, text, pub in corpus:
                fh.write(json.dumps({"id": ref, "text": text, "published": pub.isoformat()}) + "\n")
        t = time.perf_counter()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        proc = subprocess.run([sys.executable, "-m", "dateline", "load", str(feed), "--db", str(Path(tmp) / "b.db"),
                               "--quiet", "--jobs", str(args.jobs)], capture_output=True, text=True,
                              env={**os.environ, "PYTHONWARNINGS": "ignore"})
        c = rate(len(corpus), time.perf_counter() - t)
        cpu = cpu_seconds(resource.getrusage(resource.RUSAGE_CHILDREN)) - cpu_seconds(children)
        if proc.returncode:
            print("(c) dateline load failed:", proc.stderr.strip()[:300])
        else:
            print(f"(c) full `dateline load --jobs {args.jobs}`:    {c:8.1f} articles/s  (includes process start-up; "
                  f"{cpu:.2f} s of CPU in all its processes)")
    print(f"ratios: extraction/baseline {b / a:.1f}x, load/baseline {c / a:.1f}x")


if __name__ == "__main__":
    main()
