"""Input readers: files, folders and standard input to article records.

Every reader yields ``Article`` or ``ReadError`` items, never raises on bad
input: one unreadable file or line is reported and the others go on.
"""
from __future__ import annotations

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


def read_path(path: Path) -> Iterator[Item]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in {".txt", *JSONL_SUFFIXES}):
            yield from read_path(child)
        return
    source = str(path)
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            with path.open("rb") as f:
                yield from read_jsonl_lines(f, source)
            return
        data = path.read_bytes()
    except OSError as e:
        yield ReadError(source, e.strerror or str(e))
        return
    yield from read_text(data, source, path.stem)


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
        else:
            yield from read_path(Path(p))
