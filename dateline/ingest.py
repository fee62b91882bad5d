"""Loading and re-extraction: loader -> extract -> store, each article all or nothing.

The CLI and the TUI both call these; they report progress through a callback
so neither this module nor the store knows about terminals.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.pool
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, BinaryIO

from dateline.extract import EXTRACTOR_VERSION, extract_events
from dateline.extract.records import Article, Event
from dateline.loader import LoadItem, iter_articles
from dateline.store import Store, StoreError, open_store
from dateline.store.db import EventValues, event_row
from dateline.store.errors import DiskFullError

CHUNK = 16  # articles handed to a worker process at a time


@dataclass
class LoadReport:
    loaded: int = 0
    skipped: int = 0
    events: int = 0
    failed: list[str] = field(default_factory=list)  # "origin: reason"
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


ExtractJob = tuple[str, date | None]  # an article's text and publication date: all extraction needs


def _extract(article: Article) -> list[Event]:
    return extract_events(article.text, article.published)


def _job(item: LoadItem) -> ExtractJob | None:
    return (item.article.text, item.article.published) if item.article else None


def _extract_rows(job: ExtractJob | None) -> list[EventValues]:
    """A job's events as rows ready to insert (see `event_row`)."""
    if job is None:
        return []
    text, published = job
    return [event_row(event, text) for event in extract_events(text, published)]


class _Pool(multiprocessing.pool.Pool):
    """A pool whose worker-keeping thread wakes only when a worker exits or the pool's work ends.

    The stock pool also wakes it on every result waiting in the result pipe, where it finds
    nothing to do and, the result being still unread, wakes again until the result thread
    has read it: some 300 idle turns a load, 0.1 s of this process's CPU taken from the
    workers (measured). Exits are still seen (worker sentinels) and the end of the work
    too (the change notifier, which stays in the list).
    """

    def _get_sentinels(self) -> list[Any]:
        return [self._change_notifier._reader]  # type: ignore[attr-defined]


def _extracted(items: Iterable[LoadItem], jobs: int) -> Iterator[tuple[LoadItem, list[EventValues]]]:
    """Items paired with their event rows, in order. With several jobs, worker
    processes extract ahead while this process writes, so both keep busy."""
    if jobs <= 1:
        yield from ((item, _extract_rows(_job(item))) for item in items)
        return
    from dateline.extract.places import world

    # Read once here and inherited by the forked workers; the small towns too, which
    # each worker otherwise read on its first article (0.1 s of CPU apiece).
    world().minor
    # A worker gets only the text and date and sends back only the rows (the item
    # stays here): imap keeps order, so each result pairs with the oldest item sent.
    sent: deque[LoadItem] = deque()

    def jobs_of_items() -> Iterator[ExtractJob | None]:
        for item in items:
            sent.append(item)
            yield _job(item)

    # What the workers inherit (modules, the gazetteer) is kept out of their collector's
    # sight: its full collections would walk, and so copy, every page shared with this
    # process (gc 0.04 -> 0.01 s of CPU per worker over 1,000 articles).
    gc.freeze()
    try:
        with _Pool(jobs, context=multiprocessing.get_context("fork")) as pool:
            for rows in pool.imap(_extract_rows, jobs_of_items(), chunksize=CHUNK):
                yield sent.popleft(), rows
    finally:
        gc.unfreeze()


def _write(store: Store, item: LoadItem, rows: list[EventValues], report: LoadReport) -> str:
    """Store one item; returns its outcome (loaded/skipped/failed)."""
    if item.error or not item.article:
        report.failed.append(f"{item.origin}: {item.error}")
        return "failed"
    if store.has_sha(item.article.sha256):  # a duplicate within this very load
        report.skipped += 1
        return "skipped"
    try:
        store.add_article_rows(item.article, rows, EXTRACTOR_VERSION)
    except DiskFullError:
        raise  # every later article would fail the same way
    except StoreError as exc:
        report.failed.append(f"{item.origin}: {exc}")
        return "failed"
    report.loaded += 1
    report.events += len(rows)
    return "loaded"


def load_paths(
    store: Store,
    paths: list[str],
    jobs: int = 1,
    on_item: Callable[[LoadItem, str], None] | None = None,
    stdin: BinaryIO | None = None,
) -> LoadReport:
    """Load every article under `paths`; bad items are reported, never fatal.

    `on_item(item, outcome)` is called after each item with outcome one of
    loaded/skipped/failed, for progress display.
    """
    report = LoadReport()
    # With workers, the reading side runs in the pool's feeder thread: it gets
    # a connection of its own (SQLite connections are not shared across threads).
    checker = open_store(store.path) if jobs > 1 else store

    def fresh() -> Iterator[LoadItem]:
        # Drop already-stored articles before paying for their extraction.
        for item in iter_articles(paths, stdin=stdin):
            for warning in item.warnings:
                report.warnings.append(f"{item.origin}: warning: {warning}")
            if item.article and checker.has_sha(item.article.sha256):
                report.skipped += 1
                if on_item:
                    on_item(item, "skipped")
                continue
            yield item

    with store.batch() as batch:
        for item, rows in _extracted(fresh(), jobs):
            outcome = _write(store, item, rows, report)
            batch.tick()
            if on_item:
                on_item(item, outcome)
    if checker is not store:
        checker.close()
    return report


def reextract(store: Store, on_article: Callable[[Article], None] | None = None) -> dict[str, int]:
    """Re-run extraction over stored articles, sparing every human decision."""
    totals = {"articles": 0, "replaced": 0, "added": 0, "kept": 0, "flagged": 0}
    with store.batch() as batch:
        for article in store.iter_articles():
            stats = store.replace_machine_events(
                article.id, article.text, _extract(article), EXTRACTOR_VERSION  # type: ignore[arg-type]
            )
            batch.tick()
            totals["articles"] += 1
            for key, value in stats.items():
                totals[key] += value
            if on_article:
                on_article(article)
    return totals


def set_article_date(store: Store, ref: str, published: date) -> dict[str, int]:
    """Set an article's publication date and re-resolve its relative dates."""
    article = store.get_article(ref)
    if article is None:
        raise StoreError(f"no article with id {ref!r}")
    store.set_published(article.id, published)  # type: ignore[arg-type]
    return store.replace_machine_events(
        article.id, article.text, extract_events(article.text, published), EXTRACTOR_VERSION  # type: ignore[arg-type]
    )
