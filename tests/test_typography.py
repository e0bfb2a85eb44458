"""French typography (« guillemets » with no-break spaces, l’apostrophe) reads as well as the
straight marks the French model learned on: the parser reads ``text.parser_view``, spans come
back in the text's own characters."""
import json

import pytest
from hypothesis import given, strategies as st

from conftest import GOLD_DIR, by_content
from guillemets.text import parser_view

NBSP, NNBSP = "\u00a0", "\u202f"


def french(text: str) -> str:
    """Straight quotes as a French outlet prints them: « + no-break space … no-break space + »,
    curly apostrophes. (One character becomes two: offsets move.)"""
    out, opening = [], True
    for ch in text:
        if ch == "\n":
            opening = True
        if ch == '"':
            out.append("«" + NBSP if opening else NBSP + "»")
            opening = not opening
        else:
            out.append("’" if ch == "'" else ch)
    return "".join(out)


def test_the_view_keeps_the_length_and_tells_marks_apart_only_where_it_can():
    text = f"Il a dit «{NBSP}non{NNBSP}» à l’accord."
    view = parser_view(text)
    assert len(view) == len(text)
    assert view == "Il a dit \" non \" à l'accord."
    nested = 'Il a dit « le mot "non" » hier.'
    assert parser_view(nested) == nested  # straight marks of its own: guillemets stay
    assert parser_view("Il a dit “non” et « oui ».") == 'Il a dit "non" et " oui ".'


@given(st.text(alphabet=st.sampled_from(list("ab «»\"’'\u00a0\u202f\n.,")), max_size=200))
def test_the_view_is_always_as_long_as_the_text(text):
    assert len(parser_view(text)) == len(text)


def test_french_typography_gives_the_same_attributions(nlp):
    straight = ('Le maire de Brest, Paul Martin, a annoncé la fermeture de la piscine. "Nous n\'avons pas le '
                'choix", a-t-il expliqué. Selon l\'adjointe aux sports, Claire Roux, les travaux dureront "au '
                'moins deux ans".')
    typo = french(straight)
    a = [(x.speaker, x.kind) for x in nlp(straight)._.attributions]
    b = [(x.speaker, x.kind) for x in nlp(typo)._.attributions]
    assert a == b and len(a) == 3
    doc = nlp(typo)
    quote = by_content(doc._.attributions, "pas le choix")
    assert quote.content.text == "Nous n’avons pas le choix"  # the text's own apostrophe
    mixed = by_content(doc._.attributions, "travaux")
    assert mixed.content.text.endswith(f"«{NBSP}au moins deux ans{NBSP}»")
    assert doc.user_data["guillemets.original"] == typo


def test_dev_articles_in_french_typography_score_as_in_straight_marks():
    """Every dev article printed in French typography: end-to-end F1 within 0.01 of the same
    articles with straight marks (before the parser's view, it fell by 0.03)."""
    from guillemets.pipeline import extract_many
    from guillemets.scoring import in_french_typography, score
    gold = [json.loads(line) for line in (GOLD_DIR / "dev.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()][:20]

    typo = [in_french_typography(a) for a in gold]
    plain = {a["id"]: [x.to_dict() for x in atts] for a, atts in zip(gold, extract_many(a["text"] for a in gold))}
    french_ = {a["id"]: [x.to_dict() for x in atts] for a, atts in zip(typo, extract_many(a["text"] for a in typo))}
    s_plain = score({a["id"]: a for a in gold}, plain).summary()["e2e_f1"]
    s_french = score({a["id"]: a for a in typo}, french_).summary()["e2e_f1"]
    assert s_french >= s_plain - 0.01, (s_plain, s_french)


def test_curly_marks_read_as_straight_ones(nlp):
    straight = ('Le maire de Brest, Paul Martin, a annoncé la fermeture. "Nous n\'avons pas le choix", a-t-il '
                'expliqué. Il a promis qu\'il ne fallait "rien exclure".')
    curly = straight.replace(' "', " “").replace('",', "”,").replace('".', "”.")
    assert [(a.speaker, a.kind, a.content.start, a.content.end) for a in nlp(straight)._.attributions] == \
        [(a.speaker, a.kind, a.content.start, a.content.end) for a in nlp(curly)._.attributions]


@pytest.mark.parametrize("text,line_end", [
    ("Paul Martin, maire de Brest, a parlé mardi.\n« Nous n'avons pas le choix. »\n"
     "Claire Roux, son adjointe, a répondu que les travaux dureraient deux ans.", "\r\n"),  # Windows
    ("Le président de la Chambre des députés, Gianni Ferri, a pris la parole.\n« Nous voterons la "
     "confiance », a-t-il assuré.\nLe chef de l'opposition, Marco Bellini, a dénoncé « une mascarade ».",
     "\n\n"),  # blank lines between paragraphs
])
def test_other_line_ends_read_as_one_line_break(nlp, text, line_end):
    a = [(x.speaker, x.content.text) for x in nlp(text)._.attributions]
    b = [(x.speaker, x.content.text) for x in nlp(text.replace("\n", line_end))._.attributions]
    assert a == b and len(a) == 2


def test_the_view_makes_blank_lines_one_break():
    assert parser_view("Un.\n\n \nDeux.") == "Un.   \nDeux."
