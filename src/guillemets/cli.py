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
err = Console(stderr=True, soft_wrap=True, highlight=False)


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


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def _store(db: Path, must_exist: bool = True):
    from .store import Store
    if must_exist and not db.exists():
        err.print(f"[red]error[/red] no database at {db}: run guillemets ingest first")
        raise typer.Exit(2)
    return Store(db, readonly=must_exist)


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files, folders or globs: .txt, .jsonl(.gz), .html, .warc(.gz), RSS/Atom."),
    db: Path = typer.Option(..., "--db", help="SQLite database (created if missing)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Extraction processes (or Dask workers)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="'local' for a LocalCluster, or a scheduler address tcp://host:8786."),
    batch_size: int = typer.Option(16, help="Articles per batch sent to a worker."),
) -> None:
    """Extract and store whole archives, idempotently; new articles only on a second run."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from .ingest import estimate, ingest as run
    from .store import Store

    store = Store(db)
    total = estimate(paths)
    columns = [TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]} articles/s"),
               TimeElapsedColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task("ingest", total=total, rate="–")
        started = [None]

        def tick(n: int) -> None:
            import time
            started[0] = started[0] or time.perf_counter()
            progress.advance(task, n)
            done = progress.tasks[0].completed
            elapsed = time.perf_counter() - started[0]
            progress.update(task, rate=f"{done / elapsed:.1f}" if elapsed > 0 else "–")

        summary = run(paths, store, workers=workers, dask=dask, batch_size=batch_size, on_progress=tick,
                      on_error=lambda e: progress.console.print(f"[red]error[/red] {e}"))
    counts = store.counts()
    t = Table(title=f"ingest into {db}", show_header=False)
    t.add_row("articles read", str(summary.read))
    t.add_row("added", str(summary.added))
    t.add_row("skipped as duplicates", str(summary.duplicates))
    t.add_row("failed", str(len(summary.failed)))
    t.add_row("throughput", f"{summary.rate:.1f} articles/s")
    t.add_row("database now", f"{counts['articles']} articles, {counts['attributions']} attributions, {counts['speakers']} speakers")
    Console(stderr=True).print(t)
    for f in summary.failed:
        err.print(f"  [red]failed[/red] {f}")
    store.close()
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def search(
    query: str = typer.Argument("", help="Words of the quotation (accents and case ignored)."),
    db: Path = typer.Option(..., "--db"),
    speaker: Optional[str] = typer.Option(None, help="Speaker name or alias (part of it)."),
    outlet: Optional[str] = typer.Option(None),
    since: Optional[str] = typer.Option(None, help="YYYY-MM-DD"),
    until: Optional[str] = typer.Option(None, help="YYYY-MM-DD"),
    kind: Optional[str] = typer.Option(None, help="direct, indirect or mixed"),
    limit: int = typer.Option(20, min=1),
    as_json: bool = typer.Option(False, "--json", help="One JSON line per hit."),
) -> None:
    """Quotations by words, speaker, outlet, date and kind."""
    store = _store(db)
    hits = store.search(query, speaker=speaker, outlet=outlet, since=since, until=until, kind=kind, limit=limit)
    if as_json:
        for h in hits:
            print(json.dumps(h.__dict__, ensure_ascii=False))
        return
    t = Table(title=f"{len(hits)} quotation(s)" + (f" for « {query} »" if query else ""), show_lines=True, expand=True)
    t.add_column("speaker", style="bold cyan", ratio=2)
    t.add_column("quotation", ratio=6)
    t.add_column("article", style="dim", ratio=2)
    for h in hits:
        where = " · ".join(x for x in (h.outlet, h.published, h.article_id) if x)
        t.add_row(h.speaker or "—", f"[dim]{h.kind}[/dim] {h.content}", where)
    Console().print(t)


@app.command()
def speakers(
    db: Path = typer.Option(..., "--db"),
    top: int = typer.Option(20, "--top", min=1),
) -> None:
    """The most quoted speakers of the corpus, with their aliases."""
    store = _store(db)
    t = Table(title=f"top {top} speakers", expand=True)
    for col in ("speaker", "type", "gender", "quotes", "articles", "aliases"):
        t.add_column(col, ratio=3 if col in ("speaker", "aliases") else 1)
    for r in store.speakers(top):
        name = r["name"] + (" (anonymous)" if r["anonymous"] else "")
        t.add_row(name, r["type"] or "", r["gender"] or "", str(r["quotes"]), str(r["articles"]),
                  ", ".join(json.loads(r["aliases"])[:6]))
    Console().print(t)


@app.command()
def show(
    article_id: str = typer.Argument(...),
    db: Path = typer.Option(..., "--db"),
) -> None:
    """An article with its quotations highlighted, and who said what."""
    from rich.text import Text

    from .store.sqlite import attribution_dict

    store = _store(db)
    found = store.article(article_id)
    if found is None:
        err.print(f"[red]error[/red] no article {article_id!r} in {db}")
        raise typer.Exit(1)
    art, rows = found
    text = Text(art["text"])
    styles = ["bold yellow", "bold cyan", "bold magenta", "bold green", "bold blue", "bold red"]
    colour: dict[str, str] = {}
    for r in rows:
        style = colour.setdefault(r["speaker"] or "", styles[len(colour) % len(styles)])
        text.stylize(style, r["content_start"], r["content_end"])
        if r["cue_start"] is not None:
            text.stylize("underline", r["cue_start"], r["cue_end"])
    console = Console()
    title = " · ".join(x for x in (art["title"], art["outlet"], art["published"]) if x)
    console.rule(title or article_id)
    console.print(text)
    from .model import Attribution, Span
    atts = [Attribution(kind=d["kind"], content=Span(**d["content"]), speaker=d["speaker"],
                        cue=Span(**d["cue"]) if d["cue"] else None, anonymous=d["anonymous"],
                        speaker_type=d["speaker_type"] or "unknown", confidence=d["confidence"] or 0.0,
                        extra={"role": d["role"], "gender": d["gender"]}) for d in map(attribution_dict, rows)]
    print_table(console, article_id, atts)


@app.command()
def export(
    db: Path = typer.Option(..., "--db"),
    format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (standard output for jsonl/csv)."),
) -> None:
    """The whole corpus: JSON Lines (one article per line, gold format), CSV or Parquet
    (one attribution per row, with its article's metadata)."""
    from .exports import export_csv, export_jsonl, export_parquet

    store = _store(db)
    if format is ExportFormat.parquet:
        if output is None:
            err.print("[red]error[/red] --output FILE is needed for Parquet")
            raise typer.Exit(2)
        n = export_parquet(store, output)
    else:
        out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            n = (export_jsonl if format is ExportFormat.jsonl else export_csv)(store, out)
        finally:
            if output:
                out.close()
    err.print(f"{n} {'articles' if format is ExportFormat.jsonl else 'attributions'} exported")


@app.command()
def serve(
    db: Path = typer.Option(..., "--db", help="The corpus database (opened read-only)."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, min=1, max=65535),
) -> None:
    """The web application and REST API on a corpus."""
    import uvicorn

    from .web import create_app

    if not db.exists():
        err.print(f"[red]error[/red] no database at {db}: run guillemets ingest first")
        raise typer.Exit(2)
    uvicorn.run(create_app(db), host=host, port=port, log_level="info")


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
