"""Benchmark: dev-set scores (reference score.py) and throughput as a ratio to bare spaCy.

    python benchmarks/bench.py --gold ../shared/gold

Both timings parse the same dev texts in the same process: bare ``nlp.pipe``
of fr_core_news_md and the full guillemets pipeline take turns, ``--repeat``
rounds, and the best run of each is kept. Then corpus ingestion (1
process, 2 processes, Dask) and the scale section (``scale.py``): a
million-quotation archive, ingestion into it, page and API latencies.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

from guillemets.pipeline import MODEL, extract_many, load
from guillemets.scoring import in_french_typography


def best_times(fns, repeat: int) -> list[float]:
    """The best time of each function over ``repeat`` rounds, the functions taking turns within
    a round: a machine that slows down or speeds up during the run weighs on all of them alike
    (timing one after the other credited the drift to whichever ran second)."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            t = time.perf_counter()
            fn()
            best[k] = min(best[k], time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default="../shared/gold", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--ingest-copies", type=int, default=12, help="dev texts copies for the ingestion benchmark (0: skip)")
    ap.add_argument("--scale-quotes", type=int, default=1_000_000,
                    help="quotations in the archive of the scale section (0: skip)")
    args = ap.parse_args()
    dev = args.gold / "dev.jsonl"
    arts = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [a["text"] for a in arts]
    chars = sum(map(len, texts))

    bare = spacy.load(MODEL)
    full = load()
    list(bare.pipe(texts[:2]))  # warm both
    list(extract_many(texts[:2], nlp=full))
    results: list = []
    t_bare, t_full = best_times([lambda: list(bare.pipe(texts, batch_size=16)),
                                 lambda: results.__setitem__(slice(None), list(extract_many(texts, nlp=full)))],
                                args.repeat)

    report_scores("dev", dev, arts, results, args.gold)
    check = args.gold / "check.jsonl"
    if check.exists():
        check_arts = [json.loads(line) for line in check.read_text(encoding="utf-8").splitlines() if line.strip()]
        report_scores("check", check, check_arts, list(extract_many([a["text"] for a in check_arts], nlp=full)),
                      args.gold)
    typo = [in_french_typography(a) for a in arts]  # the dev set as French outlets print it
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in typo)
    report_scores("dev in French typography (« », no-break spaces, ’)", Path(f.name), typo,
                  list(extract_many([a["text"] for a in typo], nlp=full)), args.gold)
    print(f"\n== throughput on the dev texts ({len(texts)} articles, {chars} characters, best of {args.repeat})")
    print(f"bare spaCy nlp.pipe     {t_bare:7.2f} s   {len(texts) / t_bare:7.1f} articles/s")
    print(f"guillemets (full run)   {t_full:7.2f} s   {len(texts) / t_full:7.1f} articles/s")
    print(f"time ratio to bare spaCy  {t_full / t_bare:.3f}")
    print(f"peak memory (RSS)         {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    if args.ingest_copies:
        ingestion(arts, args.ingest_copies)
    if args.scale_quotes:
        from scale import run as scale
        scale(dev, args.scale_quotes)


def report_scores(name: str, path: Path, arts: list[dict], results: list, gold_dir: Path) -> None:
    """score.py's figures on one gold set, and the share right by confidence band."""
    from guillemets.scoring import confidence_bands

    preds = {art["id"]: [a.to_dict() for a in atts] for art, atts in zip(arts, results)}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for aid, atts in preds.items():
            f.write(json.dumps({"id": aid, "attributions": atts}, ensure_ascii=False) + "\n")
        pred = f.name
    print(f"== {name} scores (score.py, {len(arts)} articles)")
    out = subprocess.run([sys.executable, str(gold_dir / "score.py"), str(path), pred], capture_output=True, text=True)
    print(out.stdout.rstrip() or out.stderr)
    print(f"share right end to end by confidence band ({name}):  " + "  ".join(
        f"{b['band']}: {b['share_right'] if b['share_right'] is not None else '–'} (n={b['n']})"
        for b in confidence_bands({a["id"]: a for a in arts}, preds)))
    print()


def ingestion(arts: list[dict], copies: int) -> None:
    """Corpus ingestion into SQLite: 1 process, 2 processes, a 2-worker Dask LocalCluster.
    Workers are started and their pipelines loaded before the clock starts."""
    from guillemets.ingest import DaskRunner, LocalRunner, ProcessRunner, ingest
    from guillemets.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for c in range(copies):
                for a in arts:
                    f.write(json.dumps({"id": f"{a['id']}-{c}", "text": a["text"] + ("" if c == 0 else f"\n({c})")},
                                       ensure_ascii=False) + "\n")
        n = copies * len(arts)
        print(f"\n== ingestion into SQLite ({n} articles: the dev texts {copies} times)")
        base = None
        for make in (LocalRunner, lambda: ProcessRunner(2), lambda: DaskRunner("local", 2)):
            runner = make()
            runner.warm_up()
            store = Store(Path(tmp) / f"db-{time.time_ns()}.sqlite")
            t = time.perf_counter()
            summary = ingest([str(corpus)], store, runner=runner, batch_size=16)
            elapsed = time.perf_counter() - t
            runner.close()
            assert summary.added == n, summary
            rate = n / elapsed
            base = base or rate
            print(f"{runner.name:32s} {elapsed:7.2f} s  {rate:6.1f} articles/s  ratio to 1 process {rate / base:.2f}")
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
        print(f"peak memory: this process {own} MB, largest worker process {kids} MB")


if __name__ == "__main__":
    main()
