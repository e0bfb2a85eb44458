"""Readers for each input format, on real-format files."""
import gzip
import io
import json
from pathlib import Path

from guillemets.readers import Article, ReadError, read_inputs

DATA = Path(__file__).parent / "data"


def items(*paths):
    return list(read_inputs([str(p) for p in paths]))


def test_html_page_main_text_and_metadata():
    (art,) = items(DATA / "article-page.html")
    assert isinstance(art, Article)
    assert art.meta["title"] == "Grève des transports : le maire de Rennes appelle au dialogue"
    assert art.meta["outlet"] == "Ouest Quotidien"
    assert art.meta["published"] == "2024-03-14"
    assert art.meta["url"].endswith("/rennes/greve-transports-dialogue")
    assert "Personne ne gagne à un conflit" in art.text
    assert not art.text.startswith("Grève des transports")  # the headline is not text
    for boilerplate in ("S'abonner", "À lire aussi", "Mentions légales", "Publicité", "dataLayer"):
        assert boilerplate not in art.text


def test_warc_html_responses(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    html = (DATA / "article-page.html").read_bytes()
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for url, body, ctype in [("https://www.ouest-quotidien.example/rennes/greve-transports-dialogue", html, "text/html; charset=utf-8"),
                                 ("https://www.ouest-quotidien.example/logo.png", b"\x89PNG\r\n", "image/png")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    (art,) = items(path)
    assert isinstance(art, Article)
    assert "a-t-elle déclaré" in art.text
    assert art.meta["url"] == "https://www.ouest-quotidien.example/rennes/greve-transports-dialogue"


def test_rss_feed_entries_with_full_content():
    arts = items(DATA / "feed.rss")
    assert [a.meta["title"] for a in arts] == ["La chambre d'agriculture s'inquiète des prix du lait",
                                               "Bonne année pour le port de Lorient"]
    assert "Nous vendons à perte depuis six mois" in arts[0].text
    assert arts[0].meta["published"] == "2024-03-12"
    assert "<p>" not in arts[0].text


def test_jsonl_gz_and_glob(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a1", "text": "Selon la police, la foule était nombreuse.", "outlet": "X",
                            "published": "2024-01-02"}) + "\n")
    (tmp_path / "b.txt").write_text("Un texte court.", encoding="utf-8")
    found = items(tmp_path / "*")
    assert {a.id for a in found} == {"a1", "b"}
    assert next(a for a in found if a.id == "a1").meta["outlet"] == "X"


def test_broken_inputs_are_reported_not_raised(tmp_path):
    (tmp_path / "broken.html").write_text("<html><body><div><p>Texte <b>sans fin", encoding="utf-8")
    (tmp_path / "bad.warc").write_bytes(b"WARC/1.0\r\nnot really a warc")
    (tmp_path / "feed.rss").write_bytes(b"\x00\x01 binary")
    (tmp_path / "trunc.jsonl.gz").write_bytes(gzip.compress(b'{"id": "x", "text": "ok"}\n')[:-6])
    out = items(*sorted(tmp_path.iterdir()))
    errors = [x for x in out if isinstance(x, ReadError)]
    assert {Path(e.source.split(" ")[0]).name for e in errors} == {"bad.warc", "feed.rss", "trunc.jsonl.gz"}
    assert all(e.reason for e in errors)
    recovered = {x.id: x.text for x in out if isinstance(x, Article)}
    assert recovered["broken"] == "Texte sans fin"  # broken markup: the text that is there
    assert recovered.get("x") in (None, "ok")  # a truncated archive keeps the lines before the cut
