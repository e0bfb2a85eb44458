"""Small helpers over spaCy tokens: verb groups, subjects, negation, noun-phrase extents."""
from __future__ import annotations

import bisect
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..lexicon import load as load_lexicon

HONORIFICS = {"m.", "mme", "mlle", "mr", "me", "dr", "pr", "monsieur", "madame", "mgr", "maître"}

_MADE: dict[int, tuple[Doc, dict]] = {}


def _made(doc: Doc) -> dict:
    entry = _MADE.get(id(doc))
    if entry is None or entry[0] is not doc:
        if len(_MADE) > 8:  # (documents no component call forgot: never more than a few)
            _MADE.clear()
        entry = _MADE[id(doc)] = (doc, {})
    return entry[1]


def tokens(doc: Doc) -> list[Token]:
    """The document's tokens as one list, made once per document: spaCy makes a new Token object at
    each step of ``for t in doc``, and the steps that look at every word are many. The objects read
    the document as it is (a tag changed later shows); ``forget`` drops the list. Indexed as the
    document is (``doc[i]``), also when a span of it is given."""
    entry = _MADE.get(id(doc))
    if entry is not None and entry[0] is doc and "tokens" in entry[1]:
        return entry[1]["tokens"]  # (the common case first: this is called at every step)
    doc = getattr(doc, "doc", doc)
    made = _made(doc)
    toks = made.get("tokens")
    if toks is None or len(toks) != len(doc):
        toks = made["tokens"] = list(doc)
    return toks


def lowers(doc: Doc) -> list[str]:
    """Each word of the document in lower case, made once per document (spaCy builds the string anew
    at each ``tok.lower_``); the words never change after tokenizing. Indexed as ``tokens``."""
    made = _made(getattr(doc, "doc", doc))
    low = made.get("lowers")
    if low is None:
        low = made["lowers"] = [t.lower_ for t in tokens(doc)]
    return low


def entities(doc: Doc) -> tuple:
    """``doc.ents``, made once per document (spaCy builds the spans anew, over every word, at each
    access); ``forget_entities`` after the entities change."""
    made = _made(doc)
    if "ents" not in made:
        made["ents"] = doc.ents
    return made["ents"]


def forget_entities(doc: Doc) -> None:
    _made(doc).pop("ents", None)


def forget(doc: Doc) -> None:
    """Drop what ``tokens``, ``lowers`` and ``entities`` made for the document (at the end of the component)."""
    _MADE.pop(id(doc), None)

def doc_text(doc) -> str:
    """The document's text, built once: ``Doc.text`` joins every token anew at each call."""
    text = doc.user_data.get("guillemets.text")
    if text is None:
        text = doc.user_data["guillemets.text"] = doc.text
    return text

INVERTED_PRONOUNS = {"-il", "-elle", "-ils", "-elles", "-on"}
CLITICS = {"se", "s'", "s’", "-t", "-t-", "lui", "leur", "l'", "l’", "le", "la", "les", "en", "y", "me", "m'", "m’", "nous", "vous"}
NEGATION = {"ne", "n'", "n’"}
QUOTE_CHARS = set("«»“”„‹›\"")


def is_quote_mark(tok: Token) -> bool:
    return tok.text in QUOTE_CHARS


def is_opening_mark(tok: Token) -> bool:
    """« or “, or a straight quote glued to the word after it. The quotation finder's pairing
    decides first (« " un mot " »), then the text's own character where the parser read a
    straight mark for a guillemet (``text.parser_view``)."""
    data = tok.doc.user_data
    if _in_sorted(data.get("guillemets.opening_marks", ()), tok.idx):  # the quotation finder paired it
        return True
    if _in_sorted(data.get("guillemets.closing_marks", ()), tok.idx):
        return False
    original = data.get("guillemets.original")
    ch = original[tok.idx] if original is not None and tok.idx < len(original) else tok.text
    if tok.text in ("«", "“", "‹") or ch in ("«", "“", "‹"):
        return True
    if ch in ("»", "”", "›"):
        return False
    return tok.text == '"' and not tok.whitespace_ and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_alpha


def _in_sorted(positions, pos: int) -> bool:
    """``pos`` in a sorted list (the quotation marks of a long text are many)."""
    k = bisect.bisect_left(positions, pos)
    return k < len(positions) and positions[k] == pos


CLOSING = {"«": "»", "“": "”", "‹": "›", '"': '"'}


def end_over_open_quote(doc, end: int, limit: int) -> int:
    """A content that ends on an opening mark (the parser hung the quotation on the clause
    before it): carry it to the closing mark, unless a sentence ended before the mark."""
    mark = doc[end - 1]
    if not is_opening_mark(mark) or end < 2 or doc[end - 2].text in {".", "!", "?"}:
        return end
    for k in range(end, min(limit, end + 80)):
        if doc[k].text == CLOSING[mark.text]:
            return k + 1
        if "\n" in doc[k].text:
            break
    return end


def kept_at_end(tok: Token) -> bool:
    """May a content end on this token? Not on punctuation, except a closing quotation mark, or a
    sign that belongs to the figure before it (« 10 % », « 5 ‰ », « 30 € »)."""
    if tok.text in UNIT_SIGNS and tok.i > 0 and tok.doc[tok.i - 1].like_num:
        return True
    return not (tok.is_space or tok.is_punct and (not is_quote_mark(tok) or is_opening_mark(tok)))


