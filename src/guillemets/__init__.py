"""guillemets — who said what in French news.

    >>> import guillemets
    >>> for a in guillemets.extract(text):
    ...     print(a.speaker, a.kind, a.content.text)
"""
from __future__ import annotations

from .model import Attribution, Span

__version__ = "0.17.0"
__all__ = ["Attribution", "Span", "extract", "extract_many", "load"]


def load(model: str = "fr_core_news_md"):
    """The loaded French spaCy pipeline with the ``guillemets`` component (cached)."""
    from .pipeline import load as _load
    return _load(model)


def extract(text: str) -> list[Attribution]:
    """All attributions of one article's text."""
    if not text or not text.strip():
        return []
    from .pipeline import extract_many as _many
    return next(_many([text]))


def extract_many(texts, **kw):
    """Attributions for each text of an iterable, streamed through ``nlp.pipe``."""
    from .pipeline import extract_many as _many
    return _many(texts, **kw)
