"""guillemets' own scorer agrees with the reference score.py on the dev set."""
import json
import subprocess
import sys

from guillemets.scoring import score
from conftest import GOLD_DIR


def test_evaluate_agrees_with_reference_scorer(gold_dev, nlp, tmp_path):
    gold = {json.loads(l)["id"]: json.loads(l) for l in gold_dev.read_text(encoding="utf-8").splitlines() if l.strip()}
    preds = {aid: [a.to_dict() for a in nlp(art["text"])._.attributions] for aid, art in gold.items()}
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps({"id": k, "attributions": v}, ensure_ascii=False) + "\n"
                                 for k, v in preds.items()), encoding="utf-8")
    ref = subprocess.run([sys.executable, str(GOLD_DIR / "score.py"), str(gold_dev), str(pred_path), "--json"],
                         capture_output=True, text=True, check=True)
    reference = json.loads(ref.stdout.strip().splitlines()[-1])
    ours = score(gold, preds).summary()
    assert ours == reference


def test_speaker_rules():
    from guillemets.scoring import speaker_right
    assert speaker_right({"speaker": "Antony Blinken"}, {"speaker": "Blinken"})
    assert not speaker_right({"speaker": "Antony Blinken"}, {"speaker": "Antony"})
    assert speaker_right({"speaker": "un diplomate européen", "anonymous": True}, {"speaker": "diplomate européen"})
    assert speaker_right({"speaker": "Herman Cain, Rick Perry et Michele Bachmann"}, {"speaker": "Rick Perry"})
    assert speaker_right({"speaker": None}, {"speaker": None})
