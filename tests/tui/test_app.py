"""The timeline app driven by keys (Pilot), on real SQLite files."""

from __future__ import annotations

import pytest

from dateline.store import open_store
from dateline.tui.app import DatelineApp
from dateline.tui.bindings import ACTIONS
from dateline.tui.screens import EditScreen, FilterScreen, HelpScreen, HistoryScreen, PromptScreen


async def started(app: DatelineApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def current_refs(app: DatelineApp) -> tuple[str, str]:
    event = app.timeline.current
    return (event.article_ref, event.subtype)


async def test_navigation_keys(tui_db):
    app = DatelineApp(str(tui_db), annotator="ana")
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        assert app.timeline.total == 5 and current_refs(app) == ("nairobi-protest", "Protest with intervention")
        await pilot.press("j")
        assert current_refs(app) == ("bannu-raids", "Armed clash")
        await pilot.press("k")
        assert app.timeline.cursor == 0
        await pilot.press("G")
        assert current_refs(app) == ("hostile", "Armed clash")
        await pilot.press("g")
        assert app.timeline.cursor == 0
        await pilot.press("J", "J")
        assert app.timeline.current.date_start == "2025-09-14"
        await pilot.press("K")
        assert app.timeline.current.date_start == "2025-09-13"
        await pilot.press("right_square_bracket")
        assert app.timeline.current.date_start == "2025-10-09"
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert app.timeline.current.date_start == "2025-09-13"
        await pilot.press("pagedown")
        assert app.timeline.cursor == 4
        await pilot.press("pageup")
        assert app.timeline.cursor == 0


async def test_jump_search_and_hits(tui_db):
    app = DatelineApp(str(tui_db))
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("t")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"2025-10", "enter")
        assert app.timeline.current.date_start == "2025-10-09"
        await pilot.press("slash")
        await pilot.press(*"militants", "enter")
        assert current_refs(app) == ("bannu-raids", "Armed clash")
        await pilot.press("n")  # the arrest shares the article text, so it is a hit too
        assert current_refs(app) == ("bannu-raids", "Arrests")
        await pilot.press("N")
        assert current_refs(app) == ("bannu-raids", "Armed clash")
        await pilot.press("slash", *'AND( "*', "enter")  # FTS syntax is literal, never a crash
        await pilot.pause()
        assert app.search_text == 'AND( "*'


async def test_filter_panel_and_clear(tui_db):
    app = DatelineApp(str(tui_db))
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("f")
        assert isinstance(app.screen, FilterScreen)
        app.screen.query_one("#f-location").value = "bannu"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.timeline.total == 1 and "location: bannu" in str(app.query_one("#topbar").render())
        await pilot.press("f")
        app.screen.query_one("#f-location").value = "nowhere"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.timeline.total == 0
        assert "No events match" in str(app.query_one("#detail").render())
        await pilot.press("F")
        assert app.timeline.total == 5


async def test_review_keys_undo_redo_and_history(tui_db):
    app = DatelineApp(str(tui_db), annotator="ana")
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        first = app.timeline.current.id
        await pilot.press("c")
        assert app.store.get_event(first).status == "confirmed"
        await pilot.press("space")
        assert app.timeline.current.status == "unreviewed" and app.timeline.current.id != first
        await pilot.press("x")
        rejected = app.timeline.current.id
        assert app.store.get_event(rejected).status == "rejected"
        await pilot.press("u")
        await pilot.pause()
        assert app.store.get_event(rejected).status == "unreviewed"
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert app.store.get_event(rejected).status == "rejected"
        await pilot.press("h")
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("escape")
        await pilot.press("a")
        await pilot.press(*"check source # verify, ispr", "enter")
        await pilot.pause()
        event = app.store.get_event(app.timeline.current.id)
        assert (event.notes, event.tags) == ("check source", ["verify", "ispr"])


async def test_undo_works_after_restart(tui_db):
    app = DatelineApp(str(tui_db), annotator="ana")
    async with app.run_test() as pilot:
        await started(app, pilot)
        target = app.timeline.current.id
        await pilot.press("x")
    again = DatelineApp(str(tui_db), annotator="ana")
    async with again.run_test() as pilot:
        await started(again, pilot)
        await pilot.press("u")
        await pilot.pause()
        assert again.store.get_event(target).status == "unreviewed"


async def test_edit_form_saves_and_refuses_bad_values(tui_db):
    app = DatelineApp(str(tui_db), annotator="ana")
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        event_id = app.timeline.current.id
        await pilot.press("e")
        assert isinstance(app.screen, EditScreen)
        app.screen.query_one("#e-fatalities").value = "many"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, EditScreen)  # refused, explained in the form
        assert "fatalities" in str(app.screen.query_one("#e-error").render())
        app.screen.query_one("#e-fatalities").value = "3"
        app.screen.query_one("#e-date").value = "2025-06-23..2025-06-24"
        await pilot.pause()
        assert "2025-06-23..2025-06-24" in str(app.screen.query_one("#e-date-preview").render())
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = app.store.get_event(event_id)
        assert (saved.fatalities, saved.date_start, saved.status) == (3, "2025-06-23", "corrected")


