"""Which of several compatible entities a pronoun or a description means: a small
logistic model over salience signals, fitted on annotated articles.

The candidates are the entities of the article before the mention: named persons
and organisations it made subjects or mentioned, the sources quoted so far
(named or described), and unnamed persons the article describes (« une étudiante
de 22 ans »). Each gets the signals below; the weights that combine them are not set
by hand but fitted (``guillemets train GOLD.jsonl``, scikit-learn's
regularised logistic regression) and shipped in ``weights.json``. While
``RECORDER`` is a list, every decision is appended to it with its candidates'
signals, for training.
"""
from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from ..extraction.syntax import between_commas, doc_text, is_subject, np_extent, tokens
from .cast import (CONTRAST, SENTENCE_END, Cast, Person, Resolved, _det_gender, comma_conjunct, joined_to_another,
                   names_a_people)

FEATURES = ("last_speaker", "recent_speaker", "quoted", "mentions", "subject_same_sentence",
            "subject_previous_sentence", "closeness", "same_paragraph", "first_person", "gender_exact", "person",
            "organisation", "unnamed", "passing", "contrast_last", "most_recent_subject", "named_in_quote")
RECORDER: list | None = None  # set to a list to record decisions (training)
WEIGHTS_FILE = "weights.json"


@lru_cache(maxsize=1)
def fitted() -> dict:
    """The fitted model shipped with the package (``weights.json``), or the one named by the
    GUILLEMETS_WEIGHTS environment variable (written by ``guillemets train``)."""
    path = os.environ.get("GUILLEMETS_WEIGHTS")
    text = Path(path).read_text(encoding="utf-8") if path else \
        resources.files(__package__).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def weights() -> dict[str, dict[str, float]]:
    """The salience weights, by kind of mention (``pronoun``)."""
    return fitted()["weights"]


@dataclass(slots=True)
class Candidate:
    key: object                    # the entity: a Person, an Org, or a name
    name: str
    gender: str
    kind: str                      # person, organisation, unnamed
    person: Person | None = None
    template: Resolved | None = None  # how a speaker it was resolved to reads, for unnamed ones
    events: list[tuple[int, str]] = field(default_factory=list)  # (token index, how: subject/speaker/mention/oblique)
    spoke: int = 0
    last_spoke: int = -1           # order of its last quotation in the history
    signals: dict[str, float] = field(default_factory=dict)


