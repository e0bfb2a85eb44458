"""How the scores hold when the same articles are printed otherwise: French typography
(« » with no-break spaces, ’), curly marks, Windows line ends, blank lines between
paragraphs, no paragraph breaks at all, and other people's names (the persons the gold
names get first names and surnames from Haiti and West Africa, the same in text and gold).

    python benchmarks/robustness.py --gold ../shared/gold [--sets dev check] [--seeds 3]

The held-out articles come from other outlets and countries: a drop here is a drop there.
Only figures are printed (check stays a set to score on, not to read).
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from guillemets.pipeline import extract_many
from guillemets.resolution.first_names import gender_of
from guillemets.scoring import score

NBSP = "\u00a0"
FIRST = {"male": ["Jean-Baptiste", "Moïse", "Wilson", "Ousmane", "Mamadou", "Kouassi", "Jovenel", "Fritz", "Yao",
                  "Idrissa", "Chérif", "Aboubacar"],
         "female": ["Fatoumata", "Mirlande", "Aminata", "Nadège", "Awa", "Rose-Mitha", "Ketly", "Mariam"]}
SURNAMES = ["Diallo", "Pierre-Louis", "Ndiaye", "Jean-Charles", "Traoré", "Ouédraogo", "Célestin", "Kaboré", "Dorval",
            "Koné", "Bamba", "Fils-Aimé", "Sylla", "Toussaint"]


def rewritten(article: dict, piece) -> dict:
    """The article with each character ``ch`` at ``i`` replaced by ``piece(i, ch)``; gold offsets follow."""
    text, out, back, size = article["text"], [], [], 0
    for i, ch in enumerate(text):
        back.append(size)
        p = piece(i, ch)
        out.append(p)
        size += len(p)
    back.append(size)
    new = "".join(out)
    atts = [dict(a, content={"start": back[a["content"]["start"]], "end": back[a["content"]["end"]]})
            for a in article.get("attributions", [])]
    return dict(article, text=new, attributions=atts)


def quotes_by_paragraph(text: str) -> dict[int, bool]:
    """For each straight mark, whether it opens (alternating within a paragraph)."""
    out, opening = {}, True
    for i, ch in enumerate(text):
        if ch == "\n":
            opening = True
        elif ch == '"':
            out[i] = opening
            opening = not opening
    return out


def french(article: dict) -> dict:
    marks = quotes_by_paragraph(article["text"])
    return rewritten(article, lambda i, ch: ("«" + NBSP if marks[i] else NBSP + "»") if ch == '"'
                     else "’" if ch == "'" else ch)


def curly(article: dict) -> dict:
    marks = quotes_by_paragraph(article["text"])
    return rewritten(article, lambda i, ch: ("“" if marks[i] else "”") if ch == '"' else ch)


def line_ends(new: str):
    return lambda article: rewritten(article, lambda i, ch: new if ch == "\n" else ch)


def other_names(seed: int):
    def swap(article: dict) -> dict:
        rng = random.Random(f"{seed}-{article['id']}")
        names: dict[str, str] = {}
        surnames = SURNAMES[:]
        rng.shuffle(surnames)
        for a in article.get("attributions", []):
            words = (a.get("speaker") or "").split()
            if a.get("anonymous") or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) \
                    or gender_of(words[0]) == "unknown" or not surnames:
                continue
            names.setdefault(words[0], rng.choice(FIRST[gender_of(words[0])]))
            if words[-1] not in names:
                names[words[-1]] = surnames.pop()  # one surname a person: no two share one
        if not names:
            return article
        pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
        spans = {m.start(): m for m in pattern.finditer(article["text"])}
        skip: set[int] = set()

        def piece(i, ch):
            if i in spans:
                m = spans[i]
                skip.update(range(i + 1, m.end()))
                return names[m.group(0)]
            return "" if i in skip else ch
        out = rewritten(article, piece)
        for a, b in zip(out["attributions"], article["attributions"]):
            if a.get("speaker"):
                a["speaker"] = pattern.sub(lambda m: names[m.group(0)], a["speaker"])
        return out
    return swap


def e2e(articles: list[dict]) -> dict:
    preds = {a["id"]: [x.to_dict() for x in atts] for a, atts in zip(articles, extract_many(a["text"] for a in articles))}
    return score({a["id"]: a for a in articles}, preds).summary()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default="../shared/gold", type=Path)
    ap.add_argument("--sets", nargs="+", default=["dev", "check"])
    ap.add_argument("--seeds", type=int, default=3)
    args = ap.parse_args()
    variants = [("as annotated", lambda a: a), ("French typography (« », no-break spaces, ’)", french),
                ("curly marks (“ ”)", curly), ("Windows line ends", line_ends("\r\n")),
                ("blank lines between paragraphs", line_ends("\n\n")), ("no paragraph breaks", line_ends(" "))]
    variants += [(f"other people's names (seed {s})", other_names(s)) for s in range(args.seeds)]
    print(f"{'variant':48s} " + " ".join(f"{n + ' e2e':>10s} {n + ' spk':>10s}" for n in args.sets))
    gold = {n: [json.loads(line) for line in (args.gold / f"{n}.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()] for n in args.sets}
    for name, fn in variants:
        cells = []
        for n in args.sets:
            s = e2e([fn(a) for a in gold[n]])
            cells.append(f"{s['e2e_f1']:10.4f} {s['speaker_accuracy']:10.4f}")
        print(f"{name:48s} " + " ".join(cells), flush=True)


if __name__ == "__main__":
    main()
