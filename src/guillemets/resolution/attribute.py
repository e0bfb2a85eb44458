"""Give each raw attribution its speaker: resolve mentions, and let participle
clauses and stand-alone quotes inherit from their neighbours."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..extraction.extractor import RawAttribution
from ..extraction.quotes import QuoteIndex
from ..extraction.syntax import doc_text, entities, is_subject, np_extent
from ..lexicon import Lexicon
from ..model import Attribution, Span
from ..text import name_clean
from .cast import CONTRAST, Cast, Person, Resolved, _clean_name, _companions, _det_gender, _fold, _text
from .confidence import calibrated
from .passes import group_of, resolve

NEIGHBOUR_GAP = set(" \u00a0\u202f.,;:!?…\n«»“”\"")


def _adjacent(text: str, a: RawAttribution, b: RawAttribution) -> bool:
    gap = text[a.end:b.start]
    return len(gap) <= 12 and all(c in NEIGHBOUR_GAP for c in gap)


def _outer(raws: list[RawAttribution], i: int) -> int | None:
    """The report whose content (outside quotation marks) holds the cue of report ``i``, if any."""
    cue = raws[i].cue
    return None if cue is None else next((j for j, r in enumerate(raws) if j != i and r.kind == "indirect"
                                          and r.start <= cue[0] < r.end), None)


def attribute(doc: Doc, raws: list[RawAttribution], lex: Lexicon, quotes: QuoteIndex | None = None) -> list[Attribution]:
    text = doc_text(doc)
    speakers = Cast(doc, lex, quotes, reported=[(r.start, r.end) for r in raws])
    resolved: list[Resolved | None] = [None] * len(raws)
    history: list[Resolved] = []
    order = sorted(range(len(raws)), key=lambda i: raws[i].cue[0] if raws[i].cue else raws[i].start)
    restore: list[tuple[int, Resolved]] = []
    for i in order:
        r = raws[i]
        at = r.cue[0] if r.cue else r.start
        for end, res in [x for x in restore if x[0] <= at]:
            if not history or history[-1].name != res.name:  # (not twice the same speaker in a row)
                history.append(res)
            restore.remove((end, res))
        if r.inherit == "neighbour" and not (i + 1 < len(raws) and _adjacent(text, r, raws[i + 1])):
            # a stand-alone quote whose speaker the text before settles (its own sentence's subject, the
            # author's sentence before) is that speaker's now, so that a pronoun after it sees who spoke
            res = _settled_by_what_comes_before(doc, speakers, r, history)
            if res is not None:
                resolved[i] = res
                history.append(res)
            continue
        if r.inherit in ("neighbour", "previous"):
            continue
        if r.inherit == "clause":
            prev = next((h for h in reversed(history) if h.name), None)
            # « Angela Merkel n'a pas évoqué la France. En rappelant que P »: a person the author
            # made the subject since the last speaker is the one the participle goes with
            subject = speakers.subject_since(prev.mention[0] if prev and prev.mention else -1, r.start)
            said = r.mention is not None and r.mention.head.lemma_.lower() in lex.cue_verbs \
                and (prev is None or prev.mention is None or prev.mention[0] < r.mention.idx)
            if subject is not None and (prev is None or subject is not prev.person):
                res = _inherited(speakers.as_person(subject), 0.55, "clause_subject", "the subject named since the last quotation")
            elif said:  # « Son producteur, Live Nation, a confirmé l'information, précisant que P »: the main verb
                # says something too; its subject, named since the last speaker, goes on speaking
                res = resolve(speakers, r.mention, history)
            elif prev is not None:
                res = _inherited(prev, 0.6, "clause", "a participle clause goes with the last speaker")
            elif r.mention is not None:  # « Le dirigeant a exclu toute démission, jugeant que P »
                res = resolve(speakers, r.mention, history)
            else:
                res = Resolved(None, None, confidence=0.1, rule="clause", evidence="no speaker before")
        else:
            res = _who(speakers, r.mention, history)
        resolved[i] = res
        history.append(res)
        outer = _outer(raws, i)
        if outer is not None and resolved[outer] is not None:
            # « Selon lui, le ministre avait promis des renforts. « … », ajoute-t-il »: one whose words another
            # reports has not spoken in the article; past those words, who reports them is the last speaker
            restore.append((raws[outer].end, resolved[outer]))
    # stand-alone quotes: the speaker of the quote they run into, else of the one before
    for i in range(len(raws) - 1, -1, -1):
        if raws[i].inherit == "neighbour" and i + 1 < len(raws) and resolved[i + 1] and _adjacent(text, raws[i], raws[i + 1]) \
                and not _another_voice(speakers, text, raws[i], raws[i + 1], resolved[i + 1]):
            resolved[i] = _inherited(resolved[i + 1], 0.6, "next_quote", "a quote that runs into the next one")
    for i in range(len(raws)):  # a report that goes on in the author's next sentence: the same source
        if raws[i].inherit == "previous":
            prev = next((resolved[k] for k in range(i - 1, -1, -1) if resolved[k] is not None), None)
            resolved[i] = _inherited(prev, 0.5, "continued", "the report of the sentence before goes on") if prev \
                else Resolved(None, None, confidence=0.1, rule="continued", evidence="no report before")
    for i in range(len(raws)):
        if raws[i].inherit == "neighbour" and resolved[i] is None:
            before = [resolved[k] for k in order
                      if resolved[k] is not None and (raws[k].cue[0] if raws[k].cue else raws[k].start) < raws[i].start]
            settled = _settled_by_what_comes_before(doc, speakers, raws[i], before)
            prev = next((resolved[k] for k in range(i - 1, -1, -1) if resolved[k] is not None), None)
            following = _described_by_next_sentence(doc, speakers, raws[i], before)
            if settled is not None:
                resolved[i] = settled
            elif following is not None:
                resolved[i] = _inherited(following, 0.5, "next_sentence", "a quote that opens its paragraph, "
                                                                           "then the sentence about its speaker")
            elif prev is not None:
                resolved[i] = _inherited(prev, 0.45, "previous_quote", "the speaker of the quotation before")
            else:
                resolved[i] = Resolved(None, None, confidence=0.1, rule="previous_quote", evidence="no speaker before")
    _name_the_described_opening(speakers, raws, resolved)
    _name_the_described_body(speakers, resolved)
    for r, res in zip(raws, resolved):
        if res is not None and res.name and res.speaker_type == "person" and res.gender == "unknown" and r.cue:
            evidence = _feminine_agreement(doc, r.cue)
            if evidence is not None:  # « s'est dite satisfaite »
                res.gender, res.gender_evidence = "female", evidence
                if res.person is not None and res.person.gender == "unknown":
                    res.person.gender, res.person.gender_evidence = "female", evidence
    shown = doc.user_data.get("guillemets.original", text)  # spans in the text's own characters
    out = []
    for r, res in zip(raws, resolved):
        assert res is not None
        person = res.person  # the article's last word on a person's gender holds for all their quotes
        gender = person.gender if person is not None else res.gender
        evidence = person.gender_evidence if person is not None else res.gender_evidence
        role = res.role or (person.roles[0][1] if person is not None and person.roles else None)
        extra = {"role": name_clean(role), "gender": gender if res.name else "unknown",
                 "gender_evidence": evidence if res.name and gender != "unknown" else None,
                 "speaker_evidence": speaker_evidence(res)}
        out.append(Attribution(
            kind=r.kind,
            content=Span.of(shown, r.start, r.end),
            speaker=name_clean(res.name),  # no bidi controls or zero-width characters in a name
            cue=Span.of(shown, *r.cue) if r.cue else None,
            speaker_mention=Span.of(shown, *res.mention) if res.mention else None,
            anonymous=res.anonymous,
            speaker_type=res.speaker_type if res.name else "unknown",
            confidence=res.confidence,
            extra=extra,
        ))
    for a in out:  # the fitted probability that the speaker is right, from the evidence
        a.confidence = calibrated(a.to_dict())
    return out


def _another_voice(speakers: Cast, text: str, quote: RawAttribution, nxt: RawAttribution, res: Resolved) -> bool:
    """« « Je suis très content d'Eden ». « Je veux aller de l'avant », assure de son côté le Lillois »: the
    next quotation is someone else's answer (« de son côté », « pour sa part »), or the quote names
    the next one's speaker; the two are not one speaker's words."""
    if nxt.cue is not None and CONTRAST.search(text[nxt.cue[0]:nxt.cue[1] + 40].lower()):
        return True
    if res.person is not None:
        words = [w for w in res.person.name.replace("-", " ").split() if len(w) > 2]
        body = text[quote.start:quote.end]
        return any(re.search(r"\b" + re.escape(w) + r"\b", body) for w in words)
    return False


def _settled_by_what_comes_before(doc: Doc, speakers: Cast, raw: RawAttribution,
                                  before: list[Resolved]) -> Resolved | None:
    """The speaker of a stand-alone quote that the text before it gives: the subject of the
    author's sentence the quotation ends, else that of the author's sentence before it (when it
    is not the speaker of the quotation before, who would speak on anyway)."""
    own = _subject_of_its_sentence(doc, speakers, raw, before)
    if own is not None:
        return _inherited(own, 0.55, "own_subject", "the subject of the sentence the quotation ends")
    colon = _the_one_before_the_colon(doc, speakers, raw)
    if colon is not None:
        return _inherited(colon, 0.55, "before_colon", "the one source the words before the colon name")
    introduced = _introduced_by_previous_sentence(doc, speakers, raw, before)
    prev = next((h for h in reversed(before) if h is not None), None)
    if introduced is not None and (prev is None or prev.person is not introduced.person
                                   or introduced.person is None and prev.name != introduced.name):
        return _inherited(introduced, 0.5, "previous_sentence", "the subject of the sentence before")
    return None


def _the_one_before_the_colon(doc: Doc, speakers: Cast, raw: RawAttribution) -> Resolved | None:
    """« Même son de cloche chez Marie Durand, infirmière : « … » », « Le constat du préfet Michel
    Lalande est sans appel : « … » »: a quotation after a colon whose lead-in names one person,
    and only one, is that person's; where it names none, its subject's or that of where it was
    heard, when that is a source."""
    q = speakers.quotes.at(raw.start)
    start = q.start if q is not None else raw.start
    begin = speakers.sentence_start(start)
    text = doc_text(doc)
    lead = text[begin:start].rstrip(" \u00a0\u202f")
    if not lead.endswith(":") or speakers.quotes.within(begin, start):
        return None
    people = {id(p): p for i, p, _ in speakers.mentions if begin <= doc[i].idx < start}
    if len(people) == 1:
        return speakers.as_person(next(iter(people.values())))
    if people:
        return None
    # no person named: the subject of the lead-in (« La direction n'a pas caché sa satisfaction : « … » »), or
    # where it was heard (« Même constat chez les commerçants : « … » »)
    span = doc.char_span(begin, len(lead.rstrip(":").rstrip()) + begin, alignment_mode="contract")
    for t in span or []:
        if t.pos_ in ("NOUN", "PROPN") and (t.dep_ in ("nsubj", "nsubj:pass") and t.head.pos_ in ("VERB", "AUX")
                                            or any(c.dep_ == "case" and c.lower_ == "chez" for c in t.children)):
            res = resolve(speakers, t, [])
            return res if _a_source(res) else None
    return None


def _introduced_by_previous_sentence(doc: Doc, speakers: Cast, raw: RawAttribution,
                                     history: list[Resolved]) -> Resolved | None:
    """« Le sélectionneur belge n'a que des éloges. « Je suis très content… » »: a quote that
    follows an author's sentence about a person is that person's."""
    q = speakers.quotes.at(raw.start)
    found = speakers.author_sentence_before(q.start if q is not None else raw.start)
    if found is None:
        return None
    prev = doc.char_span(*found, alignment_mode="expand")
    if prev is None:
        return None
    for t in prev:
        # (« Pour X, ces annonces ne changent rien. « … » »: a subject inside words reported is none of the author's)
        if is_subject(t) and not speakers.in_quote(t.idx) and not speakers.in_report(t.idx):
            agent = next((c for c in t.head.children if c.dep_ == "obl:agent" and c.pos_ in ("NOUN", "PROPN")), None) \
                if t.dep_ == "nsubj:pass" and t.head.lemma_.lower() in speakers.lex.cue_verbs else None
            # (« La ministre a été interpellée par une députée. « Vous avez menti ! » »: who spoke to her)
            res = resolve(speakers, agent if agent is not None else t, history)
            # (« Le gouvernement, lui, se veut rassurant. « … » »: a body named by its noun, one that speaks)
            body = res.speaker_type == "organisation" and t.lemma_.lower() in speakers.lex.institutions
            return res if _a_source(res) or body else None
    return None


SOURCE_RULES = {"described", "counted_group"}
WRITING_RULES = {"document_author", "signed_writing"}


def _a_source(res: Resolved) -> bool:
    """Can an author's sentence about this be about a source? A person, named or described (« Les
    riverains, eux, sont furieux »), an organisation the article names, the author of a writing
    (« Le message du président est clair : »); not a common noun of no source (« La situation … »)."""
    return res.person is not None or bool(res.name) and (
        res.anonymous and res.speaker_type in ("person", "group") and res.rule in SOURCE_RULES
        or res.speaker_type == "organisation" and res.rule in ("proper_name", "type_noun")
        or res.rule in WRITING_RULES)


def _subject_of_its_sentence(doc: Doc, speakers: Cast, raw: RawAttribution,
                             history: list[Resolved]) -> Resolved | None:
    """« Son homologue allemande, Anna Schmidt, « ne voit pas l'urgence » »: a quotation that
    finishes an author's sentence whose subject stands before it, outside the marks, is that
    subject's words."""
    q = speakers.quotes.at(raw.start)
    start = q.start if q is not None else raw.start
    begin = speakers.sentence_start(start)
    text = doc_text(doc)
    if not text[begin:start].strip(" \u00a0\u202f\n,") or speakers.quotes.within(begin, start):
        return None
    span = doc.char_span(begin, start, alignment_mode="contract")
    if span is None:
        return None
    inside = doc.char_span(start, q.end if q is not None else raw.end, alignment_mode="expand")
    for t in span:
        if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ != "PRON" and inside is not None \
                and inside.start <= t.head.i < inside.end:
            res = resolve(speakers, t, history)
            return res if _a_source(res) else None
    return None