class Discourse:
    """The entities of an article in order, gathered once per document, for salience."""

    def __init__(self, cast: Cast):
        self.cast = cast
        doc = cast.doc
        self.sentence = [0] * len(doc)
        k = 0
        toks = tokens(doc)
        for sent in doc.sents:
            words = toks[sent.start:sent.end]
            for t in words:
                self.sentence[t.i] = k
            if any(t.is_alpha and not cast.in_quote(t.idx) for t in words):  # a lone mark or a quotation the
                # parser cut off is no sentence of the author's
                k += 1
        text = doc_text(doc)
        self.paragraph = [0] * len(doc)
        par = 0
        for t in tokens(doc):
            self.paragraph[t.i] = par
            if "\n" in t.text or "\n" in text[t.idx + len(t.text):t.idx + len(t.text) + len(t.whitespace_)]:
                par += 1
        self.first_person = min(cast.persons.values(), key=lambda p: p.first_pos) if cast.persons else None
        self.titled: list[tuple[int, Person, bool]] = []  # (token, person, is subject): « le Premier ministre »
        self.described = self._described_persons()
        self.chained = self._pronoun_subjects()

    def _pronoun_subjects(self) -> list[tuple[int, Person]]:
        """« Didier Deschamps a dévoilé sa liste. Il a rappelé Olivier Giroud »: a subject « il » or
        « elle » of the author's text continues the subject of the sentence before, where that one
        agrees; the chain makes the person the subject of each of these sentences too."""
        cast, out = self.cast, []
        subjects = sorted([(i, p) for i, p, is_subj in cast.mentions if is_subj], key=lambda x: x[0])
        for t in tokens(cast.doc):
            if t.dep_ not in ("nsubj", "nsubj:pass") or t.pos_ != "PRON" or cast.in_quote(t.idx):
                continue
            gender, number = cast.lex.pronouns.get(t.lower_, (None, None))
            if gender is None or number != "sing":
                continue
            if t.i >= 2 and between_commas(cast.doc, t.i) and cast.doc[t.i - 2].pos_ in ("NOUN", "PROPN"):
                continue  # « La riveraine, elle, dit … »: the pronoun sets apart the noun before it
            k = self.sentence[t.i]
            before = [(i, p) for i, p in subjects if k - 2 <= self.sentence[i] < k or
                      self.sentence[i] == k and i < t.i]
            if before:
                i, p = before[-1]
                if gender == "unknown" or p.gender in ("unknown", gender):
                    out.append((t.i, p))
                    subjects.append((t.i, p))
                    subjects.sort(key=lambda x: x[0])
        return out

    def _described_persons(self) -> list[tuple[int, str, str, bool]]:
        """Unnamed persons the author's sentences describe (« une étudiante de 22 ans a porté
        plainte », « il a rencontré un agriculteur de la vallée »): (token, description, gender,
        is subject). A noun that stands beside a name (« le ministre Jean Dupont ») is that
        person's title, not somebody else."""
        cast, out = self.cast, []
        named = {i for i, _, _ in cast.mentions}
        # « Le propriétaire de l'immeuble, Marc Tremblay, rejette … »: a noun the cast took for a named
        # person's role is that person
        named |= {i for p in cast.persons.values() for _, _, i in p.roles}
        seen: dict[str, tuple[str, str]] = {}  # head lemma → the description that introduced the person, its gender
        for t in tokens(cast.doc):
            people = _one_of_a_people(t, cast)  # « un Ukrainien de 45 ans »
            if not people and (t.pos_ != "NOUN" or t.ent_type_ in ("PER", "ORG", "LOC")) or t.i in named \
                    or "Plur" in t.morph.get("Number") or cast.in_quote(t.idx) or t.dep_ in ("flat:name", "compound"):
                continue
            lemma = t.lemma_.lower()
            if not people and not cast.lex.is_person_noun(lemma, t.lower_):
                continue
            subject = is_subject(t)
            if t.dep_ == "appos" or any(_names_it(c, cast) for c in t.children) or t.head.ent_type_ == "PER":
                continue  # « Jean Dupont, maire de Nantes », « La ministre …, Nathalie Normandeau »: a named person
            det = next((c.lower_ for c in t.children if c.dep_ == "det"), "")
            if not subject and det not in ("un", "une", "le", "la", "l'", "l’", "ce", "cet", "cette"):
                continue
            g = t.morph.get("Gender")
            gender = _det_gender(det)  # « une agricultrice »: the article says it better than the tagger
            if gender == "unknown" and g:
                gender = {"Fem": "female", "Masc": "male"}.get(g[0], "unknown")
            if det in ("le", "la", "l'", "l’") and cast.lex.is_title(lemma, t.lower_):
                bare = lemma[3:] if lemma.startswith("ex-") else lemma  # « L'ex-chef de l'État »: the former one
                holder = cast.role_holder(bare, t, cast.role_words(lemma, t), gender)
                if holder is not None:  # « le chef du gouvernement » after « Lucas Papadémos, chef du gouvernement »
                    self.titled.append((t.i, holder, subject))
                    continue
            # (« une habitante … la riveraine », « un agriculteur … l'exploitant »: a noun the lexicon says
            # calls back another, ``title_synonyms.tsv``)
            earlier = next((seen[n] for n in (lemma, t.lower_, *cast.lex.stands_for(lemma), *cast.lex.stands_for(t.lower_))
                            if n in seen), None) if det in ("le", "la", "l'", "l’", "ce", "cet", "cette") else None
            if earlier is not None and (earlier[1] == gender or "unknown" in (earlier[1], gender)):
                out.append((t.i, earlier[0], gender, subject))  # « Un agriculteur présent … L'agriculteur »
                continue  # (« Une résidente du foyer … La préfète, Josiane Chevalier, … La résidente, elle, … »)
            if det in ("le", "la", "l'", "l’") and not cast.lex.is_title(lemma, t.lower_) and any(
                    i < t.i and self.sentence[t.i] - self.sentence[i] <= 2 and cast._compatible(p, gender)
                    for i, p, _ in cast.mentions):
                continue  # « Jean-Pierre Lemaire … Le retraité ne cache pas sa colère »: the one just named
            s, e = np_extent(t)
            out.append((t.i, cast._description(s, e), gender, subject))
            seen[lemma] = (out[-1][1], gender)
            for c in t.subtree:  # « Ce père de quatre enfants, chauffeur de taxi, … Le chauffeur »: the same one
                # (its apposition, or one the parser hung on a plural complement: « enfants, chauffeur »)
                if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > t.i and cast.lex.is_person_noun(c.lemma_.lower(), c.lower_) \
                        and (c.head.i == t.i or "Plur" in c.head.morph.get("Number") and "Sing" in c.morph.get("Number")) \
                        and not any(g.dep_ == "det" and g.lower_ not in ("un", "une") for g in c.children):
                    seen.setdefault(c.lemma_.lower(), seen[lemma])
        return out


