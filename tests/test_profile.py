"""Speaker profile: type, role, gender with its evidence, and « unknown » as the default."""
from conftest import by_content


def test_gender_from_inverted_pronoun(extract):
    text = ("Dominique Lambert a présenté le budget mardi. « Les comptes sont à l'équilibre pour la "
            "première fois », a-t-elle affirmé.")
    a = by_content(extract(text), "comptes")
    assert a.speaker == "Dominique Lambert"
    assert a.extra["gender"] == "female"
    assert a.extra["gender_evidence"] == "-elle"


def test_gender_from_participle_agreement(extract):
    a = by_content(extract("Dominique Martin s'est dite satisfaite du résultat des négociations avec les syndicats."),
                   "satisfaite")
    assert a.extra["gender"] == "female"
    assert "dite" in a.extra["gender_evidence"]


def test_gender_from_honorific(extract):
    a = by_content(extract("« Nous ne céderons sur rien », a déclaré Mme Dupont devant la presse."), "céderons")
    assert (a.extra["gender"], a.extra["gender_evidence"]) == ("female", "Mme")


def test_gender_from_title(extract):
    text = ("Dominique Perrin, la ministre du Travail, a reçu les syndicats. "
            "La ministre a estimé que la réforme serait votée avant l'été.")
    a = by_content(extract(text), "réforme serait votée")
    assert a.speaker == "Dominique Perrin"
    assert a.extra["gender"] == "female"
    assert a.extra["role"] == "ministre du Travail"


def test_gender_from_first_name_list(extract):
    a = by_content(extract("« Le projet avance bien », a assuré Jean Roux, maire de Brest."), "projet avance")
    assert (a.extra["gender"], a.extra["gender_evidence"]) == ("male", "first name Jean")
    assert a.extra["role"] == "maire de Brest"
    assert a.speaker_type == "person"


def test_article_evidence_overrides_the_first_name_list(extract):
    text = ("« Nous ne céderons pas », a déclaré Camille Girard devant la presse. "
            "« Tout est prêt pour la grève », a-t-il ajouté.")
    atts = extract(text)
    assert {a.extra["gender"] for a in atts} == {"male"}


def test_unknown_is_the_default(extract):
    a = by_content(extract("« Nous ne céderons pas », a déclaré Dominique Girard devant la presse."), "céderons")
    assert a.speaker == "Dominique Girard"
    assert a.extra["gender"] == "unknown" and a.extra["gender_evidence"] is None
    org = by_content(extract("Selon la police, la manifestation a réuni trois mille personnes à Nantes."), "manifestation")
    assert org.speaker_type == "organisation"
    assert org.extra["gender"] == "unknown"


def test_anonymous_group(extract):
    a = by_content(extract("Les manifestants estiment que la réforme des retraites est injuste."), "réforme")
    assert a.anonymous and a.speaker_type == "group"


def test_profile_fields_in_jsonl_record(extract):
    from guillemets.outputs import article_record
    rec = article_record("x", extract("« Le projet avance bien », a assuré Jean Roux, maire de Brest."))
    a = rec["attributions"][0]
    for key in ("speaker_type", "role", "gender", "gender_evidence", "confidence", "anonymous"):
        assert key in a