def _who(speakers: Cast, mention, history: list[Resolved]) -> Resolved:
    """The speaker a mention names; a subject of two conjuncts speaks as both (« Des éleveurs et des
    agriculteurs ont dénoncé », « Jay-Z et Alicia Keys ont appelé »: ``group_of``)."""
    if mention is None or mention.pos_ not in ("NOUN", "PROPN") or mention.dep_ not in ("nsubj", "nsubj:pass"):
        return resolve(speakers, mention, history)
    others = _companions(mention)
    if others and all(not any(g.dep_ == "case" and g.lower_ not in ("des", "du") for g in c.children)  # (« des »)
                      and any(g.dep_ == "cc" and g.lower_ == "et" for g in c.children) and c.i < mention.head.i
                      for c in others):
        return group_of(speakers, mention, history)
    return resolve(speakers, mention, history)


MARK_TOKENS = {"«", "»", "\"", "“", "”"}


def _name_the_described_opening(speakers: Cast, raws: list[RawAttribution], resolved: list[Resolved | None]) -> None:
    """« Le jeune homme à la longue chevelure raconte … », « explique-t-il », then « Raymond Lee
    raconte que … »: an article that opens on an unnamed person and names only one person later,
    who speaks next, was about that person from the start."""
    doc = speakers.doc
    named = [(i, p) for i, p, _ in speakers.mentions]
    if not named:
        return
    first_at, first = named[0]
    if any(p is not first and doc[i].sent.start == doc[first_at].sent.start for i, p in named):
        return  # « Emmanuel Macron et Olaf Scholz se sont félicités … »: two people, not the one it opened on
    # (« … », a justifié Gérald Darmanin: a quotation whose cue comes before the name is the named one's)
    opening = [k for k, r in enumerate(raws) if (r.cue[0] if r.cue else r.start) < doc[first_at].idx
               and not (resolved[k] is not None and resolved[k].person is first)]
    if not opening or any(resolved[k] is None or resolved[k].person is not None or not resolved[k].name
                          or resolved[k].speaker_type != "person" or not resolved[k].anonymous for k in opening):
        return
    described = {resolved[k].name for k in opening}
    later = [k for k in range(len(raws)) if k not in opening and resolved[k] is not None and resolved[k].name]
    if len(described) != 1 or not later or resolved[later[0]].person is not first:
        return
    if any(resolved[k].gender not in ("unknown", first.gender) and first.gender != "unknown" for k in opening):
        return
    if any(_other_title(speakers, resolved[k], first) for k in opening):
        return  # « a déclaré le président. Marie Curie, une habitante du quartier, … »: someone else
    for k in opening:
        old = resolved[k]
        resolved[k] = speakers._as_person(first, old.mention, old.confidence)
        resolved[k].rule = "named_later"
        resolved[k].evidence = f"« {old.name} », the person the article opens on, is {first.name}, named next"


