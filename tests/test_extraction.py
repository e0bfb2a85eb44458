"""Each construction of French reported speech, on sentences written for these tests."""
import pytest
from conftest import by_content


def test_direct_quote_with_incise_and_full_name(extract):
    atts = extract("« Nous ne céderons pas sur les retraites », a déclaré Jean Dupont, maire de Lyon, lundi.")
    a = by_content(atts, "Nous ne céderons pas")
    assert a.kind == "direct"
    assert a.content.text == "Nous ne céderons pas sur les retraites"
    assert a.speaker == "Jean Dupont"
    assert a.cue.text == "a déclaré"


def test_indirect_que_clause(extract):
    atts = extract("La ministre de la Santé, Claire Martin, a affirmé mardi que les hôpitaux recevraient des moyens supplémentaires.")
    a = by_content(atts, "hôpitaux")
    assert a.kind == "indirect"
    assert a.content.text == "les hôpitaux recevraient des moyens supplémentaires"
    assert a.speaker == "Claire Martin"


def test_selon_named_institution(extract):
    atts = extract("Selon l'Insee, le chômage a reculé de deux points au premier trimestre.")
    a = by_content(atts, "chômage")
    assert a.content.text == "le chômage a reculé de deux points au premier trimestre"
    assert a.speaker == "Insee"
    assert not a.anonymous


def test_a_en_croire_lead_and_tail(extract):
    lead = by_content(extract("À en croire le ministre, la réforme des retraites sera votée avant l'été."), "réforme")
    assert lead.content.text == "la réforme des retraites sera votée avant l'été"
    assert lead.cue.text == "À en croire"
    tail = by_content(extract("Le budget sera bouclé en mars, à en croire la Cour des comptes."), "budget")
    assert tail.content.text == "Le budget sera bouclé en mars"
    assert tail.speaker == "Cour des comptes"


def test_selon_pronoun_mixed_content(extract):
    text = ("Le syndicaliste Paul Durand a parlé devant les grévistes. "
            "Selon lui, les salariés « ne doivent pas céder au chantage ».")
    a = by_content(extract(text), "salariés")
    assert a.kind == "mixed"
    assert a.content.text == "les salariés « ne doivent pas céder au chantage »"
    assert a.speaker == "Paul Durand"


def test_quote_broken_by_incise_gives_two_attributions(extract):
    text = "Le syndicaliste Paul Durand était en colère. « Nous irons jusqu'au bout, a-t-il dit, quoi qu'il en coûte aux patrons. »"
    atts = extract(text)
    first = by_content(atts, "jusqu'au bout")
    second = by_content(atts, "quoi qu'il en coûte")
    assert first is not second
    assert first.kind == second.kind == "direct"
    assert first.speaker == second.speaker == "Paul Durand"


def test_negated_speech_act_is_not_an_attribution(extract):
    assert extract("Paul Durand n'a pas dit que le projet de loi était abandonné.") == []


def test_infinitive_complement(extract):
    a = by_content(extract("Le président Marc Lefort a promis de réduire les impôts des classes moyennes."), "impôts")
    assert a.content.text == "réduire les impôts des classes moyennes"
    assert a.speaker == "Marc Lefort"


def test_participle_clause_inherits_the_speaker(extract):
    text = ("« C'est inacceptable », a déclaré Sophie Bernard, accusant le gouvernement de mentir aux "
            "Français sur le budget.")
    a = by_content(extract(text), "gouvernement de mentir")
    assert a.cue.text == "accusant"
    assert a.speaker == "Sophie Bernard"


def test_pronoun_incise_resolves_by_gender(extract):
    text = ("Marie Leclerc, directrice de l'hôpital, a reçu les syndicats mardi. "
            "« Les urgences sont saturées depuis des semaines », a-t-elle expliqué.")
    a = by_content(extract(text), "urgences")
    assert a.speaker_mention.text == "-elle"
    assert a.speaker == "Marie Leclerc"


def test_surname_resolves_to_full_name(extract):
    text = ("Antoine Giraud, le maire de Nantes, a inauguré le pont. "
            "Giraud a souligné que les travaux avaient duré quatre ans.")
    a = by_content(extract(text), "travaux")
    assert a.speaker == "Antoine Giraud"