UNIT_SIGNS = {"%", "‰", "€", "$", "£", "°"}


def _lower(t: Token) -> str:
    return t.lower_.replace("’", "'")


@lru_cache(maxsize=1)
def _phrases() -> tuple[dict[str, list[tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]:
    """The discourse phrases by their last word and by their first, longest first."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in load_lexicon().discourse_phrases:
        by_last.setdefault(words[-1], []).append(words)
        by_first.setdefault(words[0], []).append(words)
    return by_last, by_first


def phrase_before(doc: Doc, i: int) -> int:
    """Length of the discourse phrase (``discourse_phrases.txt``) that ends right before token
    ``i`` (« a de son côté estimé »), or 0."""
    if i == 0:
        return 0
    for words in _phrases()[0].get(_lower(doc[i - 1]), ()):
        n = len(words)
        if i - n >= 0 and all(_lower(doc[i - n + k]) == w for k, w in enumerate(words)):
            return n
    return 0


def phrase_after(doc: Doc, k: int) -> int:
    """Index after the discourse phrase that starts at token ``k`` (« dénonce au contraire »,
    « assure de son côté le ministre »), or ``k``."""
    if k >= len(doc):
        return k
    for words in _phrases()[1].get(_lower(doc[k]), ()):
        if k + len(words) <= len(doc) and all(_lower(doc[k + n]) == w for n, w in enumerate(words)):
            return k + len(words)
    return k


STRESSED_PRONOUNS = {"lui", "elle", "eux", "elles", "lui-même", "elle-même"}
SET_APART_PRONOUNS = ("lui", "elle", "eux", "elles")  # « Le ministre, lui, … »


def between_commas(doc, i: int) -> bool:
    """Is token ``i`` a word alone between two commas (« Pliskova, elle, a regretté »)?"""
    return 0 < i < len(doc) - 1 and doc[i - 1].text == "," and doc[i + 1].text == ","


def _aside_between_commas(doc, i: int, floor: int) -> int:
    """The length of « , elle, », « , de son côté, » or, before a past participle, any phrase
    without a verb (« a, dans son adresse à la nation, appelé ») right before token ``i`` when an
    auxiliary stands before it (« a, elle, dénoncé »), else 0."""
    if i - 3 < floor or doc[i - 1].text != ",":
        return 0
    participle = "Part" in doc[i].morph.get("VerbForm") and "Past" in doc[i].morph.get("Tense")
    for k in range(i - 3, max(floor, i - (13 if participle else 7)) - 1, -1):
        if doc[k].text == ",":
            inner = doc[k + 1:i - 1]
            aux = doc[k - 1] if k - 1 >= floor else None
            ok = aux is not None and (aux.pos_ == "AUX" or aux.lemma_ in ("avoir", "être")) and (
                len(inner) == 1 and inner[0].lower_ in STRESSED_PRONOUNS or phrase_after(doc, k + 1) == i - 1
                or participle and is_finite(aux) and not any(is_quote_mark(t) for t in inner)
                and (inner[0].lower_ == "comme" or not any(t.pos_ in ("VERB", "AUX") for t in inner)))
            # (« a, comme il l'avait promis, annoncé »: a clause with « comme » is an aside too)
            return i - k if ok else 0
    return 0


def verb_group_start(verb: Token) -> int:
    """Index of the first token of the verb group ending at ``verb``:
    auxiliaries, clitics, inverted pronouns and short adverbs (« a-t-il ajouté »,
    « s'est-il justifié », « a encore martelé », « a par ailleurs rapporté »)."""
    doc = verb.doc
    toks = tokens(doc)
    i = verb.i
    floor = verb.sent.start  # (computed once: spaCy finds a token's sentence anew at each call)
    while i > floor:
        words = tuple(t.lower_ for t in toks[max(0, i - 4):i])
        if len(words) == 4 and words[:2] == ("quant", "à"):
            i -= 4  # « a quant à lui-même … », « a quant à la ministre … »
            continue
        if words[-3:-1] == ("quant", "à"):
            i -= 3  # « a quant à lui confirmé »
            continue
        n = phrase_before(doc, i)
        if n:  # « a pour sa part appelé », « avait un jour lancé »
            i -= n
            continue
        if i <= floor:
            break
        aside = _aside_between_commas(doc, i, floor) if toks[i - 1].text == "," else 0
        if aside:  # « L'opposition a, elle, dénoncé », « a, de son côté, estimé »: the verb group goes on
            i -= aside
            continue
        prev = toks[i - 1]
        low = prev.lower_
        if (prev.pos_ == "AUX" or prev.lemma_ in ("avoir", "être") or low in CLITICS or low in INVERTED_PRONOUNS
                or (prev.pos_ == "ADV" and (prev.head.i == verb.i or prev.head.pos_ == "AUX" or i <= prev.head.i <= verb.i)
                    and low not in NEGATION and low != "pas" and not prev.text[:1].isupper())  # (« Macron » tagged ADV)
                # « a immédiatement et prudemment réagi »: two adverbs joined by « et »
                or (low in ("et", "mais") and i - 2 >= floor and toks[i - 2].pos_ == "ADV"
                    and toks[i].pos_ == "ADV")
                or (low in {"par", "pour", "quant", "de"} and toks[i].lower_ in {"ailleurs", "part", "lui", "elle", "côté", "son", "sa"})):
            i -= 1
            continue
        if prev.pos_ in {"DET", "ADJ", "ADP"} and i - 2 >= floor and toks[i].lower_ in {"part", "côté"}:
            i -= 1  # « pour sa part », « de son côté »
            continue
        break
    return i


def inverted_pronoun(verb: Token) -> Token | None:
    """« a-t-il dit », « dit-elle », « s'est-il justifié »: the pronoun after the verb or its auxiliary."""
    doc = verb.doc
    for i in range(max(verb.sent.start, verb.i - 3), min(len(doc), verb.i + 3)):
        if doc[i].lower_ in INVERTED_PRONOUNS:
            return doc[i]
    return None


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass"):
            return child
    return None


def is_subject(tok: Token) -> bool:
    """A subject, or a noun the parser made the root of its sentence with the finite verb hung on
    it (« Les enseignants manifestaient devant le rectorat »: enseignants ROOT, manifestaient acl)."""
    if tok.dep_ in ("nsubj", "nsubj:pass"):
        return True
    # (« Sa voisine, une infirmière qui souhaite garder l'anonymat, partage sa colère »: the relative clause of
    # the apposition)
    return tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("acl", "amod") and c.i > tok.i and is_finite(c) or _verb_past_its_relative(c)
        or c.dep_ == "appos" and any(_verb_past_its_relative(g) for g in c.children) for c in tok.children)


def _verb_past_its_relative(rel: Token) -> bool:
    """« Un négociant, qui s'exprimait sous couvert d'anonymat, se montre plus sceptique », where the
    parser joined the main verb to the relative clause: a finite verb with no subject of its own, after
    the comma that closes the relative clause, is the noun's."""
    if rel.dep_ != "acl:relcl":
        return False
    doc = rel.doc
    for c in rel.children:
        if c.dep_ == "conj" and is_finite(c) and not any(g.dep_.startswith("nsubj") for g in c.children):
            k = min(t.i for t in c.subtree if not t.is_punct) - 1
            if k > rel.i and doc[k].text == "," and not any(g.dep_ == "cc" for g in c.children):
                return True
    return False


def is_finite(tok: Token) -> bool:
    """A verb or auxiliary in a finite form (« dénonce », « a »)."""
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")


def is_negated(verb: Token) -> bool:
    """« n'a pas dit » — French written negation carries « ne »."""
    doc = verb.doc
    start = verb_group_start(verb)
    for i in range(max(verb.sent.start, start - 2), verb.i):
        if doc[i].lower_ in NEGATION:
            return True
    # « ne le lui a jamais dit »; not a « ne » the parser hung on the verb from far away
    return any(c.lower_ in NEGATION and start - 4 <= c.i < verb.i
               and not any(is_quote_mark(t) for t in doc[c.i:verb.i]) for c in verb.children)


def is_participle_clause(verb: Token) -> bool:
    """« …, soulignant P », « en arguant que P »: present participle without a subject."""
    return "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") and subject_of(verb) is None


def is_infinitive(verb: Token) -> bool:
    return "Inf" in verb.morph.get("VerbForm")


def past_honorific(tok: Token) -> Token:
    """« Me Anne Murris », « M. Dupont »: the name after an honorific the parser made the head."""
    if tok.lower_ in HONORIFICS and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN":
        return tok.doc[tok.i + 1]
    return tok


@lru_cache(maxsize=65536)
def cue_verb_forms(low: str) -> tuple[str, ...]:
    """The first-group cue verbs of which this word is the present (« déplore », « dénoncent »,
    « tempère » of « tempérer »)."""
    verbs = load_lexicon().cue_verbs
    stems = (low[:-3] if low.endswith("ent") else None, low[:-1] if low.endswith("e") else None)
    out = []
    for stem in stems:
        if stem is None:
            continue
        k = stem.rfind("è")
        for c in (stem + "er", stem[:k] + "é" + stem[k + 1:] + "er" if k != -1 else ""):
            if c in verbs and c not in out:
                out.append(c)
    return tuple(out)


def np_extent(head: Token, stop_at_comma: bool = True) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``head``, without relative
    clauses, appositions after a comma, or anything in parentheses."""
    keep = [head]
    todo = [head]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.left_edge.pos_ in ("ADP", "ADV") \
                    and not c.doc[c.left_edge.i - 1].is_punct:
                pass  # « le procureur général près la Cour de cassation »: a complement taken for an apposition
            elif c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == t.i + 1 and t.pos_ == "NOUN" and t is not head \
                    and c.ent_type_ == "ORG":
                pass  # « un analyste de la banque Oddo BHF »: the complement's own name, no comma before it
            elif c.dep_ == "acl" and c.i > t.i and "Part" in c.morph.get("VerbForm") and "Past" in c.morph.get("Tense") \
                    and not c.doc[c.i - 1].is_punct and all(g.dep_ == "advmod" and g.i < c.i for g in c.children) \
                    and (c.i + 1 == len(c.doc) or c.doc[c.i + 1].is_punct or c.doc[c.i + 1].pos_ in ("AUX", "VERB", "CCONJ")):
                pass  # « un agent de l'unité spécialisée, », « une source bien informée »: a bare participle that
                # ends the phrase is an adjective (not « une étude publiée mercredi dans … », « décrit un élève »)
            elif c.dep_ in ("acl:relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "dep", "parataxis",
                            "ccomp", "csubj", "xcomp"):
                continue  # (« L'opposition juge que P »: a clause is never part of the noun phrase)
            if c.i > head.i and is_finite(c):
                continue  # « Les riverains manifestaient … »: a finite verb the parser hung on the noun
            if c.i > head.i and c.pos_ in ("NOUN", "ADJ") and not any(g.dep_ == "det" for g in c.children) \
                    and c.i + 2 < len(c.doc) and (c.doc[c.i + 1].lower_ in ("que", "qu'", "qu’") or is_quote_mark(
                        c.doc[c.i + 1]) and c.doc[c.i + 2].pos_ == "ADJ" and c.doc[c.i + 1].i != c.i):
                continue  # « L'opposition juge que P », « La ministre juge « inacceptable » X »: a verb the tagger
                # took for a modifier
            if c.i == head.i + 1 and c.pos_ == "ADJ" and c.i + 1 < len(c.doc) and is_opening_mark(c.doc[c.i + 1]) \
                    and cue_verb_forms(c.lower_):
                continue  # « Le médecin déplore « un manque de moyens » »
            if c.i > head.i and c.pos_ in ("ADJ", "NOUN") and c.dep_ in ("amod", "acl") \
                    and any(g.dep_ == "obj" for g in c.children):
                continue  # « L'institut pointe le ralentissement »: a modifier with an object is a verb
            if t is head and c.dep_ in ("case", "mark") and c.i < head.i \
                    and not (c.i > 0 and c.doc[c.i - 1].lower_ in ("un", "une") and c.doc[c.i - 1].head.i == head.i):
                continue  # « selon X », « pour X »: the preposition is the cue, not the source (but « une des
                # infirmières », parsed as a determiner and a preposition of the noun, is one phrase)
            if t is head and c.dep_.startswith("obl") and c.i < head.i:
                continue  # « Pour la première fois les électeurs … »: a circumstance the parser hung on the noun
            if t is head and c.i < head.i and "Rel" in c.morph.get("PronType"):
                continue  # « dont la présidence »
            keep.append(c)
            todo.append(c)
    idx = sorted(t.i for t in keep)
    start, end = head.i, head.i + 1
    # grow contiguously around the head
    s = set(idx)
    while start - 1 in s:
        start -= 1
    while end in s:
        end += 1
    doc = head.doc
    while end < len(doc) and not doc[end - 1].whitespace_ and {"-", "‑"} & {doc[end - 1].text, doc[end].text} \
            and (doc[end].is_alpha or doc[end].text in ("-", "‑")):
        end += 1  # « les marins-pompiers », that the tokenizer cut at the hyphen: one word
    if stop_at_comma:
        for i in range(head.i + 1, end):
            if doc[i].text in {",", "(", ":", ";"}:
                end = i
                break
    return start, end


def clause_end(tok: Token) -> int:
    """Token index after the subtree of ``tok``, limited to its sentence, without final punctuation."""
    end = min(tok.right_edge.i + 1, tok.sent.end)
    doc = tok.doc
    if tok.pos_ in ("NOUN", "PROPN") or "Inf" in tok.morph.get("VerbForm"):
        # « recommande de ne prendre son véhicule qu'en cas de nécessité et la circulation a été
        # suspendue »: a conjunct with a subject of its own, no « que », is the author's next clause
        for c in tok.children:
            if c.dep_ == "conj" and c.i > tok.i and any(g.dep_ in ("nsubj", "nsubj:pass") for g in c.children) \
                    and not any(g.dep_ == "mark" for g in c.children):
                cc = next((g for g in c.children if g.dep_ == "cc" and g.i < c.i), None)
                if cc is not None and cc.i > tok.i:
                    end = min(end, cc.i)
        for cc in doc[tok.i + 1:end]:  # « de baisser les impôts et les syndicats ont protesté »
            if cc.dep_ == "cc" and cc.lower_ in ("et", "mais", "ou") and cc.head.pos_ in ("NOUN", "PROPN") \
                    and cc.head.i > cc.i and starts_a_clause(cc.head):
                end = cc.i
                break
    end = end_over_open_quote(doc, end, len(doc))
    while end > tok.i + 1 and not kept_at_end(doc[end - 1]):
        end -= 1
    return end


def starts_a_clause(noun) -> bool:
    """A noun right before a finite verb (adverbs and marks aside) is that verb's subject."""
    doc, k = noun.doc, noun.right_edge.i + 1
    while k < len(doc) and (doc[k].text in QUOTE_CHARS or doc[k].pos_ == "ADV"):
        k += 1
    return k < len(doc) and is_finite(doc[k])


def line_start(doc, i: int) -> int:
    """Start of the sentence around token ``i`` by punctuation and line breaks alone: the
    parser sometimes cuts a sentence at a comma."""
    k, toks = i, tokens(doc)
    while k > 0 and toks[k - 1].text not in {".", "!", "?"} and "\n" not in toks[k - 1].text:
        k -= 1
    return k


NOMINAL_DEPS = {"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod", "nmod", "appos", "ROOT"}
ADJECTIVES_LIKE_TITLES = {"premier", "première", "dernier", "dernière", "entier", "entière", "particulier",
                          "particulière", "régulier", "régulière", "singulier", "singulière"}


def retag_person_nouns(doc, is_person_noun) -> None:
    """« Le grand argentier du Québec prévoit … », « l'accusée avait présenté ses excuses »: a word
    the tagger called an adjective or a participle, that has a determiner and a noun's place in the
    sentence, and that names a person (``is_person_noun`` on its lemma and form), is a noun; every
    later step reads it as one."""
    for tok in tokens(doc):
        pos = tok.pos_
        if pos == "VERB" and tok.i > 0 and doc[tok.i - 1].pos_ == "DET" and doc[tok.i - 1].head.i == tok.i \
                and "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense"):
            # « Un intervenant jeunesse du quartier, Mohamed Lamine, estime … »: an article before a present
            # participle makes it a noun (« un intervenant », « les manifestants »)
            tok.pos_, tok.lemma_ = "NOUN", tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_
            continue
        if pos == "VERB" and tok.i > 0 and doc[tok.i - 1].pos_ == "DET" and doc[tok.i - 1].head.i == tok.i \
                and "Inf" in tok.morph.get("VerbForm") and is_person_noun(tok.lower_, tok.lower_):
            tok.pos_, tok.lemma_ = "NOUN", tok.lower_  # « un supporter de longue date », read as an infinitive
            continue
        if pos == "PROPN" and tok.text.islower() and not tok.ent_type_ and tok.dep_ in NOMINAL_DEPS \
                and any(c.dep_ == "det" and c.i < tok.i for c in tok.children) and is_person_noun(tok.lower_, tok.lower_):
            tok.pos_ = "NOUN"  # « Le leader insoumis a appelé … »: a lower-case title the tagger took for a name
            continue
        if pos not in ("ADJ", "VERB") or tok.dep_ not in NOMINAL_DEPS and not (
                tok.dep_ == "amod" and tok.head.pos_ in ("VERB", "AUX")) \
                or pos == "VERB" and "Part" not in tok.morph.get("VerbForm") or tok.lower_ in ADJECTIVES_LIKE_TITLES \
                or not any(c.dep_ == "det" and c.i < tok.i for c in tok.children):
            continue
        if is_person_noun(tok.lemma_.lower(), tok.lower_):
            if tok.pos_ == "VERB":  # the noun's own lemma, not the verb's (« accusée » → « accusé »)
                low = tok.lower_
                tok.lemma_ = next((f for f in (low[:-2] if low.endswith("es") else None,
                                               low[:-1] if low.endswith(("e", "s")) else None, low)
                                   if f and is_person_noun(f, f)), low)
            tok.pos_ = "NOUN"
            if tok.dep_ == "amod" and tok.head.pos_ in ("VERB", "AUX") and tok.i > tok.head.i:
                tok.dep_ = "nsubj"  # « « … », souffle la quinquagénaire »: the subject after the verb


