"""Crashes and faults for real: SIGKILL mid-load and mid-review, full disks,
locked, corrupt and read-only databases."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from dateline.extract.records import Article, Event
from dateline.ingest import load_paths
from dateline.loader import sha256_text
from dateline.store import StoreError, open_store
from dateline.store.errors import DiskFullError
from dateline.store.review import Reviewer

DATELINE = [sys.executable, "-m", "dateline"]
STORY = ("Report {i}. Gunmen killed {n} villagers in Kano on Sunday, police said. Troops clashed with the attackers "
         "near the market on Monday, and {m} soldiers were wounded.")


def feed(path: Path, count: int) -> Path:
    with path.open("w") as fh:
        for i in range(count):
            fh.write(json.dumps({"id": f"a{i}", "published": "2025-03-10",
                                 "text": STORY.format(i=i, n=i % 50 + 1, m=i % 7)}) + "\n")
    return path


def articles_in(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def test_sigkill_during_load_leaves_whole_articles_and_rerun_completes(tmp_path):
    source, db = feed(tmp_path / "feed.jsonl", 1500), tmp_path / "kill.db"
    proc = subprocess.Popen([*DATELINE, "load", str(source), "--db", str(db), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while articles_in(db) < 50 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    loaded = articles_in(db)
    assert 0 < loaded < 1500, "the load finished before it could be killed; make the feed larger"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # every stored article has its events (they commit together), and its revision-0 rows
    assert conn.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS"
                        " (SELECT 1 FROM events e WHERE e.article_id = a.id)").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM events e WHERE NOT EXISTS"
                        " (SELECT 1 FROM revisions r WHERE r.event_id = e.id)").fetchone()[0] == 0
    conn.close()
    rerun = subprocess.run([*DATELINE, "load", str(source), "--db", str(db)], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"skipped {loaded} already loaded" in rerun.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT ref) FROM articles").fetchone() == (1500, 1500)
    conn.close()


REVIEW_SCRIPT = """
import sys
from dateline.store import open_store
from dateline.store.review import Reviewer
store = open_store(sys.argv[1])
reviewer = Reviewer(store, "ana")
for event in list(store.events()):
    row = reviewer.confirm(event.id, event.revision)
    print("ack", row.id, flush=True)   # on screen only after the commit returned
"""


def test_sigkill_during_review_keeps_every_acknowledged_edit(tmp_path):
    db = tmp_path / "review.db"
    with open_store(db) as store:
        for i in range(400):
            text = f"Event {i} happened."
            store.add_article(Article(ref=f"r{i}", text=text, published=date(2025, 1, 1), sha256=sha256_text(text)),
                              [Event(type="Battles", subtype="Armed clash", evidence_start=0, evidence_end=len(text))],
                              "test")
    proc = subprocess.Popen([sys.executable, "-c", REVIEW_SCRIPT, str(db)], stdout=subprocess.PIPE, text=True)
    acked = []
    for line in proc.stdout:  # type: ignore[union-attr]
        acked.append(int(line.split()[1]))
        if len(acked) == 60:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    with open_store(db) as store:
        confirmed = {e.id for e in store.events() if e.status == "confirmed"}
        assert set(acked) <= confirmed
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for event_id in acked:
            assert [r["action"] for r in store.revisions(event_id)] == ["extract", "confirm"]


def test_disk_full_is_a_clear_error_and_nothing_half_written(tmp_path):
    source = feed(tmp_path / "feed.jsonl", 300)
    with open_store(tmp_path / "full.db") as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 8}")
        with pytest.raises(DiskFullError, match="full"):
            load_paths(store, [str(source)])
        ok = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
        orphans = store.conn.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS"
                                     " (SELECT 1 FROM events e WHERE e.article_id = a.id)").fetchone()[0]
    assert ok == "ok" and orphans == 0


def test_locked_database_waits_then_explains(tmp_path):
    db = tmp_path / "locked.db"
    open_store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        result = subprocess.run([*DATELINE, "load", "-", "--db", str(db)], input='{"id": "x", "text": "Riot."}\n',
                                capture_output=True, text=True, env={**os.environ, "DATELINE_BUSY_TIMEOUT": "300"})
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode in (1, 3)
    assert "locked by another dateline process" in result.stderr and "Traceback" not in result.stderr
    assert waited >= 0.3


def test_corrupt_database_is_refused_and_left_alone(tmp_path):
    db = tmp_path / "corrupt.db"
    db.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    before = db.read_bytes()
    result = subprocess.run([*DATELINE, "stats", "--db", str(db)], capture_output=True, text=True)
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert "database" in result.stderr and db.read_bytes() == before


def test_read_only_store_refuses_writes_clearly(tmp_path):
    db = tmp_path / "ro.db"
    open_store(db).close()
    with open_store(db, readonly=True) as store:
        text = "x"
        with pytest.raises(StoreError, match="read-only"):
            store.add_article(Article(ref="a", text=text, sha256=sha256_text(text)), [], "v")
        with pytest.raises(StoreError):
            Reviewer(store, "ana").confirm(1, 0)


def test_newer_schema_refused_by_the_command(tmp_path):
    db = tmp_path / "new.db"
    open_store(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    result = subprocess.run([*DATELINE, "events", "--db", str(db)], capture_output=True, text=True)
    assert result.returncode == 3 and "newer than this dateline understands" in result.stderr
