"""One pool of extraction processes, for ingestion and for the web server.

Each worker process loads the pipeline once and keeps it. The pool survives the
death of a worker (``kill -9``, the kernel's out-of-memory killer): the
executor is started again and the batches that were in flight are sent again,
a bounded number of times each, so that a run never waits forever on a batch
that no process is working on.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache

__all__ = ["BrokenProcessPool", "ExtractionPool", "extract_dicts", "warm"]

WARM_TEXT = "« Nous irons jusqu'au bout », a déclaré Mme Dupont, maire de Lyon."


def warm() -> None:
    """Load the pipeline in this process and run it once (lazy parts load on first use)."""
    from .pipeline import extract_many, load
    list(extract_many([WARM_TEXT], nlp=load()))


@lru_cache(maxsize=1)
def one_thread() -> None:
    """Worker processes parse on one thread each: N workers with N BLAS threads apiece
    would fight over the cores."""
    try:
        from threadpoolctl import threadpool_limits
        threadpool_limits(1)
    except ImportError:  # threadpoolctl is not a dependency; without it BLAS keeps its default
        pass


def extract_dicts(texts: list[str]) -> list[list[dict]]:
    """Attributions of each text, as output-format dicts. Runs in any process: the
    pipeline is loaded once per process and kept."""
    from .pipeline import extract_many, load
    return [[a.to_dict() for a in atts] for atts in extract_many(texts, nlp=load())]


def _start_worker(nice: int) -> None:
    if nice:
        os.nice(nice)  # the web server's pages and searches come before extraction
    one_thread()
    warm()


class ExtractionPool:
    """``workers`` spawned processes; ``submit(texts)`` gives a Future of ``extract_dicts(texts)``.

    When a worker dies, every Future in flight fails with BrokenProcessPool; ``restart``
    (called by whoever saw it, once per breakage) starts a fresh executor."""

    def __init__(self, workers: int, nice: int = 0):
        self.workers = max(1, workers)
        self.nice = nice
        self.generation = 0
        self._lock = threading.Lock()
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                   initializer=_start_worker, initargs=(self.nice,))

    def submit(self, texts: list[str]) -> tuple[Future, int]:
        """The Future of the batch's results, and the pool's generation it was sent to."""
        with self._lock:
            return self._executor.submit(extract_dicts, texts), self.generation

    def restart(self, generation: int) -> None:
        """Start a fresh executor after a breakage seen in ``generation`` (once for all who saw it)."""
        with self._lock:
            if generation != self.generation:
                return
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._new_executor()
            self.generation += 1

    def warm_up(self) -> None:
        """Wait until every worker has its pipeline loaded."""
        for fut, _ in [self.submit([WARM_TEXT]) for _ in range(2 * self.workers)]:
            fut.result()

    def close(self) -> None:
        with self._lock:
            self._executor.shutdown(wait=True, cancel_futures=True)
