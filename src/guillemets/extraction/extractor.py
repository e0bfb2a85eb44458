"""From a parsed document to attribution candidates: quotes, cues and contents.

The steps, in order: pair quotation marks; find verb cues in each sentence
(incise after the content, or content after the cue); « selon X », « d'après
X », « pour X, »; « c'est ce qu'a dit X »; quotes introduced by « X : »; and
last, stand-alone quotes, which take their speaker from their neighbours.
Overlapping candidates are reduced to one, and each content is clipped so it
never runs into the next cue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from .cues import (CLAUSE_OPENERS, PERSONAL_SUBJECTS, QUE, Candidate, over_hung_quotation, _discourse_phrase_end, _clause_outside_relatives, attribute_and_infinitive, one_of, clause_of_its_own, could_speak, _before_conjoined_verb, _sentence_stop, _trim_end, cue_extent, cue_lemma, reports_a_content, forward_content, governing_subject, incise_left_boundary,
                   inverted_subject, object_and_attribute, personal_subject, present_taken_for_participle, subject_on_the_left, verb_cues)
from .quotes import MARKS, Quote, QuoteIndex, find_quotes
from .syntax import (HONORIFICS, clause_end, cue_verb_forms, doc_text, forget_entities, inverted_pronoun, is_finite, is_infinitive, is_negated, is_opening_mark, is_participle_clause, is_quote_mark, kept_at_end, line_start,
                     lowers, np_extent, past_honorific, phrase_starting_at, tokens, verb_group_start)

TRIM = set(" \t\n\r\u00a0\u202f\u2009.,;:!?…()[]—–-")
ANAPHORIC_STARTS = {"cela", "ceci", "ça", "le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces", "celle", "celui", "tout"}
OPINION_PRONOUNS = {"lui", "elle", "eux", "elles"}
CLITICS_BEFORE_VERB = {"se", "s'", "s’", "nous", "vous", "leur", "lui", "y", "en", "le", "la", "les", "l'", "l’", "ne", "n'", "n’"}
LEAD_WORDS = {"et", "mais", "or", "car", "donc", "ainsi", "enfin", "aussi", "toutefois", "cependant", "pourtant",
              "toujours", "encore", "également", "ailleurs", "d'ailleurs", "d’ailleurs", "outre", "plus", "néanmoins"}


@dataclass(slots=True)
class RawAttribution:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    mention: Token | None
    inherit: str | None        # "clause" (participle), "neighbour" (stand-alone quote), "previous" (a report goes on)
    rule: str


def _trim(text: str, start: int, end: int, keep_marks: bool = True) -> tuple[int, int]:
    skip = TRIM if keep_marks else TRIM | MARKS
    while start < end and text[start] in skip:
        start += 1
    while end > start and text[end - 1] in skip:
        end -= 1
    return start, end


DATELINE = re.compile(r"[A-ZÀ-Ý][\w'’.\-]*(?: [A-ZÀ-Ý][\w'’.\-]*){0,3}(?: \([A-Z][\w ]{0,20}\))? [-–—] ")


def _whole_sentence(doc: Doc, sent: Span) -> Span:
    """The parser's sentence, with the ones after it while it ends on no end of sentence (« Selon le
    New York Times, » cut off by the parser at its comma), and the ones before it while they do not
    end one and it opens on a small letter (« Près d'un enfant | sur dix infecté par le Covid-19 |
    présenterait encore des symptômes, selon une étude »)."""
    end, merged = sent.end, 0
    while end < len(doc) and merged < 3 and not _ends_a_sentence(doc, end):
        end, merged = doc[end].sent.end, merged + 1
    start, merged = sent.start, 0
    while start > 0 and merged < 3 and doc[start].text[:1].islower() and not _ends_a_sentence(doc, start):
        start, merged = doc[start - 1].sent.start, merged + 1
    return doc[start:end] if (start, end) != (sent.start, sent.end) else sent


def _ends_a_sentence(doc: Doc, end: int) -> bool:
    """Do the words before token ``end`` end a sentence (a full stop, a colon, a line break, a quotation
    closed after one)?"""
    last = doc[end - 1]
    return last.text in {".", "!", "?", "…", ":", ";"} or "\n" in last.text or "\n" in last.whitespace_ \
        or doc[end].is_space or is_quote_mark(last) and end >= 2 and doc[end - 2].text in {".", "!", "?", "…"}


def _past_dateline(text: str, start: int, end: int) -> int:
    """« Port-au-Prince - Au moins 70 personnes … »: the place (and agency) that opens a dispatch is
    the author's, not part of the content that starts the paragraph."""
    if start > 0 and text[start - 1] != "\n":
        return start
    m = DATELINE.match(text, start, end)
    return m.end() if m and m.end() < end else start


def _agrees(participle: Token, noun: Token) -> bool:
    """Does a past participle agree in number with a noun or pronoun (« interrogé » with « le
    magistrat », not « interrogés »)?"""
    plural = "Plur" in noun.morph.get("Number") or noun.lower_ in ("eux", "elles")
    number = participle.morph.get("Number")
    own = "Plur" in number if number else participle.lower_.endswith(("s", "x"))
    return "Part" not in participle.morph.get("VerbForm") or own == plural