NOUN_DETERMINERS = {"un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa", "ses", "mon", "ma", "mes", "ton", "ta",
                    "tes", "notre", "nos", "votre", "vos", "leurs", "chaque", "plusieurs", "quelques", "aucun", "aucune"}


def detach_datelines(doc) -> None:
    """« OTTAWA — Le gouvernement fédéral a annoncé … »: the place in capitals that opens a line before a
    dash is the dateline, never a subject (the parser may make it one beside the real one)."""
    toks = tokens(doc)
    for k, tok in enumerate(toks):
        if k and "\n" not in toks[k - 1].text and "\n" not in toks[k - 1].whitespace_:
            continue
        j = k
        while j < len(toks) and toks[j].is_upper and len(toks[j].text) > 1:
            j += 1
        if j > k and j < len(toks) and toks[j].text == "(":  # « DAKAR (APS) — », « VICENCE (Italie) — »
            j = next((i + 1 for i in range(j + 1, min(j + 6, len(toks))) if toks[i].text == ")"), j)
        if j == k or j >= len(toks) or toks[j].text not in ("—", "–", "-", "--"):
            continue
        for t in toks[k:j]:
            if t.dep_.startswith("nsubj"):
                t.dep_ = "dep"


OBJECT_CLITICS = {"l'", "l’", "le", "la", "les", "lui", "leur"}