async def test_stale_edit_between_two_apps_is_refused(tui_db):
    first = DatelineApp(str(tui_db), annotator="ana")
    second = DatelineApp(str(tui_db), annotator="ben")
    async with first.run_test() as p1, second.run_test() as p2:
        await started(first, p1)
        await started(second, p2)
        event_id = first.timeline.current.id
        await p1.press("c")
        await p2.press("x")  # based on revision 0, which ana has moved on from
        await p2.pause()
        assert first.store.get_event(event_id).status == "confirmed"
        assert second.store.get_event(event_id).status == "confirmed"
        assert second.timeline.current.revision == 1  # the screen reloaded the current version


async def test_merge_and_split(tui_db):
    app = DatelineApp(str(tui_db), annotator="ana")
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("j")  # Bannu clash: "…, killing 17 militants." has a comma to split at
        await pilot.press("s")
        await pilot.pause()
        assert app.timeline.total == 6
        split_id = max(e.id for e in app.store.events())
        await pilot.press("m", *str(split_id), "enter")
        await pilot.pause()
        assert app.store.count_events() == 5


async def test_help_lists_every_binding_and_palette_has_actions(tui_db):
    app = DatelineApp(str(tui_db))
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = app.export_screenshot().replace("&#160;", " ")
        for action in ACTIONS:
            assert action.description in shown
        await pilot.press("escape")
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert all(a.description in titles for a in ACTIONS)
        await pilot.press("o")
        assert app.focused.id == "article-scroll"
        await pilot.press("q")
    assert app.return_code == 0


async def test_hostile_text_is_shown_literally(tui_db):
    app = DatelineApp(str(tui_db))
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("G")
        await pilot.pause()
        article = app.query_one("#article").render()
        plain = str(article)
        assert "[bold red]x[/]" in plain and "[link=http://evil]click[/link]" in plain
        assert "\x1b" not in plain and "␛[31mred␛]52;c;aGk=␇" in plain
        detail = str(app.query_one("#detail").render())
        assert "[bold]Title[/bold] ␛]0;pwned␇" in detail and "\x1b" not in detail


async def test_empty_database_says_how_to_load(tmp_path):
    app = DatelineApp(str(tmp_path / "empty.db"))
    async with app.run_test() as pilot:
        await started(app, pilot)
        assert "dateline load PATH" in str(app.query_one("#detail").render())
        await pilot.press("j", "c", "e", "G")  # nothing to act on: no crash


async def test_read_only_database_shows_banner_and_refuses_edits(tui_db):
    app = DatelineApp(str(tui_db), read_only=True)
    async with app.run_test() as pilot:
        await started(app, pilot)
        assert "READ-ONLY" in str(app.query_one("#topbar").render())
        await pilot.press("c")
        assert open_store(tui_db, readonly=True).get_event(app.timeline.current.id).status == "unreviewed"


async def test_new_event_from_a_sentence_in_the_article_pane(tui_db):
    app = DatelineApp(str(tui_db), annotator="ana")
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("j", "o")  # Bannu raids; focus its article
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("down", "enter")  # the second sentence: the arrests
        await pilot.pause()
        assert isinstance(app.screen, EditScreen)
        await pilot.press("escape")
        added = [e for e in app.store.events() if e.origin == "human"]
        assert len(added) == 1 and added[0].evidence.startswith("Separately, police arrested")
        assert added[0].status == "confirmed" and app.store.revisions(added[0].id)[0]["action"] == "add"


async def test_edit_location_fills_admin1_country_and_coordinates(tui_db):
    app = DatelineApp(str(tui_db), annotator="ana")
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        event_id = app.timeline.current.id
        await pilot.press("e")
        app.screen.query_one("#e-location").value = "maiduguri"
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = app.store.get_event(event_id)
        assert (saved.location, saved.admin1, saved.country) == ("Maiduguri", "Borno", "Nigeria")
        assert round(saved.latitude, 1) == 11.8


async def test_reload_and_tab_cycle(tui_db):
    app = DatelineApp(str(tui_db))
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("j", "r")
        await pilot.pause()
        assert app.timeline.cursor == 1 and app.timeline.total == 5
        focused = []
        for _ in range(3):
            await pilot.press("tab")
            focused.append(app.focused.id if app.focused else None)
        assert "article-scroll" in focused and "timeline" in focused


async def test_saving_an_untouched_form_changes_nothing(tui_db):
    app = DatelineApp(str(tui_db), annotator="ana")
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        event_id = app.timeline.current.id
        await pilot.press("e", "ctrl+s")
        await pilot.pause()
        assert app.store.get_event(event_id).revision == 0
