"""The spaCy side: load the French model, register the ``guillemets`` component,
and stream texts through it.

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("guillemets")
    doc = nlp(text); doc._.attributions
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .extraction.extractor import Extractor
from .extraction.quotes import QuoteIndex, find_quotes
from .lexicon import load as load_lexicon
from .model import Attribution, Span
from .resolution.attribute import attribute

MODEL = "fr_core_news_md"
CHUNK_CHARS = 20_000  # longer texts are parsed in paragraph chunks: memory stays bounded

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """A line break always ends a sentence: news paragraphs never run on."""
    for tok in doc[1:]:
        if "\n" in doc[tok.i - 1].text and tok.is_sent_start is None:
            tok.is_sent_start = True
    return doc


class GuillemetsComponent:
    """Sets ``doc._.attributions`` to the list of attributions of the document."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.lexicon = load_lexicon()
        self.extractor = Extractor(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        quotes = QuoteIndex(find_quotes(doc.text))  # found once, for extraction and resolution
        doc._.attributions = attribute(doc, self.extractor.raw(doc, quotes), self.lexicon, quotes)
        return doc


@Language.factory("guillemets", requires=["token.dep", "token.lemma", "token.pos", "doc.ents"],
                  assigns=["doc._.attributions"])
def make_guillemets(nlp: Language, name: str) -> GuillemetsComponent:
    if "parser" in nlp.pipe_names and "paragraph_sentences" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_sentences", before="parser")
    return GuillemetsComponent(nlp, name)


@lru_cache(maxsize=2)
def load(model: str = MODEL) -> Language:
    """The French pipeline with the guillemets component, loaded once per process."""
    nlp = spacy.load(model)
    nlp.add_pipe("guillemets")
    return nlp


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pieces of at most ``size`` characters, cut at paragraph breaks,
    else at a sentence end, else at a space."""
    start = 0
    n = len(text)
    while n - start > size:
        cut = text.rfind("\n", start + size // 2, start + size)
        if cut == -1:
            cut = text.rfind(". ", start + size // 2, start + size)
            cut = cut + 1 if cut != -1 else -1
        if cut == -1:
            cut = text.rfind(" ", start + size // 2, start + size)
        if cut == -1:
            cut = start + size
        yield start, text[start:cut + (1 if text[cut:cut + 1] == "\n" else 0)]
        start = cut + (1 if text[cut:cut + 1] == "\n" else 0)
    yield start, text[start:]


def _shift(a: Attribution, offset: int, text: str) -> Attribution:
    if offset == 0:
        return a
    move = lambda s: Span.of(text, s.start + offset, s.end + offset) if s is not None else None  # noqa: E731
    a.content, a.cue, a.speaker_mention = move(a.content), move(a.cue), move(a.speaker_mention)
    return a


def extract_many(texts: Iterable[str], nlp: Language | None = None, batch_size: int = 16,
                 n_process: int = 1) -> Iterator[list[Attribution]]:
    """Stream attributions for many texts, in order (``nlp.pipe`` underneath).

    Texts are never all held in memory; a very long text is parsed in chunks."""
    nlp = nlp or load()
    texts_seen: dict[int, str] = {}

    def pieces():
        for k, t in enumerate(texts):
            t = t if isinstance(t, str) else ""
            texts_seen[k] = t
            parts = list(chunks(t)) if len(t) > CHUNK_CHARS else [(0, t)]
            for j, (off, piece) in enumerate(parts):
                yield piece, (k, off, j == len(parts) - 1)

    current: list[Attribution] = []
    for doc, (k, off, last) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        full = texts_seen[k]
        current.extend(_shift(a, off, full) for a in (doc._.attributions or []))
        if last:
            del texts_seen[k]
            yield current
            current = []
