import codecs
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from dateline.loader import decode, iter_articles, iter_jsonl, split_front_matter


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def load(*paths) -> list:
    return list(iter_articles([str(p) for p in paths]))


def test_markdown_front_matter_and_exact_body(tmp_path):
    body = "KABUL (AP) — Gunmen attacked a checkpoint.\r\nSecond line.\n"
    write(tmp_path / "a.md", "---\nid: k1\ntitle: Attack\npublished: 2025-09-13\nsource: AP\nurl: http://x\n---\n" + body)
    (item,) = load(tmp_path / "a.md")
    art = item.article
    assert (art.ref, art.title, art.source, art.url) == ("k1", "Attack", "AP", "http://x")
    assert art.published.isoformat() == "2025-09-13" and art.published_how == "metadata"
    assert art.text == body  # CRLF kept: offsets index what the user gave us


def test_txt_without_front_matter_uses_stem_first_line_and_dateline(tmp_path):
    write(tmp_path / "wire-story.txt", "\nRiots in Lagos\n\nLAGOS, Nigeria, March 14, 2025 (AP) — Police fired...\n")
    (item,) = load(tmp_path / "wire-story.txt")
    assert item.article.ref == "wire-story"
    assert item.article.title == "Riots in Lagos"
    assert item.article.published.isoformat() == "2025-03-14"
    assert item.article.published_how == "dateline"


def test_json_object_and_list(tmp_path):
    write(tmp_path / "one.json", json.dumps({"id": "o", "text": "A", "published": "2025-01-02"}))
    write(tmp_path / "many.json", json.dumps([{"id": "m1", "text": "B"}, {"text": "C"}, 5]))
    items = load(tmp_path / "one.json", tmp_path / "many.json")
    assert [i.article.ref if i.article else i.error for i in items] == [
        "o", "m1", "many-2", "expected an article object, got int"]


def test_jsonl_bad_line_does_not_stop_the_rest(tmp_path):
    lines = [json.dumps({"id": "a", "text": "x"}), "{not json", "", json.dumps({"id": "b", "text": None}),
             json.dumps({"id": "c", "text": "y", "published": 2025})]
    write(tmp_path / "f.jsonl", "\n".join(lines) + "\n")
    items = load(tmp_path / "f.jsonl")
    assert [(i.origin.split("/")[-1], bool(i.article)) for i in items] == [
        ("f.jsonl:1", True), ("f.jsonl:2", False), ("f.jsonl:4", False), ("f.jsonl:5", True)]
    assert items[2].error == "missing text"
    assert items[3].article.published is None and "not int" in items[3].warnings[0]


@pytest.mark.parametrize("data, reason", [
    (b"abc\x00def", "NUL byte at offset 3"),
    (b"caf\xe9 au lait", "offset 3"),
    (b"", "empty file"),
    (b"   \n", "empty file"),
])
def test_bad_text_files_named_with_reason(tmp_path, data, reason):
    write(tmp_path / "bad.txt", data)
    (item,) = load(tmp_path / "bad.txt")
    assert item.article is None and reason in item.error


def test_bom_and_utf16_are_decoded(tmp_path):
    write(tmp_path / "u8.txt", codecs.BOM_UTF8 + "Héllo".encode())
    write(tmp_path / "u16.txt", "Wörld".encode("utf-16"))
    assert [i.article.text for i in load(tmp_path / "u8.txt", tmp_path / "u16.txt")] == ["Héllo", "Wörld"]


def test_directory_recursion_skips_hidden_and_other_files(tmp_path):
    write(tmp_path / "d" / "x.txt", "one")
    write(tmp_path / "d" / "sub" / "y.md", "two")
    write(tmp_path / "d" / ".hidden.txt", "no")
    write(tmp_path / "d" / "image.png", b"\x89PNG")
    assert sorted(i.article.ref for i in load(tmp_path / "d")) == ["x", "y"]


def test_symlink_loop_terminates(tmp_path):
    write(tmp_path / "d" / "x.txt", "one")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d", target_is_directory=True)
    assert [i.article.ref for i in load(tmp_path / "d")] == ["x"]


def test_missing_path_and_unknown_suffix(tmp_path):
    write(tmp_path / "notes.docx", "x")
    items = load(tmp_path / "nope", tmp_path / "notes.docx")
    assert items[0].error == "no such file or directory"
    assert items[1].error.startswith("unsupported file type")


def test_bad_front_matter_is_reported(tmp_path):
    write(tmp_path / "a.md", "---\ntitle: [unclosed\n---\nbody")
    write(tmp_path / "b.md", "---\ntitle: x\nbody with no end")
    a, b = load(tmp_path / "a.md", tmp_path / "b.md")
    assert a.error.startswith("bad YAML front matter")
    assert b.error == "front matter opened with '---' is never closed"


def test_impossible_published_date_falls_back_with_warning(tmp_path):
    write(tmp_path / "a.md", "---\npublished: 2025-02-30\n---\nbody")
    (item,) = load(tmp_path / "a.md")
    assert item.article.published is None and "impossible" in item.warnings[0]


def test_stdin_jsonl():
    stream = io.BytesIO(b'{"id": "s", "text": "from stdin"}\n')
    (item,) = list(iter_articles(["-"], stdin=stream))
    assert item.article.ref == "s" and item.origin == "<stdin>:1"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_jsonl_reader_never_raises_on_arbitrary_bytes(data):
    for item in iter_jsonl(io.BytesIO(data), "x", "x"):
        assert (item.article is None) != (item.error is None)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_text_round_trips_exactly(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("h") / "a.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    (item,) = load(path)
    if item.article:
        meta, body = split_front_matter(text.lstrip("\ufeff") if text.startswith("\ufeff") else text)
        assert item.article.text == body
    else:
        assert item.error


def test_decode_refuses_invalid_utf8_with_offset():
    with pytest.raises(ValueError, match="offset 1"):
        decode(b"a\xffb")
