"""Modal screens: help, one-line prompts, filter, edit form, history.

All untrusted text goes in as `rich.text.Text` or with `markup=False`.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Select, Static
from textual.suggester import Suggester
from textual.widgets.option_list import Option

from dateline.extract.records import ACLED_TYPES, DATE_PRECISIONS
from dateline.extract.user_dates import parse_user_date
from dateline.safe_text import visible
from dateline.store.filters import EventFilter
from dateline.store.rows import REVIEW_STATUSES, EventRow
from dateline.tui.bindings import ACTIONS, key_label


class HelpScreen(ModalScreen[None]):
    """Every key, from the one bindings table."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, pad_edge=False, expand=True)
        table.add_column(style="dim", no_wrap=True)
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        group = None
        for action in ACTIONS:
            table.add_row(action.group if action.group != group else "", key_label(action.keys), action.description)
            group = action.group
        table.add_row("", "ctrl+p", "Command palette: every action by name")
        with VerticalScroll(id="help"):
            yield Static(Text("dateline — keys (esc to close)", style="bold"))
            yield Static(table)


class PromptScreen(ModalScreen[str | None]):
    """One line of input; returns the text, or None on escape."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, placeholder: str = "", value: str = "", hint: str = "") -> None:
        super().__init__()
        self.title_text, self.placeholder, self.value, self.hint = title, placeholder, value, hint

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Label(Text(self.title_text, style="bold"))
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")
            yield Static(Text(self.hint, style="dim"), id="prompt-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class FilterScreen(ModalScreen[EventFilter | None]):
    """All filters in one form; empty fields do not filter."""

    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "apply", "Apply")]
    FIELDS = (("date_from", "From (YYYY-MM-DD)"), ("date_to", "To (YYYY-MM-DD)"),
              ("location", "Location contains"), ("actor", "Actor contains"), ("article", "Article id"),
              ("text", "Text (full-text)"))

    def __init__(self, current: EventFilter) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="filter"):
            yield Label(Text("Filter events (enter to apply, esc to cancel)", style="bold"))
            types = [(t, t) for t in ACLED_TYPES]
            yield Select(types, prompt="Any event type", id="f-type",
                         value=self.current.types[0] if self.current.types else Select.NULL)
            subtypes = [(f"{s} ({t.split()[0]})", s) for t, subs in ACLED_TYPES.items() for s in subs]
            yield Select(subtypes, prompt="Any sub-type", id="f-subtype",
                         value=self.current.subtypes[0] if self.current.subtypes else Select.NULL)
            yield Select([(s, s) for s in (*REVIEW_STATUSES, "reviewed")], prompt="Any status", id="f-status",
                         value=self.current.statuses[0] if self.current.statuses else Select.NULL)
            for name, label in self.FIELDS:
                yield Input(value=getattr(self.current, name) or "", placeholder=label, id=f"f-{name}")
            yield Static("", id="filter-error")

    def _value(self, name: str) -> str | None:
        return self.query_one(f"#f-{name}", Input).value.strip() or None

    def action_apply(self) -> None:
        def chosen(widget_id: str) -> tuple[str, ...]:
            value = self.query_one(widget_id, Select).value
            return (str(value),) if value not in (Select.NULL, None) else ()

        values: dict[str, Any] = {name: self._value(name) for name, _ in self.FIELDS}
        for name in ("date_from", "date_to"):
            if values[name]:
                try:
                    values[name] = parse_user_date(values[name], None).start.isoformat()
                except ValueError as exc:
                    self.query_one("#filter-error", Static).update(Text(f"{name}: {exc}", style="bold red"))
                    return
        self.dismiss(EventFilter(types=chosen("#f-type"), subtypes=chosen("#f-subtype"),
                                 statuses=chosen("#f-status"), **values))

    def on_input_submitted(self) -> None:
        self.action_apply()

    def action_cancel(self) -> None:
        self.dismiss(None)


class PlaceSuggester(Suggester):
    """Completes place names from the packaged gazetteer (→ accepts)."""

    async def get_suggestion(self, value: str) -> str | None:
        from dateline.extract.places import complete

        return complete(value) if len(value) >= 2 else None


class EditScreen(ModalScreen[dict[str, Any] | None]):
    """Correct an event's fields; dates typed freely, resolved live."""

    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "save", "Save")]

    def __init__(self, event: EventRow) -> None:
        super().__init__()
        self.event = event
        self.published = date.fromisoformat(event.published) if event.published else None

    def compose(self) -> ComposeResult:
        e = self.event
        with VerticalScroll(id="edit"):
            yield Label(Text(f"Edit event {e.id} (ctrl+s or enter to save, esc to cancel)", style="bold"))
            yield Select([(t, t) for t in ACLED_TYPES], value=e.type, allow_blank=False, id="e-type")
            yield Select([(s, s) for s in ACLED_TYPES[e.type]], value=e.subtype, allow_blank=False, id="e-subtype")
            span = {"year": (e.date_start or "")[:4], "month": (e.date_start or "")[:7]}.get(
                e.date_precision, e.date_start if e.date_start == e.date_end else f"{e.date_start}..{e.date_end}")
            yield Input(value=span if e.date_start else "", placeholder="Date: 2025-09-13, 13-14 Sept, last Monday",
                        id="e-date")
            yield Static("", id="e-date-preview")
            yield Select([(p, p) for p in DATE_PRECISIONS], value=e.date_precision, allow_blank=False, id="e-precision")
            yield Input(value=e.location or "", placeholder="Location (→ completes from the gazetteer)",
                        id="e-location", suggester=PlaceSuggester(use_cache=True, case_sensitive=False))
            yield Input(value=e.admin1 or "", placeholder="Admin1 (province/state)", id="e-admin1")
            yield Input(value=e.country or "", placeholder="Country", id="e-country")
            yield Input(value="; ".join(e.actors), placeholder="Actors, separated by ;", id="e-actors")
            yield Input(value="" if e.fatalities is None else str(e.fatalities),
                        placeholder="Fatalities (empty = unknown)", id="e-fatalities")
            with Horizontal():
                yield Button("Save", variant="primary", id="e-save")
                yield Button("Cancel", id="e-cancel")
            yield Static("", id="e-error")

    def on_mount(self) -> None:
        self._preview(self.query_one("#e-date", Input).value)

    def on_select_changed(self, message: Select.Changed) -> None:
        if message.select.id == "e-type" and message.value in ACLED_TYPES:
            sub = self.query_one("#e-subtype", Select)
            sub.set_options([(s, s) for s in ACLED_TYPES[str(message.value)]])
            sub.value = ACLED_TYPES[str(message.value)][0] if self.event.type != message.value else self.event.subtype

    def on_input_changed(self, message: Input.Changed) -> None:
        if message.input.id == "e-date":
            self._preview(message.value)

    def _preview(self, value: str) -> None:
        preview = self.query_one("#e-date-preview", Static)
        if not value.strip():
            preview.update(Text("no date", style="dim"))
            return
        try:
            span = parse_user_date(value, self.published)
            preview.update(Text(f"→ {span.label()} ({span.precision})", style="green"))
        except ValueError as exc:
            preview.update(Text(f"✗ {exc}", style="bold red"))

    def on_button_pressed(self, message: Button.Pressed) -> None:
        self.action_save() if message.button.id == "e-save" else self.dismiss(None)

    def on_input_submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        error = self.query_one("#e-error", Static)
        value = lambda wid: self.query_one(wid, Input).value.strip()  # noqa: E731
        changes: dict[str, Any] = {
            "type": self.query_one("#e-type", Select).value, "subtype": self.query_one("#e-subtype", Select).value,
            "location": value("#e-location") or None, "admin1": value("#e-admin1") or None,
            "country": value("#e-country") or None,
            "actors": [a.strip() for a in value("#e-actors").split(";") if a.strip()],
        }
        fat = value("#e-fatalities")
        if fat and not fat.isdigit():
            error.update(Text("fatalities: a whole number, or empty for unknown", style="bold red"))
            return
        changes["fatalities"] = int(fat) if fat else None
        date_text = value("#e-date")
        if date_text:
            try:
                span = parse_user_date(date_text, self.published)
            except ValueError as exc:
                error.update(Text(f"date: {exc}", style="bold red"))
                return
            changes.update(date_start=span.start.isoformat(), date_end=span.end.isoformat(),
                           date_precision=span.precision)
            if (span.start.isoformat(), span.end.isoformat()) != (self.event.date_start, self.event.date_end):
                changes["date_text"] = date_text
        precision = self.query_one("#e-precision", Select).value
        if precision != self.event.date_precision and "date_precision" not in changes:
            changes["date_precision"] = precision
        if changes["location"] and changes["location"] != self.event.location:
            self._fill_from_gazetteer(changes)
        current = self.event.export()
        self.dismiss({k: v for k, v in changes.items() if current.get(k) != v})

    def _fill_from_gazetteer(self, changes: dict[str, Any]) -> None:
        """A new location brings its admin1, country and coordinates, unless typed in."""
        from dateline.extract.places import lookup

        place = lookup(changes["location"], changes["country"] or self.event.country)
        changes["latitude"] = place.latitude if place else None
        changes["longitude"] = place.longitude if place else None
        if place is None:
            return
        changes["location"] = place.name
        if changes["admin1"] == (self.event.admin1 or None):
            changes["admin1"] = place.admin1 or changes["admin1"]
        if changes["country"] == (self.event.country or None):
            changes["country"] = place.country or changes["country"]

    def action_cancel(self) -> None:
        self.dismiss(None)


