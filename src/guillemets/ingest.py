"""Whole archives into a store: read → skip what is stored → extract (here, in N local
processes, or on a Dask cluster) → write in batched transactions → merge speakers.

Articles stream through in batches and at most a few batches are in flight, so
memory stays flat however large the archive. Each batch is written in one
transaction, keyed by the hash of each text: a run killed at any point and
started again stores every article exactly once.
"""
from __future__ import annotations

import gzip
import time
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from .readers import Article, ReadError, expand, read_inputs
from .store import Store, content_hash

Batch = list[Article]


def warm() -> None:
    """Load the pipeline in this process and run it once (lazy parts load on first use)."""
    from .pipeline import extract_many, load
    list(extract_many(["« Nous irons jusqu'au bout », a déclaré Mme Dupont, maire de Lyon."], nlp=load()))


@lru_cache(maxsize=1)
def _one_thread() -> None:
    """Worker processes parse on one thread each: N workers with N BLAS threads apiece
    would fight over the cores."""
    try:
        from threadpoolctl import threadpool_limits
        threadpool_limits(1)
    except ImportError:  # threadpoolctl is not a dependency; without it BLAS keeps its default
        pass


def _warm_worker() -> None:
    _one_thread()
    warm()


def extract_batch(texts: list[str]) -> list[list[dict]]:
    """Attributions of each text, as output-format dicts. Runs in any worker process:
    the pipeline is loaded once per process and kept."""
    from .pipeline import extract_many, load
    return [[a.to_dict() for a in atts] for atts in extract_many(texts, nlp=load())]


def extract_batch_one_thread(texts: list[str]) -> list[list[dict]]:
    _one_thread()
    return extract_batch(texts)


@dataclass
class Summary:
    read: int = 0
    added: int = 0
    duplicates: int = 0
    failed: list[ReadError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


# -- backends: each maps batches to their results, in order, with a bounded window -------

def windowed(batches: Iterable[Batch], submit, result, window: int) -> Iterator[tuple[Batch, list[list[dict]]]]:
    """Submit batches as they come, keep at most ``window`` in flight, yield results in order."""
    pending: deque = deque()
    for b in batches:
        pending.append((b, submit(b)))
        if len(pending) >= window:
            done, handle = pending.popleft()
            yield done, result(handle)
    while pending:
        done, handle = pending.popleft()
        yield done, result(handle)


class LocalRunner:
    name = "1 process"

    def warm_up(self) -> None:
        warm()

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[list[dict]]]]:
        for b in batches:
            yield b, extract_batch([a.text for a in b])

    def close(self) -> None:
        pass


class ProcessRunner:
    def __init__(self, workers: int):
        import multiprocessing as mp
        self.name = f"{workers} processes"
        self.window = 4 * workers
        self.pool = mp.get_context("spawn").Pool(workers, initializer=_warm_worker)
        self.workers = workers

    def warm_up(self) -> None:
        """Wait until every worker has its pipeline loaded and run once."""
        for r in [self.pool.apply_async(_warm_worker) for _ in range(2 * self.workers)]:
            r.get()

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[list[dict]]]]:
        submit = lambda b: self.pool.apply_async(extract_batch, ([a.text for a in b],))  # noqa: E731
        return windowed(batches, submit, lambda r: r.get(), self.window)

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


class DaskRunner:
    """``local``: a LocalCluster of ``workers`` processes; else the address of a running scheduler."""

    def __init__(self, address: str, workers: int):
        import dask
        from distributed import Client, LocalCluster
        self.cluster = None
        if address == "local":
            # the workers' statistical profiler samples every thread's stack every 10 ms: off,
            # it would cost the extraction its share of the interpreter lock
            dask.config.set({"distributed.worker.profile.enabled": False,
                             "distributed.worker.profile.interval": "1000ms",
                             # the nanny's default MALLOC_TRIM_THRESHOLD_=65536 hands freed memory back to
                             # the system at once: parsing allocates and frees so much that it ran 12 % slower
                             "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None})
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=40)
            self.client = Client(self.cluster)
            self.name = f"Dask LocalCluster, {workers} workers"
        else:
            self.client = Client(address)
            self.name = f"Dask cluster at {address}"
        n = len(self.client.scheduler_info().get("workers", {})) or workers
        self.window = 4 * n

    def warm_up(self) -> None:
        self.client.run(_warm_worker)

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[list[dict]]]]:
        submit = lambda b: self.client.submit(extract_batch_one_thread, [a.text for a in b], pure=False)  # noqa: E731
        return windowed(batches, submit, lambda f: f.result(), self.window)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def runner_for(workers: int = 1, dask: str | None = None):
    if dask:
        return DaskRunner(dask, max(1, workers))
    if workers > 1:
        return ProcessRunner(workers)
    return LocalRunner()


# -- ingestion ---------------------------------------------------------------------------

def estimate(paths: Iterable[str]) -> int | None:
    """How many articles the inputs hold, when cheap to tell (JSON Lines, text and HTML files)."""
    total = 0
    for p in paths:
        if p == "-":
            return None
        for path in expand(p):
            files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()] if path.is_dir() else []
            for f in files:
                name = f.name.lower()
                if name.endswith((".jsonl", ".ndjson")):
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                elif name.endswith((".jsonl.gz", ".ndjson.gz")):
                    with gzip.open(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                elif name.endswith((".txt", ".html", ".htm")):
                    total += 1
                elif name.endswith((".warc", ".warc.gz", ".rss", ".atom", ".xml")):
                    return None
    return total


def ingest(paths: list[str], store: Store, workers: int = 1, dask: str | None = None, batch_size: int = 16,
           on_progress: Callable[[int], None] | None = None, on_error: Callable[[ReadError], None] | None = None,
           runner=None) -> Summary:
    summary = Summary()
    start = time.perf_counter()

    def new_batches() -> Iterator[Batch]:
        buf: Batch = []
        for item in read_inputs(paths):
            if isinstance(item, ReadError):
                summary.failed.append(item)
                if on_error:
                    on_error(item)
                continue
            summary.read += 1
            item.meta["hash"] = content_hash(item.text)
            buf.append(item)
            if len(buf) >= batch_size:
                yield from _unstored(buf)
                buf = []
        if buf:
            yield from _unstored(buf)

    def _unstored(buf: Batch) -> Iterator[Batch]:
        known = store.known_hashes(a.meta["hash"] for a in buf)
        fresh = [a for a in buf if a.meta["hash"] not in known]
        summary.duplicates += len(buf) - len(fresh)
        if on_progress and len(buf) > len(fresh):
            on_progress(len(buf) - len(fresh))
        if fresh:
            yield fresh

    own = runner is None
    runner = runner or runner_for(workers, dask)
    try:
        for batch, results in runner.map(new_batches()):
            records = [({"id": a.id, "text": a.text, **a.meta}, atts) for a, atts in zip(batch, results)]
            added = store.add(records)
            summary.added += added
            summary.duplicates += len(batch) - added
            if on_progress:
                on_progress(len(batch))
    finally:
        if own:
            runner.close()
    store.rebuild_speakers()
    summary.seconds = time.perf_counter() - start
    return summary
