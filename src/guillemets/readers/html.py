"""HTML pages: the main text and metadata through trafilatura."""
from __future__ import annotations

from . import Article, ReadError


def read_html(data: bytes | str, source: str, art_id: str, url: str | None = None) -> Article | ReadError:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as e:  # trafilatura raises on some broken markup
        return ReadError(source, f"HTML could not be parsed ({type(e).__name__})")
    if doc is None:
        return ReadError(source, "no article text found in the HTML page")
    get = doc.get if isinstance(doc, dict) else (lambda k, d=None: getattr(doc, k, d))
    text = get("text") or ""
    title = (get("title") or "").strip()
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest  # the headline is not part of the article text
    if not text.strip():
        return ReadError(source, "no article text found in the HTML page")
    meta = {"source": source, "url": get("url") or url, "title": get("title"),
            "outlet": get("sitename"), "published": get("date")}
    return Article(art_id, text, {k: v for k, v in meta.items() if v})
