"""The real `dateline` command in a real terminal (tmux), as a person runs it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tuidata import build_db

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def capture(session: str) -> str:
    return subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout


def wait_for(session: str, needle: str, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = capture(session)
        if needle in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{needle!r} never appeared; screen was:\n{screen}")


def test_dateline_in_tmux_at_80x24_without_colour(tmp_path: Path):
    db = build_db(tmp_path / "smoke.db")
    session = f"dateline-{uuid.uuid4().hex[:8]}"
    command = f"NO_COLOR=1 {sys.executable} -m dateline --db {db}"
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "80", "-y", "24", command], check=True)
    try:
        screen = wait_for(session, "5 events")
        assert "1/5 events" in screen
        subprocess.run(["tmux", "send-keys", "-t", session, "G"], check=True)
        screen = wait_for(session, "5/5 events")
        assert "␛[31mred" in screen and "[bold red]x[/]" in screen
        subprocess.run(["tmux", "send-keys", "-t", session, "?"], check=True)
        wait_for(session, "Previous search hit")
        subprocess.run(["tmux", "send-keys", "-t", session, "Escape"], check=True)
        time.sleep(0.3)
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and subprocess.run(["tmux", "has-session", "-t", session]).returncode == 0:
            time.sleep(0.2)
        assert subprocess.run(["tmux", "has-session", "-t", session], capture_output=True).returncode != 0
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
