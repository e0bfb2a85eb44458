"""The ``guillemets`` command line: extract and evaluate."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.console import Console
from rich.table import Table

from .outputs import article_record, print_table, write_jsonl
from .readers import Article, ReadError, read_inputs

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Who said what in French news: quotations, cues and speakers.")
err = Console(stderr=True)


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


def _articles(paths: list[str], failures: list[ReadError]) -> Iterator[Article]:
    for item in read_inputs(paths):
        if isinstance(item, ReadError):
            failures.append(item)
            err.print(f"[red]error[/red] {item}")
        else:
            yield item


@app.command()
def extract(
    paths: List[str] = typer.Argument(None, help="Text files (one article each), JSON Lines of articles, "
                                                 "folders, or - for standard input."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, jsonl (gold format) or json."),
    batch_size: int = typer.Option(16, help="Articles per spaCy batch."),
) -> None:
    """Extract every attribution of each article."""
    from .pipeline import extract_many, load

    failures: list[ReadError] = []
    held: list[Article] = []

    def texts():
        for art in _articles(paths or [], failures):
            held.append(art)
            yield art.text

    console = Console()
    all_records = []
    nlp = load()
    for attributions in extract_many(texts(), nlp=nlp, batch_size=batch_size):
        art = held.pop(0)
        if format is Format.jsonl:
            write_jsonl(sys.stdout, article_record(art.id, attributions, art.meta))
        elif format is Format.json:
            all_records.append(article_record(art.id, attributions, art.meta))
        else:
            print_table(console, art.id, attributions)
    if format is Format.json:
        json.dump(all_records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if failures:
        err.print(f"[red]{len(failures)} input(s) could not be used.[/red]")
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold JSON Lines (GUIDE.md format)."),
    errors: int = typer.Option(0, "--errors", help="List up to N errors."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as one JSON line."),
) -> None:
    """Run the extractor over the gold texts and score it (content P/R/F1, speaker accuracy, end to end)."""
    from .pipeline import extract_many
    from .scoring import score

    gold_articles = {}
    with gold.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    art = json.loads(line)
                    gold_articles[art["id"]] = art
                except (ValueError, KeyError) as e:
                    err.print(f"[red]error[/red] {gold}:{n}: not an article line ({e})")
                    raise typer.Exit(2)
    ids = list(gold_articles)
    preds = {}
    for aid, atts in zip(ids, extract_many(gold_articles[i]["text"] for i in ids)):
        preds[aid] = [a.to_dict() for a in atts]
    rep = score(gold_articles, preds, errors)
    for line in rep.errors:
        print(line)
    summary = rep.summary()
    if as_json:
        print(json.dumps(summary))
        return
    t = Table(title=f"{gold.name}: {summary['articles']} articles, {summary['gold']} gold, {summary['predicted']} predicted")
    t.add_column("measure")
    t.add_column("value", justify="right")
    for k, v in summary.items():
        if k not in ("articles", "gold", "predicted", "recall_by_kind"):
            t.add_row(k, f"{v:.4f}")
    for k, v in summary["recall_by_kind"].items():
        t.add_row(f"recall {k}", f"{v:.4f}")
    Console().print(t)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
