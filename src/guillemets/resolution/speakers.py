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
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..extraction.quotes import QuoteIndex, find_quotes
from ..extraction.cues import TEMPORAL
from ..extraction.syntax import HONORIFICS, doc_text, np_extent

ACRONYM = re.compile(r"([A-ZÉÈ][\w'’\- ]{3,}?)\s*\(([A-Z][A-Z0-9&\-]{1,9})\)")

FEMALE_HONORIFICS = {"mme", "mlle", "madame"}
MALE_HONORIFICS = {"m.", "mr", "monsieur"}
DETERMINERS = {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’"}
INDEFINITE = {"un", "une", "des", "de", "d'", "d’", "plusieurs", "certains", "certaines", "nombreux",
              "nombreuses", "quelques", "deux", "trois", "aucun", "aucune"}
DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
DEFINITE = {"le", "la", "l'", "l’"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}
DEMONYM_ENDINGS = ("ois", "oise", "ais", "aise", "ain", "aine", "ien", "ienne", "éen", "éenne")


NAME_PARTICLES = {"le", "la", "de", "du", "des", "van", "von", "der", "den", "al", "el", "ben", "ibn", "bin", "abou", "abu", "da", "di", "dos", "del"}


@lru_cache(maxsize=1)
def _first_names():
    """First-name → gender table shipped by the gender-guesser package (data under the GFDL)."""
    import gender_guesser.detector as detector
    return detector.Detector(case_sensitive=False)


def first_name_gender(name: str) -> str:
    first = name.split()[0].split("-")[0] if name.split() else ""
    if len(first) < 2 or not first[:1].isupper():
        return "unknown"
    # the French usage first; the worldwide answer only for names France does not know, and
    # only when it is clear-cut (« Eden », « Dominique », « Andrea » stay unknown)
    g = _first_names().get_gender(first, "france")
    if g == "unknown":
        g = _first_names().get_gender(first)
        g = g if g in ("male", "female") else "unknown"
    return {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}.get(g, "unknown")


@dataclass(slots=True)
class Person:
    name: str
    first_pos: int
    positions: list[int] = field(default_factory=list)
    roles: list[tuple[str, str, int]] = field(default_factory=list)  # (title lemma, role text, position)
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


def _fold(word: str) -> str:
    """Lower case without accents or a final feminine « e »: « Première » ~ « premier »."""
    import unicodedata
    w = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    return w[:-1] if w.endswith("e") and len(w) > 3 else w


# « pour sa part », « de son côté », « quant à elle »: the speaker is not the one before
CONTRAST = re.compile(r"\b(pour (sa|son|leur) part|de (son|leur) côté|quant à (lui|elle|eux|elles)|à (son|leur) tour"
                      r"|(lui|elle|eux|elles) aussi|au contraire)\b")
COMPANION_VERBS = {"accompagner", "entourer", "flanquer", "escorter"}


def _companions(t: Token) -> list[Token]:
    """The others of a group whose first member is ``t``: « X et Y », « X, conseiller, et Y »,
    « X, accompagné de Y, s'entretiennent »."""
    own = [t] + [a for a in t.children if a.dep_ == "appos"]
    out = [c for o in own for c in o.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    if "Plur" in t.head.morph.get("Number") and "Sing" in t.morph.get("Number"):
        for acl in t.subtree:  # wherever the parser hung the participle inside the subject
            if acl.dep_ == "acl" and acl.lemma_.lower() in COMPANION_VERBS:
                out += [c for c in acl.children if c.dep_ in ("obl:agent", "obl:arg", "obl") and c.pos_ in ("NOUN", "PROPN")]
    return out


def _det_gender(det: str) -> str:
    """« la ministre » is a woman, « le Premier ministre » a man; « l' », « les »: unknown."""
    return "female" if det in ("la", "une", "cette") else "male" if det in ("le", "un", "ce", "cet") else "unknown"


def _same_surname(a: str, b: str) -> bool:
    """« Lafont-Couturier » and « Lafont » (an entity cut at the hyphen) are one surname."""
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


def _same_first_name(a: str, b: str) -> bool:
    """« Antonis » and « Antonio » beside one surname: a spelling slip, not two people."""
    a, b = a.lower(), b.lower()
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:4] == b[:4] and abs(len(a) - len(b)) <= 1
                      and sum(x != y for x, y in zip(a, b)) <= 1)


def _clean_name(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].lower_ in HONORIFICS or tokens[0].lower_ in DETERMINERS
                      or len(tokens) >= 2 and len(tokens[0].text) >= 2 and tokens[0].text.isupper()
                      and tokens[1].text[:1].isupper() and not tokens[1].text.isupper()):
        tokens = tokens[1:]  # « AFP Rumki Khatun »: the agency is not part of the name
    while tokens and (tokens[-1].is_punct):
        tokens = tokens[:-1]
    if len(tokens) >= 3 and all(t.text[:1].isupper() for t in tokens[:2]) and _known_first_name(tokens[1].text) \
            and not _known_first_name(tokens[0].text):
        tokens = tokens[1:]  # « à France Bleu Jura Marie Vuillemin »: the name starts at the first name
    return tokens


def _known_first_name(word: str) -> bool:
    return first_name_gender(word) != "unknown" or _first_names().get_gender(word.split("-")[0]) == "andy"


