"""The timeline app: step through events, read their evidence, review them.

The App owns the state (filter, search, current event); the timeline widget
renders pages from SQLite; slow whole-table work (density, review counts)
runs in a thread worker with its own connection and posts back.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from dateline.extract.dates import tag_dates
from dateline.extract.user_dates import parse_user_date
from dateline.safe_text import visible
from dateline.store import EventFilter, EventRow, Store, StoreError, open_store
from dateline.store.review import Reviewer, annotator_name
from dateline.store.timeline import Timeline, fill_weeks, key_of
from dateline.tui.bindings import ACTIONS, bindings
from dateline.extract.segment import sentences
from dateline.tui.screens import EditScreen, FilterScreen, HelpScreen, HistoryScreen, PromptScreen, SentencePicker
from dateline.tui.timeline import TYPE_LABELS, TimelineView, date_label

BARS = " ▁▂▃▄▅▆▇█"
NARROW = 100  # below this many columns the panes stack


def render_article(text: str, focus: tuple[int, int] | None, others: list[tuple[int, int]],
                   dates: list[tuple[int, int]]) -> Text:
    """The article with the evidence in reverse video, other events' evidence
    underlined and temporal expressions in italics (visible without colour too)."""
    out = Text(visible(text, multiline=True))
    for start, end in dates:
        out.stylize("italic green", start, end)
    for start, end in others:
        out.stylize("underline", start, end)
    if focus:
        out.stylize("reverse bold", *focus)
    return out


class ArticlePane(VerticalScroll):
    """The article; its own keys (a new event from a sentence) work while it has focus."""

    BINDINGS = bindings("article")


class DatelineApp(App[None]):
    TITLE = "dateline"
    CSS_PATH = "app.tcss"
    BINDINGS = bindings()

    def __init__(self, db_path: str, read_only: bool = False, annotator: str | None = None) -> None:
        super().__init__()
        self.db_path = str(db_path)
        self.read_only = read_only or (Path(db_path).exists() and not os.access(db_path, os.W_OK))
        self.annotator = annotator_name(annotator)
        self.flt = EventFilter()
        self.search_text: str | None = None
        self.store: Store | None = None
        self.source: Timeline | None = None
        self.reviewed = 0
        self.density: list[tuple[date, int]] = []
        self._articles: dict[int, tuple[str, date | None, str | None, str | None]] = {}

    # -- layout -----------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="topbar", markup=False)
        yield Static(id="density", markup=False)
        with Horizontal(id="main"):
            yield TimelineView(id="timeline")
            with Vertical(id="side"):
                with VerticalScroll(id="detail-scroll"):
                    yield Static(id="detail", markup=False)
                with ArticlePane(id="article-scroll"):
                    yield Static(id="article", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        try:
            self.store = open_store(self.db_path, readonly=self.read_only)
        except StoreError as exc:
            if self.read_only or "readonly" not in str(exc).replace("-", ""):
                self.exit(message=str(exc))
                return
            # A file we may read but not write: browse it, and say so.
            self.read_only = True
            self.store = open_store(self.db_path, readonly=True)
        self.query_one(TimelineView).focus()
        self._apply_layout(self.size.width)
        self.reload()

    def on_resize(self, event: Any) -> None:
        self._apply_layout(event.size.width)
        self._draw_density()

    def _apply_layout(self, width: int) -> None:
        self.screen.set_class(width < NARROW, "narrow")

    # -- data -------------------------------------------------------------

    @property
    def timeline(self) -> TimelineView:
        return self.query_one(TimelineView)

    def reload(self, keep: EventRow | None = None) -> None:
        """Re-query counts and pages for the current filter; keep the cursor on `keep`."""
        assert self.store is not None
        self.source = Timeline(self.store, self.flt)
        total = self.source.count()
        cursor = self.source.position(key_of(keep)) if keep else 0
        self.timeline.set_source(self.source, total, cursor)
        self._draw_topbar()
        self._stats_worker(self.flt)
        if total == 0:
            self._show_empty()

    @work(thread=True, exclusive=True, group="stats")
    def _stats_worker(self, flt: EventFilter) -> None:
        """Density and review counts scan the table: off the UI thread, own connection."""
        with open_store(self.db_path, readonly=True) as store:
            source = Timeline(store, flt)
            density, reviewed = fill_weeks(source.weekly_density()), source.reviewed()
        self.call_from_thread(self._stats_ready, flt, density, reviewed)

    def _stats_ready(self, flt: EventFilter, density: list[tuple[date, int]], reviewed: int) -> None:
        if flt != self.flt:
            return
        self.density, self.reviewed = density, reviewed
        self._draw_topbar()
        self._draw_density()

    def _article(self, article_id: int) -> tuple[str, date | None, str | None, str | None]:
        if article_id not in self._articles:
            assert self.store is not None
            art = self.store.get_article(article_id)
            if art is None:
                return ("", None, None, None)
            if len(self._articles) > 64:
                self._articles.clear()
            self._articles[article_id] = (art.text, art.published, art.title, art.source)
        return self._articles[article_id]

    # -- drawing ----------------------------------------------------------

    def _draw_topbar(self) -> None:
        total = self.timeline.total
        text = Text()
        text.append(" dateline ", "bold reverse")
        position = f" {self.timeline.cursor + 1 if total else 0}/{total} events"
        text.append(position, style="bold")
        text.append(f" · reviewed {self.reviewed}")
        if self.read_only:
            text.append(" · READ-ONLY", style="bold red")
        active = self.flt.describe()
        if active:
            text.append(" · filter: " + visible("; ".join(active)), style="yellow")
        if self.search_text:
            text.append(" · search: " + visible(self.search_text), style="cyan")
        self.query_one("#topbar", Static).update(text)

    def _draw_density(self) -> None:
        widget = self.query_one("#density", Static)
        width = max(10, widget.size.width or self.size.width)
        if not self.density:
            widget.update(Text(""))
            return
        buckets = [0] * width
        first, last = self.density[0][0], self.density[-1][0]
        span = max((last - first).days, 1)
        for week, count in self.density:
            buckets[min(width - 1, (week - first).days * (width - 1) // span)] += count
        peak = max(buckets) or 1
        text = Text()
        current = self.timeline.current
        cursor_bucket = None
        if current and current.date_start:
            days = (date.fromisoformat(current.date_start) - first).days
            cursor_bucket = min(width - 1, max(0, days * (width - 1) // span))
        for i, count in enumerate(buckets):
            level = 0 if count == 0 else 1 + count * (len(BARS) - 2) // peak
            text.append(BARS[level] if i != cursor_bucket else "▲", "bold reverse" if i == cursor_bucket else "")
        widget.update(text)

    def _show_empty(self) -> None:
        detail = self.query_one("#detail", Static)
        if self.flt.is_empty():
            detail.update(Text(
                "No events yet.\n\nLoad articles from a shell:\n  dateline load PATH...\n"
                "or start with them:\n  dateline sample_articles/\n\nThen press r to reload.", style="bold"))
        else:
            detail.update(Text(
                "No events match the filters:\n  " + visible("\n  ".join(self.flt.describe())) +
                "\n\nPress F to clear all filters, or f to change them.", style="bold"))
        self.query_one("#article", Static).update("")

    def on_timeline_view_highlighted(self, message: TimelineView.Highlighted) -> None:
        self._draw_topbar()
        self._draw_density()
        if message.event is None:
            if self.timeline.total == 0:
                self._show_empty()
            return
        self._show_event(message.event)

    def _show_event(self, e: EventRow) -> None:
        text, published, title, source = self._article(e.article_id)
        label, colour = TYPE_LABELS.get(e.type, ("???", "bold"))
        d = Text()
        d.append(f"{label} ", colour)
        d.append(f"{e.type} / {e.subtype}", "bold")
        d.append(f"   #{e.id} r{e.revision} {e.status}{' (' + e.origin + ')' if e.origin != 'machine' else ''}\n")
        d.append(f"When   {date_label(e)} ({e.date_precision})")
        if e.date_text or e.date_rule:
            d.append(f" ← “{visible(e.date_text or '')}” by rule {e.date_rule or '?'}", "dim")
        d.append("\nWhere  " + visible(", ".join(x for x in (e.location, e.admin1, e.country) if x) or "–"))
        if e.latitude is not None:
            d.append(f" ({e.latitude:.3f}, {e.longitude:.3f})", "dim")
        killed = "unknown" if e.fatalities is None else str(e.fatalities)
        d.append(f"\nKilled {killed}" + (f" (“{visible(e.fatalities_text)}”)" if e.fatalities_text else ""))
        d.append(f"   aggregate {'yes' if e.aggregate else 'no'}   confidence {e.confidence:.2f}")
        d.append("\nWho    " + visible("; ".join(e.actors) or "–"))
        if e.actors_normalized and e.actors_normalized != e.actors:
            d.append(" = " + visible("; ".join(e.actors_normalized)), "dim")
        d.append("\nFrom   " + visible(title or e.article_ref), "bold")
        d.append(f" · {visible(source or '')} · published {published or 'unknown'}", "dim")
        if e.notes or e.tags:
            d.append("\nNotes  " + visible(e.notes or "") + (" [" + visible(", ".join(e.tags)) + "]" if e.tags else ""),
                     "yellow")
        if e.flagged:
            d.append("\nFlag   " + visible(e.flagged), "bold red")
        self.query_one("#detail", Static).update(d)
        self._show_article(e, text, published)

    def _show_article(self, e: EventRow, text: str, published: date | None) -> None:
        assert self.store is not None
        others = [(o.evidence_start, o.evidence_end) for o in self.store.events_of_article(e.article_id)
                  if o.id != e.id]
        dates = [(x.start, x.end) for x in tag_dates(text, published) if x.type in ("DATE", "TIME")]
        rendered = render_article(text, (e.evidence_start, e.evidence_end), others, dates)
        self.query_one("#article", Static).update(rendered)
        scroll = self.query_one("#article-scroll", VerticalScroll)
        width = max(20, scroll.size.width - 2)
        line = 0
        consumed = 0
        for wrapped in rendered.wrap(self.console, width):
            consumed += len(wrapped.plain) + 1
            if consumed > e.evidence_start:
                break
            line += 1
        scroll.scroll_to(y=max(0, line - 2), animate=False)

    # -- navigation actions ----------------------------------------------

    def action_move(self, delta: int) -> None:
        self.timeline.move_to(self.timeline.cursor + delta)

    def action_page(self, direction: int) -> None:
        self.timeline.move_to(self.timeline.cursor + direction * max(1, self.timeline.size.height - 1))

    def action_edge(self, end: int) -> None:
        self.timeline.move_to(self.timeline.total - 1 if end else 0)

    def _day_of_cursor(self) -> date | None:
        current = self.timeline.current
        return date.fromisoformat(current.date_start) if current and current.date_start else None

    def _move_to_key(self, key: tuple[str, int]) -> None:
        """Move the cursor to the first event at or after `key`, counting only the
        rows in between (cheap at any depth of a million-event timeline)."""
        assert self.source is not None
        current = self.timeline.current
        if current is None:
            self.timeline.move_to(self.source.position(key))
            return
        here = key_of(current)
        if key >= here:
            self.timeline.move_to(self.timeline.cursor + self.source.count_between(here, key))
        else:
            self.timeline.move_to(self.timeline.cursor - self.source.count_between(key, here))

    def _jump_to_date(self, day: date) -> None:
        self._move_to_key((day.isoformat(), 0))

    def action_day(self, direction: int) -> None:
        day = self._day_of_cursor()
        current = self.timeline.current
        if day is None or current is None or self.source is None:
            return
        if direction > 0:
            self._jump_to_date(day + timedelta(days=1))
            return
        self._jump_to_date(day)  # the first event of this day...
        if key_of(self.timeline.current) == key_of(current):  # ...or, already there, of the day before
            previous = self.timeline.row(self.timeline.cursor - 1)
            if previous and previous.date_start:
                self._jump_to_date(date.fromisoformat(previous.date_start))

    def action_month(self, direction: int) -> None:
        day, current = self._day_of_cursor(), self.timeline.current
        if day is None or current is None:
            return
        first = day.replace(day=1)
        if direction > 0:
            self._jump_to_date((first + timedelta(days=32)).replace(day=1))
            return
        self._jump_to_date(first)
        if self.timeline.current is not None and self.timeline.current.id == current.id:
            self._jump_to_date((first - timedelta(days=1)).replace(day=1))  # already at the month's start

    def action_jump(self) -> None:
        current = self.timeline.current

        def done(value: str | None) -> None:
            if not value:
                return
            try:
                anchor = date.fromisoformat(current.published) if current and current.published else date.today()
                span = parse_user_date(value, anchor)
            except ValueError as exc:
                self.notify(str(exc), severity="error")
                return
            self._jump_to_date(span.start)

        self.push_screen(PromptScreen("Jump to date", "2025-09, 13 sept, last monday",
                                      hint="Relative dates count from the current event's publication date."), done)

    def action_search(self) -> None:
        def done(value: str | None) -> None:
            if value is None:
                return
            self.search_text = value.strip() or None
            self._draw_topbar()
            if self.search_text:
                self.action_hit(1, from_start=True)

        self.push_screen(PromptScreen("Search evidence and article text", "words to find",
                                      value=self.search_text or "", hint="n / N: next / previous hit"), done)

    def action_hit(self, direction: int, from_start: bool = False) -> None:
        if not self.search_text or self.source is None:
            self.notify("No search yet: press / to search", severity="warning")
            return
        current = self.timeline.current
        key = ("", 0) if from_start or current is None else key_of(current)
        hit = self.source.next_hit(self.search_text, key, forward=direction > 0)
        if hit is None:
            self.notify(f"No {'more ' if not from_start else ''}matches for {visible(self.search_text)!r}",
                        severity="warning", markup=False)
            return
        self._move_to_key(key_of(hit))

    def action_filter(self) -> None:
        def done(flt: EventFilter | None) -> None:
            if flt is not None:
                self.flt = flt
                self.reload()

        self.push_screen(FilterScreen(self.flt), done)

    def action_clear_filter(self) -> None:
        self.flt = EventFilter()
        self.reload(self.timeline.current)

    def action_focus_article(self) -> None:
        self.query_one("#article-scroll").focus()

    def action_reload(self) -> None:
        self._articles.clear()
        self.reload(self.timeline.current)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Any:
        yield from super().get_system_commands(screen)
        for action in ACTIONS:
            yield SystemCommand(action.description, f"{action.group} · key {action.keys.split(',')[0]}",
                                lambda a=action.action.removeprefix("app."): self.run_action(a))

    # -- review actions ---------------------------------------------------

    def _reviewer(self) -> Reviewer | None:
        if self.read_only or self.store is None:
            self.notify("This database is open read-only", severity="error")
            return None
        return Reviewer(self.store, self.annotator)

    def _apply(self, change: Any, keep: EventRow | None = None) -> None:
        """Run one review change; refresh what it touched; explain refusals."""
        try:
            row = change()
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False, timeout=8)
            self.timeline.invalidate()
            if self.timeline.current:
                self._show_event(self.store.get_event(self.timeline.current.id) or self.timeline.current)  # type: ignore[union-attr]
            return
        self.timeline.invalidate()
        self._stats_worker(self.flt)
        target = keep or (row if isinstance(row, EventRow) else None)
        if target is not None and self.source is not None:
            self.timeline.total = self.source.count()
            self.timeline.move_to(self.source.position(key_of(target)), force=True)
        return row

    def action_review(self, verb: str) -> None:
        event, reviewer = self.timeline.current, self._reviewer()
        if event is None or reviewer is None:
            return
        self._apply(lambda: getattr(reviewer, verb)(event.id, event.revision))
        self.notify(f"{verb}ed event {event.id}" if verb != "confirm" else f"confirmed event {event.id}")

    def action_next_unreviewed(self) -> None:
        current = self.timeline.current
        if self.source is None:
            return
        target = self.source.next_unreviewed(key_of(current) if current else ("", 0))
        if target is None:
            self.notify("Everything shown is reviewed")
            return
        self._move_to_key(key_of(target))

    def action_edit(self) -> None:
        event, reviewer = self.timeline.current, self._reviewer()
        if event is None or reviewer is None:
            return

        def done(changes: dict[str, Any] | None) -> None:
            if changes:
                self._apply(lambda: reviewer.edit(event.id, event.revision, changes))
                self.notify(f"saved event {event.id}: {', '.join(sorted(changes))}")

        self.push_screen(EditScreen(event), done)

    def action_note(self) -> None:
        event, reviewer = self.timeline.current, self._reviewer()
        if event is None or reviewer is None:
            return

        def done(value: str | None) -> None:
            if value is None:
                return
            note, _, tags = value.partition("#")
            tag_list = [t.strip() for t in tags.split(",") if t.strip()] if tags else None
            self._apply(lambda: reviewer.annotate(event.id, event.revision, note.strip(), tag_list))

        self.push_screen(PromptScreen("Note (add tags after #, comma-separated)", "note # tag1, tag2",
                                      value=(event.notes or "") + (" # " + ", ".join(event.tags) if event.tags else "")),
                         done)

    def action_new(self) -> None:
        """A human-added event: pick the sentence, then fill in the form."""
        event, reviewer = self.timeline.current, self._reviewer()
        if event is None or reviewer is None:
            return
        text = self._article(event.article_id)[0]
        spans = [(s.start, s.end) for s in sentences(text)]

        def picked(span: tuple[int, int] | None) -> None:
            if span is None:
                return
            fields = {"type": event.type, "subtype": event.subtype, "evidence_start": span[0], "evidence_end": span[1],
                      "date_start": event.date_start, "date_end": event.date_end,
                      "date_precision": event.date_precision, "country": event.country}
            added = self._apply(lambda: reviewer.add(event.article_id, fields))
            if isinstance(added, EventRow):
                self.notify(f"added event {added.id}: now set its fields")
                self.action_edit()

        self.push_screen(SentencePicker(text, spans, event.evidence_start), picked)

    def action_merge(self) -> None:
        event, reviewer = self.timeline.current, self._reviewer()
        if event is None or reviewer is None:
            return

        def done(value: str | None) -> None:
            if value and value.strip().lstrip("#").isdigit():
                target = int(value.strip().lstrip("#"))
                self._apply(lambda: reviewer.merge(event.id, event.revision, target), keep=None)
                self.reload(self.store.get_event(target) if self.store else None)
            elif value:
                self.notify("Give the id of the event to merge into, e.g. 42", severity="error")

        self.push_screen(PromptScreen(f"Merge event {event.id} into event id", "event id (shown as #id)"), done)

    def action_split(self) -> None:
        event, reviewer = self.timeline.current, self._reviewer()
        if event is None or reviewer is None:
            return
        evidence = event.evidence
        cuts = [i + 1 for i, ch in enumerate(evidence[:-1]) if ch in ",;" and evidence[i + 1] == " "]
        if not cuts:
            self.notify("No clause boundary (, or ;) inside this evidence to split at", severity="warning")
            return
        middle = min(cuts, key=lambda i: abs(i - len(evidence) // 2))
        self._apply(lambda: reviewer.split(event.id, event.revision, event.evidence_start + middle)[0])

    def action_undo(self) -> None:
        self._replay("undo")

    def action_redo(self) -> None:
        self._replay("redo")

    def _replay(self, verb: str) -> None:
        reviewer = self._reviewer()
        if reviewer is None:
            return
        try:
            result = getattr(reviewer, verb)()
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False, timeout=8)
            return
        if result is None:
            self.notify(f"Nothing to {verb}")
            return
        self.notify(result.summary, markup=False)
        self.reload(self.store.get_event(result.event_ids[0]) if self.store else None)

    def action_history(self) -> None:
        event = self.timeline.current
        if event is None or self.store is None:
            return
        self.push_screen(HistoryScreen(event.id, self.store.revisions(event.id)))


def run_app(db_path: str, read_only: bool = False, annotator: str | None = None) -> None:
    DatelineApp(db_path, read_only=read_only, annotator=annotator).run()
