"""Files and stdin -> Article records, one problem per item, never an exception.

Formats: `.txt`/`.md` (optional YAML front matter), `.json` (an article object
or a list of them), `.jsonl` (one article per line), and `-` for JSONL on
stdin. Text is kept exactly as read (a leading byte-order mark aside), so
evidence offsets index what the user gave us.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from dateline.extract.published import infer_published, parse_published
from dateline.extract.records import Article

if TYPE_CHECKING:
    import yaml

TEXT_SUFFIXES = (".txt", ".md")
SUFFIXES = TEXT_SUFFIXES + (".json", ".jsonl")
# One article larger than this is almost surely not an article; refusing it
# keeps memory bounded (JSONL files of any size are streamed line by line).
MAX_ARTICLE_BYTES = 16 * 1024 * 1024


@dataclass(slots=True)
class LoadItem:
    """One article read, or one reason it could not be (`origin: reason`)."""

    origin: str
    article: Article | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def decode(data: bytes) -> str:
    """Bytes -> text, refusing what is not text with a reason.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted; invalid
    UTF-8 is refused with its byte offset rather than silently altered,
    because altered text would make the evidence offsets lie.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ValueError(f"invalid UTF-16 at byte {exc.start}") from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ValueError(f"binary file (NUL byte at offset {nul}), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert the file to UTF-8"
        ) from None


@cache
def _front_matter_loader() -> type[yaml.SafeLoader]:
    """A SafeLoader that leaves dates as strings, so `parse_published` can explain bad ones.

    Built (and yaml imported) on the first front matter: a JSONL load never needs it,
    and the import cost 0.02-0.03 s of a load's start-up.
    """
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        yaml_implicit_resolvers = {
            key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
            for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }

    return FrontMatterLoader


def split_front_matter(raw: str) -> tuple[dict[str, Any], str]:
    """YAML front matter between `---` lines at the very top, and the body after it."""
    if not raw.startswith("---"):
        return {}, raw
    first_nl = raw.find("\n")
    if first_nl < 0 or raw[:first_nl].rstrip("\r") != "---":
        return {}, raw
    pos = first_nl + 1
    while True:
        nl = raw.find("\n", pos)
        line_end = len(raw) if nl < 0 else nl
        if raw[pos:line_end].rstrip("\r") in ("---", "..."):
            import yaml

            try:
                meta = yaml.load(raw[first_nl + 1:pos], Loader=_front_matter_loader()) or {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" (line {mark.line + 2})" if mark else ""
                raise ValueError(f"bad YAML front matter{where}") from None
            if not isinstance(meta, dict):
                raise ValueError("front matter must be a YAML mapping of keys to values")
            return meta, raw[line_end + 1:] if nl >= 0 else ""
        if nl < 0:
            raise ValueError("front matter opened with '---' is never closed")
        pos = nl + 1


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None


def make_article(meta: dict[str, Any], text: Any, default_ref: str, origin: str) -> LoadItem:
    """Validate one record's fields into an Article (or an error/warnings)."""
    item = LoadItem(origin=origin)
    if text is None:
        item.error = "missing text"
        return item
    if not isinstance(text, str):
        item.error = f"text must be a string, not {type(text).__name__}"
        return item
    if not text.strip():
        item.error = "empty text"
        return item
    ref = meta.get("id")
    if ref is None or (isinstance(ref, str) and not ref.strip()):
        ref = default_ref
    elif not isinstance(ref, (str, int)) or isinstance(ref, bool):
        item.error = f"id must be a string or number, not {type(ref).__name__}"
        return item
    strings: dict[str, str | None] = {}
    for key in ("title", "source", "url"):
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            item.warnings.append(f"{key} should be a string; using {str(value)!r}")
            value = str(value)
        strings[key] = value
    published, how = None, "unknown"
    try:
        published = parse_published(meta.get("published"))
        if published:
            how = "metadata"
    except ValueError as exc:
        item.warnings.append(f"{exc}; looking for a date in the text instead")
    if published is None:
        published = infer_published(text)
        how = "dateline" if published else "unknown"
    item.article = Article(
        ref=str(ref).strip(), text=text, title=strings["title"] or _first_line(text),
        source=strings["source"], url=strings["url"], published=published,
        published_how=how, origin=origin, sha256=sha256_text(text),
    )
    return item


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ValueError(
            f"file is {size / 1e6:.0f} MB, too large for one article "
            f"(limit {MAX_ARTICLE_BYTES // 2**20} MiB); split it or use JSONL"
        )
    return path.read_bytes()


def _load_text_file(path: Path) -> Iterator[LoadItem]:
    raw = decode(_read_bytes(path))
    if not raw.strip():
        raise ValueError("empty file")
    meta, body = split_front_matter(raw)
    yield make_article(meta, body, path.stem, str(path))


def _record(obj: Any, default_ref: str, origin: str) -> LoadItem:
    if not isinstance(obj, dict):
        return LoadItem(origin=origin, error=f"expected an article object, got {type(obj).__name__}")
    return make_article(obj, obj.get("text"), default_ref, origin)


def _load_json_file(path: Path) -> Iterator[LoadItem]:
    raw = decode(_read_bytes(path))
    if not raw.strip():
        raise ValueError("empty file")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"line {exc.lineno}: invalid JSON ({exc.msg})") from None
    if isinstance(data, list):
        for index, obj in enumerate(data, 1):
            yield _record(obj, f"{path.stem}-{index}", f"{path}[{index}]")
    else:
        yield _record(data, path.stem, str(path))