def _judged(doc: Doc, start: int, end: int) -> bool:
    """« juge la situation préoccupante », « juge ces accusations infondées »: an object with the
    adjective or participle a verb of thinking gives it says an opinion, it does not point back
    at words said before."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) >= 3 and span[-2].pos_ == "NOUN" and (
        span[-1].pos_ == "ADJ" or span[-1].pos_ == "VERB" and "Part" in span[-1].morph.get("VerbForm"))


def _words(text: str) -> int:
    return len(text.replace("'", " ").replace("’", " ").split())


class Extractor:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self._locution_openers = frozenset(words[0] for words in lex.source_locutions)

    # -- helpers ---------------------------------------------------------------
    def _clause_start(self, doc: Doc, qi: QuoteIndex, sent_start_tok: int, end_char: int) -> int:
        text = doc_text(doc)
        start = doc[sent_start_tok].idx
        q = qi.at(start)
        if q is not None and q.start < start:
            start = q.start
        # after the last colon or semicolon outside quotes
        for k in range(end_char - 1, start, -1):
            if text[k] in ":;\n" and qi.at(k) is None:
                return k + 1
        return start

    def _classify(self, text: str, qi: QuoteIndex, start: int, end: int) -> tuple[str, int, int]:
        s, e = _trim(text, start, end)
        if s >= e:
            return "indirect", s, e
        q = qi.at(s)
        if q is not None and q.start == s and q.end >= e:
            return "direct", q.inner_start, q.inner_end
        if q is not None and q.inner_start <= s and e <= q.inner_end:
            return "direct", s, e  # one part of a quote broken by an incise
        if any(c in MARKS for c in text[s:e]):
            return "mixed", s, e
        return "indirect", s, e

    # -- finders ---------------------------------------------------------------
    def _incise(self, doc: Doc, qi: QuoteIndex, verb: Token, cue_end: int) -> list[Candidate]:
        b = incise_left_boundary(verb)
        if b is None:
            return []
        text = doc_text(doc)
        speaker = inverted_subject(verb)
        cue = (doc[verb_group_start(verb)].idx, doc[cue_end - 1].idx + len(doc[cue_end - 1].text))
        bchar = doc[b].idx + (len(doc[b].text) if doc[b].text != "," else 0)
        inside = qi.at(doc[verb.i].idx)
        out = []
        if inside is not None and speaker is not None and speaker.i > verb.i \
                and any(doc[k].text == "," for k in range(verb.i + 1, speaker.left_edge.i)):
            return []  # « Il promet, promet, mais les parents attendent »: a subject after a comma is no incise's
        if inside is not None:  # « A, a-t-il dit, B »: two parts of one quote
            a_end = doc[b].idx
            if _words(text[inside.inner_start:a_end]) >= 1:
                out.append(Candidate(inside.inner_start, a_end, cue, speaker, rule="incise-in-quote"))
            k = verb.i + 1
            while k < len(doc) and doc[k].idx < inside.inner_end and doc[k].text not in {",", ".", ";"}:
                k += 1
            after = doc[k + 1] if k + 1 < len(doc) else None
            apposition = after is not None and after.pos_ == "NOUN" and self.lex.is_title(after.lemma_.lower(), after.lower_)
            if k < len(doc) and doc[k].text == "," and doc[k].idx < inside.inner_end and not apposition:
                # (« "Non, souligne Éric Blanchet, directeur de l'Adapt." » with the mark misplaced: no part B)
                b_start = doc[k].idx + 1
                if _words(text[b_start:inside.inner_end]) >= 2:
                    out.append(Candidate(b_start, inside.inner_end, cue, speaker, rule="incise-in-quote"))
            return out
        out.extend(self._after_incise(doc, qi, verb, cue, speaker))
        # a quote that closes right before the boundary
        j = bchar
        while j > 0 and text[j - 1] in " \u00a0\u202f,":
            j -= 1
        q = qi.at(j - 1) if j > 0 else None
        if q is not None and q.end == j:
            clause = self._clause_start(doc, qi, doc[doc.char_span(q.start, q.start + 1, alignment_mode="expand").start].sent.start, q.start) if doc.char_span(q.start, q.start + 1, alignment_mode="expand") is not None else q.start
            before = text[clause:q.start].strip()
            if not before or before[-1] in ",:(«\"“»”.!?…":  # the quote opens its own clause
                return [Candidate(q.start, q.end, cue, speaker, rule="incise-quote")] + out
            return [Candidate(clause, q.end, cue, speaker, rule="incise-mixed")] + out
        start = self._clause_start(doc, qi, min(verb.sent.start, line_start(doc, verb.i)), bchar)
        if start >= bchar:
            return out
        if out and not any(c in MARKS for c in text[start:bchar]):
            # « L'Elysée, dit-il, a non seulement … »: one content around the incise
            return [Candidate(start, out[0].end, cue, speaker, rule="incise-around")]
        inner = [q for q in qi.within(start, bchar) if q.start >= start and _words(text[q.inner_start:q.inner_end]) >= 3]
        outside = (bchar - start) - sum(q.end - q.start for q in inner)
        if len(inner) >= 2 and outside < 0.4 * (bchar - start):
            # « "A" (…), mais "B" judiciaire, observe-t-il »: each quotation on its own
            return [Candidate(q.start, q.end, cue, speaker, rule="incise-quotes") for q in inner] + out
        first = doc.char_span(start, bchar, alignment_mode="contract")
        if first is not None and not any(c in MARKS for c in text[start:bchar]) and inverted_pronoun(verb) is None \
                and not (speaker is not None and speaker.i > verb.i and could_speak(speaker)) \
                and not clause_of_its_own(doc, first.start, first.end):
            return out  # « L'UE, convaincue que P, a demandé X »: the subject and its apposition, no content
            # (« Une opération qui doit lui permettre de grandir, explique son fondateur »: the subject after the
            # verb, the words before are what it says)
        if first is not None and not any(c in MARKS for c in text[start:bchar]) and speaker is not None \
                and speaker.i > verb.i and not could_speak(speaker) and self._report_opened_in(first):
            return out  # « L'édile a assuré que la qualité des repas, désormais bio, justifiait cet effort »: the
            # verb after the comma goes on with the reported clause; its subject after it is its object
        return [Candidate(start, bchar, cue, speaker, rule="incise")] + out

    def _report_opened_in(self, span: Span) -> bool:
        """Does ``span`` hold a cue verb and the « que » that opens what it reports?"""
        for t in span:
            if t.lower_ in QUE and t.i > span.start:
                verb = next((v for v in reversed(span.doc[span.start:t.i]) if v.pos_ in ("VERB", "AUX")), None)
                if verb is not None and cue_lemma(verb, self.lex) in self.lex.cue_verbs:
                    return True
        return False

    def _after_incise(self, doc: Doc, qi: QuoteIndex, verb: Token, cue, speaker: Token | None) -> list[Candidate]:
        """« "A", disent-ils, "B" dans les médias »: what follows the incise in its sentence,
        when it is a clause or a quotation of its own (not the speaker's apposition)."""
        sent = verb.sent
        subj_tokens = set(t.i for t in speaker.subtree) if speaker is not None and speaker.i > verb.i else set()
        k = verb.i + 1
        while k < sent.end and (doc[k].text != "," or k in subj_tokens or (doc[k].head.i in subj_tokens)):
            if doc[k].text in {".", ";", "!", "?", ":"} or "\n" in doc[k].text:
                return []
            k += 1
        if k >= sent.end - 1:
            return []
        rest = doc[k + 1: sent.end]
        if any(t.i in subj_tokens for t in rest[:1]):
            return []
        first = rest[0]
        if first.like_num and len(rest) > 1 and rest[1].lower_ in ("ans", "an"):
            return []  # « explique X, 29 ans, qui … »: the speaker's age and description
        if first.lower_ in CLAUSE_OPENERS or first.pos_ in ("SCONJ", "ADP") or "Part" in first.morph.get("VerbForm"):
            return []  # « …, faisant allusion à … », « …, alors qu'il … »: the author's own clause
        if first.pos_ == "NOUN" and self.lex.is_title(first.lemma_.lower(), first.lower_):
            return []  # « explique Éric Blanchet, directeur général de l'Adapt, … »: the speaker's apposition
        clause = first.text in MARKS or _clause_outside_relatives(doc, rest.start, rest.end)
        end = rest[-1]
        while end.i > rest[0].i and (end.is_punct and end.text not in MARKS or end.is_space):
            end = doc[end.i - 1]
        if not clause or _words(doc[k + 1:end.i + 1].text) < 3:
            return []
        return [Candidate(rest[0].idx, end.idx + len(end.text), cue, speaker, rule="incise-after")]

    def _forward(self, doc: Doc, qi: QuoteIndex, verb: Token, cue_end: int, frames: frozenset[str]) -> list[Candidate]:
        if verb.dep_ in ("xcomp", "acl") and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX") \
                and cue_extent(verb.head, self.lex) is not None \
                and any(t.lemma_ in ("avoir", "être") or is_infinitive(t) for t in doc[verb.head.i + 1:verb.i + 1]) \
                and not present_taken_for_participle(verb):
            return []  # « dit avoir reconnu X »: the verb is the content of the cue before it
        found = forward_content(verb, cue_end, frames, self.lex)
        if found is None:
            return []
        s, e, how = found
        if e <= s:
            return []
        if "Q" in frames and not any(is_quote_mark(t) for t in doc[s:e]):
            return []  # « parle d'une « trahison » » reports words; « parle de la réforme », a topic
        if "F" in frames and how == "complement" and not any(t.like_num for t in doc[s:e]):
            return []  # « prévoit une chute de 14 % » is a forecast; « prévoit le retrait des forces », a plan
        cue = (doc[verb_group_start(verb)].idx, doc[cue_end - 1].idx + len(doc[cue_end - 1].text))
        if is_participle_clause(verb):
            if verb.head.i > verb.i and verb.head.pos_ in ("VERB", "AUX"):
                # « En arguant que P, Obama frappe plus juste »: the clause that follows speaks
                subj = governing_subject(verb.head)
                if subj is not None and subj.i > e:
                    return [Candidate(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), cue, subj,
                                      rule=f"participle-{how}", verb=verb)]
            main = self._main_clause_subject(verb)
            if main is not None and main.pos_ in ("NOUN", "PROPN") and verb.i > 0 and doc[verb.i - 1].lower_ == "en":
                # « Le RNDDH a salué ces arrestations, tout en réclamant « une enquête » »: a gerund's subject is
                # the main clause's, by the grammar
                return [Candidate(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), cue, main,
                                  rule=f"participle-{how}", verb=verb)]
            # the last speaker's, else the main clause's subject (attribute.py)
            return [Candidate(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), cue, main,
                              inherit=True, rule=f"participle-{how}", verb=verb)]
        subj = self._subject(doc, verb, s, e)
        if subj is None and is_infinitive(verb):
            # « prompts à critiquer X », « habilitée à juger des actes »: a possible act, no report
            return []
        if subj is not None and qi.at(subj.idx) is not None:
            # « "Fierté" aussi de constater que … »: a quoted word is no source; the speaker goes on
            return [Candidate(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), cue, None, inherit=True,
                              rule=how, verb=verb)]
        return [Candidate(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), cue, subj, rule=how, verb=verb)]

    def _main_clause_subject(self, verb: Token) -> Token | None:
        """« Le dirigeant a exclu toute démission, jugeant que P »: the subject of the main verb a
        participle clause hangs on (or hangs on through that verb's object: « a abaissé la note de
        la France, invoquant P »); the participle speaks with it where no one spoke before (the
        last speaker comes first: measured on dev and check)."""
        head = verb.head
        if head.pos_ == "NOUN" and head.dep_ in ("obj", "obl", "obl:arg") and head.head.i < head.i:
            head = head.head
        hops = 0  # (« a suspendu « jusqu'à nouvel ordre » les activités des partis, invoquant P »: after a comma,
        # through the object's phrase the parser broke up)
        while verb.i > 0 and verb.doc[verb.i - 1].text == "," and head.pos_ in ("NOUN", "PROPN") and hops < 3 \
                and head.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "appos", "nmod", "conj") and head.head.i < head.i:
            head, hops = head.head, hops + 1
        if head.i > verb.i or head.pos_ not in ("VERB", "AUX") or head.dep_ != "ROOT" or head.sent != verb.sent:
            return None
        subj = personal_subject(head)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON") or subj.i > verb.i:
            return None
        return subj

    @staticmethod
    def _subject(doc: Doc, verb: Token, s: int, e: int) -> Token | None:
        """Who reports: the parser's subject, repaired by position where the parse is broken."""
        subj = governing_subject(verb)
        if subj is not None and s <= subj.i < e:
            subj = None
        if is_infinitive(verb):
            return subj
        comma = _subject_comma(verb, verb.sent.start)
        if subj is not None and comma is not None and doc[comma].lower_ == "et" and (any(
                t.dep_ == "conj" and subj.left_edge.i <= t.head.i <= subj.right_edge.i and t.head.i < comma
                for t in doc[comma + 1:verb.i]) or any(
                c.dep_ in ("nsubj", "nsubj:pass") and c is not subj and comma < c.i < verb.i for c in verb.children)):
            comma = None  # « Des éleveurs et des agriculteurs ont dénoncé »: one subject of two conjuncts
        if comma is not None and (subj is None or subj.i < comma) and verb.dep_ not in ("acl", "acl:relcl"):
            # the parser took the subject from a clause before the comma
            np = [t for t in doc[comma + 1:verb_group_start(verb)] if t.pos_ in ("NOUN", "PROPN")]
            subj = next((t for t in np if not (comma < t.head.i < verb.i)), np[0])
        if subj is None:
            # « L'agence de presse Chine Nouvelle a rapporté que P » cut into pieces by the parser:
            # a bare noun phrase from the start of the sentence up to the verb is its subject
            # (« Un éleveur venu de Lozère a dénoncé », with a participle the parser made a verb of its own)
            run = doc[line_start(doc, verb.i):verb_group_start(verb)]
            if 1 <= len(run) <= 10 and all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM") or t.i > run.start
                                           and t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")
                                           and not any(c.dep_.startswith("aux") for c in t.children) for t in run):
                subj = next((t for t in run if t.pos_ in ("NOUN", "PROPN")), None)
        return subj

    def _cleft(self, doc: Doc, verb: Token, cue_end: int) -> list[Candidate]:
        """« C'est ce qu'a déclaré X »: the content is the sentence before."""
        sent = verb.sent
        gs = verb_group_start(verb)
        if gs < sent.start + 2 or doc[gs - 1].lower_ not in QUE or doc[gs - 2].lower_ != "ce" or sent.start == 0:
            return []
        if not any(t.lower_ in {"c'", "c’", "voilà", "voici"} for t in doc[sent.start:verb.i]):
            return []
        prev = doc[sent.start - 1].sent
        s, e = prev.start_char, prev.end_char
        speaker = personal_subject(verb) or inverted_subject(verb)
        cue = (doc[sent.start].idx, doc[cue_end - 1].idx + len(doc[cue_end - 1].text))
        return [Candidate(s, e, cue, speaker, rule="cleft")]

    def _as_said(self, doc: Doc, qi: QuoteIndex, verb: Token, cue_end: int) -> list[Candidate]:
        """« P, comme l'a rappelé le ministre », « Comme l'a souligné X, P »: the clause « comme
        l'a dit X » stands aside the sentence it reports; X follows the verb, the content is the
        rest of the sentence (as for « selon X »)."""
        comme = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i and (
            c.lower_ == "comme" or c.lower_ == "ainsi" and any(g.lower_ in QUE for g in c.children))), None)  # « Ainsi que l'a dit X »
        clitic = next((c for c in verb.children if c.pos_ == "PRON" and c.lower_ in ("l'", "l’", "le")
                       and c.i < verb.i), None)
        if comme is None or clitic is None:
            return []
        source = next((c for c in verb.children if c.i >= cue_end and c.dep_ in ("nsubj", "nsubj:pass", "obj")
                       and c.pos_ in ("NOUN", "PROPN")), None)
        if source is None:
            return []
        sent = verb.sent
        cue = (comme.idx, doc[cue_end - 1].idx + len(doc[cue_end - 1].text))
        if comme.i > sent.start and doc[comme.i - 1].text == ",":  # « P, comme l'a dit X »
            end = doc[comme.i - 1].idx
            start = self._clause_start(doc, qi, min(sent.start, line_start(doc, comme.i)), end)
        else:  # « Comme l'a dit X, P »: P from the subject of the clause the aside hangs on
            main = verb.head
            subjects = [c.left_edge.i for c in main.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > verb.i]
            comma = (min(subjects) - 1) if subjects and doc[min(subjects) - 1].text == "," else next(
                (k for k in range(source.i + 1, sent.end) if doc[k].text == "," and qi.at(doc[k].idx) is None), None)
            if comma is None or comma < source.i:
                return []
            stop = _sentence_stop(doc, comma + 1, sent.end)
            while stop > comma + 1 and doc[stop - 1].is_punct:
                stop -= 1
            if stop <= comma + 1:
                return []
            start, end = doc[comma + 1].idx, doc[stop - 1].idx + len(doc[stop - 1].text)
        return [Candidate(start, end, cue, source, rule="as-said", verb=verb)] if end > start else []

    def _source_locution_end(self, doc: Doc, tok: Token) -> int | None:
        """Index of the last word (« de », « du », « des », « d' ») of a phrase of
        ``source_locutions.txt`` that starts at ``tok`` and has a word after it, else None."""
        if lowers(doc)[tok.i] not in self._locution_openers:
            return None  # (the cheap test first: this runs on every word)
        words = phrase_starting_at(doc, tok.i, self.lex.source_locutions)
        if words is None or tok.i + len(words) >= len(doc):
            return None
        return tok.i + len(words) - 1

    def _source_phrases(self, doc: Doc, qi: QuoteIndex) -> list[Candidate]:
        """« Selon X, P », « P, d'après X », « À en croire X, P », « Pour X, P »."""
        out = []
        low_words = lowers(doc)
        for tok in tokens(doc):
            low = low_words[tok.i]
            if low == "selon" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in LEQUEL:
                out.extend(self._selon_relative(doc, qi, tok))
                continue
            if low in ("pour", "selon") and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "qui":
                out.extend(self._opinion_of_the_antecedent(doc, qi, tok))
                continue
            reported = self._what_someone_reports(doc, tok) if low == "selon" else None
            if reported is not None:  # « selon ce que rapporte Radio-Canada »: the one who reports it
                first, head = tok.i, reported
            elif low == "selon" and self._source_locution_end(doc, tok) is None \
                    or (low == "après" and tok.i > 0 and doc[tok.i - 1].lower_ in {"d'", "d’"}):  # (« selon les termes de »)
                first = tok.i - 1 if low == "après" else tok.i
                head = tok.head if tok.head.i > tok.i else (doc[tok.i + 1] if tok.i + 1 < len(doc) else None)
                if low == "après" and doc[first].head.i > tok.i:
                    head = doc[first].head  # « D'après X »: « d' » is X's preposition, « après » hangs on it
                while head is not None and head.pos_ in ("DET", "ADJ", "NUM") and head.head.i > head.i:
                    head = head.head  # « selon les … »: from a determiner to its noun
            elif low in ("source", "sources") and tok.i > 0 and doc[tok.i - 1].lower_ == "de" \
                    and not any(c.dep_ == "det" for c in tok.children) \
                    and (tok.i == 1 or doc[tok.i - 2].text in {",", "\n"} or doc[tok.i - 2].is_space
                         or doc[tok.i - 1].is_sent_start):
                first, head = tok.i - 1, tok  # « De source proche de l'enquête, P », « P, de sources concordantes »
            elif low == "croire" and tok.i >= 2 and doc[tok.i - 1].lower_ == "en" and doc[tok.i - 2].lower_ in ("à", "a"):
                first = tok.i - 2  # « À en croire X, P »
                head = next((c for c in tok.children if c.dep_ == "obj"), None)
            elif (last := self._source_locution_end(doc, tok)) is not None:
                first, tok = tok.i, doc[last]  # « Aux yeux de X, P », « De l'avis des experts, P »
                head = doc[last + 1]
                while head.pos_ in ("DET", "ADJ", "NUM") and head.head.i > head.i:
                    head = head.head
            elif low == "pour" and tok.i + 1 < len(doc):
                first = tok.i
                head = past_honorific(tok.head) if tok.head.i > tok.i else None
                if head is None or not self._opinion_holder(doc, tok, head):
                    continue
            else:
                continue
            if head is None or qi.at(tok.idx) is not None:
                continue
            head = past_honorific(head)
            if low != "pour" and not self._source_like(head):
                continue  # « selon des conditions généreuses »
            if any(c.dep_ == "det" and "Poss=Yes" in str(c.morph) and c.lower_ in {"nos", "notre"} for c in head.children):
                continue  # « selon nos informations »: the outlet itself
            ns, ne = np_extent(head)
            ne = max(ne, head.i + 1)
            honorific = doc[head.i - 1] if head.i > 0 and doc[head.i - 1].lower_ in HONORIFICS else None
            # (« Pour Me Samuel Madistin, président de …, »: the parser hangs the apposition on the honorific)
            for c in list(head.children) + (list(honorific.children) if honorific is not None else []):
                # « Pour le président de la CSQ, Réjean Parent, … », « selon X, qui … , »
                dep = c.dep_
                if dep == "conj" and doc[c.i - 1].text == "," and c.pos_ == "NOUN" \
                        and not any(g.dep_ == "cc" for g in c.children):
                    dep = "appos"  # « Selon Me Anne Murris, avocate de la famille, P »: a conjunct without « et »
                if dep == "nmod" and doc[c.i - 1].text == "," and c.pos_ == "NOUN" \
                        and not any(g.dep_ == "case" for g in c.children):
                    dep = "appos"  # « Pour X, professeure à la Sorbonne, P »: a complement with no preposition
                if dep in ("appos", "acl:relcl", "acl") and c.i > head.i:
                    if dep == "acl" and not _agrees(c, head):
                        continue  # « Selon lui, interrogés par la police, les suspects … »: the content's subject's
                    end = c.right_edge.i + 1
                    sent_end = tok.sent.end
                    if dep == "acl" and any(g.dep_ in ("nsubj", "nsubj:pass") and g.i > head.i for g in c.children):
                        # « Selon l'agence onusienne OCHA, plus de 1,2 million de personnes ont fui »: a clause with
                        # a subject of its own that the parser hung on the source is the content
                        end = next((k for k in range(head.i + 1, c.left_edge.i + 1) if doc[k].text == ","
                                    and qi.at(doc[k].idx) is None), end)
                    elif dep == "acl" and any(is_finite(t) for t in doc[c.i + 1:sent_end]):
                        # « Selon plusieurs témoins cités par la presse, le tireur a crié », « Selon des chiffres
                        # publiés par le ministère, plus de 33 000 enfants attendent »: the parser hung the clause
                        # (or its subject) on the participle; the participle's phrase ends at its comma
                        end = next((k for k in range(c.i + 1, end) if doc[k].text == "," and qi.at(doc[k].idx) is None),
                                   end)
                    if dep == "appos" and c.pos_ != "PROPN" and c.ent_type_ != "PER" and doc[c.left_edge.i - 1].text == ",":
                        # « Pour le politologue X, enseignant à l'université de Y, P »: the apposition ends
                        # at its comma, though the parser hung the clause after it on the apposition
                        end = next((k for k in range(c.i + 1, end) if doc[k].text == "," and qi.at(doc[k].idx) is None),
                                   end)
                    if dep == "appos" and c.pos_ != "PROPN" and c.ent_type_ != "PER" \
                            and not (end < len(doc) and doc[end].text == ","):
                        continue  # « Selon une étude de X, la pauvreté progresse »: the clause, misparsed as an apposition
                    if dep == "acl:relcl" and head.dep_ == "ROOT":
                        # the parser hung the whole sentence on the relative clause: it ends at its comma
                        end = next((k for k in range(c.i, end) if doc[k].text == "," and qi.at(doc[k].idx) is None), end)
                    ne = max(ne, end)
            right = head.right_edge.i + 1
            if ne < right and any(c.dep_ == "acl" and c.i < ne for c in head.children) and not any(
                    is_finite(t) or t.text in {",", ";", ":"} or qi.at(t.idx) is not None for t in doc[ne:right]):
                ne = right  # « selon une étude publiée mercredi dans la revue X »: the complement after the participle
            sent = _whole_sentence(doc, tok.sent)
            if ne + 1 < sent.end and doc[ne].text == "," and "Rel" in doc[ne + 1].morph.get("PronType") \
                    and doc[ne + 1].lower_ in ("qui", "dont"):
                # « selon l'Insee, qui publiait jeudi ses chiffres »: the relative pronoun right after the
                # source is about it, wherever the parser hung its clause
                ne = next((k for k in range(ne + 2, sent.end) if doc[k].text in {",", ";"} or k == sent.end - 1
                           and doc[k].is_punct), sent.end)
            lead = all(t.lower_ in LEAD_WORDS or t.is_punct or t.is_space for t in doc[sent.start:first])
            cue = (doc[first].idx, doc[tok.i].idx + len(doc[tok.i].text))
            after = ne
            if after < sent.end and doc[after].text == "(":  # « Selon l'Agence régionale de santé (ARS), P »
                close = next((k for k in range(after + 1, min(after + 12, sent.end)) if doc[k].text == ")"), None)
                after = close + 1 if close is not None else after
            if lead:  # « Selon l'hebdomadaire Le Canard enchaîné, P »: words the phrase left out, up to its comma
                # (« D'après l'Union des commerçants et industriels du Sénégal (Unacois), P »: a noun joined by
                # « et » inside the source's name, longer)
                joined = doc[after].lower_ in ("et", "ou") and after + 1 < sent.end and doc[after + 1].pos_ in ("NOUN", "ADJ", "DET", "PROPN")
                comma = next((k for k in range(after, min(after + (14 if joined else 3), sent.end)) if doc[k].text == ","), None)
                if comma is not None and comma > after and not any(
                        t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm") for t in doc[after:comma]):
                    after = comma
            while after < sent.end and doc[after].text == ",":
                after += 1
            if lead and after + 1 < sent.end and doc[after - 1].text == "," and doc[after].lower_ in ("qui", "dont") \
                    and "Rel" in doc[after].morph.get("PronType"):
                # « Selon le New York Times, qui cite deux responsables, P »: the relative clause about the
                # source (its phrase cut short by the parser) runs to its comma
                comma = next((k for k in range(after + 1, sent.end) if doc[k].text == ","), None)
                if comma is not None:
                    after = comma + 1
            named = any(t.ent_type_ == "PER" for t in doc[tok.i:after])
            if lead and after > ne and doc[after - 1].text == "," and (
                    doc[after].pos_ in ("NOUN", "ADJ") and doc[after].text.islower()
                    or doc[after].lower_ in ("un", "une") and doc[after].pos_ == "DET"
                    # (« Pour Mathilde Panot, la présidente du groupe LFI, P »: a title after a name)
                    or named and doc[after].lower_ in ("le", "la", "l'", "l’") and after + 1 < sent.end
                    and self.lex.is_title(doc[after + 1].lemma_.lower(), doc[after + 1].lower_)
                    # (« Pour la climatologue X, de l'Université McGill, P »: where the person works)
                    or named and doc[after].lower_ in ("de", "du", "d'", "d’") and after + 1 < sent.end
                    and any(t.text[:1].isupper() for t in doc[after + 1:min(after + 5, sent.end)])):
                # « pour le collectif des citoyens de Mayotte, association loi 1901, « … » »: an apposition
                # (a bare noun or an indefinite one, no verb) between the source and its words
                # (« économiste et cofondateur de l'Observatoire société et consommation (ObSoCo) »: a long one)
                comma = next((k for k in range(after + 1, min(after + 16, sent.end)) if doc[k].text == ","), None)
                if comma is not None and not any(t.pos_ in ("VERB", "AUX") or is_quote_mark(t) for t in doc[after:comma]):
                    after = comma + 1
            run = after
            while run < sent.end and doc[run].pos_ == "PROPN" and doc[run].text[:1].isupper():
                run += 1
            if after < run < sent.end - 1 and doc[run].text == "," and run - after <= 4:
                after = run + 1  # « Selon le ministre des Finances, Jun Azumi, P »: the name is the source's
            if lead and after < sent.end and doc[after].pos_ == "VERB" and "Part" in doc[after].morph.get("VerbForm") \
                    and "Past" in doc[after].morph.get("Tense") \
                    and (_agrees(doc[after], head) or ne - 1 > head.i and doc[ne - 1].pos_ == "NOUN"
                         and _agrees(doc[after], doc[ne - 1])):  # (« un rapport d'experts mandatés par la justice »)
                # « Selon le magistrat, interrogé par le député X, P »: a participle about the source (it agrees
                # with it; « Selon lui, interrogés par la police, les suspects … » is about the content's subject)
                comma = next((k for k in range(after + 1, min(after + 12, sent.end)) if doc[k].text == ","), None)
                if comma is not None and not any(is_finite(t) for t in doc[after:comma]):
                    after = comma + 1
            stop = _sentence_stop(doc, after, sent.end)
            if lead:
                if after >= stop:
                    continue
                s, e = doc[after].idx, doc[stop - 1].idx + len(doc[stop - 1].text)
                rule = "selon-lead"
            elif ne >= sent.end - 1 or doc[ne].text in {".", ")", ";", ":"} or (ne < len(doc) and doc[ne].text == "," and low == "selon" and not doc[ne + 1:sent.end].text.strip(" .")) \
                    or self._ends_its_sentence(doc, qi, first, ne, sent):
                s = self._clause_start(doc, qi, min(sent.start, line_start(doc, first)), doc[first].idx)
                e = doc[first].idx
                rule = "selon-tail"
            else:
                verb = head.head
                e_tok = min(verb.right_edge.i + 1, stop) if verb.i > head.i else stop
                if e_tok <= after:
                    e_tok = stop
                if first > sent.start and "Rel" in doc[first - 1].morph.get("PronType"):
                    # « Le projet, qui selon le ministre coûtera 14 milliards, divise la région »: the relative
                    # clause ends at its comma, whatever the parser hung on it
                    e_tok = next((k for k in range(after + 1, e_tok) if doc[k].text == "," and qi.at(doc[k].idx) is None),
                                 e_tok)
                s, e = doc[after].idx, doc[e_tok - 1].idx + len(doc[e_tok - 1].text)
                clause = self._clause_start(doc, qi, min(sent.start, line_start(doc, first)), doc[first].idx)
                lead_in = [t for t in doc[sent.start:first] if t.idx >= clause]
                aside = first > sent.start and doc[first - 1].text == "," \
                    and "Rel" not in doc[first - 2].morph.get("PronType")
                before_end = self._clause_before_aside(doc, clause, first) if aside else None
                if first > sent.start and doc[first - 1].text not in {",", "(", "—", "–", "-", ":"} \
                        and doc[first - 1].lower_ not in QUE and doc[first - 1].pos_ != "SCONJ" \
                        and not any("Rel" in t.morph.get("PronType") or cue_lemma(t, self.lex) in self.lex.cue_verbs
                                    for t in lead_in):
                    # « Elles ont été prises selon le journal par une caméra … »: « selon » inside its
                    # clause, with no comma: the whole clause, the phrase in it
                    s = clause
                elif before_end is not None:
                    # « Le suspect aurait agi seul, selon les enquêteurs, qui … », « P, le 23 mars, selon X,
                    # avec … »: a clause of its own stands before the aside, which governs it
                    s, e = clause, before_end
                elif aside:
                    # « Ces derniers, selon les médias, pourront … »: the clause around the aside
                    # (« deux hommes qui, selon la police, préparaient P »: the relative clause alone)
                    k = first - 1
                    while k > sent.start and doc[k - 1].text not in {",", ";", ":", "(", "\n"} \
                            and doc[k - 1].lower_ not in QUE and doc[k - 1].pos_ != "SCONJ" and not is_quote_mark(doc[k - 1]):
                        k -= 1
                    if k < first - 1 and (k == sent.start or doc[k - 1].text == ","):
                        s = doc[k].idx
                rule = "selon-mid"
            if e > s:
                out.append(Candidate(s, e, cue, head, rule=rule))
        return out

    @staticmethod
    def _clause_before_aside(doc: Doc, clause: int, first: int) -> int | None:
        """The end (a character offset) of the clause of its own that runs from ``clause`` to the
        comma before the « selon » aside at token ``first``, or None when no finite verb outside
        relative clauses stands there (« Ces derniers, selon les médias, pourront … »)."""
        span = doc.char_span(clause, doc[first - 1].idx, alignment_mode="contract")
        if span is None or not clause_of_its_own(doc, span.start, span.end):
            return None
        # (« Le gouvernement envisage, selon Le Figaro, de supprimer … »: the verb's complement comes
        # after the aside, the clause runs around it)
        for t in span:
            # (« n'avait pas démontré, selon lui, l'existence de … »: an object the parser left as « dep »)
            if is_finite(t) and any(c.i > first and c.dep_ in ("obj", "iobj", "xcomp", "ccomp", "obl:arg", "dep") for c in
                                    (t.head.children if t.dep_.startswith("aux") else t.children)):
                return None
        last = doc[first - 2]
        close = next((j for j in range(first + 1, min(len(doc) - 1, first + 12)) if doc[j].text == ","), None)
        if last.pos_ == "VERB" and not any(c.dep_ == "obj" for c in last.children) and close is not None \
                and doc[close + 1].pos_ == "DET":
            return None  # (« n'avait pas démontré, selon le juge, l'existence de … »: its object after the aside)
        k = first - 1  # « …, vendu, selon des chercheurs, plus cher que l'or »: the aside is inside a participle's
        while k > span.start and doc[k - 1].text != ",":  # phrase, which runs on after it
            k -= 1
        if any("Part" in t.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in t.children)
               for t in doc[k:first - 1]):
            return None
        last = doc[first - 2]
        return last.idx + len(last.text)

    def _what_someone_reports(self, doc: Doc, selon: Token) -> Token | None:
        """« selon ce que rapporte Radio-Canada », « selon ce qu'a indiqué le ministre »: the
        subject of the cue verb after « ce que »."""
        k = selon.i + 1
        if k + 2 >= len(doc) or doc[k].lower_ != "ce" or doc[k + 1].lower_ not in QUE:
            return None
        verb = next((t for t in doc[k + 2:min(len(doc), k + 6)] if t.pos_ == "VERB"), None)
        if verb is None or cue_lemma(verb, self.lex) not in self.lex.cue_verbs:
            return None
        subj = inverted_subject(verb)
        return subj if subj is not None and subj.i > verb.i else None

    @staticmethod
    def _ends_its_sentence(doc: Doc, qi: QuoteIndex, first: int, ne: int, sent) -> bool:
        """« …, selon un rapport de la Cour des comptes publié mardi. »: after a comma, the phrase
        runs to the end of its sentence with no clause of its own (no comma, no finite verb)."""
        if first == sent.start or doc[first - 1].text != ",":
            return False
        rest = [t for t in doc[ne:sent.end] if not t.is_space]
        while rest and rest[-1].is_punct:
            rest.pop()
        return len(rest) <= 6 and not any(t.text in {",", ";", ":"} or qi.at(t.idx) is not None
                                          or is_finite(t)
                                          for t in rest)

    @staticmethod
    def _selon_relative(doc: Doc, qi: QuoteIndex, selon: Token) -> list[Candidate]:
        """« des révélations selon lesquelles P »: the noun is the source, P what it says."""
        if selon.i == 0 or doc[selon.i - 1].pos_ not in ("NOUN", "PROPN") or qi.at(selon.idx) is not None:
            return []
        start = selon.i + 2
        end = _sentence_stop(doc, start, selon.sent.end)
        while end > start and not kept_at_end(doc[end - 1]):
            end -= 1
        if end <= start:
            return []
        cue = (selon.idx, doc[selon.i + 1].idx + len(doc[selon.i + 1].text))
        return [Candidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), cue, doc[selon.i - 1],
                          rule="selon-relative")]

    def _opinion_of_the_antecedent(self, doc: Doc, qi: QuoteIndex, tok: Token) -> list[Candidate]:
        """« Le ministre, pour qui la réforme est « indispensable », refuse … », « Les syndicats, selon
        qui P, … »: the noun before the comma is the source, the relative clause up to its comma what
        it holds."""
        if tok.i < 2 or doc[tok.i - 1].text != "," or qi.at(tok.idx) is not None:
            return []
        head = doc[tok.i - 2]
        while head.dep_ in ("flat:name", "amod", "nmod") and head.head.i < head.i and head.i - head.head.i <= 6 \
                and not (head.dep_ == "nmod" and head.pos_ == "PROPN" and head.ent_type_ == "PER"):
            head = head.head  # « Le ministre de l'Intérieur, pour qui … »: the head of the noun phrase
        if head.pos_ not in ("NOUN", "PROPN") or not self._source_like(head):
            return []
        start = tok.i + 2
        stop = _sentence_stop(doc, start, tok.sent.end)
        end = next((k for k in range(start + 1, stop) if doc[k].text == "," and qi.at(doc[k].idx) is None), stop)
        while end > start and not kept_at_end(doc[end - 1]):
            end -= 1
        if end - start < 3:
            return []
        cue = (tok.idx, doc[tok.i + 1].idx + len(doc[tok.i + 1].text))
        return [Candidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), cue, head, rule="relative-opinion")]

    def _source_like(self, head: Token) -> bool:
        """Can this noun phrase head be a source: a person, an institution, a document?"""
        if head.pos_ == "PRON":
            return head.lower_ in OPINION_PRONOUNS or one_of(head)  # (« selon l'une d'elles »)
        if head.ent_type_ in ("PER", "ORG") or head.pos_ == "PROPN":
            return True
        if head.text[:1].isupper() and not head.is_sent_start and any(c.dep_ == "det" for c in head.children):
            return True  # « selon le Quai d'Orsay », « selon la Maison Blanche »: a name the tagger took for a noun
        lemma = head.lemma_.lower()
        lex = self.lex
        group = [c for c in head.children if c.dep_ == "nmod" and c.i > head.i]
        if (lemma in lex.share_nouns or head.lower_ in lex.share_nouns) and group:
            # « selon 75 % des salariés interrogés », « selon la moitié des sondés »: a share of a group that speaks
            return any(self._source_like(c) or c.text[:1].isupper() and (
                c.lower_ in lex.nationalities or c.lemma_.lower() in lex.nationalities or lex.is_demonym(c.lower_))
                for c in group)  # (« 60 % des Français »)
        return lex.is_title(lemma, head.lower_) or lemma in lex.source_nouns or lemma in lex.source_documents \
            or lemma in lex.signed_documents or lemma in lex.institutions or lemma in lex.type_nouns \
            or head.lower_ in lex.source_nouns or lemma.rstrip("s") in lex.source_nouns \
            or lemma in {"même", "source"} or any(c.ent_type_ in ("PER", "ORG") for c in head.subtree) \
            or any(c.dep_ == "nmod" and c.lemma_.lower() in lex.institutions for c in head.children)
        # (« selon le corps de police »: a body named by what it is a body of)

    def _opinion_holder(self, doc: Doc, pour: Token, head: Token) -> bool:
        """« Pour X, P » is an opinion only when X is a person or an institution and a comma follows."""
        ns, ne = np_extent(head)
        for c in head.children:  # « Pour l'économiste Thomas Piketty, … », « …, spécialiste des mobilités, »
            if c.dep_ == "appos" and c.i >= ne and (c.pos_ == "PROPN" or c.ent_type_ == "PER"):
                ne = max(ne, c.right_edge.i + 1)
        while ne - 1 > head.i and doc[ne - 1].text == ",":
            ne -= 1  # (the parser hung the comma that closes the apposition on it)
        while ne < len(doc) and ne - head.i < 8 and doc[ne].pos_ == "PROPN" and doc[ne].text[:1].isupper():
            ne += 1  # « Pour l'économiste haïtien Kesner Pharel, … »: a name the parser left on its own
        if ne < len(doc) and doc[ne].text == "(":  # « Pour l'Observatoire … (OFCE), P »: past its acronym
            ne = next((k + 1 for k in range(ne + 1, min(len(doc), ne + 6)) if doc[k].text == ")"), ne)
        elif ne < len(doc) and doc[ne].text == ")" and any(t.text == "(" for t in doc[head.i:ne]):
            ne += 1  # (the acronym the parser made an apposition)
        if ne >= len(doc) or doc[ne].text != ",":
            return False
        sent = pour.sent
        if not all(t.lower_ in LEAD_WORDS or t.is_punct or t.is_space for t in doc[sent.start:pour.i]):
            return False
        verb = next((t for t in doc[ne + 1:sent.end] if is_finite(t)), None)
        verb = verb.head if verb is not None and verb.dep_.startswith("aux") else verb
        if verb is not None and verb.pos_ == "VERB" and cue_lemma(verb, self.lex) in self.lex.cue_verbs \
                and any(c.dep_ == "nsubj" and c.i > ne and (c.ent_type_ == "PER" or c.lower_ in PERSONAL_SUBJECTS
                                                              or self.lex.is_person_noun(c.lemma_.lower(), c.lower_))
                        for c in verb.children):
            return False  # « Pour le Rassemblement national, Jordan Bardella a estimé que P »: who speaks for it
            # (« Pour X, les déclarations de l'OTAN révèlent P » is X's opinion)
        if head.pos_ == "ADV":  # « Pour beaucoup d'habitants, P »: the noun the quantity counts
            head = next((c for c in head.children if c.pos_ == "NOUN" and c.i > head.i
                         and any(g.lower_ in ("de", "d'", "d’") for g in c.children)), head)
        if head.pos_ == "PRON":
            return head.lower_ in OPINION_PRONOUNS
        if any(c.dep_ == "det" and "Poss=Yes" in str(c.morph) for c in head.children):
            return False
        if head.ent_type_ in ("PER", "ORG") or head.pos_ == "PROPN":
            return True
        lemma = head.lemma_.lower()  # (« Pour les syndicats, … », « Pour la gauche, … »: a body speaking as one)
        # (« Pour l'écologiste, P »: a trade no list names, that ends like one)
        return self.lex.is_person_noun(lemma, head.lower_) or lemma in self.lex.institutions \
            or lemma in self.lex.type_nouns and any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’", "cette", "ce", "cet")
                                                     for c in head.children)  # « Pour l'organisation, P »

    def _colon_source(self, doc: Doc, qi: QuoteIndex) -> list[Candidate]:
        """« X : « Q » » after a named source with no verb."""
        out = []
        text = doc_text(doc)
        for q in qi.quotes:
            j = q.start
            while j > 0 and text[j - 1] in " \u00a0\u202f":
                j -= 1
            if j == 0 or text[j - 1] != ":":
                continue
            span = doc.char_span(j - 1, j, alignment_mode="expand")
            if span is None:
                continue
            colon = span[0]
            sent = colon.sent
            left = doc[sent.start:colon.i]
            if not 1 <= len(left) <= 6 or any(t.pos_ in ("VERB", "AUX") for t in left):
                continue
            heads = [t for t in left if t.ent_type_ in ("PER", "ORG") or t.pos_ == "PROPN"]
            root = next((t for t in left if not left.start <= t.head.i < left.end or t.head.i == t.i), None)
            if root is not None and not could_speak(root):
                continue  # « Incendie de Wintzenheim : « … » »: what happened, and where, says nothing
            if heads:
                out.append(Candidate(q.start, q.end, None, heads[0], rule="colon-source"))
        return out

    # -- main ------------------------------------------------------------------
    def candidates(self, doc: Doc, qi: QuoteIndex | None = None) -> tuple[list[Candidate], QuoteIndex]:
        qi = qi or QuoteIndex(find_quotes(doc_text(doc)))
        cands: list[Candidate] = []
        for sent in doc.sents:
            for verb, cue_end, frames in verb_cues(sent, self.lex):
                inside = qi.at(verb.idx)
                inc = self._incise(doc, qi, verb, cue_end)
                if inc:
                    cands.extend(inc)
                    continue
                if inside is not None:
                    continue  # inside a direct quote nothing more is annotated
                cl = self._cleft(doc, verb, cue_end) or self._as_said(doc, qi, verb, cue_end)
                if cl:
                    cands.extend(cl)
                    continue
                if any(doc[k].lower_ == "ce" for k in range(max(0, verb.i - 6), verb.i)):
                    gs = verb_group_start(verb)
                    if gs >= 2 and doc[gs - 1].lower_ in QUE and doc[gs - 2].lower_ == "ce":
                        continue  # « ce qu'affirme le New York Times »: what it says is « ce », told elsewhere
                cands.extend(self._forward(doc, qi, verb, cue_end, frames))
        cands.extend(self._source_phrases(doc, qi))
        cands.extend(self._verbs_taken_for_nouns(doc, qi))
        cands.extend(self._colon_source(doc, qi))
        cands.extend(self._passives(doc, qi))
        return cands, qi

    def _verbs_taken_for_nouns(self, doc: Doc, qi: QuoteIndex) -> list[Candidate]:
        """« L'opposition juge que P », « Le syndicat critique que P »: a cue verb whose form is
        also a noun, that the tagger took for one (no determiner, right before « que »). The
        noun phrase before it is its subject; the clause after « que » its content."""
        out = []
        for tok in tokens(doc):
            if tok.pos_ not in ("NOUN", "ADJ") or tok.i + 2 >= len(doc):
                continue
            forms = cue_verb_forms(tok.lower_)
            if not forms or qi.at(tok.idx) is not None:
                continue  # (no cue verb has this form: the cheap test first)
            # « Ce dernier juge « indispensable » que … »: « ce dernier » is the subject, not a determiner and
            # an adjective of the word
            called_back = doc[tok.i - 1].lower_ in ("dernier", "dernière") and tok.i >= 2 \
                and doc[tok.i - 2].lower_ in ("ce", "cette")
            # (« Il juge nécessaire de P »: the pronoun before it, that the parser made its determiner)
            pronoun = next((c for c in tok.children if c.dep_ == "det" and c.i == tok.i - 1
                            and c.lower_ in PERSONAL_SUBJECTS), None)
            if any(c.dep_ == "det" for c in tok.children) and not called_back and pronoun is None:
                continue
            nxt = doc[tok.i + 1]
            # « La ministre juge « inacceptable » le retard »: an attribute in marks, then the object
            attribute = is_quote_mark(nxt) and doc[tok.i + 2].pos_ == "ADJ"
            # « Le document pointe « un manque de maîtrise » des dépenses »: a quoted object
            # (« pointe « de graves dysfonctionnements » »: a partitive « de » and an adjective)
            quoted_object = is_quote_mark(nxt) and is_opening_mark(nxt) and (
                doc[tok.i + 2].pos_ == "DET" or tok.i + 3 < len(doc) and doc[tok.i + 2].lower_ in ("de", "d'", "d’")
                and doc[tok.i + 3].pos_ in ("ADJ", "NOUN"))
            k = tok.i + 1
            while k < len(doc) and doc[k].pos_ == "ADV":
                k += 1
            # « Le maire juge le projet trop timide », « … juge toutefois les chances « très minces » »: the
            # object, then its attribute
            judged = None if attribute or quoted_object or nxt.lower_ in QUE or k >= len(doc) or doc[k].pos_ != "DET" \
                or not any("a" in self.lex.cue_verbs[c] for c in forms) else \
                object_and_attribute(doc, k, _sentence_stop(doc, k, tok.sent.end))
            if judged is None and not attribute and any("a" in self.lex.cue_verbs[c] for c in forms):
                # « Roch Wamytan juge pour sa part nécessaire de « revenir aux fondamentaux » »
                judged = attribute_and_infinitive(doc, tok.i + 1, _sentence_stop(doc, tok.i + 1, tok.sent.end))
            # « Le rapport, publié mercredi, pointe un dérapage des dépenses »: the root of its sentence,
            # with a subject before it and an object after it
            # (or the parser hung it on the noun that heads the sentence: « L'institut de la statistique
            # pointe le ralentissement … »)
            plain_object = judged is None and not attribute and not quoted_object and nxt.pos_ == "DET" \
                and any(c.dep_ == "obj" and c.left_edge.i == nxt.i for c in tok.children) \
                and (tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
                     or tok.dep_ in ("amod", "acl") and tok.head.dep_ == "ROOT" and tok.head.i < tok.i)
            # « La Banque de France, elle, table toujours sur une croissance de 0,9 % »: a prepositional object
            # (« L'Insee table sur une croissance de 1 % », « La Cour des comptes chiffre à 2 milliards le coût »:
            # right after the name of a body)
            after_subject = doc[tok.i - 1].text == "," or doc[tok.i - 1].ent_type_ in ("ORG", "PER") \
                or doc[tok.i - 1].pos_ == "PROPN"
            prep_object = not (attribute or quoted_object or plain_object or judged) and k + 1 < len(doc) \
                and (doc[k].lower_ in ("sur", "contre", "pour") and doc[k + 1].pos_ == "DET"
                     and any("o" in self.lex.cue_verbs[c] for c in forms)
                     or doc[k].lower_ == "à" and doc[k + 1].like_num and any("x" in self.lex.cue_verbs[c] for c in forms)) \
                and after_subject
            # « Un banquier, qui préfère rester anonyme, tempère : « … » »: before a colon and a quotation
            colon = nxt.text == ":" and is_opening_mark(doc[tok.i + 2]) and qi.at(doc[tok.i + 2].idx) is not None
            if colon:
                q = qi.at(doc[tok.i + 2].idx)
                subject = subject_on_the_left(tok) if doc[tok.i - 1].text == "," else \
                    next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i), None)
                if subject is not None:
                    out.append(Candidate(q.start, q.end, (tok.idx, tok.idx + len(tok.text)), subject,
                                         rule="verb-taken-for-noun", verb=tok))
                continue
            que = tok.i + 1 if nxt.lower_ in QUE else _discourse_phrase_end(doc, tok.i + 1)
            que = que if que < len(doc) and doc[que].lower_ in QUE else None  # (« juge quant à lui que P »)
            if que is None and not attribute and not quoted_object and judged is None and not plain_object \
                    and not prep_object:
                continue
            frame = "x" if attribute else ("a" if judged else ("n" if quoted_object or plain_object else
                                                               ("o" if prep_object and doc[k].lower_ != "à" else
                                                                "x" if prep_object else "q")))
            lemma = next((c for c in forms if frame in self.lex.cue_verbs[c]), None)
            subject = doc[tok.i - 1] if called_back or pronoun is not None else \
                tok.head if tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN") \
                and tok.dep_ in ("amod", "nmod", "appos", "compound", "flat:name") else \
                next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i), None)
            while subject is not None and subject.dep_ == "nmod" and subject.head.i < subject.i \
                    and subject.head.pos_ in ("NOUN", "PROPN"):
                subject = subject.head  # « La Cour des comptes juge »: hung on the complement, said by the whole
            if subject is not None and subject.i < tok.i and any(c.dep_ == "case" for c in subject.children):
                # « Dans un avis publié jeudi, le Haut Conseil … juge »: a noun after a preposition is no subject
                subject = subject_on_the_left(tok) or subject
            if subject is not None and subject.i < tok.i - 1 and doc[tok.i - 1].text == ",":
                # « X, auteur d'un livre remarqué, juge … »: after an apposition's comma, the noun phrase
                # that opens the chain, not the last noun of the apposition the parser hung the word on
                subject = subject_on_the_left(tok) or subject
            if subject is None and lemma is not None and tok.i > 0 and doc[tok.i - 1].text == ",":
                # « Son principal opposant, Tidjane Thiam, juge la candidature « illégale » », parsed as a list
                subject = subject_on_the_left(tok)
            if lemma is None or subject is None:
                continue
            if judged is not None:
                s, e = judged
                out.append(Candidate(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text),
                                     (tok.idx, tok.idx + len(tok.text)), subject, rule="verb-taken-for-noun", verb=tok))
                continue
            if prep_object:
                nxt = doc[k + 1]
            if attribute or quoted_object or plain_object or prep_object:
                stop = _before_conjoined_verb(doc, tok.i + 1, _sentence_stop(doc, tok.i + 1, tok.sent.end))
                while stop > tok.i + 1 and doc[stop - 1].is_punct and not is_quote_mark(doc[stop - 1]) \
                        and doc[stop - 1].text != "%":
                    stop -= 1
                if stop - (tok.i + 1) >= 4:
                    out.append(Candidate(nxt.idx, doc[stop - 1].idx + len(doc[stop - 1].text),
                                         (tok.idx, tok.idx + len(tok.text)), subject, rule="verb-taken-for-noun", verb=tok))
                continue
            clause = doc[que].head  # what « que » introduces, wherever the parser hung it
            stop = _sentence_stop(doc, que + 1, tok.sent.end)
            # (« juge que Mbappé « doit … » »: « que » hung on the clause's subject, whose verb the parser cut
            # off; the clause runs to the end of the sentence)
            subject_only = clause.pos_ in ("PROPN", "PRON") and any(is_finite(t) for t in doc[clause.i + 1:stop])
            if clause.i <= que:  # (« juge que cette étude « confirme … » », « que » made a fixed word of the cue:
                # the first finite verb after it heads the clause)
                clause = next((t for t in doc[que + 1:stop] if is_finite(t)), clause)
            if clause.i <= que or clause.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") and not subject_only:
                continue
            # (« juge que cette étude « confirme … » »: the parser made the subject the clause's head; the
            # clause runs to the end of the sentence)
            s, e = que + 1, _trim_end(doc, que + 1, stop) if clause.pos_ in ("NOUN", "PROPN", "PRON") \
                else over_hung_quotation(doc, min(clause_end(clause), stop), stop)
            if e > s:
                out.append(Candidate(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), (tok.idx, tok.idx + len(tok.text)),
                                     subject, rule="verb-taken-for-noun", verb=tok))
        for c in out:
            _read_as_a_verb(c.verb)
        return out

    def _passives(self, doc: Doc, qi: QuoteIndex) -> list[Candidate]:
        """« P est préconisé par X »: the subject is what the agent said. « Ils ont été priés
        de P », « il est soupçonné de P »: a report with no source (speaker null)."""
        out = []
        passive = sorted({t.head.i for t in tokens(doc) if t.dep_ == "aux:pass"})
        for tok in (doc[i] for i in passive):
            if tok.pos_ != "VERB" or qi.at(tok.idx) is not None:
                continue
            ext = cue_extent(tok, self.lex)
            if ext is None or is_negated(tok):
                continue
            cue = (doc[verb_group_start(tok)].idx, doc[ext[0] - 1].idx + len(doc[ext[0] - 1].text))
            agent = next((c for c in tok.children if c.dep_ == "obl:agent" and c.pos_ in ("NOUN", "PROPN")), None)
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i), None) or next(
                (t for t in tok.subtree if t.dep_ in ("nsubj", "nsubj:pass") and t.i < tok.i and t.head.dep_ in ("advcl", "acl")
                 and t.head.head.i == tok.i), None)  # « P, interdit par Y, est préconisé par X »
            if agent is not None:
                if subj is not None and subj.pos_ in ("NOUN", "PROPN") and "n" in ext[1]:
                    s, e = np_extent(subj)
                    out.append(Candidate(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), cue, agent,
                                         rule="passive-agent", verb=tok))
                continue
            found = forward_content(tok, ext[0], ext[1] & frozenset("qi"), self.lex)
            if found is not None and found[2] in ("que", "infinitive") and found[1] > found[0]:
                s, e = found[0], found[1]
                out.append(Candidate(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), cue, None,
                                     rule="passive", verb=tok))
        return out

    def raw(self, doc: Doc, qi: QuoteIndex | None = None) -> list[RawAttribution]:
        text = doc_text(doc)
        cands, qi = self.candidates(doc, qi)
        cue_starts = sorted({c.cue[0] for c in cands if c.cue and _after_comma(text, c.cue[0])})
        cues = sorted({c.cue[0] for c in cands if c.cue})
        out: list[RawAttribution] = []
        taken: list[tuple] = []
        for c in cands:
            s, e = c.start, c.end
            for cs in cue_starts:  # never run into the next cue (but « P, selon X » governs all of P)
                if s < cs < e and not (c.cue and c.cue[0] <= cs < c.cue[1]) and c.rule != "selon-tail":
                    if qi.at(cs) is None and not _own_verb_of(cands, s, cs):
                        e = cs
            if c.rule == "selon-tail" and c.mention is not None and c.mention.lemma_.lower() in self.lex.cue_nouns \
                    and any(o is not c and o.cue and s <= o.cue[0] and o.cue[1] <= e for o in cands):
                continue  # « « Q », a-t-il martelé, selon des propos rapportés par l'agence X »: where the words
                # were reported, not a source of its own
            if c.verb is not None and c.cue is not None and "E" in self.lex.cue_verbs.get(cue_lemma(c.verb, self.lex), ()) \
                    and any(o is not c and o.start <= c.cue[0] < o.end for o in cands):
                continue  # « a déclaré que ses alliés s'engageaient à … »: a commitment inside the words reported
            e = _before_next_report(c, cands, s, e)
            s, e = _trim(text, s, e)
            s = _past_dateline(text, s, e)
            if e <= s:
                continue
            s, e = _with_edge_marks(text, qi, s, e)
            e = _over_its_open_quote(text, qi, s, e, cues)
            kind, s, e = self._classify(text, qi, s, e)
            body = text[s:e]
            if kind == "indirect":
                if _words(body) < 3:
                    continue
                first = body.replace("’", "'").split(" ", 1)[0].lower()
                if c.verb is not None and any(t.lemma_.lower() in self.lex.non_contents and t.head.i == c.verb.i
                                              and (t.pos_ != "VERB" or is_negated(t))
                                              for t in c.verb.children if s <= t.idx < e):
                    continue  # « a requis l'anonymat par crainte de représailles », « a demandé à ne pas être
                    # nommé »: how, not what
                if _words(body) <= 3 and first in ANAPHORIC_STARTS and not c.rule.endswith("que") \
                        and not _judged(doc, s, e):
                    continue  # « l'a confirmé », « cela »; but « que les renforts arriveraient » is a clause
            if any(_overlap((s, e), t[:2]) >= 0.5 and not _nested_report((s, e), c.cue, t) for t in taken):
                continue
            taken.append((s, e, c.cue))
            if self._agency_observation(c):
                continue  # « a constaté l'AFP »: the outlet's own reporting
            if self._learnt_without_source(doc, c):
                continue
            if c.mention is not None and c.mention.lower_ in ("on", "-on"):
                c.mention = on_source(c.mention)
                if c.mention is None:
                    continue  # « on dit que »: no source
            out.append(RawAttribution(s, e, kind, c.cue, c.mention, "clause" if c.inherit else None, c.rule))
        out.extend(self._standalone(doc, qi, taken))
        out.sort(key=lambda r: r.start)
        return out

    def _agency_observation(self, c: Candidate) -> bool:
        m = c.mention
        if m is None or c.cue is None:
            return False
        words = {t.lower_ for t in m.doc[m.left_edge.i:m.right_edge.i + 1]} | {m.lower_}
        if not words & self.lex.news_agencies:
            return False
        verb = _cue_verb(m.doc, c)
        return verb is not None and cue_lemma(verb, self.lex) in self.lex.observation_verbs

    def _learnt_without_source(self, doc: Doc, c: Candidate) -> bool:
        """« a appris l'AFP », « a-t-on appris » alone: what the outlet learnt is its own reporting;
        only « a-t-on appris auprès du parquet » names a source (frame L in ``cue_verbs.tsv``)."""
        verb = _cue_verb(doc, c)
        if verb is None or "L" not in self.lex.cue_verbs.get(cue_lemma(verb, self.lex), ()):
            return False
        return c.mention is None or c.mention.lower_ not in ("on", "-on")

    def _standalone(self, doc: Doc, qi: QuoteIndex, taken: list[tuple]) -> list[RawAttribution]:
        """Quotes with no cue: a quoted sentence standing on its own, or a quoted clause that
        ends its sentence after a connective (« D'autant plus que "…" », « parce que "…" »)."""
        text = doc_text(doc)
        out = []
        for q in qi.quotes:
            if any(t[0] < q.end and t[1] > q.start for t in taken):
                continue
            body = text[q.inner_start:q.inner_end]
            if _words(body) < 3 or self._named_after(text, q.start):
                continue
            j = q.start
            while j > 0 and text[j - 1] in " \u00a0\u202f":
                j -= 1
            opens_sentence = j == 0 or text[j - 1] in ".!?\n»\"”:…"
            if opens_sentence and (body[:1].isupper() or body[:1] in "«\"“" or j == 0 or text[j - 1] in ".!?\n»\"”"):
                out.append(RawAttribution(q.inner_start, q.inner_end, "direct", None, None, "neighbour", "standalone"))
            elif self._clause_after_connective(doc, q, j):
                out.append(RawAttribution(q.inner_start, q.inner_end, "direct", None, None, "neighbour", "standalone"))
            elif (subject := self._subject_before_quoted_verb(doc, q)) is not None:
                out.append(RawAttribution(q.inner_start, q.inner_end, "direct", None, subject, None, "subject-quote"))
            else:
                continued = self._continued_report(doc, qi, q, taken + [(o.start, o.end, None) for o in out])
                if continued is not None:
                    out.append(continued)
        return out

    def _subject_before_quoted_verb(self, doc: Doc, q: Quote) -> Token | None:
        """« La préfecture « invite tous les automobilistes à la prudence » »: a quotation that opens on
        a verb of saying, whose subject stands right before the mark, is that subject's words."""
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is None or len(span) < 3:
            return None
        k = span.start
        while k < span.end and doc[k].lower_ in CLITICS_BEFORE_VERB:
            k += 1
        verb = doc[k] if k < span.end else None
        if verb is None:
            return None
        # (« Le groupe « conteste … » »: a present the tagger took for a participle, or for a noun)
        taken = verb.pos_ in ("VERB", "NOUN", "ADJ") and not is_finite(verb) and any(
            self.lex.cue_verbs[c] & {"q", "n", "i", "o", "x"} for c in cue_verb_forms(verb.lower_))
        if not (taken or is_finite(verb) and verb.pos_ == "VERB" and reports_a_content(verb, self.lex)):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < span.start - 1), None)
        if subj is None:
            subj = self._noun_phrase_opening_the_clause(doc, span.start - 1)
        if subj is None or subj.right_edge.i + 1 != span.start - 1 and not subj.i + 1 == span.start - 1 \
                or subj.pos_ not in ("NOUN", "PROPN"):
            return None  # (the subject ends right at the mark, and it is a noun phrase)
        return subj

    @staticmethod
    def _noun_phrase_opening_the_clause(doc: Doc, mark: int) -> Token | None:
        """« Contacté, Naval Group « conteste … » »: the noun or name right before the mark, when
        it ends a noun phrase that opens the sentence or follows its first comma, with no verb
        before it (the parser hung it anywhere)."""
        if mark < 1 or doc[mark - 1].pos_ not in ("NOUN", "PROPN"):
            return None
        k = mark - 1
        while k > 0 and doc[k - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN") and doc[k - 1].text != ",":
            k -= 1
        before = doc[k - 1] if k > 0 else None
        if before is not None and not (before.text in {",", "\n", "."} or before.is_space):
            return None
        if doc[k].pos_ == "NOUN" and doc[k].text.islower():
            return None  # (a bare common noun opens no subject)
        if before is not None and before.text == ",":
            opening = doc[before.i - 1].sent.start if before.i > 0 else 0
            if any(t.pos_ in ("VERB", "AUX") and is_finite(t) for t in doc[opening:before.i]):
                return None
        return doc[mark - 1]

    def _continued_report(self, doc: Doc, qi: QuoteIndex, q: Quote, taken: list[tuple]) -> RawAttribution | None:
        """« …, analyse-t-il. Une politique lancée en 2008, qui "avait alors été perçue comme
        prématurée". »: an author's sentence with no cue of its own that quotes a clause, right
        after a sentence reported from a source, goes on reporting that source: the whole
        sentence is a mixed attribution, its speaker the one before."""
        text = doc_text(doc)
        inner = text[q.inner_start:q.inner_end]
        if _words(inner) < 4:
            return None
        start = line_start_char(text, q.start)
        k = q.start
        while k > start and text[k - 1] not in ".!?…":
            k -= 1
        start = k
        end = q.end
        while end < len(text) and text[end] not in ".!?\n":
            if qi.at(end) is not None and qi.at(end).start == end:
                end = qi.at(end).end
                continue
            end += 1
        s, e = _trim(text, start, end)
        if e <= s or any(t[0] < e and t[1] > s for t in taken):
            return None
        if text[s] in MARKS:
            return None  # a quote that opens its sentence is a stand-alone quote, not this
        # the quoted part is what someone said: a clause (a finite verb), or most of the sentence;
        # not a term in marks (« mis en examen pour "recel d'abus de biens sociaux" »)
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        finite = span is not None and any(is_finite(t) for t in span)
        if not finite and _words(inner) < 0.6 * _words(text[s:e]):
            return None
        # the sentence before (in this paragraph, or ending the paragraph before) carries a report
        k = s
        while k > 0 and text[k - 1] in " \u00a0\u202f\n.!?…»\"”":
            k -= 1
        prev_start = max(text.rfind(c, 0, k) for c in ".!?\n") + 1
        if not any(prev_start <= t[1] <= s for t in taken):
            return None
        subject = self._quoted_by_its_subject(span) if span is not None else None
        if subject is not None:
            # « L'ancien militaire espère « que justice sera rendue » »: the subject's own words
            return RawAttribution(q.inner_start, q.inner_end, "direct", None, subject, None, "standalone")
        return RawAttribution(s, e, "mixed", None, None, "previous", "continued")

    def _quoted_by_its_subject(self, quoted) -> Token | None:
        """The subject of the finite verb a quotation is the complement of, before it, when it is
        a person (a name, a title, a person noun, « il », « elle »)."""
        verb = quoted.root
        while verb.i >= quoted.start and verb.i < quoted.end and verb.head.i != verb.i:
            verb = verb.head
        if quoted.start <= verb.i < quoted.end \
                or not (is_finite(verb) or any(c.dep_ == "aux:tense" for c in verb.children)):
            return None  # (« Bruno Retailleau a ironisé sur « … » »: a verb group in a compound tense is finite)
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubj:pass") and c.i < quoted.start:
                person = c.ent_type_ == "PER" or c.lower_ in ("il", "elle") or c.pos_ == "NOUN" and \
                    self.lex.is_person_noun(c.lemma_.lower(), c.lower_)
                return c if person else None
        return None

    def _named_after(self, text: str, start: int) -> bool:
        """« l'opération "Barkhane" », « un film intitulé "…" »: a name, not a quotation."""
        before = text[max(0, start - 30):start].rstrip(" \u00a0\u202f").lower()
        word = before.replace("’", "'").split(" ")[-1].split("'")[-1] if before else ""
        return word in self.lex.naming_words

    def _clause_after_connective(self, doc: Doc, q: Quote, j: int) -> bool:
        """The quote is a whole clause (four words or more, a finite verb), ends its sentence,
        and follows « que », a comma or a colon at the end of a short lead-in."""
        text = doc_text(doc)
        if text[j - 1] not in ",:" and not text[max(0, j - 4):j].lower().replace("’", "'").endswith(("que", "qu'")):
            return False
        after = text[q.end:q.end + 3].lstrip(" \u00a0\u202f")
        if after[:1] not in (".", "!", "?", "") and not after.startswith("\n"):
            return False
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is None or _words(span.text) < 4:
            return False
        if not any(is_finite(t) for t in span):
            return False
        lead = text[line_start_char(text, j):j]
        return _words(lead) <= 12


LOCATIVE_CASES = {"dans", "à", "au", "aux", "chez", "auprès"}


def _cue_verb(doc: Doc, c: Candidate) -> Token | None:
    """The verb of a candidate's cue: the one it was found on, else the cue's word the tagger
    may have called a verb, a noun or an adjective."""
    if c.verb is not None or c.cue is None:
        return c.verb
    cue_words = doc_text(doc)[c.cue[0]:c.cue[1]].lower().replace("’", "'").split()
    return next((t for t in doc.char_span(c.cue[0], c.cue[1], alignment_mode="expand") or []
                 if t.pos_ in ("VERB", "NOUN", "X", "ADJ") and t.lower_ in cue_words), None)


def _own_verb_of(cands: list[Candidate], s: int, cs: int) -> bool:
    """« Selon lui, le ministre, Gérald Darmanin, avait promis des renforts »: the cue after the comma
    is the verb of the content's own subject (in the content, before it), not an incise that ends it."""
    return any(o.cue and o.cue[0] == cs and o.mention is not None and s <= o.mention.idx < cs for o in cands)


def _read_as_a_verb(tok: Token) -> None:
    """Every later step reads a verb the tagger took for a noun as the finite verb it is: no part of
    the noun phrase before it, nor of an entity the recogniser ran over it (« La Cour des comptes
    chiffre à … »)."""
    tok.pos_ = "VERB"
    tok.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    doc = tok.doc
    if tok.ent_type_:
        ents = []
        for e in doc.ents:
            if e.start <= tok.i < e.end:
                if e.start < tok.i:
                    ents.append(Span(doc, e.start, tok.i, label=e.label_))
            else:
                ents.append(e)
        doc.set_ents(ents, default="outside")
        forget_entities(doc)


def on_source(on: Token) -> Token | None:
    """« lit-on dans le texte du projet de loi », « explique-t-on au ministère », « À la SGP,
    (…) y explique-t-on »: the place named is the source; a bare « on » has none."""
    doc = on.doc
    verb = on.head
    if on.lower_ == "-on":  # « indique-t-on »: the verb is the word before the pronoun, whatever the parse
        verb = next((doc[k] for k in range(on.i - 1, max(-1, on.i - 3), -1) if doc[k].pos_ in ("VERB", "AUX")), verb)
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    sent_start = line_start(doc, on.i)
    while sent_start < on.i and (is_quote_mark(doc[sent_start]) or doc[sent_start].pos_ == "CCONJ"):
        sent_start += 1  # « … confiance. » Mais dans son entourage, on reconnaît que P »
    for v in verbs:
        for c in v.children:
            if c.lower_ == "côté" and c.i < on.i and c.left_edge.i <= sent_start + 1:
                side = next((g for g in c.children if g.dep_ == "nmod" and g.pos_ in ("NOUN", "PROPN")), None)
                if side is not None:
                    return side  # « Du côté de Renault, on assure que P »
            if not (c.dep_.startswith(("obl", "nmod")) and any(
                    g.dep_ == "case" and g.lower_ in LOCATIVE_CASES for g in c.children)):
                continue
            # « explique-t-on au ministère », « Dans son entourage, on assure que … »
            if c.i > v.i or (c.i < on.i and c.left_edge.i <= sent_start + 1):
                return c
    for k in range(on.i + 1, min(len(doc), on.i + 4)):  # « indique-t-on au conseil régional » misparsed
        if doc[k].lower_ in LOCATIVE_CASES and k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN", "DET", "ADP"):
            # (« a-t-on appris auprès du parquet »)
            return next((t for t in doc[k + 1:k + 4] if t.pos_ in ("NOUN", "PROPN")), None)
        if doc[k].lower_ == "de" and k + 1 < len(doc) and doc[k + 1].lower_ in ("source", "sources"):
            return doc[k + 1]  # « indique-t-on de source gouvernementale »
    opening = doc[sent_start:on.i - 1]  # « À Matignon, on fait valoir que P », the place cut off by the parser
    if on.i - 1 > sent_start and doc[on.i - 1].text == "," and opening[0].lower_ in LOCATIVE_CASES \
            and len(opening) <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in opening):
        return next((t for t in opening if t.pos_ in ("NOUN", "PROPN")), None)
    if any(c.lower_ == "y" for c in on.head.children) or (on.head.i > 0 and doc[on.head.i - 1].lower_ == "y"):
        sent = on.head.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in doc[start:on.i]:
            if t.lower_ in ("à", "au", "aux", "chez", "a") and t.i + 1 < len(doc) and t.is_sent_start:
                for u in doc[t.i + 1:min(len(doc), t.i + 8)]:
                    if u.text == ",":
                        break
                    if u.pos_ in ("PROPN", "NOUN"):
                        return u
    return None


