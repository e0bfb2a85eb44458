"""The bundled seed article, end to end."""
import guillemets
from conftest import EXAMPLE, by_content


def test_seed_article_speakers():
    text = EXAMPLE.read_text(encoding="utf-8")
    atts = guillemets.extract(text)
    assert by_content(atts, "L’objectif de cette visite").speaker == "Antony Blinken"
    assert by_content(atts, "la détermination de l'Alliance atlantique").speaker == "Antony Blinken"
    assert by_content(atts, "160 000 soldats").speaker == "Financial Times"
    assert by_content(atts, "ne doivent pas se contenter").kind == "mixed"
    assert by_content(atts, "ne doivent pas se contenter").speaker == "Mark Rutte"
    assert by_content(atts, "bain de sang").speaker == "Maria Zakharova"
    assert by_content(atts, "cette politique visait").speaker == "Maria Zakharova"


def test_spacy_component_in_any_french_pipeline():
    import spacy
    nlp = spacy.load("fr_core_news_md", exclude=["ner"])
    nlp.add_pipe("guillemets")
    doc = nlp("« Nous irons au bout », a affirmé la porte-parole du gouvernement.")
    assert doc._.attributions and doc._.attributions[0].kind == "direct"


def test_extract_many_streams_in_order():
    texts = ["« Un », a dit Paul Roy.", "", "Selon la police, la foule comptait dix mille personnes."]
    out = list(guillemets.extract_many(texts))
    assert len(out) == 3
    assert out[1] == []
    assert out[2][0].speaker == "police"