def _one_of_a_people(t: Token, cast: Cast) -> bool:
    """« un Ukrainien », « une Tunisoise »: a capitalised noun for the people of a place, with an
    indefinite article, is an unnamed person."""
    return t.pos_ in ("NOUN", "PROPN") and names_a_people(t, cast.lex) \
        and any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in t.children)


def _names_it(child: Token, cast: Cast) -> bool:
    """Does this dependent of a person noun give the person's name (« le ministre Jean Dupont »,
    « la ministre, Nathalie Normandeau »)? A complement with a preposition names someone else
    (« un conseiller de Joe Biden »)."""
    if child.dep_ == "appos":  # (« La victime, un livreur de 24 ans, … »: a description, no name; « La
        # résidente, elle, … »: a pronoun that sets the subject apart)
        return not (child.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in child.children)
                    or child.pos_ == "PRON")
    if child.pos_ == "NOUN" and comma_conjunct(child):
        # « Un troisième candidat, l'écologiste Pierre Parès, … »: an apposition the parser took for a conjunct,
        # a title and the name after it
        return any(c.i == child.i + 1 and (c.ent_type_ == "PER" or c.i in cast.person_spans) for c in child.children)
    if not (child.ent_type_ == "PER" or child.i in cast.person_spans):
        return False
    return not any(c.dep_ == "case" for c in child.children)


def discourse(cast: Cast) -> Discourse:
    if getattr(cast, "_discourse", None) is None:
        cast._discourse = Discourse(cast)
    return cast._discourse


