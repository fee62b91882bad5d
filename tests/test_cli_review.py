"""The review CLI: same rules as the store, through the real commands."""

import json

import pytest
from click.testing import CliRunner

from helpers import REVIEW_TEXT as TEXT
from dateline.cli import cli


@pytest.fixture
def db(seeded):
    return str(seeded)


def run(*args, annotator="ana"):
    return CliRunner().invoke(cli, [*args], env={"DATELINE_ANNOTATOR": annotator})


def test_confirm_reject_and_history(db):
    assert run("event", "confirm", "1", "--db", db).output == "event 1: confirmed (revision 1)\n"
    assert run("event", "reject", "2", "--db", db, "--annotator", "ben").exit_code == 0
    history = run("history", "2", "--db", db, "--format", "jsonl").output.splitlines()
    assert [json.loads(h)["annotator"] for h in history] == ["extractor", "ben"]
    text = run("history", "1", "--db", db).output
    assert "confirm" in text and 'status: "unreviewed" -> "confirmed"' in text


def test_edit_with_free_text_date_and_validation(db):
    result = run("event", "edit", "1", "--db", db, "--date", "2025-11-08..2025-11-09", "--fatalities", "6",
                 "--note", "per police")
    assert result.exit_code == 0, result.output
    shown = json.loads(run("show", "1", "--db", db, "--format", "json").output)
    assert (shown["date_start"], shown["date_end"], shown["date_precision"]) == ("2025-11-08", "2025-11-09", "range")
    assert (shown["fatalities"], shown["notes"], shown["status"]) == (6, "per police", "corrected")
    bad = run("event", "edit", "1", "--db", db, "--type", "Battles", "--subtype", "Arrests")
    assert bad.exit_code == 3 and "subtype: 'Arrests' is not a sub-type of Battles" in bad.output
    assert "Traceback" not in bad.output


def test_stale_based_on_is_refused(db):
    run("event", "confirm", "1", "--db", db)
    result = run("event", "edit", "1", "--db", db, "--based-on", "0", "--fatalities", "2")
    assert result.exit_code == 3 and "changed since you loaded it" in result.output


def test_undo_redo_commands(db):
    run("event", "reject", "1", "--db", db)
    assert run("undo", "--db", db).output == "undo: reject event 1\n"
    assert run("redo", "--db", db).output == "redo: reject event 1\n"
    assert run("undo", "--db", db, annotator="ben").output == "nothing to undo for ben\n"


def test_gold_export_of_reviewed_excludes_rejected(db, tmp_path):
    run("event", "confirm", "1", "--db", db)
    run("event", "reject", "2", "--db", db)
    out = tmp_path / "gold.jsonl"
    assert run("export", "--db", db, "--format", "gold", "--status", "reviewed", "-o", str(out)).exit_code == 0
    rows = [json.loads(l) for l in out.read_text().splitlines()]
    assert [r["evidence"] for r in rows] == [TEXT[:45]]
    assert rows[0]["article"] == "a1" and rows[0]["fatalities"] == 5


def test_reextract_keeps_every_human_decision(db_path):
    from helpers import SEEDS, need_seeds

    need_seeds()
    db = str(db_path)
    run("load", str(SEEDS), "--db", db)
    events = [json.loads(l) for l in run("events", "--db", db, "--format", "jsonl").output.splitlines()]
    a, b, c = events[0]["id"], events[1]["id"], events[2]["id"]
    run("event", "confirm", str(a), "--db", db)
    run("event", "reject", str(b), "--db", db)
    run("event", "edit", str(c), "--db", db, "--fatalities", "99", "--note", "checked")
    before = {e["id"]: e for e in (json.loads(l) for l in run("events", "--db", db, "--format", "jsonl").output.splitlines())}
    result = run("reextract", "--db", db)
    assert result.exit_code == 0 and "3 reviewed kept" in result.output
    after = [json.loads(l) for l in run("events", "--db", db, "--format", "jsonl").output.splitlines()]
    by_id = {e["id"]: e for e in after}
    for event_id in (a, b, c):  # exactly as the analyst left them; only a flag may be added
        assert {k: v for k, v in by_id[event_id].items() if k != "flagged"} == \
            {k: v for k, v in before[event_id].items() if k != "flagged"}
    assert by_id[c]["fatalities"] == 99 and by_id[b]["status"] == "rejected"
    assert "differs on fatalities" in by_id[c]["flagged"] and by_id[a]["flagged"] is None
    assert len(after) == len(before)  # untouched events replaced one for one, nothing doubled
