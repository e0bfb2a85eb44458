"""Every speaker string is a name or a clean description (GUIDE.md, « Names »), on every dev and
check text and on random French text made of their sentences."""
import json
import re

from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import GOLD_DIR
from guillemets.lexicon import load
from guillemets.pipeline import extract_many

LEADING = re.compile(r"^(selon|d['’]après|à l['’]encontre|par|pour|sur|avec|contre|chez|dans|auprès|via)\b", re.I)
WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"}
DANGLING = {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "à", "au", "aux", "en", "sur",
            "par", "pour", "et", "ou"}


def faults(attribution: dict) -> list[str]:
    """What is wrong with an attribution's speaker string, by the guide's rules."""
    name = attribution.get("speaker")
    if name is None:
        return []
    words = name.split()
    out = []
    if not words:
        out.append("empty")
        return out
    if LEADING.match(name):
        out.append("starts with a preposition")
    if WEEKDAYS & {w.lower().strip(",.") for w in words}:
        out.append("holds a day")
    if not any(c.isalpha() for c in name):
        out.append("a figure alone")
    if words[-1].lower() in DANGLING and len(words) > 1:
        out.append("ends on an article or a preposition")
    lex = load()
    if attribution.get("speaker_type") == "person" and not attribution.get("anonymous") and len(words) > 1 \
            and words[0].islower() and words[1][:1].isupper() and lex.is_title(words[0], words[0]):
        out.append("a title before a person's name")
    return out


def texts(name):
    path = GOLD_DIR / f"{name}.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fault_finder_finds_faults():
    assert faults({"speaker": "Selon la Caisse nationale"}) == ["starts with a preposition"]
    assert faults({"speaker": "Paul Martin mardi"}) == ["holds a day"]
    assert faults({"speaker": "%"}) == ["a figure alone"]
    assert faults({"speaker": "Les avocats du"}) == ["ends on an article or a preposition"]
    assert faults({"speaker": "ministre Dumas", "speaker_type": "person"}) == ["a title before a person's name"]
    assert faults({"speaker": "des chercheurs", "anonymous": True, "speaker_type": "group"}) == []


def test_speaker_strings_of_dev_and_check_are_names_or_descriptions(nlp, gold_dev):
    found = []
    for name in ("dev", "check"):
        for atts in extract_many(texts(name), nlp=nlp):
            for a in atts:
                d = a.to_dict()
                found += [(name, d["speaker"], f) for f in faults(d)]
    assert found == []


SENTENCES = [s for t in texts("dev") + texts("check") for s in re.split(r"(?<=[.!?»])\s+", t) if 20 < len(s) < 400]


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None, derandomize=True)
@given(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=8), st.sampled_from(["\n", " "]))
def test_speaker_strings_of_random_french_text(nlp, picked, joiner):
    for atts in extract_many([joiner.join(picked)], nlp=nlp):
        for a in atts:
            assert faults(a.to_dict()) == [], a.to_dict()
