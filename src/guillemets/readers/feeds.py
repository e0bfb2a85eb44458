"""RSS and Atom feeds: entries that carry their full content."""
from __future__ import annotations

import hashlib
import io
import re
from typing import Iterator

from . import Item, ReadError, article

TAGS = re.compile(r"<[^>]+>")
SITEMAP = re.compile(rb"<(?:\w+:)?(?:urlset|sitemapindex)\b")


def read_feed(data: bytes, source: str) -> Iterator[Item]:
    import feedparser

    if SITEMAP.search(data[:4096]):
        yield ReadError(source, "sitemap XML : une liste d'adresses, sans texte d'article "
                                "(récupérez les pages, puis lisez-les en HTML ou en WARC)")
        return
    # a stream, never bytes or a string: feedparser takes a short string for a path or a URL
    feed = feedparser.parse(io.BytesIO(data))
    if not feed.entries:
        why = f" ({type(feed.bozo_exception).__name__})" if feed.bozo else ""
        yield ReadError(source, f"aucune entrée de flux RSS/Atom : ce fichier n'est pas un flux lisible{why}")
        return
    outlet = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        html = ""
        if entry.get("content"):
            html = max((c.get("value", "") for c in entry.content), key=len)
        html = html or entry.get("summary", "")
        if not html.strip():
            yield ReadError(source, "entrée sans contenu", entry=n)
            continue
        link = entry.get("link")
        art_id = entry.get("id") or link or f"{source}#{n}"
        meta = {"url": link, "title": entry.get("title"), "outlet": outlet, "published": _date(entry)}
        yield article(hashlib.sha1(art_id.encode("utf-8", "replace")).hexdigest()[:16], _text_of(html), meta,
                      source, entry=n)


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
