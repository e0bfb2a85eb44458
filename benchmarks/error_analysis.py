"""Sort every dev-set error into a cause, and print the table (docs/error-analysis.md).

    python benchmarks/error_analysis.py --gold ../shared/gold [--examples 2]

Causes are read off each error mechanically, so that the table can be made again
after each change:
- missed / spurious: "boundary" when a prediction overlaps the gold span but under the
  0.5 Jaccard of the scorer; otherwise by the gold cue (none: stand-alone quote; « selon /
  pour / d'après »; a verb cue) or, for spurious ones, by the rule that fired.
- wrong speaker: by the kind of mention that was resolved (pronoun, title or role,
  surname, name, description, none) and whether the gold source is anonymous, an
  organisation or several people.
"""
from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from guillemets.pipeline import load
from guillemets.resolution.cast import HONORIFICS
from guillemets.scoring import jaccard, match, speaker_right, trimmed

PRONOUNS = {"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "-elles", "lui", "eux", "qui"}


def mention_kind(pred: dict, lex) -> str:
    m = (pred.get("speaker_mention") or {}).get("text")
    if not m:
        return "no mention (inherited)" if pred.get("cue") else "stand-alone quote"
    words = m.split()
    low = m.lower().split()
    if low[-1] in PRONOUNS:
        return "pronoun"
    if any(w in lex.titles for w in low):
        return "title or role"
    if len(words) == 1 and words[0][:1].isupper():
        return "one-word name"
    if any(w[:1].isupper() for w in words[1:]) or low[0] in HONORIFICS:
        return "name"
    return "description"


def gold_source(g: dict) -> str:
    name = g.get("speaker") or ""
    if g.get("anonymous"):
        return "anonymous source"
    if not name:
        return "no source"
    if " et " in name or ", " in name:
        return "several sources"
    return "named source"


def cue_kind(g: dict) -> str:
    cue = ((g.get("cue") or {}).get("text") or "").lower()
    if not cue:
        return "no cue (stand-alone)"
    if cue.split()[0] in {"selon", "pour", "d'après"}:
        return "selon / pour / d'après"
    return "verb or noun cue"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default="../shared/gold", type=Path)
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    nlp = load()
    lex = nlp.get_pipe("guillemets").lexicon
    ext = nlp.get_pipe("guillemets").extractor
    arts = [json.loads(line) for line in (args.gold / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    table = collections.Counter()
    examples = collections.defaultdict(list)
    for art in arts:
        text = art["text"]
        doc = nlp(text)
        raws = {(r.start, r.end): r.rule for r in ext.raw(doc)}
        preds = [a.to_dict() for a in doc._.attributions]
        g = [(trimmed(text, a["content"]["start"], a["content"]["end"]), a) for a in art["attributions"]]
        p = [(trimmed(text, a["content"]["start"], a["content"]["end"]), a) for a in preds]
        m = match(g, p)
        found_g = {i for i, _ in m}
        found_p = {j for _, j in m}
        for i, (span, ga) in enumerate(g):
            if i in found_g:
                continue
            overlap = max((jaccard(span, ps) for ps, _ in p), default=0)
            cause = "boundary (overlap under 0.5)" if overlap > 0 else cue_kind(ga)
            key = ("missed", cause)
            table[key] += 1
            examples[key].append(text[span[0]:span[1]][:80])
        for j, (span, pa) in enumerate(p):
            if j in found_p:
                continue
            overlap = max((jaccard(span, gs) for gs, _ in g), default=0)
            rule = raws.get((pa["content"]["start"], pa["content"]["end"]), "?")
            cause = "boundary (overlap under 0.5)" if overlap > 0 else f"no gold attribution (rule {rule})"
            key = ("spurious", cause)
            table[key] += 1
            examples[key].append(text[span[0]:span[1]][:80])
        for i, j in m:
            ga, pa = g[i][1], p[j][1]
            if speaker_right(ga, pa):
                continue
            key = ("wrong speaker", f"{gold_source(ga)} via {mention_kind(pa, lex)}")
            table[key] += 1
            examples[key].append(f"gold {ga.get('speaker')!r}, predicted {pa.get('speaker')!r}")
    print("| error | cause | count |")
    print("| --- | --- | ---: |")
    for (err, cause), n in sorted(table.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"| {err} | {cause} | {n} |")
        for ex in examples[(err, cause)][:args.examples]:
            print(f"|  |  e.g. {ex.replace('|', '/')} |  |")
    totals = collections.Counter()
    for (err, _), n in table.items():
        totals[err] += n
    print()
    print(", ".join(f"{k}: {v}" for k, v in sorted(totals.items())))


if __name__ == "__main__":
    main()
