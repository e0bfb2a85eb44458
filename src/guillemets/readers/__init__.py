"""Input readers: files, folders, globs and standard input to article records.

One interface, chosen by file type: ``.txt`` (one article), ``.json`` (one
article object, or a list of them), ``.jsonl`` / ``.jsonl.gz`` (one article per
line: id, text, and optional url, outlet, title, published), ``.html`` /
``.htm`` (trafilatura), ``.warc`` / ``.warc.gz`` (warcio, HTML responses),
``.rss`` / ``.atom`` / ``.xml`` feeds (feedparser). Every reader yields
``Article`` or ``ReadError`` items and never raises on bad input: one
unreadable file, line or entry is reported and the others go on.

What is read for one article is bounded (``MAX_ARTICLE_BYTES``, after
decompression): a gzip bomb or a runaway line is reported, never held whole in
memory. Ids come from the input (a JSON id, a URL) or from the path relative to
the folder given; ``UniqueIds`` gives a second, different text that claims an
id already used in the same run an id of its own.
"""
from __future__ import annotations

import codecs
import glob
import gzip
import json
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO, Iterable, Iterator, Union

from ..text import text_hash, valid_unicode

MAX_ARTICLE_BYTES = 8_000_000   # one article's raw bytes: a line, a file, a WARC record
MAX_JSON_BYTES = 64_000_000     # a .json file holds many articles at once; larger ones belong in JSON Lines
META_FIELDS = ("outlet", "url", "title", "published")


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
    entry: int | None = None

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
        elif self.entry is not None:
            where += f" (entrée {self.entry})"
        return f"{where}: {self.reason}"


Item = Union[Article, ReadError]
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc"}
KNOWN_SUFFIXES = {".txt"} | JSONL_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES
COMPRESSED_ERRORS = (OSError, EOFError, zlib.error)  # gzip.BadGzipFile is an OSError
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class TooLarge(Exception):
    """More bytes than one article may have."""


def size_words(n: int) -> str:
    return f"{n / 1_000_000:g} Mo"


def read_bounded(f: BinaryIO, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """All of ``f``, or TooLarge as soon as it passes ``limit`` bytes."""
    data = f.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"plus de {size_words(limit)} à lire pour un seul article : ignoré")
    return data


def decode(data: bytes, source: str) -> str | ReadError:
    """The text of ``data`` (UTF-8, or UTF-16/32 with a byte-order mark), or a ReadError
    saying why it is not text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as e:
                return ReadError(source, f"texte {codec.upper()} invalide à l'octet {e.start}")
    if b"\x00" in data[:8192]:
        return ReadError(source, "fichier binaire, pas du texte")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        return ReadError(source, f"UTF-8 invalide à l'octet {e.start}")


def _meta_value(value) -> str | None:
    """A metadata field as text, whatever JSON gave (a list, a number), without lone surrogates."""
    if value is None:
        return None
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False)
    return valid_unicode(value).strip() or None


def article(art_id, text: str, meta: dict, source: str, line: int | None = None,
            entry: int | None = None) -> Item:
    """An Article with a usable id, text and metadata, or the ReadError that says why not."""
    text = valid_unicode(text)
    if not text.strip():
        return ReadError(source, "article vide : aucun texte", line, entry)
    clean = {k: v for k, v in ((k, _meta_value(meta.get(k))) for k in META_FIELDS) if v is not None}
    clean["source"] = source
    return Article(valid_unicode(str(art_id)), text, clean)


def read_jsonl_lines(lines: Iterable[bytes], source: str, default_id: str) -> Iterator[Item]:
    """One article per line: {"id": ..., "text": ..., ...}."""
    for n, raw in enumerate(lines, 1):
        if isinstance(raw, TooLarge):
            yield ReadError(source, str(raw), n)
            continue
        if not raw.strip():
            continue
        line = decode(raw, source)
        if isinstance(line, ReadError):
            yield ReadError(source, line.reason, n)
            continue
        yield from _json_record(line, source, f"{default_id}:{n}", line=n)


def _json_record(data: str, source: str, default_id: str, line: int | None = None) -> Iterator[Item]:
    """The article of one JSON object, or of each object of a JSON list (numbered entries)."""
    try:
        obj = json.loads(data)
    except ValueError as e:
        yield ReadError(source, f"pas du JSON ({getattr(e, 'msg', e)})", line)
        return
    listed = isinstance(obj, list)
    for k, one in enumerate(obj if listed else [obj], 1):
        entry = k if listed else None
        if not isinstance(one, dict) or not isinstance(one.get("text"), str):
            yield ReadError(source, 'pas de champ "text" (une chaîne) dans cet enregistrement', line, entry)
            continue
        art_id = one.get("id") if one.get("id") is not None else (f"{default_id}#{k}" if listed else default_id)
        yield article(art_id, one["text"], one, source, line, entry)


def _bounded_lines(f: BinaryIO, limit: int = MAX_ARTICLE_BYTES) -> Iterator[bytes | TooLarge]:
    """The lines of ``f``; a line over ``limit`` bytes is skipped to its end and given as TooLarge."""
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield TooLarge(f"ligne de plus de {size_words(limit)} : ignorée")
            continue
        yield line


def _kind(path: Path) -> tuple[str, bool]:
    """(suffix, gzipped) of a path: « corpus.jsonl.gz » → (".jsonl", True)."""
    suffixes = [x.lower() for x in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return (suffixes[-2] if len(suffixes) > 1 else ""), True
    return (suffixes[-1] if suffixes else ""), False


def path_id(path: Path, root: Path | None) -> str:
    """An article id from a file's path: relative to the folder given, without suffixes
    (« site/a/index.html » read from « site » → « a/index »), else the file's stem."""
    rel = path.relative_to(root) if root is not None else Path(path.name)
    name = rel.name
    for _ in path.suffixes:
        name = name.rsplit(".", 1)[0] if "." in name[1:] else name
    return str(rel.with_name(name)) if rel.parent != Path(".") else name