def retag_present_participles(doc, known_verbs) -> None:
    """« …, l'accusant d'avoir « abandonné » la ville »: a word in « -ant » after a comma (and an object
    pronoun) that the tagger called a noun while giving it a present participle's morphology is that
    participle, a verb; the pronoun, taken for an article, is its object."""
    toks = tokens(doc)
    for tok in toks:
        if tok.pos_ != "NOUN" or not tok.lower_.endswith("ant") or "Part" not in tok.morph.get("VerbForm") \
                or "Pres" not in tok.morph.get("Tense") or tok.i < 2:
            continue
        clitic = toks[tok.i - 1] if toks[tok.i - 1].lower_ in OBJECT_CLITICS else None
        if toks[tok.i - (2 if clitic is not None else 1)].text != ",":
            continue
        tok.pos_ = "VERB"
        tok.lemma_ = _infinitive_of_present(tok.lower_, known_verbs)
        if clitic is not None:
            clitic.pos_, clitic.dep_ = "PRON", "obj"


def _infinitive_of_present(low: str, known_verbs) -> str:
    """The lemma of a present participle the lemmatiser left as a noun: the first of « -er », « -ir »
    (« -issant »), « -re » that ``known_verbs`` holds (« accusant » → « accuser », « réagissant » →
    « réagir », « disant » → « dire »), else the « -er » form."""
    stem = low[:-3]
    cands = [stem + "er", stem[:-3] + "ir" if stem.endswith("iss") else stem + "ir", stem + "re",
             stem[:-1] + "re" if stem.endswith(("s", "v")) else stem + "re"]
    return next((c for c in cands if c in known_verbs), cands[0])


