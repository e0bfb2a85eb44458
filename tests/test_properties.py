"""Property: on any text, every span the extractor returns lies inside the text and matches it."""
from hypothesis import HealthCheck, given, settings, strategies as st

WORDS = ["a", "déclaré", "que", "selon", "lui", "«", "»", "\"", "“", "”", ",", ".", ":", "\n", "Paul", "Martin",
         "il", "-t-il", "dit", "le", "ministre", "pour", "Marie", "elle", "a-t-elle", "ajouté", "n'", "pas",
         # the constructions of the second round: passives, documents, groups, asides, honorifics
         "lesquelles", "Me", "M.", "Pour", "D'", "après", "groupe", "texte", "communiqué", "publié", "par", "qui",
         "et", "avoir", "être", "estime", "rapelle", "au", "contraire", "aussi", "signataires", "ceux", "craignent",
         "de", "nouvelles", "France", "Bleu", "où", "est", "préconisé", "accompagné", "Premier", "Première", "-ils"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=300), st.lists(st.sampled_from(WORDS), max_size=150).map(" ".join)))
def test_spans_satisfy_offset_invariant(extract, text):
    for a in extract(text):
        for span in (a.content, a.cue, a.speaker_mention):
            if span is None:
                continue
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start:span.end] == span.text
        assert 0.0 <= a.confidence <= 1.0


def test_honorifics_with_no_name_after_them(extract):
    # found by a word-salad run: « Me Me » before a line break made an empty name
    for text in ("Me Me \n .", "M. Mme\n", "« Bonjour », a dit Me Me."):
        for a in extract(text):
            assert text[a.content.start:a.content.end] == a.content.text
