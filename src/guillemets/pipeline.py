"""The spaCy side: load the French model, register the ``guillemets`` component,
and stream texts through it.

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("guillemets")
    doc = nlp(text); doc._.attributions

The component keeps what it finds as plain data and spaCy spans, so that docs
travel wherever spaCy sends them (``nlp.pipe(n_process=2)``, ``DocBin``,
``Doc.to_bytes``): ``doc._.guillemets`` holds one dict per attribution (the
output format); ``doc.spans["quotes"]`` (label: the kind), ``doc.spans["cues"]``
and ``doc.spans["speakers"]`` (label: the canonical speaker) hold the same as
token spans, each with ``span.id_`` the attribution's index; ``doc._.attributions``
is derived from them.
"""
from __future__ import annotations

import re
import warnings
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.attrs import ORTH
from spacy.tokens import Doc

from .extraction.cues import present_of_saying, reports_a_content
from .extraction.extractor import Extractor
from .extraction.quotes import QuoteIndex, find_quotes
from .extraction.syntax import (detach_datelines, doc_text, forget, reattach_conjuncts_by_agreement, reattach_coordinated_reports,
                                reattach_objects_taken_for_subjects, reattach_restrictive_que,
                                retag_adjectives_taken_for_verbs, retag_present_participles, retag_nouns_taken_for_verbs, retag_person_nouns,
                                retag_que_taken_for_a_relative)
from .lexicon import load as load_lexicon
from .model import Attribution, Span
from .resolution.attribute import attribute
from .text import break_long_runs, parser_view, valid_unicode

MODEL = "fr_core_news_md"
CHUNK_CHARS = 20_000  # longer texts are parsed in paragraph chunks: memory stays bounded

SPAN_GROUPS = ("quotes", "cues", "speakers")


def _attributions(doc: Doc) -> list[Attribution] | None:
    records = doc._.guillemets
    return None if records is None else [Attribution.from_dict(r) for r in records]


if not Doc.has_extension("guillemets"):
    Doc.set_extension("guillemets", default=None)
Doc.set_extension("attributions", getter=_attributions, force=True)


def set_attributions(doc: Doc, attributions: list[Attribution]) -> None:
    """Store attributions on ``doc`` as plain dicts and as span groups."""
    records = [a.to_dict() for a in attributions]
    groups: dict[str, list] = {name: [] for name in SPAN_GROUPS}
    for n, a in enumerate(attributions):
        for group, span, label in (("quotes", a.content, a.kind), ("cues", a.cue, "cue"),
                                   ("speakers", a.speaker_mention, a.speaker or "")):
            tok_span = doc.char_span(span.start, span.end, label=label, alignment_mode="expand") if span else None
            if tok_span is not None:
                tok_span.id_ = str(n)
                groups[group].append(tok_span)
    for name, spans in groups.items():
        doc.spans[name] = spans
    doc._.guillemets = records


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """A line break always ends a sentence: news paragraphs never run on. A word or a comma
    never does (« Pour l'économiste haïtien Kesner Pharel, la crise … »: the parser may cut
    a sentence inside a name it does not know), nor a hyphen inside a word (« hold-up »)."""
    toks = list(doc)  # (one Token object a word: spaCy makes a new one at each ``doc[i]``)
    for prev, tok in zip(toks, toks[1:]):
        if tok.is_sent_start is not None:
            continue
        if "\n" in prev.text:
            tok.is_sent_start = True
        elif tok.text[:1].isupper() and (prev.is_alpha or prev.text == ",") and "\n" not in prev.whitespace_:
            tok.is_sent_start = False  # (only where the parser might cut: a capital; each constraint costs it)
        elif not prev.whitespace_ and (tok.text == "-" or prev.text == "-"):
            tok.is_sent_start = False  # « de « hold-up » »: a word the tokenizer cut at its hyphen is one word
    return doc


