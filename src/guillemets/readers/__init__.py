"""Input readers: files, folders, globs and standard input to article records.

One interface, chosen by file type: ``.txt`` (one article), ``.jsonl`` /
``.jsonl.gz`` (one article per line: id, text, and optional url, outlet, title,
published), ``.html`` / ``.htm`` (trafilatura), ``.warc`` / ``.warc.gz``
(warcio, HTML responses), ``.rss`` / ``.atom`` / ``.xml`` feeds (feedparser).
Every reader yields ``Article`` or ``ReadError`` items and never raises on bad
input: one unreadable file or line is reported and the others go on.
"""
from __future__ import annotations

import glob
import gzip
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator, Union


@dataclass(slots=True)
class Article:
    id: str
    text: str
    meta: dict = field(default_factory=dict)


@dataclass(slots=True)
class ReadError:
    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


Item = Union[Article, ReadError]
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc"}
KNOWN_SUFFIXES = {".txt"} | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES


def decode(data: bytes, source: str) -> str | ReadError:
    """UTF-8 text of ``data``, or a ReadError saying why it is not text."""
    if b"\x00" in data[:8192]:
        return ReadError(source, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return ReadError(source, f"invalid UTF-8 at byte {e.start}")


def read_jsonl_lines(lines: Iterable[bytes], source: str) -> Iterator[Item]:
    """One article per line: {"id": ..., "text": ..., ...}."""
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        line = decode(raw, source)
        if isinstance(line, ReadError):
            yield ReadError(source, line.reason, n)
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            yield ReadError(source, f"not JSON ({e.msg})", n)
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield ReadError(source, 'no "text" string in this record', n)
            continue
        art_id = str(obj.get("id") if obj.get("id") is not None else f"{Path(source).stem}:{n}")
        meta = {k: v for k, v in obj.items() if k not in ("id", "text", "attributions")}
        yield Article(art_id, obj["text"], meta)


def read_text(data: bytes, source: str, art_id: str) -> Iterator[Item]:
    text = decode(data, source)
    if isinstance(text, ReadError):
        yield text
    else:
        yield Article(art_id, text, {"source": source})


def _looks_like_jsonl(data: bytes) -> bool:
    head = data.lstrip()[:1]
    if head != b"{":
        return False
    first = data.lstrip().split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def _kind(path: Path) -> tuple[str, bool]:
    """(suffix, gzipped) of a path: « corpus.jsonl.gz » → (".jsonl", True)."""
    suffixes = [x.lower() for x in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return (suffixes[-2] if len(suffixes) > 1 else ""), True
    return (suffixes[-1] if suffixes else ""), False


def read_path(path: Path) -> Iterator[Item]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and _kind(p)[0] in KNOWN_SUFFIXES):
            yield from read_path(child)
        return
    source = str(path)
    suffix, gz = _kind(path)
    try:
        if suffix in JSONL_SUFFIXES:
            with (gzip.open(path, "rb") if gz else path.open("rb")) as f:
                yield from read_jsonl_lines(f, source)
            return
        if suffix in WARC_SUFFIXES:
            from .warc import read_warc
            with path.open("rb") as f:  # warcio reads .warc.gz itself
                yield from read_warc(f, source)
            return
        data = gzip.decompress(path.read_bytes()) if gz else path.read_bytes()
    except (OSError, EOFError) as e:
        yield ReadError(source, getattr(e, "strerror", None) or str(e))
        return
    if suffix in HTML_SUFFIXES:
        from .html import read_html
        if b"\x00" in data[:8192]:
            yield ReadError(source, "binary file, not HTML")
        else:
            yield read_html(data, source, path.stem)
    elif suffix in FEED_SUFFIXES:
        from .feeds import read_feed
        yield from read_feed(data, source)
    else:
        yield from read_text(data, source, path.stem)


def expand(pattern: str) -> list[Path]:
    """A path, or a glob (« archive/**/*.html »)."""
    if any(c in pattern for c in "*?["):
        return [Path(p) for p in sorted(glob.glob(pattern, recursive=True))]
    return [Path(pattern)]


def read_stream(stream: IO[bytes], source: str = "<stdin>") -> Iterator[Item]:
    data = stream.read()
    if _looks_like_jsonl(data):
        yield from read_jsonl_lines(data.splitlines(), source)
    else:
        yield from read_text(data, source, "stdin")


def read_inputs(paths: Iterable[str]) -> Iterator[Item]:
    """Articles from paths (files, folders; ``-`` is standard input)."""
    paths = list(paths) or ["-"]
    for p in paths:
        if p == "-":
            yield from read_stream(sys.stdin.buffer)
            continue
        matches = expand(p)
        if not matches:
            yield ReadError(p, "no file matches this pattern")
        for path in matches:
            yield from read_path(path)