def _before_next_report(c: Candidate, cands: list[Candidate], s: int, e: int) -> int:
    """« A Olli Rehn, qui a prévenu que P, Antonio Samaras a répondu que Q »: a content ends
    before the subject of a report that is not inside its own clause."""
    if c.verb is None:
        return e
    inside = {t.i for t in c.verb.subtree}
    doc = c.verb.doc
    for o in cands:
        if o is c or o.verb is None or o.verb.i in inside or o.cue is None or o.verb.i <= c.verb.i:
            continue
        if not (s < o.cue[0] < e and o.start >= o.cue[1]):
            continue
        comma = _subject_comma(o.verb, c.verb.i)
        if comma is not None and doc[comma].is_alpha and not any(is_finite(t) and t.idx >= s for t in doc[c.verb.i + 1:comma]):
            continue  # « a déclaré que les États-Unis et leurs alliés s'engageaient à P »: « et » joins two
            # subjects of the verb of the content, a report inside it
        if comma is not None and doc[comma + 1].idx > s:
            e = min(e, doc[comma].idx)
    return e


def _subject_comma(verb: Token, floor: int) -> int | None:
    """« …, Antonio Samaras a répondu », « … et les dirigeants de la CDU croient »: the comma
    (or « et », « mais », a colon) before a short noun phrase that stands right before the
    verb: its subject, whatever the parser hung it on."""
    doc = verb.doc
    k = verb_group_start(verb) - 1
    n = 0
    while k > floor and n <= 6 and doc[k].lower_ not in SUBJECT_OPENERS and not (
            doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct and doc[k].text not in "-'’"):
        k -= 1
        n += 1
    if n and k > floor and doc[k].lower_ in SUBJECT_OPENERS and any(t.pos_ in ("NOUN", "PROPN") for t in doc[k + 1:k + 1 + n]):
        return k
    return None


