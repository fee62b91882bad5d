"""Scoring predicted events against gold, exactly as ../shared/gold/score.py does.

A prediction matches a gold event of the same article when its evidence span
overlaps the gold evidence (or an `also` sentence) by at least 30% of the
shorter span; matching is one-to-one, preferring pairs whose fields agree.
Optional gold neither helps recall nor counts as a false positive.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

FIELDS = ("date_start", "type", "subtype", "location", "fatalities")
FULL_FIELDS = ("date_start", "type", "location", "fatalities")


def _fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def find_span(text: str, fragment: str | None) -> tuple[int, int] | None:
    if not fragment:
        return None
    i = text.find(fragment)
    if i >= 0:
        return i, i + len(fragment)
    m = re.search(r"\s+".join(re.escape(w) for w in fragment.split()), text)
    return (m.start(), m.end()) if m else None


def overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> float:
    if not a or not b:
        return 0.0
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / min(a[1] - a[0], b[1] - b[0]) if inter > 0 else 0.0


def field_agreement(p: dict[str, Any], g: dict[str, Any]) -> dict[str, bool]:
    if g.get("location") is None:
        loc = True
    else:
        pl, gl = _fold(p.get("location")), _fold(g["location"])
        loc = bool(pl) and (pl in gl or gl in pl)
    return {
        "date_start": (p.get("date_start") or None) == (g.get("date_start") or None),
        "type": (p.get("type") or "").lower() == (g.get("type") or "").lower(),
        "subtype": (p.get("subtype") or "").lower() == (g.get("subtype") or "").lower(),
        "location": loc,
        "fatalities": p.get("fatalities") == g.get("fatalities"),
    }


def _pred_span(text: str, p: dict[str, Any]) -> tuple[int, int] | None:
    span = find_span(text, p.get("evidence"))
    if span:
        return span
    a, b = p.get("evidence_start"), p.get("evidence_end")
    if isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text):
        return a, b
    return None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_matched: int = 0
    predicted: int = 0
    unlocatable_evidence: int = 0
    fully_correct_count: int = 0
    gold_required: int = 0
    field_hits: dict[str, list[bool]] = field(default_factory=dict)
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def field_accuracy(self) -> dict[str, float]:
        return {k: sum(v) / len(v) for k, v in self.field_hits.items() if v}

    @property
    def fully_correct(self) -> float:
        return self.fully_correct_count / self.gold_required if self.gold_required else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "optional_matched": self.optional_matched,
            "field_accuracy": {k: round(v, 3) for k, v in self.field_accuracy.items()},
            "fully_correct": round(self.fully_correct, 3), "predicted": self.predicted,
            "unlocatable_evidence": self.unlocatable_evidence,
        }


def score(texts: dict[str, str], gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Score:
    """Score predictions (export records) against gold for the articles in `texts`."""
    result = Score()
    for aid in sorted(texts):
        text = texts[aid]
        g_events = [g for g in gold if g["article"] == aid]
        p_events = [p for p in pred if str(p.get("article_ref")) == aid]
        result.predicted += len(p_events)
        g_spans = [[s for s in (find_span(text, e) for e in [g["evidence"], *g.get("also", [])]) if s]
                   for g in g_events]
        p_spans = [_pred_span(text, p) for p in p_events]
        result.unlocatable_evidence += sum(1 for s in p_spans if s is None)
        cands = []
        for i, p in enumerate(p_events):
            for j, g in enumerate(g_events):
                ov = max((overlap(p_spans[i], s) for s in g_spans[j]), default=0.0)
                if ov >= 0.3:
                    cands.append((sum(field_agreement(p, g).values()) + ov, i, j))
        cands.sort(reverse=True)
        used_p: set[int] = set()
        used_g: set[int] = set()
        for _, i, j in cands:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            p, g = p_events[i], g_events[j]
            agree = field_agreement(p, g)
            if g.get("optional"):
                result.optional_matched += 1
            else:
                result.tp += 1
                result.fully_correct_count += all(agree[k] for k in FULL_FIELDS)
            for k, v in agree.items():
                result.field_hits.setdefault(k, []).append(v)
            result.pairs.append((p, g))
        for j, g in enumerate(g_events):
            if not g.get("optional"):
                result.gold_required += 1
                if j not in used_g:
                    result.fn += 1
                    result.misses.append(g)
        result.fp += sum(1 for i in range(len(p_events)) if i not in used_p)
        result.extras += [p for i, p in enumerate(p_events) if i not in used_p]
    return result
