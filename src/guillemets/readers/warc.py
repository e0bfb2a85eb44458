"""WARC files from a crawler: each complete HTML response goes through the HTML reader."""
from __future__ import annotations

import hashlib
from typing import BinaryIO, Iterator

from ..text import for_display
from . import MAX_ARTICLE_BYTES, Item, ReadError, size_words
from .html import read_html

REASON_CHARS = 160


def read_warc(stream: BinaryIO, source: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type is None:
                break  # not a record: garbage where a WARC header should be
            n += 1
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source} ({url})"
            body = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
            if len(body) > MAX_ARTICLE_BYTES:
                yield ReadError(where, f"réponse de plus de {size_words(MAX_ARTICLE_BYTES)} : ignorée", entry=n)
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:
                # fewer bytes than the record declares: the archive was cut in this record
                yield ReadError(where, "enregistrement WARC tronqué (l'archive s'arrête au milieu) : ignoré", entry=n)
                return
            art_id = hashlib.sha1((url or f"{source}#{n}").encode("utf-8", "replace")).hexdigest()[:16]
            yield read_html(body, where, art_id, url=url)
    except Exception as e:  # a truncated or corrupt archive: report, keep what was read
        yield ReadError(source, f"archive WARC illisible jusqu'au bout ({type(e).__name__}: {_short(e)})", entry=n or None)
        return
    if n == 0:
        yield ReadError(source, "pas une archive WARC : aucun enregistrement lisible")


def _short(e: Exception) -> str:
    """An exception's message fit to print: printable characters only, cut short."""
    text = "".join(c if c.isprintable() else "?" for c in for_display(str(e)))
    return text if len(text) <= REASON_CHARS else text[:REASON_CHARS] + "…"
