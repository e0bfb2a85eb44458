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


def test_every_seed_attribution_is_found_with_its_speaker(gold_dev):
    """The article the project started from: each gold attribution has a predicted one over
    the scorer's overlap threshold, with the right speaker."""
    import json
    from guillemets.scoring import jaccard, speaker_right, trimmed
    seed = next(json.loads(l) for l in gold_dev.read_text(encoding="utf-8").splitlines()
                if '"seed-blinken-otan"' in l)
    text = seed["text"]
    preds = [a.to_dict() for a in guillemets.extract(text)]
    for g in seed["attributions"]:
        gs = trimmed(text, g["content"]["start"], g["content"]["end"])
        best = max(preds, key=lambda p: jaccard(gs, trimmed(text, p["content"]["start"], p["content"]["end"])))
        overlap = jaccard(gs, trimmed(text, best["content"]["start"], best["content"]["end"]))
        assert overlap >= 0.5, g["content"]["text"]
        assert speaker_right(g, best), (g["speaker"], best["speaker"])
        assert best["kind"] == g["kind"], g["content"]["text"]
