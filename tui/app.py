"""The timeline app (a first screen until the timeline lands)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

from dateline.store import open_store


class DatelineApp(App[None]):
    TITLE = "dateline"
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, db_path: str, read_only: bool = False) -> None:
        super().__init__()
        self.db_path = db_path
        self.read_only = read_only

    def compose(self) -> ComposeResult:
        with open_store(self.db_path, readonly=self.read_only) as store:
            stats = store.stats()
        yield Header()
        yield Static(
            f"{stats['articles']} articles, {stats['events']} events in {self.db_path}",
            markup=False,
        )
        yield Footer()


def run_app(db_path: str, read_only: bool = False) -> None:
    DatelineApp(db_path, read_only=read_only).run()
