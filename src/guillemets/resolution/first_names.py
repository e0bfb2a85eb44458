"""A first name's gender, as evidence: French usage first (``lexicon/first_names_fr.tsv``),
then the share of women among those who bear the name worldwide
(``lexicon/first_names.tsv.gz``, from nomquamgender, MIT). Only a clear-cut share counts: a name
borne by women and men alike (Dominique, Claude, Camille) gives « unknown »."""
from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from importlib import resources

CLEAR = 0.1  # a name says « female » at a share of women of 0.9 or more, « male » at 0.1 or less


def _key(name: str) -> str:
    return name.strip().lower()


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _french() -> dict[str, str]:
    text = resources.files("guillemets.lexicon").joinpath("first_names_fr.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, gender = line.split("\t")
            out[_key(name)] = gender.strip()
    return out


@lru_cache(maxsize=1)
def _world() -> dict[str, float]:
    out = {}
    with resources.files("guillemets.lexicon").joinpath("first_names.tsv.gz").open("rb") as raw:
        with gzip.open(raw, "rt", encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    name, share, _ = line.rstrip("\n").split("\t")
                    out[name] = float(share)
    return out


def share_of_women(first: str) -> float | None:
    key = _key(first)
    world = _world()
    return world.get(key, world.get(_plain(key)))


def gender_of(first: str) -> str:
    """« female », « male » or « unknown » for a first name (« Jean-Luc », « Hillary », « Olli »)."""
    key = _key(first)
    if not key:
        return "unknown"
    french = _french()
    if key in french:
        return french[key]
    share = share_of_women(key)
    if share is None and "-" in key:  # « Jean-Philippe »: the first part, as French usage reads it
        head = key.split("-")[0]
        return french.get(head) or gender_of(head)
    if share is None:
        return "unknown"
    return "female" if share >= 1 - CLEAR else "male" if share <= CLEAR else "unknown"


def is_first_name(word: str) -> bool:
    """Is this word a first name at all (whatever its gender)?"""
    key = _key(word)
    return key in _french() or share_of_women(key) is not None or share_of_women(key.split("-")[0]) is not None
