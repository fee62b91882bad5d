"""`dateline eval`: score the extractor against gold or the analysts' own review."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import click

from dateline.cli_common import db_option, store_for
from dateline.extract import EXTRACTOR_VERSION, extract_events
from dateline.extract.records import Event
from dateline.extract.scoring import Score, field_agreement, score
from dateline.loader import iter_articles
from dateline.output import gold_row
from dateline.safe_text import visible


def prediction(ref: str, text: str, event: Event) -> dict[str, Any]:
    """An extracted event in the fields the scorer reads (as the JSONL export has them)."""
    return {
        "article_ref": ref, "type": event.type, "subtype": event.subtype,
        "date_start": event.date_start.isoformat() if event.date_start else None,
        "location": event.location, "fatalities": event.fatalities,
        "evidence": text[event.evidence_start:event.evidence_end],
        "evidence_start": event.evidence_start, "evidence_end": event.evidence_end,
    }


def predict(texts: dict[str, tuple[str, date | None]]) -> list[dict[str, Any]]:
    return [prediction(ref, text, e) for ref, (text, published) in texts.items()
            for e in extract_events(text, published)]


def _print(result: Score, verbose: bool, fmt: str, label: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(result.summary()))
        return
    s = result.summary()
    click.echo(f"{label} (extractor {EXTRACTOR_VERSION})")
    click.echo(f"  precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}"
               f"   (tp {s['tp']}, fp {s['fp']}, fn {s['fn']}, optional matched {s['optional_matched']})")
    click.echo("  field accuracy: " + ", ".join(f"{k} {v:.3f}" for k, v in s["field_accuracy"].items()))
    click.echo(f"  fully correct: {s['fully_correct']:.3f}")
    if not verbose:
        return
    for g in result.misses:
        click.echo(f"MISS  {g['article']} {g['type']}/{g['subtype']} {g.get('date_start')} "
                   f"{g.get('location')} {g.get('fatalities')} | {visible(g['evidence'][:100])}")
    for p in result.extras:
        click.echo(f"EXTRA {p['article_ref']} {p['type']}/{p['subtype']} {p.get('date_start')} "
                   f"{p.get('location')} {p.get('fatalities')} | {visible(p['evidence'][:100])}")
    for p, g in result.pairs:
        # The scorer's own verdict: "Gaza City" is right for "Sheikh Radwan, Gaza City".
        wrong = [f"{k}: {p.get(k)!r} != {g.get(k)!r}" for k, ok in field_agreement(p, g).items() if not ok]
        if wrong:
            click.echo(f"FIELD {g['article']} | {visible(g['evidence'][:60])} | " + "; ".join(wrong))


@click.command("eval")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--articles", "articles", multiple=True, metavar="PATH",
              help="Articles the gold refers to (any path `dateline load` reads; repeatable).")
@click.option("--reviewed", is_flag=True, help="Score against the analysts' reviewed events in the database.")
@db_option
@click.option("-v", "--verbose", is_flag=True, help="List misses, extras and wrong fields.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def eval_cmd(gold: str | None, articles: tuple[str, ...], reviewed: bool, db: str | None, verbose: bool,
             fmt: str) -> None:
    """Score extraction: precision, recall, F1, field accuracy, fully-correct share.

    \b
    Against a gold file (format: ../shared/gold/README.md):
      dateline eval ../shared/gold/seeds.jsonl --articles ../shared/seeds/articles.jsonl
      dateline eval tests/gold/sample_articles.jsonl --articles sample_articles/
    Against your own review (articles with no unreviewed events left;
    confirmed and corrected events are gold, rejected ones are not events):
      dateline eval --reviewed
    """
    if reviewed:
        with store_for(db) as store:
            texts, gold_rows = {}, []
            for ref, article in store.fully_reviewed_articles():
                texts[ref] = (article.text, article.published)
                gold_rows += [gold_row(e) for e in store.events_of_article(article.id)
                              if e.status in ("confirmed", "corrected")]
        if not texts:
            raise click.ClickException("no fully reviewed articles yet: review every event of an article first")
        label = f"against your review of {len(texts)} articles ({len(gold_rows)} events)"
    else:
        if not gold or not articles:
            raise click.UsageError("give a GOLD file and --articles PATH (or use --reviewed)")
        texts = {}
        for item in iter_articles(list(articles)):
            if item.article:
                texts[item.article.ref] = (item.article.text, item.article.published)
            else:
                click.echo(f"{item.origin}: {item.error}", err=True)
        try:
            with open(gold, encoding="utf-8") as fh:
                gold_rows = [json.loads(line) for line in fh if line.strip()]
        except (OSError, json.JSONDecodeError) as exc:
            raise click.ClickException(f"cannot read gold {gold}: {exc}") from exc
        label = f"{gold}: {len(gold_rows)} gold events in {len(texts)} articles"
    result = score({ref: t for ref, (t, _) in texts.items()}, gold_rows, predict(texts))
    _print(result, verbose, fmt, label)