def iter_jsonl(stream: BinaryIO, name: str, stem: str) -> Iterator[LoadItem]:
    """JSONL streamed line by line: memory stays bounded whatever the file size."""
    first = True
    for lineno, line in enumerate(stream, 1):
        origin = f"{name}:{lineno}"
        if first:
            first = False
            if line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8):]
        if len(line) > MAX_ARTICLE_BYTES:
            yield LoadItem(origin=origin, error="line too long for one article")
            continue
        try:
            text = decode(line)
        except ValueError as exc:
            yield LoadItem(origin=origin, error=str(exc))
            continue
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield LoadItem(origin=origin, error=f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield _record(obj, f"{stem}-{lineno}", origin)


def _load_jsonl_file(path: Path) -> Iterator[LoadItem]:
    with path.open("rb") as stream:
        yield from iter_jsonl(stream, str(path), path.stem)


_READERS = {".txt": _load_text_file, ".md": _load_text_file,
            ".json": _load_json_file, ".jsonl": _load_jsonl_file}


def load_file(path: Path) -> Iterator[LoadItem]:
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        yield LoadItem(origin=str(path), error=f"unsupported file type (use one of {', '.join(SUFFIXES)})")
        return
    try:
        yield from reader(path)
    except ValueError as exc:
        yield LoadItem(origin=str(path), error=str(exc))
    except OSError as exc:
        yield LoadItem(origin=str(path), error=exc.strerror or str(exc))


def walk(paths: Iterable[str]) -> Iterator[Path | LoadItem]:
    """The files named, directories expanded (sorted, hidden entries and
    symlinked directories skipped, so loops cannot trap us), or an error item."""
    for name in paths:
        if name == "-":
            yield Path("-")
            continue
        path = Path(name)
        if path.is_dir():
            for root, dirs, files in os.walk(path, onerror=None, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for fname in sorted(files):
                    if not fname.startswith(".") and Path(fname).suffix.lower() in SUFFIXES:
                        yield Path(root) / fname
        elif path.exists():
            yield path
        else:
            yield LoadItem(origin=name, error="no such file or directory")


def iter_articles(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[LoadItem]:
    """Every article (or problem) under `paths`, in a stable order."""
    for entry in walk(paths):
        if isinstance(entry, LoadItem):
            yield entry
        elif str(entry) == "-":
            yield from iter_jsonl(stdin or sys.stdin.buffer, "<stdin>", "stdin")
        else:
            yield from load_file(entry)


def read_text_exact(path: str) -> str:
    """A plain text file (or `-` for stdin) decoded without newline translation."""
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return decode(data)

