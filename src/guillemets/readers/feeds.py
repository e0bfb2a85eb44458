"""RSS and Atom feeds: entries that carry their full content."""
from __future__ import annotations

import hashlib
import re
from typing import Iterator

from . import Article, Item, ReadError

TAGS = re.compile(r"<[^>]+>")


def read_feed(data: bytes, source: str) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield ReadError(source, f"not a readable RSS/Atom feed ({type(feed.bozo_exception).__name__})")
        return
    outlet = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        html = ""
        if entry.get("content"):
            html = max((c.get("value", "") for c in entry.content), key=len)
        html = html or entry.get("summary", "")
        if not html.strip():
            yield ReadError(source, f"feed entry {n} has no content", n)
            continue
        text = _text_of(html)
        link = entry.get("link")
        art_id = entry.get("id") or link or f"{source}#{n}"
        meta = {"source": source, "url": link, "title": entry.get("title"), "outlet": outlet,
                "published": _date(entry)}
        yield Article(hashlib.sha1(art_id.encode()).hexdigest()[:16], text, {k: v for k, v in meta.items() if v})


def _text_of(html: str) -> str:
    """Paragraph text of an entry's HTML content."""
    import html as html_lib

    html = re.sub(r"(?i)</p\s*>|<br\s*/?>|</h\d>|</li>", "\n", html)
    text = html_lib.unescape(TAGS.sub("", html))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def _date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None