def retag_nouns_taken_for_verbs(doc, prenominal_adjectives) -> None:
    """« La ministre affirme avoir déposé une nouvelle offre mercredi », where the tagger made
    « nouvelle » a noun and « offre » a verb with no subject: a finite verb with no subject right
    after a determiner that is never a pronoun is a noun; after such a determiner and an adjective
    that stands before its noun (``prenominal_adjectives.txt``), it also joins that word's phrase
    (with what hangs on it), so that a content does not stop in the middle of it."""
    for tok in tokens(doc):
        if tok.pos_ != "VERB" or "Fin" not in tok.morph.get("VerbForm") or tok.i < 2 \
                or any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in tok.children):
            continue
        before = doc[tok.i - 1]
        if before.pos_ == "DET" and before.lower_ in NOUN_DETERMINERS:
            tok.pos_, tok.lemma_ = "NOUN", tok.lower_
        elif before.lower_ in prenominal_adjectives and doc[tok.i - 2].pos_ == "DET" \
                and doc[tok.i - 2].lower_ in NOUN_DETERMINERS and doc[tok.i - 2].head.i == before.i \
                and before.i not in {t.i for t in tok.subtree}:
            tok.pos_, tok.lemma_ = "NOUN", tok.lower_
            tok.head, tok.dep_ = before, "nmod"


