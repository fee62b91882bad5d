"""What the screen shows, at 80x24 and 120x40 (SVG snapshots checked in)."""

from __future__ import annotations

import pytest

from dateline.tui.app import DatelineApp


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_timeline_screen(snap_compare, tui_db, size):
    assert snap_compare(DatelineApp(str(tui_db)), terminal_size=size, press=["j"], run_before=settle)


def test_help_screen(snap_compare, tui_db):
    assert snap_compare(DatelineApp(str(tui_db)), terminal_size=(120, 40), press=["question_mark"],
                        run_before=settle)


def test_hostile_event_screen(snap_compare, tui_db):
    assert snap_compare(DatelineApp(str(tui_db)), terminal_size=(80, 24), press=["G"], run_before=settle)


def test_empty_database_screen(snap_compare, tmp_path):
    assert snap_compare(DatelineApp(str(tmp_path / "empty.db")), terminal_size=(80, 24), run_before=settle)
