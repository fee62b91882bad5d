"""The timeline list: a line-API ScrollView paged from SQLite.

Only the rows on screen are rendered; rows come from pages of PAGE events
kept in a small LRU, fetched by keyset next to a known page or by one OFFSET
scan after a jump. Memory stays flat whether there are a hundred events or a
million.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from dateline.safe_text import visible
from dateline.store.rows import EventRow
from dateline.store.timeline import Timeline, key_of

PAGE = 100
MAX_PAGES = 64

TYPE_LABELS = {
    "Battles": ("BAT", "bold red"),
    "Explosions/Remote violence": ("EXP", "bold dark_orange"),
    "Violence against civilians": ("VAC", "bold magenta"),
    "Protests": ("PRO", "bold cyan"),
    "Riots": ("RIO", "bold yellow"),
    "Strategic developments": ("STR", "bold blue"),
}
STATUS_MARKS = {"unreviewed": "·", "confirmed": "✓", "corrected": "✎", "rejected": "✗"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_label(event: EventRow) -> str:
    """A date shown at its precision: '13–14 Sep 2025', 'Oct 2025', '2022'."""
    if not event.date_start:
        return "undated"
    start = date.fromisoformat(event.date_start)
    end = date.fromisoformat(event.date_end) if event.date_end else start
    if event.date_precision == "year":
        return str(start.year)
    if event.date_precision == "month":
        return f"{MONTHS[start.month - 1]} {start.year}"
    if end == start:
        return f"{start.day} {MONTHS[start.month - 1]} {start.year}"
    if (end.year, end.month) == (start.year, start.month):
        return f"{start.day}–{end.day} {MONTHS[start.month - 1]} {start.year}"
    if end.year == start.year:
        return f"{start.day} {MONTHS[start.month - 1]}–{end.day} {MONTHS[end.month - 1]} {start.year}"
    return f"{start.isoformat()}–{end.isoformat()}"


def gap_label(previous: EventRow | None, event: EventRow) -> str:
    """'+12d' for twelve empty days between two event days ('+3y' for years)."""
    if previous is None or not previous.date_start or not event.date_start:
        return ""
    days = (date.fromisoformat(event.date_start) - date.fromisoformat(previous.date_start)).days - 1
    if days < 1:
        return ""
    return f"+{days}d" if days < 1000 else f"+{days // 365}y"


class TimelineView(ScrollView, can_focus=True, inherit_bindings=False):
    """Events in timeline order, one line each, the first of each day dated."""

    DEFAULT_CSS = """
    TimelineView { background: $surface; }
    """

    class Highlighted(Message):
        """The cursor moved to another event (or there is none)."""

        def __init__(self, event: EventRow | None, index: int) -> None:
            super().__init__()
            self.event = event
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source: Timeline | None = None
        self.total = 0
        self.cursor = 0
        self._pages: OrderedDict[int, list[EventRow]] = OrderedDict()

    # -- data -------------------------------------------------------------

    def set_source(self, source: Timeline, total: int, cursor: int = 0) -> None:
        self.source = source
        self.total = total
        self._pages.clear()
        self.virtual_size = Size(self.size.width, total)
        self.move_to(min(max(cursor, 0), max(total - 1, 0)), force=True)
        self.refresh()

    def invalidate(self) -> None:
        """Forget cached rows (after an edit) and redraw."""
        self._pages.clear()
        self.refresh()

    def _page(self, number: int) -> list[EventRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        assert self.source is not None
        if number - 1 in self._pages and self._pages[number - 1]:
            page = self.source.after(key_of(self._pages[number - 1][-1]), PAGE)
        elif number + 1 in self._pages and self._pages[number + 1]:
            page = self.source.before(key_of(self._pages[number + 1][0]), PAGE)
        elif number * PAGE > self.total // 2:  # nearer the end: count back from it
            size = min(PAGE, self.total - number * PAGE)
            page = self.source.from_end(self.total - number * PAGE - size, size)
        else:
            page = self.source.at(number * PAGE, PAGE)
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row(self, index: int) -> EventRow | None:
        if self.source is None or not 0 <= index < self.total:
            return None
        page = self._page(index // PAGE)
        offset = index % PAGE
        return page[offset] if offset < len(page) else None

    @property
    def current(self) -> EventRow | None:
        return self.row(self.cursor)

    # -- cursor -----------------------------------------------------------

    def move_to(self, index: int, force: bool = False) -> None:
        if self.total == 0:
            self.cursor = 0
            self.post_message(self.Highlighted(None, 0))
            self.refresh()
            return
        index = min(max(index, 0), self.total - 1)
        if index == self.cursor and not force:
            return
        self.cursor = index
        height = max(self.scrollable_content_region.height, 1)
        top = self.scroll_offset.y
        if index < top:
            self.scroll_to(y=index, animate=False, immediate=True)
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False, immediate=True)
        self.refresh()
        self.post_message(self.Highlighted(self.current, index))

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.total)

    # -- rendering --------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.size.width
        event = self.row(index)
        if event is None:
            return Strip.blank(width, self.rich_style)
        previous = self.row(index - 1) if index > 0 else None
        text = self.format_row(event, previous, width, index == self.cursor, top=y == 0)
        base = self.rich_style
        # Every segment gets a real style: NO_COLOR's monochrome filter needs one.
        segments = [Segment(seg.text, base + seg.style if seg.style else base, seg.control)
                    for seg in text.render(self.app.console)]
        return Strip(segments).crop_extend(0, width, base).simplify()

    def format_row(self, event: EventRow, previous: EventRow | None, width: int, selected: bool,
                   top: bool = False) -> Text:
        new_day = top or previous is None or previous.date_start != event.date_start or \
            previous.date_precision != event.date_precision
        label, colour = TYPE_LABELS.get(event.type, ("???", "bold"))
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("▸" if selected else " ", "bold")
        text.append(f"{date_label(event) if new_day else '':<15}", "bold" if new_day else "")
        gap = gap_label(previous, event) if new_day and (previous is None or previous.date_start != event.date_start) else ""
        text.append(f"{gap:>5} ", "dim")
        text.append(f"{label} ", colour)
        sub_width = 24 if width >= 90 else 16
        text.append(f"{visible(event.subtype)[:sub_width]:<{sub_width}} ")
        place = visible(event.location or event.country or "–")
        place_width = max(8, width - text.cell_len - 9)
        text.append(f"{place[:place_width]:<{place_width}} ")
        killed = "" if event.fatalities is None else str(event.fatalities)
        text.append(f"{killed:>4}", "bold" if event.fatalities else "dim")
        text.append(f" {STATUS_MARKS.get(event.status, '?')}", "bold green" if event.status != "unreviewed" else "dim")
        if event.flagged:
            text.append("!", "bold red")
        if selected:
            text.stylize(Style(reverse=True))
        return text
