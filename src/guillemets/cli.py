"""The ``guillemets`` command line: extract, evaluate, ingest, search, speakers, show,
export, rebuild, serve.

Data (quotations, names, titles, paths, ids) is printed as plain text, never as
Rich markup; every wrong path or option ends in one clear line, never a
traceback.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Iterator, List, NoReturn, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import __version__
from .outputs import KIND_FR, TYPE_FR, GENDER_FR, article_record, cell, print_table, write_jsonl
from .readers import Article, ReadError, read_inputs

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Qui a dit quoi dans la presse française : citations, verbes introducteurs et sources.")
err = Console(stderr=True, soft_wrap=True, highlight=False)
DB_ENV = "GUILLEMETS_DB"
DB_HELP = f"Base SQLite du corpus (ou la variable d'environnement {DB_ENV})."


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on standard error, and the exit status."""
    err.print(Text("erreur : ", style="bold red") + cell(message))
    raise typer.Exit(code)


def report(item) -> None:
    err.print(Text("illisible ", style="red") + cell(str(item)))


def _version(value: bool) -> None:
    if value:
        print(f"guillemets {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                              help="Affiche la version et s'arrête.")) -> None:
    """Qui a dit quoi dans la presse française."""


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


class KindChoice(str, Enum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


def _articles(paths: list[str], failures: list[ReadError]) -> Iterator[Article]:
    for item in read_inputs(paths):
        if isinstance(item, ReadError):
            failures.append(item)
            report(item)
        else:
            yield item


def _load_pipeline():
    from .pipeline import load
    if not err.is_terminal:
        err.print("chargement du modèle français…")  # (a terminal sees a spinner instead)
    with err.status("chargement du modèle français…"):
        return load()


@app.command()
def extract(
    paths: List[str] = typer.Argument(None, help="Fichiers texte (un article chacun), JSON, JSON Lines d'articles, "
                                                 "HTML, WARC, flux RSS, dossiers, ou - pour l'entrée standard."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, jsonl (format de référence) ou json."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles par lot envoyé à spaCy."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0,
                                         help="Ne garde que les citations dont la confiance atteint ce seuil (0 à 1)."),
) -> None:
    """Toutes les citations de chaque article, avec leur source."""
    from .pipeline import extract_many

    if (not paths or paths == ["-"]) and sys.stdin.isatty():
        err.print("lecture de l'entrée standard : collez un article puis Ctrl-D, ou donnez un fichier "
                  "(guillemets extract --help)")
    failures: list[ReadError] = []
    held: list[Article] = []

    def texts():
        for art in _articles(paths or [], failures):
            held.append(art)
            yield art.text

    console = Console()
    all_records = []
    nlp = _load_pipeline()
    for attributions in extract_many(texts(), nlp=nlp, batch_size=batch_size):
        art = held.pop(0)
        attributions = [a for a in attributions if a.confidence >= min_confidence]
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
        err.print(Text(f"{len(failures)} entrée(s) inutilisable(s).", style="red"))
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Articles annotés (JSON Lines, format GUIDE.md)."),
    errors: int = typer.Option(0, "--errors", min=0, help="Liste jusqu'à N erreurs."),
    as_json: bool = typer.Option(False, "--json", help="Le résumé en une ligne JSON."),
) -> None:
    """Extrait les textes annotés et les note (contenus P/R/F1, sources, de bout en bout)."""
    from .pipeline import extract_many
    from .scoring import score

    gold_articles = {}
    with gold.open(encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    art = json.loads(line)
                    gold_articles[art["id"]] = art
                except (ValueError, KeyError, TypeError) as e:
                    fail(f"{gold}:{n} : pas une ligne d'article ({e})")
    ids = list(gold_articles)
    preds = {}
    _load_pipeline()
    for aid, atts in zip(ids, extract_many(gold_articles[i]["text"] for i in ids)):
        preds[aid] = [a.to_dict() for a in atts]
    rep = score(gold_articles, preds, errors)
    for line in rep.errors:
        print(line)
    summary = rep.summary()
    if as_json:
        print(json.dumps(summary))
        return
    t = Table(title=cell(f"{gold.name} : {summary['articles']} articles, {summary['gold']} attendues, "
                         f"{summary['predicted']} trouvées"))
    t.add_column("mesure")
    t.add_column("valeur", justify="right")
    for k, v in summary.items():
        if k not in ("articles", "gold", "predicted", "recall_by_kind"):
            t.add_row(k, f"{v:.4f}")
    for k, v in summary["recall_by_kind"].items():
        t.add_row(f"recall {k}", f"{v:.4f}")
    Console().print(t)


@app.command()
def train(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Articles annotés (JSON Lines, format GUIDE.md)."),
    output: Path = typer.Option(Path("weights.json"), "--output", "-o", help="Fichier des poids à écrire."),
    check: Optional[Path] = typer.Option(None, "--check", exists=True, dir_okay=False,
                                         help="Articles annotés à part, pour mesurer le modèle ajusté."),
) -> None:
    """Ajuste le modèle de saillance (pronoms, descriptions) et la confiance sur vos articles annotés.
    Utilisez ensuite les poids avec la variable GUILLEMETS_WEIGHTS=FICHIER."""
    from .resolution.train import train as fit

    if output.parent and not output.parent.exists():
        fail(f"-o {output} : le dossier {output.parent} n'existe pas")
    nlp = _load_pipeline()
    try:
        data = fit(gold, output, nlp, check=check, report=lambda line: err.print(cell(line)))
    except ImportError:
        fail("scikit-learn manque : pip install scikit-learn")
    err.print(cell(f"poids écrits dans {output} ({', '.join(f'{k}: {n} décisions' for k, n in data['decisions'].items())})"))


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExportWhat(str, Enum):
    quotes = "quotes"
    speakers = "speakers"


def _store(db: Optional[Path], readonly: bool = True):
    from .store import Store, StoreError
    if db is None:
        fail(f"indiquez la base du corpus : --db FICHIER.sqlite (ou la variable {DB_ENV})")
    try:
        return Store(db, readonly=readonly)
    except StoreError as e:
        fail(str(e))


def _day(value: Optional[str], option: str) -> Optional[str]:
    """A date filter as ISO text (AAAA, AAAA-MM or AAAA-MM-JJ), or a clear refusal."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
        try:
            dt.date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
            return value
        except ValueError:
            pass
    fail(f"{option} {value!r} : date illisible, écrivez AAAA-MM-JJ (par exemple 2024-11-13)")


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Fichiers, dossiers ou motifs : .txt, .json, .jsonl(.gz), .html, "
                                                ".warc(.gz), RSS/Atom."),
    db: Optional[Path] = typer.Option(None, "--db", envvar=DB_ENV, help=DB_HELP + " Créée si besoin."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processus d'extraction (ou workers Dask)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="« local » pour un LocalCluster, ou l'adresse d'un "
                                                            "scheduler tcp://hôte:8786."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles par lot envoyé à un processus."),
) -> None:
    """Extrait et range des archives entières ; une seconde passe n'ajoute que les nouveaux articles."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from .ingest import estimate, ingest as run, runner_for

    store = _store(db, readonly=False)
    try:
        if not err.is_terminal:
            err.print("démarrage de l'extraction (chargement du modèle français)…")
        with err.status("démarrage de l'extraction (chargement du modèle français)…"):
            runner = runner_for(workers, dask)
            runner.warm_up()
    except Exception as e:  # an unreachable scheduler, a bad address: one line, no traceback
        fail(f"--dask {dask} : impossible de joindre le cluster ({type(e).__name__}: {str(e)[:200]})")
    total = estimate(paths)
    columns = [TextColumn("[bold]ingestion"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} articles/s"), TimeElapsedColumn(), TimeRemainingColumn()]
    started = time.perf_counter()
    try:
        with Progress(*columns, console=err, transient=False) as progress:
            task = progress.add_task("ingest", total=total, rate="–")

            def tick(n: int) -> None:
                progress.advance(task, n)
                elapsed = time.perf_counter() - started
                progress.update(task, rate=f"{progress.tasks[0].completed / elapsed:.1f}")

            summary = run(paths, store, batch_size=batch_size, on_progress=tick, runner=runner,
                          on_error=lambda e: progress.console.print(Text("illisible ", style="red") + cell(str(e))))
    finally:
        runner.close()
    counts = store.counts()
    t = Table(title=cell(f"ingestion dans {db}"), show_header=False)
    t.add_row("articles lus", str(summary.read))
    t.add_row("ajoutés", str(summary.added))
    t.add_row("déjà présents", str(summary.duplicates))
    t.add_row("renommés (identifiant déjà pris)", str(len(summary.renamed)))
    t.add_row("en échec", str(len(summary.failed)))
    t.add_row("débit", f"{summary.rate:.1f} articles/s")
    t.add_row("la base contient", f"{counts['articles']} articles, {counts['attributions']} citations, "
                                  f"{counts['speakers']} sources")
    Console(stderr=True).print(t)
    for source, asked, given in summary.renamed:
        err.print(cell(f"  renommé {source} : l'identifiant {asked!r} désigne déjà un autre texte → {given!r}"))
    for f in summary.failed:
        err.print(Text("  en échec ", style="red") + cell(str(f)))
    store.close()
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def search(
    query: str = typer.Argument("", help="Mots de la citation (sans tenir compte des accents ni des majuscules)."),
    db: Optional[Path] = typer.Option(None, "--db", envvar=DB_ENV, help=DB_HELP),
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Nom ou alias de la source (ou une partie)."),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="Nom du média (ou une partie)."),
    since: Optional[str] = typer.Option(None, "--since", help="À partir de cette date (AAAA-MM-JJ)."),
    until: Optional[str] = typer.Option(None, "--until", help="Jusqu'à cette date (AAAA-MM-JJ)."),
    kind: Optional[KindChoice] = typer.Option(None, "--kind", help="direct, indirect ou mixed."),
    limit: int = typer.Option(20, "--limit", min=1, max=10_000, help="Nombre maximal de citations affichées."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0,
                                         help="Ne garde que les citations dont la confiance atteint ce seuil (0 à 1)."),
    as_json: bool = typer.Option(False, "--json", help="Une ligne JSON par citation."),
) -> None:
    """Les citations du corpus, par mots, source, média, date et type."""
    since, until = _day(since, "--since"), _day(until, "--until")
    store = _store(db)
    hits = store.search(query, speaker=speaker, outlet=outlet, since=since, until=until,
                        kind=kind.value if kind else None, limit=limit, min_confidence=min_confidence)
    if as_json:
        for h in hits:
            print(json.dumps(h.__dict__, ensure_ascii=False))
        return
    t = Table(title=cell(f"{len(hits)} citation(s)" + (f" pour « {query} »" if query else "")), show_lines=True,
              expand=True)
    t.add_column("source", ratio=2, style="bold cyan")
    t.add_column("citation", ratio=5)
    t.add_column("article", ratio=2, overflow="fold")
    for h in hits:
        quote = cell(KIND_FR.get(h.kind, h.kind) + " ", "dim") + cell(h.content)
        where = cell(" · ".join(x for x in (h.outlet, h.published) if x), "dim")
        where.append("\n")
        where.append_text(cell(h.article_id))
        t.add_row(cell(h.speaker or "—"), quote, where)
    Console().print(t)


class ParityBy(str, Enum):
    outlet = "outlet"
    month = "month"
    week = "week"
    kind = "kind"
    type = "type"


class ParityUnit(str, Enum):
    people = "people"
    quotations = "quotations"


class ParityFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def percent(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f} %".replace(".", ",")


@app.command()
def parity(
    db: Optional[Path] = typer.Option(None, "--db", envvar=DB_ENV, help=DB_HELP),
    by: Optional[ParityBy] = typer.Option(None, "--by", help="Regrouper par média (outlet), mois (month), semaine "
                                                             "(week), type de citation (kind) ou de source (type)."),
    unit: ParityUnit = typer.Option(ParityUnit.people, "--unit", help="people : chaque personne une fois par article ; "
                                                                     "quotations : chaque citation."),
    since: Optional[str] = typer.Option(None, "--since", help="À partir de cette date (AAAA-MM-JJ)."),
    until: Optional[str] = typer.Option(None, "--until", help="Jusqu'à cette date (AAAA-MM-JJ)."),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="Seulement ce média (ou une partie du nom)."),
    format: ParityFormat = typer.Option(ParityFormat.table, "--format", "-f", help="table, csv ou json."),
) -> None:
    """La part des femmes parmi les personnes citées (de genre connu), avec les effectifs, le nombre
    de genre inconnu et un intervalle de confiance à 95 % (Wilson)."""
    from .parity import UNIT_FR, parity as compute

    since, until = _day(since, "--since"), _day(until, "--until")
    store = _store(db)
    rows, overall = compute(store, by.value if by else None, unit.value, since, until, outlet)
    every = rows + [overall]
    if format is ParityFormat.csv:
        from .parity import write_csv
        write_csv(sys.stdout, every)
        return
    if format is ParityFormat.json:
        print(json.dumps({"by": by.value if by else None, "unit": unit.value,
                          "rows": [r.to_dict() for r in rows], "overall": overall.to_dict()}, ensure_ascii=False))
        return
    t = Table(title=cell(f"Part des femmes parmi les {UNIT_FR[unit.value]} de genre connu"), expand=False)
    t.add_column("groupe", overflow="fold", min_width=12)
    for col in ("femmes", "hommes", "inconnu"):
        t.add_column(col, justify="right", no_wrap=True)
    t.add_column("part F", justify="right", no_wrap=True)
    t.add_column("IC 95 %", justify="right", no_wrap=True)
    for r in every:
        t.add_row(cell(r.group, "bold" if r is overall else ""), str(r.women), str(r.men), str(r.unknown),
                  percent(r.share_women), f"{percent(r.low)} – {percent(r.high)}" if r.low is not None else "–")
    Console().print(t)
    err.print(f"unité : {UNIT_FR[unit.value]} ; le genre est celui que donne l'article (pronoms, accords, "
              "« Mme », prénom) ; l'intervalle est celui de Wilson à 95 %.")


@app.command()
def speakers(
    db: Optional[Path] = typer.Option(None, "--db", envvar=DB_ENV, help=DB_HELP),
    top: int = typer.Option(20, "--top", min=1, max=100_000, help="Nombre de sources affichées."),
) -> None:
    """Les sources les plus citées du corpus, avec leurs alias."""
    store = _store(db)
    t = Table(title=f"les {top} sources les plus citées", expand=True)
    for col in ("id", "source", "type", "genre", "citations", "articles", "alias"):
        t.add_column(col, ratio=3 if col in ("source", "alias") else 1)
    for r in store.speakers(top):
        name = cell(r["name"]) + (cell(" (anonyme)") if r["anonymous"] else cell(""))
        t.add_row(str(r["id"]), name, cell(TYPE_FR.get(r["type"], "")), cell(GENDER_FR.get(r["gender"], "")),
                  str(r["quotes"]), str(r["articles"]), cell(", ".join(json.loads(r["aliases"])[:6])))
    Console().print(t)


@app.command()
def show(
    article_id: str = typer.Argument(..., help="Identifiant de l'article (voir guillemets search)."),
    db: Optional[Path] = typer.Option(None, "--db", envvar=DB_ENV, help=DB_HELP),
) -> None:
    """Un article, ses citations en couleur, et qui a dit quoi."""
    from .model import Attribution
    from .store.sqlite import attribution_dict
    from .text import for_display

    store = _store(db)
    found = store.article(article_id)
    if found is None:
        fail(f"aucun article {article_id!r} dans {db}", 1)
    art, rows = found
    styles = ["bold yellow", "bold cyan", "bold magenta", "bold green", "bold blue", "bold red"]
    colour: dict[str, str] = {}
    marks = []  # (start, end, style)
    for r in rows:
        marks.append((r["content_start"], r["content_end"],
                      colour.setdefault(r["speaker"] or "", styles[len(colour) % len(styles)])))
        if r["cue_start"] is not None:
            marks.append((r["cue_start"], r["cue_end"], "underline"))
    body, plain = Text(), art["text"]
    cuts = sorted({0, len(plain)} | {x for m in marks for x in m[:2] if 0 <= x <= len(plain)})
    for a, b in zip(cuts, cuts[1:]):  # piece by piece, so that what is cleaned for display keeps the styles
        style = " ".join(st for s, e, st in marks if s <= a and b <= e)
        body.append(for_display(plain[a:b]), style or None)
    console = Console()
    title = " · ".join(x for x in (art["title"], art["outlet"], art["published"]) if x)
    console.rule(cell(title or article_id))
    console.print(body)
    print_table(console, article_id, [Attribution.from_dict(attribution_dict(r)) for r in rows])


@app.command()
def export(
    db: Optional[Path] = typer.Option(None, "--db", envvar=DB_ENV, help=DB_HELP),
    format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="jsonl, csv ou parquet."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Fichier à écrire (sortie standard pour jsonl et csv)."),
    what: ExportWhat = typer.Option(ExportWhat.quotes, "--what", help="quotes : les citations ; speakers : les sources, "
                                                                      "avec leur identifiant stable."),
) -> None:
    """Tout le corpus : JSON Lines (un article par ligne, format de référence), CSV ou Parquet
    (une citation par ligne, avec les métadonnées de son article et l'identifiant de sa source) ;
    ou, avec --what speakers, toutes les sources."""
    from .exports import export_csv, export_jsonl, export_parquet, export_speakers

    store = _store(db)
    if output is not None:
        if output.is_dir():
            fail(f"-o {output} est un dossier : donnez un nom de fichier")
        if not output.parent.exists():
            fail(f"-o {output} : le dossier {output.parent} n'existe pas")
    if format is ExportFormat.parquet and output is None:
        fail("le format parquet demande un fichier : -o FICHIER.parquet")
    try:
        if what is ExportWhat.speakers:
            out = output.open("w", encoding="utf-8", newline="") if output and format is not ExportFormat.parquet \
                else sys.stdout
            try:
                n = export_speakers(store, out, format.value, output)
            finally:
                if out is not sys.stdout:
                    out.close()
            err.print(f"{n} sources exportées")
            return
        if format is ExportFormat.parquet:
            n = export_parquet(store, output)
        else:
            out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
            try:
                n = (export_jsonl if format is ExportFormat.jsonl else export_csv)(store, out)
            finally:
                if output:
                    out.close()
    except OSError as e:
        fail(f"écriture impossible dans {output} ({e.strerror or e})")
    err.print(f"{n} {'articles' if format is ExportFormat.jsonl else 'citations'} exporté(e)s")


@app.command()
def rebuild(db: Optional[Path] = typer.Option(None, "--db", envvar=DB_ENV, help=DB_HELP)) -> None:
    """Recalcule toutes les sources et les agrégats du corpus (l'ingestion les tient à jour ;
    utile après une mise à jour de guillemets)."""
    store = _store(db, readonly=False)
    with err.status("recalcul des sources…"):
        n = store.rebuild_speakers()
    err.print(f"{n} sources recalculées")


@app.command()
def serve(
    db: Optional[Path] = typer.Option(None, "--db", envvar=DB_ENV, help=DB_HELP + " Ouverte en lecture seule."),
    host: str = typer.Option("127.0.0.1", "--host", help="Adresse d'écoute (boucle locale par défaut)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port d'écoute."),
    workers: int = typer.Option(2, "--workers", min=1, max=64, help="Processus d'extraction pour « Analyser »."),
) -> None:
    """L'application web et l'API REST sur un corpus."""
    import uvicorn

    from .web import create_app

    _store(db).close()  # a clear message now rather than errors on every page
    uvicorn.run(create_app(db, workers=workers), host=host, port=port, log_level="info")


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
