"""The corpus store: ingestion of every input format, search, speakers, exports, idempotency."""
import csv
import io
import json
from pathlib import Path

import pytest

from guillemets.ingest import ingest
from guillemets.store import Store

DATA = Path(__file__).parent / "data"


@pytest.fixture
def corpus(tmp_path):
    arts = [
        {"id": "a1", "outlet": "Le Quotidien", "published": "2024-01-05",
         "text": "Le ministre de l'Économie, Bruno Lemaire, a reçu les syndicats. "
                 "« Je souhaite à tous une bonne année », a déclaré Bruno Lemaire devant la presse."},
        {"id": "a2", "outlet": "La Gazette", "published": "2024-02-10",
         "text": "Lemaire a estimé mardi que la croissance repartirait au printemps prochain."},
        {"id": "a3", "outlet": "La Gazette", "published": "2024-03-01",
         "text": "Selon l'Insee, le chômage a reculé de deux points au premier trimestre."},
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    return path


def test_ingest_every_format_and_search(tmp_path, corpus):
    store = Store(tmp_path / "c.sqlite")
    summary = ingest([str(corpus), str(DATA / "article-page.html"), str(DATA / "feed.rss")], store)
    assert (summary.read, summary.added, summary.duplicates, summary.failed) == (6, 6, 0, [])
    assert store.counts()["articles"] == 6
    art, rows = store.article("article-page")
    assert art["outlet"] == "Ouest Quotidien" and art["published"] == "2024-03-14"
    speakers = {r["speaker"] for r in rows}
    assert {"Hélène Garnier", "Marc Le Goff"} <= speakers
    # accent- and case-insensitive full text
    hits = store.search("BONNE ANNEE")
    assert {h.article_id for h in hits} >= {"a1"}
    assert any("bonne année pour tout le monde" in h.content for h in hits)
    assert [h.article_id for h in store.search("", speaker="lemaire", since="2024-02-01")] == ["a2"]
    assert {h.article_id for h in store.search("", outlet="gazette")} == {"a2", "a3"}
    assert all(h.kind == "direct" for h in store.search("", kind="direct"))
    assert [r["id"] for r in store.search_articles("chomage")] == ["a3"]


def test_surname_merges_into_the_one_full_name(tmp_path, corpus):
    store = Store(tmp_path / "c.sqlite")
    ingest([str(corpus)], store)
    top = {r["name"]: r for r in store.speakers(10)}
    lemaire = top["Bruno Lemaire"]
    assert lemaire["quotes"] == 2 and lemaire["articles"] == 2
    assert "Lemaire" in json.loads(lemaire["aliases"])
    assert "Lemaire" not in top


def test_ambiguous_surname_is_not_merged(tmp_path):
    arts = [{"id": "b1", "text": "« Nous irons au bout », a déclaré Paul Martin, maire de Brest."},
            {"id": "b2", "text": "« Tout est prêt », a déclaré Anne Martin, maire de Morlaix."},
            {"id": "b3", "text": "Martin a affirmé que les travaux commenceraient au printemps prochain."}]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    store = Store(tmp_path / "c.sqlite")
    ingest([str(path)], store)
    names = {r["name"] for r in store.speakers(10)}
    assert {"Paul Martin", "Anne Martin", "Martin"} <= names


def test_second_run_adds_nothing(tmp_path, corpus):
    store = Store(tmp_path / "c.sqlite")
    ingest([str(corpus)], store)
    before = store.counts()
    again = ingest([str(corpus)], store)
    assert (again.added, again.duplicates) == (0, 3)
    assert store.counts() == before


def test_exports(tmp_path, corpus):
    import pyarrow.parquet as pq

    from guillemets.exports import export_csv, export_jsonl, export_parquet

    store = Store(tmp_path / "c.sqlite")
    ingest([str(corpus)], store)
    n_att = store.counts()["attributions"]
    buf = io.StringIO()
    assert export_jsonl(store, buf) == 3
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    text = {"a1": json.loads(corpus.read_text().splitlines()[0])["text"]}
    for a in next(r for r in recs if r["id"] == "a1")["attributions"]:
        assert text["a1"][a["content"]["start"]:a["content"]["end"]] == a["content"]["text"]
    buf = io.StringIO()
    assert export_csv(store, buf) == n_att
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == n_att and rows[0]["article_id"] and "speaker" in rows[0]
    assert export_parquet(store, tmp_path / "c.parquet") == n_att
    table = pq.read_table(tmp_path / "c.parquet")
    assert table.num_rows == n_att and "gender" in table.column_names


def test_readonly_store_refuses_writes(tmp_path, corpus):
    import sqlite3
    Store(tmp_path / "c.sqlite").close()
    ro = Store(tmp_path / "c.sqlite", readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        ro.add([({"id": "z", "text": "x"}, [])])
