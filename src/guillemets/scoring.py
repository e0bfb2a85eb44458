"""Scoring of predicted attributions against gold ones, by the rules of the gold GUIDE.md.

Content spans, trimmed of surrounding spaces, punctuation and quotation marks,
match one-to-one, best overlap first, when their character Jaccard is at least
0.5. A speaker is right when the names agree without case or accents, when a
surname alone is the last word of the gold name, when an anonymous description
shares half its words, when the article defines one as the other's acronym or alias
(« Full Name (ACR) », « X, alias Y »), or when it names one of several joint sources.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

TRIM = set(" \t\n\r\u00a0\u202f\u2009.,;:!?…«»“”„‟\"'‘’‹›()[]—–-")
NAME_DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "de", "du", "d"}


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    return inter / union if union else 0.0


def name_words(name: str | None) -> list[str]:
    name = unicodedata.normalize("NFKD", name or "")
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold()
    for c in "’'-.,«»\"":
        name = name.replace(c, " ")
    return [w for w in name.split() if w not in NAME_DETERMINERS]


def _one_right(g: list[str], p: list[str], anonymous: bool) -> bool:
    if g == p:
        return True
    if anonymous:
        return len(set(g) & set(p)) / len(set(g) | set(p)) >= 0.5
    return len(p) == 1 and p[0] == g[-1]


def defined_alias(text: str | None, name: str | None, other: str | None) -> bool:
    """Does the article define one name as the other: « name (other) », « other (name) »,
    « name, alias other » (an acronym or an alias the article gives counts as the name)?"""
    if not text or not name or not other:
        return False
    low = text.casefold()
    forms = ("{} ({})", "{}, alias {}", "{} alias {}")
    return any(f.format(a, b).casefold() in low for f in forms for a, b in ((name, other), (other, name)))


def speaker_right(gold: dict, pred: dict, text: str | None = None) -> bool:
    name = gold.get("speaker")
    g, p = name_words(name), name_words(pred.get("speaker"))
    if not g or not p:
        return not g and not p
    anonymous = bool(gold.get("anonymous"))
    if _one_right(g, p, anonymous) or defined_alias(text, name, pred.get("speaker")):
        return True
    parts = [name_words(x) for x in re.split(r",\s*|\s+et\s+", name or "")]
    return len(parts) > 1 and any(w and _one_right(w, p, anonymous) for w in parts)


def _spans(text: str, attributions: list[dict]) -> list[tuple[tuple[int, int], dict]]:
    out = []
    for a in attributions:
        c = a.get("content") or {}
        s, e = c.get("start"), c.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)):
            raise ValueError(f"bad content offsets {c!r}")
        out.append((trimmed(text, s, e), a))
    return out


def match(gold, pred) -> list[tuple[int, int]]:
    pairs = sorted(((jaccard(g[0], p[0]), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)), reverse=True)
    used_g, used_p, out = set(), set(), []
    for score, i, j in pairs:
        if score < 0.5:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def _prf(hit: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = hit / n_pred if n_pred else 0.0
    r = hit / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Report:
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        cp, cr, cf = _prf(self.matched, self.predicted, self.gold)
        ep, er, ef = _prf(self.speaker_right, self.predicted, self.gold)
        return {
            "articles": self.articles, "gold": self.gold, "predicted": self.predicted,
            "content_precision": round(cp, 4), "content_recall": round(cr, 4), "content_f1": round(cf, 4),
            "speaker_accuracy": round(self.speaker_right / self.matched, 4) if self.matched else 0.0,
            "e2e_precision": round(ep, 4), "e2e_recall": round(er, 4), "e2e_f1": round(ef, 4),
            "recall_by_kind": {k: round(v[1] / v[0], 4) for k, v in sorted(self.by_kind.items())},
        }


def score(gold_articles: dict[str, dict], predictions: dict[str, list[dict]], errors: int = 0) -> Report:
    """``predictions`` maps an article id to its predicted attributions (gold-format dicts)."""
    rep = Report(articles=len(gold_articles))
    for aid, art in gold_articles.items():
        text = art["text"]
        g = _spans(text, art.get("attributions", []))
        p = _spans(text, predictions.get(aid, []))
        m = match(g, p)
        rep.gold += len(g)
        rep.predicted += len(p)
        rep.matched += len(m)
        found = {i for i, _ in m}
        for i, (_, ga) in enumerate(g):
            k = rep.by_kind.setdefault(ga["kind"], [0, 0])
            k[0] += 1
            k[1] += i in found
        for i, j in m:
            ok = speaker_right(g[i][1], p[j][1], text)
            rep.speaker_right += ok
            if errors and not ok:
                rep.errors.append(f"{aid} SPEAKER gold={g[i][1].get('speaker')!r} pred={p[j][1].get('speaker')!r} "
                                  f"{text[g[i][0][0]:g[i][0][1]][:60]!r}")
        if errors:
            matched_p = {j for _, j in m}
            for i, (sp, ga) in enumerate(g):
                if i not in found:
                    rep.errors.append(f"{aid} MISSED {ga['kind']} [{ga.get('speaker')}] {text[sp[0]:sp[1]][:120]!r}")
            for j, (sp, pa) in enumerate(p):
                if j not in matched_p:
                    rep.errors.append(f"{aid} SPURIOUS [{pa.get('speaker')}] {text[sp[0]:sp[1]][:120]!r}")
    rep.errors = rep.errors[:errors] if errors else []
    return rep


BANDS = ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01))


def confidence_bands(gold_articles: dict[str, dict], predictions: dict[str, list[dict]]) -> list[dict]:
    """For each confidence band, how many predicted attributions fall in it and the share that
    is right end to end (matched to a gold attribution, with the right speaker)."""
    rows = [{"band": f"{lo:.1f}–{min(hi, 1.0):.1f}", "n": 0, "right": 0} for lo, hi in BANDS]
    for aid, art in gold_articles.items():
        text = art["text"]
        g, p = _spans(text, art.get("attributions", [])), _spans(text, predictions.get(aid, []))
        good = {j for i, j in match(g, p) if speaker_right(g[i][1], p[j][1], text)}
        for j, (_, pa) in enumerate(p):
            c = pa.get("confidence") or 0.0
            k = next(n for n, (lo, hi) in enumerate(BANDS) if lo <= c < hi)
            rows[k]["n"] += 1
            rows[k]["right"] += j in good
    for r in rows:
        r["share_right"] = round(r["right"] / r["n"], 3) if r["n"] else None
    return rows


def in_french_typography(article: dict) -> dict:
    """An annotated article as a French outlet prints it: straight quotes become « and » with
    no-break spaces inside, straight apostrophes curly; its gold offsets move along. What
    ``make bench`` and the tests score to see that typography costs nothing."""
    text, back, out, size, opening = article["text"], [], [], 0, True
    for ch in text:
        back.append(size)
        if ch == "\n":
            opening = True
        if ch == '"':
            piece = "«\u00a0" if opening else "\u00a0»"
            opening = not opening
        else:
            piece = "’" if ch == "'" else ch
        out.append(piece)
        size += len(piece)
    back.append(size)
    new = "".join(out)
    atts = []
    for a in article.get("attributions", []):
        s, e = back[a["content"]["start"]], back[a["content"]["end"]]
        atts.append(dict(a, content={"start": s, "end": e, "text": new[s:e]}))
    return dict(article, text=new, attributions=atts)
