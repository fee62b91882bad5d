"""Bad and big input: every bad item is one clear line, everything else loads,
memory stays bounded; hostile text never acts on the terminal."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

DATELINE = [sys.executable, "-m", "dateline"]
HEAVY = os.environ.get("DATELINE_HEAVY_TESTS") == "1"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*DATELINE, *args], input=stdin, capture_output=True, text=True, timeout=600)


def test_a_zoo_of_bad_files_each_named_once(tmp_path):
    zoo = tmp_path / "zoo"
    zoo.mkdir()
    (zoo / "good.md").write_text("---\nid: good\npublished: 2025-01-02\n---\nPolice arrested 3 men in Lagos.\n")
    (zoo / "binary.txt").write_bytes(b"\x7fELF\x00\x01\x02")
    (zoo / "latin1.txt").write_bytes("Caf\xe9 bombing".encode("latin-1"))
    (zoo / "utf16.txt").write_bytes("Rebels attacked Goma on Monday.".encode("utf-16"))
    (zoo / "crlf.txt").write_bytes(b"Line one.\r\nProtesters marched in Dhaka on Friday.\r\n")
    (zoo / "lone-cr.txt").write_bytes(b"Line one.\rMilitants raided a village.")
    (zoo / "empty.txt").write_bytes(b"")
    (zoo / "nul.json").write_bytes(b'{"text": "a\x00b"}')
    (zoo / "types.jsonl").write_text("\n".join([
        json.dumps({"id": "t1", "text": "ok text", "published": 2025}),
        json.dumps({"id": "t2", "text": None}),
        json.dumps({"id": ["x"], "text": "bad id"}),
        json.dumps({"id": "t4", "text": "impossible date", "published": "2025-13-45"}),
        "[1, 2",
        json.dumps(["not", "an", "object"]),
    ]) + "\n")
    (zoo / "dup1.jsonl").write_text(json.dumps({"id": "same", "text": "first version"}) + "\n")
    (zoo / "dup2.jsonl").write_text(json.dumps({"id": "same", "text": "second version"}) + "\n")
    result = run("load", str(zoo), "--db", str(tmp_path / "z.db"))
    err = result.stderr
    assert result.returncode == 1 and "Traceback" not in err
    for expected in ("binary.txt: binary file (NUL byte at offset 4)", "latin1.txt: not valid UTF-8 (byte 0xe9 at offset 3)",
                     "empty.txt: empty file", "types.jsonl:2: missing text", "types.jsonl:3: id must be a string",
                     "types.jsonl:5: invalid JSON", "types.jsonl:6: expected an article object",
                     "dup2.jsonl:1: an article with id 'same' is already loaded with different text",
                     "types.jsonl:1: warning: publication date must be a string",
                     "types.jsonl:4: warning: impossible publication date"):
        assert expected in err, expected
    assert "loaded 7 articles" in err
    rows = json.loads(run("articles", "--db", str(tmp_path / "z.db"), "--format", "json").stdout)
    by_ref = {r["ref"]: r for r in rows}
    assert {"good", "utf16", "crlf", "lone-cr", "t1", "t4", "same"} == set(by_ref)


def test_unreadable_file_and_symlink_loop(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "ok.txt").write_text("Troops clashed with rebels.")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    result = run("load", str(folder), "--db", str(tmp_path / "u.db"))
    assert "dangling.txt: No such file or directory" in result.stderr
    assert "loaded 1 articles" in result.stderr and result.returncode == 1


def _peak_rss_mb_of(cmd: list[str]) -> tuple[subprocess.CompletedProcess[str], float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return proc, max(after, before) / 1024


def test_big_jsonl_is_streamed_with_bounded_memory(tmp_path):
    size_mb = 200 if HEAVY else 40
    big = tmp_path / "big.jsonl"
    body = "Officials said the talks in Geneva would resume. " * 400  # ~20 KB, no events
    with big.open("w") as fh:
        written, i = 0, 0
        while written < size_mb * 1024 * 1024:
            line = json.dumps({"id": f"b{i}", "text": body if i else body + " Riot."}) + "\n"
            fh.write(line)
            written += len(line)
            i += 1
    proc, peak = _peak_rss_mb_of([*DATELINE, "load", str(big), "--db", str(tmp_path / "big.db"), "-q"])
    assert proc.returncode == 0, proc.stderr
    assert peak < 250, f"peak RSS {peak:.0f} MB for a {size_mb} MB file"


def test_a_folder_of_many_small_files(tmp_path):
    count = 100_000 if HEAVY else 5_000
    folder = tmp_path / "many"
    for i in range(count):
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i}.txt").write_text(f"Note {i}: the committee met.")
    result = run("load", str(folder), "--db", str(tmp_path / "many.db"), "-q")
    assert result.returncode == 0, result.stderr
    stats = json.loads(run("stats", "--db", str(tmp_path / "many.db"), "--format", "json").stdout)
    assert stats["articles"] == count


HOSTILE = "[bold red]x[/] [link=http://e]y[/link] [@click=app.quit]z[/] \x1b[31mred \x1b]52;c;aGk=\x07 \x1b]0;t\x07 \u202eevil"


def test_hostile_text_never_reaches_the_terminal_raw(tmp_path):
    db = str(tmp_path / "h.db")
    line = json.dumps({"id": "h1", "title": HOSTILE, "published": "2025-03-10",
                       "text": f"{HOSTILE} Gunmen killed four people in Kano on Sunday."})
    run("load", "-", "--db", db, stdin=line + "\n")
    events = json.loads(run("events", "--db", db, "--format", "json").stdout)
    assert events, "the hostile article should still yield its event"
    event_id = str(events[0]["id"])
    run("event", "edit", event_id, "--db", db, "--note", HOSTILE)
    for args in (("articles",), ("events",), ("show", event_id), ("history", event_id)):
        out = run(*args, "--db", db).stdout
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, args
    assert "[bold red]x[/]" in run("articles", "--db", db).stdout
    exported = run("export", "--db", db, "--format", "jsonl").stdout
    assert json.loads(exported.splitlines()[0])["notes"] == HOSTILE  # data stays exact


@pytest.mark.parametrize("query", ['"', "AND(", "*", "NEAR", "a OR", "-", "^", "col:x", "\x1b[2J"])
def test_fts_syntax_in_search_is_literal(tmp_path, query):
    db = str(tmp_path / "q.db")
    run("load", "-", "--db", db, stdin=json.dumps({"id": "q", "text": "Riot in Lagos on Sunday."}) + "\n")
    result = run("events", "--db", db, "-q", query)
    assert result.returncode == 0 and "Traceback" not in result.stderr
