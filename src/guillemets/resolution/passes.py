"""From a speaker mention to a source: ordered passes, most precise first.

Each pass is a small function ``(cast, mention, history) -> Resolved | None``:
it links the mention, or says nothing and leaves it to the next. ``PASSES`` is
their order; ``resolve`` runs them and records which pass decided
(``Resolved.rule``) and why (``Resolved.evidence``). The passes follow the
kinds of mention one by one: group phrasings, pronouns, handles, « la même
source », writings, names, epithets, counted groups, proper names, roles and
descriptions, and last the description as the article words it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc, Token

from ..extraction.cues import TEMPORAL, one_of, reports_a_content
from ..extraction.syntax import (CLITICS, SET_APART_PRONOUNS, between_commas, doc_text, entities, is_finite, is_quote_mark,
                                is_subject, np_extent, phrase_at, phrase_starting_at, tokens)
from ..lexicon import load as load_lexicon
from . import salience
from .cast import (DEFINITE, DEMONSTRATIVES, DETERMINERS, HONORIFICS, INDEFINITE, Cast, Person, comma_conjunct,
                   epithet_stem, names_a_people, Resolved, _clean_name, _companions, _det_gender, _fold, _text,
                   title_gender)
from .first_names import is_first_name


@dataclass(slots=True)
class Mention:
    """A speaker phrase: its head token and noun-phrase extent, and what its words say."""
    head: Token
    s: int
    e: int
    quantifier: Token | None
    det: str
    lemma: str
    low: str
    plural: bool
    possessive: bool

    @property
    def doc(self) -> Doc:
        return self.head.doc

    @property
    def span(self):
        return self.doc[self.s:self.e]

    @property
    def chars(self) -> tuple[int, int]:
        span = self.span
        return span.start_char, span.end_char

    @classmethod
    def of(cls, head: Token) -> "Mention":
        doc = head.doc
        quantifier = None
        if head.lower_ in ("certains", "certaines", "plusieurs") and head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "NOUN":
            quantifier, head = head, doc[head.i + 1]  # « Certains musiciens », the determiner taken for the subject
        s, e = np_extent(head)  # (with the words the tokenizer cut at a hyphen: « les marins-pompiers »)
        e = _name_after(head, e)
        e = _before_a_medium(doc, head.i + 1, e)
        e = _before_the_addressee(doc, head.i + 1, e)
        m_end = e
        if quantifier is not None:
            s = min(s, quantifier.i)
        while e - 1 > head.i and (doc[e - 1].lower_ in TEMPORAL or doc[e - 1].like_num
                                  or doc[e - 1].pos_ in ("ADP", "DET") and e < m_end):
            e -= 1  # « a annoncé le groupe mardi »: the day is not part of the name (nor « de » before it)
        lex = load_lexicon()  # « confie l'un d'eux sous couvert d'anonymat »: how it was said, not who
        e = next((k for k in range(head.i + 1, e) if phrase_starting_at(doc, k, lex.saying_circumstances)), e)
        cut = next((x for x in entities(doc) if x.start < e < x.end and x.label_ in ("PER", "ORG")), None)
        if cut is not None and e - 1 > head.i:
            e = cut.end  # « l'entourage du ministre Bruno Le Maire »: never half a name
        det = next((c.lower_ for c in head.children if c.dep_ == "det"), "")
        # « l'ONG »: an invariable noun the tagger took for a plural, the determiner says one
        plural = "Plur" in head.morph.get("Number") and det not in SINGULAR_DETERMINERS
        lemma, low = head.lemma_.lower(), head.lower_
        if head.i >= 2 and doc[head.i - 1].text in ("-", "‑") and not doc[head.i - 1].whitespace_ \
                and not doc[head.i - 2].whitespace_ and doc[head.i - 2].is_alpha:
            # « le troisième-ligne », that the tokenizer cut at its hyphen: one noun
            lemma, low = f"{doc[head.i - 2].lower_}-{lemma}", f"{doc[head.i - 2].lower_}-{low}"
            s = min(s, head.i - 2)
        return cls(head, s, e, quantifier, det, lemma, low, plural,
                   any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in head.children))


def _before_a_medium(doc: Doc, start: int, e: int) -> int:
    """« a réagi l'attaquant au micro de Canal+ »: where it was said (``media_contexts.txt``) is no
    part of who said it; the mention ends before it."""
    phrases = load_lexicon().media_contexts
    return next((k for k in range(start, e) if phrase_starting_at(doc, k, phrases) is not None), e)


def _before_the_addressee(doc: Doc, start: int, e: int) -> int:
    """« a indiqué une source judiciaire à l'AFP », « a confié un proche au Parisien »: to whom it
    was said (a news agency, a medium, ``addressee_nouns.txt``) is no part of who said it."""
    lex = load_lexicon()
    for k in range(start, e):
        if doc[k].lower_ in ("à", "au", "aux") and k + 1 < e:
            j = k + 2 if doc[k + 1].lower_ in ("l'", "l’", "la", "le", "les") and k + 2 < e else k + 1
            w = doc[j].lower_
            if w in lex.news_agencies or w in lex.addressee_nouns \
                    or w in lex.media_name_words and doc[j].text[:1].isupper():  # (« le meilleur au monde »)
                return k
    return e


def _name_after(head: Token, e: int) -> int:
    """« a indiqué la compagnie aérienne Air Caraïbes », « selon l'agence de notation Moody's »: a
    name right after a common noun's phrase belongs to it, though the parser hung it elsewhere;
    the phrase ends after the name."""
    doc = head.doc
    if head.pos_ != "NOUN" or not head.text.islower() and head.lower_ not in load_lexicon().type_nouns:
        return e  # (« l'ONG Human Rights Watch »: a type noun in capitals)
    k = e
    while k < min(len(doc), e + 2) and doc[k].pos_ == "ADJ" and doc[k].text.islower():
        k += 1  # « le constructeur automobile Stellantis », the adjective hung on the verb
    if k >= len(doc):
        return e
    last_noun = next((t for t in reversed(doc[head.i:k]) if t.pos_ == "NOUN"), head)
    if last_noun.i != head.i and (any(c.dep_ == "det" for c in last_noun.children)
                                  or any(c.dep_ == "case" and c.lower_ in ("du", "des", "au", "aux")
                                         for c in last_noun.children)):
        return e  # « un porte-parole du commissaire européen Olli Rehn »: the commissioner's name
    nxt = doc[k]
    if not nxt.text[:1].isupper() or not (nxt.ent_type_ in ("ORG", "MISC", "PER") or nxt.pos_ == "PROPN"):
        return e
    ent = next((x for x in entities(doc) if x.start <= k < x.end), None)
    k = max(k, ent.end) if ent is not None else k
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    return k


SINGULAR_DETERMINERS = {"le", "la", "l'", "l’", "un", "une", "ce", "cet", "cette", "son", "sa", "mon", "ma", "ton", "ta"}

Pass = Callable[[Cast, Mention, list[Resolved]], "Resolved | None"]


# -- phrasings of a group or of one of a group -------------------------------------------------

def one_of_them(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« regrette l'un d'eux », « s'est réjoui un de ses partisans »: one of a group, as the article says it."""
    doc = m.doc
    elided = m.head.i > 0 and doc[m.head.i - 1].lower_ in ("l'", "l’")
    # (« Une des enseignantes du collège assure », opening the sentence: the tagger may call it a determiner)
    of = m.head.pos_ in ("PRON", "DET", "NUM") and one_of(m.head)
    if m.low in ("un", "une") and (elided or of):
        s = min(m.s, m.head.i - 1) if elided else m.s
        if m.e + 1 < len(doc) and doc[m.e].text == ",":  # « a dénoncé l'un d'eux, Julien Odoul »: the one named
            ent = next((e for e in entities(doc) if e.start == m.e + 1 and e.label_ == "PER"), None)
            p = cast._person_for(list(ent)) if ent is not None else None
            if p is not None:
                r = cast._as_person(p, m.chars, 0.7)
                r.evidence = f"« {cast._description(s, ent.end)} » → {p.name}"
                return r
        return Resolved(cast._description(s, m.e), (doc[s].idx, doc[m.e - 1].idx + len(doc[m.e - 1].text)),
                        anonymous=True, speaker_type="person", confidence=0.45)
    return None