def retag_adjectives_taken_for_verbs(doc, verb_of) -> None:
    """« Une éducatrice raconte avoir perdu trois collègues », « Le syndicat insiste sur la nécessité
    de … », where the tagger made the verb an adjective (lemma « racont », « insist »): a word tagged
    an adjective or a noun with no copula, whose form is the present of a verb of saying (``verb_of(form)``
    gives the verb, or None), is that verb when it has a subject before it and a clause, an infinitive
    or a colon follows it; or when the lemmatiser did not know it either, it hangs on the noun that
    opens its sentence (made its subject) and what it opens follows it (also a preposition, an article
    or words in marks)."""
    toks = tokens(doc)
    low = lowers(doc)
    n = len(toks)
    for tok in toks:
        i = tok.i
        if not low[i].endswith(("e", "ent")) or i + 1 >= n or tok.pos_ not in ("ADJ", "NOUN"):
            continue  # (a present of the first group ends so: the cheap test first)
        after = toks[i + 1]
        if i + 4 < n and between_commas(doc, i + 2) and low[i + 2] in SET_APART_PRONOUNS:
            after = toks[i + 4]  # « Un commerçant déplore, lui, « une montée de la délinquance » »
        infinitive = after.pos_ in ("VERB", "AUX") and "Inf" in after.morph.get("VerbForm")
        opens = low[after.i] in ("que", "qu'", "qu’", ":") or infinitive
        unknown = tok.pos_ == "ADJ" and tok.lemma_.lower() + "e" == low[i]
        quoted = is_opening_mark(after) and after.head.i > after.i
        if not (opens or unknown and (after.pos_ in ("ADP", "DET") or quoted)):
            continue  # (what a verb of saying opens: a clause, an infinitive, words after a colon)
        if not tok.text.islower() or any(c.dep_ == "cop" for c in tok.children):
            continue
        subject = opens and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        root = tok.sent.root
        # « une éducatrice qui a requis l'anonymat raconte avoir perdu … », parsed as a noun with a
        # relative clause that « raconte » qualifies: the lemmatiser did not know the word either
        subjectless = not subject and unknown and root.pos_ == "NOUN" and root.i < tok.i and root in tok.ancestors \
            and not any(is_finite(t) and t.dep_ != "acl:relcl" and t.i < tok.i and t.head.dep_ != "acl:relcl"
                        for t in tok.sent)
        lemma = verb_of(tok.lower_) if subject or subjectless else None
        if not lemma:
            continue
        tok.pos_, tok.lemma_ = "VERB", lemma
        tok.set_morph("Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin" if tok.lower_.endswith("ent")
                      else "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
        if subjectless:
            tok.head, tok.dep_ = tok, "ROOT"
            root.head, root.dep_ = tok, "nsubj"
            complement = after if after.pos_ == "VERB" or not (infinitive or quoted or after.pos_ in ("ADP", "DET")) \
                else after.head
            if complement.i > tok.i and complement not in tok.ancestors:
                dep = "xcomp" if infinitive else "obl:arg" if after.pos_ == "ADP" else "obj" if after.pos_ == "DET" \
                    or quoted else complement.dep_
                complement.head, complement.dep_ = tok, dep


def _finite_part(verb):
    """The word that carries a verb group's tense: its auxiliary, else the verb."""
    aux = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    return aux[0] if aux else verb


def _same_tense(a, b) -> bool:
    """« estime … et rappelle », « a affirmé … et a ajouté »: two verb groups in one tense."""
    fa, fb = _finite_part(a), _finite_part(b)
    return (fa is a) == (fb is b) and (fa is a or fa.lemma_ == fb.lemma_) \
        and fa.morph.get("Tense") == fb.morph.get("Tense") and fa.morph.get("Mood") == fb.morph.get("Mood")


def _opened_by_que(clause) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in clause.children)


