"""The parity picture: the share of women among the people quoted, with counts, the number of
unknown gender and a 95 % Wilson interval, overall and by outlet, month, week, kind or type.

The unit is said with every figure: « people » counts each person once per article (a person
quoted five times in one article is one appearance), « quotations » counts quotations. The share
is taken among people of known gender; those of unknown gender are counted apart, never guessed.
Gender is the one the article gives (pronouns, agreements, « Mme », titles, a first name).
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass

from .store import Store

BY = ("outlet", "month", "week", "kind", "type")
UNITS = ("people", "quotations")
UNIT_FR = {"people": "personnes (une fois par article)", "quotations": "citations"}


@dataclass
class ParityRow:
    group: str
    women: int
    men: int
    unknown: int
    share_women: float | None  # among those of known gender
    low: float | None          # 95 % Wilson interval
    high: float | None
    unit: str

    @property
    def known(self) -> int:
        return self.women + self.men

    def to_dict(self) -> dict:
        return {**asdict(self), "known": self.known}


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float | None, float | None]:
    """The Wilson score interval of a proportion k/n (95 % by default)."""
    if n == 0:
        return None, None
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def row(group: str, women: int, men: int, unknown: int, unit: str) -> ParityRow:
    low, high = wilson(women, women + men)
    share = women / (women + men) if women + men else None
    return ParityRow(group, women, men, unknown, share, low, high, unit)


def _group(r, by: str | None) -> str:
    if by is None:
        return "ensemble"
    if by == "outlet":
        return r["outlet"] or "média inconnu"
    if by == "month":
        return (r["published"] or "")[:7] or "date inconnue"
    if by == "week":
        try:
            year, week, _ = dt.date.fromisoformat((r["published"] or "")[:10]).isocalendar()
            return f"{year}-S{week:02d}"
        except ValueError:
            return "date inconnue"
    if by == "kind":
        return {"direct": "directe", "indirect": "indirecte", "mixed": "mixte"}.get(r["kind"], r["kind"])
    if by == "type":
        return {"person": "personne", "group": "groupe", "organisation": "organisation"}.get(
            r["speaker_type"] or "", "inconnu")
    raise ValueError(f"--by {by}: {', '.join(BY)}")


def parity(store: Store, by: str | None = None, unit: str = "people", since: str | None = None,
           until: str | None = None, outlet: str | None = None) -> tuple[list[ParityRow], ParityRow]:
    """Rows by group (sorted by group, dates in order) and the overall row."""
    if unit not in UNITS:
        raise ValueError(f"--unit {unit}: {', '.join(UNITS)}")
    counted: dict[str, dict[str, set | int]] = {}
    overall: dict[str, set | int] = {}

    def add(bucket: dict, r, per_kind: bool) -> None:
        key = r["gender"] if r["gender"] in ("female", "male") else "unknown"
        if unit == "people":  # a person once per article (and per kind, when grouped by kind)
            who = (r["article_id"], r["speaker_id"], r["kind"]) if per_kind else (r["article_id"], r["speaker_id"])
            bucket.setdefault(key, set()).add(who)
        else:
            bucket[key] = bucket.get(key, 0) + r["quotes"]

    for r in store.appearances(since, until, outlet, persons_only=by != "type"):
        add(counted.setdefault(_group(r, by), {}), r, by == "kind")
        if r["speaker_type"] == "person":
            add(overall, r, False)

    def size(v) -> int:
        return len(v) if isinstance(v, set) else (v or 0)

    def make(group: str, b: dict) -> ParityRow:
        return row(group, size(b.get("female")), size(b.get("male")), size(b.get("unknown")), unit)

    rows = [make(g, b) for g, b in sorted(counted.items())] if by else []
    return rows, make("ensemble", overall)


CSV_HEADER = ["groupe", "femmes", "hommes", "genre inconnu", "genre connu", "part des femmes", "ic95 bas", "ic95 haut",
              "unité"]


def write_csv(out, rows: list[ParityRow]) -> None:
    import csv
    w = csv.writer(out)
    w.writerow(CSV_HEADER)
    for r in rows:
        w.writerow([r.group, r.women, r.men, r.unknown, r.known, "" if r.share_women is None else f"{r.share_women:.4f}",
                    "" if r.low is None else f"{r.low:.4f}", "" if r.high is None else f"{r.high:.4f}", r.unit])