def those_who(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« ceux qui craignent que P »: the people the article describes, in its words."""
    rel = next((c for c in m.head.children if c.dep_ == "acl:relcl"), None)
    if m.low in ("ceux", "celles") and rel is not None:
        head = m.head
        return Resolved(doc_text(m.doc)[head.idx:rel.idx + len(rel.text)], (head.idx, rel.idx + len(rel.text)),
                        anonymous=True, speaker_type="group", confidence=0.5)
    return None


def by_order(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« Ce dernier », « celle-ci », « la première », « le second »: one of the persons just named,
    by the order the article named them (``lexicon/anaphors.tsv``)."""
    doc, head = m.doc, m.head
    form = head.lower_
    if form in ("celui", "celle") and head.i + 1 < len(doc):
        rest = doc[head.i + 1].lower_ + (doc[head.i + 2].lower_ if head.i + 2 < len(doc) else "")
        form += "-ci" if rest.startswith(("-ci", "ci")) else "-là" if rest.startswith(("-là", "là")) else ""
    before = next((c for c in head.children if c.dep_ == "amod" and c.i < head.i and c.lower_ in cast.lex.anaphors), None)
    if before is not None and form in cast.lex.pronouns:
        form = before.lower_  # « La seconde lui reproche … »: the parser made the clitic the noun
    entry = cast.lex.anaphors.get(form)
    if entry is None:
        return None
    dets, gender, which = entry
    if which == "latest-group":
        return _the_latter_group(cast, m, history) if m.det in dets else None
    det = m.det
    if not det and head.dep_ == "amod" and head.i > 0 and head.doc[head.i - 1].lower_ in ("ce", "cette"):
        det = head.doc[head.i - 1].lower_  # « Ce dernier juge … », the parser's noun phrase « ce dernier juge »
    if dets and det not in dets or not dets and det:
        return None
    if head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "NOUN" and doc[head.i + 1].head.i != head.i:
        return None  # « le premier ministre »: a title
    # the persons the article named, and those it spoke of since by a title or a counterpart
    # (« son homologue, Brahim Merad … Son interlocuteur a insisté … Ce dernier a rappelé »)
    # (not one called back by order: « Le premier a promis … Le second a annoncé » keep the order of the names)
    seen = [(doc[i].idx, p) for i, p, _ in cast.mentions] + [(h.mention[0], h.person) for h in history
                                                              if h.person is not None and h.mention is not None
                                                              and h.rule != "by_order"]

    def two_named_before(at: int) -> list[Person]:
        named: list[Person] = []
        for k, p in sorted(seen, key=lambda x: x[0], reverse=True):
            if k < at and p not in named and cast._compatible(p, gender):
                named.append(p)
            if len(named) == 2:
                break
        return named
    named = two_named_before(head.idx)
    if which == "latest" and det in ("ce", "cette"):
        unnamed = _unnamed_one_named_since(cast, m, gender, max((k for k, p in seen if p in named[:1]), default=-1),
                                           history)
        if unnamed is not None:  # « Marc Durand a rencontré l'entraîneur. Ce dernier a présenté ses excuses »
            return unnamed
    if not named:
        return None
    p = named[0] if which == "latest" or len(named) == 1 else named[1]
    text = doc_text(doc)

    def called_first(h: Resolved) -> bool:  # resolved as « le premier », « la première »
        words = text[h.mention[0]:h.mention[1]].lower().split()
        return bool(words) and cast.lex.anaphors.get(words[-1], (None, None, None))[2] == "former"
    first = next((h for h in reversed(history) if h.rule == "by_order" and h.mention is not None and called_first(h)),
                 None)
    if which == "latest" and det in ("le", "la", "l'", "l’") and first is not None \
            and first.mention[0] >= doc[cast.sentences_back(head.i, 2)].idx:
        # « Le premier a dit vouloir … Le patron de l'avionneur a reconnu … Le second a promis »: the other of
        # the pair « le premier » took from, whoever was spoken of since
        pair = two_named_before(first.mention[0])
        p = next((q for q in pair if q is not first.person), p)
    r = cast._as_person(p, m.chars, 0.7)
    r.evidence = f"« {cast._description(m.s, m.e) or head.text} » → {p.name}, " + \
        ("the person named last" if which == "latest" else "the first of the two named last")
    return r


def _unnamed_one_named_since(cast: Cast, m: Mention, gender: str, since: int,
                             history: list[Resolved]) -> Resolved | None:
    """For « ce dernier », « cette dernière »: a person the article described without a name (a singular noun
    for persons, outside quotations, not someone's title) after character ``since`` and in this sentence or
    the one before, the latest; as the article words it."""
    doc = cast.doc
    titles = {i for p in cast.persons.values() for _, _, i in p.roles}
    for k in range(m.s - 1, cast.sentences_back(m.head.i, 1) - 1, -1):
        t = doc[k]
        if t.idx <= since:
            break
        if t.pos_ != "NOUN" or "Plur" in t.morph.get("Number") or k in titles or k in cast.person_spans \
                or cast.in_quote(t.idx) or not cast.lex.is_person_noun(t.lemma_.lower(), t.lower_) \
                or any(h.person is not None and h.mention is not None and h.mention[0] <= t.idx < h.mention[1]
                       for h in history):
            continue  # (« Son interlocuteur a insisté … Ce dernier »: a noun the article used for someone named)
        g = _mention_gender(Mention.of(t))
        if gender != "unknown" and g not in ("unknown", gender):
            continue
        s, e = np_extent(t)
        return Resolved(cast._description(s, e), m.chars, anonymous=True, speaker_type="person", gender=g,
                        confidence=0.55, rule="by_order",
                        evidence=f"« {cast._description(m.s, m.e) or m.head.text} » → {cast._description(s, e)}, "
                                 "the person described last")
    return None


def _the_latter_group(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« … s'appuyant sur les conclusions de deux experts psychiatres. Ces derniers avaient estimé … »:
    the people the article named last, in this sentence or the one before, outside quotations (a
    plural noun for persons, or names joined by « et »)."""
    doc = cast.doc
    for k in range(m.s - 1, cast.sentences_back(m.head.i, 1) - 1, -1):
        t = doc[k]
        if t.pos_ not in ("NOUN", "PROPN") or cast.in_quote(t.idx):
            continue
        if "Plur" in t.morph.get("Number") and _person_like(cast, t) or _companions(t):
            r = group_of(cast, t, history)
            if not r.name:
                return None
            r.mention, r.confidence, r.rule = m.chars, min(r.confidence, 0.6), "by_order"
            r.evidence = f"« {cast._description(m.s, m.e) or m.head.text} » → {r.name}, the people named last"
            return r
    return None


def pronoun(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« il », « elle », « -t-il », « ils »: by gender, number and salience."""
    head = m.head
    if m.low in cast.lex.pronouns or head.pos_ == "PRON" and not (
            head.text[:1].isupper() and (not head.is_sent_start or head.ent_type_) or cast.is_name_token(head)):
        # (« Moïse » mid-sentence, « Kiev affirme » opening one, tagged a pronoun: a name)
        return resolve_pronoun(cast, head, history)
    return None


def kept_anonymous(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« La présidente du syndicat local, qui n'a pas voulu être nommée, affirme »: a description
    whose own relative clause or aside says the source asks not to be named (``anonymity_phrases.txt``)
    stays unnamed, in the article's words, whoever holds the same title."""
    head = m.head
    if head.pos_ != "NOUN":
        return None
    asides = [c for c in head.children if c.dep_ in ("acl:relcl", "acl", "appos") and c.i >= m.e]
    if not any(phrase_at(m.doc, k, words) for c in asides for k in range(c.left_edge.i, c.right_edge.i + 1)
               for words in cast.lex.anonymity_phrases):
        return None
    desc = cast._description(m.s, _description_end(cast, m))
    return Resolved(desc, m.chars, anonymous=True, speaker_type="group" if m.plural else "person",
                    confidence=0.6, evidence=f"« {desc} », who asked not to be named")


def handle(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« écrit @jemb123 »: a social-network handle is a name."""
    head = m.head
    if head.text.startswith("@"):
        return Resolved(head.text, (head.idx, head.idx + len(head.text)), speaker_type="person", confidence=0.8)
    return None


def same_source(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« selon la même source »: the source quoted just before."""
    prev = next((h for h in reversed(history) if h.name), None)
    if prev is not None and any(t.lower_ == "même" for t in m.span):
        return Resolved(prev.name, m.chars, prev.anonymous, prev.speaker_type, prev.role, prev.gender,
                        prev.gender_evidence, 0.6, prev.person)
    return None


def this_organisation(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« selon cette ONG »: the last organisation that spoke."""
    if m.det in DEMONSTRATIVES and m.lemma in cast.lex.institutions | {"organisation", "ong", "agence", "institut",
                                                                       "observatoire"}:
        org = next((h for h in reversed(history) if h.name and h.speaker_type == "organisation"), None)
        if org is not None:
            return Resolved(org.name, m.chars, False, "organisation", None, "unknown", None, 0.6)
    return None


# -- writings ----------------------------------------------------------------------------------

def signed_writing(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """A signed writing speaks for its signatories: « le texte propose … »."""
    head = m.head
    if m.lemma in cast.lex.signed_documents and not m.plural:
        authors = signatories(cast, head)
        if authors is not None:
            authors.mention = m.chars
            authors.document = "fem" if "Fem" in head.morph.get("Gender") else "masc"
            return authors
    return None


def document_author(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """A document standing for its author: « le rapport de la Fifa », « le communiqué publié par X »;
    « le texte » after such a document: the same writing."""
    head = m.head
    documents = cast.lex.source_documents | cast.lex.signed_documents
    if m.lemma not in documents:
        return None
    author = _author_of(cast, head)
    own = any(c.dep_ == "nmod" and c.i > head.i for c in head.children)  # « le rapport de police de février »
    if author is None and m.det in DEFINITE | DEMONSTRATIVES and not own \
            and not any(h.document and h.name for h in history):
        # « Un rapport de la Cour des comptes … Le document estime »: the writing named before
        earlier = [t for t in cast.doc[max(0, head.i - 400):head.i]
                   if t.lemma_.lower() in documents and t.pos_ == "NOUN" and not cast.in_quote(t.idx)
                   and _author_of(cast, t) is not None]
        same = [t for t in earlier if t.lemma_.lower() == m.lemma]
        if same or earlier:
            author = _author_of(cast, (same or earlier)[-1])
    if author is not None:
        r = resolve(cast, author, history)
        r.mention = m.chars
        r.document = "fem" if "Fem" in head.morph.get("Gender") else "masc"
        r.rule, r.evidence = "document_author", f"« {cast._description(m.s, m.e)} » → its author, {r.name}"
        return r
    if m.det in DEFINITE | DEMONSTRATIVES:
        earlier = next((h for h in reversed(history) if h.document and h.name), None)
        if earlier is None and not own:
            earlier = _spoke_in_a_writing(cast, m, history, documents)
        if earlier is not None:
            return Resolved(earlier.name, m.chars, earlier.anonymous, earlier.speaker_type, None, "unknown",
                            None, 0.5, earlier.person, document=earlier.document)
    return None


def _spoke_in_a_writing(cast: Cast, m: Mention, history: list[Resolved], documents) -> Resolved | None:
    """« …, a annoncé le ministère dans un communiqué. …, précise le texte »: the last speaker, who
    spoke in a writing (« dans un communiqué ») in this sentence or the one before; the writing
    stands for it."""
    last = history[-1] if history else None
    if last is None or not last.name or last.mention is None:
        return None
    doc = m.doc
    start = cast.sentences_back(m.head.i, 1)
    if last.mention[0] < doc[start].idx:
        return None
    for t in doc[start + 2:m.head.i]:
        if t.pos_ == "NOUN" and t.lemma_.lower() in documents and doc[t.i - 2].lower_ == "dans" \
                and doc[t.i - 1].pos_ == "DET":
            return Resolved(last.name, m.chars, last.anonymous, last.speaker_type, None, "unknown", None, 0.5,
                            last.person, document="fem" if "Fem" in m.head.morph.get("Gender") else "masc")
    return None


def _author_of(cast: Cast, head: Token) -> Token | None:
    """The author a writing's phrase names: « le rapport de la Fifa », « une étude publiée par X »,
    « le rapport d'évaluation de la Fifa ». A bare singular noun after « de » says what kind of writing it
    is (« le rapport d'autopsie », « un communiqué de presse »): no author; nor is a reader
    (« consulté par X »)."""
    for c in head.children:
        if c.dep_ != "nmod" or c.i < head.i:
            continue
        if any(g.dep_ == "case" and g.lower_ not in ("de", "du", "des", "d'", "d’") for g in c.children):
            continue  # « un rapport sur les inégalités », « une étude publiée dans The Lancet »: a topic, a place
        if c.like_num or any(g.dep_ == "nummod" or g.like_num for g in c.children):
            continue  # « cet enregistrement de 28 secondes », « un rapport de 200 pages », « de 1988 »: no author
        # (« un rapport d'experts », a plural with no article, has authors)
        bare = c.pos_ == "NOUN" and c.text.islower() and "Plur" not in c.morph.get("Number") and not any(
            g.dep_ == "det" or g.dep_ == "case" and g.lower_ in ("du", "des") for g in c.children)
        if not bare or any(g.dep_ == "nmod" and g.i > c.i for g in c.children):
            nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
            if c.lower_ in cast.lex.type_nouns and (c.text.islower() or c.text.isupper()) and nxt is not None \
                    and nxt.text[:1].isupper() and (nxt.pos_ == "PROPN" or nxt.ent_type_ == "ORG"):
                return nxt  # « le rapport de l'ONG Amnesty International »: the name after its kind
            return c  # (« d'évaluation de la Fifa »: the phrase holds the author's name)
        break
    participles = [c for c in head.children if c.dep_ in ("acl", "conj") and c.i > head.i and c.pos_ == "VERB"]
    participles += [x for c in participles for x in c.children if x.dep_ == "conj" and x.pos_ == "VERB"]
    for c in participles:
        # « une note publiée jeudi par X », « une lettre, datée de mars et signée du directeur »
        # (the second participle hangs on the first or, as a conjunct, on the noun)
        if c.lemma_.lower() in cast.lex.authoring_verbs:
            for g in c.children:
                if g.dep_ in ("obl:agent", "obl:mod", "obl", "obl:arg") and any(
                        x.dep_ == "case" and (x.lower_ == "par" or x.lower_ in ("de", "du", "des", "d'")
                                              and c.lemma_.lower() in SIGNING) for x in g.children):
                    return g
            for t in cast.doc[c.i + 1:c.i + 8]:  # « publiées jeudi par X »: a date the parser hung the agent on
                if t.is_punct:
                    break
                if t.lower_ == "par" and t.dep_ == "case" and t.head.i > t.i:
                    return t.head
    verb = head.head
    if head.dep_ == "obj" and verb.pos_ == "VERB" and verb.lemma_.lower() in cast.lex.authoring_verbs:
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
        if subj is not None:
            return subj  # « Oxfam a publié un rapport »: who published it
    return None


SIGNING = {"signer", "cosigner", "co-signer"}  # « signée de X », as « signée par X »


# -- names ---------------------------------------------------------------------------------------

def led_body(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« le gouvernement Legault », « l'administration Trump »: a body named after the person who
    leads it (``led_body_nouns.txt``) is that body, named so, not the person."""
    doc = m.doc
    noun = next((t for t in doc[max(0, m.s - 1):m.e] if _led_body(cast, t) is not None), None)
    if noun is None:
        return None
    toks = _led_body(cast, noun)
    if not (noun.i == m.head.i or toks[1].i <= m.head.i <= toks[-1].i):
        return None
    name = _text(doc, toks)
    return Resolved(name, m.chars, speaker_type="organisation", confidence=0.7,
                    evidence=f"« {cast._description(m.s, m.e)} » → {name}, the body its leader names")


def _led_body(cast: Cast, noun: Token) -> list[Token] | None:
    """The words of « gouvernement Legault » from its noun: the noun and the leader's name."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cast.lex.led_body_nouns or not noun.text.islower() \
            or noun.i + 1 >= len(doc) or not cast.is_name_token(doc[noun.i + 1]):
        return None
    person = [t for t in cast._entity_tokens(doc[noun.i + 1]) if t.i > noun.i]  # (« gouvernement Legault », one entity)
    return [noun] + person if person and person[0].i == noun.i + 1 else None


def name(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """A person's name in the mention, or in its apposition: « le ministre des Finances, Jun Azumi »."""
    doc, head, span = m.doc, m.head, m.span
    mention = m.chars
    is_name = cast.is_name_token
    per = [t for t in span if is_name(t) and (
        t.i == head.i or t.head.i == head.i and t.dep_ in ("flat:name", "appos", "compound")
        or t.dep_ == "flat:name" and is_name(t.head) and t.head.head.i == head.i and t.head.dep_ in ("appos",))]
    if not per and head.pos_ == "PROPN":
        per = [t for t in span if is_name(t)]
    if not per and head.pos_ == "NOUN" and cast.lex.is_title(m.lemma, m.low):
        # « le Premier ministre Mamadou Célestin »: a name the cast found, right after the title
        per = [t for t in span if head.i < t.i <= head.i + 3 and t.i in cast.names_in_entities
               and all(u.text[:1].isupper() or u.pos_ == "ADJ" for u in doc[head.i + 1:t.i])][:1]
        if not per:  # « le conseiller national UDC Pascal Schmid », « le député LR Éric Ciotti »: past the party
            per = [t for t in span if head.i < t.i <= head.i + 5 and is_name(t) and t.ent_type_ == "PER"
                   and all(u.pos_ == "ADJ" and u.text.islower() or u.text.isupper() and u.is_alpha
                           for u in doc[head.i + 1:t.i])][:1]
    if not per:
        for c in head.children:
            after_comma = doc[c.left_edge.i - 1].text == "," or doc[c.left_edge.i].text == "," or doc[c.i - 1].text == ","
            if c.i > head.i and not after_comma and any(
                    t.pos_ == "ADP" and t.lower_ in ("de", "du", "des", "d'", "d’") for t in doc[head.i + 1:c.i]):
                continue  # « un porte-parole du commissaire Olli Rehn »: the complement's name (no comma before it)
            # (a name after a comma with no « et » is an apposition the parser took for a conjunct)
            apposed = c.dep_ in ("appos", "flat:name") or c.dep_ == "conj" and doc[c.i - 1].text == "," \
                and not any(g.dep_ == "cc" for g in c.children)
            if (is_name(c) or c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", "LOC", "MISC")
                    and c.dep_ == "appos" and c.text[:1].isupper()) and (apposed
                                                or c.dep_ == "nmod" and not any(g.dep_ == "case" for g in c.children)):
                per = [t for t in doc[c.left_edge.i: c.right_edge.i + 1]
                       if is_name(t) or t.pos_ == "PROPN" and (t.i == c.i or t.head.i == c.i and t.dep_ == "flat:name")]
                mention = (doc[m.s].idx, per[-1].idx + len(per[-1].text)) if per else mention
                break
            if (c.dep_ == "appos" and c.i > head.i and any(doc[k].text == "," for k in range(head.i + 1, c.i))
                    or comma_conjunct(c)) \
                    and c.pos_ == "NOUN" and cast.lex.is_person_noun(c.lemma_.lower(), c.lower_) \
                    and cast.lex.is_person_noun(m.lemma, m.low):
                # « Un troisième candidat, l'écologiste Pierre Parès, a dénoncé … »: the name after the title
                # apposed to the mention
                named = next((g for g in c.children if g.i == c.i + 1 and is_name(g)
                              and g.dep_ in ("appos", "flat:name", "nmod", "compound")), None)
                if named is not None:
                    per = [named]
                    mention = (doc[m.s].idx, named.right_edge.idx + len(named.right_edge.text))
                    break
    if not per and head.pos_ == "NOUN" and cast.lex.is_person_noun(m.lemma, m.low):
        per = _name_apposed_to_a_complement(cast, head)
        if per:
            mention = (doc[m.s].idx, per[-1].idx + len(per[-1].text))
    if per:
        ent_toks = cast._entity_tokens(per[0]) if is_name(per[0]) else per
        p = cast._person_for(ent_toks)
        if p is not None:
            return cast._as_person(p, mention, 0.9)
    return None


def _name_apposed_to_a_complement(cast: Cast, head: Token) -> list[Token]:
    """« Le conseiller d'État chargé du Territoire, Antonio Hodgers, a expliqué … », where the parser
    hung the name on the complement: a name between commas, apposed to a word of the person's phrase
    that is no person (« Territoire »), is the person's (but « l'avocat de la victime, Jean Dupont »:
    the victim's name)."""
    doc = head.doc
    for d in head.subtree:
        if d.dep_ == "appos" and d.i > head.i and cast.is_name_token(d) and doc[d.i - 1].text == "," \
                and d.head.i != head.i and d.head.pos_ == "NOUN" and not cast.is_name_token(d.head) \
                and not cast.lex.is_person_noun(d.head.lemma_.lower(), d.head.lower_):
            names = [t for t in doc[d.i:d.right_edge.i + 1] if cast.is_name_token(t)]
            end = names[-1].i + 1 if names else d.i + 1
            if end < len(doc) and doc[end].text == ",":
                return names
    return []


def mistagged_name(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """A known person's name the tagger took for a common noun (« Marine »)."""
    head = m.head
    for t in m.span:
        if t.i != head.i and not (t.head.i == head.i and t.dep_ in ("flat:name", "appos", "compound")):
            continue
        if t.text[:1].isupper() and not t.is_sent_start and t.pos_ != "PROPN" and t.lower_ not in DETERMINERS:
            known = [p for p in cast.persons.values() if t.lower_ in p.name.lower().split() and len(p.name.split()) > 1]
            if len(known) == 1:
                return cast._as_person(known[0], m.chars, 0.75)
    return None


def epithet(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« le Lillois », « l'Américain »: a capitalised common noun after « le/la/l' » that names no
    organisation or place stands for the person most recently named before it; with a contrast
    in its sentence (« de son côté »), not the last speaker."""
    head, span = m.head, m.span
    det = [c for c in head.children if c.dep_ == "det"]
    # (« la Tchèque Karolina Pliskova … a reconnu la Tchèque »: an epithet the article gave someone, whatever
    # the recogniser and the endings make of it)
    given = head.text[:1].isupper() and bool(det) and det[0].lower_ in {"le", "la", "l'", "l’"} and not m.plural \
        and any(epithet_stem(head.text) in cast.epithets(p) for p in cast.persons.values())
    if not given and not (head.text[:1].isupper() and not head.is_sent_start and head.pos_ in ("NOUN", "PROPN", "ADJ")
            and not head.text.isupper()  # (« l'ARS »: an acronym, a body's name)
            and len(span) <= 3 and det and det[0].lower_ in {"le", "la", "l'", "l’"}
            # a place the recogniser saw is a demonym when it ends like one, or is tagged a common noun (« le Belge »)
            and (head.ent_type_ not in ("ORG", "LOC") or head.ent_type_ == "LOC"
                 and (cast.lex.is_demonym(head.lower_) or head.pos_ == "NOUN"))
            # « la Fifa », « le Bloc québécois », names, are no epithets; « le Lillois » is
            and not (head.pos_ == "PROPN" and not cast.lex.is_demonym(head.lower_))
            and not any(c.dep_ == "amod" and c.i > head.i for c in head.children)  # « le Bloc québécois »
            and m.lemma not in cast.lex.institutions and m.low not in cast.lex.media_name_words  # (« La Presse »)
            and m.lemma not in cast.lex.titles and not m.plural
            and not any(head.lower_ in p.name.lower().split() for p in cast.persons.values())
            # (« L'Asloca, de son côté, salue … »: a word no list calls a people, given to no one, is a name)
            and cast.lex.is_demonym(head.lower_)):
        return None
    last = next((h.person for h in reversed(history) if h.person is not None), None)
    called, referent = cast.epithet_holder(head, _det_gender(det[0].lower_), last)
    if referent is None:
        return None
    return cast._as_person(referent, m.chars, 0.7 if called else 0.55)


def counted_group(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« Environ 400 Français », « trois Américains »: a counted group, in the article's words; and a
    share of one (« 75 % des salariés interrogés », « la moitié des sondés »)."""
    if (m.lemma in cast.lex.share_nouns or m.low in cast.lex.share_nouns) \
            and any(c.dep_ == "nmod" and c.i > m.head.i for c in m.head.children):
        return Resolved(cast._description(m.s, _description_end(cast, m)), m.chars, anonymous=True,
                        speaker_type="group", confidence=0.55)
    if m.plural and any(c.dep_ == "nummod" or c.pos_ == "NUM" for c in m.head.children):
        same = _the_ones_just_named(m, history) or _the_persons_just_named(cast, m)
        if same is not None:
            return same
        return Resolved(cast._description(m.s, m.e), m.chars, anonymous=True, speaker_type="group", confidence=0.55)
    return None


COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "2": 2, "3": 3, "4": 4}


def _count(m: Mention) -> int | None:
    """« les deux hommes » → 2: the count of a counted group (``COUNTS``), else None."""
    return next((COUNTS.get(c.lower_) for c in m.head.children if c.dep_ == "nummod" or c.pos_ == "NUM"), None)


def _the_persons_just_named(cast: Cast, m: Mention) -> Resolved | None:
    """« Plusieurs économistes, dont Philippe Aghion et Jean Pisani-Ferry, … Les deux hommes estiment »:
    « les deux » and a noun for persons are the last two persons named, in this sentence or the one
    before, where as many are."""
    count = _count(m)
    if count is None or m.det != "les" or not (m.lemma in cast.lex.person_nouns or cast.lex.is_title(m.lemma, m.low)):
        return None
    since = cast.sentences_back(m.head.i, 1)
    doc = m.doc
    if any(t.dep_ == "nummod" and COUNTS.get(t.lower_) == count for t in doc[since:m.s]):
        return None  # « relaxer deux « décrocheurs » … Les deux militants »: the ones counted before
    named: list[Person] = []
    for i, p, _ in reversed(cast.mentions):
        # (not one named as a thing's complement: « d'un portrait d'Emmanuel Macron »)
        if since <= i < m.s and i in cast.person_spans and p not in named \
                and not (i > 0 and doc[i - 1].lower_ in ("de", "d'", "d’", "du")):
            named.append(p)
    if len(named) != count:
        return None
    names = [p.name for p in reversed(named)]
    joined = ", ".join(names[:-1]) + " et " + names[-1]
    return Resolved(joined, m.chars, False, "group", confidence=0.6,
                    evidence=f"« {m.span.text} » → {joined}, the {count} persons named just before")


def _the_ones_just_named(m: Mention, history: list[Resolved]) -> Resolved | None:
    """« X et Y ont appelé … Les deux responsables estiment »: a definite counted group whose count is
    that of the names the last attribution joined is those persons."""
    count = _count(m)
    last = history[-1] if history else None
    if count is None or m.det != "les" or last is None or not last.name or last.anonymous:
        return None
    if len(last.name.replace(" et ", ", ").split(", ")) != count:
        return None
    return Resolved(last.name, m.chars, False, last.speaker_type, confidence=0.6,
                    evidence=f"« {m.span.text} » → {last.name}, the {count} named just before")


def people_of_a_place(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« un Ukrainien de 45 ans », « des Gazaouis réfugiés à Rafah », « les Québécois »: a
    capitalised noun for the people of a place (``demonym_endings.txt``) with an indefinite article,
    or plural: somebody the article describes, in its words, not a name."""
    head = m.head
    plural = m.plural or m.det in ("les", "des")  # (« les Gazaouis », that the tagger may call singular)
    if not (names_a_people(head, cast.lex) and (m.det in INDEFINITE or plural) and m.det):
        return None
    return Resolved(cast._description(m.s, m.e), m.chars, anonymous=True,
                    speaker_type="group" if plural else "person", confidence=0.6)


def proper_name(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """A proper name in the mention: a surname, an acronym, a person the recogniser took for a
    place, « M. X », else an organisation (« le cabinet Eurosmart » → Eurosmart)."""
    head, span, mention = m.head, m.span, m.chars
    found = proper_name_in(cast, span, head)
    if found is None:
        return None
    words = found.split()
    if len(words) == 1:
        p = cast.find_surname(words[0], head.i)
        if p is not None:
            return cast._as_person(p, mention, 0.8)
    person = cast.by_initials(found) if found not in cast.acronyms else None
    if person is not None:  # « PSPP » for Paul St-Pierre Plamondon
        return cast._as_person(person, mention, 0.7)
    if found in cast.acronyms:
        found = cast.acronyms[found]
    known = cast.orgs.get(found.lower())
    if known is not None and known.name.lower().endswith(found.lower()):
        found = known.name  # « au Monde » after « Le Monde »: the paper's full name
    ent = cast._entity_of(span, ("ORG", "LOC", "MISC"))
    if ent is not None and len(words) == 1 and ent.label_ != "ORG":
        full = cast._full_name_in_text(words[0])
        if full is not None:
            p = cast.persons.setdefault(full.lower(), Person(full, head.i))
            return cast._as_person(p, mention, 0.7)
    honorific = any(t.lower_ in HONORIFICS for t in span)
    first_name_only = len(words) == 1 and is_first_name(words[0]) and (ent is None or ent.label_ != "ORG")
    if first_name_only or ent is None and (honorific or 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
                                           and head.pos_ == "PROPN"):
        # (« soupire Sandrine, 42 ans »: a first name alone is a person the article names so)
        p = cast._person_for([t for t in span if t.pos_ == "PROPN" or t.lower_ in HONORIFICS
                              or first_name_only and t.text == words[0]])
        if p is not None:
            if head.i not in p.positions:
                p.positions.append(head.i)
            return cast._as_person(p, mention, 0.7)
    return Resolved(found, mention, speaker_type="organisation", confidence=0.65)


def body_apposition(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« Leur syndicat, SUD Santé, réclame … »: a body's noun with the body's name in apposition;
    « Bruxelles Mobilité, l'administration chargée des tunnels, assure … »: the name before it."""
    doc = m.doc
    if m.lemma not in cast.lex.type_nouns:
        # (« Son producteur, Live Nation, a confirmé »: someone's partner, a body by its name)
        return _body_apposed_to_a_possessive(cast, m)
    before = _name_opening_the_line(m)
    if before is not None:
        return Resolved(cast.acronyms.get(before, before), m.chars, speaker_type="organisation", confidence=0.7,
                        evidence=f"« {before}, {cast._description(m.s, m.e)} » → {before}")
    if m.e + 1 >= len(doc) or doc[m.e].text != ",":
        return None
    # (« Le syndicat, la Fédération interprofessionnelle de la santé du Québec (FIQ), dénonce »: after its
    # article, with its acronym)
    first = m.e + 2 if doc[m.e + 1].lower_ in ("la", "le", "l'", "l’", "les") and doc[m.e + 1].text.islower() else m.e + 1
    ent = next((e for e in entities(doc) if e.start == first and e.label_ in ("ORG", "MISC", "LOC")), None)
    after = ent.end if ent is not None else len(doc)
    if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
        after += 3
    if ent is None or not (after < len(doc) and doc[after].text in {",", ")"}):
        return None
    toks = list(ent)
    while toks and toks[0].lower_ in DETERMINERS and toks[0].text.islower():
        toks = toks[1:]  # (« Les Républicains », after a comma, keeps its capitalised article)
    name = _text(doc, toks)
    if not name:
        return None
    return Resolved(cast.acronyms.get(name, name), m.chars, speaker_type="organisation", confidence=0.7,
                    evidence=f"« {cast._description(m.s, ent.end)} » → {name}")


def _body_apposed_to_a_possessive(cast: Cast, m: Mention) -> Resolved | None:
    """« Son producteur, Live Nation, … »: an organisation the recogniser named, in apposition between
    commas to a possessive noun phrase."""
    doc = m.doc
    if not m.possessive or m.e + 1 >= len(doc) or doc[m.e].text != ",":
        return None
    ent = next((e for e in entities(doc) if e.start == m.e + 1 and e.label_ == "ORG"), None)
    if ent is None or not (ent.end < len(doc) and doc[ent.end].text == ","):
        return None
    name = _text(doc, _clean_name(list(ent)))
    return Resolved(name, m.chars, speaker_type="organisation", confidence=0.7,
                    evidence=f"« {cast._description(m.s, ent.end)} » → {name}") if name else None


def _name_opening_the_line(m: Mention) -> str | None:
    """The capitalised words (particles between them allowed) that open the line or the sentence,
    then a comma, right before the mention, which a comma closes: a body's name with its type noun
    in apposition. Not a place alone (« Paris, la ville … »), not a person."""
    doc = m.doc
    close = m.head.right_edge.i  # (« l'administration chargée des tunnels, »: with its complements)
    close = close if doc[close].text == "," else close + 1
    if m.s < 2 or doc[m.s - 1].text != "," or close >= len(doc) or doc[close].text != "," or not is_subject(m.head):
        return None
    k = m.s - 2
    while k >= 0 and (doc[k].text[:1].isupper() and (doc[k].is_alpha or "-" in doc[k].text)
                      or doc[k].lower_ in NAME_LINKS and k > 0 and doc[k - 1].text[:1].isupper()):
        k -= 1
    words = doc[k + 1:m.s - 1]
    if not words or words[0].lower_ in NAME_LINKS or k >= 0 and not ("\n" in doc[k].text or doc[k].text == "."):
        return None
    if any(t.ent_type_ == "PER" for t in words) or len(words) == 1 and words[0].ent_type_ == "LOC":
        return None
    return _text(doc, list(words))


NAME_LINKS = {"de", "du", "des", "d'", "d’", "et", "pour"}


# -- roles and descriptions ------------------------------------------------------------------------

def apposition(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« le premier ministre, Lucas Papadémos »: the title is the role the article gave a person."""
    for p in cast.persons.values():
        if any(r[2] == m.head.i for r in p.roles):
            return cast._as_person(p, m.chars, 0.85)
    return None


def _person_noun(cast: Cast, m: Mention) -> bool:
    return cast.lex.is_title(m.lemma, m.low) or m.lemma in cast.lex.source_nouns


def title_then_name(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« l'épidémiologiste en chef du Centre (…) (CDC), Wu Zunyou »: the name after the title's
    complements; « cette habitante de Calcutta »: the last speaker."""
    head = m.head
    if not (_person_noun(cast, m) and head.pos_ == "NOUN"):
        return None
    named = name_after_title(cast, head)
    if named is not None:
        return cast._as_person(named, m.chars, 0.75)
    if m.det in DEMONSTRATIVES and not m.plural:
        fem = m.det == "cette" and "Fem" in head.morph.get("Gender")
        # « L'économiste X se montre prudent. Selon cet ancien conseiller de la BAD, P »: the one the
        # sentence before made its subject, when it is not the last speaker
        shifted = _subject_just_before(cast, m, history, "female" if fem else "unknown", named=True)
        if shifted is not None:
            return shifted
        for r in reversed(history):
            if r.person is not None and (not fem or r.person.gender in ("unknown", "female")):
                return cast._as_person(r.person, m.chars, 0.6)
            if r.person is None and r.anonymous and r.name and r.speaker_type == "person" \
                    and (not fem or r.gender in ("unknown", "female")):
                # « « … », reconnaît un commissaire. « … », confie ce policier »: the last speaker, unnamed
                return _the_same_unnamed(r, m, 0.55)
    return None


def aged(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« Une résidente du foyer, âgée de 52 ans, … souffle la quinquagénaire », « Marc Lefort, 64 ans,
    … le sexagénaire »: a noun for someone by the decade of their age (``age_nouns.tsv``) is the
    latest person before it whose age the article gave in that decade."""
    decade = cast.lex.age_nouns.get(m.lemma) or cast.lex.age_nouns.get(m.low)
    if decade is None or m.det not in DEFINITE | DEMONSTRATIVES or m.plural:
        return None
    gender = _mention_gender(m)
    toks, found = tokens(cast.doc), None
    for k in range(1, m.head.i):
        if toks[k].lower_ in ("ans", "an") and toks[k - 1].like_num and toks[k - 1].text.isdigit() \
                and decade <= int(toks[k - 1].text) < decade + 10 and not cast.in_quote(toks[k].idx):
            who = _whose_age(cast, toks[k], m, gender)
            if who is not None:
                who.evidence = f"« {cast._description(m.s, m.e)} » → {who.name}, {toks[k - 1].text} ans"
                found = who
    return found


def _whose_age(cast: Cast, years: Token, m: Mention, gender: str) -> Resolved | None:
    """The person an age (« 52 ans ») is given to: the name before « , 52 ans », else the noun the age
    phrase qualifies (« une résidente, âgée de 52 ans », « un homme de 84 ans »), named or not."""
    doc = cast.doc
    num = years.i - 1
    if num >= 2 and doc[num - 1].text == "," and num - 2 in cast.person_spans:
        p = cast._person_for(list(cast.person_spans[num - 2]))
        return cast._as_person(p, m.chars, 0.7) if p is not None and cast._compatible(p, gender) else None
    t = years
    for _ in range(3):
        t = t.head
        if t.pos_ == "NOUN" and cast.lex.is_person_noun(t.lemma_.lower(), t.lower_):
            break
    else:
        return None
    if t.i in cast.person_spans:
        p = cast._person_for(list(cast.person_spans[t.i]))
        return cast._as_person(p, m.chars, 0.7) if p is not None and cast._compatible(p, gender) else None
    described = next(((desc, g) for i, desc, g, _ in salience.discourse(cast).described if i == t.i), None)
    if described is None or gender != "unknown" and described[1] not in ("unknown", gender):
        return None
    return Resolved(described[0], m.chars, True, "person", gender=described[1], confidence=0.6)


def _unlisted_noun_after_a_quote(cast: Cast, m: Mention) -> bool:
    """« « Ils ont brûlé toute la rue », raconte la marchande »: a common noun no list knows (no title,
    source noun, body, company or writing), the subject of a verb of saying put after the words quoted, describes
    the person who said them."""
    head, lex = m.head, cast.lex
    lemma = m.lemma
    if head.pos_ != "NOUN" or not head.text.islower() or head.dep_ not in ("nsubj", "obj") or head.head.i > head.i \
            or any(lemma in known or m.low in known for known in (
                lex.institutions, lex.type_nouns, lex.company_nouns, lex.source_documents, lex.signed_documents,
                lex.cue_nouns, lex.group_nouns, lex.source_nouns)) or lex.is_title(lemma, m.low):
        return False
    verb = head.head
    k = verb.i - 1
    while k >= 0 and (m.doc[k].pos_ in ("AUX", "ADV") or m.doc[k].text in (",", "-t-", "-t")):
        k -= 1
    return k >= 0 and is_quote_mark(m.doc[k]) and cast.in_quote(m.doc[k].idx - 1)


def person_description(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« a expliqué le sympathique gaillard »: the person the story is about; « une étudiante de
    22 ans … La jeune femme »: the unnamed person described before."""
    if not (m.det in DEFINITE | DEMONSTRATIVES and not m.plural and m.head.pos_ != "PROPN"
            and (any(t.lemma_.lower() in cast.lex.person_nouns or t.lower_ in cast.lex.person_nouns for t in m.span)
                 or _unlisted_noun_after_a_quote(cast, m))):
        return None
    gender = _mention_gender(m)  # (« l'homme », « l'adolescente »: the noun's own gender after « l' »)
    shifted = _subject_just_before(cast, m, history, gender, named=True)
    latest = _latest_speaker_who_fits(cast, m, history, gender)
    if shifted is not None and not (latest is not None and latest.person is None and shifted.person is not None
                                    and not any(h.person is shifted.person for h in history)):
        return shifted  # (but « Un habitant … « … », dit-il. Le maire, Jean Vidal, est arrivé vers 3 heures.
        # « … », assure l'homme »: a description of a kind of person, the unnamed one quoted, not a name never quoted)
    if latest is not None and latest.person is not None and latest.person.roles:
        # « Un habitant … « … », lance-t-il. Le maire, Pierre Hurmic, a promis une réunion. « … », ajoute l'homme »:
        # not one the article gave an office, the unnamed person quoted in these sentences
        since = m.doc[cast.sentences_back(m.head.i, 3)].idx
        unnamed = next((r for r in reversed(history) if _an_unnamed_person(r, gender) and r.mention is not None
                        and r.mention[0] >= since), None)
        if unnamed is not None:
            return _the_same_unnamed(unnamed, m, 0.45)
    if latest is not None:
        return latest
    since = cast.sentences_back(m.head.i, 1)
    for i, p, is_subj in reversed(cast.mentions):
        # (« Son voisin Karim, chauffeur de bus, acquiesce. « … », raconte le quadragénaire »: named in the
        # sentence before, whatever the parse made of it)
        if i < m.head.i and (is_subj or i >= since) and cast._compatible(p, gender):
            return cast._as_person(p, m.chars, 0.5)
    return None


def _latest_speaker_who_fits(cast: Cast, m: Mention, history: list[Resolved], gender: str) -> Resolved | None:
    """The latest speaker, named or not, in the gender of the mention ``m``."""
    for r in reversed(history):
        if r.person is not None and cast._compatible(r.person, gender):
            return cast._as_person(r.person, m.chars, 0.55)
        if _an_unnamed_person(r, gender):
            return _the_same_unnamed(r, m, 0.45)
    return None


def counterpart(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« Joe Biden a reçu Volodymyr Zelensky. « … », a promis le président américain. Son homologue
    ukrainien l'a remercié »: the person named beside the one the context points to (the last
    speaker, else the subject named last), in this sentence or the two before; never that one."""
    if m.lemma not in cast.lex.counterpart_nouns or m.plural or m.head.pos_ != "NOUN" or m.det in INDEFINITE \
            or any(cast.is_name_token(t) for t in m.span):
        return None
    start, pos = cast.sentences_back(m.head.i, 2), m.head.i
    side = next((r.person for r in reversed(history) if r.person is not None), None)
    # « Le chancelier allemand, Olaf Scholz, … Son homologue allemand a répété »: the one person named before
    # whose title says what the counterpart's adjective says, however far back
    adjectives = {_fold(c.lower_) for c in m.head.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > m.head.i}
    said = {p.name: p for i, p, _ in cast.mentions if i < pos and p is not side
            and any(adjectives & {_fold(w) for w in re.findall(r"\w+", r[1])} for r in p.roles)} if adjectives else {}
    if len(said) == 1:
        other = next(iter(said.values()))
        r = cast._as_person(other, m.chars, 0.65)
        r.evidence = f"« {cast._description(m.s, m.e)} » → {other.name}, whose title says as much"
        return r
    near = [(i, p, is_subj) for i, p, is_subj in cast.mentions if start <= i < pos]
    if side is None or all(p is not side for _, p, _ in near):
        side = next((p for _, p, is_subj in reversed(near) if is_subj), None)
    gender = title_gender(m.head, m.det, cast.lex)
    other = next((p for _, p, _ in reversed(near) if p is not side and cast._compatible(p, gender)), None)
    if side is None or other is None:
        return None
    r = cast._as_person(other, m.chars, 0.6)
    r.evidence = f"« {cast._description(m.s, m.e)} » → {other.name}, the other side of {side.name}"
    return r


def title_alias(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« Son avocat, Me Paul Lenoir, … « … », a estimé le conseil de l'ancien ministre »: a noun
    that stands for a title when it is someone's (``title_aliases.tsv``) goes to the person the
    article gave that title; its complement names the client, not the title."""
    title = cast.lex.title_aliases.get(m.lemma)
    if title is None or m.head.pos_ != "NOUN" or m.det in INDEFINITE:
        return None
    # (« Le conseil a également souligné … » right after the lawyer spoke: bare, it is he)
    bare = m.det in DEFINITE and m.e - m.s == 2
    of_someone = _of_someone(cast, m.head)
    if of_someone and _names_another_body(m):  # « le conseil d'un autre prévenu »: a client somebody new,
        # and so is his lawyer: a person, unnamed
        return Resolved(cast._description(m.s, m.e), m.chars, anonymous=True, speaker_type="person", confidence=0.55)
    if not (m.possessive or bare or of_someone):
        return None
    p = cast.role_holder(title, m.head, set(), "unknown")
    if p is None or bare and not m.possessive and not (history and history[-1].person is p):
        return None
    r = cast._as_person(p, m.chars, 0.7)
    r.evidence = f"« {cast._description(m.s, m.e)} » ({title}) → {p.name}"
    return r


def _says_whose(cast: Cast, head: Token) -> bool:
    """« la mère de la victime », « le frère de Paul »: a complement that says whose (a person with an
    article, or a name), not a kind (« la mère de famille »)."""
    return _of_someone(cast, head) and any(
        c.dep_ == "nmod" and c.i > head.i and (cast.is_name_token(c) or any(g.dep_ in ("det", "case") and g.lower_ in (
            "du", "des", "la", "le", "l'", "l’", "sa", "son", "ses", "leur", "cette", "ce") for g in c.children))
        for c in head.children)


def _of_someone(cast: Cast, head: Token) -> bool:
    """« le conseil de M. Dupont », « le conseil de l'ancien ministre »: a complement that is a person."""
    for c in head.children:
        if c.dep_ == "nmod" and c.i > head.i and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’", "du")
                                                      for g in c.children):
            if cast.is_name_token(c) or cast.lex.is_person_noun(c.lemma_.lower(), c.lower_) or c.lower_ in HONORIFICS:
                return True
    return False


def role(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« le préfet », « la ministre » → the person the article gave that role; else, unless the
    title belongs to something unnamed (« le propriétaire d'un hôtel »), the person the context
    makes likely (``Cast.by_context``). « son porte-parole » is never its owner, and stays unnamed
    unless the article names who holds the role."""
    head = m.head
    titled = cast.lex.is_title(m.lemma, m.low)
    # (« le prévenu », « la victime »: not a title, but a role the article may give someone)
    if not ((titled or m.lemma in cast.lex.source_nouns and m.det in DEFINITE) and head.pos_ == "NOUN"
            and not m.plural and m.det not in INDEFINITE) or m.lemma in cast.lex.group_nouns:
        return None  # (« l'entourage du club »: people taken together, never the one just quoted)
    if m.lemma in cast.lex.type_nouns and type_noun(cast, m, history) is not None:
        return None  # « Le gendarme du nucléaire juge … » after « l'Autorité de sûreté nucléaire »: a body's noun too
    gender = title_gender(head, m.det, cast.lex)
    lemma = m.lemma[3:] if m.lemma.startswith("ex-") else m.lemma  # « l'ex-ministre »: the minister named before
    words = cast.role_words(lemma, head) - {_fold(m.lemma)}
    desc = cast._description(m.s, m.e)
    p = cast.the_one_the_participle_says(head)  # « le nouveau Premier ministre »: not the one before
    if p is not None and cast._compatible(p, gender):
        r = cast._as_person(p, m.chars, 0.75)
        r.evidence = f"« {desc} » → {p.name}, the one the article put in that post"
        return r
    p = cast.role_holder(lemma, head, words, gender)
    if p is not None:
        r = cast._as_person(p, m.chars, 0.8)
        given = next((x[1] for x in p.roles + p.relations if _fold(x[0]) == _fold(lemma)), None)
        r.evidence = f"« {desc} » → {p.name}, {given or (p.roles[-1][1] if p.roles else lemma)}"  # (or the title it stands for)
        _gender_from_title(m, p)
        return r
    unnamed = None if m.possessive else _the_unnamed_one_so_called(cast, lemma, gender, history, m.chars[0])
    if unnamed is not None:  # « Un ancien commandant de police … « … », affirme-t-il. [Pierre Falcone, named, never
        # speaks] L'ancien commandant se dit prêt … »: the unnamed one the article described by that noun
        r = _the_same_unnamed(unnamed, m, 0.55)
        r.evidence = f"« {desc} » → {unnamed.name}, the unnamed person quoted before by that noun"
        return r
    unnamed = None if m.possessive or words else _the_unnamed_one_instead(cast, lemma, gender, history, m.chars[0])
    if unnamed is not None:  # « Un agriculteur … « … », lance-t-il. Le ministre Marc Fesneau a annoncé un plan.
        # Mais pour l'exploitant, … »: not the minister, the one the article described
        r = _the_same_unnamed(unnamed, m, 0.5)
        r.evidence = f"« {desc} » → {unnamed.name}, the unnamed person quoted before (the last one named has another title)"
        return r
    # (« l'entourage de la ministre »: people around someone, not that one)
    if not titled and m.det in DEFINITE and not m.possessive and not _of_someone(cast, head):
        p = _the_speaker_just_quoted(cast, m, gender, history)
        if p is not None:  # « « … », explique Matthias Huss, glaciologue. Le scientifique estime … »
            r = cast._as_person(p, m.chars, 0.6)
            r.evidence = f"« {desc} » → {p.name}, the person quoted just before"
            return r
        # « Brahim Chnina, le père de la collégienne, a pris la parole. L'accusé a dit … »
        shifted = _subject_just_before(cast, m, history, gender, named=True)
        if shifted is not None:
            return shifted
    if m.possessive or _names_another_body(m) or not titled:
        return None
    if any(h.person is None and h.name and h.speaker_type == "person"
           and h.name.lower().startswith(desc.lower() + " ") for h in history):
        return None  # « le procureur général » after « le procureur général près la cour d'appel »: that one
    shifted = _subject_just_before(cast, m, history, gender, named=False)
    if shifted is not None:
        return shifted
    if m.lemma in cast.lex.family_nouns and not _says_whose(cast, head):
        # « Une habitante … « … », dit-elle. Le maire, Anne Vignot, s'est rendue sur place. « … », regrette la
        # mère de famille »: a family noun that says whose of nobody describes a speaker, as « la jeune femme »
        latest = _latest_speaker_who_fits(cast, m, history, gender)
        if latest is not None:
            latest.evidence = f"« {desc} » → {latest.name}, the latest speaker who fits"
            return latest
    if any(i in cast.person_spans and len(cast.person_spans[i]) > 1 for i in range(head.i + 1, m.e)):
        return None  # « La sœur de Jessica Schneider a dit … »: someone the article did not name, by whom she is
    p = cast.by_context(m.lemma, head, history, words, gender)
    if p is None:
        return None
    followed = _the_unnamed_one_followed(cast, p, gender, history, head.i)
    if followed is not None:  # « Un ancien commandant … « … », affirme-t-il. Il évoque le dossier visant
        # Pierre Falcone. « … », insiste-t-il. Le policier dit … »: not the one the article only mentions
        r = _the_same_unnamed(followed, m, 0.5)
        r.evidence = f"« {desc} » → {followed.name}, the unnamed person the article quotes throughout"
        return r
    _gender_from_title(m, p)
    r = cast._as_person(p, m.chars, 0.6)
    r.evidence = f"« {desc} » → {p.name}, by the context (no one holds the title)"
    return r


def _subject_just_before(cast: Cast, m: Mention, history: list[Resolved], gender: str,
                         named: bool) -> Resolved | None:
    """« Dans le quartier, un patron de garage regarde les carcasses. « … », lâche l'homme »; « Le
    psychiatre désigné par le juge a été entendu. L'expert a estimé … »: when the author's sentence
    just before makes someone its subject who is not the last speaker, a description means that
    one (``salience.shifted_subject``, as for a pronoun): an unnamed person, or a named one too
    where ``named``."""
    c = salience.shifted_subject(cast, m.head.i, history, gender)
    if c is None or c.kind != "unnamed" and not (named and c.kind == "person"):
        return None
    if c.kind == "unnamed" and cast.lex.is_title(m.lemma, m.low) and _another_office(cast, c.name, m):
        return None  # « Le chef de l'État a reçu Olaf Scholz. Le chancelier allemand a plaidé … »: not the one
        # described by another title
    r = salience.as_resolved(cast, c, m.chars, 0.5)
    r.evidence = f"« {cast._description(m.s, m.e)} » → {c.name}, the subject of the sentence before"
    return r


def _another_office(cast: Cast, description: str, m: Mention) -> bool:
    """Does an unnamed person's description hold a title other than the mention's (nor one it stands for)?"""
    words = [_fold(w) for w in re.findall(r"[\w-]+", description.lower())]
    own = {_fold(m.lemma), _fold(m.low)} | {_fold(t) for t in cast.lex.stands_for(m.lemma)}
    return not own & set(words) and any(cast.lex.is_title(w, w) for w in words)


def _an_unnamed_person(r: Resolved, gender: str) -> bool:
    """Is ``r`` an unnamed person, in a gender that can be ``gender``?"""
    return r.person is None and r.anonymous and bool(r.name) and r.speaker_type == "person" \
        and (gender == "unknown" or r.gender in ("unknown", gender))


def _the_same_unnamed(r: Resolved, m: Mention, confidence: float) -> Resolved:
    """An unnamed person resolved before, now at mention ``m``: the same description, gender and role."""
    return Resolved(r.name, m.chars, True, "person", r.role, r.gender, r.gender_evidence, confidence)


def _the_unnamed_one_so_called(cast: Cast, lemma: str, gender: str, history: list[Resolved],
                               at: int) -> Resolved | None:
    """The latest unnamed person quoted before whose description is headed by the same noun
    (« un ancien commandant de police » for « l'ancien commandant »), in a gender that fits;
    not one of an earlier paragraph while a named person speaks in this one."""
    text = doc_text(cast.doc)
    # (« une infirmière … poursuit la soignante »: or a narrower trade the title stands for, ``title_synonyms.tsv``)
    nouns = {_fold(lemma)} | {_fold(other) for other in cast.lex.stands_for(lemma)}
    for r in reversed(history):
        if not _an_unnamed_person(r, gender):
            continue
        start = text.find(r.name)  # (the description as the article first words it)
        span = cast.doc.char_span(start, start + len(r.name), alignment_mode="expand") if start >= 0 else None
        if span is not None and _fold(span.root.lemma_) in nouns:
            named = next((h.person for h in reversed(history) if h.person is not None), None)
            other_office = named is not None and named.roles and not cast.lex.is_title(lemma) and not any(
                _fold(t) in nouns for t, _, _ in named.roles + named.relations)  # (a kind of person, no office)
            # (« Une habitante … La maire, Anne Vignot, a condamné … La riveraine, elle, … »: the named one speaks
            # here, but holds an office the noun is not)
            return None if _named_one_speaks_here(cast, history, r, at) and not other_office else r
    return None


def _the_unnamed_one_followed(cast: Cast, p: Person, gender: str, history: list[Resolved],
                              at: int) -> Resolved | None:
    """Instead of ``p``, a person the article named before token ``at`` but never as a subject, and
    never quoted, the unnamed person it has quoted twice or more (the one it follows), in a
    gender that fits."""
    if any(r.person is p for r in history) or any(q is p and subject for i, q, subject in cast.mentions if i < at):
        return None
    counts: dict[str, int] = {}
    for r in history:
        if _an_unnamed_person(r, gender):
            counts[r.name] = counts.get(r.name, 0) + 1
    if not counts or max(counts.values()) < 2:
        return None
    most = max(counts.values())
    return next(r for r in reversed(history) if counts.get(r.name) == most and r.person is None)


def _named_one_speaks_here(cast: Cast, history: list[Resolved], unnamed: Resolved, at: int) -> bool:
    """Does the last named speaker speak in the paragraph of character ``at``, and ``unnamed``
    (resolved before) in an earlier one?"""
    named = next((r for r in reversed(history) if r.person is not None), None)
    return named is not None and unnamed.mention is not None and named.mention is not None \
        and not cast.same_paragraph_chars(unnamed.mention[0], at) and cast.same_paragraph_chars(named.mention[0], at)


def _the_unnamed_one_instead(cast: Cast, lemma: str, gender: str, history: list[Resolved], at: int) -> Resolved | None:
    """A title or a kind of person that the last named speaker does not hold, while he holds
    another (« l'exploitant » after « le ministre Marc Fesneau »), goes to the latest unnamed
    person quoted before who fits, if any; not one of an earlier paragraph while the named one
    speaks in this one (« Pour Luc Vandamme, ingénieur, … « … », observe l'expert »)."""
    named = next((r for r in reversed(history) if r.person is not None), None)
    last = named.person if named is not None else None
    if last is None or not last.roles or any(_fold(t) == _fold(lemma) for t, _, _ in last.roles + last.relations):
        return None
    unnamed = next((r for r in reversed(history) if r.person is None and r.anonymous and r.name
                    and r.speaker_type == "person" and r.gender in ("unknown", gender)), None)
    return None if unnamed is not None and _named_one_speaks_here(cast, history, unnamed, at) else unnamed


def _the_speaker_just_quoted(cast: Cast, m: Mention, gender: str, history: list[Resolved]) -> Person | None:
    """« le scientifique », « le militant »: a definite description of a kind of person, when
    the article described no one so before (« un scientifique »), is the named person the
    last attribution, in this sentence or the one before, is given to."""
    doc, head = m.doc, m.head
    if any(t.lemma_.lower() == m.lemma and t.i < head.i and any(c.dep_ == "det" and c.lower_ in INDEFINITE
                                                                for c in t.children) for t in doc[:head.i]):
        return None  # « un habitant … l'habitant »: the one described
    last = history[-1] if history else None
    if last is None or last.person is None or last.mention is None or not cast._compatible(last.person, gender):
        return None
    since = doc[cast.sentences_back(head.i, 1)].idx
    # (in the same paragraph: a paragraph that opens on « l'accusé » after a relative of the victims
    # spoke is about someone else)
    return last.person if since <= last.mention[0] < head.idx and cast.same_paragraph_chars(last.mention[0], head.idx) \
        else None


def _gender_from_title(m: Mention, p: Person) -> None:
    """« la ministre », « l'ancienne ministre »: the title says the person is a woman."""
    fem = next((c for c in m.head.children if c.dep_ == "amod" and c.i < m.head.i and c.morph.get("Gender") == ["Fem"]
                and c.lower_ != c.lemma_.lower()), None)
    if p.gender == "unknown" and m.det in ("la", "une"):
        p.gender, p.gender_evidence = "female", f"{m.det} {m.head.text}"
    elif p.gender == "unknown" and fem is not None:
        p.gender, p.gender_evidence = "female", f"{fem.text} {m.head.text}"


def _names_another_body(m: Mention) -> bool:
    """« le propriétaire d'un hôtel »: a complement about an unnamed thing the title belongs to."""
    for c in m.head.children:
        if c.dep_ == "nmod" and c.i > m.head.i and m.s <= c.i < m.e + 4:
            if any(d.dep_ == "det" and d.lower_ in INDEFINITE for d in c.children):
                return True
    return False


STRICT_KINDS = {"institution", "police", "army", "justice"}  # « le gouvernement » is not any organisation named before


def type_noun(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« souligne le quotidien américain », « selon l'association »: the organisation of that kind
    the article named before (the New York Times, Terre Commune)."""
    kind = cast.lex.type_nouns.get(m.lemma)
    part = cast.lex.type_families.get(m.lemma) == "part"  # (« sa direction »: the body's, named before)
    if kind is None or m.plural or m.det not in DEFINITE | DEMONSTRATIVES and not (part and m.det in ("sa", "son", "leur")):
        return None
    if any(t.pos_ == "PROPN" and t.lower_ not in cast.lex.type_nouns and not _a_seat(t) for t in m.span):
        return None  # a name of its own: the name passes decide (« l'ONG » is none)
    strict = kind in STRICT_KINDS
    org = cast.org_of_kind(m.lemma, m.head.i, history, strict=strict)
    if org is None:
        return None
    own = [t for t in m.span if t.i > m.head.i and t.pos_ in ("ADJ", "NOUN", "PROPN") and t.dep_ in ("amod", "nmod")]
    generic = cast.lex.type_families.get(m.lemma) in ("*", "part")  # « la haute juridiction administrative »
    if strict and not generic and (any(t.lower_ not in org.name.lower() for t in own) or m.lemma in org.nouns):
        # « le gouvernement fédéral » is not « le gouvernement de l'Ontario »; « le ministère » after
        # « le ministère de la Santé »: the fullest form of the same noun (``organisation``)
        return None
    return Resolved(org.name, m.chars, speaker_type="organisation", confidence=0.6,
                    evidence=f"« {cast._description(m.s, m.e)} » ({kind}) → {org.name}, named before")


def _a_seat(t: Token) -> bool:
    """« le groupe de Cupertino », « la firme de Redmond »: the place a body sits in names no body."""
    return t.ent_type_ == "LOC" and t.i > 0 and t.doc[t.i - 1].lower_ in ("de", "d'", "d’") \
        and t.doc[t.i - 1].head.i == t.i


def _mention_gender(m: Mention) -> str:
    """The gender of a description: its article's, else (« l' », « ce ») the tagger's for its noun; none
    for a noun whose gender says nothing of the person's (« cette source », ``epicene_nouns.txt``)."""
    if load_lexicon().is_epicene(m.lemma, m.low):
        return "unknown"
    gender = _det_gender(m.det) if m.det not in ("l'", "l’") else "unknown"
    if gender == "unknown":
        g = m.head.morph.get("Gender")
        gender = {"Fem": "female", "Masc": "male"}.get(g[0], "unknown") if g else "unknown"
    return gender


def unnamed_again(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« Une habitante de la rue … Selon cette retraitée », « Un médecin … ajoute le praticien »: a
    definite or demonstrative description of a kind of person (a source noun, not an office such as
    « le ministre »), singular, is the unnamed person quoted last, in this sentence or the two before,
    when the genders agree: one source, in the article's first words for it."""
    lex = cast.lex
    if m.plural or m.possessive or m.det not in DEFINITE | DEMONSTRATIVES or m.head.pos_ != "NOUN" \
            or not (m.lemma in lex.source_nouns or m.lemma in lex.person_nouns or m.low in lex.source_nouns):
        return None
    last = history[-1] if history else None
    if last is None or last.person is not None or not last.anonymous or not last.name or last.mention is None \
            or last.speaker_type != "person" or _says_whose(cast, m.head):
        return None  # (« la mère de Léa Moreau »: someone's relation, someone new)
    gender = _mention_gender(m)
    if "unknown" not in (gender, last.gender) and gender != last.gender:
        return None
    since = m.doc[cast.sentences_back(m.head.i, 2)].idx
    if not since <= last.mention[0] < m.head.idx:
        return None
    r = _the_same_unnamed(last, m, 0.5)
    r.evidence = f"« {cast._description(m.s, m.e)} » → {last.name}, the unnamed person quoted just before"
    return r


def described(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """An unnamed source as the article words it: indefinite (« un diplomate »), plural (« les
    enquêteurs », « ses alliés » → « les alliés de X »), or a title nobody holds."""
    doc, head = m.doc, m.head
    desc = cast._description(m.s, _description_end(cast, m))
    if head.pos_ == "ADV" and any(c.pos_ == "NOUN" and c.i > head.i and any(g.lower_ in ("de", "d'", "d’") for g in c.children)
                                  and (_person_like(cast, c) or c.lemma_.lower() in cast.lex.source_nouns)
                                  for c in head.children):
        return Resolved(desc, m.chars, anonymous=True, speaker_type="group", confidence=0.55)  # « beaucoup d'habitants »
    title = cast.lex.is_title(m.lemma, m.low) and m.head.pos_ == "NOUN"
    if m.possessive and m.plural and (m.lemma in cast.lex.source_nouns or title):
        owner = next((h for h in reversed(history) if h.person is not None), None)
        poss = next(c for c in head.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss"))
        if owner is not None:  # « ses alliés » → « les alliés d'Alassane Ouattara »
            rest = doc_text(doc)[poss.idx + len(poss.text):doc[m.e - 1].idx + len(doc[m.e - 1].text)].strip()
            desc = f"les {rest} de {owner.name}"
    stype = "group" if m.plural else ("person" if title or m.lemma in cast.lex.source_nouns else "unknown")
    if m.det in DEFINITE and stype == "person":
        # « le procureur général » after « le procureur général près la Cour de cassation »
        fuller = next((h for h in reversed(history) if h.person is None and h.name and h.speaker_type == "person"
                       and h.name.lower().startswith(desc.lower() + " ")), None)
        if fuller is not None:
            desc = fuller.name
        elif not m.plural and m.head.pos_ == "NOUN" and (m.lemma in cast.lex.source_nouns or m.lemma in cast.lex.person_nouns):
            # « Un responsable syndical … se montre pessimiste. Le ministre X … « … », prédit le syndicaliste »:
            # the unnamed person a subject just introduced, whom no one named holds this title for (a kind of
            # person, not an office such as « le procureur »)
            introduced = described_subject(cast, m.head, _mention_gender(m))
            if introduced is not None:
                introduced.mention, introduced.rule = m.chars, "described"
                introduced.evidence = f"« {desc} » → {introduced.name}, the unnamed person introduced just before"
                return introduced
    gender = _mention_gender(m)  # (« le chauffeur »: a man, for the pronouns after him; « une source »: anyone)
    if m.det in INDEFINITE or m.plural or m.lemma in cast.lex.source_nouns or title:
        return Resolved(desc, m.chars, anonymous=True, speaker_type=stype, confidence=0.6,
                        gender=gender if stype == "person" else "unknown", gender_evidence=m.low if stype == "person" else None)
    if _unlisted_noun_after_a_quote(cast, m):  # « « … », raconte la marchande », no one named before
        return Resolved(desc, m.chars, anonymous=True, speaker_type="person", confidence=0.45, gender=gender,
                        gender_evidence=m.low)
    return None


def _description_end(cast: Cast, m: Mention) -> int:
    """Where an unnamed source's description ends: the mention, with the nouns joined to its
    complement, the name of that complement, and a restrictive relative clause."""
    return _with_restrictive_relative(m, _with_participle_complement(cast, m, _with_complement_name(
        cast, m, _with_conjoined_complement(m))))


def _with_participle_complement(cast: Cast, m: Mention, e: int) -> int:
    """« des salariés interrogés par l'institut Elabe », « Des habitants joints par téléphone »: a past
    participle right after a noun for persons keeps its complement (a few words, no comma, no verb),
    also where the parser hung the complement on the main verb; the end of the mention with it. (Not
    for a writing: « une note interne consultée par Le Monde » was not written by Le Monde.)"""
    doc, head = m.doc, m.head
    if not cast.lex.is_person_noun(m.lemma, m.low):
        return e
    part = next((t for t in (doc[e - 1], doc[e] if e < len(doc) else None) if t is not None and t.i > head.i
                 and t.head.i == head.i and t.dep_ in ("acl", "amod") and _past_participle(t)), None)
    # (« une source parlementaire citée par l'AFP »: who reported the words, no part of who said them; « Le
    # professeur décrit un élève … »: a present with its object, read as a participle)
    if part is None or part.lemma_.lower() in cast.lex.relaying_verbs \
            or part.i + 1 < len(doc) and doc[part.i + 1].pos_ in ("DET", "NOUN", "PROPN", "PRON"):
        return e
    end = max(e, part.right_edge.i + 1) if part.pos_ == "VERB" else part.i + 1
    if end == part.i + 1 and end + 1 < len(doc) and doc[end].lower_ in ("par", "auprès"):
        k = end + 1  # (« joints | par téléphone », hung on the verb)
        while k < len(doc) and doc[k].pos_ in ("DET", "ADP") and k - end <= 3:
            k += 1
        while k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN"):
            k += 1
        end = k if k > end + 1 and doc[k - 1].pos_ in ("NOUN", "PROPN") else end
    if end == part.i + 1 and part.pos_ != "VERB":
        return e  # (« Le professeur décrit un élève … »: a present the tagger called an adjective, no complement)
    if end - e > 6 or any(t.is_punct or is_finite(t) or t.like_num or t.lower_ in TEMPORAL for t in doc[part.i:end]):
        return e  # (« un télégramme daté du 25 août 2009 »: a date says when, not who)
    return end


def _past_participle(t: Token) -> bool:
    """A past participle, also one the tagger called an adjective (« joints »: its lemma a verb's)."""
    if "Part" in t.morph.get("VerbForm"):
        return "Past" in t.morph.get("Tense")
    return t.pos_ == "ADJ" and t.lemma_ != t.lower_ and t.lemma_.endswith(("er", "ir", "re")) \
        and t.lower_.endswith(("é", "ée", "és", "ées", "i", "ie", "is", "ies", "t", "te", "ts", "tes", "u", "ue", "us", "ues"))


def _with_conjoined_complement(m: Mention) -> int:
    """« Les représentants des éleveurs et des agriculteurs »: a noun joined by « et » or « ou »
    to a complement inside the mention (not to its head: two sources) belongs to the description;
    the end of the mention with it."""
    doc, e = m.doc, m.e
    conj = next((t for t in doc[e:min(len(doc), e + 4)] if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")
                 and m.s <= t.head.i < e and t.head.i != m.head.i), None)
    if conj is None or doc[e].lower_ not in ("et", "ou") or conj.right_edge.i + 1 - e > 8:
        return e
    return conj.right_edge.i + 1


def _with_complement_name(cast: Cast, m: Mention, e: int) -> int:
    """« Un porte-parole du commissaire européen Olli Rehn »: the name right after a title in the
    mention's complement (no comma between) is that complement's, and part of the description;
    the end of the mention with it."""
    doc = m.doc
    if e >= len(doc) or not cast.is_name_token(doc[e]) or doc[e - 1].is_punct \
            or not any(t.pos_ == "NOUN" and t.i > m.head.i and cast.lex.is_title(t.lemma_.lower(), t.lower_)
                       for t in doc[m.head.i + 1:e]):
        return e
    name = cast.person_spans[e]
    return name.end if name.start == e else e


def _with_restrictive_relative(m: Mention, e: int | None = None) -> int:
    """« Les représentants des éleveurs qui ont boycotté la rencontre l'ont qualifiée de … »: a
    relative clause with no comma before it, that ends where the main verb group starts, tells
    which ones: the description keeps it (the end of the mention with it, or with ``e``). A
    relative clause that is itself the report (« les gendarmes qui recommandent de … ») stays out."""
    doc, e = m.doc, m.e if e is None else e
    rel = next((c for t in m.span for c in t.children if c.dep_ == "acl:relcl" and c.i >= e
                and doc[c.left_edge.i - 1].text != "," and "Rel" in c.left_edge.morph.get("PronType")), None)
    if rel is None or rel.left_edge.i != e or reports_a_content(rel, load_lexicon()):
        return e
    end = rel.right_edge.i + 1
    own = {c.i for c in rel.children if c.dep_.startswith("aux")}
    for k in range(rel.i + 1, end):  # (the parser may have hung the main verb group on the clause)
        if doc[k].text == ",":
            end = k  # « un ingénieur qui travaille pour X, et qui a demandé … »: an aside follows
            break
        if doc[k].lower_ in CLITICS and k + 1 < end and is_finite(doc[k + 1]) and k + 1 not in own \
                or is_finite(doc[k]) and k not in own:
            end = k
            break
    k = end
    while k < len(doc) and (doc[k].lower_ in CLITICS or doc[k].pos_ == "ADV" and doc[k].lower_ not in ("ne", "n'", "n’")):
        k += 1
    return end if k < len(doc) and is_finite(doc[k]) and end - e <= 12 else e


def organisation(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """An organisation named by a common noun: « le groupe » → the company named before,
    « le gouvernement » → its fullest form in the article (« gouvernement britannique »)."""
    doc, head = m.doc, m.head
    toks = _clean_name(list(doc[m.s:m.e]))
    found = _text(doc, toks) if toks else cast._description(m.s, m.e)
    if m.lemma in cast.lex.company_nouns and m.det in DEFINITE | DEMONSTRATIVES and len(toks) == 1:
        named = company_named_before(cast, head)
        if named is not None:  # « Le constructeur automobile Stellantis … a annoncé le groupe »
            return Resolved(named, m.chars, speaker_type="organisation", confidence=0.55)
    if m.lemma in cast.lex.institutions:
        core = [t for t in toks if t.i == head.i or t.head.i == head.i and t.dep_ == "amod"]
        if len(core) <= 2 and len(core) == len([t for t in toks if not (t.i > head.i and t.pos_ in ("ADP", "DET", "PROPN"))]):
            found = fullest_institution(cast, head, _text(doc, core) if core else found)
    return Resolved(found, m.chars, speaker_type="organisation",
                    confidence=0.6 if m.lemma in cast.lex.institutions else 0.4)


def _person_like(cast: Cast, t: Token) -> bool:
    return t.ent_type_ == "PER" or cast.lex.is_person_noun(t.lemma_.lower(), t.lower_)


def _organisation_like(cast: Cast, t: Token) -> bool:
    lemma = t.lemma_.lower()
    return t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PER") or lemma in cast.lex.institutions \
        or lemma in cast.lex.type_nouns or lemma in cast.lex.company_nouns or lemma in cast.lex.source_documents \
        or lemma in cast.lex.signed_documents or t.text[:1].isupper() and not t.is_sent_start


def misparsed_subject(cast: Cast, m: Mention, history: list[Resolved]) -> Resolved | None:
    """« La patronne des patrons Emma Marcegaglia … a insisté sur la nécessité de relancer
    l'économie »: a common noun that names neither a person, an organisation nor a writing is a
    subject the parser took from elsewhere; the person the sentence names before it speaks."""
    head = m.head
    if head.pos_ != "NOUN" or _person_like(cast, head) or _organisation_like(cast, head):
        return None
    sent = head.sent
    for t in reversed(cast.doc[sent.start:head.i]):
        if cast.in_quote(t.idx) or t.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") and t.ent_type_ != "PER":
            continue
        if t.ent_type_ == "PER" or t.pos_ == "NOUN" and _person_like(cast, t) and t.dep_ in ("nsubj", "nsubj:pass"):
            r = resolve(cast, t, history)
            if r.name:
                r.mention = m.chars
                r.rule, r.evidence = "misparsed_subject", f"« {cast._description(m.s, m.e)} » is no source → {r.name}, " \
                                                          f"named before it in the sentence"
                return r
    return None


PASSES: list[tuple[str, Pass]] = [
    ("one_of_them", one_of_them),
    ("those_who", those_who),
    ("handle", handle),
    ("by_order", by_order),
    ("pronoun", pronoun),
    ("kept_anonymous", kept_anonymous),
    ("same_source", same_source),
    ("this_organisation", this_organisation),
    ("signed_writing", signed_writing),
    ("document_author", document_author),
    ("led_body", led_body),
    ("name", name),
    ("mistagged_name", mistagged_name),
    ("epithet", epithet),
    ("counted_group", counted_group),
    ("people_of_a_place", people_of_a_place),
    ("proper_name", proper_name),
    ("body_apposition", body_apposition),
    ("apposition", apposition),
    ("title_then_name", title_then_name),
    ("aged", aged),
    ("person_description", person_description),
    ("counterpart", counterpart),
    ("title_alias", title_alias),
    ("role", role),
    ("type_noun", type_noun),
    ("unnamed_again", unnamed_again),
    ("described", described),
    ("misparsed_subject", misparsed_subject),
    ("organisation", organisation),
]


LEADING_WORDS = {"selon", "d'après", "d’après", "pour", "par", "à", "au", "aux", "chez", "sur", "avec", "contre", "dans",
                 "en", "encontre", "l'encontre", "l’encontre", "auprès", "via", "et", "mais", "ou"}
TRAILING_WORDS = DETERMINERS | {"à", "au", "aux", "en", "et", "ou", "sur", "par", "pour", "dans", "avec", "chez", "l'",
                                "l’", "d'", "d’", "qui", "que", "dont"}
CIRCUMSTANCE = {"sur", "lors", "devant", "pendant", "durant", "au cours", "dans un entretien", "à l'antenne"}
WRITING_DETERMINERS = {"un", "une", "le", "la", "l'", "l’", "son", "sa", "ses", "leur", "leurs", "des", "les", "ce", "cette"}
COMPLEMENTED_ENDINGS = ("ent", "ente", "ents", "entes", "é", "ée", "és", "ées")  # présent, basé: adjectives, participles
DAYS = TEMPORAL | {"aujourd'hui", "aujourd’hui", "demain"}
WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "aujourd’hui"}


def tidy(cast: Cast, r: Resolved) -> Resolved:
    """The speaker string as a name or a clean description (GUIDE.md, « Names »): no preposition
    before it (« Selon X »), no day, figure or dangling article, no title before a person's name
    (« ministre Normandeau » → Nathalie Normandeau), no generic noun before an organisation's name
    (« association Terre Commune »), no circumstance after a description (« … sur la radio RTL »),
    an organisation named in full (« Conseil » → « Conseil supérieur de l'audiovisuel »)."""
    if not r.name:
        return r
    words = r.name.split()
    while len(words) > 1 and words[0].lower() in LEADING_WORDS:
        words = words[1:]
    if r.speaker_type == "organisation" and len(words) > 1 and words[0].lower() in DEFINITE and words[1][:1].isupper() \
            and not (words[0][:1].isupper() and (words[1].lower() in cast.lex.media_name_words
                                                  or _capital_inside_a_sentence(cast, r, words[0]))):
        words = words[1:]  # (but « Le Monde », « La Presse »: the paper's name has its article; so has « Du côté
        # de La France insoumise », whose article has a capital inside a sentence)
    for i in range(1, len(words)):  # « le procureur général … sur la radio RTL »: the circumstance is not the source
        # (« le militant dans une lettre ouverte »: where it was said is no part of who said it)
        in_a_writing = words[i].lower() == "dans" and i + 2 < len(words) and words[i + 1].lower() in WRITING_DETERMINERS \
            and (words[i + 2].lower() in cast.lex.source_documents or words[i + 2].lower() in cast.lex.cue_nouns)
        if (words[i].lower() in CIRCUMSTANCE or in_a_writing) \
                and (r.anonymous or r.speaker_type in ("person", "group")) and r.person is None \
                and not words[i - 1].lower().endswith(COMPLEMENTED_ENDINGS):
            words = words[:i]  # (« un pompier présent sur les lieux », « une source basée sur place »: the
            break  # adjective's complement stays)
    while len(words) > 1 and (words[-1].lower() in TRAILING_WORDS | DAYS or words[-1].replace(",", "").isdigit()):
        words = words[:-1]
    words = [w for w in words if w not in WEEKDAYS] or words
    if not any(ch.isalpha() for ch in " ".join(words)):
        return Resolved(None, r.mention, confidence=0.1, rule=r.rule, evidence=f"{r.evidence}, no name in « {r.name} »")
    led = words[0] in cast.lex.led_body_nouns and any(p.name.split()[-1] == words[-1] for p in cast.persons.values())
    if r.person is None and len(words) > 1 and words[0].islower() and words[1][:1].isupper() and not led \
            and (cast.lex.is_title(words[0], words[0]) or words[0] in cast.lex.type_nouns):
        rest = words[1:]  # « ministre Normandeau », « association Terre Commune »
        person = cast.find_surname(rest[0], cast.doc[-1].i) if len(rest) == 1 and cast.lex.is_title(words[0], words[0]) \
            else None
        if person is not None:
            return _relinked(cast, r, person)
        words = rest
    if r.speaker_type == "organisation" and not r.anonymous and len(words) == 1 and words[0][:1].isupper():
        # (not where the mention goes on otherwise: « La France insoumise » is no « France Info »)
        said = doc_text(cast.doc)[r.mention[0]:r.mention[1]].split() if r.mention else []
        nxt = said[said.index(words[0]) + 1] if words[0] in said[:-1] else None
        fuller = [o.name for o in cast.orgs.values() if o.name.startswith(words[0] + " ") and len(o.name.split()) <= 8
                  and (nxt is None or o.name.split()[1] == nxt)]
        if fuller:
            words = max(fuller, key=len).split()  # « Conseil » → « Conseil supérieur de l'audiovisuel »
    name = " ".join(words)
    if r.speaker_type == "organisation" and not r.anonymous and r.mention and words[0][:1].isupper():
        name = _with_its_article(cast, r, name)  # « Du côté de La France insoumise » → La France insoumise
    if name != r.name:
        r.evidence = f"{r.evidence} (« {r.name} » → « {name} »)" if r.evidence else r.evidence
        r.name = name
    return r


def _capital_inside_a_sentence(cast: Cast, r: Resolved, word: str) -> bool:
    """Does the mention open on ``word`` (an article) with its capital inside a sentence?"""
    if not r.mention:
        return False
    return _capital_at(doc_text(cast.doc), r.mention[0], word)


def _capital_at(text: str, start: int, word: str) -> bool:
    if not text.startswith(word, start):
        return False
    before = text[:start].rstrip(" \u00a0\u202f")
    return bool(before) and before[-1] not in ".!?:\n«\"“—–-"


def _with_its_article(cast: Cast, r: Resolved, name: str) -> str:
    """An organisation's name with the article that stands before it in the mention with a capital
    inside a sentence: a part of the name (« La France insoumise », « Les Républicains »)."""
    text = doc_text(cast.doc)
    at = text.find(name, r.mention[0], r.mention[1])
    for article in ("La ", "Le ", "Les ", "L'", "L’"):
        if at >= len(article) and _capital_at(text, at - len(article), article):
            return article + name
    return name


def _relinked(cast: Cast, r: Resolved, person: Person) -> Resolved:
    out = cast._as_person(person, r.mention, r.confidence)
    out.rule, out.evidence = r.rule, f"{r.evidence} (« {r.name} » → {person.name})"
    return out


def resolve(cast: Cast, head: Token | None, history: list[Resolved]) -> Resolved:
    """The source of a speaker mention: the first pass that links it, its string tidied."""
    if head is None:
        return Resolved(None, None, confidence=0.2, rule="none")
    m = Mention.of(head)
    for rule, fn in PASSES:
        r = fn(cast, m, history)
        if r is not None:
            r.rule = r.rule or rule
            if r.evidence is None:
                words = doc_text(m.doc)[r.mention[0]:r.mention[1]] if r.mention else head.text
                r.evidence = f"« {words} »"
            return tidy(cast, r)
    raise AssertionError("the last pass always links")  # pragma: no cover


# -- helpers of the passes ---------------------------------------------------------------------------

def resolve_pronoun(cast: Cast, head: Token, history: list[Resolved]) -> Resolved:
    low = head.lower_
    doc = cast.doc
    if head.i >= 2 and between_commas(doc, head.i) and doc[head.i - 2].pos_ in ("PROPN", "NOUN") \
            and low in SET_APART_PRONOUNS:
        # « Pliskova, elle, a regretté … », « Le ministre, lui, … »: the subject the pronoun stands beside
        r = resolve(cast, doc[head.i - 2], history)
        if r.name:
            return r
    gender, number = cast.lex.pronouns.get(low, ("unknown", "sing"))
    mention = (head.idx, head.idx + len(head.text))
    if number == "plur":
        ante = plural_antecedent(cast, head)
        if ante is not None:
            r = group_of(cast, ante, history)
            r.mention = mention
            return r
        for r in reversed(history[-3:]):
            if r.speaker_type == "group" or (r.name and " et " in r.name):
                return Resolved(r.name, mention, anonymous=r.anonymous, speaker_type=r.speaker_type, confidence=0.5)
        group = plural_group_named_otherwise(cast, head)
        if group is not None:
            r = group_of(cast, group, history)
            r.mention, r.confidence = mention, min(r.confidence, 0.45)
            r.rule, r.evidence = "pronoun", f"« {head.text} » → {r.name}, the group the sentence before named"
            return r
        return Resolved(None, mention, speaker_type="group", confidence=0.2)
    shifted = None if _goes_on(cast, head) else salience.shifted_subject(cast, head.i, history, gender)
    if shifted is not None:
        return _pronoun_means(cast, shifted, head, gender, 0.65, "the new subject of the sentence before")
    # the most salient entity that agrees: the fitted model weighs the signals
    chosen = salience.choose(cast, "pronoun", mention, head.i, history, gender)
    if chosen is not None:
        return _pronoun_means(cast, chosen, head, gender, 0.7, _why(chosen))
    # no entity agrees: the last singular named source (a person whose first name misled the
    # name list: the article wins)
    for r in reversed(history):
        if r.name and r.speaker_type != "group":
            if r.person is None and "unknown" not in (gender, r.gender) and r.gender != gender \
                    and not _called_by_an_epicene_noun(cast, r):
                break  # (« Le chauffeur … Selon elle »: not an unnamed man; but « Cette source … Selon elle »)
            if r.person is not None and (r.person.gender_evidence or "").startswith("first name") and gender != "unknown":
                if r.person.gender != gender:
                    break
                r.person.gender, r.person.gender_evidence = gender, head.text
                return cast._as_person(r.person, mention, 0.5)
            return Resolved(r.name, mention, r.anonymous, r.speaker_type, r.role, r.gender, r.gender_evidence, 0.4,
                            r.person)
    return Resolved(None, mention, speaker_type="person", gender=gender if gender != "unknown" else "unknown",
                    gender_evidence=head.text, confidence=0.2)


def _called_by_an_epicene_noun(cast: Cast, r: Resolved) -> bool:
    """Was the source of ``r`` last called by a noun whose gender says nothing of its own (« cette source »)?"""
    span = cast.doc.char_span(r.mention[0], r.mention[1], alignment_mode="expand") if r.mention else None
    return span is not None and any(cast.lex.is_epicene(t.lemma_.lower(), t.lower_) for t in span)


def _goes_on(cast: Cast, head: Token) -> bool:
    """Is the pronoun the subject of a verb by which the speaker goes on (frame C of
    ``cue_verbs.tsv``: « a-t-il ajouté », « poursuit-elle »)? Then the last speaker keeps the floor,
    whoever the sentence before made its subject."""
    verb = head.head.head if head.head.pos_ == "AUX" else head.head  # « a-t-il ajouté »: hung on « a »
    return head.dep_ in ("nsubj", "expl:subj", "dep") and "C" in cast.lex.cue_verbs.get(verb.lemma_.lower(), ())


def _pronoun_means(cast: Cast, c: "salience.Candidate", head: Token, gender: str, confidence: float,
                   why: str) -> Resolved:
    """A pronoun linked to a candidate; « a-t-elle affirmé » tells the gender of a person the
    article did not give one."""
    if c.person is not None and c.person.gender == "unknown" and gender != "unknown":
        c.person.gender, c.person.gender_evidence = gender, head.text
    r = salience.as_resolved(cast, c, (head.idx, head.idx + len(head.text)), confidence)
    r.evidence = f"« {head.text} » → {c.name}, {why}"
    return r


def _why(c: "salience.Candidate") -> str:
    """The strongest reasons a candidate was chosen, in words."""
    s = c.signals
    reasons = [("last speaker", s.get("last_speaker")), ("subject of this sentence", s.get("subject_same_sentence")),
               ("subject of the sentence before", s.get("subject_previous_sentence")),
               ("quoted before", s.get("recent_speaker")), ("the subject named last", s.get("most_recent_subject"))]
    said = [r for r, v in reasons if v]
    return ", ".join(said[:2]) or "most salient"


def signatories(cast: Cast, head: Token) -> Resolved | None:
    """Who signed a writing: the article's « les signataires » (or « ses auteurs »), else
    what it was « signé par »."""
    doc = cast.doc
    for t in tokens(doc):
        if t.lemma_.lower() in cast.lex.document_authors and "Plur" in t.morph.get("Number") \
                and t.pos_ == "NOUN" and not cast.in_quote(t.idx):
            det = next((c for c in t.children if c.dep_ == "det"), None)
            if det is not None and det.lower_ == "les":
                return Resolved(f"les {t.text}", None, anonymous=True, speaker_type="group", confidence=0.55)
    for c in head.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ("signer", "rédiger", "écrire", "cosigner"):
            agent = next((g for g in c.children if g.dep_ == "obl:agent"), None)
            if agent is not None:
                r = resolve(cast, agent, [])
                return r if r.name else None
    return None


def name_after_title(cast: Cast, head: Token) -> Person | None:
    """A title whose name comes after its complements: « le ministre de X (…), Jean Dupont »."""
    doc = cast.doc
    end = min(len(doc), head.i + 25)
    for k in range(head.i + 1, end):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") or t.text in {".", ";", ":", "!", "?"} or "\n" in t.text or cast.in_quote(t.idx):
            return None
        if t.text == "," and k + 1 < len(doc) and doc[k + 1].i in cast.person_spans:
            ent = cast.person_spans[doc[k + 1].i]  # « …, Charlotte de Montpellier »: a name the recogniser saw whole
            if ent.end >= len(doc) or doc[ent.end].text in {",", ".", ";"} or doc[ent.end].is_space:
                return cast._person_for(list(ent))
        if t.text == "," and k + 2 < len(doc):
            run = []
            j = k + 1
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and len(run) < 4:
                run.append(doc[j])
                j += 1
            if len(run) >= 2 and (j >= len(doc) or doc[j].text in {",", ".", ";"} or doc[j].is_space):
                return cast._person_for(run)
    return None


def proper_name_in(cast: Cast, span, head: Token) -> str | None:
    """The name inside a mention: an entity, else the longest run of proper nouns
    (« le cabinet Eurosmart » → Eurosmart, « L'agence de notation Standard & Poor's »)."""
    doc = cast.doc
    runs, cur = [], []
    for t in span:
        if cur and t.ent_iob_ == "B" and cur[-1].ent_type_ and cur[-1].ent_type_ != t.ent_type_:
            runs.append(cur)  # « l'AFP Rumki Khatun »: two names side by side
            cur = []
        if t.pos_ == "PROPN" and (cur or not t.text.islower()) \
                or t.ent_type_ in ("ORG", "PER", "MISC", "LOC") and t.text[:1].isupper() \
                or (cur and t.text in {"&", "-", "'s", "’s"}) or (cur and t.lower_ in {"de", "du", "des", "d'", "d’"} and t.i + 1 < span.end and doc[t.i + 1].text[:1].isupper()) \
                or (cur and t.text[:1].isupper() and t.is_alpha and t.pos_ in ("ADJ", "NOUN") and t.ent_type_ != "PER") \
                or (cur and t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.i == cur[-1].i == t.i - 1
                    and cur[-1].ent_type_ == "LOC"):
            # (« France Urbaine »: a capitalised adjective or noun after a name goes on with it; « La France
            # insoumise »: a place with its adjective names a body)
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        # « Chine Nouvelle », « France Assureurs »: a capitalised word right after the phrase, that the
        # parser left out
        k = span.end
        while k < len(doc) and cur[-1].i == k - 1 and doc[k].text[:1].isupper() and doc[k].is_alpha \
                and doc[k].pos_ in ("ADJ", "PROPN", "NOUN") and doc[k].ent_type_ != "PER" and not doc[k].is_sent_start \
                and "\n" not in doc[k - 1].text:
            cur.append(doc[k])
            k += 1
        runs.append(cur)
    if head.pos_ == "NOUN":
        lemma = head.lemma_.lower()
        person_noun = lemma in cast.lex.source_nouns or cast.lex.is_title(lemma, head.lower_)
        # « cette habitante de Calcutta », « l'ambassade à Paris », « la police de Géorgie »: a place in a
        # complement is not the source (an institution keeps its complement: « police de Géorgie »)
        # (« le ministère du Travail », « le ministère de la Santé »: an institution keeps its complement,
        # the organisation pass names it whole)
        # (« le collectif des citoyens de Mayotte »: a body named by what it is, whose complement holds a place)
        place_of = person_noun or ((lemma in cast.lex.institutions or lemma in cast.lex.type_nouns) and head.text.islower())
        banned = {"à", "au", "aux", "en", "dans"} | ({"de", "d'", "d’", "du", "des"} if place_of else set())
        runs = [r for r in runs if not (r[0].i > 0 and doc[r[0].i - 1].lower_ in banned
                                       or any(c.dep_ == "case" and c.lower_ in banned for c in r[0].children))]
        if person_noun:  # « l'entourage du ministre Bruno Le Maire », « l'avocat de la famille Traoré »: the
            # name is the complement's, not the source's
            runs = [r for r in runs if not any(doc[j].lower_ in {"de", "d'", "d’", "du", "des"}
                                               for j in range(head.i + 1, r[0].i))]
    runs = [_clean_name(r) for r in runs]
    runs = [r for r in runs if not (len(r) == 1 and _people_of_a_place(r[0]))]
    runs = [r for r in runs if r and r[-1].lower_ not in {"de", "du", "des", "d'", "d’"}
            and not all(t.lower_ in cast.lex.titles or t.lower_ in {"premier", "première"} for t in r)]
    if not runs:
        return None
    if head.pos_ != "PROPN" and (head.lemma_.lower() in cast.lex.titles or head.lower_ in cast.lex.titles) \
            and head.i < runs[0][0].i and not any(t.ent_type_ == "PER" for r in runs for t in r):
        return None  # « la présidente du Rassemblement national » is a person, not the party
    # a recognised organisation or place covering the run gives the whole name (« Société générale »)
    for ent in entities(doc):
        if ent.label_ in ("ORG", "MISC", "LOC") and ent.start < span.end and ent.end > span.start \
                and any(ent.start <= t.i < ent.end for r in runs for t in r):
            longer = [r for r in runs if ent.start <= r[0].i < ent.end and r[-1].i >= ent.end]
            toks = longer[0] if longer else _clean_name(list(ent))
            while len(toks) >= 2 and toks[0].lemma_.lower() in cast.lex.company_nouns and toks[1].pos_ == "PROPN":
                toks = toks[1:]  # « le groupe Renault » → Renault
            if toks and not longer:
                toks = toks + _body_complement(cast, ent, span)
            toks = _with_the_place_cut_off(cast, ent, toks)
            if toks:  # (« l'Organisation suisse d'aide aux réfugiés (OSAR) », cut by the recogniser: whole)
                return cast.full_name_before_acronym(_text(doc, toks), toks[0].idx)
    if head.pos_ != "PROPN" and (head.lemma_.lower() in cast.lex.titles or head.lower_ in cast.lex.titles) and head.i < runs[0][0].i:
        # « le ministre des Finances » is a title, not an organisation
        if not any(t.ent_type_ == "PER" for r in runs for t in r):
            return None
    return _text(doc, max(runs, key=len))


def _with_the_place_cut_off(cast: Cast, ent, toks: list[Token]) -> list[Token]:
    """« l'Union nationale des commerçants et industriels du | Mali », « … industriels | du Burkina Faso »:
    an organisation's name the recogniser cut before the place that ends it (« de », « du », « des »
    and capitalised proper nouns) goes on over it."""
    doc = cast.doc
    if not toks or ent.label_ != "ORG":
        return toks
    k = toks[-1].i + 1
    if toks[-1].lower_ not in {"de", "du", "des", "d'", "d’"}:
        if k + 1 >= len(doc) or doc[k].lower_ not in {"de", "du", "des", "d'", "d’"}:
            return toks
        k += 1
    run = []
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and not cast.in_quote(doc[k].idx):
        run.append(doc[k])
        k += 1
    return toks + list(doc[toks[-1].i + 1:run[0].i]) + run if run else toks


def _body_complement(cast: Cast, ent, span) -> list[Token]:
    """« L'Union suisse des propriétaires fonciers », « le Conseil supérieur de l'audiovisuel », that the
    recogniser cut before the complement: a body's name that opens on a noun for a body goes on over
    the lower-case complement of the mention (« de », « des » and nouns, no verb, no comma); so does
    « le Haut Conseil pour le climat », whose noun for a body comes after a capitalised adjective and
    whose complement opens on « pour » or « contre »."""
    doc = cast.doc
    lex = cast.lex

    def a_body(t: Token) -> bool:
        return t.text[:1].isupper() and (t.lower_ in lex.institutions or t.lower_ in lex.type_nouns
                                         or t.lemma_.lower() in lex.institutions or t.lemma_.lower() in lex.type_nouns)
    if ent.label_ != "ORG" or not (a_body(ent[0]) or len(ent) > 1 and ent[0].pos_ == "ADJ" and ent[0].text[:1].isupper()
                                   and a_body(ent[1])):
        return []
    rest = list(doc[ent.end:span.end])
    while rest and (rest[-1].is_punct or rest[-1].is_space):
        rest.pop()
    if not rest or rest[0].lower_ not in ("de", "des", "du", "d'", "d’", "pour", "contre") \
            or any(t.pos_ not in ("ADP", "DET", "NOUN", "ADJ") or not t.text.islower() for t in rest):
        return []
    return rest


def _people_of_a_place(t: Token) -> bool:
    """« 62 % des Français », « les Québécois »: a people is a group the article describes, not a name."""
    low = t.lower_
    return t.text[:1].isupper() and t.ent_type_ != "ORG" and low.endswith(("s", "x")) and load_lexicon().is_demonym(low)


def company_named_before(cast: Cast, head: Token) -> str | None:
    """The proper name in the last noun phrase before ``head`` headed by a company noun
    (« le groupe Stellantis », « le constructeur automobile Stellantis »)."""
    doc = cast.doc
    for t in reversed(doc[:head.i]):
        if t.lemma_.lower() not in cast.lex.company_nouns or t.pos_ != "NOUN" or cast.in_quote(t.idx):
            continue
        names = [c for c in doc[t.i + 1:min(len(doc), t.i + 5)] if c.pos_ == "PROPN"
                 and (c.head.i == t.i or c.head.head.i == t.i or c.head.i in range(t.i, c.i))]
        if names:
            run = [names[0]]
            while run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].pos_ == "PROPN":
                run.append(doc[run[-1].i + 1])
            return _text(doc, run)
    return None


def fullest_institution(cast: Cast, head: Token, name: str) -> str:
    """« le gouvernement » → « gouvernement britannique », « le parquet » → « parquet de
    Narbonne »: the fullest form the article gives the same institution."""
    best = name
    for t in cast.tokens_of_lemma(head.lemma_):  # (the mention's own phrase too: « la police de Géorgie »)
        if t.pos_ != "NOUN" or cast.in_quote(t.idx):
            continue
        s, e = np_extent(t)
        toks = _led_body(cast, t) or _clean_name(list(cast.doc[s:e]))  # (« le gouvernement Legault »)
        text = _text(cast.doc, toks)
        if len(text) > len(best) and len(toks) <= 6 and text.lower().startswith(name.lower()):
            best = text
    return best


def group_of(cast: Cast, t: Token, history: list[Resolved]) -> Resolved:
    parts = [t] + _companions(t)
    if len(parts) == 1:
        return resolve(cast, t, history)
    names = []
    for c in parts:
        r = resolve(cast, c, history)
        if not any(r.name and r.name == n.name for n in names):
            names.append(r)
    if len(names) == 1:
        return names[0]
    if all(r.name for r in names):
        joined = ", ".join(r.name for r in names[:-1]) + " et " + names[-1].name
        kind = "person" if all(r.speaker_type == "person" for r in names) else "group"
        spans = [r.mention for r in names if r.mention]
        mention = (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None
        return Resolved(joined, mention, anonymous=all(r.anonymous for r in names), speaker_type=kind,
                        confidence=0.55, rule=names[0].rule,
                        evidence=f"{' et '.join(f'« {r.name} »' for r in names)}: one subject of {len(names)} → {joined}")
    return resolve(cast, t, history)


def plural_antecedent(cast: Cast, head: Token) -> Token | None:
    """The closest plural subject before a plural pronoun (« Les signataires … Ils »),
    or subjects joined by « et » (« François Richier et Patrice Paoli … -ils »)."""
    doc = cast.doc
    start = cast.sentences_back(head.i, 2)
    for k in range(head.i - 1, start - 1, -1):
        t = doc[k]
        if not is_subject(t) or t.pos_ == "PRON" or cast.in_quote(t.idx):
            continue
        if t.lemma_.lower() in cast.lex.source_documents:
            continue  # « Les documents américains … Ils »: documents do not speak as « ils »
        if _companions(t) or "Plur" in t.morph.get("Number") or _people_of_a_place(t):
            return t  # (« Les Gazaouis », that the tagger may call singular)
    return None


def plural_group_named_otherwise(cast: Cast, head: Token) -> Token | None:
    """« Le ministre a reçu les syndicats de médecins. Ils ont dénoncé … », « … a été accueilli par des
    manifestants. Ils ont dénoncé … »: with no plural subject and no group quoted just before, the
    closest group of people the sentence before named as an object, a complement or an agent (the
    head of its phrase)."""
    doc = cast.doc
    start = cast.sentences_back(head.i, 1)
    for k in range(head.i - 1, start - 1, -1):
        t = doc[k]
        if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") and t.dep_ in ("obj", "obl", "obl:arg", "obl:agent") \
                and not cast.in_quote(t.idx) and (_person_like(cast, t) or t.lemma_.lower() in cast.lex.type_nouns):
            return t
    return None


def described_subject(cast: Cast, head: Token, gender: str) -> Resolved | None:
    """The closest singular subject before ``head``, in its sentence or the two before, that
    introduces an unnamed person (« une étudiante de 22 ans », « un responsable syndical ») in the
    gender of the mention."""
    doc = cast.doc
    start = cast.sentences_back(head.i, 2)
    for t in reversed(doc[start:head.i]):
        if t.dep_ not in ("nsubj", "nsubj:pass") or t.pos_ != "NOUN" or cast.in_quote(t.idx) \
                or "Plur" in t.morph.get("Number") or t.ent_type_ \
                or not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in t.children):
            continue
        lemma = t.lemma_.lower()
        if not (lemma in cast.lex.source_nouns or lemma in cast.lex.titles or lemma in cast.lex.person_nouns):
            continue
        g = t.morph.get("Gender")
        if g and {"Fem": "female", "Masc": "male"}.get(g[0]) != gender:
            continue
        s, e = np_extent(t)
        return Resolved(cast._description(s, e), (head.idx, head.idx + len(head.text)), anonymous=True,
                        speaker_type="person", gender=gender, gender_evidence=head.text, confidence=0.45)
    return None