def _text(doc: Doc, tokens: list[Token]) -> str:
    if not tokens:
        return ""
    last = tokens[-1]
    if last.text.endswith(("'", "’")) and last.i + 1 < len(doc) and doc[last.i + 1].lower_ == "s":
        tokens = tokens + [doc[last.i + 1]]  # « Standard & Poor's »
    return doc_text(doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)]


class ArticleSpeakers:
    """The people of one article, and the resolution of mentions against them."""

    def __init__(self, doc: Doc, lex: Lexicon, quotes: QuoteIndex | None = None):
        self.doc = doc
        self.lex = lex
        self.persons: dict[str, Person] = {}
        self.mentions: list[tuple[int, Person, bool]] = []  # (token index, person, is subject)
        self.quotes = quotes or QuoteIndex(find_quotes(doc_text(doc)))
        self.acronyms = self._acronyms()
        self._collect()

    def _acronyms(self) -> dict[str, str]:
        """« l'Observatoire syrien des droits de l'homme (OSDH) » → OSDH: the full name."""
        out = {}
        for m in ACRONYM.finditer(doc_text(self.doc)):
            full, acr = m.group(1).strip(), m.group(2)
            words = full.split()
            # keep the trailing words that can spell the acronym's length at least
            start = max(0, len(words) - max(len(acr) + 4, 4))
            cut = words[start:]
            while cut and cut[0][:1].islower():
                cut = cut[1:]
            if cut and cut[0].lower().startswith(("l'", "l’")):
                cut[0] = cut[0][2:]
            if cut:
                out[acr] = " ".join(cut)
        # « la SGP » … « la Société du Grand Paris »: initials of the capitalised words
        for m in re.finditer(r"[A-ZÀ-Ý][\w'’\-]+(?:\s+(?:d[eu]s?|de la|l'|l’|et|pour)?\s*[A-ZÀ-Ý][\w'’\-]+)+", doc_text(self.doc)):
            words = [w for w in re.split(r"[\s']+", m.group(0)) if w[:1].isupper()]
            if len(words) >= 2:
                out.setdefault("".join(w[0] for w in words), m.group(0))
        return out

    def in_quote(self, char: int) -> bool:
        return self.quotes.at(char) is not None

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
                        self.persons[key] = other
                        return other
                p = self.persons[key] = Person(name, tokens[0].i)
            return p
        found = self.find_surname(words[0], tokens[0].i)
        if found is None and tokens[0].pos_ == "PROPN" and tokens[0].ent_type_ in ("PER", ""):
            found = self.persons[name.lower()] = Person(name, tokens[0].i)
        return found

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
        ents = [e for e in doc.ents if e.label_ == "PER"] + self._name_runs()
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
            subject = e.root.dep_ in ("nsubj", "nsubj:pass") or (
                e.root.dep_ in ("appos", "flat:name", "nmod") and e.root.head.dep_ in ("nsubj", "nsubj:pass")
                and e.root.head.i < e.start and not any(c.dep_ == "case" for c in e.root.children))
            self.mentions.append((e.start, p, subject))  # « L'entrepreneur Herman Cain, … »
            self._gender_from_context(p, e)
            self._roles_from_context(p, e)
        self.mentions.sort(key=lambda m: m[0])
        self._title_subjects()
        for p in self.persons.values():
            p.first_pos = min(p.positions) if p.positions else p.first_pos

    def _title_subjects(self) -> None:
        """« Le Premier ministre s'est entretenu avec … » in the author's text: a subject named
        by the title of a known person is a mention of that person, for pronouns after it."""
        found = []
        for t in self.doc:
            if t.dep_ not in ("nsubj", "nsubj:pass") or t.pos_ != "NOUN" or "Plur" in t.morph.get("Number"):
                continue
            lemma = t.lemma_.lower()
            det = next((c.lower_ for c in t.children if c.dep_ == "det"), "")
            if lemma not in self.lex.titles or det not in DEFINITE or self.in_quote(t.idx):
                continue
            if any(m[0] == t.i for m in self.mentions) or any(c.ent_type_ == "PER" for c in t.subtree):
                continue
            p = self._by_role(lemma, t, [])
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

    def _name_runs(self):
        """Runs of two to four capitalised proper nouns that the entity recogniser missed
        (« Nacereddine Zemmal »)."""
        doc = self.doc
        runs, i = [], 0
        while i < len(doc):
            j = i
            while j < len(doc) and doc[j].text[:1].isupper() and doc[j].ent_type_ not in ("ORG", "MISC") \
                    and (doc[j].is_alpha or "-" in doc[j].text) and (
                        doc[j].pos_ == "PROPN" or (j > i and doc[j].lower_ in NAME_PARTICLES and j + 1 < len(doc)
                                                   and doc[j + 1].pos_ == "PROPN")):
                j += 1
            if j - i >= 2 and all(t.ent_type_ == "PER" for t in doc[i:j]) and doc[i].ent_iob_ == "B" and (j == len(doc) or doc[j].ent_iob_ != "I"):
                i = j  # already an entity
                continue
            if 2 <= j - i <= 4:
                runs.append(doc[i:j])
            i = max(j, i + 1)
        return runs

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
        # « le ministre syrien des Affaires étrangères Walid Mouallem », « le premier ministre, Lucas Papadémos »
        k = e.start - 1
        if k >= sent.start and doc[k].text == ",":
            k -= 1
        while k >= sent.start and k >= e.start - 9:
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") or t.text in {".", ";", ":"}:
                break
            if t.lemma_.lower() in self.lex.titles or t.lower_ in self.lex.titles:
                s, en = np_extent(t)
                if en >= e.start - 1:
                    self._add_role(p, t, s, min(en, e.start))
                    break
            k -= 1
        # « Antony Blinken, secrétaire d'État américain, »
        k = e.end
        if k < sent.end and doc[k].text == ",":
            for j in range(k + 1, min(sent.end, k + 4)):
                t = doc[j]
                if t.lemma_.lower() in self.lex.titles or t.lower_ in self.lex.titles:
                    s, en = np_extent(t)
                    self._add_role(p, t, k + 1, en)
                    break
                if t.pos_ in ("VERB", "AUX", "PROPN"):
                    break

    def _line(self, i: int):
        """The stretch around token ``i`` bounded by paragraph breaks and sentence ends: the
        parser's sentences split too eagerly after headlines."""
        doc = self.doc
        s = i
        while s > 0 and "\n" not in doc[s - 1].text and doc[s - 1].text not in {".", "!", "?"}:
            s -= 1
        e = i
        while e < len(doc) and "\n" not in doc[e].text and doc[e].text not in {".", "!", "?"}:
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
        if p.gender == "unknown":
            g = title.morph.get("Gender")
            det = [c for c in title.children if c.dep_ == "det"]
            if det and det[0].lower_ in {"la", "une"}:
                p.gender, p.gender_evidence = "female", f"{det[0].text} {title.text}"
            elif title.lemma_.lower() != title.lower_ and g == ["Fem"]:
                p.gender, p.gender_evidence = "female", title.text

    # -- resolution -----------------------------------------------------------
    def resolve(self, head: Token | None, history: list[Resolved]) -> Resolved:
        if head is None:
            return Resolved(None, None, confidence=0.2)
        doc = self.doc
        quantifier = None
        if head.lower_ in ("certains", "certaines", "plusieurs") and head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "NOUN":
            quantifier, head = head, doc[head.i + 1]  # « Certains musiciens », the determiner taken for the subject
        low = head.lower_
        if low in ("un", "une") and head.i > 0 and doc[head.i - 1].lower_ in ("l'", "l’"):
            # « regrette l'un d'eux »: one of a group, as the article says it
            s, e = np_extent(head)
            s = min(s, head.i - 1)
            return Resolved(self._description(s, e), (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)),
                            anonymous=True, speaker_type="person", confidence=0.45)
        rel = next((c for c in head.children if c.dep_ == "acl:relcl"), None)
        if low in ("ceux", "celles") and rel is not None:
            # « ceux qui craignent que P »: the people the article describes, in its words
            return Resolved(doc_text(doc)[head.idx:rel.idx + len(rel.text)], (head.idx, rel.idx + len(rel.text)),
                            anonymous=True, speaker_type="group", confidence=0.5)
        if head.pos_ == "PRON" or low in self.lex.pronouns:
            return self._pronoun(head, history)
        if head.text.startswith("@"):
            return Resolved(head.text, (head.idx, head.idx + len(head.text)), speaker_type="person", confidence=0.8)
        s, e = np_extent(head)
        if quantifier is not None:
            s = min(s, quantifier.i)
        while e - 1 > head.i and (doc[e - 1].lower_ in TEMPORAL or doc[e - 1].like_num):
            e -= 1  # « a annoncé le groupe mardi »: the day is not part of the name
        span = doc[s:e]
        mention = (span.start_char, span.end_char)
        prev = next((h for h in reversed(history) if h.name), None)
        if any(t.lower_ == "même" for t in span) and prev is not None:
            # « selon la même source »
            return Resolved(prev.name, mention, prev.anonymous, prev.speaker_type, prev.role, prev.gender,
                            prev.gender_evidence, 0.6, prev.person)
        det = next((c.lower_ for c in head.children if c.dep_ == "det"), "")
        if det in DEMONSTRATIVES and head.lemma_.lower() in self.lex.institutions | {"organisation", "ong", "agence", "institut", "observatoire"}:
            # « selon cette ONG »: the last organisation that spoke
            org = next((h for h in reversed(history) if h.name and h.speaker_type == "organisation"), None)
            if org is not None:
                return Resolved(org.name, mention, False, "organisation", None, "unknown", None, 0.6)
        # a signed writing speaks for its signatories: « le texte propose … », « concluent les signataires »
        if head.lemma_.lower() in self.lex.signed_documents and "Plur" not in head.morph.get("Number"):
            authors = self._signatories(head)
            if authors is not None:
                authors.mention = mention
                authors.document = "fem" if "Fem" in head.morph.get("Gender") else "masc"
                return authors
        # a document standing for its author: « le rapport de la Fifa », « le communiqué publié par X »
        if head.lemma_.lower() in self.lex.source_documents | self.lex.signed_documents:
            author = next((c for c in head.children if c.dep_ == "nmod" and c.i > head.i), None) or next(
                (g for c in head.children if c.dep_ == "acl" and c.i > head.i for g in c.children
                 if g.dep_ in ("obl:agent", "obl:mod", "obl") and any(x.lower_ == "par" for x in g.children)), None)
            if author is not None:
                r = self.resolve(author, history)
                r.mention = mention
                r.document = "fem" if "Fem" in head.morph.get("Gender") else "masc"
                return r
            if det in DEFINITE | DEMONSTRATIVES:
                # « … indique le communiqué publié par Renault. …, précise le texte »: the same writing
                earlier = next((h for h in reversed(history) if h.document and h.name), None)
                if earlier is not None:
                    return Resolved(earlier.name, mention, earlier.anonymous, earlier.speaker_type, None, "unknown",
                                    None, 0.5, earlier.person, document=earlier.document)
        # a name in the mention, or in an apposition: « le ministre des Finances, Jun Azumi »
        per = [t for t in span if t.ent_type_ == "PER" and (t.i == head.i or t.head.i == head.i and t.dep_ in ("flat:name", "appos", "compound") or t.dep_ == "flat:name" and t.head.ent_type_ == "PER" and t.head.head.i == head.i and t.head.dep_ in ("appos",))]
        if not per and head.pos_ == "PROPN":
            per = [t for t in span if t.ent_type_ == "PER"]
        if not per:
            for c in head.children:
                if (c.ent_type_ == "PER" or c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", "LOC", "MISC")
                        and c.dep_ == "appos") and (c.dep_ in ("appos", "flat:name")
                                                    or c.dep_ == "nmod" and not any(g.dep_ == "case" for g in c.children)):
                    per = [t for t in doc[c.left_edge.i: c.right_edge.i + 1]
                           if t.ent_type_ == "PER" or t.pos_ == "PROPN" and (t.i == c.i or t.head.i == c.i and t.dep_ == "flat:name")]
                    mention = (doc[s].idx, per[-1].idx + len(per[-1].text)) if per else mention
                    break
        if per:
            ent_toks = self._entity_tokens(per[0]) if per[0].ent_type_ == "PER" else per
            p = self._person_for(ent_toks)
            if p is not None:
                return self._as_person(p, mention, 0.9)
        for t in span:  # a known person's name the tagger took for a common noun (« Marine »)
            if t.i != head.i and not (t.head.i == head.i and t.dep_ in ("flat:name", "appos", "compound")):
                continue
            if t.text[:1].isupper() and not t.is_sent_start and t.pos_ != "PROPN" and t.lower_ not in DETERMINERS:
                known = [p for p in self.persons.values() if t.lower_ in p.name.lower().split() and len(p.name.split()) > 1]
                if len(known) == 1:
                    return self._as_person(known[0], mention, 0.75)
        if self._is_epithet(head, span):
            p = self._epithet_referent(head, history)
            if p is not None:
                return self._as_person(p, mention, 0.55)
        if "Plur" in head.morph.get("Number") and any(c.dep_ == "nummod" or c.pos_ == "NUM" for c in head.children):
            # « Environ 400 Français », « trois Américains »: a counted group, in the article's words
            return Resolved(self._description(s, e), mention, anonymous=True, speaker_type="group", confidence=0.55)
        name = self._proper_name(span, head)
        if name is not None:
            words = name.split()
            if len(words) == 1:
                p = self.find_surname(words[0], head.i)
                if p is not None:
                    return self._as_person(p, mention, 0.8)
            if name in self.acronyms:
                name = self.acronyms[name]
            ent = self._entity_of(span, ("ORG", "LOC", "MISC"))
            if ent is not None and len(words) == 1 and ent.label_ != "ORG":
                full = self._full_name_in_text(words[0])
                if full is not None:
                    p = self.persons.setdefault(full.lower(), Person(full, head.i))
                    return self._as_person(p, mention, 0.7)
            honorific = any(t.lower_ in HONORIFICS for t in span)
            if ent is None and (honorific or 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
                                and head.pos_ == "PROPN"):
                p = self._person_for([t for t in span if t.pos_ == "PROPN" or t.lower_ in HONORIFICS])
                if p is not None:
                    if head.i not in p.positions:
                        p.positions.append(head.i)
                    return self._as_person(p, mention, 0.7)
            return Resolved(name, mention, speaker_type="organisation", confidence=0.65)
        lemma = head.lemma_.lower()
        det = next((c.lower_ for c in head.children if c.dep_ == "det"), "")
        plural = "Plur" in head.morph.get("Number")
        for p in self.persons.values():
            if any(r[2] == head.i for r in p.roles):
                return self._as_person(p, mention, 0.85)  # « le premier ministre, Lucas Papadémos »
        person_noun = lemma in self.lex.titles or low in self.lex.titles or lemma in self.lex.source_nouns
        if person_noun and head.pos_ == "NOUN":
            named = self._name_after_title(head)
            if named is not None:  # « l'épidémiologiste en chef du Centre (…) (CDC), Wu Zunyou »
                return self._as_person(named, mention, 0.75)
            if det in DEMONSTRATIVES and not plural:  # « cette habitante de Calcutta »: the last speaker
                fem = det == "cette" and "Fem" in head.morph.get("Gender")
                for r in reversed(history):
                    if r.person is not None and (not fem or r.person.gender in ("unknown", "female")):
                        return self._as_person(r.person, mention, 0.6)
        if det in DEFINITE | DEMONSTRATIVES and not plural and head.pos_ != "PROPN" \
                and any(t.lemma_.lower() in self.lex.person_nouns or t.lower_ in self.lex.person_nouns for t in span):
            # « a expliqué le sympathique gaillard »: the person the story is about
            gender = _det_gender(det)
            for r in reversed(history):
                if r.person is not None and self._compatible(r.person, gender):
                    return self._as_person(r.person, mention, 0.55)
            for i, p, is_subj in reversed(self.mentions):
                if i < head.i and is_subj and self._compatible(p, gender):
                    return self._as_person(p, mention, 0.5)
            for r in reversed(history):  # « une étudiante de 22 ans … La jeune femme »
                if r.person is None and r.name and r.speaker_type == "person" and r.gender in ("unknown", gender):
                    return Resolved(r.name, mention, True, "person", r.role, r.gender, r.gender_evidence, 0.45)
        possessive = any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in head.children)
        if (lemma in self.lex.titles or low in self.lex.titles) and not plural and det not in INDEFINITE and not possessive:
            # (« son porte-parole » is someone else than the one whose spokesman he is)
            p = self._by_role(lemma, head, history)
            if p is not None:
                fem = next((c for c in head.children if c.dep_ == "amod" and c.i < head.i and c.morph.get("Gender") == ["Fem"]
                            and c.lower_ != c.lemma_.lower()), None)
                if p.gender == "unknown" and det in ("la", "une"):
                    p.gender, p.gender_evidence = "female", f"{det} {head.text}"  # « la ministre »
                elif p.gender == "unknown" and fem is not None:
                    p.gender, p.gender_evidence = "female", f"{fem.text} {head.text}"  # « l'ancienne ministre »
                return self._as_person(p, mention, 0.7)
        desc = self._description(s, e)
        poss = next((c for c in head.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss")), None)
        if poss is not None and plural and (lemma in self.lex.source_nouns or lemma in self.lex.titles):
            owner = next((h for h in reversed(history) if h.person is not None), None)
            if owner is not None:  # « ses alliés » → « les alliés d'Alassane Ouattara »
                article = "les" if plural else ("la" if "Fem" in head.morph.get("Gender") else "le")
                rest = doc_text(self.doc)[poss.idx + len(poss.text):self.doc[e - 1].idx + len(self.doc[e - 1].text)].strip()
                desc = f"{article} {rest} de {owner.name}"
        stype = "group" if plural else ("person" if lemma in self.lex.titles or lemma in self.lex.source_nouns else "unknown")
        if det in DEFINITE and stype == "person":
            # « le procureur général » after « le procureur général près la Cour de cassation »
            fuller = next((h for h in reversed(history) if h.person is None and h.name and h.speaker_type == "person"
                           and h.name.lower().startswith(desc.lower() + " ")), None)
            if fuller is not None:
                desc = fuller.name
        if det in INDEFINITE or plural or lemma in self.lex.source_nouns or lemma in self.lex.titles:
            return Resolved(desc, mention, anonymous=True, speaker_type=stype, confidence=0.6)
        # an organisation named by a common noun: « le gouvernement », « la police » → its name
        toks = _clean_name(list(doc[s:e]))
        name = _text(doc, toks) if toks else desc
        if lemma in self.lex.company_nouns and det in DEFINITE | DEMONSTRATIVES and len(toks) == 1:
            named = self._company_named_before(head)
            if named is not None:  # « Le constructeur automobile Stellantis … a annoncé le groupe »
                return Resolved(named, mention, speaker_type="organisation", confidence=0.55)
        if lemma in self.lex.institutions:
            core = [t for t in toks if t.i == head.i or t.head.i == head.i and t.dep_ == "amod"]
            if len(core) <= 2 and len(core) == len([t for t in toks if not (t.i > head.i and t.pos_ in ("ADP", "DET", "PROPN"))]):
                name = self._fullest_institution(head, _text(doc, core) if core else name)
        return Resolved(name, mention, speaker_type="organisation",
                        confidence=0.6 if lemma in self.lex.institutions else 0.4)

    def _name_after_title(self, head: Token) -> Person | None:
        """A title whose name comes after its complements: « le ministre de X (…), Jean Dupont »."""
        doc = self.doc
        end = min(len(doc), head.i + 25)
        for k in range(head.i + 1, end):
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") or t.text in {".", ";", ":", "!", "?"} or "\n" in t.text or self.in_quote(t.idx):
                return None
            if t.text == "," and k + 2 < len(doc):
                run = []
                j = k + 1
                while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and len(run) < 4:
                    run.append(doc[j])
                    j += 1
                if len(run) >= 2 and (j >= len(doc) or doc[j].text in {",", ".", ";"} or doc[j].is_space):
                    return self._person_for(run)
        return None

    def _is_epithet(self, head: Token, span) -> bool:
        """« le Lillois », « l'Américain »: a capitalised common noun after « le/la/l' » that
        names no organisation or place stands for a person of the article."""
        det = [c for c in head.children if c.dep_ == "det"]
        return (head.text[:1].isupper() and not head.is_sent_start and head.pos_ in ("NOUN", "PROPN", "ADJ")
                and len(span) <= 3 and det and det[0].lower_ in {"le", "la", "l'", "l’"}
                and (head.ent_type_ not in ("ORG", "LOC") or head.ent_type_ == "LOC" and head.lower_.endswith(DEMONYM_ENDINGS))
                and head.lemma_.lower() not in self.lex.institutions
                and head.lemma_.lower() not in self.lex.titles and "Plur" not in head.morph.get("Number")
                and not any(head.lower_ in p.name.lower().split() for p in self.persons.values()))

    def _epithet_referent(self, head: Token, history: list[Resolved]) -> Person | None:
        """The person most recently named before the epithet, passing over the last speaker:
        a writer who meant the last speaker would have written « il »."""
        last = next((h.person for h in reversed(history) if h.person is not None), None)
        for i, p, _ in reversed(self.mentions):
            if i < head.i and p is not last:
                return p
        return last

    def _proper_name(self, span, head: Token) -> str | None:
        """The name inside a mention: an entity, else the longest run of proper nouns
        (« le cabinet Eurosmart » → Eurosmart, « L'agence de notation Standard & Poor's »)."""
        doc = self.doc
        runs, cur = [], []
        for t in span:
            if cur and t.ent_iob_ == "B" and cur[-1].ent_type_ and cur[-1].ent_type_ != t.ent_type_:
                runs.append(cur)  # « l'AFP Rumki Khatun »: two names side by side
                cur = []
            if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PER", "MISC", "LOC") and t.text[:1].isupper() \
                    or (cur and t.text in {"&", "-", "'s", "’s"}) or (cur and t.lower_ in {"de", "du", "des", "d'", "d’"} and t.i + 1 < span.end and doc[t.i + 1].text[:1].isupper()):
                cur.append(t)
            else:
                if cur:
                    runs.append(cur)
                cur = []
        if cur:
            # « Chine Nouvelle »: a capitalised word right after the phrase, that the parser left out
            k = span.end
            while k < len(doc) and cur[-1].i == k - 1 and doc[k].text[:1].isupper() and doc[k].is_alpha \
                    and doc[k].pos_ in ("ADJ", "PROPN") and "\n" not in doc[k - 1].text:
                cur.append(doc[k])
                k += 1
            runs.append(cur)
        if head.pos_ == "NOUN":
            person_noun = head.lemma_.lower() in self.lex.source_nouns or head.lemma_.lower() in self.lex.titles
            # « cette habitante de Calcutta », « l'ambassade à Paris »: a place in a complement is not the source
            banned = {"à", "au", "aux", "en", "dans"} | ({"de", "d'", "d’", "du", "des"} if person_noun else set())
            runs = [r for r in runs if not (r[0].i > 0 and doc[r[0].i - 1].lower_ in banned
                                           or any(c.dep_ == "case" and c.lower_ in banned for c in r[0].children))]
        runs = [_clean_name(r) for r in runs]
        runs = [r for r in runs if r and r[-1].lower_ not in {"de", "du", "des", "d'", "d’"}
                and not all(t.lower_ in self.lex.titles or t.lower_ in {"premier", "première"} for t in r)]
        if not runs:
            return None
        if head.pos_ != "PROPN" and (head.lemma_.lower() in self.lex.titles or head.lower_ in self.lex.titles) \
                and head.i < runs[0][0].i and not any(t.ent_type_ == "PER" for r in runs for t in r):
            return None  # « la présidente du Rassemblement national » is a person, not the party
        # a recognised organisation or place covering the run gives the whole name (« Société générale »)
        for ent in doc.ents:
            if ent.label_ in ("ORG", "MISC", "LOC") and ent.start < span.end and ent.end > span.start \
                    and any(ent.start <= t.i < ent.end for r in runs for t in r):
                longer = [r for r in runs if ent.start <= r[0].i < ent.end and r[-1].i >= ent.end]
                toks = longer[0] if longer else _clean_name(list(ent))
                while len(toks) >= 2 and toks[0].lemma_.lower() in self.lex.company_nouns and toks[1].pos_ == "PROPN":
                    toks = toks[1:]  # « le groupe Renault » → Renault
                if toks:
                    return _text(doc, toks)
        if head.pos_ != "PROPN" and (head.lemma_.lower() in self.lex.titles or head.lower_ in self.lex.titles) and head.i < runs[0][0].i:
            # « le ministre des Finances » is a title, not an organisation
            if not any(t.ent_type_ == "PER" for r in runs for t in r):
                return None
        return _text(doc, max(runs, key=len))

    def _company_named_before(self, head: Token) -> str | None:
        """The proper name in the last noun phrase before ``head`` headed by a company noun
        (« le groupe Stellantis », « le constructeur automobile Stellantis »)."""
        doc = self.doc
        for t in reversed(doc[:head.i]):
            if t.lemma_.lower() not in self.lex.company_nouns or t.pos_ != "NOUN" or self.in_quote(t.idx):
                continue
            names = [c for c in doc[t.i + 1:min(len(doc), t.i + 5)] if c.pos_ == "PROPN"
                     and (c.head.i == t.i or c.head.head.i == t.i or c.head.i in range(t.i, c.i))]
            if names:
                run = [names[0]]
                while run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].pos_ == "PROPN":
                    run.append(doc[run[-1].i + 1])
                return _text(doc, run)
        return None

    def _fullest_institution(self, head: Token, name: str) -> str:
        """« le gouvernement » → « gouvernement britannique », « le parquet » → « parquet de
        Narbonne »: the fullest form the article gives the same institution."""
        best = name
        for t in self.doc:
            if t.i == head.i or t.lemma_ != head.lemma_ or t.pos_ != "NOUN" or self.in_quote(t.idx):
                continue
            s, e = np_extent(t)
            toks = _clean_name(list(self.doc[s:e]))
            text = _text(self.doc, toks)
            if len(text) > len(best) and len(toks) <= 6 and text.lower().startswith(name.lower()):
                best = text
        return best

    def _description(self, s: int, e: int) -> str:
        doc = self.doc
        return doc_text(doc)[doc[s].idx: doc[e - 1].idx + len(doc[e - 1].text)]

    def _entity_tokens(self, tok: Token) -> list[Token]:
        for ent in self.doc.ents:
            if ent.start <= tok.i < ent.end:
                return list(ent)
        return [tok]

    def _entity_of(self, span, labels):
        for ent in self.doc.ents:
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

    def _signatories(self, head: Token) -> Resolved | None:
        """Who signed a writing: the article's « les signataires » (or « ses auteurs »), else
        what it was « signé par »."""
        doc = self.doc
        for t in doc:
            if t.lemma_.lower() in self.lex.document_authors and "Plur" in t.morph.get("Number") \
                    and t.pos_ == "NOUN" and not self.in_quote(t.idx):
                det = next((c for c in t.children if c.dep_ == "det"), None)
                if det is not None and det.lower_ == "les":
                    return Resolved(f"les {t.text}", None, anonymous=True, speaker_type="group", confidence=0.55)
        for c in head.children:
            if c.dep_ == "acl" and c.lemma_.lower() in ("signer", "rédiger", "écrire", "cosigner"):
                agent = next((g for g in c.children if g.dep_ == "obl:agent"), None)
                if agent is not None:
                    r = self.resolve(agent, [])
                    return r if r.name else None
        return None

    def _by_role(self, lemma: str, head: Token, history: list[Resolved]) -> Person | None:
        """« le secrétaire d'État » → the person given that role earlier in the article. The
        mention's own words must all be in the role (« le chef du gouvernement » is not « le chef
        de file de la droite »); a role given later counts only when it is the same."""
        s, e = np_extent(head)
        words = {_fold(t.text) for t in self.doc[s:e] if t.is_alpha and t.lower_ not in DETERMINERS
                 and t.pos_ != "ADP" and t.lemma_.lower() != lemma}
        det = next((c.lower_ for c in head.children if c.dep_ == "det"), "")
        # « la ministre » is a woman; « le Premier ministre » is not « la Première ministre »
        gender = _det_gender(det)

        def fits(p: Person) -> bool:
            return self._compatible(p, gender)
        cands = []
        for p in self.persons.values():
            if not fits(p):
                continue
            for title, text, pos in p.roles:
                if title != lemma or pos == head.i:
                    continue
                role_words = {_fold(w) for w in re.findall(r"\w+", text)}
                if not words <= role_words:
                    continue
                if pos < head.i or words and words == role_words - {_fold(lemma)}:
                    cands.append((pos, p))
        if cands:
            before = [c for c in cands if c[0] < head.i]
            return max(before or cands, key=lambda c: c[0])[1]
        # « La Première ministre a pour sa part assuré … »: someone else than the last speaker
        contrast = CONTRAST.search(head.sent.text.lower()) is not None
        last = next((r.person for r in reversed(history) if r.person is not None), None)
        last_at = next((r.mention[0] for r in reversed(history) if r.person is not None and r.mention), -1)

        def allowed(p: Person) -> bool:
            return fits(p) and not (contrast and p is last)

        def untitled(p: Person) -> bool:  # not known by another title
            return not p.roles or any(r[0] == lemma and words <= {_fold(w) for w in re.findall(r"\w+", r[1])}
                                      for r in p.roles)
        for i, p, is_subj in reversed(self.mentions):
            # « Le secrétaire général de l'Otan, Mark Rutte, doit s'exprimer lundi. L'ancien Premier
            # ministre néerlandais a prévenu … »: the subject of the sentence before, named since the
            # last speaker, is the one a new title describes
            if i < head.i and is_subj and self.doc[i].idx > last_at and self._near(i, head.i) and allowed(p) \
                    and p is not last:
                return p
        for r in reversed(history):
            if r.person is not None and allowed(r.person):
                return r.person
        # else the closest person named before, outside quotations, not known by another title:
        # a subject first (the salient one), else any
        for subject_only in (True, False):
            for i, p, is_subj in reversed(self.mentions):
                if i < head.i and (is_subj or not subject_only) and allowed(p) and untitled(p):
                    return p
        return None

    def _pronoun(self, head: Token, history: list[Resolved]) -> Resolved:
        low = head.lower_
        gender, number = self.lex.pronouns.get(low, ("unknown", "sing"))
        mention = (head.idx, head.idx + len(head.text))
        if number == "plur":
            ante = self._plural_antecedent(head)
            if ante is not None:
                r = self._group(ante, history)
                r.mention = mention
                return r
            for r in reversed(history[-3:]):
                if r.speaker_type == "group" or (r.name and " et " in r.name):
                    return Resolved(r.name, mention, anonymous=r.anonymous, speaker_type=r.speaker_type, confidence=0.5)
            return Resolved(None, mention, speaker_type="group", confidence=0.2)
        # the most recent compatible person: previous speakers and subject mentions
        pos = head.i
        best: tuple[int, Person] | None = None
        described: Resolved | None = None  # « a déclaré le procureur général … », « -il »
        for r in reversed(history):
            if r.person is not None and self._compatible(r.person, gender):
                best = (r.mention[0] if r.mention else -1, r.person)
                break
            if r.person is None and r.name and gender != "unknown" and (
                    r.speaker_type == "person" and r.gender in ("unknown", gender)
                    or r.document == {"male": "masc", "female": "fem"}[gender]):
                described = r  # an unnamed speaker, or a writing (« le texte … Il demande »)
                break
        best_char = best[0] if best else described.mention[0] if described and described.mention else -1
        for i, p, is_subj in reversed(self.mentions):
            if i >= pos:
                continue
            if self.doc[i].idx <= best_char:
                break
            if is_subj and self._compatible(p, gender) and (self._near(i, pos) or self._same_paragraph(i, pos)):
                best = (self.doc[i].idx, p)
                break
        if best is None and described is not None:
            return Resolved(described.name, mention, described.anonymous, described.speaker_type, described.role,
                            described.gender, described.gender_evidence, 0.5, document=described.document)
        if best is None and not history and gender != "unknown":
            # « Une étudiante de 22 ans a porté plainte. Elle raconte … »: an unnamed person the
            # author made the subject just before
            subject = self._described_subject(head, gender)
            if subject is not None:
                return subject
        if best is None:
            for i, p, _ in reversed(self.mentions):
                if i < pos and self._compatible(p, gender):
                    best = (self.doc[i].idx, p)
                    break
        if best is None:
            # no compatible person: the last singular named source (an organisation speaking as
            # « il », or a person whose first name misled the name list: the article wins)
            for r in reversed(history):
                if r.name and r.speaker_type != "group":
                    if r.person is not None and (r.person.gender_evidence or "").startswith("first name") \
                            and gender != "unknown":
                        r.person.gender, r.person.gender_evidence = gender, head.text
                        return self._as_person(r.person, mention, 0.5)
                    return Resolved(r.name, mention, r.anonymous, r.speaker_type, r.role, r.gender,
                                    r.gender_evidence, 0.4, r.person)
            return Resolved(None, mention, speaker_type="person", gender=gender if gender != "unknown" else "unknown",
                            gender_evidence=head.text, confidence=0.2)
        p = best[1]
        if p.gender == "unknown" and gender != "unknown":
            p.gender, p.gender_evidence = gender, head.text
        r = self._as_person(p, mention, 0.7)
        return r

    def _described_subject(self, head: Token, gender: str) -> Resolved | None:
        """The closest singular subject before ``head``, in its sentence or the one before, that
        describes a person (« une étudiante de 22 ans ») in the gender of the pronoun."""
        doc = self.doc
        sent = doc[head.i].sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else 0
        for t in reversed(doc[start:head.i]):
            if t.dep_ not in ("nsubj", "nsubj:pass") or t.pos_ != "NOUN" or self.in_quote(t.idx) \
                    or "Plur" in t.morph.get("Number") or t.ent_type_:
                continue
            lemma = t.lemma_.lower()
            if not (lemma in self.lex.source_nouns or lemma in self.lex.titles or lemma in self.lex.person_nouns):
                continue
            g = t.morph.get("Gender")
            if g and {"Fem": "female", "Masc": "male"}.get(g[0]) != gender:
                continue
            s, e = np_extent(t)
            return Resolved(self._description(s, e), (head.idx, head.idx + len(head.text)), anonymous=True,
                            speaker_type="person", gender=gender, gender_evidence=head.text, confidence=0.45)
        return None

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
        return "\n" not in doc_text(self.doc)[self.doc[i].idx:self.doc[pos].idx]

    def _near(self, i: int, pos: int) -> bool:
        """Is token ``i`` in the sentence of ``pos`` or the one before?"""
        sent = self.doc[pos].sent
        if sent.start <= i:
            return True
        return sent.start > 0 and self.doc[sent.start - 1].sent.start <= i

    def _plural_antecedent(self, head: Token) -> Token | None:
        """The closest plural subject before a plural pronoun (« Les signataires … Ils »),
        or subjects joined by « et » (« François Richier et Patrice Paoli … -ils »)."""
        doc = self.doc
        sent = doc[head.i].sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else 0
        if start > 0:
            start = doc[start - 1].sent.start
        for k in range(head.i - 1, start - 1, -1):
            t = doc[k]
            if t.dep_ not in ("nsubj", "nsubj:pass") or t.pos_ == "PRON" or self.in_quote(t.idx):
                continue
            if t.lemma_.lower() in self.lex.source_documents:
                continue  # « Les documents américains … Ils »: documents do not speak as « ils »
            if _companions(t) or "Plur" in t.morph.get("Number"):
                return t
        return None

    def _group(self, t: Token, history: list[Resolved]) -> Resolved:
        parts = [t] + _companions(t)
        if len(parts) == 1:
            return self.resolve(t, history)
        names = []
        for c in parts:
            r = self.resolve(c, history)
            if not any(r.name and r.name == n.name for n in names):
                names.append(r)
        if len(names) == 1:
            return names[0]
        if all(r.name for r in names):
            joined = ", ".join(r.name for r in names[:-1]) + " et " + names[-1].name
            kind = "person" if all(r.speaker_type == "person" for r in names) else "group"
            return Resolved(joined, None, speaker_type=kind, confidence=0.55)
        return self.resolve(t, history)

    @staticmethod
    def _compatible(p: Person, gender: str) -> bool:
        return gender == "unknown" or p.gender in ("unknown", gender)
