import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import SAMPLES, SEEDS, need_seeds
from dateline.cli import cli


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def seed_texts() -> dict[str, str]:
    return {json.loads(l)["id"]: json.loads(l)["text"] for l in SEEDS.read_text().splitlines() if l.strip()}


def test_seeds_load_and_export_with_exact_evidence(db_path):
    need_seeds()
    result = run("load", str(SEEDS), "--db", str(db_path))
    assert result.exit_code == 0, result.output
    out = run("events", "--db", str(db_path), "--format", "jsonl").output
    events = [json.loads(l) for l in out.splitlines()]
    texts = seed_texts()
    assert events, "extraction found no events in the seed articles"
    assert {e["article_ref"] for e in events} == set(texts)
    for e in events:
        assert texts[e["article_ref"]][e["evidence_start"]:e["evidence_end"]] == e["evidence"]


def test_reload_adds_nothing(db_path):
    need_seeds()
    run("load", str(SEEDS), "--db", str(db_path))
    before = run("stats", "--db", str(db_path), "--format", "json").output
    again = run("load", str(SEEDS), "--db", str(db_path))
    assert "loaded 0 articles" in again.output and "skipped 2" in again.output
    assert run("stats", "--db", str(db_path), "--format", "json").output == before


def test_broken_files_are_named_and_the_rest_loads(tmp_path, db_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Police arrested 12 protesters in Nairobi on Tuesday.")
    (folder / "blob.txt").write_bytes(b"\x89PNG\x00\x00binary")
    (folder / "feed.jsonl").write_text('{"id": "ok", "text": "A march."}\n{broken\n')
    result = run("load", str(folder), "--db", str(db_path))
    assert result.exit_code == 1
    assert "blob.txt: binary file" in result.output
    assert "feed.jsonl:2: invalid JSON" in result.output
    assert "loaded 2 articles" in result.output


def test_undated_article_listed_and_set_date(tmp_path, db_path):
    (tmp_path / "nodate.txt").write_text("Gunmen attacked a village on Sunday, killing four people.")
    run("load", str(tmp_path / "nodate.txt"), "--db", str(db_path))
    assert "nodate" in run("articles", "--undated", "--db", str(db_path)).output
    result = run("articles", "set-date", "nodate", "2025-11-10", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert "no undated articles" in run("articles", "--undated", "--db", str(db_path)).output
    rows = json.loads(run("articles", "--format", "json", "--db", str(db_path)).output)
    assert rows[0]["published"] == "2025-11-10" and rows[0]["published_how"] == "user"


def test_set_date_unknown_article_is_a_clear_error(db_path):
    result = CliRunner().invoke(cli, ["articles", "set-date", "ghost", "2025-01-01", "--db", str(db_path)])
    assert result.exit_code == 3 and "no article with id 'ghost'" in result.output
    assert "Traceback" not in result.output


def test_export_formats(tmp_path, db_path):
    need_seeds()
    run("load", str(SEEDS), "--db", str(db_path))
    n = len(run("events", "--db", str(db_path), "--format", "jsonl").output.splitlines())
    for fmt, rows in (("csv", lambda t: list(csv.DictReader(io.StringIO(t)))),
                      ("acled-csv", lambda t: list(csv.DictReader(io.StringIO(t)))),
                      ("json", json.loads),
                      ("gold", lambda t: [json.loads(l) for l in t.splitlines()])):
        out = tmp_path / f"x.{fmt}"
        result = run("export", "--db", str(db_path), "--format", fmt, "-o", str(out))
        assert result.exit_code == 0 and f"wrote {n} events" in result.output
        assert len(rows(out.read_text())) == n
    acled = list(csv.DictReader(io.StringIO(run("export", "--db", str(db_path), "--format", "acled-csv").output)))
    assert set(acled[0]) >= {"event_date", "time_precision", "event_type", "sub_event_type", "actor1", "fatalities"}


def test_csv_export_defuses_formulas(tmp_path, db_path):
    (tmp_path / "f.jsonl").write_text(json.dumps({
        "id": "=HYPERLINK(1)", "title": "@cmd", "published": "2025-01-05",
        "text": "=cmd|' /C calc'!A0 Militants attacked a police post in Kano on Sunday, killing two officers."}) + "\n")
    run("load", str(tmp_path / "f.jsonl"), "--db", str(db_path))
    out = run("export", "--db", str(db_path), "--format", "csv").output
    for row in csv.DictReader(io.StringIO(out)):
        for value in row.values():
            assert not value.startswith(("=", "+", "@")), value


def test_hostile_text_in_tables_is_literal(tmp_path, db_path):
    (tmp_path / "h.jsonl").write_text(json.dumps({
        "id": "h1", "title": "[bold red]x[/] \x1b[31mred\x1b]52;c;aGk=\x07", "published": "2025-01-05",
        "text": "x"}) + "\n")
    run("load", str(tmp_path / "h.jsonl"), "--db", str(db_path))
    out = CliRunner().invoke(cli, ["articles", "--db", str(db_path)], env={"COLUMNS": "200"}).output
    assert "[bold red]x[/]" in out and "\x1b" not in out and "␛[31mred" in out


def test_events_filters_and_empty_message(db_path):
    need_seeds()
    run("load", str(SEEDS), "--db", str(db_path))
    out = run("events", "--db", str(db_path), "--location", "zzzz-nowhere").output
    assert "no events match location: zzzz-nowhere" in out
    bad = CliRunner().invoke(cli, ["events", "--db", str(db_path), "--from", "13 sept"])
    assert bad.exit_code == 2 and "not a date" in bad.output


def test_db_env_var_and_help_shows_database(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_DB", str(tmp_path / "env.db"))
    assert str(tmp_path / "env.db") in run("--help").output
    assert str(tmp_path / "env.db") in run("stats").output


def test_corrupt_db_is_refused_not_overwritten(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"definitely not sqlite")
    result = CliRunner().invoke(cli, ["stats", "--db", str(bad)])
    assert result.exit_code == 3 and "not a SQLite database" in result.output
    assert bad.read_bytes() == b"definitely not sqlite"


def test_stdin_and_default_command_via_real_process(tmp_path):
    db = tmp_path / "p.db"
    line = json.dumps({"id": "in1", "text": "Protesters marched in Dhaka on Friday.", "published": "2025-03-09"})
    proc = subprocess.run([sys.executable, "-m", "dateline", "load", "-", "--db", str(db)],
                          input=line + "\n", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([sys.executable, "-m", "dateline", str(tmp_path / "missing"), "--db", str(db)],
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1 and "no such file or directory" in proc.stderr
    assert "not a terminal" in proc.stderr


@pytest.mark.skipif(not SAMPLES.exists(), reason="no sample_articles yet")
def test_sample_articles_load_cleanly(db_path):
    result = run("load", str(SAMPLES), "--db", str(db_path))
    assert result.exit_code == 0, result.output
    stats = json.loads(run("stats", "--db", str(db_path), "--format", "json").output)
    assert stats["articles"] >= 12 and stats["undated_articles"] == 0


def test_parallel_load_stores_what_a_serial_load_stores(tmp_path):
    """--jobs hands articles to worker processes and pairs their events back by
    order: any slip would attach one article's events to another."""
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder)
    (folder / "copy.txt").write_text((SAMPLES / "asia" / "balochistan-highway-attack.txt").read_text())
    (folder / "broken.jsonl").write_text('{"id": "fine", "text": "Police arrested 12 people in Kano on Monday."}\n{oops\n')
    dumps = []
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.db"
        result = run("load", str(folder), "--db", str(db), "--jobs", jobs)
        assert result.exit_code == 1 and "broken.jsonl:2: invalid JSON" in result.output
        assert "skipped 1" in result.output
        rows = [json.loads(line) for line in run("events", "--db", str(db), "--format", "jsonl").output.splitlines()]
        dumps.append([{k: v for k, v in row.items() if not k.endswith("_at")} for row in rows])  # no clock times
    serial, parallel = dumps
    assert len(serial) > 40
    assert parallel == serial
