"""What a hostile tester fed guillemets, input side: each test is named after the fault it
guards against (issue « Hardening »), and failed on the code before the fix."""
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from guillemets.cli import app
from guillemets.ingest import ingest
from guillemets.readers import Article, ReadError, read_inputs
from guillemets.store import Store

DATA = Path(__file__).parent / "data"
runner = CliRunner()
SAY = "« Nous tiendrons bon jusqu'au bout », a déclaré Paul Martin, maire de Brest."


def items(*paths):
    return list(read_inputs([str(p) for p in paths]))


def warc(path: Path, pages: list[tuple[str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=path.suffix == ".gz")
    for url, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


def page(paragraph: str) -> bytes:
    return (DATA / "article-page.html").read_bytes().replace("Personne ne gagne à un conflit".encode(),
                                                              paragraph.encode())


# -- 2. the feed reader follows no path ----------------------------------------------------

def test_feed_file_holding_a_path_is_not_read_as_that_path(tmp_path):
    other = tmp_path / "other.rss"
    other.write_bytes((DATA / "feed.rss").read_bytes())
    evil = tmp_path / "evil.xml"
    evil.write_text(str(other), encoding="utf-8")
    zero = tmp_path / "zero.xml"
    zero.write_text("/dev/zero", encoding="utf-8")
    out = items(evil, zero)
    assert all(isinstance(x, ReadError) for x in out), out
    assert not any("chambre d'agriculture" in getattr(x, "text", "") for x in out)


# -- 5. ids that cannot collide ------------------------------------------------------------

def test_same_file_names_in_different_folders_are_two_articles(tmp_path):
    site = tmp_path / "site"
    for sub, name in (("a", "Claire Dumas"), ("b", "Marc Lefort")):
        (site / sub).mkdir(parents=True)
        (site / sub / "index.html").write_bytes(page(f"« Rien n'est joué », a déclaré {name}."))
    for month in ("2024-01", "2024-02"):
        (tmp_path / month).mkdir()
        (tmp_path / month / "article.txt").write_text(f"{SAY} Publié en {month}.", encoding="utf-8")
    store = Store(tmp_path / "c.sqlite")
    summary = ingest([str(site), str(tmp_path / "2024-01" / "article.txt"), str(tmp_path / "2024-02" / "article.txt")],
                     store)
    assert summary.added == 4 and summary.duplicates == 0 and not summary.failed
    ids = {r[0] for r in store.db.execute("SELECT id FROM articles")}
    assert {"a/index", "b/index", "article"} <= ids and len(ids) == 4
    assert [r[2] for r in summary.renamed if r[1] == "article"] == [next(i for i in ids if i.startswith("article~"))]


def test_jsonl_lines_with_one_id_and_two_texts_are_two_articles(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": "x", "text": SAY}) + "\n" + json.dumps({"id": "x", "text": SAY + " Bis."}) + "\n"
                    + json.dumps({"id": "x", "text": SAY}) + "\n", encoding="utf-8")
    store = Store(tmp_path / "c.sqlite")
    summary = ingest([str(path)], store)
    assert (summary.added, summary.duplicates) == (2, 1)
    again = Store(tmp_path / "c.sqlite")
    other = tmp_path / "later.jsonl"
    other.write_text(json.dumps({"id": "x", "text": "Selon la préfecture, le calme est revenu dans la nuit."}) + "\n",
                     encoding="utf-8")
    later = ingest([str(other)], again)  # the id is taken in the store by another text
    assert later.added == 1 and later.renamed and later.renamed[0][1] == "x"
    assert again.counts()["articles"] == 3


def test_url_captured_twice_in_a_warc_keeps_both_captures(tmp_path):
    path = tmp_path / "crawl.warc"
    url = "https://www.ouest-quotidien.example/rennes/greve"
    warc(path, [(url, page("« Premier état », a déclaré Claire Dumas.")),
                (url, page("« Second état, mis à jour », a déclaré Claire Dumas."))])
    store = Store(tmp_path / "c.sqlite")
    assert ingest([str(path)], store).added == 2


# -- 6. a truncated WARC --------------------------------------------------------------------

def test_truncated_warc_record_is_reported_and_the_full_capture_is_taken_later(tmp_path):
    full = tmp_path / "full.warc"
    data = warc(full, [("https://a.example/1", page("« Un », a déclaré Claire Dumas.")),
                       ("https://a.example/2", page("« Deux, et ceci est la suite », a déclaré Marc Lefort."))])
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[:-1500])
    store = Store(tmp_path / "c.sqlite")
    first = ingest([str(cut)], store)
    assert first.added == 1 and len(first.failed) == 1 and "tronqué" in first.failed[0].reason
    second = ingest([str(full)], store)
    assert (second.added, second.duplicates) == (1, 1)


# -- 7. one bad line, one bad file: the others go on ---------------------------------------

def test_lone_surrogate_and_list_title_do_not_abort_the_run(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text('{"id": "s", "text": "Selon la police, \\ud800 la foule était nombreuse à Rennes."}\n'
                    '{"id": "t", "title": ["a", "b"], "text": "Selon la préfecture, le calme est revenu cette nuit."}\n'
                    + json.dumps({"id": "ok", "text": SAY}) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["id"] for r in recs] == ["s", "t", "ok"]
    assert recs[1]["title"] == '["a", "b"]'
    store = Store(tmp_path / "c.sqlite")
    summary = ingest([str(path)], store)
    assert summary.added == 3 and not summary.failed


def test_broken_gzip_files_are_reported_and_good_files_kept(tmp_path):
    lines = "".join(json.dumps({"id": f"g{i}", "text": f"{SAY} ({i})"}) + "\n" for i in range(40)).encode()
    (tmp_path / "truncated.jsonl.gz").write_bytes(gzip.compress(lines)[:-40])
    corrupt = bytearray(gzip.compress(lines))
    corrupt[len(corrupt) // 2] ^= 0xFF
    (tmp_path / "corrupt.jsonl.gz").write_bytes(bytes(corrupt))
    (tmp_path / "mislabelled.txt.gz").write_text(SAY, encoding="utf-8")
    (tmp_path / "good.txt").write_text(SAY, encoding="utf-8")
    out = items(*sorted(tmp_path.iterdir()))
    errors = {Path(e.source).name for e in out if isinstance(e, ReadError)}
    assert errors == {"truncated.jsonl.gz", "corrupt.jsonl.gz", "mislabelled.txt.gz"}
    assert "good" in {a.id for a in out if isinstance(a, Article)}
    res = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "c.sqlite")])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert Store(tmp_path / "c.sqlite", readonly=True).article("good") is not None


