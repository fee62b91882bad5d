"""Every key of the app in one table: footer, help screen and command palette
read it, so they cannot drift apart. Each binding has an id, so a keymap
(`App.set_keymap`) can rebind it."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Action:
    id: str
    keys: str  # comma-separated Textual key names
    action: str
    description: str
    group: str
    footer: bool = False
    scope: str = "app"  # "article": only while the article pane has focus


ACTIONS: tuple[Action, ...] = (
    Action("next", "j,down", "move(1)", "Next event", "Move", True),
    Action("previous", "k,up", "move(-1)", "Previous event", "Move"),
    Action("next-day", "J", "day(1)", "Next day", "Move"),
    Action("previous-day", "K", "day(-1)", "Previous day", "Move"),
    Action("page-down", "pagedown", "page(1)", "Page down", "Move"),
    Action("page-up", "pageup", "page(-1)", "Page up", "Move"),
    Action("first", "g,home", "edge(0)", "First event", "Move"),
    Action("last", "G,end", "edge(1)", "Last event", "Move"),
    Action("previous-month", "left_square_bracket", "month(-1)", "Previous month", "Move"),
    Action("next-month", "right_square_bracket", "month(1)", "Next month", "Move"),
    Action("jump", "t", "jump", "Jump to a date", "Find", True),
    Action("search", "slash", "search", "Search text", "Find", True),
    Action("next-hit", "n", "hit(1)", "Next search hit", "Find"),
    Action("previous-hit", "N", "hit(-1)", "Previous search hit", "Find"),
    Action("filter", "f", "filter", "Filter events", "Find", True),
    Action("clear-filter", "F", "clear_filter", "Clear all filters", "Find"),
    Action("confirm", "c", "review('confirm')", "Confirm event", "Review", True),
    Action("reject", "x", "review('reject')", "Reject event", "Review", True),
    Action("next-unreviewed", "space", "next_unreviewed", "Next unreviewed", "Review"),
    Action("edit", "e", "edit", "Edit event", "Review", True),
    Action("note", "a", "note", "Note and tags", "Review"),
    Action("new", "n", "app.new", "New event (in the article pane)", "Review", scope="article"),
    Action("merge", "m", "merge", "Merge into another event", "Review"),
    Action("split", "s", "split", "Split event at a sentence", "Review"),
    Action("undo", "u", "undo", "Undo", "Review"),
    Action("redo", "ctrl+r", "redo", "Redo", "Review"),
    Action("history", "h", "history", "Event history", "Review"),
    Action("article", "o,enter", "focus_article", "Read the article", "View"),
    Action("reload", "r", "reload", "Reload from the database", "View"),
    Action("help", "question_mark", "help", "Help: all keys", "View", True),
    Action("quit", "q", "quit", "Quit", "View", True),
)


def bindings(scope: str = "app") -> list[Binding]:
    return [Binding(a.keys, a.action, a.description, show=a.footer or scope != "app", id=a.id)
            for a in ACTIONS if a.scope == scope]


def key_label(keys: str) -> str:
    names = {"left_square_bracket": "[", "right_square_bracket": "]", "slash": "/", "question_mark": "?",
             "pagedown": "PgDn", "pageup": "PgUp", "space": "space", "down": "↓", "up": "↑"}
    return " ".join(names.get(k, k) for k in keys.split(","))