def read_path(path: Path, root: Path | None = None) -> Iterator[Item]:
    """The items of one file, or of every readable file under a folder."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and _kind(p)[0] in KNOWN_SUFFIXES):
            yield from read_path(child, root or path)
        return
    source = str(path)
    suffix, gz = _kind(path)
    art_id = path_id(path, root)
    n = 0
    try:
        if suffix in JSONL_SUFFIXES:
            with (gzip.open(path, "rb") if gz else path.open("rb")) as f:
                for item in read_jsonl_lines(_bounded_lines(f), source, art_id):
                    n += 1
                    yield item
            return
        if suffix in WARC_SUFFIXES:
            from .warc import read_warc
            with path.open("rb") as f:  # warcio reads .warc.gz itself
                yield from read_warc(f, source)
            return
        with (gzip.open(path, "rb") if gz else path.open("rb")) as f:
            data = read_bounded(f, MAX_JSON_BYTES if suffix in JSON_SUFFIXES else MAX_ARTICLE_BYTES)
    except TooLarge as e:
        yield ReadError(source, str(e))
        return
    except COMPRESSED_ERRORS as e:
        yield ReadError(source, _io_reason(e, gz, n))
        return
    yield from read_data(data, source, suffix, art_id)


def _io_reason(e: BaseException, gz: bool, lines_read: int) -> str:
    if isinstance(e, FileNotFoundError):
        return "fichier introuvable"
    if isinstance(e, PermissionError):
        return "lecture refusée (droits du fichier)"
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    if gz:
        after = f" après la ligne {lines_read}" if lines_read else ""
        return f"fichier compressé tronqué ou corrompu{after} ({type(e).__name__})"
    return f"lecture impossible ({type(e).__name__})"


def read_data(data: bytes, source: str, suffix: str, art_id: str) -> Iterator[Item]:
    """The items of one file's bytes, by its type."""
    if not data.strip():
        yield ReadError(source, "fichier vide")
        return
    if suffix in HTML_SUFFIXES:
        from .html import read_html
        if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            yield ReadError(source, "fichier binaire, pas du HTML")
        else:
            yield read_html(data, source, art_id)
        return
    if suffix in FEED_SUFFIXES:
        from .feeds import read_feed
        yield from read_feed(data, source)
        return
    text = decode(data, source)
    if isinstance(text, ReadError):
        yield text
    elif suffix in JSON_SUFFIXES:
        yield from _json_record(text, source, art_id)
    else:
        yield article(art_id, text, {}, source)


def expand(pattern: str) -> list[Path]:
    """A path, or a glob (« archive/**/*.html »); a file whose very name holds « [ » or « * »
    is itself."""
    if any(c in pattern for c in "*?[") and not Path(pattern).exists():
        return [Path(p) for p in sorted(glob.glob(pattern, recursive=True))]
    return [Path(pattern)]


def _looks_like_jsonl(data: bytes) -> bool:
    head = data.lstrip()[:1]
    if head != b"{":
        return False
    first = data.lstrip().split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def read_stream(stream: IO[bytes], source: str = "<stdin>") -> Iterator[Item]:
    try:
        data = read_bounded(stream, MAX_JSON_BYTES)
    except TooLarge:
        yield ReadError(source, f"plus de {size_words(MAX_JSON_BYTES)} sur l'entrée standard : "
                                "passez un fichier JSON Lines")
        return
    if _looks_like_jsonl(data):
        yield from read_jsonl_lines(data.splitlines(), source, "stdin")
    else:
        yield from read_data(data, source, ".txt", "stdin")


class UniqueIds:
    """Ids that cannot collide within one run: a second, different text under an id
    already taken gets ``id~hash`` (its text's hash), and the rename is recorded."""

    def __init__(self):
        self.seen: dict[str, str] = {}
        self.renamed: list[tuple[str, str, str]] = []  # (source, id asked for, id given)

    def __call__(self, art: Article) -> Article:
        digest = text_hash(art.text)
        taken = self.seen.get(art.id)
        if taken is not None and taken != digest:
            new = f"{art.id}~{digest[:10]}"
            self.renamed.append((art.meta.get("source", ""), art.id, new))
            art.id = new
        self.seen.setdefault(art.id, digest)
        return art


def read_inputs(paths: Iterable[str], ids: UniqueIds | None = None) -> Iterator[Item]:
    """Articles from paths (files, folders, globs; ``-`` is standard input), with ids
    unique within the run."""
    ids = ids or UniqueIds()
    paths = list(paths) or ["-"]
    for p in paths:
        if p == "-":
            items = read_stream(sys.stdin.buffer)
        else:
            matches = expand(p)
            if not matches:
                yield ReadError(p, "aucun fichier ne correspond à ce chemin")
            items = (item for path in matches for item in read_path(path))
        for item in items:
            yield ids(item) if isinstance(item, Article) else item
