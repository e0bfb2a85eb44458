"""Fit the salience weights (and the confidence mapping) on annotated articles.

    guillemets train GOLD.jsonl [-o weights.json] [--check CHECK.jsonl]

Every decision the salience model takes on the articles (a pronoun, a
description) is recorded with its candidates' signals; a candidate is right when
its name is the annotated speaker of the attribution the decision served (by the
scorer's rules). One regularised logistic regression per kind of decision is
fitted on those rows (scikit-learn), and its coefficients become the weights.
The confidence of an attribution is then fitted the same way: from the pass
that linked it, its kind and its length, the probability that
the attribution is right end to end (its content is a gold one, its speaker
the gold speaker).
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..scoring import _spans, match, speaker_right
from . import salience
from .confidence import CONF_FEATURES, conf_signals


@dataclass
class Decisions:
    rows: dict[str, list[tuple[list[dict], list[int]]]] = field(default_factory=lambda: defaultdict(list))
    attributions: list[tuple[dict, bool]] = field(default_factory=list)  # (predicted attribution, speaker right)


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def collect(articles: list[dict], nlp) -> Decisions:
    """Run the pipeline over annotated articles and label every salience decision."""
    out = Decisions()
    salience.RECORDER = []
    try:
        for art in articles:
            salience.RECORDER.clear()
            doc = nlp(art["text"])
            recorded = list(salience.RECORDER)
            preds = [a.to_dict() for a in doc._.attributions]
            g, p = _spans(art["text"], art.get("attributions", [])), _spans(art["text"], preds)
            gold_of = {j: g[i][1] for i, j in match(g, p)}
            for j, (_, pred) in enumerate(p):  # right end to end: a gold attribution, and its speaker
                out.attributions.append((pred, j in gold_of and speaker_right(gold_of[j], pred, art["text"])))
            by_mention = {}
            for j, gold in gold_of.items():
                m = p[j][1].get("speaker_mention")
                if m:
                    by_mention[(m["start"], m["end"])] = gold
            for dec in recorded:
                gold = by_mention.get(tuple(dec["mention"]))
                if gold is None:
                    continue
                labels = [int(speaker_right(gold, {"speaker": c["name"]}, art["text"])) for c in dec["candidates"]]
                if any(labels):
                    out.rows[dec["kind"]].append((dec["candidates"], labels))
    finally:
        salience.RECORDER = None
    return out


def fit_kind(rows: list[tuple[list[dict], list[int]]], c: float = 1.0) -> dict[str, float]:
    """Logistic regression over the candidates of every decision: right candidate or not."""
    from sklearn.linear_model import LogisticRegression

    x = [[cand["signals"][f] for f in salience.FEATURES] for cands, _ in rows for cand in cands]
    y = [label for _, labels in rows for label in labels]
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    model.fit(x, y)
    weights = {f: round(float(w), 4) for f, w in zip(salience.FEATURES, model.coef_[0])}
    weights["bias"] = round(float(model.intercept_[0]), 4)
    return weights


def top1(rows: list[tuple[list[dict], list[int]]], weights: dict[str, float]) -> float:
    """The share of decisions whose best-scored candidate is right."""
    right = 0
    for cands, labels in rows:
        scores = [weights.get("bias", 0) + sum(weights.get(f, 0) * cd["signals"][f] for f in salience.FEATURES)
                  for cd in cands]
        right += labels[max(range(len(cands)), key=scores.__getitem__)]
    return right / len(rows) if rows else 0.0


def fit_confidence(attributions: list[tuple[dict, bool]], c: float = 1.0) -> dict[str, float]:
    from sklearn.linear_model import LogisticRegression

    x = [[conf_signals(a)[f] for f in CONF_FEATURES] for a, _ in attributions]
    y = [int(ok) for _, ok in attributions]
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    weights = {f: round(float(w), 4) for f, w in zip(CONF_FEATURES, model.coef_[0])}
    weights["bias"] = round(float(model.intercept_[0]), 4)
    return weights


def train(gold: Path, out: Path, nlp, check: Path | None = None, report=print) -> dict:
    """Fit on ``gold``, write ``out``; report top-1 accuracy on ``gold`` (and ``check``)."""
    decisions = collect(load_gold(gold), nlp)
    fitted = {kind: fit_kind(rows) for kind, rows in decisions.rows.items() if len(rows) >= 5}
    current = salience.weights()
    for kind, w in current.items():
        fitted.setdefault(kind, w)
    for kind, rows in decisions.rows.items():
        report(f"{kind}: {len(rows)} decisions on {gold.name}, top-1 right {top1(rows, current.get(kind, {})):.3f} "
               f"with the weights in use, {top1(rows, fitted[kind]):.3f} fitted")
    checked = {}
    if check is not None:
        held = collect(load_gold(check), nlp)
        for kind, rows in held.rows.items():
            checked[kind] = top1(rows, fitted.get(kind, {}))
            report(f"{kind}: {len(rows)} decisions on {check.name}, top-1 right {checked[kind]:.3f} fitted")
    confidence = fit_confidence(decisions.attributions)
    data = {"about": f"fitted by guillemets train on {gold.name}: logistic regression, C=1, balanced classes",
            "weights": fitted, "confidence": confidence,
            "decisions": {k: len(v) for k, v in decisions.rows.items()}, "check_top1": checked}
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return data


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))
