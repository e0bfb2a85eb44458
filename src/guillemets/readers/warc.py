"""WARC files from a crawler: each HTML response goes through the HTML reader."""
from __future__ import annotations

import hashlib
from typing import BinaryIO, Iterator

from . import Item, ReadError
from .html import read_html


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
            body = record.content_stream().read()
            art_id = hashlib.sha1((url or f"{source}#{n}").encode()).hexdigest()[:16]
            yield read_html(body, f"{source} ({url})", art_id, url=url)
    except Exception as e:  # a truncated or corrupt archive: report, keep what was read
        yield ReadError(source, f"WARC archive could not be read to the end ({type(e).__name__}: {e})")
        return
    if n == 0:
        yield ReadError(source, "not a WARC archive: no record could be read")
