"""A deterministic corpus of ~3 KB news articles built from the bundled samples.

Paragraphs of the sample articles are recombined with varied publication
dates, so texts differ (no cache hits) while staying realistic news English.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from dateline.loader import iter_articles

SAMPLES = Path(__file__).resolve().parent.parent / "sample_articles"


def paragraphs() -> list[str]:
    paras: list[str] = []
    for item in iter_articles([str(SAMPLES)]):
        if item.article:
            paras += [p for p in item.article.text.split("\n\n") if len(p) > 80]
    return paras


def build(n: int, seed: int = 7) -> list[tuple[str, str, date]]:
    """(id, text, published) for n articles of about 3 KB each."""
    rng = random.Random(seed)
    paras = paragraphs()
    out = []
    for i in range(n):
        chosen, size = [], 0
        while size < 3000:
            p = rng.choice(paras)
            chosen.append(p)
            size += len(p) + 2
        published = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        out.append((f"bench-{i}", "\n\n".join(chosen), published))
    return out
