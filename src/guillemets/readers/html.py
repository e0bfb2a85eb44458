"""HTML pages: the main text and metadata through trafilatura."""
from __future__ import annotations

from . import Article, ReadError, article


def read_html(data: bytes | str, source: str, art_id: str, url: str | None = None) -> Article | ReadError:
    try:
        import trafilatura  # inside the try: a broken install fails this page with a reason, not the run

        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except ImportError as e:
        return ReadError(source, f"lecteur HTML indisponible : {e} (réinstallez guillemets)")
    except Exception as e:  # trafilatura raises on some broken markup
        return ReadError(source, f"HTML illisible ({type(e).__name__})")
    if doc is None:
        return ReadError(source, "aucun texte d'article dans la page HTML")
    get = doc.get if isinstance(doc, dict) else (lambda k, d=None: getattr(doc, k, d))
    text = get("text") or ""
    title = (get("title") or "").strip()
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest  # the headline is not part of the article text
    if not text.strip():
        return ReadError(source, "aucun texte d'article dans la page HTML")
    meta = {"url": get("url") or url, "title": get("title"), "outlet": get("sitename"), "published": get("date")}
    return article(art_id, text, meta, source)
