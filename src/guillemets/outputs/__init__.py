"""Writers: JSON Lines in the gold format, JSON, and Rich tables.

Every piece of data shown in a terminal goes through ``cell``: a Rich ``Text``
(never markup, so « [/b] » or « [link=…] » in a quotation is printed as it is)
without bidi controls.
"""
from __future__ import annotations

import json
from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import Attribution
from ..text import for_display

KIND_FR = {"direct": "directe", "indirect": "indirecte", "mixed": "mixte"}
TYPE_FR = {"person": "personne", "organisation": "organisation", "group": "groupe"}
GENDER_FR = {"female": "femme", "male": "homme"}


def cell(value, style: str = "") -> Text:
    """Data as terminal text: printed as it is, never read as markup."""
    return Text(for_display("" if value is None else str(value)), style=style)


def article_record(art_id: str, attributions: list[Attribution], meta: dict | None = None) -> dict:
    rec = {"id": art_id}
    for key in ("outlet", "url", "title", "published"):
        if meta and meta.get(key) is not None:
            rec[key] = meta[key]
    rec["attributions"] = [a.to_dict() for a in attributions]
    return rec


def write_jsonl(out: IO[str], record: dict) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")


def speaker_cell(a: Attribution) -> Text:
    """The speaker, and under it (dim) role, type and gender."""
    who = cell(a.speaker or "—", "bold cyan")
    if a.anonymous:
        who.append(" (anonyme)", "cyan")
    profile = [TYPE_FR.get(a.speaker_type) if a.speaker else None, GENDER_FR.get(a.extra.get("gender") or "")]
    role = a.extra.get("role")
    details = [x for x in [role] + profile if x]
    if details:
        who.append("\n" + for_display(", ".join(details)), "dim")
    why = a.extra.get("speaker_evidence")
    if why:
        who.append("\n↳ " + for_display(why), "dim italic")
    return who


def table(art_id: str, attributions: list[Attribution]) -> Table:
    t = Table(title=cell(f"{art_id} : {len(attributions)} citation(s)"), show_lines=True, expand=True)
    t.add_column("source", ratio=2, min_width=14, overflow="fold")
    t.add_column("type", width=9, no_wrap=True)  # « indirecte » whole, at 80 columns too
    t.add_column("introduit par", width=13, style="magenta")
    t.add_column("citation", ratio=5, overflow="fold")
    for a in attributions:
        t.add_row(speaker_cell(a), cell(KIND_FR.get(a.kind, a.kind)), cell(a.cue.text if a.cue else ""),
                  cell(a.content.text))
    return t


def print_table(console: Console, art_id: str, attributions: list[Attribution]) -> None:
    console.print(table(art_id, attributions))