def _name_the_described_body(speakers: Cast, resolved: list[Resolved | None]) -> None:
    """« …, a affirmé lundi une ONG américaine. L'Institut pour la science (ISIS) se fonde sur … »: a
    body introduced by an indefinite description, and named as the subject of the author's next
    sentence, is that body."""
    doc = speakers.doc
    for k, res in enumerate(resolved):
        if res is None or res.person is not None or not res.anonymous or res.mention is None:
            continue
        span = doc.char_span(*res.mention, alignment_mode="expand")
        head = span.root if span is not None else None
        if head is None or head.pos_ not in ("NOUN", "PROPN") or head.lower_ not in speakers.lex.type_nouns \
                and head.lemma_.lower() not in speakers.lex.type_nouns \
                or not any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in head.children):
            continue
        sent = head.sent
        if sent.end >= len(doc):
            continue
        nxt = doc[sent.end].sent
        subject = next((t for t in nxt if is_subject(t) and not speakers.in_quote(t.idx)), None)
        if subject is None:
            continue
        s, e_ = np_extent(subject)  # (« Le cabinet AlixPartners s'appuie … »: the name beside the type noun)
        ent = next((e for e in entities(doc) if e.label_ == "ORG" and s <= e.start and e.end <= max(e_, subject.i + 1)
                    or e.label_ == "ORG" and e.start <= subject.i < e.end), None)
        org = speakers.orgs.get(_org_key(ent)) if ent is not None else None
        if org is None:
            continue
        old = res.name
        resolved[k] = Resolved(org.name, res.mention, speaker_type="organisation", confidence=res.confidence,
                               rule="named_later", evidence=f"« {old} » is {org.name}, named as the subject of the "
                                                            f"next sentence")


