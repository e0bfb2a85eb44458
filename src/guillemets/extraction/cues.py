"""Cues and their contents: which words introduce reported speech, and what they report.

Each finder looks at one construction and yields ``Candidate`` records: a
content range in characters, the cue, and where the speaker is to be found
(a mention token, or "inherit" from the clause that governs a participle).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..lexicon import Lexicon, load as load_lexicon
from .syntax import (CLITICS, INVERTED_PRONOUNS, phrase_after, phrase_before, phrase_starting_at, end_over_open_quote, kept_at_end, line_start, clause_end, inverted_pronoun, is_infinitive,
                     is_finite, is_negated, is_opening_mark, is_participle_clause, is_quote_mark, starts_a_clause,
                     tokens, verb_group_start)

QUE = {"que", "qu'", "qu’"}
COMPLEMENTIZERS = QUE | {"si", "s'", "s’"}
COMPOUND_CONJUNCTIONS = {"tandis", "alors", "parce", "afin", "bien", "pendant", "dès", "avant", "après", "sans", "ainsi",
                         "lors", "pour", "sitôt", "aussitôt", "tant", "maintenant", "encore", "même", "depuis", "à",
                         "quel", "quelle", "quels", "quelles",  # (« quelles que soient … »: a concession)
                         "condition", "moins", "sorte", "manière", "façon"}  # « à condition que », « de sorte que »
INF_MARKS = {"de", "d'", "d’", "à"}
# prepositions of a circumstance (where, when, before whom), never of what is said
CIRCUMSTANCE_PREPOSITIONS = {"devant", "lors", "pendant", "durant", "auprès", "chez", "dans", "depuis", "après", "avant",
                             "sous", "parmi", "malgré", "vers"}
LEADING_PREPOSITIONS = {"de", "d'", "d’", "sur", "contre", "à", "pour", "du", "des"}
PERSONAL_SUBJECTS = {"il", "elle", "ils", "elles", "on"}
BOUNDARY_PUNCT = {";", "?", "!"}


@dataclass(slots=True)
class Candidate:
    start: int                 # content, characters
    end: int
    cue: tuple[int, int] | None
    mention: Token | None      # head of the speaker mention, if any
    inherit: bool = False      # speaker is that of the governing clause
    rule: str = ""
    verb: Token | None = None


def personal_subject(verb: Token) -> Token | None:
    # « a expliqué à France Bleu Jura Marie Vuillemin »: of two subjects the parser found, the person
    # (« Axel Weber avait le premier avancé », « X a plusieurs fois dénoncé »: the parser may hang the
    # subject on the auxiliary)
    own = list(verb.children) + [g for a in verb.children if a.dep_.startswith("aux") and a.i < verb.i
                                 for g in a.children if g.dep_ in ("nsubj", "nsubj:pass") and g.i < a.i]
    subjects = [c for c in own if c.dep_ in ("nsubj", "nsubj:pass")]
    if len(subjects) > 1:  # « Une décision que les organisateurs jugent « liberticide » »: the noun before
        # « que » is what the relative clause is about, its subject comes after « que »
        doc = verb.doc
        about = [c for c in subjects if any(doc[k].lower_ in ("que", "qu'", "qu’") for k in range(c.i + 1, verb.i))
                 and any(o.i > c.i for o in subjects)]
        own = [c for c in own if c not in about]
        subjects = [c for c in subjects if c not in about]
    # (« Son adversaire, la socialiste Anne Vidal, a dénoncé »: the subject that holds the name)
    # (« La start-up nantaise Lendix a annoncé », the hyphen cut: then the name of a body)
    children = sorted(own, key=lambda c: (c.dep_ in ("nsubj", "nsubj:pass") and len(subjects) > 1
                                                    and c.ent_type_ != "PER" and not any(
                                                        x.ent_type_ == "PER" and x.dep_ in ("appos", "flat:name")
                                                        for x in c.children),
                                          c.dep_ in ("nsubj", "nsubj:pass") and len(subjects) > 1
                                          and c.ent_type_ != "ORG" and not could_speak(c), c.i))
    for child in children:
        if child.lower_ in ("-t", "-t-"):
            continue
        if child.dep_ in ("nsubj", "nsubj:pass"):
            if _temporal(child):
                continue  # « Le 24 novembre, X a … » misparsed
            if child.pos_ in ("VERB", "AUX") and child.i < verb.i:
                continue  # « P ont été tuées, a déclaré X »: a clause the parser made the subject
            if child.pos_ == "NOUN" and any(c.dep_ == "case" and c.i == child.i - 1 and c.lower_ in ("au", "aux", "à", "en")
                                            for c in child.children):
                continue  # « C'est au contraire parce que … que beaucoup réclament »: a locution, no subject
            if "Rel" in child.morph.get("PronType"):
                before = _antecedent_before(child)
                if before is not None:
                    return before  # « M. Noda qui craint que … »: the noun right before
                if verb.dep_ == "acl:relcl":
                    return verb.head  # « X, qui a prévenu que … »: the antecedent
            return child
        if child.dep_ == "expl:subj" and child.lower_ in PERSONAL_SUBJECTS | INVERTED_PRONOUNS:
            return child
    return None


def _antecedent_before(rel: Token) -> Token | None:
    doc = rel.doc
    k = rel.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0:
        return None
    t = doc[k]
    if t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.i < t.i and t.head.pos_ in ("PROPN", "NOUN"):
        t = t.head  # « Un gérant de fonds parisien, qui s'exprime sous couvert d'anonymat, redoute … »
    if t.pos_ in ("PROPN", "NOUN"):
        while t.dep_ in ("flat:name",) and t.head.i < t.i:
            t = t.head
        # « plusieurs députés de la majorité, qui réclament … »: the head of the noun phrase
        while t.dep_ == "nmod" and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN") and t.head.i >= k - 6 \
                and any(c.dep_ == "case" for c in t.children) and (t.pos_ == "NOUN" or t.ent_type_ == "LOC") \
                and not (_a_person_noun(t) and not _a_person_noun(t.head)) \
                and not (could_speak(t) and not could_speak(t.head)):
            # (« l'arrivée de l'attaquant, qui se dit … »: a person, not the thing it is the complement of;
            # « la colère des syndicats, qui dénoncent … »: a body, not a feeling)
            # (« un juge du tribunal de Lyon qui a invoqué … »: a place in a complement says nothing)
            t = t.head
        return t
    return None


def _a_person_noun(t: Token) -> bool:
    return t.ent_type_ == "PER" or load_lexicon().is_person_noun(t.lemma_.lower(), t.lower_)


def _clausal_quote_between(doc: Doc, a: int, b: int) -> bool:
    """A quotation between tokens a and b that is a clause (a finite verb, or five words),
    not a quoted name (« du "Grand Old Party" »)."""
    marks = [k for k in range(a, b) if is_quote_mark(doc[k])]
    for x, y in zip(marks, marks[1:]):
        inner = doc[x + 1:y]
        if len(inner) >= 5 or any(is_finite(t) for t in inner):
            return True
    return bool(marks) and len(marks) % 2 == 1  # an unbalanced mark: a quote opened earlier


def one_of(tok: Token) -> bool:
    """« Une des enseignantes du collège assure »: « un », « une » before « de », whatever its tag."""
    doc = tok.doc
    return tok.lower_ in ("un", "une") and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("de", "d'", "d’", "des")


def governing_subject(verb: Token) -> Token | None:
    """Subject of ``verb`` or, for an infinitive or participle, of the verb that governs it;
    failing the parse, the nearest noun phrase before the verb group."""
    if present_taken_for_participle(verb):
        return verb.sent.root  # « Un policier, qui a souhaité rester anonyme, décrit … »
    shared = _subject_of_the_verb_before_et(verb)
    if shared is not None:
        return shared
    tok, hops = verb, 0
    while hops < 4:
        subj = personal_subject(tok)
        if subj is not None and subj.pos_ not in ("NOUN", "PROPN", "PRON", "X", "NUM") and not one_of(subj):
            return subject_on_the_left(verb) or subj  # « Mitt Romney, le mieux placé …, a menacé »
        if subj is not None:
            return subj
        if tok.dep_ == "acl:relcl":
            return tok.head  # « X, qui a prévenu que … »
        if tok.head is tok or tok.dep_ not in ("xcomp", "advcl", "conj", "ccomp", "acl"):
            break
        tok, hops = tok.head, hops + 1
    found = subject_on_the_left(verb)
    if found is None and is_infinitive(verb) and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        found = subject_on_the_left(verb.head)
    return found


def _subject_of_the_verb_before_et(verb: Token) -> Token | None:
    """« Alain Juppé a mis en garde contre Boko Haram et s'est dit prêt à … »: a verb group right
    after « et », with no subject of its own, shares the subject of the verb before « et » (the
    parser may hang it anywhere)."""
    doc = verb.doc
    if not any(doc[k].lower_ == "et" for k in range(max(0, verb.i - 6), verb.i)):
        return None  # (the cheap test first)
    gs = verb_group_start(verb)
    if gs < 1 or doc[gs - 1].lower_ != "et" or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return None
    for k in range(gs - 2, verb.sent.start - 1, -1):
        t = doc[k]
        if t.text in {".", ";", ":"} or t.lower_ in QUE:
            return None
        if t.pos_ == "VERB" and (is_finite(t) or any(c.dep_.startswith("aux") for c in t.children)):
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            return subj if subj is not None and subj.i < t.i else None
    return None


def subject_on_the_left(verb: Token) -> Token | None:
    """« Le ministre des Finances, Jun Azumi, a pour sa part appelé »: the closest name,
    pronoun or noun before the verb group that is not inside a prepositional phrase; when a
    comma stands right before the verb, the noun phrase that opens the chain of appositions
    (« Alassane Ouattara, homme du Nord qui …, a jugé »)."""
    doc = verb.doc
    group = verb_group_start(verb)
    k = group - 1
    start = line_start(doc, verb.i)
    if k >= start and doc[k].text == ",":
        first = _chain_opening(doc, start, k)
        if first is not None:
            return first
    while k >= verb.sent.start and doc[k].text == ",":
        k -= 1
    bound = verb.sent.start
    if k >= start and doc[k].text in DASHES:
        # « Boko Haram - qui signifie … - prône … »: an aside between dashes (the parser may end its sentence
        # in it); the subject is before it
        opening = next((j for j in range(k - 1, start - 1, -1) if doc[j].text in DASHES), None)
        if opening is not None:
            k, bound = opening - 1, min(bound, start)
    steps = 0
    while k >= bound and steps < 8:
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") or t.text in {".", ";", ":"} or t.lower_ in QUE:
            return None
        if t.pos_ == "PRON" and t.lower_ in PERSONAL_SUBJECTS:
            return t
        if t.pos_ in ("PROPN", "NOUN") and not _temporal(t):
            head = t
            while head.dep_ in ("flat:name", "appos", "amod", "nmod") and head.head.i < verb.i and head.head.i != head.i \
                    and head.dep_ != "nmod":
                head = head.head
            outer = _antecedent_of_relative_before(head, verb, group)
            if outer is not None:
                return outer
            if not any(c.dep_ == "case" for c in head.children):
                return head
        k -= 1
        steps += 1
    return None


DASHES = {"-", "–", "—"}


def _antecedent_of_relative_before(t: Token, verb: Token, group: int) -> Token | None:
    """« Les représentants des éleveurs qui ont boycotté la rencontre l'ont qualifiée »: a noun
    inside a relative clause that ends right before the verb group (or that the parser made hold
    the verb) is no subject; the noun the clause is about is (the head of its phrase:
    « représentants », not « éleveurs »). ``group``: where the verb group starts."""
    for anc in t.ancestors:
        if anc.dep_ == "acl:relcl" and anc.head.i < anc.i and anc.i < group and (
                anc.right_edge.i == group - 1 or verb in anc.subtree):
            head = anc.head
            while head.dep_ == "nmod" and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN") \
                    and any(c.dep_ == "case" for c in head.children):
                head = head.head
            return head
    return None


ER_ENDINGS = ("eraient", "erait", "aient", "èrent", "ions", "iez", "ées", "ent", "ais", "ait", "ant", "era", "ées",
              "és", "ée", "es", "ai", "as", "é", "e", "a")


FORWARD_FRAMES = frozenset("qinoxa")


def reports_a_content(tok: Token, lex: Lexicon) -> bool:
    """Is the token a cue verb that takes a content after it (a que-clause, an infinitive, an object),
    alone or in a locution (« a laissé tomber que »)?"""
    lemma = cue_lemma(tok, lex)
    if lex.cue_verbs.get(lemma, frozenset()) & FORWARD_FRAMES:
        return True
    doc = tok.doc
    return any(frames & FORWARD_FRAMES and tuple(t.lower_ for t in doc[tok.i + 1:tok.i + 1 + len(words)]) == words
               for words, frames in lex.locutions.get(lemma, ()))


def cue_lemma(tok: Token, lex: Lexicon) -> str:
    """The lemma, repaired for first-group verbs the lemmatiser leaves inflected (« estime »)."""
    lemma = tok.lemma_.lower()
    if lemma in lex.cue_verbs or lemma in lex.locutions or (
            tok.pos_ not in ("VERB", "AUX") and not after_auxiliary(tok) and not after_quote(tok)):
        return lemma
    low = tok.lower_
    for cand in (low + "ir", low + "re", low[:-1] + "ir", low[:-1] + "re", low[:-1] + "tre", low[:-1] + "ire",
                 low[:-4] + "enir", low[:-2] + "ir", low[:-2] + "re", low.replace("î", "i")[:-1] + "tre",
                 low[:-3] + "ire", low[:-3] + "re"):
        if cand in lex.cue_verbs and cand[:3] == low[:3]:
            return cand
    for end in ER_ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 2:
            stem = low[: -len(end)]
            for cand in (stem + "er", stem.replace("è", "e") + "er", stem.replace("é", "e") + "er"):
                if cand in lex.cue_verbs:
                    return cand
    return lemma


def present_of_saying(form: str, lex: Lexicon) -> str | None:
    """The verb of saying of the first group whose present, third person, ``form`` is (« raconte »,
    « déplorent » → « raconter », « déplorer »), else None."""
    for end in ("ent", "e"):
        if form.endswith(end) and len(form) > len(end) + 2:
            cand = form[: -len(end)] + "er"
            if cand in lex.cue_verbs:
                return cand
    return None


def _chain_opening(doc: Doc, start: int, comma: int) -> Token | None:
    """The head of the noun phrase that opens « X, apposition, … , » before ``comma``."""
    commas = [k for k in range(start, comma) if doc[k].text == ","]
    if not commas:
        return None
    for c in [start - 1] + commas:
        s = c + 1
        if s >= comma:
            break
        t = doc[s]
        if s + 1 < comma and doc[s + 1].lower_ == "par" and not t.ent_type_ \
                and t.lower_.endswith(("é", "ée", "és", "ées", "i", "ie", "is", "t", "te", "ts", "u", "ue", "us")):
            continue  # « Joint par RFI, un cadre …, estime »: a participle the tagger took for a name opens an aside
        if t.pos_ in ("DET", "PROPN") or t.ent_type_ in ("PER", "ORG"):
            for u in doc[s:comma]:
                if u.text == ",":
                    break
                if u.pos_ in ("PROPN", "NOUN") and not _temporal(u) and not any(c.dep_ == "case" for c in u.children):
                    return u
    return None


def cue_extent(verb: Token, lex: Lexicon) -> tuple[int, frozenset[str]] | None:
    """Token index after the cue (verb plus the fixed words of a locution) and its frames."""
    lemma = cue_lemma(verb, lex)
    doc = verb.doc
    for words, frames in lex.locutions.get(lemma, ()):
        j, ok = verb.i + 1, True
        for w in words:
            while j < verb.sent.end and doc[j].pos_ == "ADV" and doc[j].lower_ != w:
                j += 1
            if j >= verb.sent.end or doc[j].lower_.replace("’", "'") != w:
                ok = False
                break
            j += 1
        if ok:
            return j, frames
    if lemma in lex.cue_verbs:
        return verb.i + 1, lex.cue_verbs[lemma]
    return None


def _has_reflexive(verb: Token) -> bool:
    return any(c.lower_ in {"se", "s'", "s’"} for c in verb.children) or \
        (verb.i > 1 and verb.doc[verb.i - 2].lower_ in {"s'", "s’", "se"})


def _finite_verb_between(doc: Doc, a: int, b: int) -> bool:
    """A finite verb in [a, b), not one of a relative clause set apart by commas (``_participle_in_aside``)."""
    return any(is_finite(doc[k]) and not _participle_in_aside(doc[k], a) for k in range(a, b))


def clause_of_its_own(doc: Doc, a: int, b: int) -> bool:
    """A finite verb in [a, b) that is neither in a relative clause nor in the complement of a
    participle or an adjective (« L'UE, convaincue que Rome n'atteindra pas …, a demandé »: the
    verb of « que » belongs to the apposition of the subject, there is no clause before the
    comma)."""
    return any(not (clause.dep_ in ("ccomp", "advcl") and a <= clause.head.i < b and not is_finite(clause.head)
                    and any(c.dep_ == "mark" for c in clause.children)
                    and not any(is_finite(c) for c in clause.head.children if c.dep_.startswith("aux")))
               for clause in _clauses_outside_relatives(doc, a, b))


def _clauses_outside_relatives(doc: Doc, a: int, b: int) -> Iterator[Token]:
    """The heads of the clauses whose finite verb stands in [a, b), but relative clauses (« qui
    soutient Israël »)."""
    for k in range(a, b):
        t = doc[k]
        if is_finite(t):
            clause = t.head if t.dep_.startswith("aux") or t.dep_ == "cop" else t
            while clause.dep_ == "conj" and clause.head.i < clause.i:
                clause = clause.head  # « qui soutient Israël et veut des frappes »
            if clause.dep_ == "acl:relcl" or any("Rel" in c.morph.get("PronType") for c in clause.children):
                continue
            yield clause


def _clause_outside_relatives(doc: Doc, a: int, b: int) -> bool:
    """A finite verb in [a, b) that does not belong to a relative clause (« qui soutient Israël »)."""
    return next(_clauses_outside_relatives(doc, a, b), None) is not None


def _trim_end(doc: Doc, start: int, end: int) -> int:
    end = end_over_open_quote(doc, end, len(doc))
    while end > start + 1 and not kept_at_end(doc[end - 1]):
        end -= 1
    return end


def _sentence_stop(doc: Doc, start: int, limit: int) -> int:
    """First strong boundary (; ? !) or paragraph break in [start, limit)."""
    toks = tokens(doc)
    for k in range(start, limit):
        if toks[k].text in BOUNDARY_PUNCT or "\n" in toks[k].text:
            return k
        if k > start and toks[k - 1].text in {".", "…"} and is_quote_mark(toks[k]) and is_opening_mark(toks[k]):
            return k  # « … plus faible. « Le gouvernement … »: the parser ran the sentence on into a quote
    return limit


def forward_content(verb: Token, after: int, frames: frozenset[str], lex: Lexicon) -> tuple[int, int, str] | None:
    """Token range of what ``verb`` reports, to its right: a colon, que-clause, infinitive or complement."""
    found = _forward_content(verb, after, frames, lex)
    if found is None or found[2] not in ("complement", "infinitive", "que"):
        return found
    s, e, how = found
    doc = verb.doc
    e = _within_its_subordinate_clause(verb, s, e)
    stop = _sentence_stop(doc, e, verb.sent.end)
    if how == "que":
        e = _before_authors_contrast(doc, s, _before_circumstance_of_saying(doc, s, e, lex))
        return (s, _over_quoted_continuation(doc, e, stop, lex), how)
    for k in range(s + 1, e):
        if doc[k].lower_ == "où" and doc[k - 1].pos_ == "PROPN":
            # « appelé X à quitter le pouvoir en Syrie où … »: the place's relative clause is the author's
            return (s, _trim_end(doc, s, k), how)
    e = _with_its_condition(doc, e, stop) if is_infinitive(doc[s]) else e
    e = _before_conjoined_verb(doc, s, e)
    e = _without_date_of_saying(verb, s, e)
    e = _without_addressee(doc, s, e, lex)
    e = _before_aside_relative(doc, s, e) if how == "complement" else e
    e = _before_reporting_participle(doc, s, e, lex)
    e = _before_circumstance_of_saying(doc, s, e, lex)
    e = _over_open_quotation(doc, s, e, stop)
    return (s, _over_quoted_continuation(doc, e, stop, lex), how) if e > s else None


SUBORDINATORS = {"quand", "lorsque", "lorsqu'", "lorsqu’", "si", "s'", "s’", "puisque", "puisqu'", "puisqu’", "comme"}


def _within_its_subordinate_clause(verb: Token, s: int, e: int) -> int:
    """« Quand Jean Castex a annoncé le confinement, Olivier Véran était à ses côtés »: a cue in a clause
    opened by « quand », « lorsque », « si » … at the start of its sentence reports up to the comma
    that closes that clause (the parser may hang the main clause on it)."""
    doc = verb.doc
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i and c.lower_ in SUBORDINATORS), None)
    if mark is None or any(not (t.is_punct or t.is_space) for t in doc[verb.sent.start:mark.i]):
        return e
    quoted = 0
    for k in range(s, e):
        if is_quote_mark(doc[k]):
            quoted += 1
        elif doc[k].text == "," and quoted % 2 == 0:
            return _trim_end(doc, s, k)
    return e


def _over_open_quotation(doc: Doc, s: int, e: int, stop: int) -> int:
    """« décrit un garçon « gentil, serviable » »: a content that stops inside a quotation it
    opened (at a comma the parser took for the end of the complement) runs to its closing mark."""
    opened = None
    for k in range(s, e):
        if is_opening_mark(doc[k]):
            opened = k
        elif opened is not None and is_quote_mark(doc[k]):
            opened = None
    if opened is None:
        return e
    close = end_over_open_quote(doc, opened + 1, stop)
    return close if close > opened + 1 else e


def _with_its_condition(doc: Doc, end: int, stop: int) -> int:
    """« a menacé de suspendre l'aide si Kiev refusait de signer »: a « si » clause right after an
    infinitive content, with no comma, is the condition of what was said; the content runs over it
    (not after a quoted object: « redoute « une catastrophe » si rien n'est fait »)."""
    if end >= stop or doc[end].lower_ not in ("si", "s'", "s’") or doc[end - 1].text == ",":
        return end
    head = doc[end].head
    if head.i <= end or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return end
    return max(end, min(clause_end(head), stop))


def _before_authors_contrast(doc: Doc, start: int, end: int) -> int:
    """« a fait savoir qu'il ne céderait pas, tandis que les syndicats promettent … »: « , tandis que »
    opens a clause of the author's that sets something against the words reported; they stop there."""
    for k in range(start + 1, end - 2):
        if doc[k].text == "," and doc[k + 1].lower_ == "tandis" and doc[k + 2].lower_ in ("que", "qu'", "qu’"):
            return _trim_end(doc, start, k)
    return end


def _before_circumstance_of_saying(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """« a accusé le Rwanda de P, lors d'un discours devant le Parlement »: when and where the words
    were said (``saying_circumstances.txt``), after a comma that ends the content, are the author's;
    the content stops at that comma (not where a verb or a quotation follows: words of the content)."""
    for k in range(start + 2, end):
        if doc[k - 1].text == "," and phrase_starting_at(doc, k, lex.saying_circumstances) is not None \
                and not any(is_finite(t) or is_quote_mark(t) for t in doc[k:end]):
            return _trim_end(doc, start, k - 1)
    return end


def _over_quoted_continuation(doc: Doc, end: int, limit: int, lex: Lexicon) -> int:
    """« remercie les présidents du Brésil et de la Syrie, pour leur « rôle actif » », « a invoqué
    « l'état de nécessité » et le « motif légitime » », « a insisté sur la nécessité de relancer
    l'économie, « car un pays … » »: words in marks that a comma or « et » joins to the content,
    with no clause of the author's and no comma before them, are the source's too: the content
    runs to their closing mark."""
    while end < limit and (doc[end].text == "," or doc[end].lower_ in ("et", "ou")):
        mark = next((k for k in range(end + 1, min(limit, end + 10)) if is_quote_mark(doc[k])), None)
        if mark is None or not is_opening_mark(doc[mark]) or clause_of_its_own(doc, end + 1, mark) \
                or any(doc[k].text in {",", ";", ":", "(", "—", "–"} for k in range(end + 1, mark)) \
                or doc[end].text == "," and doc[end + 1].pos_ == "DET" \
                or any(t.pos_ == "VERB" and cue_lemma(t, lex) in lex.cue_verbs for t in doc[end + 1:mark]):
            break  # (« a annoncé la fermeture, un « coup dur » pour la région »: the author's apposition;
            # « …, qu'il a qualifié de « … » »: a report of its own)
        close = next((k for k in range(mark + 1, limit) if is_quote_mark(doc[k]) and not is_opening_mark(doc[k])), None)
        if close is None:
            break
        end = close + 1
    return end


def _before_conjoined_verb(doc: Doc, start: int, end: int) -> int:
    """« dénoncent un « abandon » de l'hôpital et réclament des moyens »: a noun-phrase complement
    stops before « et » + a finite verb (the parser may hang that verb on the noun)."""
    for k in range(start + 1, end - 1):
        if doc[k].pos_ == "CCONJ" and doc[k].head.i > k and is_finite(doc[k].head) \
                and all(t.pos_ in ("ADV", "PRON", "AUX") for t in doc[k + 1:doc[k].head.i]):
            return _trim_end(doc, start, k)
        if doc[k].lower_ == "et" and _verb_group_follows(doc, k + 1, end):
            return _trim_end(doc, start, k)  # « a mis en garde contre Boko Haram et s'est dit prêt … », misparsed
        nxt = doc[k + 1]
        if doc[k].lower_ == "et" and nxt.pos_ == "VERB" and "Part" in nxt.morph.get("VerbForm") \
                and "Past" in nxt.morph.get("Tense") and nxt.head.i < k \
                and (nxt.dep_ == "conj" and (nxt.head.pos_ != "VERB" or is_infinitive(nxt.head) or nxt.head.i < start)
                     or _joined_to_an_object(nxt)) \
                and (_with_complement(nxt) or nxt.head.i < start and k + 2 < len(doc) and doc[k + 2].pos_ == "DET"):
            return _trim_end(doc, start, k)  # « a indiqué « prendre acte » de la décision et annoncé que P »
            # (« a dénoncé « un déni » et appelé à P »: the participle the parser hung on the noun)
    return end


def _over_the_real_verb(doc: Doc, head: Token, end: int, stop: int) -> int:
    """« relèvent que le budget consacré à l'entretien a été divisé par deux »: the parser made the
    participle that describes the subject the clause's verb, and hung the real one elsewhere. A
    que-clause whose verb is a bare participle right after its noun, followed by a verb group
    with a finite auxiliary, runs to the end of that verb group's clause."""
    # (« que le mis en cause avait « reconnu les faits » »: a participle made a noun by its article)
    if not ("Part" in head.morph.get("VerbForm") and head.i > 0
            and (doc[head.i - 1].pos_ == "NOUN" or doc[head.i - 1].lower_ in ("le", "la", "les"))
            and not any(c.dep_.startswith("aux") for c in head.children) and _verb_group_follows(doc, end, stop)):
        return end
    k = end
    while not is_finite(doc[k]):
        k += 1  # (past the clitics to the auxiliary)
    return min(max(end, clause_end(doc[k].head if doc[k].head.i > k else doc[k])), stop)


def _verb_group_follows(doc: Doc, k: int, end: int) -> bool:
    """Does a verb group with a finite auxiliary start at token ``k``: clitics, then « est »,
    « a », « ont » and a participle (« s'est dit », « l'a qualifié »)?"""
    while k < end and doc[k].lower_ in ("se", "s'", "s’", "l'", "l’", "le", "la", "les", "y", "en", "lui", "leur"):
        k += 1
    j = k + 2 if k + 2 < end and is_opening_mark(doc[k + 1]) else k + 1  # (« avait « reconnu les faits » »)
    return j < end and doc[k].lemma_ in ("avoir", "être") and is_finite(doc[k]) \
        and "Part" in doc[j].morph.get("VerbForm")


def _without_date_of_saying(verb: Token, start: int, end: int) -> int:
    """« a appelé au calme dimanche », « a dénoncé une attaque dimanche soir »: a day that dates
    the saying (it hangs on the cue verb) ends no complement; the complement stops before it."""
    doc = verb.doc
    last = end
    while last > start and not kept_at_end(doc[last - 1]):
        last -= 1
    date = next((t for t in doc[start:last] if _dates_the_saying(verb, t) and t.lower_ in SAYING_DAYS
                 and t.dep_ in ("obl:mod", "obl", "advmod", "nmod") and t.right_edge.i == last - 1), None)
    if date is None or date.left_edge.i <= start or _present_tense(verb) and date.head.i != verb.i:
        return end  # (« appelle à une mobilisation samedi »: in the present, the day is the content's)
    # (« à une mobilisation « massive » samedi »: the parser hung the quoted word on the day; the day alone)
    cut = date.i if any(is_quote_mark(t) for t in doc[date.left_edge.i:date.i]) else date.left_edge.i
    return _trim_end(doc, start, cut)


def _present_tense(verb: Token) -> bool:
    return "Pres" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm") \
        and not any(c.dep_.startswith("aux") for c in verb.children)


def _before_reporting_participle(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """« s'était engagé à ne pas procéder à de nouvelles introductions » invoquant « le contexte … »:
    a present participle of saying after the content opens a report of its own (the same speaker's),
    which the content does not run over."""
    for k in range(start + 2, end):
        t = doc[k]
        if t.pos_ == "VERB" and is_participle_clause(t) \
                and reports_a_content(t, lex) and (doc[k - 1].text == "," or is_quote_mark(doc[k - 1])):
            return _trim_end(doc, start, k)
    return end


def _before_aside_relative(doc: Doc, start: int, end: int) -> int:
    """« a demandé une peine de cinq ans, que le tribunal n'a pas retenue »: a relative clause after
    a comma, that runs to the end of a noun-phrase content, is the author's aside about it."""
    last = _trim_end(doc, start, end) - 1
    for k in range(start + 2, end - 1):
        rel = doc[k + 1]
        # (« que » after a noun and a comma is a relative pronoun, whatever the tagger says)
        if doc[k].text == "," and rel.lower_ in RELATIVES and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM") \
                and ("Rel" in rel.morph.get("PronType") or rel.lower_ in QUE) \
                and rel.head.right_edge.i >= last and not any(is_quote_mark(t) for t in doc[k:end]):
            return _trim_end(doc, start, k)
    return end


RELATIVES = {"que", "qu'", "qu’", "qui", "dont"}


def _without_addressee(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """« a annoncé sa démission à l'AFP », « … à nos confrères du Parisien », « … à la radio »:
    whom the words were said to, at the end of a noun-phrase content, is no part of it
    (``addressee_nouns.txt``, news agencies, media names); « une aide aux familles » keeps its
    complement."""
    for k in range(start + 1, end - 1):
        if doc[k].lower_ not in ("à", "au", "aux"):
            continue
        rest = [t for t in doc[k + 1:end] if not t.is_punct]
        head = next((t for t in rest if t.pos_ in ("NOUN", "PROPN")), None)
        if head is not None and (head.lower_ in lex.addressee_nouns or head.lower_ in lex.news_agencies
                                 or head.lower_ in lex.media_name_words):
            return _trim_end(doc, start, k)
    return end


def _dates_the_saying(verb: Token, day: Token) -> bool:
    """The day hangs on the cue verb, or, bare, on the verb's object (« a promis des renforts
    jeudi »: the parser hung the day on the noun)."""
    if day.head.i == verb.i:
        return True
    return day.head.dep_ in ("obj", "obl:arg") and day.head.head.i == verb.i \
        and not any(c.dep_ in ("case", "det") for c in day.children)


SAYING_DAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
               "aujourd’hui"}


def attribute_and_infinitive(doc: Doc, k: int, stop: int) -> tuple[int, int] | None:
    """« nécessaire de « revenir aux fondamentaux » » at token ``k``: an attribute, « de » and the
    infinitive it is judged of; their token range, or None."""
    k = _discourse_phrase_end(doc, k)
    if not (k + 2 < stop and doc[k].pos_ == "ADJ" and doc[k + 1].lower_ in ("de", "d'", "d’")):
        return None
    j = k + 2 + (1 if is_opening_mark(doc[k + 2]) else 0)
    if j >= stop or doc[j].pos_ not in ("VERB", "AUX") or not is_infinitive(doc[j]):
        return None
    inf = _infinitive_head(doc[j])
    return k, min(max(clause_end(inf), inf.i + 1), stop)


def _infinitive_head(tok: Token) -> Token:
    """« avoir reconnu », « être la source », « être « à bout » »: an auxiliary or copula infinitive
    stands for the word it serves."""
    if (tok.dep_.startswith("aux") or tok.dep_ == "cop" or tok.pos_ == "AUX") and tok.head.i > tok.i:
        return tok.head
    return tok


def over_hung_quotation(doc: Doc, e: int, stop: int) -> int:
    """« que Washington restait « pleinement engagé » », « que les corrections sont « en cours » »: a
    clause that ends right before an opening mark runs to its closing one (the quotation the
    parser hung elsewhere, on the cue)."""
    return end_over_open_quote(doc, e + 1, stop) if e < stop and is_opening_mark(doc[e]) else e


def _participle_in_aside(tok: Token, after: int) -> bool:
    """« a affirmé mardi, dans un entretien accordé aux Nouvelles calédoniennes, que P »: a participle
    modifying a noun, in words set apart by a comma after the cue, is no verb of the sentence; nor is
    the verb of a relative clause set apart by commas."""
    doc = tok.doc
    verb = tok.head if tok.dep_.startswith("aux") or tok.dep_ == "cop" else tok
    if verb.dep_ == "acl:relcl" and after <= verb.head.i < verb.i:
        # « a affirmé depuis la France, où il est assigné à résidence, que P »: a relative clause between
        # commas, about a complement of the cue
        left, right = verb.left_edge.i, verb.right_edge.i
        return left > 0 and doc[left - 1].text == "," and right + 1 < len(doc) and doc[right + 1].text == ","
    return tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm") and tok.head.i < tok.i \
        and any(doc[k].text == "," for k in range(after, tok.i))


def _judged_relative(que: Token, lex: Lexicon) -> bool:
    """« …, qu'il juge « vitale » », « …, qu'elle estime indispensable »: after a comma and a common
    noun, a « que » whose verb gives an object its attribute (frame a of ``cue_verbs.tsv``), has an
    attribute and no object of its own is the object: a relative pronoun for the noun before."""
    doc = que.doc
    noun = doc[que.i - 2] if que.i >= 2 else None
    if noun is None or noun.pos_ not in ("NOUN", "ADJ") or _temporal(noun):
        return False
    verb = que.head if que.head.i > que.i else None
    if verb is None or verb.pos_ != "VERB" or "a" not in lex.cue_verbs.get(verb.lemma_.lower(), ()):
        return False
    kids = list(verb.children)
    return not any(c.dep_ in ("obj", "ccomp") or c.dep_ == "mark" and c.i > verb.i for c in kids) \
        and any(c.pos_ == "ADJ" and c.i > verb.i for c in kids)


def _forward_content(verb: Token, after: int, frames: frozenset[str], lex: Lexicon) -> tuple[int, int, str] | None:
    doc, sent = verb.doc, verb.sent
    toks = tokens(doc)
    stop = _sentence_stop(doc, after, sent.end)
    # a) colon
    for k in range(after, min(stop, after + 20)):
        if toks[k].text == ":":
            if _finite_verb_between(doc, after, k):
                break
            if not frames - {"R"} and not (k + 1 < stop and is_quote_mark(toks[k + 1])):
                break  # « Les marchés ont mal réagi : le CAC 40 a perdu … »: an explanation, not words
            s, e = k + 1, _trim_end(doc, k + 1, stop)
            return (s, e, "colon") if e > s else None
        if toks[k].text in {".", "?", "!"}:
            break
    if not frames - {"R"}:
        return None  # a cue only in incises and before a colon (« lire », « espérer »)
    # b) que-clause
    for k in range(after, min(stop, after + 15)):
        if toks[k].lower_ in QUE and k > 0 and toks[k - 1].lower_ in COMPOUND_CONJUNCTIONS \
                and not (toks[k - 1].lower_ == "pour" and k - 1 == after and {"o", "q"} <= frames):
            break  # « tandis que », « alors que »: a new clause of the author's (but « plaide pour que P »: what
            # a verb of pleading for something pleads for)
        if toks[k].lower_ in QUE and any(toks[j].lower_ in COMPARATIVES for j in range(max(after, k - 3), k)):
            continue  # « une mise en ordre de bataille plus précoce que prévu »: a comparison
        if toks[k].lower_ in QUE and toks[k - 1].text == "," and any(
                t.pos_ == "NOUN" and t.dep_ == "obj" and t.head.i == verb.i and not _temporal(t)
                and not lex.is_person_noun(t.lemma_.lower(), t.lower_) for t in doc[after:k]):
            break  # « a demandé une peine de cinq ans, que le tribunal n'a pas retenue »: a relative pronoun
        if toks[k].lower_ in QUE and toks[k - 1].text == "," and _judged_relative(toks[k], lex):
            break  # « plaide pour une diversification agricole, qu'il juge « vitale » »: « qu' » is the noun
        if toks[k].lower_ in COMPLEMENTIZERS and (toks[k].dep_ == "mark" or toks[k].pos_ == "SCONJ") \
                and (toks[k].lower_ in QUE or k - after <= 6):
            if _finite_verb_between(doc, after, k) or "q" not in frames and frames:
                break
            if toks[k].lower_ not in QUE and any(c.dep_ == "obj" and after <= c.i < k for c in verb.children):
                break  # « redoute « une catastrophe » si rien n'est fait »: the object is the content
            s = k + 1
            head = toks[k].head
            if head.i > k and head.sent == sent and head.pos_ in ("VERB", "AUX", "ADJ"):
                e = over_hung_quotation(doc, _over_the_real_verb(doc, head, clause_end(head), stop), stop)
            else:
                e = _trim_end(doc, s, stop)
            return (s, min(e, stop), "que")
        if toks[k].lower_ in {"ce"} and k + 1 < stop and toks[k + 1].lower_ in QUE:
            continue
        if toks[k].pos_ in ("VERB", "AUX") and toks[k].dep_ != "amod" and not _participle_in_aside(toks[k], after) \
                or toks[k].text in {".", ":"} or toks[k].lower_ in QUE:
            break  # (« lors d'un point presse que P »: a word the tagger made a verb modifying a noun is none)
    # c) infinitive: « a promis de P », « appelle à P »; bare after a verb of saying or thinking:
    # « dit avoir reconnu son agresseur », « assure de son côté avoir transmis … »
    if frames & {"i", "q"}:
        k = _discourse_phrase_end(doc, after)
        k = _past_addressee(doc, k, stop)  # « a confié au Parisien avoir perdu « un frère » »
        while k < stop and toks[k].pos_ == "ADV" and toks[k].lower_ not in ("ne", "n'", "n’"):
            k += 1
        start = k
        if "a" in frames and k + 2 < stop and toks[k].pos_ == "ADJ" and toks[k + 1].lower_ in ("de", "d'", "d’"):
            k += 2  # « estime urgent de revoir la loi »: the attribute is part of what is judged
        if k + 1 < stop and is_opening_mark(toks[k]) and toks[k + 1].pos_ in ("VERB", "AUX") and is_infinitive(toks[k + 1]):
            k += 1  # « a indiqué « prendre acte » de la décision »: the infinitive in marks
        if k + 1 < stop and toks[k].lower_ in ("ne", "n'", "n’") and toks[k + 1].pos_ in ("VERB", "AUX") \
                and is_infinitive(toks[k + 1]):
            k += 1  # « affirme n'avoir « jamais vu » … »: the negation around the infinitive
        elif k + 1 < stop and toks[k].lower_ in ("ne", "n'", "n’") and toks[k + 1].lower_ in ("pas", "plus", "jamais", "rien"):
            k += 2  # « expliquait ne pas vouloir s'arrêter »: a negated infinitive is still what is said
            while k + 1 < stop and toks[k].pos_ == "PRON" and toks[k].lower_ in CLITICS:
                k += 1  # « a dit ne pas en vouloir à X »
        if k < stop and toks[k].pos_ in ("VERB", "AUX") and is_infinitive(toks[k]) and toks[k].head.i >= verb.i:
            inf = _infinitive_head(toks[k])
            if inf.i >= k:  # (« appelé à faire du 1er mai « une journée … » »: with the quotation hung elsewhere)
                return (start, over_hung_quotation(doc, min(max(clause_end(inf), inf.i + 1), stop), stop), "infinitive")
    if "i" in frames or "x" in frames and any(c.pos_ == "PRON" and c.i < verb.i and (
            c.dep_ == "obj" or c.lower_ in ("qu'", "qu’", "que")) for c in verb.children):
        # (« qu'il accuse d'avoir menti », « il l'accuse de mentir »: the object a pronoun, the rest the content)
        for k in range(after, min(stop - 1, after + 4)):
            if toks[k].lower_ in INF_MARKS:
                for j in range(k + 1, min(stop, k + 4)):
                    if toks[j].pos_ in ("VERB", "AUX") and is_infinitive(toks[j]):
                        inf = _infinitive_head(toks[j])
                        return (k + 1, min(max(clause_end(inf), inf.i + 1), stop), "infinitive")
                    if toks[j].pos_ not in ("PRON", "ADV"):
                        break
            if toks[k].pos_ not in ("ADV", "PUNCT") and toks[k].lower_ not in INF_MARKS:
                break
    # d) complements: object, object + de/à, prepositional object, adjective (« se dit prêt »)
    allowed = {"xcomp", "ccomp"}
    if frames & {"n", "x"} or _has_reflexive(verb):
        allowed |= {"obj", "iobj", "obl:arg"}
    elif "o" in frames:
        allowed |= {"obl:arg"}
    comps = [c for c in verb.children
             if c.i >= after and c.i < stop and c.dep_ in allowed
             and not (c.pos_ == "PRON" and c.dep_ in ("obj", "iobj") and c.i < verb.i)  # (a clitic; « chacun » is an object)
             # « met en garde contre « les lenteurs » qui ont fait échouer … »: a relative clause the parser
             # hung on the verb is no complement of it
             and not (c.dep_ == "xcomp" and "Rel" in c.left_edge.morph.get("PronType"))
             and not (c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ in QUE and toks[g.i - 1].text == ","
                                                and _judged_relative(g, lex) for g in c.children))
             # « a évoqué devant des parlementaires, mardi, la perspective de … »: a circumstance, not an object
             and not (c.dep_ == "obl:arg" and any(g.dep_ == "case" and g.lower_ in CIRCUMSTANCE_PREPOSITIONS
                                                  for g in c.children))
             # « prévoit de fermer trois usines »: an infinitive is content only for a verb that takes one,
             # or for one that takes an object and its complement (« accusent les chalutiers, …, de piller »)
             and not ("i" not in frames and c.pos_ in ("VERB", "AUX") and is_infinitive(c)
                      and any(g.dep_ == "mark" and g.lower_ in INF_MARKS for g in c.children)
                      and not ("x" in frames and any(o.dep_ == "obj" and after <= o.i < c.i for o in verb.children)))]
    if allowed & {"obj"}:
        # « a annoncé jeudi la suppression de 1 100 emplois »: the object the parser hung on the day
        comps += [g for c in verb.children if c.i >= after and _temporal(c) and c.pos_ == "NOUN"
                  for g in c.children if g.dep_ == "obj" and g.i < stop and g not in comps]
    if "n" in frames:
        # « a réclamé vendredi de nouvelles livraisons d'armes à … »: a partitive object (« de » +
        # adjective + noun) that the parser hangs anywhere
        k = after
        while k < stop and (toks[k].pos_ == "ADV" or _temporal(toks[k])):
            k += 1
        if k + 2 < stop and toks[k].lower_ in ("de", "d'", "d’") and toks[k + 1].pos_ == "ADJ" \
                and toks[k + 2].pos_ == "NOUN" and toks[k + 1].head.i == k + 2:
            e = _extend_over_phrases(doc, max(toks[k + 2].right_edge.i + 1, k + 3), stop)
            return (k + 1, e, "complement")
    if "o" in frames or _has_reflexive(verb):
        # (« a fait part de sa « profonde inquiétude » »: a prepositional object the parser called an object)
        comps += [c for c in verb.children if c.i >= after and c.i < stop and c.dep_ in ("obl", "obl:mod", "obj")
                  and c not in comps and (any(g.dep_ == "case" and g.lower_ in LEADING_PREPOSITIONS for g in c.children)
                                          or c.dep_ == "obj" and c.left_edge.lower_ in LEADING_PREPOSITIONS)]
    if not comps and (_has_reflexive(verb) and verb.lemma_ == "dire"):
        k = after
        if k < stop:
            return (k, _trim_end(doc, k, stop), "se-dire")
    if not comps and ("o" in frames or _has_reflexive(verb)):
        k = _discourse_phrase_end(doc, after)
        while k < stop and toks[k].pos_ == "ADV":
            k += 1
        k = _past_duration(doc, k, stop)  # « plaide depuis des années pour … »
        if k + 1 < stop and toks[k].lower_ in LEADING_PREPOSITIONS and (
                toks[k + 1].pos_ in ("DET", "NOUN", "PROPN", "PUNCT", "NUM")
                or toks[k + 1].lower_ in ("au", "plus", "près", "environ") and toks[k + 1].head.i > k + 1):
            # (« fait état d'au moins douze morts », « de plus de 300 plaintes », the phrase hung on the locution's noun)
            e = _extend_over_phrases(doc, toks[k + 1].head.right_edge.i + 1 if toks[k + 1].head.i > k else k + 2, stop)
            if e > k + 1:
                return (k + 1, e, "complement")
    if not comps and "n" in frames:
        k = _discourse_phrase_end(doc, _skip_interposed(doc, after, stop))  # (« salue à l'inverse « … » »)
        said = phrase_starting_at(doc, k, lex.saying_circumstances)
        past = k + len(said) if said is not None else k
        while said is not None and past < stop and doc[past].pos_ == "ADJ" and doc[past].head.i < past:
            past += 1  # (« dans une lettre ouverte »)
        if said is not None and len(said) >= 2 and doc[k + len(said) - 1].pos_ in ("NOUN", "ADJ", "VERB") \
                and past < stop and doc[past].pos_ == "DET":
            k = past  # (« a confirmé dans un communiqué le transfert de X »: a whole phrase, then the object)
        elif said is not None and doc[k + len(said) - 1].pos_ == "ADP":
            # « a fustigé devant les caméras des réquisitions « … » »: where, its noun phrase, then the object
            # (« des », « du »: an article the tagger took for a preposition)
            j = k + len(said)
            if j < stop and doc[j].pos_ == "DET":
                j += 1
            while j < stop and doc[j].pos_ in ("NOUN", "PROPN", "ADJ"):
                j += 1
            if k + len(said) + 1 < j < stop - 1 and doc[j].lower_ in ("des", "du", "de", "d'", "d’", "un", "une", "le",
                                                                      "la", "les", "l'", "l’", "ses", "son", "sa") \
                    and doc[j + 1].pos_ in ("NOUN", "ADJ"):
                e = _extend_over_phrases(doc, max(doc[j + 1].right_edge.i + 1, j + 2), stop)
                return (j, _over_open_quotation(doc, j, e, stop), "complement")
        while k < stop and (toks[k].pos_ in ("ADV", "NUM") or _temporal(toks[k]) or toks[k].lower_ in {"de", "nouveau", "ainsi"}
                            and toks[k].head.i == verb.i or toks[k].dep_ in ("obl:mod", "nmod") and _temporal(toks[k].head)):
            k += 1
        k = _skip_interposed(doc, k, stop)  # « a annoncé dimanche soir, lors d'une rencontre …, son intention »
        if k < stop and (toks[k].pos_ == "DET" or is_quote_mark(toks[k])) and toks[k].head.i > k:
            e = _extend_over_phrases(doc, toks[k].head.right_edge.i + 1, stop)
            if e > k:
                return (k, e, "complement")
        if k < stop and is_quote_mark(toks[k]) and is_opening_mark(toks[k]):
            # « ont aussitôt dénoncé « un passage en force » »: the parser hung the quoted words on the verb
            e = end_over_open_quote(doc, k + 1, stop)
            if e > k + 1:
                return (k, e, "complement")
    if not comps and frames & {"x", "o"} and "n" not in frames:
        # « a appelé « chacun à la responsabilité » »: words in marks right after the verb, hung elsewhere
        k = _discourse_phrase_end(doc, _skip_interposed(doc, after, stop))
        while k < stop and toks[k].pos_ == "ADV":
            k += 1
        if k + 1 < stop and is_opening_mark(toks[k]) and toks[k + 1].pos_ in ("PRON", "DET", "NOUN", "PROPN"):
            e = end_over_open_quote(doc, k + 1, stop)
            if e > k + 2:
                return (k, e, "complement")
    if not comps and "a" in frames:
        found = object_and_attribute(doc, _skip_interposed(doc, after, stop), stop)
        if found is not None:
            return (*found, "complement")
    if comps and (frames - {"q", "R"} or _has_reflexive(verb)):
        comps = [_past_leading_phrase(c) for c in comps]
        objects = [c for c in comps if c.dep_ == "obj"]
        # « a annoncé la fermeture de l'usine, un « coup dur » pour la région »: a verb has one object; a
        # second one after a comma is the author's apposition to the first
        comps = [c for c in comps if not (c.dep_ == "obj" and c is not objects[0] and toks[c.left_edge.i - 1].text == ",")]
        s = min(c.left_edge.i for c in comps)
        e = _extend_over_phrases(doc, max(clause_end(c) for c in comps), stop)
        if "x" in frames and objects and not any(is_infinitive(c) for c in comps):
            e = _over_aside_to_infinitive(doc, e, stop)
        s = max(s, after)
        s = max(s, _discourse_phrase_end(doc, s)) if s == after else s  # « dénonce au contraire « … » »
        s = _past_duration(doc, s, e)  # « plaide depuis longtemps pour … »
        s = _past_where_said(doc, s, e, frames)  # « a dénoncé sur les réseaux sociaux « un acte lâche » »
        # (« a condamné « des violences » »: for a verb whose complement takes no preposition, « des » and « du »
        # are articles)
        while s < e and (toks[s].lower_ in LEADING_PREPOSITIONS and toks[s].head.i != s and toks[s].dep_ in ("case", "mark")
                         and not (toks[s].lower_ in ("des", "du") and not frames & {"o", "x", "i"})
                         or _temporal(toks[s]) and s + 1 < e and not _counts(toks[s], e)):
            s += 1  # « a dénoncé mercredi une « provocation » », but « a promis 50 millions d'euros »
        if s < e and toks[s].lower_ in CIRCUMSTANCE_PREPOSITIONS:
            # « a défendu jeudi devant le Bundestag sa politique migratoire »: the circumstance, then the object
            nxt = next((k for k in range(s + 2, min(e, s + 8)) if toks[k].pos_ == "DET" and toks[k - 1].pos_ != "ADP"
                        and toks[k].head.i > k), None)
            if nxt is not None:
                s = nxt
        if e > s:
            return (s, min(e, stop), "complement")
    return None


def _over_aside_to_infinitive(doc: Doc, end: int, stop: int) -> int:
    """« accusent les plateformes, souvent basées à l'étranger, de casser les prix »: after the
    object, an aside between commas with no finite verb, then « de » and an infinitive (that the
    parser hung on the aside): the content runs to the end of the infinitive's clause."""
    if end >= stop or doc[end].text != ",":
        return end
    close = next((k for k in range(end + 1, min(stop, end + 15)) if doc[k].text == ","), None)
    if close is None or close + 2 >= stop or any(is_finite(t) for t in doc[end + 1:close]) \
            or doc[close + 1].lower_ not in ("de", "d'", "d’") or not is_infinitive(doc[close + 2]):
        return end
    return max(end, min(clause_end(doc[close + 2]), stop))


def _past_addressee(doc: Doc, k: int, stop: int) -> int:
    """Past « au Parisien », « à l'AFP », « aux journalistes » (whom it was said to) when an
    infinitive follows it; else ``k``."""
    if k < stop and doc[k].lower_ in ("à", "au", "aux"):
        for j in range(k + 1, min(stop, k + 6)):
            if is_infinitive(doc[j]) and doc[j].pos_ in ("VERB", "AUX"):
                return j if all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ") for t in doc[k + 1:j]) else k
            if doc[j].is_punct:
                break
    return k


def _past_leading_phrase(comp: Token) -> Token:
    """« a rejeté du revers de la main les critiques de X »: an object the parser gave a preposition
    is a manner phrase; the noun phrase without one that it hung on it is the object."""
    if comp.dep_ != "obj" or not any(c.dep_ == "case" and c.i < comp.i for c in comp.children):
        return comp
    real = next((c for c in comp.children if c.i > comp.i and c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")
                 and any(g.dep_ == "det" for g in c.children) and not any(g.dep_ == "case" for g in c.children)), None)
    return real or comp


def object_and_attribute(doc: Doc, k: int, stop: int) -> tuple[int, int] | None:
    """« juge le projet « trop timide » », « estime la situation préoccupante », read on the
    words where the parser lost the object: a noun phrase, then an adjective that ends the clause
    (marks and adverbs allowed before it, more adjectives after it), a bare participle (« juge ces
    accusations infondées ») or words in marks (« juge ces accusations « sans fondement » »)."""
    if k >= stop or doc[k].pos_ != "DET":
        return None
    noun = next((j for j in range(k + 1, min(stop, k + 4)) if doc[j].pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return None
    j = noun + 1
    def clause_ends(e: int) -> bool:  # (« juge la hausse « inévitable » mais regrette … »: or a verb joined)
        return e >= stop or doc[e].text in {".", ",", ";", "!", "?"} \
            or doc[e].pos_ == "CCONJ" and e + 1 < stop and is_finite(doc[e + 1])
    if j + 2 < stop and doc[j].lower_ in ("de", "d'", "d’", "du", "des"):
        # « juge les chances d'un accord durable « très minces » »: past the noun's complement, to words in
        # marks that end the clause (a bare adjective after it may be the complement's own)
        c = j + 1
        while c < stop and c < j + 6 and doc[c].pos_ in ("DET", "NOUN", "PROPN", "ADJ"):
            c += 1
        if c > j + 1 and c < stop and is_opening_mark(doc[c]):
            close = next((x for x in range(c + 1, min(stop, c + 12)) if is_quote_mark(doc[x])), None)
            if close is not None and close > c + 1 and not is_opening_mark(doc[close]) and clause_ends(close + 1) \
                    and close - c <= 5 and doc[c + 1].pos_ not in ("DET", "ADP", "PRON"):  # (an attribute, no phrase)
                return k, close + 1
    if j < stop and is_opening_mark(doc[j]):
        close = next((c for c in range(j + 1, min(stop, j + 12)) if is_quote_mark(doc[c])), None)
        if close is not None and close > j + 1 and not is_opening_mark(doc[close]) and clause_ends(close + 1):
            return k, close + 1
    while j < stop and (doc[j].pos_ == "ADV" or is_quote_mark(doc[j])):
        j += 1
    if j >= stop or not (doc[j].pos_ == "ADJ" or doc[j].pos_ == "VERB" and "Part" in doc[j].morph.get("VerbForm")
                         and not any(c.dep_ in ("obj", "obl", "obl:arg", "obl:agent") for c in doc[j].children)):
        return None
    e = j + 1
    while e < stop and (doc[e].pos_ in ("ADJ", "ADV", "CCONJ") or is_quote_mark(doc[e]) and not is_opening_mark(doc[e])):
        e += 1
    e = _trim_end(doc, k, e)
    if e < stop and doc[e].text not in {".", ",", ";", "!", "?"} and not is_quote_mark(doc[e]):
        return None  # the adjective does not end the clause: a noun's epithet (« juge l'affaire pénale de X »)
    return k, e


IMPERSONAL_GOVERNORS = {"falloir", "sembler", "paraître", "rester", "suffire", "convenir", "valoir"}
ENUMERATION_WORDS = {"de", "du", "des", "d'", "d’", "et", "ou", "à", "au", "aux"}
COMPARATIVES = {"plus", "moins", "autant", "aussi", "davantage", "mieux", "pire", "meilleur", "meilleure", "autre",
                "autres", "tant", "tel", "telle", "même"}
CLAUSE_OPENERS = {"tandis", "alors", "pendant", "lorsque", "quand", "puisque", "bien", "même", "si"}


def _extend_over_phrases(doc: Doc, end: int, limit: int) -> int:
    """Carry a complement on over the prepositional phrases that finish its clause
    (« ses inquiétudes quant à … », « favorable à l'envoi … pour aider … »), stopping
    where a new clause starts."""
    k = end
    while k < limit:
        t = doc[k]
        if is_opening_mark(t):  # « a condamné une attaque « lâche et barbare » »: the quoted words whole
            close = end_over_open_quote(doc, k + 1, limit)
            if close > k + 1:
                k = close
                continue
        if t.text == ",":  # « prêt, quant à lui, à engager … »
            skip = _discourse_phrase_end(doc, k + 1)
            if skip > k + 1 and skip < limit and doc[skip].text == ",":
                k = skip + 1
                continue
            if k + 1 < limit and (doc[k + 1].lower_ in ENUMERATION_WORDS or doc[k + 1].pos_ == "PROPN"
                                  or is_quote_mark(doc[k + 1]) and k > 0 and is_quote_mark(doc[k - 1])):
                k += 1  # « les présidents du Brésil, du Sénégal, et de la Syrie », « Border, Little Mosque »
                continue
            nxt = doc[k + 1] if k + 1 < limit else None
            if nxt is not None and nxt.head.i < k \
                    and "Part" in nxt.morph.get("VerbForm") and "Past" in nxt.morph.get("Tense") \
                    and not any(c.dep_.startswith("aux") for c in nxt.children) \
                    and any(g.lower_ == "par" for c in nxt.children if c.dep_.startswith("obl") for g in c.children):
                # « a taclé la stratégie de LREM, annoncée samedi par X pour … »: the noun's participle
                k = min(limit, nxt.right_edge.i + 1)
                continue
        if t.text in {",", ";", ":", "("} or t.is_space:
            break
        if t.pos_ in ("VERB", "AUX") and ("Fin" in t.morph.get("VerbForm") or "Part" in t.morph.get("VerbForm")) \
                and not (k > 0 and doc[k - 1].lower_ == "en"):
            break
        if k == end and k > 0 and doc[k - 1].text != "," and t.lower_ in ("qui", "dont") \
                and "Rel" in t.morph.get("PronType") and t.head.i > k and t.head.pos_ in ("VERB", "AUX"):
            # « contre « les lenteurs administratives » qui ont fait échouer … »: a relative clause right after
            # the complement tells which ones, wherever the parser hung it
            k = min(limit, t.head.right_edge.i + 1)
            continue
        if t.pos_ == "CCONJ" and _coordinates_a_phrase(t, limit):
            k += 1  # « pour former son équipe et mettre en œuvre un programme », « "une provocation" et "un mépris" »
            continue
        if t.pos_ in ("SCONJ", "CCONJ") or t.lower_ in CLAUSE_OPENERS or "Rel" in t.morph.get("PronType"):
            break
        k += 1
    return _trim_end(doc, end, k) if k > end else end


def _coordinates_a_phrase(cc: Token, limit: int) -> bool:
    """« et » / « ou » joining a phrase of the same content, not a new clause of the author's:
    its conjunct is an infinitive or a noun phrase with no subject of its own (« et la
    circulation des trains a été suspendue » starts a clause)."""
    conj = cc.head
    if cc.lower_ not in ("et", "ou") or not (cc.i < conj.i < limit) or any(
            c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in conj.children):
        return False
    if conj.pos_ in ("VERB", "AUX"):
        return "Inf" in conj.morph.get("VerbForm")
    if not (conj.pos_ in ("NOUN", "PROPN") and conj.dep_ == "conj" and conj.head.dep_ not in ("nsubj", "nsubj:pass")):
        return False
    return not starts_a_clause(conj)  # « et les syndicats ont aussitôt protesté »: a new clause


def _skip_interposed(doc: Doc, k: int, stop: int) -> int:
    """« dénoncent, selon les cas, des faits de … »: past a comma-enclosed aside."""
    if k < stop and doc[k].text == ",":
        for j in range(k + 1, min(stop, k + 12)):
            if doc[j].text == ",":
                return j + 1
            if doc[j].pos_ in ("VERB", "AUX"):
                break
    return k


ASIDE_WORDS = {"au", "contraire", "pour", "sa", "son", "leur", "part", "de", "côté", "lui", "elle", "eux", "elles",
               "aussi", "quant", "à", "tour", "également", "encore", "déjà", "toutefois", "pourtant", "ainsi"}


def _auxiliary_across_aside(tok: Token) -> Token | None:
    """« a au contraire salué », « a lui aussi dénoncé »: the auxiliary before an aside."""
    doc = tok.doc
    for k in range(tok.i - 1, max(-1, tok.i - 7), -1):
        t = doc[k]
        if t.pos_ == "AUX" and t.lemma_ in ("avoir", "être"):
            return t
        if not (t.pos_ == "ADV" or t.lower_ in ASIDE_WORDS):
            return None
    return None


def _a_provision(verb: Token, lex: Lexicon) -> bool:
    """Is the subject of ``verb`` a writing or a measure (« le texte », « les nouvelles mesures »,
    « la feuille de route »), that provides for things rather than says them?"""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if (subj is None or "Rel" in subj.morph.get("PronType")) and verb.dep_ in ("acl", "acl:relcl", "advcl") \
            and verb.head.pos_ == "NOUN":
        subj = verb.head  # « un plan prévoyant le retrait … », « la loi qui prévoit que P »
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    lemma = subj.lemma_.lower()
    return lemma in lex.provision_nouns or lemma in lex.source_documents and lemma not in lex.signed_documents


def _not_a_speech_act(tok: Token) -> bool:
    """Passives (« a été condamnée à »), adjectival participles (« Appelés pour un feu »),
    infinitives governed by an adjective (« prompts à critiquer »)."""
    if any(c.dep_ == "aux:pass" for c in tok.children):
        return True
    form = tok.morph.get("VerbForm")
    if "Part" in form and "Past" in tok.morph.get("Tense") and _participle_form(tok) \
            and not any(c.dep_.startswith("aux") for c in tok.children) \
            and not any(t.lemma_ in ("avoir", "être") for t in tok.doc[verb_group_start(tok):tok.i]) \
            and not (tok.dep_ == "conj" and not _agrees_otherwise(tok, tok.head) and (
                any(c.dep_ == "aux:tense" for c in tok.head.children)
                # (« a indiqué « prendre acte » de la décision et annoncé que P »: hung on the infinitive's object)
                or _with_complement(tok) and _auxiliary_above(tok.head) is not None)) \
            and not _hung_on_the_object_after_et(tok) \
            and not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) \
            and _auxiliary_across_aside(tok) is None and not present_taken_for_participle(tok):
        return True  # but « a jugé X et demandé à Y de P »: the auxiliary is shared
        # (and « La jeune femme dit … », « a au contraire salué » are finite)
    return "Inf" in form and tok.head.pos_ == "ADJ"


def _joined_to_an_object(tok: Token) -> bool:
    """« a dénoncé « un déni de démocratie » et appelé à P »: a word after « et » that the parser hung on a
    noun as its clause, not after another participle or adjective (« des militants arrêtés et placés … »)."""
    doc = tok.doc
    return tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.i >= 2 and doc[tok.i - 1].lower_ == "et" \
        and doc[tok.i - 2].pos_ not in ("ADJ", "VERB")


def _hung_on_the_object_after_et(tok: Token) -> bool:
    """A participle with a complement of its own joined to the object of a verb with a tense auxiliary
    (``_joined_to_an_object``) shares that auxiliary."""
    return _joined_to_an_object(tok) and _with_complement(tok) and _auxiliary_above(tok.head) is not None


def _participle_form(tok: Token) -> bool:
    """Can the word be a past participle by its form? A verb in « -er » makes it in « -é(e)(s) »:
    « salue », « déplore » are present tenses the tagger called participles."""
    low = tok.lower_
    return not tok.lemma_.endswith("er") or low.rstrip("s").rstrip("e").endswith("é")


def _with_complement(verb: Token) -> bool:
    """Does a participle take a complement of its own (an object, a clause): a verb, not an adjective?"""
    doc = verb.doc
    return any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children) \
        or verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in QUE  # (a que-clause the parser hung elsewhere)


def _auxiliary_above(tok: Token) -> Token | None:
    """The verb with a tense auxiliary that ``tok`` hangs under, within three steps."""
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux:tense" for c in tok.children):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _agrees_otherwise(participle: Token, head: Token) -> bool:
    """« a annoncé un report …, désormais prévue au printemps »: a participle in another gender or
    number than the one whose auxiliary it would share agrees with a noun: an adjective, no verb."""
    return any(participle.morph.get(f) and head.morph.get(f) and participle.morph.get(f) != head.morph.get(f)
               for f in ("Gender", "Number"))


def present_taken_for_participle(tok: Token) -> bool:
    """« Un policier décrit une situation intenable », « Un policier, qui a souhaité rester anonyme,
    décrit … »: a present tense whose form is also a past participle (« décrit », « écrit »,
    « dit ») that the tagger hung on the noun before it or on a relative clause. It is the verb of
    the sentence when a noun heads the sentence, no verb outside relative clauses is finite, and
    the word has an object of its own and stands right after that noun or after a comma."""
    # (« L'Asloca salue « une avancée » »: a form of a verb in -er that no past participle has)
    if not (tok.lower_.endswith("t") or not _participle_form(tok)) \
            or tok.dep_ not in ("acl", "xcomp", "conj", "advcl", "dep", "parataxis"):
        return False
    sent = tok.sent
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > tok.i:
        return False
    # (« Un médecin de l'hôpital décrit … »: hung on the complement of that noun)
    on_root = tok.head.i == root.i or tok.head.dep_ == "nmod" and tok.head.head.i == root.i
    if not (tok.dep_ == "acl" and on_root or tok.doc[tok.i - 1].text == ","):
        return False
    # (a finite verb of its own complement, « dit que le service est à bout », is no other main verb)
    if _clause_outside_relatives(tok.doc, sent.start, tok.i) \
            or _clause_outside_relatives(tok.doc, tok.right_edge.i + 1, sent.end):
        return False
    if any(c.dep_ in ("obj", "ccomp") and c.i > tok.i for c in tok.children):
        return True
    # (« Le professeur décrit un élève « brillant » »: the object right after it, that the parser hung on
    # the noun heading the sentence)
    k = phrase_after(tok.doc, tok.i + 1)  # (« salue à l'inverse « une avancée » »: past a discourse phrase,
    k += 1 if k < sent.end and is_opening_mark(tok.doc[k]) else 0  # and the mark that opens the object)
    nxt = tok.doc[k] if k < sent.end else None
    return nxt is not None and nxt.pos_ == "DET" and nxt.head.i > tok.i and nxt.head.dep_ == "nmod" \
        and nxt.head.head.i == root.i and not any(c.dep_ == "case" for c in nxt.head.children)


def incise_left_boundary(verb: Token) -> int | None:
    """If ``verb`` opens an incise (« …, a-t-il dit » / « … » ajoute X), the index of the
    token just before its verb group (a comma or closing mark); else None."""
    doc = verb.doc
    if is_infinitive(verb) and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and inverted_pronoun(verb.head) is not None and verb.i - verb.head.i <= 4:
        verb = verb.head  # « se contente-t-il d'affirmer »
    elif is_participle_clause(verb) or is_infinitive(verb) and verb.lower_.endswith(("er", "ir", "re")) \
            or present_taken_for_participle(verb):
        return None  # (« corrige » tagged an infinitive is no infinitive)
    gs = verb_group_start(verb)
    if gs == 0:
        return None
    prev = doc[gs - 1]
    if prev.text not in {",", "»", "”", '"', "›"} and not (prev.is_space and gs >= 2 and doc[gs - 2].text in {"»", '"', "”"}):
        return None
    if inverted_pronoun(verb) is not None:
        return gs - 1
    subj = personal_subject(verb)
    if subj is not None and subj.i > verb.i:
        return gs - 1
    if subj is not None and subj.i < gs - 1 and _quoted_right_before(doc, subj.i, gs) and _subject_after(verb) is not None:
        return gs - 1  # « « Chaque litre compte », a rappelé le préfet »: words in marks are no subject of the incise
    if subj is not None and subj.i < gs - 1 and _a_person_closing_the_sentence(verb) and not could_speak(subj):
        return gs - 1  # « Une opération qui doit lui permettre de grandir, explique son fondateur. »: no
        # operation explains; the person after the verb is its subject
    if subj is not None and (subj.i >= gs - 1 or (
            subj.right_edge.i >= gs - 2
            and not _clause_outside_relatives(doc, subj.i, gs - 1)
            and not _clausal_quote_between(doc, subj.i, gs - 1))):
        return None  # « Le critique …, Stéphane Bergeron, qualifie »: its own subject
    # no subject, or one the parser took from the clause before the comma: an incise only
    # if a clause (a finite verb) or a quotation stands before the comma
    start = line_start(doc, verb.i)  # the parser may have cut the sentence at the quote
    if prev.text == "," and not _finite_verb_between(doc, start, gs - 1) \
            and not _clausal_quote_between(doc, start, gs - 1):
        return None
    return gs - 1 if _subject_after(verb) is not None else None


def _quoted_right_before(doc: Doc, i: int, gs: int) -> bool:
    """Is token ``i`` inside a quotation that closes right before the comma before ``gs``?"""
    if gs < 3 or doc[gs - 1].text != "," or not is_quote_mark(doc[gs - 2]) or is_opening_mark(doc[gs - 2]):
        return False
    opening = next((k for k in range(gs - 3, max(-1, gs - 80), -1) if is_opening_mark(doc[k])), None)
    return opening is not None and opening < i < gs - 2


def _a_person_closing_the_sentence(verb: Token) -> bool:
    """Is the verb's object a person (a name, a noun for a person) that ends the sentence?"""
    lex = load_lexicon()
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
    if obj is None or not (obj.ent_type_ == "PER" or lex.is_person_noun(obj.lemma_.lower(), obj.lower_)):
        return False
    end = obj.right_edge.i + 1
    return end >= len(verb.doc) or verb.doc[end].text in {".", "!", "?"} or "\n" in verb.doc[end].text


def could_speak(t: Token) -> bool:
    """Could this subject say something: a person, a body, a writing, a pronoun?"""
    lex = load_lexicon()
    lemma = t.lemma_.lower()
    if t.pos_ in ("X", "PUNCT", "SYM", "NUM") and not t.ent_type_:
        return False  # (« start - up »: a word piece the tokenizer cut off)
    return t.pos_ != "NOUN" or t.ent_type_ in ("PER", "ORG") or lex.is_person_noun(lemma, t.lower_) \
        or lemma in lex.type_nouns or lemma in lex.institutions or lemma in lex.source_documents \
        or lemma in lex.signed_documents or lemma in lex.company_nouns or lemma in lex.cue_nouns


SUBJECT_LIKE_DEPS = {"nsubj", "nsubj:pass", "obj", "appos", "dep", "conj", "ROOT", "flat:name", "iobj", "xcomp",
                     "parataxis"}


def inverted_subject(verb: Token) -> Token | None:
    """The subject after the verb in an incise: « a-t-il dit », « explique Marc Bertin »,
    « a indiqué à l'AFP la porte-parole », « assure de son côté le Lillois »."""
    pron = inverted_pronoun(verb)
    if pron is None and is_infinitive(verb) and verb.head.i < verb.i:
        pron = inverted_pronoun(verb.head)
    if pron is not None:
        return pron
    subj = personal_subject(verb)
    if subj is not None and subj.i > verb.i:
        return subj
    return _subject_after(verb)


def _discourse_phrase_end(doc: Doc, k: int) -> int:
    """« quant à lui », « pour sa part », « de son côté »: index after the phrase, or ``k``
    (« quant à » takes any pronoun after it)."""
    if k + 2 < len(doc) and doc[k].lower_ == "quant" and doc[k + 1].lower_ == "à" and doc[k + 2].pos_ == "PRON":
        return k + 3
    return phrase_after(doc, k)


def _locution_words(verb: Token) -> set[str]:
    """The fixed words that may follow this verb in a cue locution (« fait savoir »)."""
    lex = load_lexicon()
    return {w for words, _ in lex.locutions.get(cue_lemma(verb, lex), ()) for w in words}


def _subject_after(verb: Token) -> Token | None:
    doc = verb.doc
    k = verb.i + 1
    # « a de son côté martelé le ministre »: the phrase inside the verb group is no complement of the name
    skipped: set[int] = set(range(verb_group_start(verb), verb.i))
    while k < min(len(doc), verb.i + 16):
        skip = _discourse_phrase_end(doc, k)
        if skip > k:
            skipped.update(range(k, skip))
            k = skip
            continue
        t = doc[k]
        if t.text in {".", ";", "!", "?", "«", '"', "»", "“", "”"} or "\n" in t.text:
            break
        if not any(ch.isalpha() for ch in t.text):
            k += 1  # « le troisième-ligne »: the hyphen the tokenizer cut out is no noun
            continue
        if t.lower_ in QUE or is_finite(t):
            break
        if is_infinitive(t) and t.lower_ not in _locution_words(verb):
            break  # « …, a nié avoir frappé la victime »: the verb's own complement, no incise
        if t.text.startswith("@"):
            return t
        if t.lower_ in ("un", "une") and (doc[t.i - 1].lower_ in ("l'", "l’") or t.pos_ == "PRON") \
                and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("d'", "d’", "de", "des"):
            return t  # « …, regrette l'un d'eux », « s'est réjoui un de ses partisans »
        if t.ent_type_ == "PER" and t.ent_iob_ == "B" and doc[t.i - 1].pos_ != "ADP" and doc[t.i - 1].lower_ not in ("à", "au", "aux"):
            return t  # « a écrit Donald Trump sur … », whatever labels the parser gave the name
        if t.pos_ == "ADJ" and t.dep_ in ("obj", "nsubj") and any(c.dep_ == "det" for c in t.children) \
                and not any(n.pos_ in ("NOUN", "PROPN") for n in doc[t.i + 1:t.i + 4]):
            return t  # « témoignait un important gestionnaire obligataire »: a noun phrase the tagger took for adjectives
        acronym = t.is_alpha and t.text.isupper() and len(t.text) >= 2  # « TVA Nouvelles », tagged a number
        if (t.pos_ in ("PROPN", "NOUN") or acronym) and not any(c.dep_ == "case" and c.lower_ != "quant" for c in t.children) \
                and t.dep_ in SUBJECT_LIKE_DEPS | {"nmod", "obl:arg", "obl:mod", "obl"} and t.ent_type_ != "DATE":
            if t.dep_ == "flat:name" and t.head.i > verb.i:
                return t.head
            # skip a noun that heads a prepositional phrase (« à l'AFP »), not a name after it
            in_pp = t.dep_ in ("nmod", "obl:arg") and any(c.dep_ == "case" for c in t.head.children) \
                and not (t.pos_ == "PROPN" and t.head.text.isupper()) and t.head.i not in skipped \
                and not (any(c.dep_ == "det" for c in t.children) and not any(c.dep_ == "case" for c in t.children))
            # (« a promis devant la presse la directrice »: a noun with its own article and no
            # preposition starts a phrase of its own, whatever the parser hung it on)
            if not in_pp and not _temporal(t):
                if t.pos_ == "PROPN" and t.ent_type_ != "PER":
                    # « a expliqué à France Bleu Jura Marie Vuillemin »: the person after the outlet
                    per = next((u for u in doc[t.i + 1:min(len(doc), t.i + 4)] if u.ent_type_ == "PER" and u.ent_iob_ == "B"
                                and all(v.pos_ in ("PROPN", "X") for v in doc[t.i:u.i])), None)
                    if per is not None:
                        return per
                if t.pos_ == "NOUN":
                    # « a déclaré à l'AFP son ministre chargé des catastrophes Javed Khan »: the name that
                    # closes the title's phrase (not one after « de »: « le porte-parole de Vladimir Poutine »)
                    per = next((u for u in doc[t.i + 1:min(len(doc), t.i + 10)] if u.ent_type_ == "PER" and u.ent_iob_ == "B"
                                and doc[u.i - 1].pos_ != "ADP" and doc[u.i - 1].lower_ not in ("de", "d'", "d’", "du")
                                and doc[u.i - 1].lemma_.lower() not in load_lexicon().type_nouns  # « l'ONG Ferus »
                                and not any(v.is_punct or is_finite(v) or v.pos_ == "PROPN" for v in doc[t.i:u.i])), None)
                    if per is not None:
                        return per
                return t
        k += 1
    return None


TEMPORAL = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "matin", "soir",
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre", "jour", "semaine", "mois", "an", "année", "fois", "heure", "fin", "début"}


def _past_where_said(doc: Doc, k: int, end: int, frames: frozenset[str]) -> int:
    """« a dénoncé sur les réseaux sociaux « un acte lâche » », « a salué sur Twitter « une victoire » »:
    for a verb that takes an object, a phrase with « sur » or « dans » (a few names and nouns) right
    before words in marks is where they were said; the content starts at the marks. Else ``k``."""
    if "n" not in frames or k >= end or doc[k].lower_ not in ("sur", "dans"):
        return k
    for j in range(k + 1, min(end, k + 6)):
        if is_opening_mark(doc[j]):
            return j if j > k + 1 else k
        if doc[j].pos_ not in ("DET", "NOUN", "PROPN", "ADJ"):
            break
    return k


def _past_duration(doc: Doc, k: int, stop: int) -> int:
    """Past « depuis des années », « depuis 2015 », « depuis longtemps » at token ``k``: the token after
    the duration's word (a noun, a figure or an adverb within three words), else ``k``."""
    if k >= stop or doc[k].lower_ != "depuis":
        return k
    for j in range(k + 1, min(stop, k + 4)):
        if doc[j].pos_ in ("NOUN", "NUM", "ADV"):
            return j + 1
        if doc[j].pos_ != "DET":
            break
    return k


def _temporal(t: Token) -> bool:
    return t.lower_ in TEMPORAL or (t.like_num and t.pos_ == "NUM")


def _counts(t: Token, end: int) -> bool:
    """« 50 millions d'euros »: a figure that counts a noun of the phrase, not a date."""
    return t.like_num and t.dep_ == "nummod" and t.i < t.head.i < end and not _temporal(t.head)


def doc_prev(tok: Token) -> Token:
    return tok.doc[tok.i - 1] if tok.i > 0 else tok


def after_auxiliary(tok: Token) -> bool:
    """« a tweeté », « l'a encore martelé »: a past participle the tagger took for a noun."""
    if not tok.lower_.endswith(("é", "ée", "és", "ées", "i", "it", "u", "is")):
        return False  # (the cheap test first: this runs on many words)
    doc = tok.doc
    k = tok.i - 1
    while k >= 0:  # « a de son côté martelé »: past adverbs and discourse phrases
        n = phrase_before(doc, k + 1)
        if n:
            k -= n
        elif doc[k].pos_ == "ADV" or doc[k].lower_ in {"-t", "-il", "-elle", "-ils", "-elles"}:
            k -= 1
        else:
            break
    return k >= 0 and doc[k].lemma_ in ("avoir", "être")


def after_quote(tok: Token) -> bool:
    """« "…", écrit @jemb123 »: the word right after a closing mark and a comma."""
    doc = tok.doc
    if not tok.text.islower():
        return False
    k = tok.i - 1
    while k >= 0 and tok.i - k <= 3 and (doc[k].pos_ == "AUX" and doc[k].lemma_ in ("avoir", "être")
                                         or doc[k].pos_ == "ADV" and k < tok.i - 1 or doc[k].lower_ in ("s'", "s’", "se")):
        k -= 1  # « …, s'indigne X », « …, a savouré X », « …, s'est encore agacé X »
    return k >= 1 and doc[k].text == "," and doc[k - 1].text in {"»", "”", '"'}


def _inverted_incise_end(tok: Token) -> int | None:
    """« …, rapelle-t-il », « …, estime-t-il, … »: a word right after a comma or a closing mark
    and followed by an inverted subject pronoun is the verb of an incise, whatever the tagger
    or the lexicon make of it (a misspelling, a rare verb). Index after the pronoun, or None."""
    doc = tok.doc
    if tok.i == 0 or not tok.is_alpha or doc[tok.i - 1].text not in {",", "»", "”", '"'}:
        return None
    k = tok.i + 1
    if k < len(doc) and doc[k].lower_ in ("-t", "-t-"):
        k += 1
    if k < len(doc) and doc[k].lower_ in INVERTED_PRONOUNS:
        return k + 1
    return None


def _named_incise_end(tok: Token) -> int | None:
    """« "…", tempère Kunle Amuwo », « "…", corrige le ministre »: a verb right after a closing
    mark and a comma, followed by its subject (a name, or a determiner and a noun), is the verb of
    an incise whatever the lexicon knows of it. Index after the verb, or None."""
    doc = tok.doc
    if tok.pos_ not in ("VERB", "NOUN", "ADJ", "X") or not tok.is_alpha or not after_quote(tok):
        return None  # (the cheap tests first: this runs on every word)
    k = tok.i + 1
    while k < len(doc) and doc[k].pos_ == "ADV" and doc[k].lower_ not in ("pas", "plus"):
        k += 1  # « souligne encore X »
    if k >= len(doc):
        return None
    nxt = doc[k]
    named = nxt.ent_type_ == "PER" or nxt.pos_ == "PROPN" and nxt.text[:1].isupper()
    described = nxt.pos_ == "DET" and k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ")
    return tok.i + 1 if named or described else None


def _sentences(verb: Token, lex: Lexicon) -> bool:
    """« condamner X à une peine », « condamné X à verser … »: the verb passes a sentence on a
    person (a person as its object or passive subject, and a complement with « à »)."""
    def person(t: Token) -> bool:
        return t.ent_type_ == "PER" or t.pos_ in ("PRON", "PROPN") or t.pos_ == "NOUN" and \
            lex.is_person_noun(t.lemma_.lower(), t.lower_)

    def with_a(t: Token) -> bool:
        return t.i > verb.i and any(g.dep_ in ("case", "mark") and g.lower_ in ("à", "au", "aux") for g in t.children)
    if any(c.dep_.startswith("obl") and with_a(c) and c.lemma_.lower() in lex.penalty_nouns for c in verb.children):
        return True  # « a condamné mardi à deux ans de prison un ancien agent »: a penalty, whoever gets it
    people = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass") and person(c)]
    return bool(people) and (any(c.dep_.startswith(("obl", "xcomp", "advcl")) and with_a(c) for c in verb.children)
                             or any(c.dep_ in ("nmod", "acl") and with_a(c) for p in people for c in p.children))


def _commas_after_quotes(sent: SpacySpan) -> list[int]:
    """Indices of the commas right after a closing mark, from a few words before the sentence:
    the only places where ``after_quote`` can hold (found once, not at every word)."""
    doc = sent.doc
    out, prev = [], None
    for tok in tokens(doc)[max(0, sent.start - 5):sent.end]:
        if tok.text == "," and prev in _CLOSING_MARKS:
            out.append(tok.i)
        prev = tok.text
    return out


_CLOSING_MARKS = {"»", "”", '"'}
_INCISE_OPENERS = {",", "»", "”", '"'}


def verb_cues(sent: SpacySpan, lex: Lexicon) -> Iterator[tuple[Token, int, frozenset[str]]]:
    # (after_quote can only hold up to four words after such a comma)
    near = {c + k for c in _commas_after_quotes(sent) for k in range(1, 5)}
    toks = tokens(sent.doc)
    prev = toks[sent.start - 1].text if sent.start > 0 else ""
    for tok in toks[sent.start:sent.end]:
        near_quote = tok.i in near
        opens = prev in _INCISE_OPENERS
        prev = tok.text
        end = _inverted_incise_end(tok) if opens else None
        if end is not None and tok.lemma_ not in ("avoir", "être") and cue_extent(tok, lex) is None:
            yield tok, end, frozenset()
            continue
        end = _named_incise_end(tok) if near_quote else None
        if end is not None and tok.lemma_ not in ("avoir", "être") and cue_extent(tok, lex) is None:
            yield tok, end, frozenset()
            continue
        pos = tok.pos_
        if pos not in ("VERB", "AUX") and not (pos == "NOUN" and tok.lemma_ in lex.cue_verbs and tok.dep_ in ("ROOT", "advcl")) \
                and not (pos in ("NOUN", "ADJ", "ADV", "X", "PROPN")
                         and (after_auxiliary(tok) or near_quote and after_quote(tok))):
            continue
        if tok.pos_ == "AUX" and tok.lemma_ in ("avoir", "être"):
            continue
        ext = cue_extent(tok, lex)
        if ext is None:
            continue
        if "R" in ext[1] and _has_reflexive(tok):
            continue  # « s'ajouter », « s'expliquer »: not speech
        if "E" in ext[1] and not _has_reflexive(tok):
            continue  # « engager des poursuites »: only « s'engager à » is a promise
        if "N" in ext[1] and any(c.dep_ == "obj" and c.i > tok.i
                                 and (c.ent_type_ == "PER" or c.lemma_.lower() in lex.source_nouns) for c in tok.children):
            continue  # « selon le Financial Times, qui cite des sources diplomatiques »: who, not what
        if "S" in ext[1] and _sentences(tok, lex):
            continue  # « a condamné un policier à dix-huit mois de prison »: a sentence, not words
        if "P" in ext[1] and _a_provision(tok, lex):
            continue  # « Le texte prévoit un protocole »: what a text provides for, not a forecast
        if tok.i == tok.sent.start and tok.lower_.endswith("ons") and not any(c.dep_.startswith("nsubj") for c in tok.children):
            continue  # « Rappelons que P »: the author's own imperative
        if _not_a_speech_act(tok) and inverted_pronoun(tok) is None and not after_quote(tok):
            continue
        if is_infinitive(tok) and tok.head.lemma_ in IMPERSONAL_GOVERNORS:
            continue  # « il faut dire que »: the author speaking
        if (is_negated(tok) or (is_infinitive(tok) and tok.dep_ == "xcomp" and is_negated(tok.head))) \
                and not (is_infinitive(tok) and tok.head.lemma_ in lex.litotes_verbs):
            continue  # (but « n'a pas manqué de souligner que P » says P)
        if is_infinitive(tok) and (any(c.lower_ == "sans" for c in tok.children) or doc_prev(tok).lower_ == "sans"):
            continue  # « sans dévoiler ce qu'il compte annoncer »: nothing said
        yield tok, ext[0], ext[1]
