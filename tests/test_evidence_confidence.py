"""Why this speaker, and how sure: ``speaker_evidence`` everywhere a user looks, a confidence
fitted on annotated articles, ``--min-confidence`` filters, and ``guillemets train``."""
import json

from typer.testing import CliRunner

from guillemets.cli import app
from guillemets.scoring import confidence_bands

runner = CliRunner()
TEXT = ("Paul Mercier, maire de Nantes, a reçu les commerçants. « Nous ne fermerons aucune rue », a-t-il promis. "
        "« Rien n'est décidé », a déclaré un adjoint.")


def test_evidence_says_the_pass_and_the_words(extract):
    atts = extract(TEXT)
    by = {a.content.text: a.extra["speaker_evidence"] for a in atts}
    assert by["Nous ne fermerons aucune rue"].startswith("pronoun: « -il » → Paul Mercier")
    assert by["Rien n'est décidé"].startswith("described: « un adjoint »")


def test_evidence_in_jsonl_and_table(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    rec = json.loads(runner.invoke(app, ["extract", str(path), "-f", "jsonl"]).stdout)
    assert all(a["speaker_evidence"] for a in rec["attributions"])
    table = runner.invoke(app, ["extract", str(path)]).stdout
    assert "pronoun" in table and "↳" in table


def test_min_confidence_filters_extract_and_search(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    every = json.loads(runner.invoke(app, ["extract", str(path), "-f", "jsonl"]).stdout)["attributions"]
    confidences = sorted(a["confidence"] for a in every)
    assert len(set(confidences)) > 1 and all(0 < c < 1 for c in confidences)
    cut = (confidences[0] + confidences[-1]) / 2
    kept = json.loads(runner.invoke(app, ["extract", str(path), "-f", "jsonl", "--min-confidence", str(cut)]).stdout)
    assert 0 < len(kept["attributions"]) < len(every)
    assert all(a["confidence"] >= cut for a in kept["attributions"])
    db = tmp_path / "c.sqlite"
    assert runner.invoke(app, ["ingest", str(path), "--db", str(db)]).exit_code == 0
    hits = runner.invoke(app, ["search", "--db", str(db), "--json", "--min-confidence", str(cut)]).stdout.splitlines()
    assert len(hits) == len(kept["attributions"])
    assert runner.invoke(app, ["search", "--db", str(db), "--min-confidence", "1.5"]).exit_code == 2


def test_confidence_bands_count_every_prediction():
    gold = {"a": {"text": "x" * 100, "attributions": [
        {"content": {"start": 0, "end": 40}, "speaker": "Paul Roy", "kind": "direct"}]}}
    preds = {"a": [{"content": {"start": 0, "end": 40}, "speaker": "Paul Roy", "confidence": 0.9},
                   {"content": {"start": 60, "end": 90}, "speaker": "Paul Roy", "confidence": 0.5}]}
    bands = {b["band"]: b for b in confidence_bands(gold, preds)}
    assert (bands["0.8–1.0"]["n"], bands["0.8–1.0"]["share_right"]) == (1, 1.0)
    assert (bands["0.4–0.6"]["n"], bands["0.4–0.6"]["share_right"]) == (1, 0.0)


def test_train_refits_the_weights_on_annotated_articles(tmp_path, gold_dev, monkeypatch):
    lines = gold_dev.read_text(encoding="utf-8").splitlines()[:10]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "w.json"
    res = runner.invoke(app, ["train", str(gold), "-o", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    assert data["decisions"]["pronoun"] >= 5
    pronoun = data["weights"]["pronoun"]
    assert set(pronoun) >= {"bias", "last_speaker", "subject_same_sentence"} and pronoun["last_speaker"] > 0
    assert set(data["confidence"]) >= {"bias", "pass_name", "pass_pronoun"}