class HistoryScreen(ModalScreen[None]):
    """Every revision of an event: who, when, what changed."""

    BINDINGS = [Binding("escape,q,h", "dismiss", "Close")]

    def __init__(self, event_id: int, revisions: list[dict[str, Any]]) -> None:
        super().__init__()
        self.event_id, self.revisions = event_id, revisions

    def compose(self) -> ComposeResult:
        text = Text(f"History of event {self.event_id} (esc to close)\n\n", style="bold")
        for rev in self.revisions:
            who = rev["annotator"] + (f" ({rev['extractor_version']})" if rev["extractor_version"] else "")
            text.append(f"r{rev['rev']}  {rev['at']}  {rev['action']:<8} {visible(who)}\n", style="bold")
            for field, (before, after) in rev["changes"].items():
                text.append(f"    {field}: {visible(json.dumps(before, ensure_ascii=False))} → "
                            f"{visible(json.dumps(after, ensure_ascii=False))}\n")
        with VerticalScroll(id="history"):
            yield Static(text)


class SentencePicker(ModalScreen[tuple[int, int] | None]):
    """Choose the evidence sentence for a new event, by keys."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, text: str, spans: list[tuple[int, int]], near: int) -> None:
        super().__init__()
        self.text, self.spans, self.near = text, spans, near

    def compose(self) -> ComposeResult:
        options = [Option(Text(visible(" ".join(self.text[s:e].split()))), id=str(i))
                   for i, (s, e) in enumerate(self.spans)]
        with Vertical(id="picker"):
            yield Label(Text("New event: choose its evidence sentence (↑↓, enter; esc cancels)", style="bold"))
            yield OptionList(*options, id="sentences")

    def on_mount(self) -> None:
        picker = self.query_one(OptionList)
        picker.highlighted = min(range(len(self.spans)), key=lambda i: abs(self.spans[i][0] - self.near), default=0)
        picker.focus()

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        self.dismiss(self.spans[int(message.option.id or 0)])

    def action_cancel(self) -> None:
        self.dismiss(None)
