"""Within-article speaker resolution: from a mention to a canonical name.

Persons are gathered from the named entities of the article; a full name is
the key, and its last word finds it again (« Blinken », « M. Noda »). Titles
and roles given next to a name (« Antony Blinken, secrétaire d'État »,
« le premier ministre, Lucas Papadémos ») link later role mentions (« le
secrétaire d'État ») to that person. Pronouns go to the most recent
compatible person, by gender and number. Unnamed descriptions are kept as
the article words them and flagged anonymous.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon, load as load_lexicon
from .first_names import gender_of, is_first_name
from ..extraction.quotes import QuoteIndex, find_quotes
from ..extraction.cues import TEMPORAL
from ..extraction.syntax import (HONORIFICS, SET_APART_PRONOUNS, between_commas, doc_text, entities, is_finite, is_negated,
                                np_extent, phrase_at, tokens)

LEAD_IN = {"selon", "pour", "d'après", "d’après", "par", "le", "la", "les", "chez", "à", "au", "aux", "de", "du", "des"}
ACRONYM = re.compile(r"([A-ZÉÈ][\w'’\- ]{3,}?)\s*\(([A-Z][A-Z0-9&\-]{1,9}|[A-ZÉ][a-zéèëï]{2,8})\)")

FEMALE_HONORIFICS = {"mme", "mlle", "madame"}
MALE_HONORIFICS = {"m.", "mr", "monsieur"}
DETERMINERS = {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’"}
INDEFINITE = {"un", "une", "des", "de", "d'", "d’", "plusieurs", "certains", "certaines", "nombreux",
              "nombreuses", "quelques", "deux", "trois", "aucun", "aucune"}
DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
DEFINITE = {"le", "la", "l'", "l’"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}
NAME_PARTICLES = {"le", "la", "de", "du", "des", "van", "von", "der", "den", "al", "el", "ben", "ibn", "bin", "abou", "abu", "da", "di", "dos", "del"}


def first_name_gender(name: str) -> str:
    """The gender a person's first name says, or « unknown » (``first_names``)."""
    first = name.split()[0] if name.split() else ""
    if len(first) < 2 or not first[:1].isupper():
        return "unknown"
    return gender_of(first)


def _initials(words: str) -> str:
    """« directeur technique national » → « dtn », « directeur des ressources humaines » → « drh »,
    « président-directeur général » → « pdg »: the initials of a role's words, small words aside."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", words.lower())
                   if w and w not in ROLE_SMALL_WORDS and w[0].isalpha())


def _spells(acronym: str, full: str) -> bool:
    """Does an acronym written as a word (« Fenacci », « Insee ») spell the name before it: its first
    letter the initial of the name (past an article), its letters in the name's order?"""
    def fold(w: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", w.lower()) if c.isalpha())
    name = re.sub(r"^(?:La|Le|Les)\s+|^L['’]", "", full)
    letters, k = fold(name), 0
    if len(full.split()) < 3 or not letters.startswith(fold(acronym)[:1]):
        return False
    for c in fold(acronym):
        k = letters.find(c, k) + 1
        if k == 0:
            return False
    return True


def epithet_stem(word: str) -> str:
    """« Française », « Français », « Françaises » → « françai »; « Canadienne » → « canadien »: one
    form for the genders and numbers of a capitalised epithet."""
    w = word.lower()
    for end in ("s", "e", "s"):
        w = w[:-1] if w.endswith(end) and len(w) > 4 else w
    return w[:-1] if w.endswith("nn") else w


@lru_cache(maxsize=4)
def nationality_stems(nationalities: frozenset[str]) -> frozenset[str]:
    """The peoples of countries (``nationalities.txt``) as ``epithet_stem`` gives them."""
    return frozenset(epithet_stem(w) for w in nationalities)


ROLE_SMALL_WORDS = {"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "à", "au", "aux"}


@dataclass(slots=True)
class Person:
    name: str
    first_pos: int
    positions: list[int] = field(default_factory=list)
    roles: list[tuple[str, str, int]] = field(default_factory=list)  # (title lemma, role text, position)
    # roles a verb or a noun gives (« dirigé par X », « le procès de X »): (title, words, position); they
    # name who holds a role, but are no title the person is known by
    relations: list[tuple[str, str, int]] = field(default_factory=list)
    gender: str = "unknown"
    gender_evidence: str | None = None

    @property
    def last(self) -> str:
        return self.name.split()[-1].lower()

    def __post_init__(self) -> None:
        if self.gender == "unknown" and len(self.name.split()) >= 2:
            g = first_name_gender(self.name)
            if g != "unknown":
                self.gender, self.gender_evidence = g, f"first name {self.name.split()[0]}"


@dataclass(slots=True)
class Org:
    """An organisation the article names: « le quotidien britannique The Guardian » gives
    The Guardian, of kind « media »."""
    name: str
    first_pos: int
    kinds: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)  # the type nouns the article gives it
    positions: list[int] = field(default_factory=list)
    subjects: list[int] = field(default_factory=list)
    entity: bool = False  # named by the recogniser (not only by a type noun's phrase)
    gender: str = "unknown"  # grammatical, from its article: « le Parti québécois » is « il », « la SNCF » « elle »
    plural: bool = False  # « les Bleus », « des Verts »: « ils », never « il »
    from_person: bool = False  # a one-word name the recogniser called a person, that a type noun showed a company


@dataclass(slots=True)
class Resolved:
    name: str | None
    mention: tuple[int, int] | None
    anonymous: bool = False
    speaker_type: str = "unknown"
    role: str | None = None
    gender: str = "unknown"
    gender_evidence: str | None = None
    confidence: float = 0.5
    person: Person | None = None
    document: str | None = None  # « fem »/« masc »: the mention was a singular writing (« le texte »)
    rule: str | None = None      # the pass that linked the mention
    evidence: str | None = None  # the words it went by


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    """Lower case without accents or a final feminine « e »: « Première » ~ « premier »."""
    w = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    return w[:-1] if w.endswith("e") and len(w) > 3 else w


# « pour sa part », « de son côté », « quant à elle »: the speaker is not the one before
CONTRAST = re.compile(r"\b(pour (sa|son|leur) part|de (son|leur) côté|quant à (lui|elle|eux|elles)|à (son|leur) tour"
                      r"|(lui|elle|eux|elles) aussi|au contraire"
                      # « Interrogé sur ces propos, le capitaine estime … »: answering the words just reported
                      r"|interrogée?s? sur (ces|ses|cette|leurs?) (propos|déclarations?|critiques|accusations|paroles))\b")
COMPANION_VERBS = {"accompagner", "entourer", "flanquer", "escorter"}


def _companions(t: Token) -> list[Token]:
    """The others of a group whose first member is ``t``: « X et Y », « X, conseiller, et Y »,
    « X, accompagné de Y, s'entretiennent »."""
    # (« Le ministre …, Elke Van den Brandt, et le bourgmestre … »: a name after a comma with no « et » is
    # an apposition the parser took for a conjunct)
    apposed = [c for c in t.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > t.i
               and c.doc[c.i - 1].text == "," and not any(g.dep_ == "cc" for g in c.children)]
    own = [t] + [a for a in t.children if a.dep_ == "appos"] + apposed
    out = [c for o in own for c in o.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
           and c not in apposed]
    if "Plur" in t.head.morph.get("Number") and "Sing" in t.morph.get("Number"):
        for acl in t.subtree:  # wherever the parser hung the participle inside the subject
            if acl.dep_ == "acl" and acl.lemma_.lower() in COMPANION_VERBS:
                out += [c for c in acl.children if c.dep_ in ("obl:agent", "obl:arg", "obl") and c.pos_ in ("NOUN", "PROPN")]
    return out


def _org_gender(doc: Doc, start: int) -> str:
    """The grammatical gender an organisation's article gives it: « le PS », « du Medef », « au
    Kremlin » are « il »; « la SNCF », « une ONG » are « elle »; « l' », « les », none: unknown."""
    if start == 0:
        return "unknown"
    det = doc[start - 1].lower_
    if det in ("du", "au"):
        return "male"
    return _det_gender(det) if det in ("le", "la", "un", "une") else "unknown"


SUBJECT_DEPS = ("nsubj", "nsubj:pass", "obl:agent")  # (« un constat partagé par X »: X does the sharing)
COMPLEMENT_WORDS = {"de", "des", "du", "d'", "d’", "la", "le", "les", "l'", "l’"}
SENTENCE_END = ".!?\n"
COMPARISON_MARKS = {"comme", "ainsi"}
ARTICLES = {"le", "la", "les", "l'", "l’", "du", "des", "au", "aux"}


def _age_at(doc, k: int) -> bool:
    """Do tokens ``k`` to ``k + 2`` give an age after a comma (« , 38 ans »)? (``k + 3`` must exist.)"""
    return doc[k].text == "," and doc[k + 1].like_num and doc[k + 2].lower_ in ("an", "ans")


def _adjectives_after(noun: Token) -> list[Token]:
    """The adjectives that follow a noun and hang on it (« syndical » in « le délégué syndical »)."""
    return [c for c in noun.children if c.dep_ == "amod" and c.i > noun.i and c.pos_ == "ADJ"]


def _said_to(doc, start: int) -> bool:
    """Is the entity at token ``start`` whom words were said to, after a verb and « à » (« a confié au
    Devoir Marc Lavoie », « a raconté à RFI Amira »)?"""
    return start >= 2 and doc[start - 1].lower_ in ("à", "au", "aux") and doc[start - 2].pos_ in ("VERB", "AUX")


def _first_name_inside(e) -> int | None:
    """The token of the first known first name after the entity's first word, else None."""
    return next((t.i for t in e if t.i > e.start and _known_first_name(t.text)), None)


def _set_apart(e) -> bool:
    """« Thomas Cazenave, lui, mise sur la sécurité », « Marie-Ange, 38 ans, n'a rien pu emporter »: a
    name the stressed pronoun or the age after it sets apart, then a verb, is the subject of its
    sentence, whatever the parser made of it."""
    doc = e.doc
    if between_commas(doc, e.end + 1) and doc[e.end + 1].lower_ in SET_APART_PRONOUNS:
        return True
    k = e.end + 4
    if not (k < len(doc) and _age_at(doc, e.end) and doc[e.end + 3].text == ","):
        return False
    while k < len(doc) and (doc[k].pos_ in ("ADV", "PRON") or doc[k].lower_ in ("ne", "n'", "n’")):
        k += 1
    return k < len(doc) and doc[k].pos_ in ("VERB", "AUX")


def _apposed_to_subject(e) -> bool:
    """« L'entrepreneur Herman Cain, … », « Auteur d'un doublé, Ousmane Dembélé a savouré »: a name
    in apposition to the subject (the parser may hang it on the subject's complement) is the subject."""
    t = e.root
    if t.dep_ == "conj" and t.head.dep_ in SUBJECT_DEPS and t.i > 0 and t.doc[t.i - 1].text == "," \
            and not any(c.dep_ == "cc" for c in t.children):
        return True  # « L'entraîneur du FC Nantes, Antoine Kombouaré, ne cache pas … »: a conjunct without « et »
    if t.dep_ not in ("appos", "flat:name", "nmod", "amod") or any(c.dep_ == "case" for c in t.children):
        return False  # (« Le président Macron »: the tagger may make the name an adjective)
    for _ in range(3):
        t = t.head
        if t.dep_ in SUBJECT_DEPS:
            return t.i < e.start
        if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN") and t.i < e.start and e.root.dep_ == "appos" \
                and not any(is_finite(x) for x in t.sent):
            return True  # « Sa collègue Marie-Ève Cyr abonde dans le même sens », no verb left by the parser
        if t.dep_ not in ("appos", "nmod", "flat:name") and not comma_conjunct(t) or t.head.i == t.i:
            return False  # (« Un troisième candidat, l'écologiste Pierre Parès, … »: the apposition a conjunct)
    return False


def comma_conjunct(t: Token) -> bool:
    """A conjunct after a comma, with no « et » or « ou »: an apposition the parser took for one."""
    return t.dep_ == "conj" and t.head.i < t.i and any(u.text == "," for u in t.doc[t.head.i + 1:t.i]) \
        and not any(c.dep_ == "cc" for c in t.children)


def _in_comparison(tok: Token) -> bool:
    """« …, comme l'avait fait avant lui François Mitterrand »: the subject of a comparison is
    mentioned in passing, not made the subject of the sentence."""
    verb = tok
    while verb.dep_ in ("nsubj", "nsubj:pass", "appos", "flat:name", "nmod") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in COMPARISON_MARKS and c.i < tok.i for c in verb.children)