# -- 8. batch sizes ------------------------------------------------------------------------

def test_batch_size_zero_or_negative_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text(SAY, encoding="utf-8")
    for size in ("0", "-1"):
        for cmd in (["extract", str(tmp_path / "a.txt")], ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "c.sqlite")]):
            res = runner.invoke(app, cmd + ["--batch-size", size])
            assert res.exit_code == 2, (cmd, res.output)
            assert "--batch-size" in res.output and "Traceback" not in res.output


# -- 9. unusable inputs are errors, usable ones are read -----------------------------------

def test_sitemap_empty_file_and_json_are_told_apart(tmp_path):
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                                          'sitemap/0.9"><url><loc>https://a.example/1</loc></url></urlset>')
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "a.json").write_text(json.dumps({"id": "j1", "text": SAY, "outlet": "X"}), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"text": SAY}, {"text": SAY + " Encore."}]), encoding="utf-8")
    (tmp_path / "utf16.txt").write_bytes(SAY.encode("utf-16"))
    out = {(Path(x.source if isinstance(x, ReadError) else x.meta["source"]).name, getattr(x, "id", None)): x
           for x in items(*sorted(tmp_path.iterdir()))}
    assert isinstance(out[("sitemap.xml", None)], ReadError) and "sitemap" in out[("sitemap.xml", None)].reason
    assert isinstance(out[("empty.txt", None)], ReadError)
    assert out[("a.json", "j1")].text == SAY and out[("a.json", "j1")].meta["outlet"] == "X"
    assert {k[1] for k in out if k[0] == "many.json"} == {"many#1", "many#2"}
    assert out[("utf16.txt", "utf16")].text == SAY
    res = runner.invoke(app, ["extract", str(tmp_path / "sitemap.xml"), "--format", "jsonl"])
    assert res.exit_code == 1


# -- 11. what is read for one article is bounded -------------------------------------------

def test_compressed_bomb_is_refused_without_reading_it_whole(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb") as f:
        for _ in range(100):
            f.write(b"a " * 500_000)  # 100 MB of text in about 100 kB
    lines = tmp_path / "lines.jsonl.gz"
    with gzip.open(lines, "wb") as f:
        f.write(b'{"id": "huge", "text": "' + b"b " * 10_000_000 + b'"}\n')
        f.write(json.dumps({"id": "fine", "text": SAY}).encode() + b"\n")
    code = ("from guillemets.readers import read_inputs, ReadError\n"
            f"out = list(read_inputs([{str(bomb)!r}, {str(lines)!r}]))\n"
            "print([type(x).__name__ + ':' + (x.reason if isinstance(x, ReadError) else x.id) for x in out])\n"
            # this process's own peak (ru_maxrss would carry the parent's over fork and exec)
            "print(next(int(l.split()[1]) // 1024 for l in open('/proc/self/status') if l.startswith('VmHWM')))\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    listing, peak = run.stdout.splitlines()
    assert "ReadError:plus de 8 Mo" in listing and "Article:fine" in listing and "ligne de plus de 8 Mo" in listing
    assert int(peak) < 200, f"peak memory {peak} MB"


# -- 17. the HTML reader fails one page, not the run ---------------------------------------

def test_html_reader_import_failure_loses_only_html_pages(tmp_path, monkeypatch):
    (tmp_path / "page.html").write_bytes((DATA / "article-page.html").read_bytes())
    (tmp_path / "note.txt").write_text(SAY, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if lxml_html_clean were missing
    out = items(tmp_path)
    assert any(isinstance(x, ReadError) and "HTML" in x.reason for x in out)
    assert any(isinstance(x, Article) and x.id == "note" for x in out)


def test_lxml_html_clean_is_declared():
    import tomllib
    deps = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.lower().replace("-", "_").startswith("lxml_html_clean") for d in deps)
