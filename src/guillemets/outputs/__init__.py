"""Writers: JSON Lines in the gold format, JSON, and a Rich table."""
from __future__ import annotations

import json
from typing import IO

from rich.console import Console
from rich.table import Table

from ..model import Attribution


def article_record(art_id: str, attributions: list[Attribution], meta: dict | None = None) -> dict:
    rec = {"id": art_id}
    for key in ("outlet", "url", "title", "published"):
        if meta and meta.get(key) is not None:
            rec[key] = meta[key]
    rec["attributions"] = [a.to_dict() for a in attributions]
    return rec


def write_jsonl(out: IO[str], record: dict) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")


def table(art_id: str, attributions: list[Attribution]) -> Table:
    t = Table(title=f"{art_id}: {len(attributions)} attributions", show_lines=True, expand=True)
    t.add_column("speaker", style="bold cyan", ratio=2)
    t.add_column("kind", ratio=1)
    t.add_column("cue", style="magenta", ratio=1)
    t.add_column("content", ratio=6)
    for a in attributions:
        who = a.speaker or "—"
        if a.anonymous:
            who += " (anonymous)"
        profile = [x for x in (a.speaker_type if a.speaker else None, a.extra.get("gender")) if x and x != "unknown"]
        role = a.extra.get("role")
        if role:
            profile.insert(0, role)
        if profile:
            who += "\n[dim]" + ", ".join(profile) + "[/dim]"
        t.add_row(who, a.kind, a.cue.text if a.cue else "", a.content.text)
    return t


def print_table(console: Console, art_id: str, attributions: list[Attribution]) -> None:
    console.print(table(art_id, attributions))