def title_gender(head: Token, det: str, lex: Lexicon) -> str:
    """The gender a title mention gives its holder: its article (« la ministre »), else an
    adjective's form (« l'ancienne ministre », « l'ancien ministre »), else a title with a
    masculine ending in its masculine form (« l'ex-président »)."""
    gender = _det_gender(det)
    if gender != "unknown":
        return gender
    for c in head.children:
        if c.dep_ == "amod" and c.i < head.i and c.pos_ == "ADJ":
            if "Fem" in c.morph.get("Gender") and c.lower_ != c.lemma_.lower():
                return "female"
            if c.lower_ == c.lemma_.lower() and not c.lower_.endswith("e") and "Masc" in c.morph.get("Gender"):
                return "male"
    if head.lower_ == head.lemma_.lower() and head.lower_.endswith(lex.masculine_title_endings) \
            and "Fem" not in head.morph.get("Gender"):
        return "male"
    # « l'avocate générale », « l'adjointe », « l'historienne »: a title in its feminine form
    if "Masc" not in head.morph.get("Gender") and head.lower_.endswith(lex.feminine_title_endings) \
            and (head.lower_ != head.lemma_.lower() or head.lower_.endswith(lex.feminine_sure_endings)):
        return "female"
    return "unknown"


def _det_gender(det: str) -> str:
    """« la ministre » is a woman, « le Premier ministre » a man; « l' », « les »: unknown."""
    return "female" if det in ("la", "une", "cette") else "male" if det in ("le", "un", "ce", "cet") else "unknown"


def joined_to_another(e) -> bool:
    """« Emmanuel Macron et Olaf Scholz se sont félicités … »: one of two subjects joined by « et »
    is no subject a singular pronoun after it continues."""
    root = e.root
    if root.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("et", "ou") for c in root.children):
        return True
    return any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and not e.start <= c.i < e.end
               and any(g.dep_ == "cc" and g.lower_ in ("et", "ou") for g in c.children) for c in root.children)


def _after_of(e) -> bool:
    """« les avocats d'Essia Boularès ont plaidé »: a name right after its own « de » is a noun's
    complement, whatever the parser made of its last word (a subject of the verb)."""
    doc = e.doc
    return e.start > 0 and doc[e.start - 1].dep_ == "case" and doc[e.start - 1].lower_ in ("de", "d'", "d’", "du", "des") \
        and e.start <= doc[e.start - 1].head.i < e.end


def _same_surname(a: str, b: str) -> bool:
    """« Lafont-Couturier » and « Lafont » (an entity cut at the hyphen) are one surname."""
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


def _same_first_name(a: str, b: str) -> bool:
    """« Antonis » and « Antonio » beside one surname: a spelling slip, not two people."""
    a, b = a.lower(), b.lower()
    if min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)) and "-" not in a + b:
        return True  # « Nacer » for « Nacereddine »: a short form of the first name
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:4] == b[:4] and abs(len(a) - len(b)) <= 1
                      and sum(x != y for x, y in zip(a, b)) <= 1)


def _clean_name(tokens: list[Token]) -> list[Token]:
    lex = load_lexicon()
    while tokens and not _title_of_a_paper(tokens, lex) and (tokens[0].lower_ in HONORIFICS or tokens[0].lower_ in DETERMINERS
                      or len(tokens) >= 2 and len(tokens[0].text) >= 2 and tokens[0].text.isupper()
                      and tokens[1].text[:1].isupper() and not tokens[1].text.isupper()
                      and (tokens[1].ent_type_ == "PER" or _known_first_name(tokens[1].text) and len(tokens) >= 3
                           or tokens[0].lower_ in lex.news_agencies)  # (but « TVA Nouvelles », « MG France » are one name)
                      # « la ministre Normandeau », « l'association Terre Commune »: the generic noun is no name
                      or len(tokens) >= 2 and tokens[1].text[:1].isupper() and (
                          tokens[0].text.islower() and lex.is_title(tokens[0].lemma_.lower(), tokens[0].lower_)
                          or tokens[0].lower_ in lex.type_nouns and (tokens[0].text.islower() or tokens[0].text.isupper()))):
        # (« l'ONG Amnesty International »: the kind in capitals is no name either)
        tokens = tokens[1:]  # « AFP Rumki Khatun »: the agency is not part of the name
    while tokens and (tokens[-1].is_punct or _a_date_word(tokens[-1])):
        tokens = tokens[:-1]  # « Stellantis mardi »: the recogniser's entity ran into the date
    tokens = _whole_hyphenated(tokens)
    after_de = tokens and tokens[0].i > 0 and tokens[0].doc[tokens[0].i - 1].lower_ in ("de", "des", "du", "d'", "d’")
    if len(tokens) >= 3 and all(t.text[:1].isupper() for t in tokens[:2]) and _known_first_name(tokens[1].text) \
            and not _known_first_name(tokens[0].text) \
            and (after_de or not (tokens[0].ent_type_ == "PER" and tokens[0].ent_iob_ == "B")) \
            and tokens[1].ent_type_ == "PER":
        tokens = tokens[1:]  # « à France Bleu Jura Marie Vuillemin »: the name starts at the first name
    elif after_de and len(tokens) >= 3:  # « le Premier ministre des Pays-Bas Mark Rutte »: a place before the name
        j = next((j for j in range(1, len(tokens) - 1) if _known_first_name(tokens[j].text)
                  and tokens[j - 1].text != "-" and tokens[j + 1].text[:1].isupper()), None)
        if j is not None and all(t.text[:1].isupper() or t.text == "-" for t in tokens[:j]) \
                and not _known_first_name(tokens[0].text):
            tokens = tokens[j:]
    if len(tokens) >= 3 and load_lexicon().is_demonym(tokens[0].lower_) and tokens[0].i > 0 \
            and tokens[0].doc[tokens[0].i - 1].lower_ in ("le", "la", "l'", "l’"):
        tokens = tokens[1:]  # « Le Lillois Eden Hazard »: the demonym is no part of the name
    return tokens


def _title_of_a_paper(tokens: list[Token], lex) -> bool:
    """« Le Monde », « La Presse », « Les Échos », « le quotidien L'Équipe »: a capitalised article is part of
    a paper's name (a word of a paper's name after it, or a noun for an outlet before it)."""
    if not (len(tokens) >= 2 and tokens[0].lower_ in ("le", "la", "les", "l'", "l’") and tokens[0].text[:1].isupper()
            and tokens[1].text[:1].isupper()):
        return False
    if tokens[1].lower_ in lex.media_name_words:
        return True
    k = tokens[0].i - 1
    doc = tokens[0].doc
    while k >= 0 and doc[k].pos_ == "ADJ":
        k -= 1  # « le quotidien sportif L'Équipe »
    return k >= 0 and not tokens[0].is_sent_start and lex.type_nouns.get(doc[k].lemma_.lower()) == "media"


def _one_word_name(tok: Token) -> bool:
    """« le rappeur Booba », « le président Macron »: a capitalised word the recogniser calls a person,
    right after a title, is a person's one-word name even where the tagger made it a noun or an
    adjective."""
    lex = load_lexicon()
    return tok.ent_type_ == "PER" and tok.text[:1].isupper() and tok.text[1:].islower() and not tok.is_sent_start \
        and tok.dep_ in ("flat:name", "appos", "amod") and tok.head.pos_ == "NOUN" and tok.head.i == tok.i - 1 \
        and lex.is_title(tok.head.lemma_.lower(), tok.head.lower_)


ABBREVIATIONS = {"M", "MM", "Mr", "Dr", "Pr", "Mgr", "St", "Ste", "Me", "Cie", "av", "J.-C"}


def _abbreviation_before(text: str, k: int) -> bool:
    """Does the period at ``k`` close an abbreviation (« M. Beaune », « J. K. Rowling »), not a sentence?"""
    if text[k] != ".":
        return False
    j = k
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in ".-"):
        j -= 1
    word = text[j:k]
    return word in ABBREVIATIONS or len(word) == 1 and word.isupper()


def _a_date_word(tok: Token) -> bool:
    """« mardi », « janvier », « soir » in lower case: a date, never the end of a name."""
    return tok.text.islower() and tok.lower_ in TEMPORAL


def names_a_people(t: Token, lex: Lexicon) -> bool:
    """« Ukrainien », « Gazaouis »: a capitalised word, no person's or body's name, that ends like the
    noun for the people of a place (``demonym_endings.txt``)."""
    return t.text[:1].isupper() and t.ent_type_ not in ("PER", "ORG") and lex.is_demonym(t.lower_)


def _surname_starts(doc: Doc, i: int, end: int) -> bool:
    """Does a surname start at token ``i``: a capitalised word, or a particle and one
    (« de Meo », « von der Leyen »)?"""
    if doc[i].text[:1].isupper():
        return True
    j = i
    while j < end and doc[j].lower_ in NAME_PARTICLES:
        j += 1
    return j > i and j < end and doc[j].text[:1].isupper()


def _glued(ents: list) -> list:
    """« Paul St-Pierre Plamondon », where the recogniser saw « Paul St » and « Pierre Plamondon »:
    two names glued by a hyphen, without a space, are one."""
    out = []
    for e in sorted(ents, key=lambda e: e.start):
        doc = e.doc
        if out and out[-1].end + 1 == e.start and doc[out[-1].end].text == "-" \
                and not doc[out[-1].end - 1].whitespace_ and not doc[out[-1].end].whitespace_:
            out[-1] = doc[out[-1].start:e.end]
        else:
            out.append(e)
    return out