class GuillemetsComponent:
    """Sets ``doc._.attributions`` to the list of attributions of the document."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.lexicon = load_lexicon()
        self.extractor = Extractor(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        # found once, for extraction and resolution, on the text itself: guillemets tell an
        # opening mark from a closing one, the straight marks of the parser's view do not
        quotes = QuoteIndex(find_quotes(doc.user_data.get("guillemets.original") or doc_text(doc)))
        # which marks open and which close a quotation, for the tokens (« " un mot " »)
        doc.user_data["guillemets.opening_marks"] = [q.start for q in quotes.quotes]
        doc.user_data["guillemets.closing_marks"] = [q.end - 1 for q in quotes.quotes if q.closed]
        lex = self.lexicon
        try:
            retag_person_nouns(doc, lambda lemma, low: lex.is_title(lemma, low) or lemma in lex.source_nouns
                               or low in lex.source_nouns)
            detach_datelines(doc)
            retag_present_participles(doc, lex.cue_verbs)
            retag_nouns_taken_for_verbs(doc, lex.prenominal_adjectives)
            retag_adjectives_taken_for_verbs(doc, lambda form: present_of_saying(form, lex))
            reattach_restrictive_que(doc)
            reattach_objects_taken_for_subjects(doc)
            reattach_conjuncts_by_agreement(doc)
            retag_que_taken_for_a_relative(doc)
            reattach_coordinated_reports(doc, lambda tok: reports_a_content(tok, lex))
            found = attribute(doc, self.extractor.raw(doc, quotes), self.lexicon, quotes)
        except Exception as e:  # a fault on one article must not stop an archive: it is said, and the
            # article keeps its place with no attribution
            doc.user_data["guillemets.error"] = f"{type(e).__name__}: {e}"
            found = []
        finally:
            forget(doc)
        set_attributions(doc, found)
        return doc


_ELISION_BEFORE_MARK = re.compile(r"(?<![\w'])((?:[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)')(?=[\"«“])")


def _join_elisions(doc: Doc, view: str) -> None:
    """« a estimé qu'« il fallait … » »: the tokenizer cuts an elided « que » before a quotation
    mark in two (« qu », « ' »); it is one word (« qu' »), as before a letter, and opens a clause."""
    spans = [doc.char_span(m.start(1), m.end(1)) for m in _ELISION_BEFORE_MARK.finditer(view)]
    with doc.retokenize() as retokenizer:
        for span in spans:
            if span is not None and len(span) == 2:
                retokenizer.merge(span)


class ViewTokenizer:
    """The model's tokenizer over the parser's view of a text (``text.parser_view``: straight
    marks, plain spaces and apostrophes, at the same length), so that the tagger, parser and
    recogniser read French typography as well as the text they learned on. ``doc.text`` is
    that view, and guillemets reads it; the text itself stays in
    ``doc.user_data["guillemets.original"]``, and every span guillemets gives is in its words."""

    def __init__(self, inner):
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        view = parser_view(text)
        doc = self.inner(view)
        if "u'\"" in view or "u'«" in view or "u'“" in view:
            _join_elisions(doc, view)
        doc.user_data["guillemets.original"] = text
        doc.user_data["guillemets.text"] = view  # (``syntax.doc_text``: the view is the doc's text, joined once)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):  # vocab, rules, to_disk, to_bytes, … of the model's tokenizer
        return getattr(self.inner, name)


def keep_hyphenated_nouns_whole(tokenizer, words: Iterable[str]) -> None:
    """« Pour le troisième-ligne, P », « une aide-soignante »: a noun for a person written with a hyphen
    (the lexicon's titles and person nouns) that the model's tokenizer cuts at it is one word, so that
    the tagger and the parser read a noun (the tokenizer keeps « porte-parole » whole already)."""
    for word in words:
        if "-" not in word or " " in word:
            continue
        for form in {word, word[:1].upper() + word[1:]}:
            if len(tokenizer(form)) > 1:
                tokenizer.add_special_case(form, [{ORTH: form}])


@Language.factory("guillemets", requires=["token.dep", "token.lemma", "token.pos", "doc.ents"],
                  assigns=["doc._.guillemets", "doc.spans"])
def make_guillemets(nlp: Language, name: str) -> GuillemetsComponent:
    if "parser" in nlp.pipe_names and "paragraph_sentences" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_sentences", before="parser")
    if not isinstance(nlp.tokenizer, ViewTokenizer):
        lex = load_lexicon()
        keep_hyphenated_nouns_whole(nlp.tokenizer, sorted(lex.titles | lex.person_nouns | lex.source_nouns))
        nlp.tokenizer = ViewTokenizer(nlp.tokenizer)
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


def _moved(a: Attribution, offset: int, text: str) -> Attribution:
    """``a`` with its spans in the coordinates and the characters of the whole ``text``."""
    move = lambda s: Span.of(text, s.start + offset, s.end + offset) if s is not None else None  # noqa: E731
    a.content, a.cue, a.speaker_mention = move(a.content), move(a.cue), move(a.speaker_mention)
    return a


def extract_many(texts: Iterable[str], nlp: Language | None = None, batch_size: int = 16,
                 n_process: int = 1) -> Iterator[list[Attribution]]:
    """Stream attributions for many texts, in order (``nlp.pipe`` underneath).

    Texts are never all held in memory; a very long text is parsed in chunks. What
    the parser sees is made safe first, at the same length (lone surrogates become
    U+FFFD, runs of marks are broken up); spans come back in the text's own words."""
    nlp = nlp or load()
    texts_seen: dict[int, str] = {}

    def pieces():
        for k, t in enumerate(texts):
            t = valid_unicode(t) if isinstance(t, str) else ""
            texts_seen[k] = t
            parse = break_long_runs(t)
            parts = list(chunks(parse)) if len(parse) > CHUNK_CHARS else [(0, parse)]
            for j, (off, piece) in enumerate(parts):
                yield piece, (k, off, j == len(parts) - 1)

    current: list[Attribution] = []
    for doc, (k, off, last) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        full = texts_seen[k]
        if "guillemets.error" in doc.user_data:
            warnings.warn(f"guillemets : l'analyse du texte n° {k + 1} a échoué ({doc.user_data['guillemets.error']}) ; "
                          f"aucune citation n'en est donnée", RuntimeWarning, stacklevel=2)
        current.extend(_moved(a, off, full) for a in (doc._.attributions or []))
        if last:
            del texts_seen[k]
            yield current
            current = []
