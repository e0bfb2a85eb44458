"""Whole archives into a store: read → skip what is stored → extract (here, in N local
processes, or on a Dask cluster) → write in batched transactions.

Articles stream through in batches and at most a few batches are in flight, so
memory stays flat however large the archive. Each batch is written in one
transaction with its speakers and aggregates, keyed by the hash of each text: a
run killed at any point and started again stores every article exactly once,
and the cost of a run grows with what it adds, not with the archive.
"""
from __future__ import annotations

import gzip
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .pool import BrokenProcessPool, ExtractionPool, extract_dicts, one_thread, warm
from .readers import Article, ReadError, UniqueIds, expand, read_inputs
from .store import Store
from .text import text_hash

Batch = list[Article]
Results = list[list[dict]]
MAX_TRIES = 3  # a batch whose worker died this many times is reported, not tried again


@dataclass
class Summary:
    read: int = 0
    added: int = 0
    duplicates: int = 0
    failed: list[ReadError] = field(default_factory=list)
    renamed: list[tuple[str, str, str]] = field(default_factory=list)  # (source, id asked for, id given)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def extract_batch_one_thread(texts: list[str]) -> Results:
    """``extract_dicts`` on one BLAS thread: what a Dask worker runs."""
    one_thread()
    return extract_dicts(texts)


def _warm_dask_worker() -> None:
    one_thread()
    warm()


def _failed(batch: Batch, why: str) -> list[ReadError]:
    return [ReadError(a.meta.get("source", a.id), f"{a.id}: {why}") for a in batch]


# -- backends: each maps batches to (batch, results), results None when the batch failed -------

class LocalRunner:
    name = "1 processus"

    def warm_up(self) -> None:
        warm()

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, Results | None]]:
        for b in batches:
            yield b, extract_dicts([a.text for a in b])

    def close(self) -> None:
        pass


class ProcessRunner:
    """N local processes. A worker killed mid-batch breaks the pool: it is started again
    and every batch in flight is sent again, at most MAX_TRIES times each."""

    def __init__(self, workers: int):
        self.name = f"{workers} processus"
        self.pool = ExtractionPool(workers)
        self.window = 4 * self.pool.workers

    def warm_up(self) -> None:
        self.pool.warm_up()

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, Results | None]]:
        source = iter(batches)
        pending: deque[list] = deque()  # [batch, future, generation, tries]

        def send(item: list) -> None:
            item[1], item[2] = self.pool.submit([a.text for a in item[0]])
            item[3] += 1

        def fill() -> None:
            while len(pending) < self.window:
                b = next(source, None)
                if b is None:
                    return
                item = [b, None, 0, 0]
                send(item)
                pending.append(item)

        fill()
        while pending:
            item = pending[0]
            try:
                results = item[1].result()
            except BrokenProcessPool:
                self.pool.restart(item[2])
                for other in list(pending):
                    if other[3] >= MAX_TRIES:
                        pending.remove(other)
                        yield other[0], None
                    else:
                        send(other)
                continue
            pending.popleft()
            yield item[0], results
            fill()

    def close(self) -> None:
        self.pool.close()


class DaskRunner:
    """``local``: a LocalCluster of ``workers`` processes; else the address of a running scheduler."""

    def __init__(self, address: str, workers: int, timeout: float = 20):
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
            self.client = Client(address, timeout=timeout)
            self.name = f"Dask cluster at {address}"
        n = len(self.client.scheduler_info().get("workers", {})) or workers
        self.window = 4 * n

    def warm_up(self) -> None:
        self.client.run(_warm_dask_worker)

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, Results | None]]:
        pending: deque = deque()
        for b in batches:
            pending.append((b, self.client.submit(extract_batch_one_thread, [a.text for a in b], pure=False)))
            if len(pending) >= self.window:
                done, fut = pending.popleft()
                yield done, fut.result()
        while pending:
            done, fut = pending.popleft()
            yield done, fut.result()

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
    try:
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
                    elif name.endswith((".warc", ".warc.gz", ".rss", ".atom", ".xml", ".json")):
                        return None
    except Exception:  # an unreadable file is reported by the reader itself; the count is only a hint
        return None
    return total


def ingest(paths: list[str], store: Store, workers: int = 1, dask: str | None = None, batch_size: int = 16,
           on_progress: Callable[[int], None] | None = None, on_error: Callable[[ReadError], None] | None = None,
           runner=None) -> Summary:
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    summary = Summary()
    start = time.perf_counter()
    ids = UniqueIds()

    def report(e: ReadError) -> None:
        summary.failed.append(e)
        if on_error:
            on_error(e)

    def new_batches() -> Iterator[Batch]:
        buf: Batch = []
        for item in read_inputs(paths, ids):
            if isinstance(item, ReadError):
                report(item)
                continue
            summary.read += 1
            item.meta["hash"] = text_hash(item.text)
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
            if results is None:
                for e in _failed(batch, f"le processus d'extraction s'est arrêté {MAX_TRIES} fois sur ce lot : "
                                        "article non traité (relancez l'ingestion)"):
                    report(e)
            else:
                records = [({"id": a.id, "text": a.text, **a.meta}, atts) for a, atts in zip(batch, results)]
                added = store.add(records)
                summary.added += len(added)
                summary.duplicates += len(batch) - len(added)
                summary.renamed += added.renamed
            if on_progress:
                on_progress(len(batch))
    finally:
        if own:
            runner.close()
    summary.renamed = ids.renamed + summary.renamed
    summary.seconds = time.perf_counter() - start
    return summary