TIME_LINKS = (("avant", "de"), ("avant", "d'"), ("avant", "d’"), ("sans",), ("après", "avoir"))


def _reattach_report_after_comma(tok, reports) -> None:
    """« a laissé tomber que le PQ est lié à ces firmes, avant de préciser qu'il s'agissait … »:
    an infinitive of saying after a comma and « avant de », « sans », « après avoir », that the
    parser hung inside the que-clause of a verb of saying, goes with that verb (its subject, and
    the clause ends before it)."""
    doc = tok.doc
    if "Inf" not in tok.morph.get("VerbForm") or tok.dep_ not in ("advcl", "xcomp", "acl", "obl"):
        return
    start = tok.left_edge.i
    link = next((w for w in TIME_LINKS if tuple(t.lower_ for t in doc[start:start + len(w)]) == w), None)
    if link is None or start == 0 or doc[start - 1].text != "," or start + len(link) != tok.i:
        return
    clause = tok.head
    while clause.dep_ != "ccomp" and clause.head.i != clause.i and clause.head.i > clause.i - 40:
        clause = clause.head
    outer = clause.head
    said = reports(outer) or outer.dep_ == "xcomp" and reports(outer.head)  # (« a laissé tomber que »)
    if clause.dep_ == "ccomp" and outer.i < clause.i < tok.i and outer.pos_ == "VERB" and said and _opened_by_que(clause):
        tok.head = outer


def reattach_restrictive_que(doc) -> None:
    """« dit n'avoir récolté que la moitié de sa production », « qu'il n'a vu que deux blessés »:
    the « que » of « ne … que » (only) is no clause; the parser often makes it and the words after it
    a phrase of their own, hung away from the verb, and a content would stop at it. The phrase it opens
    is the verb's: « ne », then only verbs, auxiliaries and clitics before « que »."""
    toks, low = tokens(doc), lowers(doc)
    for q in toks:
        if low[q.i] not in ("que", "qu'", "qu’") or q.i < 2:
            continue
        k = q.i - 1
        verb = None
        while k >= max(0, q.i - 5) and low[k] not in NEGATION:
            t = toks[k]
            if t.pos_ in ("VERB", "AUX"):
                verb = verb or t
            elif not (t.pos_ == "PRON" and low[k] in CLITICS):
                break
            k -= 1
        if k < 0 or low[k] not in NEGATION or verb is None:
            continue
        if verb.pos_ == "AUX" and verb.head.i > verb.i and verb.dep_.startswith("aux"):
            continue  # (« n'a que » with no participle: « avoir » is the verb; a participle comes after « que »)
        phrase = q.head if q.head.i > q.i and not is_finite(q.head) and q.dep_ in ("mark", "fixed", "case") else q
        if phrase.head == verb or phrase.is_ancestor(verb):
            continue
        phrase.head, phrase.dep_ = verb, "obl" if phrase is not q else "advmod"


def reattach_objects_taken_for_subjects(doc) -> None:
    """« salue un « premier pas » mais juge le plafond encore trop élevé », where the parser made
    « le plafond » the subject of « juge »: a noun after a verb joined to another, with an adjective
    after it that the verb governs, is the object the adjective qualifies (a subject does not come
    between a verb and its attribute); the verb's subject is the first verb's."""
    for tok in tokens(doc):
        if tok.pos_ != "VERB" or tok.dep_ != "conj" or not any(c.dep_ == "cc" and c.i < tok.i for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i), None)
        if subj is None or subj.pos_ != "NOUN" or not any(
                c.dep_ == "xcomp" and c.pos_ == "ADJ" and c.i > subj.right_edge.i for c in tok.children):
            continue
        subj.dep_ = "obj"


def retag_que_taken_for_a_relative(doc) -> None:
    """« a confirmé en mêlée de presse qu'Ottawa attendait « un portrait clair » », where the parser made
    « qu' » the relative object of « attendait » (a relative clause of « mêlée »): a « que » object of a
    verb that has an object of its own is the conjunction that opens a clause."""
    low = lowers(doc)
    for tok in tokens(doc):
        if low[tok.i] not in ("que", "qu'", "qu’") or tok.pos_ != "PRON" or tok.dep_ != "obj" or tok.head.i < tok.i:
            continue
        if tok.i > 0 and doc[tok.i - 1].pos_ == "PRON":
            continue  # « ceux qu'ils suivent »: a pronoun's relative clause
        if any(c.dep_ == "obj" and c.i > tok.head.i and c.pos_ in ("NOUN", "PROPN")
               and (any(g.dep_ == "det" for g in c.children) or c.i == tok.head.i + 1 and c.pos_ == "NOUN")
               for c in tok.head.children):
            # (« qu'elle ferait appel de la décision »: or the bare noun of a locution right after the verb)
            tok.pos_, tok.dep_ = "SCONJ", "mark"