def candidates(cast: Cast, pos: int, history: list[Resolved], gender: str) -> list[Candidate]:
    """The entities a singular mention at token ``pos`` may mean, agreeing with ``gender``."""
    d = discourse(cast)
    found: dict[object, Candidate] = {}

    def get(key, name, g, kind, person=None, template=None) -> Candidate:
        c = found.get(key)
        if c is None:
            c = found[key] = Candidate(key, name, g, kind, person, template)
        return c

    for i, p, is_subj in cast.mentions:
        if i < pos:
            # (« Emmanuel Macron et Olaf Scholz se sont félicités »: one of two joined subjects is no singular one)
            joined = is_subj and i in cast.person_spans and joined_to_another(cast.person_spans[i])
            get(id(p), p.name, p.gender, "person", p).events.append((i, "subject" if is_subj and not joined else "mention"))
    for i, p in d.chained:
        if i < pos:
            get(id(p), p.name, p.gender, "person", p).events.append((i, "subject"))
    for i, p, is_subj in d.titled:  # « la chancelière » for the person the article gave that title
        if i < pos:
            get(id(p), p.name, p.gender, "person", p).events.append((i, "subject" if is_subj else "mention"))
    for o in cast.organisations():
        if o.plural:  # the pronouns weighed here are singular
            continue
        for i in o.positions:
            if i < pos:
                get(o.name, o.name, o.gender, "organisation").events.append(
                    (i, "subject" if i in o.subjects else "mention"))
    spoken = set()  # descriptions resolved to a named person before (« a déclaré le chef du gouvernement »)
    for r in history:  # or to an unnamed one (« Selon un proche de l'enquête, P. Cette source indique »)
        if (r.person is not None or r.anonymous and r.name and r.speaker_type == "person") and r.mention:
            span = cast.doc.char_span(r.mention[0], r.mention[1], alignment_mode="expand")
            if span is not None:
                spoken.update(range(span.start, span.end))
    for i, desc, g, subject in d.described:
        if i < pos and i not in spoken:
            get(desc, desc, g, "unnamed", template=Resolved(desc, None, True, "person", gender=g)).events.append(
                (i, "subject" if subject else "mention"))
    for n, r in enumerate(history):
        if not r.name or r.speaker_type == "group":
            continue
        if r.person is not None:
            c = get(id(r.person), r.person.name, r.person.gender, "person", r.person)
        else:
            g = r.gender if r.speaker_type == "person" else {"fem": "female", "masc": "male"}.get(r.document or "", "unknown")
            if g == "unknown" and r.speaker_type in ("organisation", "person") and r.mention:
                # (« Le rectorat affirme … « … », rétorque-t-elle »: a body's article says its gender, and an
                # unnamed person's: « Un expert mandaté par une compagnie »)
                span = cast.doc.char_span(r.mention[0], r.mention[1], alignment_mode="expand")
                if span is not None and span[0].lower_ in ("le", "la", "un", "une"):
                    g = _det_gender(span[0].lower_)
            c = get(r.name, r.name, g, "organisation" if r.speaker_type == "organisation" else "unnamed", template=r)
        c.spoke += 1
        c.last_spoke = n
        if r.mention:
            span = cast.doc.char_span(r.mention[0], r.mention[1], alignment_mode="expand")
            if span is not None and span.start < pos:
                c.events.append((span.start, "speaker"))
    if cast.doc[pos].text.startswith(("-", "‑")):
        # « Moscou considère que P, a-t-il averti »: the pronoun of an incise reports its sentence; who that
        # sentence names is in the words reported, not who reports them
        start = cast.sentence_start(cast.doc[pos].idx)  # (on the characters: the parser may glue sentences)
        for c in found.values():
            c.events = [(i, how) for i, how in c.events if not start <= cast.doc[i].idx < cast.doc[pos].idx]
        found = {k: c for k, c in found.items() if c.events}
    return [c for c in found.values() if gender == "unknown" or c.gender in ("unknown", gender)]


def signals(cast: Cast, pos: int, cands: list[Candidate], history: list[Resolved], gender: str) -> None:
    """Fill each candidate's signals (the FEATURES) for a mention at token ``pos``."""
    d = discourse(cast)
    sent, par = d.sentence[pos], d.paragraph[pos]
    named = [h for h in history if h.name]
    last = named[-1].name if named else None
    recent = {h.name for h in named[-3:]}
    contrast = CONTRAST.search(cast.doc[pos].sent.text.lower()) is not None
    latest_subject = max((i for c in cands for i, how in c.events if how in ("subject", "speaker")), default=-1)
    quoted = _quote_of(cast, pos)
    for c in cands:
        events = sorted(c.events)
        last_event = events[-1][0] if events else -1
        gap = sent - d.sentence[last_event] if last_event >= 0 else 10
        subj = [i for i, how in events if how in ("subject", "speaker")]
        s = c.signals
        s["last_speaker"] = float(c.name == last)
        s["recent_speaker"] = float(c.name in recent)
        s["quoted"] = math.log1p(c.spoke)
        s["mentions"] = math.log1p(len(events))
        s["subject_same_sentence"] = float(any(d.sentence[i] == sent for i in subj))
        s["subject_previous_sentence"] = float(any(d.sentence[i] == sent - 1 for i in subj))
        s["closeness"] = 1.0 / (1.0 + max(0, gap))
        s["same_paragraph"] = float(last_event >= 0 and d.paragraph[last_event] == par)
        s["first_person"] = float(c.person is not None and c.person is d.first_person)
        s["gender_exact"] = float(gender != "unknown" and c.gender == gender)
        s["person"] = float(c.kind == "person")
        s["organisation"] = float(c.kind == "organisation")
        s["unnamed"] = float(c.kind == "unnamed")
        s["passing"] = float(bool(events) and not subj and c.spoke == 0)
        s["contrast_last"] = float(contrast and c.name == last)
        s["most_recent_subject"] = float(bool(subj) and max(subj) == latest_subject)
        s["named_in_quote"] = float(quoted is not None and _named_in(c.name, quoted))


