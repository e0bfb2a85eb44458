"""What each resolution pass decides on the gold sets: attributions linked, and the share right.

    python benchmarks/passes_table.py --gold ../shared/gold [--sets dev check] [--markdown]

Only counts are printed for each set (no texts, no errors): check.jsonl stays a
set to score on, not to read.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from guillemets.pipeline import extract_many
from guillemets.scoring import _spans, confidence_bands, match, score, speaker_right


def load(path: Path) -> dict[str, dict]:
    return {a["id"]: a for a in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                                 if line.strip())}


def predict(gold: dict[str, dict]) -> dict[str, list[dict]]:
    ids = list(gold)
    return {i: [a.to_dict() for a in atts] for i, atts in zip(ids, extract_many(gold[i]["text"] for i in ids))}


def by_pass(gold: dict[str, dict], preds: dict[str, list[dict]]) -> dict[str, list[int]]:
    """pass → [matched attributions, speaker right]."""
    table: dict[str, list[int]] = {}
    for aid, art in gold.items():
        g, p = _spans(art["text"], art["attributions"]), _spans(art["text"], preds.get(aid, []))
        for i, j in match(g, p):
            rule = (p[j][1].get("speaker_evidence") or "none").split(":")[0].split(" →")[0]
            row = table.setdefault(rule, [0, 0])
            row[0] += 1
            row[1] += speaker_right(g[i][1], p[j][1], art["text"])
    return table


def print_bands(bands: dict[str, list[dict]], markdown: bool = False) -> None:
    names = list(bands)
    if markdown:
        print("| confidence | " + " | ".join(f"{n} n | {n} right" for n in names) + " |")
        print("|---|" + "---|---|" * len(names))
    for k, row in enumerate(bands[names[0]]):
        cells = []
        for n in names:
            r = bands[n][k]
            cells += [str(r["n"]), f"{r['share_right']:.2f}" if r["share_right"] is not None else "–"]
        print(("| " + row["band"] + " | " + " | ".join(cells) + " |") if markdown
              else f"{row['band']:>10s} " + " ".join(f"{c:>8s}" for c in cells))



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default="../shared/gold", type=Path)
    ap.add_argument("--sets", nargs="+", default=["dev", "check"])
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    tables, summaries, bands = {}, {}, {}
    for name in args.sets:
        gold = load(args.gold / f"{name}.jsonl")
        preds = predict(gold)
        summaries[name] = score(gold, preds).summary()
        tables[name] = by_pass(gold, preds)
        bands[name] = confidence_bands(gold, preds)
    for name, s in summaries.items():
        print(f"{name:6s} content F1 {s['content_f1']:.4f}  speaker {s['speaker_accuracy']:.4f}  e2e F1 {s['e2e_f1']:.4f}"
              f"  ({s['gold']} gold, {s['predicted']} predicted)")
    print("\nshare right end to end, by confidence band (all predictions)")
    print_bands(bands, args.markdown)
    print()
    rules = sorted({r for t in tables.values() for r in t}, key=lambda r: -sum(t.get(r, [0])[0] for t in tables.values()))
    head = ["pass"] + [f"{n} n" for n in args.sets] + [f"{n} right" for n in args.sets]
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
    else:
        print(" ".join(f"{h:>22s}" if k == 0 else f"{h:>10s}" for k, h in enumerate(head)))
    for r in rules:
        cells = [str(tables[n].get(r, [0, 0])[0]) for n in args.sets]
        cells += [f"{tables[n][r][1] / tables[n][r][0]:.2f}" if tables[n].get(r, [0])[0] else "–" for n in args.sets]
        if args.markdown:
            print("| " + " | ".join([r] + cells) + " |")
        else:
            print(f"{r:>22s} " + " ".join(f"{c:>10s}" for c in cells))


if __name__ == "__main__":
    main()