def reattach_conjuncts_by_agreement(doc) -> None:
    """« a déclaré que les FSR avaient « pris pour cible des civils » et occupaient des hôpitaux », where
    the parser joined « occupaient » to « a déclaré »: a joined finite verb with no subject, whose tense
    and number are not those of the verb it hangs on but those of a clause's verb between them, is
    that clause's."""
    for v in tokens(doc):
        if v.dep_ != "conj" or not is_finite(v) or v.head.i >= v.i or any(c.dep_.startswith("nsubj") for c in v.children):
            continue
        h = v.head
        mine = _finite_part(v)
        if _same_form(_finite_part(h), mine):
            continue
        inner = [c for c in doc[h.i + 1:v.i] if c.pos_ in ("VERB", "AUX") and c.dep_ in ("ccomp", "acl", "advcl", "xcomp")
                 and any(g.dep_.startswith("nsubj") for g in c.children) and _same_form(_finite_part(c), mine)
                 and h in c.ancestors]
        if inner:
            v.head = inner[-1]


def _same_form(a, b) -> bool:
    """Two finite words in the same tense, mood and number."""
    return is_finite(a) and is_finite(b) and all(a.morph.get(f) == b.morph.get(f) for f in ("Tense", "Mood", "Number"))


def reattach_coordinated_reports(doc, reports) -> None:
    """« Elle estime que l'offre est « généreuse » et rappelle que … », « a affirmé que P et a
    ajouté que Q »: the parser hangs the second verb of saying on the verb of the first one's
    clause. A verb that reports (``reports`` on its token), with « et » (« puis », « mais ») and no subject of its
    own, in the tense of the verb that governs that clause, and coordinated to a clause whose
    subject is no person who could say it (« que le préfet a menti et a déclaré … » stays), is
    coordinated to the governing verb instead: the first content ends before « et », and the
    second report has the first one's speaker. (And a report's object the parser took for its
    subject is made its object again: ``_object_taken_for_subject``.)"""
    for tok in tokens(doc):
        if tok.pos_ != "VERB":
            continue
        if tok.dep_ == "conj" and reports(tok):
            _object_taken_for_subject(tok)
        if tok.dep_ in ("advcl", "xcomp", "acl", "obl") and "Inf" in tok.morph.get("VerbForm"):
            if reports(tok):
                _reattach_report_after_comma(tok, reports)
            continue
        if tok.dep_ != "conj" or not is_finite(_finite_part(tok)) or not reports(tok):
            continue
        clause = tok.head
        outer = clause.head
        if clause.dep_ != "ccomp" or clause.i >= tok.i or outer.i >= clause.i or outer.pos_ != "VERB" \
                or not reports(outer) or not _opened_by_que(clause):
            continue
        if any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children) \
                or not any(c.dep_ == "cc" and c.lower_ in ("et", "puis", "mais") for c in tok.children) \
                or not any(c.dep_ in ("ccomp", "obj", "xcomp") and c.i > tok.i for c in tok.children):
            continue
        if not _same_tense(tok, outer):
            continue
        inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if inner is not None and (inner.pos_ == "PRON" or inner.ent_type_ == "PER" or inner.pos_ == "PROPN") \
                and inner.morph.get("Number") == tok.morph.get("Number"):
            continue
        tok.head = outer


def _object_taken_for_subject(verb) -> None:
    """« … que le gouvernement partageait le diagnostic mais contestait certaines recommandations »:
    a coordinated verb whose only subject comes after it and does not agree with it in number
    (a verb agrees with its subject) has no subject of its own: that noun is its object."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if len(subjects) != 1 or subjects[0].i < verb.i or subjects[0].pos_ != "NOUN":
        return
    number = _finite_part(verb).morph.get("Number")
    own = subjects[0].morph.get("Number")
    if number and own and number != own and "3" in _finite_part(verb).morph.get("Person"):
        subjects[0].dep_ = "obj"


_BY_FIRST_WORD: dict[int, tuple[tuple, dict[str, tuple[tuple[str, ...], ...]]]] = {}


def phrase_starting_at(doc: Doc, k: int, phrases: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """The phrase of ``phrases`` (a data file's, longest first, as ``lexicon._phrases`` gives them)
    that the tokens from ``k`` spell (``phrase_at``), else None. The phrases are indexed by their
    first word once per list, so that the test is cheap on every word."""
    entry = _BY_FIRST_WORD.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        index: dict[str, list[tuple[str, ...]]] = {}
        for words in phrases:
            index.setdefault(words[0], []).append(words)
        entry = _BY_FIRST_WORD[id(phrases)] = (phrases, {w: tuple(ps) for w, ps in index.items()})
    for words in entry[1].get(lowers(doc)[k], ()):
        if phrase_at(doc, k, words):
            return words
    return None


def phrase_at(doc: Doc, k: int, words: tuple[str, ...]) -> bool:
    """Do the tokens from ``k`` spell ``words`` (a phrase of a data file, cut as the tokenizer cuts it)?
    « du », « des », « d' » stand for a final « de » (« au micro du », « dans les colonnes des »)."""
    got = lowers(doc)[k:k + len(words)]
    if got and got[-1] in ("du", "des", "d'", "d’") and words[-1] == "de":
        got[-1] = "de"
    return got == list(words)