def test_name_of_an_operation_is_not_a_quote(extract):
    assert extract("L'opération « Barkhane » s'est achevée en novembre au Sahel.") == []


def test_anonymous_source_keeps_the_article_description(extract):
    a = by_content(extract("Un diplomate européen a estimé que les négociations étaient dans l'impasse."), "négociations")
    assert a.anonymous
    assert "diplomate européen" in a.speaker


def test_standalone_quote_takes_the_next_attributed_speaker(extract):
    text = ("« Nous avons perdu trois usines cette année. » « Il faut agir vite pour sauver l'emploi », "
            "a lancé Karim Haddad, délégué syndical.")
    atts = extract(text)
    a = by_content(atts, "trois usines")
    assert a.kind == "direct" and a.cue is None
    assert a.speaker == "Karim Haddad"


def test_offsets_point_into_the_text(extract):
    text = "« Oui », a-t-il dit. Selon la police, la manifestation a réuni trois mille personnes à Rennes."
    for a in extract(text):
        for span in (a.content, a.cue, a.speaker_mention):
            if span is not None:
                assert text[span.start:span.end] == span.text


def test_empty_and_blank_text(extract):
    import guillemets
    assert guillemets.extract("") == []
    assert guillemets.extract("   \n\t ") == []
    assert extract("") == []


def test_non_french_text_does_not_crash(extract):
    atts = extract("The minister said that the budget would be cut. 这是中文。 ¿Qué pasa?")
    assert isinstance(atts, list)


def test_the_language_data_is_read_once_per_process():
    """Every step asks for the lexicon; it is read from its files once (a lost cache made
    extraction eight times slower)."""
    from guillemets.lexicon import load
    assert load() is load()
    assert load().title_synonyms  # and the newest file is in it


@pytest.mark.parametrize("word, people", [("slovène", True), ("espagnole", True), ("danois", True),
                                          ("auvergnates", True), ("lillois", True), ("ukrainienne", True),
                                          ("sénat", False), ("maire", False), ("espagne", False)])
def test_a_people_by_its_ending_or_its_list(word, people):
    """« le Slovène », « l'Espagnole », « les Auvergnates »: peoples the lists name, in any gender and
    number, besides the endings (« -ois », « -ienne »)."""
    from guillemets.lexicon import load
    assert load().is_demonym(word) is people


@pytest.mark.parametrize("acronym, name, spells", [
    ("Fenacci", "La Fédération nationale des associations de consommateurs de Côte d'Ivoire", True),
    ("Cédéao", "La Communauté économique des États de l'Afrique de l'Ouest", True),
    ("Manche", "l'EPR de Flamanville", False), ("Isère", "Le tribunal correctionnel de Grenoble", False)])
def test_an_acronym_written_as_a_word_spells_its_name_a_place_does_not(acronym, name, spells):
    """« … de Côte d'Ivoire (Fenacci) » defines a name; « Flamanville (Manche) » gives a place."""
    from guillemets.resolution.cast import _spells
    assert _spells(acronym, name) is spells


def test_tokens_and_entities_made_once_read_the_document_as_it_is(nlp):
    from guillemets.extraction.syntax import entities, forget, forget_entities, lowers, tokens
    from spacy.tokens import Span
    doc = nlp.make_doc("Le maire de Nantes, Paul Mercier, a parlé.")
    for _, proc in nlp.pipeline[:-1]:
        doc = proc(doc)
    toks = tokens(doc)
    assert tokens(doc) is toks and [t.i for t in toks] == list(range(len(doc)))
    assert tokens(doc[2:5])[3].text == doc[3].text  # a span: the document's indexes
    assert lowers(doc) == [t.lower_ for t in doc]
    toks[0].pos_ = "PROPN"  # a tag changed later shows through the list
    assert tokens(doc)[0].pos_ == "PROPN"
    ents = entities(doc)
    assert entities(doc) is ents and [e.text for e in ents] == [e.text for e in doc.ents]
    doc.set_ents([Span(doc, 0, 2, label="ORG")], default="outside")
    forget_entities(doc)
    assert [e.text for e in entities(doc)] == ["Le maire"]
    forget(doc)
    assert tokens(doc) is not toks
    forget(doc)
