"""The confidence of an attribution: the probability that it is right end to end (a real
quotation, with its real speaker), from the evidence that gave it (the pass, the kind, the length), by a logistic
mapping fitted on annotated articles (``guillemets train``; stored in ``weights.json``)."""
from __future__ import annotations

import math

from . import salience

GROUPS = {
    "name": {"name", "proper_name", "apposition", "title_then_name", "mistagged_name", "handle"},
    "pronoun": {"pronoun", "by_order"},
    "role": {"role"},
    "organisation": {"organisation", "type_noun", "this_organisation"},
    "described": {"described", "counted_group", "one_of_them", "those_who", "person_description", "epithet",
                  "people_of_a_place", "unnamed_again", "kept_anonymous"},
    "document": {"signed_writing", "document_author", "same_source"},
    "inherited": {"clause", "clause_subject", "next_quote", "previous_quote", "previous_sentence", "next_sentence",
                  "continued", "named_later", "own_subject", "before_colon"},
}
CONF_FEATURES = tuple(f"pass_{g}" for g in GROUPS) + ("no_speaker", "anonymous", "direct", "mixed", "no_cue", "length")


def rule_of(a: dict) -> str:
    return (a.get("speaker_evidence") or "none").split(":")[0].split(" →")[0]


def conf_signals(a: dict) -> dict[str, float]:
    """The evidence of an attribution (output-format dict) as numbers."""
    rule = rule_of(a)
    out = {f"pass_{g}": float(rule in members) for g, members in GROUPS.items()}
    out["no_speaker"] = float(not a.get("speaker"))
    out["anonymous"] = float(bool(a.get("anonymous")))
    out["direct"] = float(a.get("kind") == "direct")
    out["mixed"] = float(a.get("kind") == "mixed")
    out["no_cue"] = float(not a.get("cue"))
    out["length"] = math.log1p(len((a.get("content") or {}).get("text", "").split()))
    return out


def calibrated(a: dict) -> float:
    """The fitted probability that the attribution's speaker is right."""
    w = salience.fitted().get("confidence")
    if not w:
        return float(a.get("confidence") or 0.5)
    s = conf_signals(a)
    x = w.get("bias", 0.0) + sum(w.get(f, 0.0) * s[f] for f in CONF_FEATURES)
    return 1.0 / (1.0 + math.exp(-x))
