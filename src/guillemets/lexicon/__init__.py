"""French language knowledge, read from the data files beside this module.

Each file is plain text, one entry per line, ``#`` starts a comment. Nothing
here is fitted to any article: these are general lists of French words.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line)
    return out


def _words(name: str) -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _lines(name))


def _phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """Phrases as the tokenizer cuts them (« l'avis » → « l' », « avis »), longest first."""
    return tuple(sorted({tuple(w.replace("'", "' ").replace("’", "’ ").split()) for w in _words(name)},
                        key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    cue_verbs: dict[str, frozenset[str]]
    """lemma → complement frames (the letters in the header of ``cue_verbs.tsv``); empty: incise and colon only."""
    locutions: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]]
    """verb lemma → [(following words, frames)]."""
    cue_nouns: frozenset[str]
    source_documents: frozenset[str]
    signed_documents: frozenset[str]
    document_authors: frozenset[str]
    person_nouns: frozenset[str]
    company_nouns: frozenset[str]
    titles: frozenset[str]
    source_nouns: frozenset[str]
    pronouns: dict[str, tuple[str, str]]
    anaphors: dict[str, tuple[frozenset[str], str, str]]
    """head word → (determiners, gender, which: latest | former)."""
    naming_words: frozenset[str]
    surname_nouns: frozenset[str]
    acting_verbs: frozenset[str]
    institutions: frozenset[str]
    news_agencies: frozenset[str]
    observation_verbs: frozenset[str]
    relaying_verbs: frozenset[str]
    authoring_verbs: frozenset[str]
    type_nouns: dict[str, str]
    """noun → the kind of organisation it describes (media, association, company, …)."""
    type_families: dict[str, str]
    """noun → its family within its kind (« mairie », « municipalité » → commune); « * »: any."""
    media_name_words: frozenset[str]
    counterpart_nouns: frozenset[str]
    """« son homologue », « son interlocuteur »: the other side of an encounter."""
    title_synonyms: tuple[tuple[str, frozenset[str], str, frozenset[str]], ...]
    """(title, its words, the title it stands for, the words that one's role holds): « le chef de
    l'État » for « le président »."""
    plain_title_synonyms: dict[str, tuple[str, ...]]
    """title → the titles it stands for when it has no words of its own (from ``title_synonyms``)."""
    title_aliases: dict[str, str]
    """« son conseil » → avocat: a noun that, when it is someone's, stands for a title."""
    provision_nouns: frozenset[str]
    """« la loi », « le plan », « les mesures »: what provides for things (frame P in cue_verbs.tsv)."""
    interview_verbs: frozenset[str]
    """« l'AFP a rencontré une habitante »: whom the author meets speaks next."""
    role_verbs: dict[str, tuple[str, ...]]
    """« dirigé par X », « X dirige »: verb → the titles it gives X (« patron », « dirigeant »)."""
    patient_role_verbs: dict[str, tuple[str, ...]]
    """« X, jugé depuis lundi », « X est poursuivi pour … »: verb → the titles its past participle gives X."""
    discourse_phrases: tuple[tuple[str, ...], ...]
    """« de son côté », « une nouvelle fois »: neither content nor source, inside or after a verb
    group (longest first)."""

    non_contents: frozenset[str]
    """« l'anonymat »: objects of a cue verb that are no reported content."""
    source_locutions: tuple[tuple[str, ...], ...]
    """« aux yeux de », « de l'avis de »: words before a source, as « selon » (longest first)."""
    media_contexts: tuple[tuple[str, ...], ...]
    """« au micro de », « entretien accordé à »: words before a medium's name (longest first)."""
    addressee_nouns: frozenset[str]
    """« à nos confrères », « à la radio »: whom or where words were said to, after their content."""
    agent_suffixes: tuple[str, ...]
    demonym_endings: tuple[str, ...]
    """« -ien », « -oise »: a capitalised common noun that ends so is a people (« un Ukrainien »)."""
    region_peoples: frozenset[str]
    """« auvergnat », « breton »: peoples of regions whose nouns end like no other people's."""
    led_body_nouns: frozenset[str]
    """« gouvernement », « administration »: a body named after who leads it (« le gouvernement Legault »)."""
    nationalities: frozenset[str]
    """« français », « ivoirien »: the peoples of countries, one at a time for a person."""
    penalty_nouns: frozenset[str]
    """« prison », « amende », « ans »: what « condamner à » hands down (no words reported)."""
    litotes_verbs: frozenset[str]
    """« manquer », « hésiter »: negated, they affirm the infinitive (« n'a pas manqué de souligner »)."""
    saying_circumstances: tuple[tuple[str, ...], ...]
    """« lors d'un discours », « devant la presse »: when and where words were said (longest first)."""
    masculine_title_endings: tuple[str, ...]
    feminine_title_endings: tuple[str, ...]
    """« ate », « rice », « ienne »: the feminine forms of titles that have two (« l'avocate »)."""
    feminine_sure_endings: tuple[str, ...]
    """Those of them feminine even where the lemma is the word itself (« l'experte », « l'éditrice »)."""
    honorific_titles: dict[str, str]
    """« me » → « avocat », « dr » → « médecin »: the trade an honorific before a name gives."""
    prenominal_adjectives: frozenset[str]
    """« nouvelle », « premier »: adjectives before their noun (« une nouvelle offre »)."""
    appointing_verbs: frozenset[str]
    """« nommer », « élire »: verbs that put their object in a post (« le nouveau Premier ministre »)."""
    named_after_nouns: frozenset[str]
    """« court », « rue », « loi »: nouns for things named after someone (« le court Suzanne-Lenglen »)."""
    not_agent_nouns: frozenset[str]
    """« lenteur », « quartier », « liste »: endings of a trade, nouns of a thing (never a title)."""
    family_nouns: frozenset[str]
    """« mère », « frère »: relations of family (« la mère de famille » describes, names no title)."""
    share_nouns: frozenset[str]
    """« 75 % », « la moitié », « la majorité »: a share of the group its « de » complement names."""
    group_nouns: frozenset[str]
    """« entourage », « famille », « camp »: people taken together, in the singular (never one person)."""
    epicene_nouns: frozenset[str]
    """« source », « victime », « témoin »: nouns for a person whose gender says nothing of that person's."""
    age_nouns: dict[str, int]
    """« quinquagénaire » → 50: a noun for someone by the decade of their age, and its first year."""
    anonymity_phrases: tuple[tuple[str, ...], ...]
    """« l'anonymat », « être nommée »: a source that asks not to be named (longest first)."""

    def stands_for(self, noun: str) -> tuple[str, ...]:
        """The titles or trades ``noun`` stands for with no words of its own (``title_synonyms.tsv``:
        « la soignante » for « une infirmière », « l'exploitant » for « un agriculteur »)."""
        return self.plain_title_synonyms.get(noun, ())

    def is_epicene(self, lemma: str, lower: str = "") -> bool:
        """Does this noun's gender say nothing of the person's (« une source », « le témoin »)?"""
        return lemma in self.epicene_nouns or lower in self.epicene_nouns

    def is_person_noun(self, lemma: str, lower: str = "") -> bool:
        """Does this noun describe a person: a title, a source noun (« un diplomate »), a noun for
        someone already in the story (« le jeune homme »)?"""
        return self.is_title(lemma, lower) or lemma in self.source_nouns or lemma in self.person_nouns

    def is_demonym(self, lower: str) -> bool:
        """Does this word (lower case, singular or plural) end like the people of a place?"""
        stem = lower[:-1] if lower.endswith(("s", "x")) and len(lower) > 4 else lower
        if len(stem) > 3 and (stem.endswith(self.demonym_endings) or lower.endswith(self.demonym_endings)):
            return True
        # « le Slovène », « l'Espagnole », « l'Auvergnat »: a people the lists name, in any gender and number
        peoples = self.nationalities | self.region_peoples
        return stem in peoples or stem.endswith("e") and stem[:-1] in peoples

    def is_title(self, lemma: str, lower: str = "") -> bool:
        """Does this noun name a person by a function, a trade or a relation? The title list,
        else a noun no list knows that ends like one (« l'épidémiologiste »)."""
        if lemma in self.titles or lower in self.titles:
            return True
        for prefix in TITLE_PREFIXES:  # « l'ex-ministre », « la vice-présidente », « le co-fondateur »
            if lemma.startswith(prefix) and len(lemma) > len(prefix) + 2:
                return self.is_title(lemma[len(prefix):], lower[len(prefix):] if lower.startswith(prefix) else "")
        known = (self.type_nouns, self.institutions, self.source_documents, self.company_nouns, self.cue_nouns)
        return lemma.isalpha() and lemma.islower() and len(lemma) > 4 and lemma.endswith(self.agent_suffixes) \
            and lemma not in self.not_agent_nouns \
            and not any(lemma in k for k in known)

    @property
    def size(self) -> int:
        """Number of distinct cues: verbs, locutions and nouns."""
        return (len(self.cue_verbs) + sum(len(v) for v in self.locutions.values())
                + len(self.cue_nouns))


TITLE_PREFIXES = ("ex-", "vice-", "co-", "sous-", "pro-", "contre-", "lieutenant-", "général-", "premier-", "première-")


def _synonym(line: str) -> tuple[str, frozenset[str], str, frozenset[str]]:
    title, words, other, other_words = (line.split("\t") + ["", "", ""])[:4]
    return title.strip(), frozenset(words.split()), other.strip(), frozenset(other_words.split())


@lru_cache(maxsize=1)
def load() -> Lexicon:
    verbs: dict[str, frozenset[str]] = {}
    for line in _lines("cue_verbs.tsv"):
        lemma, _, frames = line.partition("\t")
        verbs[lemma.strip().lower()] = verbs.get(lemma.strip().lower(), frozenset()) | frozenset(frames.split())
    locutions: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
    for line in _lines("cue_locutions.tsv"):
        lemma, words, frames = (line.split("\t") + ["", ""])[:3]
        locutions.setdefault(lemma.lower(), []).append(
            (tuple(words.lower().replace("'", "' ").split()), frozenset(frames.split())))
    type_nouns, type_families = {}, {}
    for line in _lines("type_nouns.tsv"):
        noun, kind, family = (line.split("\t") + [""])[:3]
        type_nouns[noun.strip().lower()] = kind.strip()
        if family.strip():
            type_families[noun.strip().lower()] = family.strip()
    anaphors = {}
    for line in _lines("anaphors.tsv"):
        form, dets, gender, which = line.split("\t")
        anaphors[form.lower()] = (frozenset(d for d in dets.split() if d != "-"), gender, which)
    pronouns = {}
    for line in _lines("pronouns.tsv"):
        form, gender, number = line.split("\t")
        pronouns[form.lower()] = (gender, number)
    synonyms = tuple(_synonym(line) for line in _lines("title_synonyms.tsv"))
    plain: dict[str, tuple[str, ...]] = {}
    for title, own, other, _ in synonyms:
        if not own:
            plain[title] = plain.get(title, ()) + (other,)
    return Lexicon(
        cue_verbs=verbs,
        locutions=locutions,
        cue_nouns=_words("cue_nouns.txt"),
        source_documents=_words("source_documents.txt"),
        signed_documents=_words("signed_documents.txt"),
        document_authors=_words("document_authors.txt"),
        person_nouns=_words("person_nouns.txt"),
        company_nouns=_words("company_nouns.txt"),
        titles=_words("titles.txt"),
        source_nouns=_words("source_nouns.txt"),
        pronouns=pronouns,
        anaphors=anaphors,
        naming_words=_words("naming_words.txt"),
        surname_nouns=_words("surname_nouns.txt"),
        acting_verbs=_words("acting_verbs.txt"),
        institutions=_words("institutions.txt"),
        news_agencies=_words("news_agencies.txt"),
        observation_verbs=_words("observation_verbs.txt"),
        relaying_verbs=_words("relaying_verbs.txt"),
        authoring_verbs=_words("authoring_verbs.txt"),
        type_nouns=type_nouns,
        type_families=type_families,
        media_name_words=_words("media_name_words.txt"),
        counterpart_nouns=_words("counterpart_nouns.txt"),
        provision_nouns=_words("provision_nouns.txt"),
        interview_verbs=_words("interview_verbs.txt"),
        role_verbs={line.split("\t")[0].strip().lower(): tuple(w.strip().lower() for w in line.split("\t")[1:] if w.strip())
                    for line in _lines("role_verbs.tsv")},
        patient_role_verbs={line.split("\t")[0].strip().lower(): tuple(w.strip().lower() for w in line.split("\t")[1:]
                                                                       if w.strip())
                            for line in _lines("patient_role_verbs.tsv")},
        discourse_phrases=tuple(sorted({tuple(w.replace("'", "' ").split()) for w in _words("discourse_phrases.txt")},
                                       key=len, reverse=True)),
        title_aliases=dict(line.split("\t")[:2] for line in _lines("title_aliases.tsv")),
        title_synonyms=synonyms,
        plain_title_synonyms=plain,
        non_contents=_words("non_contents.txt"),
        source_locutions=_phrases("source_locutions.txt"),
        media_contexts=_phrases("media_contexts.txt"),
        addressee_nouns=_words("addressee_nouns.txt"),
        agent_suffixes=tuple(sorted(_words("agent_suffixes.txt"), key=len, reverse=True)),
        demonym_endings=tuple(sorted(_words("demonym_endings.txt"), key=len, reverse=True)),
        nationalities=_words("nationalities.txt"),
        region_peoples=_words("region_peoples.txt"),
        penalty_nouns=_words("penalty_nouns.txt"),
        litotes_verbs=_words("litotes_verbs.txt"),
        saying_circumstances=_phrases("saying_circumstances.txt"),
        led_body_nouns=_words("led_body_nouns.txt"),
        masculine_title_endings=tuple(sorted(_words("masculine_title_endings.txt"), key=len, reverse=True)),
        feminine_title_endings=tuple(sorted({line.split("\t")[0].strip().lower() for line in _lines("feminine_title_endings.txt")},
                                            key=len, reverse=True)),
        feminine_sure_endings=tuple(line.split("\t")[0].strip().lower() for line in _lines("feminine_title_endings.txt")
                                    if line.rstrip().endswith("\tsure")),
        honorific_titles=dict(line.split("\t")[:2] for line in _lines("honorific_titles.tsv")),
        prenominal_adjectives=_words("prenominal_adjectives.txt"),
        appointing_verbs=_words("appointing_verbs.txt"),
        named_after_nouns=_words("named_after_nouns.txt"),
        not_agent_nouns=_words("not_agent_nouns.txt"),
        family_nouns=_words("family_nouns.txt"),
        share_nouns=_words("share_nouns.txt"),
        group_nouns=_words("group_nouns.txt"),
        epicene_nouns=_words("epicene_nouns.txt"),
        age_nouns={k: int(v) for k, v in (line.split("\t")[:2] for line in _lines("age_nouns.tsv"))},
        anonymity_phrases=_phrases("anonymity_phrases.txt"),
    )