def _quote_of(cast: Cast, pos: int) -> str | None:
    """The quotation a speaker mention at token ``pos`` most likely introduces: the one of its
    sentence nearest to it (« « Q », a-t-il dit », « Il a déclaré : « Q » »)."""
    t = cast.doc[pos]
    sent = t.sent
    quotes = cast.quotes.within(sent.start_char - 1, sent.end_char + 1)
    if not quotes:
        return None
    q = min(quotes, key=lambda q: min(abs(q.end - t.idx), abs(q.start - t.idx)))
    return doc_text(cast.doc)[q.start:q.end]


def _named_in(name: str, text: str) -> bool:
    """Is a candidate named in a quotation (its surname, or a capitalised word of its name)?
    A speaker seldom names himself in his own words (« Olivier a toujours répondu présent »)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper() and len(w) > 2]
    return any(f" {w}" in f" {text}" for w in words)


def choose(cast: Cast, kind: str, mention: tuple[int, int], pos: int, history: list[Resolved],
           gender: str) -> Candidate | None:
    """The best candidate for a mention by the fitted weights of ``kind``, or None when there is
    none (or the best scores under the model's threshold)."""
    cands = candidates(cast, pos, history, gender)
    if not cands:
        return None
    signals(cast, pos, cands, history, gender)
    w = weights()[kind]
    for c in cands:
        c.signals["score"] = w.get("bias", 0.0) + sum(w.get(f, 0.0) * c.signals[f] for f in FEATURES)
    best = max(cands, key=lambda c: c.signals["score"])
    if RECORDER is not None:
        RECORDER.append({"kind": kind, "mention": list(mention),
                         "candidates": [{"name": c.name, "signals": {f: c.signals[f] for f in FEATURES}}
                                        for c in cands]})
    if best.signals["score"] < w.get("threshold", -math.inf):
        return None
    return best


def shifted_subject(cast: Cast, pos: int, history: list[Resolved], gender: str) -> Candidate | None:
    """« « L'année a été bonne », a dit Luca de Meo. Un analyste reste prudent. « Le marché va
    ralentir », juge-t-il. »: when the author's sentence just before (no quotation in it) makes
    someone its subject who is not the last speaker, a pronoun of the next sentence means that
    one, not the last speaker (the centre of attention has shifted)."""
    t = cast.doc[pos]
    if any(c.dep_ == "aux:pass" for c in t.head.children):
        return None  # « est-il écrit », « a-t-il été précisé »: an impersonal « il », not a person
    span = _sentence_before(cast, pos)
    if span is None:
        return None
    start, end = span
    cands = candidates(cast, pos, history, gender)
    d = discourse(cast)
    if any(how == "subject" and d.sentence[i] == d.sentence[pos] and cast.doc[i].idx >= end
           for c in cands for i, how in c.events):
        return None  # « Le Premier ministre désigné … , même s'il a souligné »: its own sentence has a subject
    met = _met(cast, start, end)
    if met:  # « Sur place, l'AFP a rencontré une habitante. « … », dit-elle »: whom the author met
        subjects = [c for c in cands if any(i in met for i, _ in c.events)]
    else:
        # (« Selon X, près d'une éducatrice sur trois quitte … »: a subject inside the words reported is
        # none of the author's)
        subjects = [c for c in cands if any(how == "subject" and start <= cast.doc[i].idx < end
                                            and not cast.in_report(cast.doc[i].idx) for i, how in c.events)]
    if len(subjects) != 1:
        return None
    named = [h for h in history if h.name]
    if named and subjects[0].name == named[-1].name:
        return None
    if _resolved_otherwise(cast, subjects[0], start, end, history):
        return None  # « Le policier dit … », a title the cast gave someone and the attribution another
    if cast.quoted_about(pos, subjects[0].gender):
        return None  # « Michel Lebrun vivait seul. « Il ne sortait plus », raconte le retraité »
    signals(cast, pos, cands, history, gender)
    return subjects[0]


def _resolved_otherwise(cast: Cast, c: Candidate, start: int, end: int, history: list[Resolved]) -> bool:
    """Is the subject mention of ``c`` in the characters [start, end) the speaker mention of an
    attribution given to someone else?"""
    for i, how in c.events:
        at = cast.doc[i].idx
        if how == "subject" and start <= at < end and any(
                h.mention is not None and h.mention[0] <= at < h.mention[1] and h.name != c.name for h in history):
            return True
    return False


def _met(cast: Cast, start: int, end: int) -> set[int]:
    """The tokens of the person objects of a verb of meeting (``interview_verbs.txt``) in the
    characters [start, end)."""
    out: set[int] = set()
    for t in cast.doc.char_span(start, end, alignment_mode="expand") or []:
        if t.pos_ == "VERB" and t.lemma_.lower() in cast.lex.interview_verbs:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and not (subj.lower_ in ("nous", "on") or subj.lower_ in cast.lex.news_agencies
                                         or subj.lower_ in cast.lex.media_name_words
                                         or any(c.lower_ in ("notre", "nos") for c in subj.children)):
                continue  # « Emmanuel Macron a rencontré Olaf Scholz »: two in the story, the subject leads (« notre
                # reporter », the paper's own, is the author)
            for c in t.children:
                if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN"):
                    out.update(x.i for x in c.subtree)
    return out


def _sentence_before(cast: Cast, pos: int) -> tuple[int, int] | None:
    """The characters of the author's sentence before the one of the pronoun at token ``pos``, when
    it holds no quotation. The pronoun's sentence starts at the quotation it closes (« « Q »,
    juge-t-il »), else at the last end of sentence outside quotations."""
    text = doc_text(cast.doc)
    at = cast.doc[pos].idx
    anchor = cast.sentence_start(at)
    closed = [q for q in cast.quotes.within(anchor, at) if q.end <= at and not any(
        ch in SENTENCE_END for ch in text[q.end:at])]
    if closed:
        anchor = closed[-1].start
    else:  # « Sa voisine acquiesce : selon elle, P »: the words before a colon are a sentence of their own
        colon = _colon_before(cast, anchor, at)
        if colon is not None:
            anchor = colon + 1
    # (« X a justifié cette décision par « … ». Il a assuré … »: words in marks no report found leave
    # the sentence the author's, and its subject the centre of attention)
    return cast.author_sentence_before(anchor, unreported=True)


def _colon_before(cast: Cast, start: int, at: int) -> int | None:
    """The last colon outside quotations in the characters [start, at), with words before it."""
    text = doc_text(cast.doc)
    k = text.rfind(":", start, at)
    while k > start and cast.in_quote(k):
        k = text.rfind(":", start, k)
    return k if k > start and text[start:k].strip() and not cast.in_quote(k) else None


def probability(c: Candidate) -> float:
    return 1.0 / (1.0 + math.exp(-c.signals.get("score", 0.0)))


def as_resolved(cast: Cast, c: Candidate, mention: tuple[int, int], confidence: float) -> Resolved:
    """The Resolved that a chosen candidate gives a mention."""
    if c.person is not None:
        return cast._as_person(c.person, mention, confidence)
    t = c.template
    if t is not None:
        return Resolved(t.name, mention, t.anonymous, t.speaker_type, t.role, t.gender, t.gender_evidence,
                        confidence, t.person, document=t.document)
    return Resolved(c.name, mention, speaker_type="organisation", confidence=confidence)