def _whole_hyphenated(tokens: list[Token]) -> list[Token]:
    """« Wilson Fils » of « Wilson Fils-Aimé », « Mitha Dorval » of « Rose-Mitha Dorval »: a name
    the recogniser cut at a hyphen takes back the capitalised parts glued to it."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    while True:
        last = tokens[-1]
        k = last.i + 1
        if k + 1 < len(doc) and not last.whitespace_ and doc[k].text == "-" and not doc[k].whitespace_ \
                and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
            tokens = tokens + [doc[k], doc[k + 1]]
            if doc[k + 1].lower_ in ("le", "la") and k + 2 < len(doc) and doc[k + 2].text[:1].isupper() \
                    and doc[k + 2].is_alpha:
                tokens.append(doc[k + 2])  # « Christèle Gras-Le Guen »: a particle and the word it goes with
            continue
        break
    while True:
        first = tokens[0]
        k = first.i - 1
        if k - 1 >= 0 and doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_ \
                and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha:
            tokens = [doc[k - 1], doc[k]] + tokens
            continue
        break
    return tokens


INITIAL = re.compile(r"[A-ZÀ-Ý]\.")


IMPERSONAL_AFTER_IL = {"faut", "fallait", "faudra", "faudrait", "y", "semble", "paraît", "suffit", "reste", "vaut", "est",
                       "était", "sera", "serait", "manque", "arrive", "existe", "agit"}


def _known_first_name(word: str) -> bool:
    return word[:1].isupper() and is_first_name(word)


def _text(doc: Doc, tokens: list[Token]) -> str:
    if not tokens:
        return ""
    last = tokens[-1]
    if last.text.endswith(("'", "’")) and last.i + 1 < len(doc) and doc[last.i + 1].lower_ == "s":
        tokens = tokens + [doc[last.i + 1]]  # « Standard & Poor's »
    return doc_text(doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)]


class Cast:
    """The people of one article: every person it names, with the ways it names them, their
    roles, gender and mentions; the passes (``passes.py``) link speaker mentions to them."""

    def __init__(self, doc: Doc, lex: Lexicon, quotes: QuoteIndex | None = None,
                 reported: list[tuple[int, int]] | None = None):
        self.doc = doc
        self.lex = lex
        self.persons: dict[str, Person] = {}
        self.person_spans: dict = {}
        self.names_in_entities: dict = {}
        self.mentions: list[tuple[int, Person, bool]] = []  # (token index, person, is subject)
        self.quotes = quotes or QuoteIndex(find_quotes(doc_text(doc)))
        self.reported = reported or []  # the contents found (character spans)
        self.acronyms = self._acronyms()
        self.orgs: dict[str, Org] = {}
        self._collect()
        self._collect_orgs()
        self._orgs_after_type_nouns()
        self._named_institutions()

    def _acronyms(self) -> dict[str, str]:
        """« l'Observatoire syrien des droits de l'homme (OSDH) » → OSDH: the full name."""
        out = {}
        for m in ACRONYM.finditer(doc_text(self.doc)):
            full, acr = m.group(1).strip(), m.group(2)
            if acr[1:].islower() and not _spells(acr, full):
                continue  # « Flamanville (Manche) »: a place; « … de Côte d'Ivoire (Fenacci) » spells its name
            words = full.split()
            # keep the trailing words that can spell the acronym's length at least
            start = max(0, len(words) - max(len(acr) + 4, 4))
            cut = words[start:]
            while cut:  # « Selon la Caisse nationale … (CNAM) »: the name starts at « Caisse »
                if cut[0].lower().startswith(("l'", "l’", "d'", "d’")) and cut[0][2:3].isupper() \
                        or cut[0].startswith(("L'", "L’")) and cut[0][2:3].islower():
                    cut[0] = cut[0][2:]  # (« L'agence régionale de santé (ARS) »: the article is no part)
                    break
                if cut[0] in ("La", "Le", "Les") and len(cut) > 1 and cut[1][:1].islower():
                    cut = cut[1:]  # « La caisse … » at a sentence's start (but « La France insoumise »)
                    break
                if not (cut[0][:1].islower() or cut[0].lower() in LEAD_IN):
                    break
                cut = cut[1:]
            if cut:
                out[acr] = " ".join(cut)
        # « la SGP » … « la Société du Grand Paris »: initials of the capitalised words
        for m in re.finditer(r"[A-ZÀ-Ý][\w'’\-]+(?:\s+(?:d[eu]s?|de la|l'|l’|et|pour)?\s*[A-ZÀ-Ý][\w'’\-]+)+", doc_text(self.doc)):
            words = [w for w in re.split(r"[\s']+", m.group(0)) if w[:1].isupper()]
            if len(words) >= 2:
                out.setdefault("".join(w[0] for w in words), m.group(0))
        return out

    def tokens_of_lemma(self, lemma: str) -> list[Token]:
        """The article's tokens with this lemma (indexed once, on first use)."""
        index = getattr(self, "_by_lemma", None)
        if index is None:
            index = self._by_lemma = {}
            for t in tokens(self.doc):
                index.setdefault(t.lemma_, []).append(t)
        return index.get(lemma, [])

    def in_quote(self, char: int) -> bool:
        return self.quotes.at(char) is not None

    def in_report(self, char: int) -> bool:
        """Is this character inside a content reported from a source (quoted or not)?"""
        return any(s <= char < e for s, e in self.reported)

    # -- gathering ------------------------------------------------------------
    def _person_for(self, tokens: list[Token]) -> Person | None:
        tokens = _clean_name(tokens)
        if not tokens:
            return None
        name = _text(self.doc, tokens)
        words = name.split()
        if not words:
            return None
        if len(words) >= 2:
            key = name.lower()
            p = self.persons.get(key)
            if p is None:
                # a longer or shorter form of a known name
                for other in list(self.persons.values()):
                    if _same_surname(other.last, words[-1].lower()) and _same_first_name(other.name.split()[0], words[0]):
                        if len(words[-1]) > len(other.name.split()[-1]):
                            other.name = " ".join(other.name.split()[:-1] + [words[-1]])  # the fullest surname
                        if len(words) == 2 and len(words[0]) > len(other.name.split()[0]):
                            other.name = " ".join([words[0]] + other.name.split()[1:])  # the fullest first name
                        self.persons[key] = other
                        return other
                p = self.persons[key] = Person(name, tokens[0].i)
            return p
        found = self.find_surname(words[0], tokens[0].i) or self.by_initials(words[0])
        if found is None and (tokens[0].pos_ == "PROPN" and tokens[0].ent_type_ in ("PER", "")
                              or tokens[0].i in self.names_in_entities  # (« la chanteuse Angèle », called MISC)
                              or _one_word_name(tokens[0])
                              or tokens[0].ent_type_ in ("PER", "MISC") and _known_first_name(tokens[0].text)):
            found = self.persons[name.lower()] = Person(name, tokens[0].i)
            before = self.doc[tokens[0].i - 1] if tokens[0].i > 0 else None
            titled = before is not None and (before.lower_ in HONORIFICS or before.text.islower()
                                             and self.lex.is_title(before.lemma_.lower(), before.lower_))
            if (tokens[0].ent_type_ in ("PER", "MISC") or tokens[0].i in self.names_in_entities) \
                    and _known_first_name(tokens[0].text) and not titled:
                # « soupire Sandrine, 42 ans »: a first name alone says the gender (but « la ministre Roy »,
                # « M. Roy »: a surname)
                g = first_name_gender(name)
                if g != "unknown":
                    found.gender, found.gender_evidence = g, f"first name {name}"
        return found

    def after_media_context(self, start: int) -> bool:
        """Do the words before token ``start`` end with a phrase of ``media_contexts.txt`` (« au micro
        de », « entretien accordé à »)? « du », « des », « d' » stand for « de »."""
        doc = self.doc
        lasts = {w[-1] for w in self.lex.media_contexts}
        before = doc[start - 1].lower_ if start > 0 else ""
        if before not in lasts and not ("de" in lasts and before in ("du", "des", "d'", "d’")):
            return False  # (the cheap test first: the word before must end some phrase)
        return any(start >= len(words) and phrase_at(doc, start - len(words), words) for words in self.lex.media_contexts)

    def _past_the_addressee(self, e):
        """« a confié au Devoir Marc Lavoie », that the recogniser read as one person: after a verb
        and « à », « au », the name starts at its first name; the words before it are whom it was
        said to."""
        doc = self.doc
        if not _said_to(doc, e.start) or _known_first_name(e[0].text):
            return e
        k = _first_name_inside(e)
        return doc[k:e.end] if k is not None else e  # (« a raconté à RFI Amira »: a first name alone too)

    def _past_the_medium(self, e):
        """« a raconté à RFI Amira », that the recogniser read as one body: after a verb and « à », a
        known first name that ends the entity starts the name of a person; the words before it are the
        medium the words were said to."""
        doc = self.doc
        if e.label_ not in ("ORG", "MISC") or not _said_to(doc, e.start):
            return e
        k = _first_name_inside(e)
        if k is None or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[k:e.end]):
            return e
        return Span(doc, k, e.end, label="PER")

    def _past_the_title(self, e):
        """« La ministre Roy », that the recogniser read as one person: the name starts past the titles
        written in lower case; an entity that is a title and its complement (« président de la
        République ») names no one."""
        if e.label_ != "PER" or not e[0].text.islower() or not self.lex.is_title(e[0].lemma_.lower(), e[0].lower_):
            return e
        k = e.start
        while k < e.end and self.doc[k].text.islower() and self.lex.is_title(self.doc[k].lemma_.lower(), self.doc[k].lower_):
            k += 1
        rest = self.doc[k:e.end]
        if not len(rest) or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest):
            return None
        return Span(self.doc, k, e.end, label=e.label_)

    def a_medium(self, e) -> bool:
        """An entity after a media context (« entretien accordé à Azur Provence »), whatever its label,
        unless the recogniser saw a person there whose first name it is (« au micro de Léa Salamé »)."""
        return e.label_ != "ORG" and self.after_media_context(e.start) \
            and not (e.label_ == "PER" and _known_first_name(e[0].text))

    def epithets(self, p: Person) -> set[str]:
        """« l'Américaine Sloane Stephens », « le Lillois Eden Hazard »: the capitalised nouns the
        article puts right before the person's name, after « le/la/l' » (as ``epithet_stem`` gives them)."""
        doc, out = self.doc, set()
        for i in p.positions:
            t = doc[i - 1] if i >= 2 else None
            if t is not None and t.text[:1].isupper() and t.pos_ in ("NOUN", "PROPN", "ADJ") \
                    and doc[i - 2].lower_ in ("le", "la", "l'", "l’"):
                out.add(epithet_stem(t.text))
        return out

    def epithet_holder(self, head: Token, gender: str, last: Person | None) -> tuple[bool, Person | None]:
        """Who « la Française », « le Lillois » at ``head`` is: the one the article called so (« l'Américaine
        Sloane Stephens … a souri l'Américaine »: called, True); else the person mentioned last before it
        whom no other epithet of the same sort calls, in the gender of its article (``last``, the last
        speaker: not with a contrast, « assure de son côté le Lillois »)."""
        stem = epithet_stem(head.text)
        called = next((p for i, p, _ in reversed(self.mentions) if i < head.i and stem in self.epithets(p)), None)
        if called is not None:
            return True, called
        other = CONTRAST.search(head.sent.text.lower()) is not None
        countries = nationality_stems(self.lex.nationalities)

        def called_otherwise(p) -> bool:  # « l'Américaine Sloane Stephens » is not « la Française », nor a man
            # (but « la Française Caroline Garcia » may be « la Lyonnaise »: a country's people and a city's)
            given = self.epithets(p)
            return stem not in given and any((e in countries) == (stem in countries) for e in given) \
                or not self._compatible(p, gender)
        if last is not None and called_otherwise(last):
            last = None
        # (« Alizé Cornet a battu l'Italienne Sara Errani … la Niçoise »: one given no other epithet first; else
        # a subject: « La Française Caroline Garcia a battu la Tchèque Karolina Pliskova … la Lyonnaise »)
        # « Tadej Pogacar a devancé Jonas Vingegaard … a expliqué le Slovène »: of those, a subject first; not
        # the subject of words reported, « estime que l'arbitre, Benoît Bastien, « n'a pas voulu siffler » »)
        fits = [(p, subject and not self.in_report(self.doc[i].idx)) for i, p, subject in reversed(self.mentions)
                if i < head.i and not (other and p is last) and not called_otherwise(p)]
        unnamed = [(p, subject) for p, subject in fits if not self.epithets(p)]
        return False, next((p for p, subject in unnamed if subject), next((p for p, _ in unnamed),
                           next((p for p, subject in fits if subject), next((p for p, _ in fits), last))))

    def by_initials(self, word: str) -> Person | None:
        """« DSK », « PSPP »: the person whose full name (« Dominique Strauss-Kahn », « Paul St-Pierre
        Plamondon ») the initials spell; else « le DTN », « le DRH »: the one person whose role
        the article gave (« le directeur technique national, Nicolas Escudé ») they spell."""
        if len(word) < 2 or not (word.isupper() and word.isalpha()):
            return None
        named = next((p for p in self.persons.values() if len(p.name.split()) >= 2
                      and "".join(w[0] for w in re.split(r"[\s\-]+", p.name) if w[:1].isupper()) == word), None)
        if named is not None:
            return named
        holders = {id(p): p for p in self.persons.values()
                   if any(_initials(role) == word.lower() for _, role, _ in p.roles)}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def find_surname(self, word: str, pos: int) -> Person | None:
        low = word.lower()
        matches = [p for p in self.persons.values() if p.last == low or low in p.name.lower().split()]
        if not matches:
            full = self._full_name_in_text(word)
            if full is None:
                return None
            p = self.persons.setdefault(full.lower(), Person(full, pos))
            return p
        before = [p for p in matches if p.first_pos <= pos]
        return (before or matches)[-1] if len(matches) == 1 else max(before or matches, key=lambda p: p.first_pos)

    def _collect(self) -> None:
        doc = self.doc
        inside = self._names_in_other_entities()
        # (« président de la République », that the recogniser may call a person, is a title)
        ents = _glued([self._past_the_addressee(e) for e in map(self._past_the_title, map(self._past_the_medium, entities(doc)))
                       if e is not None and e.label_ == "PER" and not self.a_medium(e) and not self._named_after(e)])
        taken = {t.i for e in ents for t in e}
        ents += [r for r in self._name_runs() + self._names_apposed_to_a_title() if not any(t.i in taken for t in r)] \
            + inside
        taken = {t.i for e in ents for t in e}
        ents += self._surnames_under_other_labels(ents, taken) + self._speakers_called_things(taken)
        taken = {t.i for e in ents for t in e}
        ents += self._persons_called_bodies(taken)
        taken = {t.i for e in ents for t in e}
        aged = self._named_with_an_age(taken)
        ents += aged
        inside = inside + aged + [e for e in ents if e.label_ == "PER" and e[0].ent_type_ in ("ORG", "MISC")]
        # (names whatever the recogniser's label: « Marie-Ange, 38 ans », « à RFI Amira »)
        self.person_spans = {t.i: e for e in ents for t in e}  # tokens of a person's name, whatever the label
        self.names_in_entities = {t.i: e for e in inside for t in e}
        # full names first, so that surnames find them
        for e in sorted(ents, key=lambda e: -len(e)):
            toks = _clean_name(list(e))
            if len(toks) >= 2 and _text(doc, toks).lower() not in self.persons:
                if not any(t.is_punct for t in toks):
                    self._person_for(toks)
        for e in ents:
            if self.in_quote(e.start_char):
                continue  # people named inside a quotation are not its speakers
            p = self._person_for(list(e))
            if p is None:
                continue
            p.positions.append(e.start)
            subject = ((e.root.dep_ in SUBJECT_DEPS or any(t.dep_ in SUBJECT_DEPS and not e.start <= t.head.i < e.end
                                                           for t in e)) and not _after_of(e)
                       or _apposed_to_subject(e) or _set_apart(e)) and not _in_comparison(e.root)
            self.mentions.append((e.start, p, subject))  # « L'entrepreneur Herman Cain, … »
            name = _clean_name(list(e))  # (« des Pays-Bas Mark Rutte »: the name and its context start at « Mark »)
            e = doc[name[0].i:name[-1].i + 1] if name else e
            self._gender_from_context(p, e)
            self._roles_from_context(p, e)
            self._roles_from_verbs(p, e)
        self.mentions.sort(key=lambda m: m[0])
        self._title_subjects()
        self._epithet_subjects()
        for p in self.persons.values():
            p.first_pos = min(p.positions) if p.positions else p.first_pos
        self._fullest_first_names()

    def _surnames_under_other_labels(self, names: list, taken: set[int]) -> list:
        """« Vingegaard, lui, ne s'avoue pas vaincu » after « Jonas Vingegaard », where the recogniser
        saw a place: one capitalised word, alone in its entity, that is the surname of a person
        named in full is that person whatever the label."""
        surnames = {e[-1].text for e in names if len(e) >= 2 and e[-1].text[:1].isupper()}
        if not surnames:
            return []
        return [e for e in entities(self.doc) if e.label_ != "PER" and len(e) == 1 and e.text in surnames
                and e.start not in taken and e[0].pos_ == "PROPN" and not self.in_quote(e.start_char)]

    def _speakers_called_things(self, taken: set[int]) -> list:
        """« « … », résume Sash Tusa, de l'agence Agency Partners »: two or three capitalised proper
        nouns the recogniser called a thing (MISC), or a known first name alone, the subject of a verb
        of saying, are a person's name (an organisation that speaks is one the recogniser knows, or has
        a word that says so)."""
        return [e for e in entities(self.doc) if e.label_ == "MISC" and (2 <= len(e) <= 3 or len(e) == 1 and (
                    _known_first_name(e[0].text)))  # (« témoigne Fatima, 34 ans »: a first name alone)
                and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in e)
                and e.root.dep_ == "nsubj" and e.root.head.lemma_.lower() in self.lex.cue_verbs
                and not any(t.i in taken for t in e) and not self.in_quote(e.start_char)
                and not any(t.lower_ in self.lex.media_name_words or t.lower_ in self.lex.type_nouns for t in e)
                and not self.after_media_context(e.start)]

    def _persons_called_bodies(self, taken: set[int]) -> list:
        """« En face, Pep Guardiola ne cachait pas sa déception », where the recogniser saw a body: two or
        three capitalised proper nouns that open on a known first name, with no article before
        them and no word of a body's name, the subject of a verb, are a person's name."""
        doc, out = self.doc, []
        for e in entities(doc):
            if e.label_ not in ("ORG", "MISC") or not 2 <= len(e) <= 3 or any(t.i in taken for t in e) \
                    or e.root.dep_ != "nsubj" or self.in_quote(e.start_char) \
                    or e.start > 0 and doc[e.start - 1].pos_ in ("DET", "ADP"):
                continue
            # (words the tagger may call anything: « Pep » a noun, « Guardiola » a foreign word)
            if all(t.pos_ in ("PROPN", "NOUN", "X") and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                   for t in e) and _known_first_name(e[0].text) \
                    and not any(t.lower_ in self.lex.media_name_words or t.lower_ in self.lex.type_nouns
                                or t.lower_ in self.lex.company_nouns or t.lower_ in self.lex.institutions for t in e):
                out.append(Span(doc, e.start, e.end, label="PER"))
        return out

    def _named_with_an_age(self, taken: set[int]) -> list:
        """« Marie-Ange, 38 ans, n'a rien pu emporter », where the recogniser saw a place or nothing:
        one to three capitalised proper nouns, one of them a known first name, followed by an age
        between commas (« , 38 ans, »), are a person's name whatever the label."""
        doc, toks, out = self.doc, tokens(self.doc), []
        for k in range(1, len(doc) - 3):
            if toks[k].text != "," or not _age_at(toks, k) or toks[k + 3].text not in (",", ")"):
                continue
            s = k
            while s > max(0, k - 3) and toks[s - 1].pos_ == "PROPN" and toks[s - 1].text[:1].isupper() \
                    and toks[s - 1].ent_type_ != "PER" and toks[s - 1].i not in taken:
                s -= 1
            if s < k and any(_known_first_name(t.text) for t in toks[s:k]) and not self.in_quote(toks[s].idx):
                out.append(doc[s:k])
        return out

    def _fullest_first_names(self) -> None:
        """« Si Nacer Zemmal … » after « Nacereddine Zemmal a un parcours … »: a person is named
        by the fullest first name the article gives beside the same surname, outside quotations."""
        text = doc_text(self.doc)
        for p in {id(p): p for p in self.persons.values()}.values():
            words = p.name.split()
            if len(words) != 2 or len(words[0]) < 3:
                continue
            pattern = re.compile(r"\b(" + re.escape(words[0]) + r"[a-zà-ÿ]+)\s+" + re.escape(words[1]) + r"\b")
            for m in pattern.finditer(text):
                if not self.in_quote(m.start()):
                    p.name = f"{m.group(1)} {words[1]}"
                    break

    def _collect_orgs(self) -> None:
        """Organisations: the recogniser's, with the kind that a type noun before them or one of
        their own words gives (« l'association Terre Commune », « Radio France Internationale »)."""
        doc = self.doc
        for e in entities(doc):
            if e.label_ == "LOC" and e.root.dep_ == "nsubj" and e.root.pos_ == "PROPN" and e.start not in self.person_spans \
                    and (e.root.head.lemma_.lower() in self.lex.cue_verbs or e.root.head.lemma_.lower() in self.lex.acting_verbs) \
                    and not self.lex.is_demonym(e.root.lower_) and not self.in_quote(e.start_char):
                self._place_that_acts(e)
                continue
            medium = self.a_medium(e)
            if e.label_ != "ORG" and not medium or self.in_quote(e.start_char) or e.start in self.person_spans \
                    or e.end - 1 in self.person_spans:
                continue  # (« …, Al-Harith Idriss, »: a person the cast found under the recogniser's ORG; « à RFI
                # Amira »: the words to whom it was said, before the person)
            if e[0].text.islower() and self.lex.is_title(e[0].lemma_.lower(), e[0].lower_):
                continue  # « ministre des Affaires étrangères »: a person's title the recogniser called ORG
            toks = _clean_name(list(e))
            if toks and any(t.lemma_.lower() in self.lex.type_nouns for t in toks):
                k = toks[-1].i + 1  # « le Conseil constitutionnel » where the recogniser saw « Conseil »
                while k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].text.islower() and doc[k].dep_ == "amod" \
                        and e.start <= doc[k].head.i < k:
                    toks.append(doc[k])
                    k += 1
            while len(toks) > 1 and toks[0].lemma_.lower() in self.lex.type_nouns and toks[0].text.islower() \
                    and toks[1].text[:1].isupper():
                toks = toks[1:]  # « le groupe Renault » → Renault (but « Centre de contrôle … », « ministère de
                # la Santé » are names)
            if not toks:
                continue
            name = self.full_name_before_acronym(_text(doc, toks), toks[0].idx)
            key = name.lower()
            org = self.orgs.get(key) or self.orgs.setdefault(self.acronyms.get(name, name).lower(), Org(name, e.start))
            self.orgs[key] = org
            if _title_of_a_paper(toks, self.lex):  # « au Monde » calls back « Le Monde »
                bare = _text(doc, toks[1:]).lower()
                if bare in self.orgs and self.orgs[bare] is not org:
                    other = self.orgs[bare]
                    org.positions.extend(other.positions)
                    org.kinds |= other.kinds
                    org.first_pos = min(org.first_pos, other.first_pos)
                    self.orgs.update({k: org for k, o in self.orgs.items() if o is other})
                self.orgs[bare] = org
            org.positions.append(e.start)
            org.entity = True
            if org.gender == "unknown":
                org.gender = _org_gender(doc, e.start)
            if e.start > 0 and doc[e.start - 1].lower_ in ("les", "des", "aux"):
                org.plural = True
            head = e.root.head
            if e.root.dep_ in ("nsubj", "nsubj:pass") or e.root.dep_ == "appos" and head.dep_ in ("nsubj", "nsubj:pass"):
                org.subjects.append(e.start)  # (« Le géant suédois de l'ameublement Ikea va augmenter … »)
            if e.root.dep_ == "appos" and head.pos_ == "NOUN" and head.text.islower() \
                    and head.lemma_.lower() in self.lex.type_nouns:
                org.kinds.add(self.lex.type_nouns[head.lemma_.lower()])  # « le géant … Ikea »: a company
                org.nouns.add(head.lemma_.lower())
            for t in toks:  # its own words
                noun = t.lemma_.lower() if t.lemma_.lower() in self.lex.type_nouns else t.lower_
                if noun in self.lex.type_nouns:
                    org.kinds.add(self.lex.type_nouns[noun])
                    org.nouns.add(noun)
                if t.lower_ in self.lex.media_name_words:
                    org.kinds.add("media")
            if name.lower() in self.lex.news_agencies:
                org.kinds.add("agency")
            if medium or self.after_media_context(e.start):  # « dans un entretien accordé à France Bleu »
                org.kinds.add("media")
            k = e.start - 1
            while k >= max(0, e.start - 4) and doc[k].pos_ in ("ADJ", "DET", "PUNCT") and doc[k].text not in {".", ";"}:
                k -= 1
            if k >= 0 and doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in self.lex.type_nouns:
                noun = doc[k].lemma_.lower()  # « le quotidien américain New York Times »
                org.kinds.add(self.lex.type_nouns[noun])
                org.nouns.add(noun)

    def full_name_before_acronym(self, name: str, at: int) -> str:
        """« L'Organisation suisse d'aide aux réfugiés (OSAR) » that the recogniser cut after « suisse »:
        the full name an acronym defines, where the text gives it from the entity on."""
        text = doc_text(self.doc)
        for acr, full in self.acronyms.items():  # (only one the text defines in parentheses right after it)
            if full.startswith(name + " ") and text.startswith(f"{full} ({acr})", at):
                return full
        return name

    def _place_that_acts(self, e) -> None:
        """« Le Kremlin a rejeté les accusations », « Washington a dénoncé … »: a place made the
        subject of a verb of saying or of a decision stands for its government; « selon lui » may
        call it back."""
        toks = _clean_name(list(e))
        if not toks:
            return
        name = _text(self.doc, toks)
        org = self.orgs.get(name.lower())
        if org is None:
            org = self.orgs[name.lower()] = Org(name, e.start, kinds={"state"}, entity=True,
                                                gender=_org_gender(self.doc, e.start))
        org.positions.append(e.start)
        org.subjects.append(e.start)

    def _orgs_after_type_nouns(self) -> None:
        """« l'hebdomadaire Le Canard enchaîné », « la radio France Bleu »: the name right after a
        type noun is an organisation of that kind, whatever label the recogniser gave it."""
        doc = self.doc
        ents = entities(doc)
        for t in tokens(doc):
            if t.pos_ != "NOUN":
                continue  # (the cheap test first: this runs on every word)
            noun = t.lemma_.lower()
            if noun not in self.lex.type_nouns or not t.text.islower() or self.in_quote(t.idx):
                continue
            k = t.i + 1
            while k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].text.islower() and k < t.i + 3:
                k += 1  # « le quotidien britannique The Guardian »
            if k + 1 < len(doc) and doc[k].text == "," and getattr(self._apposed_type_noun(k + 1), "i", -1) == t.i:
                k += 1  # « Le bailleur, Habitat Marseille Provence, rejette … »
            if k >= len(doc) or not doc[k].text[:1].isupper() or doc[k].pos_ not in ("PROPN", "DET", "NOUN", "X",
                                                                                     "PRON", "ADJ", "VERB"):
                continue  # (« le collectif Nous Toutes », « le parti Renaissance »: a name of common words)
            ent = next((e for e in ents if e.start == k or e.start == k + 1 and doc[k].pos_ == "DET"), None)
            if ent is not None and ent.label_ == "PER":
                continue  # « le groupe de Marc Dupont »: a person
            end = ent.end if ent is not None else k
            if ent is None:
                while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha or end == k):
                    end += 1
            toks = list(doc[k:end])
            while toks and _a_date_word(toks[-1]):
                toks.pop()  # « Stellantis mardi »: the recogniser's entity ran into the date
            if not toks or len(toks) > 6:
                continue
            name = _text(doc, toks)
            org = self.orgs.get(name.lower())
            if org is None:
                org = self.orgs[name.lower()] = Org(name, k)
            org.positions.append(k)
            if t.dep_ in ("nsubj", "nsubj:pass") or doc[k].dep_ in ("nsubj", "nsubj:pass"):
                org.subjects.append(k)  # « Le bailleur, Habitat Marseille Provence, rejette … »
            org.entity = True  # a name, whatever label the recogniser gave it
            org.kinds.add(self.lex.type_nouns[noun])
            org.nouns.add(noun)

    def _apposed_type_noun(self, k: int) -> Token | None:
        """« Le bailleur, Habitat Marseille Provence, rejette … »: the type noun, with its definite
        article, that the capitalised words at ``k`` stand in apposition to, after a comma; then
        they name an organisation of that kind, not a person (unless a first name opens them)."""
        doc = self.doc
        j = k
        while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha:
            j -= 1
        if j < 2 or doc[j - 1].text != "," or _known_first_name(doc[j].text):
            return None
        t = doc[j - 2]
        if t.pos_ != "NOUN" or not t.text.islower() or t.lemma_.lower() not in self.lex.type_nouns \
                or not any(c.dep_ == "det" and c.lower_ in DEFINITE | {"le", "la", "les"} for c in t.children):
            return None
        return t

    def _named_institutions(self) -> None:
        """« la mairie de Lyon », « le tribunal administratif de Paris », « la préfecture du Nord »:
        an institution the article names by a type noun and the complement or adjective that
        tells which one, outside quotations (« la municipalité » calls it back later)."""
        doc = self.doc
        ents = entities(doc)
        for t in tokens(doc):
            if t.pos_ != "NOUN":
                continue  # (the cheap test first: this runs on every word)
            noun = t.lemma_.lower()
            kind = self.lex.type_nouns.get(noun)
            if kind in (None, "media", "company", "agency") or self.lex.type_families.get(noun) == "place" \
                    or not t.text.islower() \
                    or "Plur" in t.morph.get("Number") or self.in_quote(t.idx):
                continue
            toks, k, named = [t], t.i + 1, False
            while k < len(doc) and len(toks) < 7:
                w = doc[k]
                if w.pos_ == "ADJ" and w.text.islower() and w.dep_ == "amod":
                    pass
                elif w.lower_ in ("de", "du", "des", "d'", "d’") and k + 1 < len(doc):
                    pass
                elif w.pos_ == "DET" and toks[-1].lower_ in ("de", "d'", "d’"):
                    pass
                elif w.pos_ in ("PROPN", "NOUN") and toks[-1].lower_ in ("de", "du", "des", "d'", "d’", "la", "l'", "l’", "les") \
                        and w.text[:1].isupper() and w.ent_type_ != "PER":
                    named = True  # (« le gouvernement de Justin Trudeau » is no institution's name)
                elif named and w.text in ("-", "‑") and not toks[-1].whitespace_ and not w.whitespace_ \
                        and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
                    toks.append(w)  # « la préfecture des Alpes-Maritimes »: a place's name goes on past its hyphen
                    w, k = doc[k + 1], k + 1
                else:
                    break
                toks.append(w)
                k += 1
            while toks and (toks[-1].pos_ in ("DET", "ADP")):
                toks.pop()
            if not named or len(toks) < 3:
                continue
            first = next(w for w in toks if w.text[:1].isupper())
            ent = next((self.orgs.get(_text(doc, _clean_name(list(e))).lower()) for e in ents
                        if e.label_ == "ORG" and e.start <= first.i < e.end), None)
            if ent is not None:  # « le club de l'Olympique lyonnais »: the organisation is the name's
                if self.lex.type_families.get(noun) != "part":  # (« la direction de Carrefour »: no kind)
                    ent.kinds.add(kind)
                    ent.nouns.add(noun)
                continue
            name = _text(doc, toks)
            org = self.orgs.get(name.lower())
            if org is None:
                org = self.orgs[name.lower()] = Org(name, t.i, gender=_org_gender(doc, t.i))
            org.positions.append(t.i)
            if t.dep_ in ("nsubj", "nsubj:pass"):  # « La préfecture de Loire-Atlantique conteste … Elle affirme »
                org.subjects.append(t.i)
            org.kinds.add(kind)
            org.nouns.add(noun)

    def org_of_kind(self, noun: str, pos: int, history: list["Resolved"], strict: bool) -> Org | None:
        """The organisation that a type noun at token ``pos`` calls back: one named before and
        described by that very noun or one of its family (``strict``: « le parquet », « la
        municipalité » for « la mairie de Lyon »), or of the noun's kind (« le quotidien » for the
        New York Times); the last one quoted first, else the most recently named. Where the
        article gave no organisation that kind, an organisation it told nothing of the kind of,
        named in the last sentences (``unkinded_org``)."""
        kind = self.lex.type_nouns[noun]
        family = self.lex.type_families.get(noun, noun)
        def fits(o: Org) -> bool:
            if not strict or family == "*":
                return kind in o.kinds
            return any(self.lex.type_families.get(n, n) == family for n in o.nouns)

        pool = [o for o in self.organisations() if o.first_pos < pos and fits(o)]
        # (« Le CISSSO reconnaît une situation « difficile ». Dans une déclaration, l'organisme soutient … »: a noun
        # for any body of its kind is the body just quoted, whatever its kind)
        generic = family == "*"
        last = self._last_speaker_org(pos, history, any_kind=not pool or generic) if not strict or generic else None
        if last is not None and last not in pool:
            # « SUD-Rail dénonce … La CGT-Cheminots, elle, appelle à … Selon le syndicat, P »: the body just
            # quoted, whose kind the article did not say, before one of that kind quoted earlier; where none
            # is of that kind, the body just quoted (« L'OMS s'inquiète … Selon l'agence onusienne, P »)
            return last
        if not pool and (kind == "company" or family == "part"):  # (« la direction » of that company too)
            body = self._company_taken_for_a_person(pos, history)
            if body is not None:  # « Stellantis a annoncé … Le constructeur automobile affirme »
                return body
        if not pool:
            if family in ("*", "part"):  # « l'établissement public », « la direction »: any body named just before
                return self.unkinded_org(pos, history, any_kind=True)
            return self.unkinded_org(pos, history) if not strict else None
        # « le quotidien Libération … L'hebdomadaire Télérama … selon l'hebdomadaire »: the one the article
        # called by that very noun, if any, before others of its kind
        return self._latest([o for o in pool if noun in o.nouns] or pool, pos, history)

    def _company_taken_for_a_person(self, pos: int, history: list["Resolved"]) -> Org | None:
        """The last speaker, else the latest one named, when it is a one-word name the recogniser called a
        person with nothing personal about it (no first name, title, gender), named in this sentence or the
        one before: a company a type noun calls back (« Stellantis a annoncé … Le constructeur affirme »)."""
        start = self.sentences_back(pos, 1)

        def impersonal(p: Person | None) -> bool:
            return p is not None and len(p.name.split()) == 1 and not p.roles and p.gender == "unknown" \
                and not _known_first_name(p.name) and any(start <= q < pos for q in p.positions)
        last = history[-1].person if history else None
        if not impersonal(last):
            # (« Carlos Tavares a démissionné de la direction de Stellantis, a annoncé le constructeur »: or one
            # named, not quoted, in this sentence or the one before, the latest)
            named = [p for p in self.persons.values() if impersonal(p)]
            last = max(named, key=lambda p: max(q for q in p.positions if q < pos)) if named else None
        if last is None:
            return None
        return self.orgs.setdefault("company:" + last.name.lower(), Org(last.name, last.first_pos, kinds={"company"},
                                                                         positions=list(last.positions), entity=True,
                                                                         from_person=True))

    def _last_speaker_org(self, pos: int, history: list["Resolved"], any_kind: bool) -> Org | None:
        """The organisation of the last attribution, when the article told nothing of its kind (or
        ``any_kind``) and named it in this sentence or the one before."""
        if not history or history[-1].speaker_type != "organisation" or not history[-1].name:
            return None
        start = self.sentences_back(pos, 1)
        found = next((o for o in self.organisations() if o.name == history[-1].name and (any_kind or not o.kinds)
                      and o.entity and not o.plural and any(start <= p < pos for p in o.positions)), None)
        last = history[-1]
        if found is None and any_kind and last.rule == "proper_name" and last.mention is not None \
                and self.doc[start].idx <= last.mention[0] < self.doc[pos].idx:
            # (« Le Centre intégré de santé … de l'Outaouais (CISSSO) reconnaît … »: a body the name pass gave,
            # that the cast keeps no record of)
            at = self.doc.char_span(last.mention[0], last.mention[1], alignment_mode="expand")
            if at is not None:
                found = self.orgs.setdefault("quoted:" + last.name.lower(),
                                             Org(last.name, at.start, positions=[at.start], entity=True))
        return found

    def unkinded_org(self, pos: int, history: list["Resolved"], any_kind: bool = False) -> Org | None:
        """« Greenpeace a publié … Selon l'association »: an organisation of no known kind (of any
        kind, for a noun that stands for any body), the recogniser's, named in this sentence or the
        two before (not counted: « trois TER sur dix » are trains); the last one quoted first."""
        start = self.sentences_back(pos, 2)
        # (« trois TER sur dix »: a name counted is a thing, not a body)
        pool = [o for o in self.organisations() if (any_kind or not o.kinds) and o.entity
                and any(start <= p < pos and not (p > 0 and self.doc[p - 1].like_num) for p in o.positions)]
        # « Greenpeace a déposé plainte contre TotalEnergies. … Selon l'ONG »: a body that acted (a
        # subject) before one that was only acted upon
        acted = [o for o in pool if any(start <= p < pos for p in o.subjects)]
        return self._latest(acted or pool, pos, history) if pool else None

    @staticmethod
    def _latest(pool: list[Org], pos: int, history: list["Resolved"]) -> Org:
        for q in (h.name for h in reversed(history) if h.speaker_type == "organisation" and h.name):
            hit = next((o for o in pool if o.name == q), None)
            if hit is not None:
                return hit
        return max(pool, key=lambda o: (max(p for p in o.positions if p < pos) if any(p < pos for p in o.positions)
                                         else -1, len(o.positions)))

    def _title_subjects(self) -> None:
        """« Le Premier ministre s'est entretenu avec … » in the author's text: a subject named
        by the title of a known person is a mention of that person, for pronouns after it."""
        found = []
        for t in tokens(self.doc):
            if t.dep_ not in ("nsubj", "nsubj:pass") or t.pos_ != "NOUN" or "Plur" in t.morph.get("Number"):
                continue
            lemma = t.lemma_.lower()
            lemma = lemma[3:] if lemma.startswith("ex-") else lemma  # « L'ex-chef de l'État y règle ses comptes »
            det = next((c.lower_ for c in t.children if c.dep_ == "det"), "")
            if lemma not in self.lex.titles or det not in DEFINITE or self.in_quote(t.idx):
                continue
            if any(m[0] == t.i for m in self.mentions) or any(c.ent_type_ == "PER" for c in t.subtree):
                continue
            apposed = next((p for p in self.persons.values() if any(r[2] == t.i for r in p.roles)), None)
            if apposed is not None:  # « Brahim Chnina, le père de la collégienne, a pris la parole »: the
                # title the parser made the subject is the name's apposition
                found.append((t.i, apposed, True))
                continue
            words = self.role_words(lemma, t)
            gender = title_gender(t, det, self.lex)
            appointed = self.the_one_the_participle_says(t)
            if appointed is not None and self._compatible(appointed, gender):
                # « Le nouveau Premier ministre a promis … »: the one just put in the post now holds it
                self._add_role(appointed, t, *np_extent(t))
                found.append((t.i, appointed, True))
                continue
            p = self.role_holder(lemma, t, words, gender) or self.by_context(lemma, t, [], words, gender)
            if p is not None:
                found.append((t.i, p, True))
        self.mentions = sorted(self.mentions + found, key=lambda m: m[0])

    def _epithet_subjects(self) -> None:
        """« Caroline Garcia a été éliminée par la Chinoise Wang Xiyu. La Française n'a jamais trouvé son
        rythme »: a subject of the author's named by a people (``epithet_holder``) is a mention of whom
        it calls, so that « la Lyonnaise » after it is she, not the one named last."""
        found = []
        for t in tokens(self.doc):
            if t.dep_ not in ("nsubj", "nsubj:pass") or not t.text[:1].isupper() or t.is_sent_start \
                    or t.pos_ not in ("NOUN", "PROPN", "ADJ") or not self.lex.is_demonym(t.lower_) \
                    or t.ent_type_ in ("ORG", "PER") or t.i in self.person_spans or self.in_quote(t.idx):
                continue
            det = next((c.lower_ for c in t.children if c.dep_ == "det"), "")
            if det not in ("le", "la", "l'", "l’"):
                continue
            _, p = self.epithet_holder(t, _det_gender(det), None)
            if p is not None:
                found.append((t.i, p, True))
        self.mentions = sorted(self.mentions + found, key=lambda m: m[0])

    def _full_name_in_text(self, surname: str) -> str | None:
        """« Zemmal » → « Nacereddine Zemmal »: capitalised words before the surname somewhere
        in the article, outside quotations, that the parser did not tag as a name."""
        if not surname[:1].isupper() or len(surname) < 2:
            return None
        if first_name_gender(surname + " X") != "unknown":  # « Rumki » → « Rumki Khatun »
            after = re.compile(r"\b" + re.escape(surname) + r"((?:\s[A-ZÀ-Ý][\w\-]+){1,2})")
            for m in after.finditer(doc_text(self.doc)):
                if not self.in_quote(m.start()):
                    return surname + m.group(1)
        pattern = re.compile(r"((?:[A-ZÀ-Ý][\w\-]+\s){1,2})" + re.escape(surname) + r"\b")
        for m in pattern.finditer(doc_text(self.doc)):
            if self.in_quote(m.start()):
                continue
            words = [w for w in m.group(1).split() if not (len(w) >= 2 and w.isupper())]
            while words and (words[0].lower() in DETERMINERS | HONORIFICS | {"le", "la", "les", "selon", "pour", "et", "mais"}
                             or words[0].lower() in self.lex.titles):
                words = words[1:]
            if words:
                return " ".join(words + [surname])
        return None

    def _named_after(self, e) -> bool:
        """« sur le court Suzanne-Lenglen », « le prix Goncourt »: a name right after a noun for a place or
        a thing named after someone (``named_after_nouns.txt``) names that, not a person."""
        t = self.doc[e.start - 1] if e.start > 0 else None
        # (with its own article: « l'homme d'affaires Alix Didier Fils-Aimé » is a person)
        return t is not None and t.text.islower() and (t.lemma_.lower() in self.lex.named_after_nouns
                                                       or t.lower_ in self.lex.named_after_nouns) \
            and (any(c.dep_ == "det" for c in t.children)  # (« le court », that the tagger may call an adjective)
                 or e.start > 1 and self.doc[e.start - 2].lower_ in ("le", "la", "l'", "l’", "les", "du", "au", "des", "aux"))

    def _names_apposed_to_a_title(self) -> list:
        """« Le représentant permanent du Soudan auprès des Nations unies, Al-Harith Idriss, a rejeté … »,
        that the recogniser called an organisation: a name between commas after a person's title with
        its complement (a definite article, not a kind of body: « son producteur, Live Nation »), that
        opens on a first name, is a person."""
        doc, out = self.doc, []
        for e in entities(doc):
            if e.label_ not in ("ORG", "MISC") or not 2 <= len(e) <= 5 or e.start < 2 or e.end >= len(doc) \
                    or doc[e.start - 1].text != "," or doc[e.end].text != "," or not _known_first_name(e[0].text):
                continue
            head = next((t.head for t in e if t.dep_ == "appos" and not e.start <= t.head.i < e.end), None)
            if head is None or head.pos_ != "NOUN" or not head.text.islower() or head.lemma_.lower() not in self.lex.titles \
                    or head.lemma_.lower() in self.lex.type_nouns \
                    or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children) \
                    or not any(c.dep_ in ("nmod", "amod") and c.i > head.i for c in head.children):
                continue
            out.append(e)
        return out

    def _name_runs(self):
        """Runs of two to four capitalised proper nouns that the entity recogniser missed
        (« Nacereddine Zemmal »)."""
        doc = self.doc
        toks = tokens(doc)
        runs, i = [], 0
        while i < len(doc):
            j = i
            while j < len(doc) and toks[j].text[:1].isupper() and toks[j].ent_type_ not in ("ORG", "MISC") \
                    and (toks[j].is_alpha or "-" in toks[j].text) and (
                        toks[j].pos_ == "PROPN" or (j > i and toks[j].lower_ in NAME_PARTICLES and j + 1 < len(doc)
                                                   and toks[j + 1].pos_ == "PROPN")):
                j += 1
            if j == i + 1 and j < len(doc) and INITIAL.fullmatch(toks[j].text) and _known_first_name(toks[i].text):
                j += 1  # « Essia B. », « Nahel M. »: a first name and the initial the press gives for a surname
            if j - i >= 2 and all(t.ent_type_ == "PER" for t in doc[i:j]) and toks[i].ent_iob_ == "B" and (j == len(doc) or toks[j].ent_iob_ != "I"):
                i = j  # already an entity
                continue
            if 2 <= j - i <= 4 and not (toks[i].ent_type_ == "LOC" and not any(_known_first_name(t.text) for t in doc[i:j])) \
                    and not (toks[i].ent_type_ != "PER" and self.after_media_context(i)) \
                    and not any(t.lower_ in self.lex.media_name_words for t in doc[i:j]) \
                    and self._apposed_type_noun(i) is None \
                    and not (i > 0 and toks[i - 1].lower_ in ARTICLES and toks[i].ent_type_ == "LOC"
                             and _known_first_name(toks[i].text)) \
                    and not (i > 0 and toks[i - 1].text in ("le", "la", "les", "du", "au", "aux", "des")
                             and not _known_first_name(toks[i].text)):  # « le Grand Chelem »: a thing
                # (« le Paris Saint-Germain », a place with an article, is no person; « le Lillois Eden Hazard » is)
                runs.append(doc[i:j])  # (« France Inter », « Radio Canada »: an outlet, not a person)
            i = max(j, i + 1)
        return runs

    def _names_in_other_entities(self):
        """« le Premier ministre Mamadou Célestin » that the recogniser called MISC as a whole, « Ketly
        Fils-Aimé » called MISC: inside an entity not labelled a person, a known first name and
        the capitalised words after it, when nothing before them but titles, and no common noun
        before the entity (« rue Victor Hugo », « lycée Jean Moulin » are places)."""
        doc, out = self.doc, []
        for e in entities(doc):
            if e.label_ == "PER" or self.in_quote(e.start_char):
                continue
            starts = [t.i for t in e if t.text[:1].isupper() and _known_first_name(t.text)
                      and t.pos_ not in ("DET", "ADP")  # (« Le Premier ministre … »: « Le » is no first name here)
                      and t.i + 1 < e.end and _surname_starts(doc, t.i + 1, e.end)
                      and not (t.i > 0 and doc[t.i - 1].text == "-")]  # (« Pays-Bas »: no « Bas »)
            if not starts:
                if self._named_after_person_noun(e):
                    out.append(e)  # « l'économiste haïtien Kesner Pharel », called an organisation
                continue
            k = starts[0]
            if len(starts) > 1 and k > 0 and doc[k - 1].lower_ in ("de", "du", "d'", "d’") and k + 1 == starts[1]:
                k = starts[1]  # « le patron de Renault Luca de Meo »: the title's complement, then the name
            before_name = doc[e.start:k]
            titled = any(self.lex.is_title(t.lemma_.lower(), t.lower_) for t in before_name)
            j = e.start - 1  # « le ministre de l'Économie Bruno Le Maire », the entity starting at « Économie »
            while j >= max(0, e.start - 4) and (doc[j].lower_ in COMPLEMENT_WORDS or doc[j].pos_ in ("DET", "ADP")):
                j -= 1
            titled = titled or j < e.start - 1 and j >= 0 and self.lex.is_title(doc[j].lemma_.lower(), doc[j].lower_)
            # « a indiqué à La Presse Geneviève Tremblay »: whom it was said to, then the speaker's name
            addressee = e.start >= 2 and doc[e.start - 1].lower_ in ("à", "au", "aux") \
                and doc[e.start - 2].pos_ in ("VERB", "AUX") and all(t.text[:1].isupper() for t in before_name)
            if not addressee and any(not (self.lex.is_title(t.lemma_.lower(), t.lower_) or t.lower_ in HONORIFICS
                        # « le Premier ministre des Pays-Bas Mark Rutte »: a title with its complement
                        or titled and (t.lower_ in COMPLEMENT_WORDS or t.text[:1].isupper() or t.text == "-"
                                       or t.pos_ == "ADJ"))
                   for t in before_name):
                continue
            before = doc[e.start - 1] if e.start > 0 else None
            if k == e.start and (e.label_ == "ORG" or e.label_ == "LOC" and before is not None and before.pos_ in ("ADP", "DET")
                                 or before is not None and before.text in ("le", "la", "les", "du", "au", "aux", "des")) \
                    or any(t.lower_ in self.lex.media_name_words for t in (doc[k:e.end] if addressee else e)):
                continue  # « France Inter », « à Florence », « le Paris Saint-Germain », « le Grand Chelem »: an
                # organisation, a place or a thing that starts like a first name
            if before is not None and before.pos_ == "NOUN" and before.text.islower() \
                    and not self.lex.is_title(before.lemma_.lower(), before.lower_):
                continue
            end = k + 1
            while end < e.end and end - k < 6 and (doc[end].text[:1].isupper() or doc[end].text == "-"
                                                   and end + 1 < e.end and doc[end + 1].text[:1].isupper()
                                                   or _surname_starts(doc, end, e.end) and doc[end].text.islower()):
                end += 1  # (« Fils-Aimé »: three tokens; « Luca de Meo »: a particle)
            out.append(doc[k:end])
        return out

    def _named_after_person_noun(self, e) -> bool:
        """An entity of two to four capitalised words right after a noun for a person (« l'économiste
        haïtien Kesner Pharel »), with no word of an outlet's or a company's name, is that person's
        name, whatever label the recogniser gave it."""
        doc, lex = self.doc, self.lex
        # (« la chanteuse Angèle »: one word, that the recogniser called MISC, after a person noun)
        if not (2 <= len(e) <= 4 or len(e) == 1 and e.label_ == "MISC") \
                or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in e) \
                or any(t.lower_ in lex.media_name_words or t.lower_ in lex.company_nouns or t.lower_ in lex.type_nouns
                       or t.lower_ in lex.institutions for t in e):
            return False
        j = e.start - 1
        while j > e.start - 3 and j >= 0 and doc[j].text.islower() and doc[j].pos_ in ("ADJ", "PROPN"):
            j -= 1  # (« haïtien »)
        t = doc[j] if j >= 0 else None
        return t is not None and t.pos_ == "NOUN" and t.text.islower() and lex.is_person_noun(t.lemma_.lower(), t.lower_) \
            and any(c.dep_ == "det" for c in t.children)

    def _gender_from_context(self, p: Person, e) -> None:
        doc = self.doc
        if p.gender != "unknown":
            return
        if e.start > 0:
            prev = doc[e.start - 1].lower_
            if prev in FEMALE_HONORIFICS:
                p.gender, p.gender_evidence = "female", doc[e.start - 1].text
                return
            if prev in MALE_HONORIFICS:
                p.gender, p.gender_evidence = "male", doc[e.start - 1].text
                return

    def _roles_from_context(self, p: Person, e) -> None:
        doc = self.doc
        sent = self._line(e.start)
        start = e.start
        while start - 1 >= sent.start and doc[start - 1].lower_ in HONORIFICS:
            start -= 1  # « Son avocat, Me Philippe Bouchez »: the title is before the honorific
        if start - 2 >= sent.start and doc[start - 1].text[:1].isupper() and doc[start - 2].lower_ in ("le", "la", "l'", "l’") \
                and (self.lex.is_demonym(doc[start - 1].lower_) or doc[start - 1].ent_type_ == "LOC"
                     and doc[start - 1].pos_ == "NOUN") and start - 3 >= sent.start and doc[start - 3].text == ",":
            start -= 2  # « Le négociateur en chef du Groupe Afrique, le Kényan Ali Mohamed »: past the epithet
        # « le ministre syrien des Affaires étrangères Walid Mouallem », « le premier ministre, Lucas Papadémos »
        k = start - 1
        comma = k >= sent.start and doc[k].text == ","
        if comma:
            k -= 1
        if k >= sent.start and (doc[k].lower_ in ("de", "d'", "d’", "du", "des")
                                or doc[k].lemma_.lower() in self.lex.surname_nouns and not comma):
            k = -1  # « l'avocat de Jean Dupont », « l'avocat de la famille Traoré »: the name is the complement's
            # (but « L'avocate de la famille, Me Sophie Garnier »: an apposition)
        while k >= sent.start and k >= start - 9:
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") or t.text in {".", ";", ":"}:
                break
            if t.lemma_.lower() in self.lex.titles or t.lower_ in self.lex.titles:
                while t.dep_ == "nmod" and ("Plur" in t.morph.get("Number") or any(
                        c.dep_ == "case" and c.lower_ == "en" for c in t.children)) and start - 9 <= t.head.i < t.i \
                        and self.lex.is_title(t.head.lemma_.lower(), t.head.lower_):
                    t = t.head  # « la patronne des patrons Emma Marcegaglia »: a plural title is not hers
                    # (« un porte-parole du commissaire Olli Rehn »: the commissioner is); « le négociateur en
                    # chef »: one title
                s, en = np_extent(t)
                if comma and s > sent.start and doc[s - 1].lower_ in ("selon", "après", "pour") \
                        and e.end < len(doc) and doc[e.end].text != ",":
                    break  # « Selon le dirigeant portugais, Doué incarne … »: the source, then the content's subject
                    # (but « Selon le ministre des Finances, Jun Azumi, P »: an apposition between commas)
                if en >= start - 1:
                    self._add_role(p, t, s, min(en, start))
                    break
            k -= 1
        # « Antony Blinken, secrétaire d'État américain, »
        k = e.end
        if k < sent.end and doc[k].text == ",":
            for j in range(k + 1, min(sent.end, k + 4)):
                t = doc[j]
                if t.dep_ in SUBJECT_DEPS and any(c.dep_ == "case" for c in e.root.children):
                    break  # « Interrogé sur l'absence d'Onana, le technicien a refusé »: a name in a complement
                    # has no apposition; the title is the next clause's subject
                if t.lemma_.lower() in self.lex.titles or t.lower_ in self.lex.titles:
                    s, en = np_extent(t)
                    self._add_role(p, t, k + 1, en)
                    break
                if t.pos_ in ("VERB", "AUX", "PROPN"):
                    break
        honorific = doc[e.start - 1] if e.start > sent.start else None
        trade = self.lex.honorific_titles.get(honorific.lower_) if honorific is not None else None
        if trade and not any(self._title_key(r[0]) == self._title_key(trade) for r in p.roles):
            p.roles.append((trade, trade, honorific.i))  # « Me Paul Lenoir »: a lawyer (after the roles the text gives)

    def _roles_from_verbs(self, p: Person, e) -> None:
        """« Le groupe Stellantis, dirigé par Carlos Tavares », « Didier Deschamps entraîne l'équipe »,
        « le procès de Jawad Bendaoud »: the agent or the subject of a verb of ``role_verbs.tsv``, or the
        complement of a noun of it, holds the roles it gives (« son patron », « l'entraîneur », « le
        prévenu »)."""
        root = e.root
        verb = root.head
        # (« Narges Mohammadi, lauréate du prix Nobel et détenue à Evin »: a participle joined to an apposition)
        joined = [g for c in root.children if c.dep_ == "appos" and c.i > root.i for g in c.children
                  if g.dep_ == "conj" and g.pos_ == "VERB"]
        for part in [c for c in root.children if c.dep_ == "acl"] + joined + ([verb] if root.dep_ == "nsubj:pass" else []):
            # « Mohamed A., jugé depuis lundi », « X est poursuivi pour … »: the one the participle qualifies
            given = self.lex.patient_role_verbs.get(part.lemma_.lower())
            if given and "Part" in part.morph.get("VerbForm") and not is_negated(part):
                p.relations.extend((title, title, part.i) for title in given)
        titles = self.lex.role_verbs.get(verb.lemma_.lower())
        if not titles:
            return
        agent = root.dep_ == "obl:agent" or root.dep_.startswith("obl") and any(c.lower_ == "par" for c in root.children)
        subject = root.dep_ == "nsubj" and any(c.dep_ == "obj" for c in verb.children)
        of_noun = root.dep_ == "nmod" and verb.pos_ == "NOUN" and any(c.lower_ in ("de", "d'", "d’") for c in root.children)
        if of_noun or (agent or subject) and verb.pos_ == "VERB" and not is_negated(verb):
            p.relations.extend((title, title, verb.i) for title in titles)

    def _line(self, i: int):
        """The stretch around token ``i`` bounded by paragraph breaks and sentence ends: the
        parser's sentences split too eagerly after headlines."""
        doc = self.doc
        toks = tokens(doc)
        s = i
        while s > 0 and "\n" not in toks[s - 1].text and toks[s - 1].text not in {".", "!", "?"}:
            s -= 1
        e = i
        while e < len(doc) and "\n" not in toks[e].text and toks[e].text not in {".", "!", "?"}:
            e += 1
        return doc[s:e]

    def _add_role(self, p: Person, title: Token, s: int, e: int) -> None:
        doc = self.doc
        while s < e and doc[s].lower_ in DETERMINERS | POSSESSIVES | {","}:
            s += 1
        while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
            e -= 1
        text = doc_text(doc)[doc[s].idx: doc[e - 1].idx + len(doc[e - 1].text)] if e > s else title.text
        p.roles.append((title.lemma_.lower(), text, title.i))
        first = title.head
        comma = next((k for k in range(first.i + 1, title.i) if doc[k].text == ","), None)
        if title.dep_ in ("conj", "appos") and comma is not None and first.pos_ == "NOUN" \
                and not any(c.dep_ == "cc" for c in title.children) \
                and self.lex.is_title(first.lemma_.lower(), first.lower_) and not any(r[2] == first.i for r in p.roles):
            # « Sa présidente, la professeure Christèle Gras-Le Guen »: the title the other one stands beside
            fs, fe = np_extent(first)
            fe = min(fe, comma)
            p.roles.append((first.lemma_.lower(), doc_text(doc)[doc[fs].idx: doc[fe - 1].idx + len(doc[fe - 1].text)],
                            first.i))
        if p.gender == "unknown":
            g = title.morph.get("Gender")
            det = [c for c in title.children if c.dep_ == "det"]
            if det and det[0].lower_ in {"la", "une"}:
                p.gender, p.gender_evidence = "female", f"{det[0].text} {title.text}"
            elif title.lemma_.lower() != title.lower_ and g == ["Fem"]:
                p.gender, p.gender_evidence = "female", title.text
            elif title.lower_ == title.lemma_.lower() and title.lower_.endswith(self.lex.masculine_title_endings) \
                    and g != ["Fem"] and not (det and det[0].lower_ in {"l'", "l’"}):
                p.gender, p.gender_evidence = "male", title.text  # « Jordan Bardella, président du RN »

    # -- resolution -----------------------------------------------------------
    def role_words(self, lemma: str, head: Token) -> set[str]:
        """The words of a title mention besides the title itself (« de la CEI », « américain »)."""
        s, e = np_extent(head)
        return {_fold(t.text) for t in self.doc[s:e] if t.is_alpha and t.lower_ not in DETERMINERS | POSSESSIVES
                and t.pos_ != "ADP" and t.lemma_.lower() != lemma}

    def role_holder(self, lemma: str, head: Token, words: set[str], gender: str) -> Person | None:
        """The person the article gave this role: the mention's own words must all be in the role
        (« le chef du gouvernement » is not « le chef de file de la droite »). A role given before,
        the latest; given after, when it is the same, or in the same paragraph (« indique son
        avocate … son avocate, Florence Rault »)."""
        cands = []
        for p in self.persons.values():
            if not self._compatible(p, gender):
                continue
            for title, text, pos in p.roles + p.relations:
                # (compared folded: the lemmatiser gives « chancelièr » in one sentence, « chancelière » in another)
                if self._title_key(title) != self._title_key(lemma) or pos == head.i:
                    continue  # (« avocate » and « avocat »: one title in its two genders)
                role_words = {_fold(w) for w in re.findall(r"\w+", text)}
                if not words <= role_words:
                    continue
                if pos < head.i or words and words == role_words - {_fold(lemma)} or self._same_paragraph(head.i, pos):
                    cands.append((pos, p))
        if not cands:
            cands = self._holders_by_synonym(lemma, head, words, gender)
        if not cands:
            cands = self._sole_holder_refined(lemma, head, words, gender)
        if not cands:
            return None
        before = [c for c in cands if c[0] < head.i]
        return max(before, key=lambda c: c[0])[1] if before else min(cands, key=lambda c: c[0])[1]

    def _sole_holder_refined(self, lemma: str, head: Token, words: set[str], gender: str) -> list[tuple[int, Person]]:
        """« le gardien québécois » after « son gardien, Samuel Montembeault », « le délégué syndical » after
        « Karim Bensalah, délégué de la CGSP »: a mention whose words past the title are adjectives after
        it (they class the holder: a people, a trade, a party; an adjective before it, « l'ancien »,
        « le nouveau », may mean another one) is the one person given that title before, or in the same
        paragraph, whose role has no such adjective the mention lacks. Never where two hold it."""
        after = _adjectives_after(head)
        if not words or {_fold(t.text) for t in after} != words:
            return []
        own = {_fold(t.lemma_) for t in after}
        cands = []
        for p in self.persons.values():
            for title, _, pos in p.roles + p.relations:
                if self._title_key(title) != self._title_key(lemma) or pos == head.i \
                        or not (pos < head.i or self._same_paragraph(head.i, pos)):
                    continue
                if {_fold(t.lemma_) for t in _adjectives_after(self.doc[pos])} <= own:
                    cands.append((pos, p))
                    break
        holders = {id(p) for _, p in cands}
        return cands if len(holders) == 1 and self._compatible(cands[0][1], gender) else []

    def _title_key(self, title: str) -> str:
        """A title folded, in one form for both genders where its feminine adds « e » to a masculine
        ending (``masculine_title_endings.txt``: « avocate » → « avocat », « présidente » → « président »)."""
        key = _fold(title)
        return key[:-1] if key.endswith("e") and key[:-1].endswith(self.lex.masculine_title_endings) else key

    def _holders_by_synonym(self, lemma: str, head: Token, words: set[str], gender: str) -> list[tuple[int, Person]]:
        """« le chef de l'État » after « l'ancien président Nicolas Sarkozy », « le chef de la
        diplomatie » after « le ministre des Affaires étrangères, X » (``title_synonyms.tsv``): the
        persons given, before, the title this one stands for."""
        out = []
        for title, own, other, needed in self.lex.title_synonyms:
            if _fold(title) != _fold(lemma) or not {_fold(w) for w in own} <= words:
                continue
            for p in self.persons.values():
                if not self._compatible(p, gender):
                    continue
                for t, text, pos in p.roles:
                    if _fold(t) == _fold(other) and pos < head.i \
                            and {_fold(w) for w in needed} <= {_fold(w) for w in re.findall(r"\w+", text)}:
                        out.append((pos, p))
        return out

    def by_context(self, lemma: str, head: Token, history: list[Resolved], words: set[str],
                   gender: str) -> Person | None:
        """A title nobody holds in the article: the subject named just before, the last speaker,
        the closest person named before who is known by no other title."""
        def fits(p: Person) -> bool:
            return self._compatible(p, gender)
        # « La Première ministre a pour sa part assuré … »: someone else than the last speaker
        contrast = CONTRAST.search(head.sent.text.lower()) is not None
        last = next((r.person for r in reversed(history) if r.person is not None), None)
        last_at = next((r.mention[0] for r in reversed(history) if r.person is not None and r.mention), -1)

        def allowed(p: Person) -> bool:
            return fits(p) and not (contrast and p is last)

        # (« le Premier ministre désigné »: its callers ask ``the_one_the_participle_says`` first)
        def untitled(p: Person) -> bool:  # not known by another title
            return not p.roles or any(_fold(r[0]) == _fold(lemma) and words <= {_fold(w) for w in re.findall(r"\w+", r[1])}
                                      for r in p.roles)
        # « Emmanuel Macron … Il s'est entretenu avec Volodymyr Zelensky. Le président ukrainien a réclamé … »: a
        # person the sentence before introduces, whom the article gave no title yet, is the one a new title
        # describes (a subject first, where several)
        # (named in the sentence before, as the subject or an argument of a verb: not « Interrogé sur l'absence
        # d'Onana, le technicien a … », not a single word that may be a place)
        since, own = self.sentences_back(head.i, 1), self.sentences_back(head.i, 0)
        new = [(i, p, is_subj) for i, p, is_subj in self.mentions if since <= i < own and p.first_pos >= since
               and allowed(p) and p is not last and not p.roles and not self.in_report(self.doc[i].idx)
               and (is_subj or self._argument_of_a_verb(i)) and (" " in p.name or p.gender != "unknown")
               and not self.quoted_about(head.i, p.gender)]
        if new:
            return next((p for _, p, is_subj in reversed(new) if is_subj), new[-1][1])
        for i, p, is_subj in reversed(self.mentions):
            # « Le secrétaire général de l'Otan, Mark Rutte, doit s'exprimer lundi. L'ancien Premier
            # ministre néerlandais a prévenu … »: the subject of the sentence before, named since the
            # last speaker, is the one a new title describes (not the subject of words reported: « Selon lui,
            # l'accusée « savait … » » is what the expert said of her)
            if i < head.i and is_subj and self.doc[i].idx > last_at and self._near(i, head.i) and allowed(p) \
                    and p is not last and not self.quoted_about(head.i, p.gender) and not self.in_report(self.doc[i].idx):
                return p
        for k, r in enumerate(reversed(history)):
            if r.person is not None and allowed(r.person) and (k == 0 or untitled(r.person)):
                # (« Son avocate, Me X, a dénoncé … [three other speakers] La présidente du tribunal a rappelé … »:
                # one known by another title is the context only as the very last speaker)
                return r.person
            if r.person is None and r.anonymous and r.name and r.speaker_type == "person" \
                    and (gender == "unknown" or r.gender in ("unknown", gender)):
                break  # « « … », a ajouté le fils d'une victime. Le président de la cour a annoncé … »: an unnamed
                # person spoke since the last one named; the title is neither's
        # else the closest person named before, outside quotations, not known by another title:
        # a subject first (the salient one), else any
        for subject_only in (True, False):
            for i, p, is_subj in reversed(self.mentions):
                # (« un survivant de Nondin »: a single word the recogniser called a person, never a
                # subject, may be a place; not that. « les avocats d'Essia B. »: one named as another
                # person's complement is what they speak of, not who holds a new title)
                # (a subject of words reported is what the source spoke of; a person named in passing, only
                # in the paragraph)
                if i < head.i and (is_subj and not self.in_report(self.doc[i].idx)
                                   or not subject_only and (" " in p.name or p.gender != "unknown")
                                   and not self._of_a_person_noun(i) and self._same_paragraph(head.i, i)) \
                        and allowed(p) and untitled(p):
                    return p
        return None

    def _argument_of_a_verb(self, i: int) -> bool:
        """Is the name at token ``i`` an object or a complement of a verb (« a reçu Olaf Scholz », « s'est
        entretenu avec Volodymyr Zelensky »), not of a noun?"""
        span = self.person_spans.get(i)
        root = span.root if span is not None else self.doc[i]
        return root.dep_ in ("obj", "iobj", "obl", "obl:arg", "obl:mod") and root.head.pos_ in ("VERB", "AUX")

    def quoted_about(self, pos: int, gender: str) -> bool:
        """« Michel Lebrun vivait seul. « Il ne sortait presque plus », raconte le retraité »: does the
        quotation that the cue at token ``pos`` closes open on « il » or « elle » (not an impersonal
        one: « il faut ») that can be someone of ``gender``? Then it talks about that one, who is
        not who speaks."""
        text = doc_text(self.doc)
        at = self.doc[pos].idx
        closed = [q for q in self.quotes.within(self.sentence_start(at), at) if q.end <= at]
        if not closed:
            return False
        words = text[closed[-1].inner_start:closed[-1].inner_end].split()
        if len(words) < 2 or words[1].lower() in IMPERSONAL_AFTER_IL or words[1].lower().startswith(("s'", "s’")):
            return False
        said = {"il": "male", "elle": "female"}.get(words[0].lower())
        return said is not None and gender in (said, "unknown")

    def _of_a_person_noun(self, i: int) -> bool:
        """Is the name at token ``i`` the complement of a noun for other people (« les avocats d'Essia
        Boularès », « la mère de Paul »), not of a verb (« annoncée par Stanislas Guerini ») nor of an
        event (« le procès de Jean-Luc Mélenchon »)?"""
        span = self.person_spans.get(i)
        tokens = list(span) if span is not None else [self.doc[i]]
        # (the first word that hangs outside the name: the parser may make its last word a subject)
        root = next((t for t in tokens if not tokens[0].i <= t.head.i <= tokens[-1].i), tokens[0])
        head = root.head
        return root.dep_ == "nmod" and head.pos_ == "NOUN" and head.i not in self.person_spans \
            and self.lex.is_person_noun(head.lemma_.lower(), head.lower_)

    def the_one_the_participle_says(self, head: Token) -> Person | None:
        """« le Premier ministre désigné », « le président élu »: the person the article made the
        object of that verb before (« a désigné Mario Monti », « Joe Biden a été élu »); « le
        nouveau Premier ministre »: of a verb that puts someone in a post (``appointing_verbs.txt``,
        « nomme l'homme d'affaires X »)."""
        parts = {c.lemma_.lower() for c in head.children if c.dep_ in ("amod", "acl") and c.i > head.i
                 and "Part" in c.morph.get("VerbForm")}
        if any(c.dep_ == "amod" and c.i < head.i and c.lemma_.lower() in ("nouveau", "nouvel", "nouvelle")
               for c in head.children):
            parts |= self.lex.appointing_verbs
        if not parts:
            return None
        found = None
        for i, p, _ in self.mentions:
            t = self.doc[i]
            if i >= head.i:
                break
            if t.dep_ in ("appos", "nmod", "flat:name") and t.head.pos_ == "NOUN" and t.head.i < t.i:
                t = t.head  # « nomme l'homme d'affaires X »: the noun the name stands beside
            if t.dep_ in ("obj", "nsubj:pass") and t.head.lemma_.lower() in parts and t.head.i != head.i:
                found = p
        return found

    def _description(self, s: int, e: int) -> str:
        doc = self.doc
        return doc_text(doc)[doc[s].idx: doc[e - 1].idx + len(doc[e - 1].text)]

    def is_name_token(self, tok: Token) -> bool:
        """Part of a person's name: the recogniser's, or one the cast found (``_collect``)."""
        return tok.i in self.person_spans  # (the recogniser's persons, less the titles it took for names)

    def _entity_tokens(self, tok: Token) -> list[Token]:
        """The tokens of the name a token belongs to: the cast's reading of it (``person_spans``: names
        glued at a hyphen, cut after whom it was said to), else the recogniser's entity."""
        if tok.i in self.person_spans:
            return list(self.person_spans[tok.i])
        for ent in entities(self.doc):
            if ent.start <= tok.i < ent.end:
                return list(ent)
        return [tok]

    def _entity_of(self, span, labels):
        for ent in entities(self.doc):
            if ent.label_ in labels and ent.start >= span.start and ent.end <= span.end:
                return ent
        return None

    def _honorific_gender(self, p: Person, mention) -> None:
        """« Mme Pang », « M. Wang » in the mention itself."""
        if p.gender != "unknown" and not (p.gender_evidence or "").startswith("first name") or mention is None:
            return
        span = self.doc.char_span(mention[0], mention[1], alignment_mode="expand")
        for t in span or []:
            if t.lower_ in FEMALE_HONORIFICS:
                p.gender, p.gender_evidence = "female", t.text
            elif t.lower_ in MALE_HONORIFICS:
                p.gender, p.gender_evidence = "male", t.text

    def _as_person(self, p: Person, mention, conf: float) -> Resolved:
        self._honorific_gender(p, mention)
        role = p.roles[0][1] if p.roles else None
        return Resolved(p.name, mention, speaker_type="person", role=role, gender=p.gender,
                        gender_evidence=p.gender_evidence, confidence=conf, person=p)

    def subject_since(self, after_char: int, before_char: int) -> Person | None:
        """The person last made a subject in the author's text between two offsets, in the
        same paragraph as ``before_char``."""
        for i, p, is_subj in reversed(self.mentions):
            c = self.doc[i].idx
            if c >= before_char:
                continue
            if c <= after_char or "\n" in doc_text(self.doc)[c:before_char]:
                return None
            if is_subj:
                return p
        return None

    def as_person(self, p: Person) -> Resolved:
        return self._as_person(p, None, 0.55)

    def _same_paragraph(self, i: int, pos: int) -> bool:
        return self.same_paragraph_chars(self.doc[i].idx, self.doc[pos].idx)

    def same_paragraph_chars(self, a: int, b: int) -> bool:
        """Do characters ``a`` and ``b`` stand in one paragraph (no line break between them)?"""
        a, b = sorted((a, b))
        return "\n" not in doc_text(self.doc)[a:b]

    def sentences_back(self, pos: int, n: int) -> int:
        """The first token of the sentence ``n`` sentences of the author's before the one of token
        ``pos`` (0: its own); the parser's sentences that hold only quoted words or marks do not count."""
        start = self.doc[pos].sent.start
        for _ in range(n):
            while start > 0:
                sent = self.doc[start - 1].sent
                start = sent.start
                if any(t.is_alpha and not self.in_quote(t.idx) for t in sent):
                    break  # a lone mark the parser cut off, or a quotation, is no sentence of the author's
        return start

    def sentence_start(self, at: int) -> int:
        """The first character after the last end of sentence before ``at`` that is outside
        quotations. The parser's sentences are not trusted for this: it often glues a closing mark
        to the next sentence and cuts « … prudent. « Q », juge-t-il. » in three."""
        text = doc_text(self.doc)
        k, stop = at - 1, max(0, at - 2000)  # (a sentence longer than that is no sentence to weigh)
        while k >= stop:
            q = self.quotes.at(k)
            if q is not None:  # a quotation that ends on its own period ends a sentence: « … commune. »
                if text[q.start:q.end].rstrip("»”\"' \u00a0\u202f")[-1:] in (".", "!", "?") and q.end <= at:
                    return q.end
                k = q.start - 1
                continue
            if text[k] in SENTENCE_END and not _abbreviation_before(text, k):
                return k + 1
            k -= 1
        return stop

    def author_sentence_before(self, at: int, unreported: bool = False) -> tuple[int, int] | None:
        """The characters of the sentence that ends right before ``at`` (marks and spaces between),
        when it is the author's own: no quotation in it (``unreported``: none that a content found
        holds), and it ends with « . », « ! », « ? » or « : »."""
        text = doc_text(self.doc)
        end = at
        while end > 0 and (text[end - 1].isspace() or text[end - 1] in "«\"“"):
            end -= 1
        if end == 0 or text[end - 1] not in ".!?:" or self.in_quote(end - 1):
            return None
        start = self.sentence_start(end - 1)
        while start < end and text[start] in " \u00a0\u202f\n":
            start += 1
        if start >= end - 1 or any(not unreported or any(s < q.end and q.start < e for s, e in self.reported)
                                          for q in self.quotes.within(start, end)):
            return None
        return start, end

    def organisations(self) -> list[Org]:
        """Each organisation once (``orgs`` holds one under each of its names), less those the article
        shows to be persons (« Son directeur général, Tedros Adhanom Ghebreyesus », that the recogniser
        called an organisation)."""
        return list({id(o): o for o in self.orgs.values()
                     if o.from_person or o.name.lower() not in self.persons}.values())

    def _near(self, i: int, pos: int) -> bool:
        """Is token ``i`` in the sentence of ``pos`` or the one before?"""
        return self.sentences_back(pos, 1) <= i

    @staticmethod
    def _compatible(p: Person, gender: str) -> bool:
        return gender == "unknown" or p.gender in ("unknown", gender)
