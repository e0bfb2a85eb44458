from hypothesis import given, strategies as st

from guillemets.extraction.quotes import find_quotes


def inner(text):
    return [text[q.inner_start:q.inner_end] for q in find_quotes(text)]


def test_french_marks_with_non_breaking_spaces():
    assert inner("Il a dit «\u00a0bonjour à tous\u00a0» puis «\u202fau revoir\u202f».") == ["bonjour à tous", "au revoir"]


def test_english_and_straight_marks():
    assert inner("“Nous verrons”, dit-il, puis \"rien de plus\".") == ["Nous verrons", "rien de plus"]


def test_only_outermost_quote_is_kept():
    assert inner("« Il m'a dit “partez” et je suis parti »") == ["Il m'a dit “partez” et je suis parti"]


def test_unbalanced_mark_does_not_swallow_the_next_paragraph():
    text = "Le maire a parlé de « réforme sans fin.\nDeuxième paragraphe avec « une citation » ici."
    assert inner(text) == ["une citation"]


def test_quote_continued_in_a_new_paragraph_is_one_per_paragraph():
    text = "« Nous avons tout essayé.\n« Rien n'a marché », a-t-il conclu."
    assert inner(text) == ["Nous avons tout essayé.", "Rien n'a marché"]


def test_stray_closing_mark_is_ignored():
    assert inner("Texte » sans ouverture puis « vraie citation ».") == ["vraie citation"]


@given(st.text(alphabet=st.sampled_from(list("ab «»“”\"\n.,"))))
def test_quotes_lie_inside_text_and_never_cross_paragraphs(text):
    for q in find_quotes(text):
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text)
        assert "\n" not in text[q.start:q.end]


def test_quote_opened_mid_paragraph_and_continued_in_the_next():
    text = "L'entraîneur n'a pas cherché d'excuses. « Nous avons été dominés.\n« Mes joueurs apprendront », a-t-il ajouté."
    assert inner(text) == ["Nous avons été dominés.", "Mes joueurs apprendront"]
    # but a mark left open before an ordinary paragraph still stops at its paragraph's end
    assert inner("Il a parlé de « réforme sans fin.\nLe débat continue.") == []


def test_quote_continued_in_a_paragraph_that_opens_with_a_closing_mark():
    # French typography repeats « » » at the start of each paragraph a long quotation runs on to
    text = "« Certaines nuits, on est deux pour quarante patients.\n» Le pire, c'est le couloir. »\nLe chef confirme."
    assert inner(text) == ["Certaines nuits, on est deux pour quarante patients.", "Le pire, c'est le couloir."]
    # a stray closing mark opening an ordinary paragraph opens nothing
    assert inner("Le débat continue.\n» Texte sans ouverture.") == []
