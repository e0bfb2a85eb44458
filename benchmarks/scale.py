"""The scale section of ``make bench``: an archive of about a million quotations.

    python benchmarks/scale.py --gold ../shared/gold [--quotes 1000000]

The corpus is the dev set's extraction replicated with new ids, dates and
outlets until it holds the asked number of quotations (built once, kept in
``.bench-cache/``). Then, each server in its own process:
- ingestion of 100 new articles into it, against the same into an empty
  database (seconds, and the peak memory of the ingesting process);
- p95 latency of the overview, a speaker page, the search page and
  ``/api/quotes``, one request at a time;
- search p95 while 10 clients extract, and the API under 50 clients with
  extraction and search mixed.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".bench-cache"
WORDS = ["guerre", "président", "crise", "gouvernement", "euro", "santé", "Syrie", "marché"]
SAMPLE = "« Nous irons jusqu'au bout », a déclaré Jean Dupont, maire de Lyon, qui a estimé que la réforme était juste."


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[int(0.95 * (len(values) - 1))]


def extracted_dev(dev: Path) -> list[tuple[dict, list[dict]]]:
    from guillemets.pipeline import extract_many
    arts = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(a, [x.to_dict() for x in atts]) for a, atts in zip(arts, extract_many([a["text"] for a in arts]))]


def build_corpus(dev: Path, quotes: int) -> Path:
    """The dev extraction replicated to ``quotes`` quotations (cached by dev file, size and version)."""
    import guillemets
    from guillemets.store import Store

    key = hashlib.sha1(dev.read_bytes() + f"{quotes}{guillemets.__version__}".encode()).hexdigest()[:12]
    path = CACHE / f"scale-{quotes}-{key}.sqlite"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    for old in CACHE.glob("scale-*.sqlite*"):
        old.unlink()
    base = extracted_dev(dev)
    per_copy = sum(len(atts) for _, atts in base)
    copies = max(1, round(quotes / per_copy))
    tmp = path.with_suffix(".building")
    store = Store(tmp)
    started = time.perf_counter()
    batch = []
    for c in range(copies):
        for n, (art, atts) in enumerate(base):
            day = (c * 37 + n * 11) % 5000
            published = time.strftime("%Y-%m-%d", time.gmtime(1262304000 + day * 86400))  # 2010 → 2023
            rec = {"id": f"{art['id']}-{c}", "text": art["text"] + f"\n(copie {c})", "title": art.get("title"),
                   "outlet": f"Média {(c + n) % 40:02d}", "published": published, "url": None}
            batch.append((rec, atts))
        if len(batch) >= 2000:
            store.add(batch)
            batch = []
    if batch:
        store.add(batch)
    counts = store.counts()
    store.db.execute("PRAGMA optimize")
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.rename(path)
    print(f"built {path.name}: {counts['articles']} articles, {counts['attributions']} quotations, "
          f"{counts['speakers']} speakers in {time.perf_counter() - started:.0f} s")
    return path


def timed_ingest(db: Path, source: Path) -> tuple[float, int]:
    """Seconds and peak RSS (MB) of ingesting ``source`` into ``db``, in a fresh process;
    the pipeline is loaded before the clock starts."""
    code = ("import json, sys, time\n"
            "from guillemets.ingest import LocalRunner, ingest\n"
            "from guillemets.store import Store\n"
            "runner = LocalRunner(); runner.warm_up()\n"
            f"store = Store({str(db)!r})\n"
            "t = time.perf_counter()\n"
            f"s = ingest([{str(source)!r}], store, runner=runner)\n"
            "elapsed = time.perf_counter() - t\n"
            "peak = next(int(l.split()[1]) // 1024 for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
            "print(json.dumps({'seconds': elapsed, 'added': s.added, 'peak': peak}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    assert res["added"] > 0, res
    return res["seconds"], res["peak"]


class Server:
    """``guillemets serve`` in its own process, on a free loopback port."""

    def __init__(self, db: Path, workers: int = 2):
        from guillemets.web.serving import free_port
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-c", "from guillemets.cli import app; app()", "serve", "--db",
                                      str(db), "--port", str(self.port), "--workers", str(workers)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def __enter__(self):
        import httpx
        for _ in range(600):
            try:
                httpx.get(self.base + "/api/speakers?limit=1", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        httpx.post(self.base + "/api/extract", json={"text": SAMPLE}, timeout=120)  # the workers load once
        return self

    def __exit__(self, *exc):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=60)


def sequential_p95(base: str, paths: list[str], n: int = 40) -> float:
    import httpx
    lat = []
    with httpx.Client(base_url=base, timeout=60) as c:
        c.get(paths[0])
        for i in range(n):
            t = time.perf_counter()
            c.get(paths[i % len(paths)]).raise_for_status()
            lat.append(time.perf_counter() - t)
    return p95(lat)


async def _load(base: str, jobs: list[tuple[str, int, callable]], seconds_cap: float = 120) -> dict:
    """Run each job (name, clients, request) concurrently; each client loops over its requests."""
    import httpx
    out: dict[str, list] = {name: [] for name, _, _ in jobs}
    codes: dict[str, dict[int, int]] = {name: {} for name, _, _ in jobs}
    stop = time.perf_counter() + seconds_cap
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        async def client_loop(name, requests):
            for i in range(requests[0]):
                if time.perf_counter() > stop:
                    return
                t = time.perf_counter()
                try:
                    r = await requests[1](client, i)
                except httpx.TransportError:  # a connection the server closed (keep-alive): counted, not fatal
                    codes[name]["disconnected"] = codes[name].get("disconnected", 0) + 1
                    continue
                codes[name][r.status_code] = codes[name].get(r.status_code, 0) + 1
                if r.status_code == 200:
                    out[name].append(time.perf_counter() - t)
                elif r.status_code == 503:
                    await asyncio.sleep(float(r.headers.get("retry-after", "1")))
                else:
                    r.raise_for_status()
        tasks = []
        for name, clients, (per_client, request) in jobs:
            tasks += [client_loop(name, (per_client, request)) for _ in range(clients)]
        t0 = time.perf_counter()
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - t0
    return {name: {"ok": len(lat), "p95": p95(lat) if lat else float("nan"), "rate": len(lat) / elapsed,
                   "codes": codes[name]} for name, lat in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default="../shared/gold", type=Path)
    ap.add_argument("--quotes", type=int, default=1_000_000)
    args = ap.parse_args()
    run(args.gold / "dev.jsonl", args.quotes)


def run(dev: Path, quotes: int) -> None:
    import shutil

    from guillemets.store import Store

    big = build_corpus(dev, quotes)
    arts = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        new = tmp / "new.jsonl"
        with new.open("w", encoding="utf-8") as f:
            for k in range(100):
                a = arts[k % len(arts)]
                f.write(json.dumps({"id": f"new-{k}", "text": a["text"] + f"\n(nouveau {k})", "outlet": "Média neuf",
                                    "published": "2024-06-01"}, ensure_ascii=False) + "\n")
        work = tmp / "big.sqlite"
        shutil.copy(big, work)
        counts = Store(work, readonly=True).counts()
        print(f"\n== scale: a corpus of {counts['attributions']} quotations, {counts['articles']} articles, "
              f"{counts['speakers']} speakers (the dev extraction replicated)")
        empty_s, empty_peak = timed_ingest(tmp / "empty.sqlite", new)
        big_s, big_peak = timed_ingest(work, new)
        print(f"ingest 100 new articles, empty database   {empty_s:6.2f} s   peak RSS {empty_peak} MB")
        print(f"ingest 100 new articles, large database   {big_s:6.2f} s   peak RSS {big_peak} MB")
        print(f"ratio large / empty                       {big_s / empty_s:6.2f}")
        store = Store(work, readonly=True)
        top = store.speakers(1)[0]
        store.close()
        with Server(work) as server:
            base = server.base
            rows = [("overview  /", ["/"]), (f"speaker page ({top['name']}, {top['quotes']} quotations)",
                                           [f"/speakers/{top['id']}"]),
                    ("search page /search?q=…", [f"/search?q={w}" for w in WORDS]),
                    ("GET /api/quotes?q=…", [f"/api/quotes?q={w}" for w in WORDS])]
            for name, paths in rows:
                print(f"p95 {name:52s} {sequential_p95(base, paths) * 1000:7.1f} ms")
            mixed = asyncio.run(_load(base, [
                ("search", 1, (60, lambda c, i: c.get("/api/quotes", params={"q": WORDS[i % len(WORDS)]}))),
                ("extract", 10, (6, lambda c, i: c.post("/api/extract", json={"text": arts[i % len(arts)]["text"]})))]))
            s, e = mixed["search"], mixed["extract"]
            print(f"search p95 while 10 clients extract        {s['p95'] * 1000:7.1f} ms "
                  f"(extraction: {e['ok']} done, {e['codes'].get(503, 0)} answered 503, p95 {e['p95']:.2f} s)")
            fifty = asyncio.run(_load(base, [
                ("search", 40, (25, lambda c, i: c.get("/api/quotes", params={"q": WORDS[i % len(WORDS)]}))),
                ("extract", 10, (5, lambda c, i: c.post("/api/extract", json={"text": SAMPLE})))]))
            s, e = fifty["search"], fifty["extract"]
            print(f"50 clients mixed: search {s['rate']:6.1f} req/s p95 {s['p95'] * 1000:6.1f} ms; "
                  f"extract {e['rate']:5.1f} req/s p95 {e['p95'] * 1000:6.1f} ms, {e['codes'].get(503, 0)} × 503; "
                  f"connections dropped: {s['codes'].get('disconnected', 0) + e['codes'].get('disconnected', 0)}")


if __name__ == "__main__":
    main()