SUBJECT_OPENERS = {",", "et", "mais", ":", ";"}


def line_start_char(text: str, pos: int) -> int:
    k = pos
    while k > 0 and text[k - 1] not in ".!?\n":
        k -= 1
    return k


def _with_edge_marks(text: str, qi: QuoteIndex, s: int, e: int) -> tuple[int, int]:
    """« a jugé "incorrecte" la décision »: a content that starts inside a quote opened just
    before it starts at the mark; likewise at its end."""
    j = s
    while j > 0 and text[j - 1] in " \u00a0\u202f":
        j -= 1
    q = qi.at(j - 1) if j > 0 else None
    if q is not None and q.start == j - 1 and q.end <= e + 2:
        s = q.start
    q = qi.at(e - 1)
    if q is not None and q.start >= s and q.end > e and text[e:q.end].strip(" \u00a0\u202f.,;»”\"") == "":
        e = q.end
    return s, e


def _over_its_open_quote(text: str, qi: QuoteIndex, s: int, e: int, cues: list[int]) -> int:
    """« juge que le gouvernement « repousse les problèmes à plus tard » », where the parser ended the clause
    before « à plus tard »: a content that opened a quotation and stops inside it, after some of its words,
    runs to its closing mark (not over another report's cue; not over a quotation whose opening mark alone
    the content took)."""
    q = qi.at(e - 1) if e > s else None
    if q is None or q.start < s or q.end <= e or not q.closed or any(e <= c < q.end for c in cues) \
            or not any(ch.isalnum() for ch in text[q.inner_start:e]):
        return e
    return q.end