def _org_key(ent) -> str:
    return _text(ent.doc, _clean_name(list(ent))).lower()


def _other_title(speakers: Cast, res: Resolved, person: Person) -> bool:
    """Does the description of ``res`` name a title (« le président ») that ``person`` cannot hold:
    of the other gender, or while the article gives that person other titles only?"""
    if res.mention is None:
        return False
    span = speakers.doc.char_span(*res.mention, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    lemma = head.lemma_.lower()
    det = next((c.lower_ for c in head.children if c.dep_ == "det"), "")
    if head.pos_ == "PRON" and res.name:  # « lance-t-il » for « un agriculteur de la Beauce »: its description's noun
        words = res.name.split()
        k = next((i for i, w in enumerate(words) if w.islower() and speakers.lex.is_person_noun(w, w)), None)
        if k is not None:
            lemma, det = words[k], words[k - 1].lower() if k > 0 else ""
    if not speakers.lex.is_person_noun(lemma, lemma if head.pos_ == "PRON" else head.lower_):
        return False  # (« le prévenu » is not « son avocat »)
    gender = _det_gender(det)
    if "unknown" not in (gender, person.gender) and gender != person.gender:
        return True  # « le président » is not Marie Curie
    return bool(person.roles) and not any(_fold(title) == _fold(lemma) for title, _, _ in person.roles)


def _described_by_next_sentence(doc: Doc, speakers: Cast, raw: RawAttribution,
                                history: list[Resolved]) -> Resolved | None:
    """« « Nous irons jusqu'au bout. » Le syndicaliste ne décolère pas. »: a quote that opens its
    paragraph, followed in it by an author's sentence whose subject is a person, is that person's."""
    text = doc_text(doc)
    line = text.rfind("\n", 0, raw.start) + 1
    if text[line:raw.start].strip(" \u00a0\u202f«\"“") or raw.start >= len(text):
        return None
    q = speakers.quotes.at(raw.start)
    end = q.end if q is not None else raw.end
    while end < len(text) and text[end] in " \u00a0\u202f":
        end += 1
    after = doc.char_span(end, min(len(text), end + 1), alignment_mode="expand")
    if after is None:
        return None
    k = after.start
    while k < len(doc) and (doc[k].is_punct or doc[k].is_space) and "\n" not in doc[k].text:
        k += 1
    if k >= len(doc) or "\n" in doc[k - 1].text or speakers.in_quote(doc[k].idx):
        return None
    sent = doc[k].sent
    subject = next((t for t in sent if is_subject(t) and t.pos_ in ("NOUN", "PROPN")
                    and not speakers.in_quote(t.idx)), None)
    if subject is None and doc[k].pos_ == "DET" and k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN"):
        subject = doc[k + 1]  # « Le maire de la commune, Jean Dupuis, décrit … » that the parser left without a subject
    if subject is None:
        return None
    res = resolve(speakers, subject, history)
    return res if res.name and res.speaker_type == "person" else None


def _feminine_agreement(doc: Doc, cue: tuple[int, int]) -> str | None:
    """A past participle or adjective of the cue agreeing in the feminine singular
    (« s'est dite satisfaite », « s'est montrée prudente »): evidence that the speaker is a woman."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None:
        return None
    tokens = list(span)
    if span.end < len(doc) and doc[span.end].pos_ == "ADJ":
        tokens.append(doc[span.end])
    has_etre = any(t.lemma_ == "être" for t in span) or any(t.lower_ in ("s'", "s’", "se") for t in span)
    for t in tokens:
        if t.morph.get("Gender") == ["Fem"] and t.morph.get("Number") == ["Sing"] and (
                t.pos_ == "ADJ" or (has_etre and "Part" in t.morph.get("VerbForm"))):
            return doc_text(doc)[span.start_char:t.idx + len(t.text)]
    return None


def _inherited(res: Resolved, conf: float, rule: str, why: str) -> Resolved:
    """``res`` for another attribution, by ``rule``: the mention stays with the first one."""
    return Resolved(res.name, None, res.anonymous, res.speaker_type, res.role, res.gender, res.gender_evidence,
                    min(conf, res.confidence), res.person, rule=rule, evidence=why)


def speaker_evidence(res: Resolved) -> str:
    """Why this speaker, in one line: « pass: the words it went by → the name »."""
    words = res.evidence or ""
    target = res.name or "aucune source"
    return f"{res.rule or 'none'}: {words} → {target}" if words else f"{res.rule or 'none'} → {target}"
