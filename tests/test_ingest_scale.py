"""Ingestion that survives SIGKILL, and the same database from 1 process, 2 processes and
a 2-worker Dask LocalCluster."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from guillemets.ingest import DaskRunner, ingest
from guillemets.store import Store


@pytest.fixture(scope="module")
def archive(tmp_path_factory, gold_dev):
    """The first 16 dev texts twice over (the copies altered, so that none is a duplicate)."""
    arts = [json.loads(l) for l in gold_dev.read_text(encoding="utf-8").splitlines() if l.strip()][:ARCHIVE_TEXTS]
    path = tmp_path_factory.mktemp("archive") / "archive.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for copy in range(2):
            for a in arts:
                text = a["text"] if copy == 0 else a["text"] + "\nFin de l'article."
                f.write(json.dumps({"id": f"{a['id']}-{copy}", "text": text, "outlet": a.get("outlet"),
                                    "published": a.get("published")}, ensure_ascii=False) + "\n")
    return path


ARCHIVE_TEXTS = 16
ARCHIVE_SIZE = 2 * ARCHIVE_TEXTS


def content(db) -> tuple:
    con = sqlite3.connect(db)
    arts = con.execute("SELECT id, hash FROM articles ORDER BY id").fetchall()
    atts = con.execute("SELECT article_id, n, kind, content_start, content_end, speaker, cue, anonymous "
                       "FROM attributions ORDER BY article_id, n").fetchall()
    spk = con.execute("SELECT key, name, quotes, articles FROM speakers ORDER BY key").fetchall()
    con.close()
    return arts, atts, spk


def cli(*args):
    return [sys.executable, "-c", "from guillemets.cli import app; app()", *args]


def test_sigkill_then_restart_stores_everything_once(tmp_path, archive):
    ref = tmp_path / "ref.sqlite"
    subprocess.run(cli("ingest", str(archive), "--db", str(ref), "--batch-size", "4"), check=True,
                   capture_output=True, timeout=300)
    db = tmp_path / "killed.sqlite"
    proc = subprocess.Popen(cli("ingest", str(archive), "--db", str(db), "--batch-size", "4"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db, timeout=1) as con:
                stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 8:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingestion ended before it could be killed"
    assert 8 <= stored < ARCHIVE_SIZE
    done = subprocess.run(cli("ingest", str(archive), "--db", str(db), "--batch-size", "4"),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert content(db) == content(ref)
    arts, _, _ = content(db)
    assert len(arts) == ARCHIVE_SIZE and len({h for _, h in arts}) == ARCHIVE_SIZE


def test_dask_local_cluster_and_processes_give_the_same_database(tmp_path, archive):
    one = Store(tmp_path / "one.sqlite")
    ingest([str(archive)], one, batch_size=8)
    two = Store(tmp_path / "two.sqlite")
    ingest([str(archive)], two, workers=2, batch_size=8)
    dask = Store(tmp_path / "dask.sqlite")
    runner = DaskRunner("local", 2)
    try:
        # the nanny's memory-trimming default slows parsing down; the local cluster drops it
        assert set(runner.client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_").values()) == {None}
        summary = ingest([str(archive)], dask, batch_size=8, runner=runner)
    finally:
        runner.close()
    assert summary.added == ARCHIVE_SIZE
    assert content(tmp_path / "dask.sqlite") == content(tmp_path / "one.sqlite") == content(tmp_path / "two.sqlite")


def test_cli_ingest_search_speakers_show_export(tmp_path, gold_dev):
    db = tmp_path / "x.sqlite"
    out = subprocess.run(cli("ingest", str(gold_dev), "--db", str(db)), capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    n_dev = sum(1 for line in gold_dev.read_text(encoding="utf-8").splitlines() if line.strip())
    assert "ajoutés" in out.stderr and str(n_dev) in out.stderr
    hits = subprocess.run(cli("search", "guerre", "--db", str(db), "--json"), capture_output=True, text=True, check=True)
    rows = [json.loads(l) for l in hits.stdout.splitlines()]
    assert rows and all("guerre" in r["content"].lower() for r in rows)
    top = subprocess.run(cli("speakers", "--db", str(db), "--top", "5"), capture_output=True, text=True, check=True)
    assert "Marine Le Pen" in top.stdout
    shown = subprocess.run(cli("show", "seed-blinken-otan", "--db", str(db)), capture_output=True, text=True, check=True)
    assert "Blinken" in shown.stdout
    missing = subprocess.run(cli("show", "nope", "--db", str(db)), capture_output=True, text=True)
    assert missing.returncode == 1 and "aucun article" in missing.stderr
    exported = subprocess.run(cli("export", "--db", str(db), "--format", "jsonl"), capture_output=True, text=True, check=True)
    assert len(exported.stdout.splitlines()) == n_dev