def _after_comma(text: str, pos: int) -> bool:
    j = pos
    while j > 0 and text[j - 1] in " \u00a0\u202f":
        j -= 1
    return j > 0 and text[j - 1] in ",;»”\"("


LEQUEL = {"lequel", "laquelle", "lesquels", "lesquelles"}


def _nested_report(a: tuple[int, int], cue, b: tuple) -> bool:
    """« Lors du procès, le parquet a demandé que P, selon Yonhap »: one report inside another,
    each with its own cue, not two readings of one."""
    if cue is None or b[2] is None or cue == b[2]:
        return False
    outer, inner = (a, b) if a[1] - a[0] >= b[1] - b[0] else (b, a)
    inner_cue = cue if inner is a else b[2]
    # (« a déclaré qu'elle avait suggéré au chef de l'État d'en organiser un »: the inner cue inside the outer
    # content, the inner content after it, however much of the outer content it takes)
    return outer[0] <= inner[0] and inner[1] <= outer[1] and outer[0] <= inner_cue[0] < outer[1] \
        and ((inner[1] - inner[0]) < 0.7 * (outer[1] - outer[0]) or outer[0] < inner_cue[0] and inner_cue[1] <= inner[0])


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    small = min(a[1] - a[0], b[1] - b[0])
    return inter / small if small > 0 else 0.0
