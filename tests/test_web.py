"""The web application: JSON API, pages, escaping, body limit, read-only database, OpenAPI."""
import json
import warnings

import pytest

warnings.filterwarnings("ignore", category=DeprecationWarning)

from fastapi.testclient import TestClient  # noqa: E402

from guillemets.ingest import ingest  # noqa: E402
from guillemets.store import Store  # noqa: E402
from guillemets.web import create_app  # noqa: E402

HOSTILE_NAME = 'Jean <img src=x onerror="alert(1)"> Dupont'
HOSTILE_TEXT = ("<script>alert('x')</script> Le maire a parlé. « Nous ne céderons pas <b>du tout</b> », "
                f"a déclaré {HOSTILE_NAME}, maire de Brest.")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "corpus.sqlite"
    arts = [
        {"id": "a1", "outlet": "Le Quotidien", "published": "2024-01-05", "title": "Vœux du ministre",
         "text": "Le ministre de l'Économie, Bruno Lemaire, a reçu les syndicats. "
                 "« Je souhaite à tous une bonne année », a déclaré Bruno Lemaire devant la presse."},
        {"id": "a2", "outlet": "La Gazette", "published": "2024-02-10",
         "text": "Lemaire a estimé mardi que la croissance repartirait au printemps prochain."},
        {"id": "evil<script>", "outlet": "<i>Média</i>", "published": "2024-03-01", "title": "<script>alert(2)</script>",
         "text": HOSTILE_TEXT},
    ]
    src = path.parent / "arts.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    store = Store(path)
    ingest([str(src)], store)
    # a speaker whose very name is hostile markup, as a crafted archive could hold
    text = "« Cliquez ici », a écrit le compte."
    store.add([({"id": "evil-name", "text": text, "title": "x"},
                [{"kind": "direct", "content": {"start": 2, "end": 12, "text": text[2:12]}, "speaker": HOSTILE_NAME,
                  "speaker_mention": None, "cue": None, "anonymous": False, "speaker_type": "person"}])])
    store.rebuild_speakers()
    store.close()
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db, max_body=50_000))


def test_api_extract(client):
    r = client.post("/api/extract", json={"text": "« Nous irons au bout », a déclaré Paul Martin, maire de Brest."})
    assert r.status_code == 200
    (a,) = r.json()["attributions"]
    assert (a["kind"], a["speaker"], a["content"]["text"]) == ("direct", "Paul Martin", "Nous irons au bout")
    assert client.post("/api/extract", json={"text": ""}).json() == {"attributions": []}
    assert client.post("/api/extract", json={}).status_code == 422


def test_api_quotes_filters_and_pages(client):
    r = client.get("/api/quotes", params={"q": "bonne annee"})
    assert [h["article_id"] for h in r.json()["results"]] == ["a1"]
    r = client.get("/api/quotes", params={"speaker": "lemaire", "since": "2024-02-01"})
    assert [h["article_id"] for h in r.json()["results"]] == ["a2"]
    page1 = client.get("/api/quotes", params={"per_page": 1, "page": 1}).json()["results"]
    page2 = client.get("/api/quotes", params={"per_page": 1, "page": 2}).json()["results"]
    assert len(page1) == len(page2) == 1 and page1 != page2
    assert client.get("/api/quotes", params={"kind": "nonsense"}).status_code == 422


def test_api_speakers_and_articles(client):
    speakers = client.get("/api/speakers").json()
    lemaire = next(s for s in speakers if s["name"] == "Bruno Lemaire")
    assert lemaire["quotes"] == 2 and "Lemaire" in lemaire["aliases"]
    detail = client.get(f"/api/speakers/{lemaire['id']}").json()
    assert {q["article_id"] for q in detail["quotations"]} == {"a1", "a2"}
    assert client.get("/api/speakers/999999").status_code == 404
    art = client.get("/api/articles/a1").json()
    assert art["outlet"] == "Le Quotidien" and art["attributions"]
    assert client.get("/api/articles/nope").status_code == 404


def test_pages_render(client):
    for url in ("/", "/analyse", "/search?q=annee", "/articles/a1"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "<html" in r.text
    speaker_id = next(s["id"] for s in client.get("/api/speakers").json() if s["name"] == "Bruno Lemaire")
    page = client.get(f"/speakers/{speaker_id}").text
    assert "Bruno Lemaire" in page and 'class="plot"' in page and "Citations par média" in page
    analysed = client.post("/analyse", data={"text": "« Tout va bien », a assuré Paul Martin, maire de Brest."}).text
    assert '<mark class="q s0 direct"' in analysed and "Paul Martin" in analysed and '<u class="cue">' in analysed
    download = client.post("/analyse/download", data={"text": "« Tout va bien », a assuré Paul Martin, maire."})
    assert download.headers["content-disposition"].startswith("attachment")
    assert download.json()["attributions"][0]["speaker"] == "Paul Martin"


def test_article_and_speaker_text_is_escaped(client):
    pages = [client.get("/articles/evil%3Cscript%3E").text, client.get("/search?q=ceder").text,
             client.post("/analyse", data={"text": HOSTILE_TEXT}).text, client.get("/").text]
    speaker_id = next(s["id"] for s in client.get("/api/speakers").json() if "Dupont" in s["name"])
    pages.append(client.get(f"/speakers/{speaker_id}").text)
    for html in pages:
        assert "<script>alert" not in html
        assert "onerror=\"alert" not in html and "<img src=x" not in html
        assert "<b>du tout</b>" not in html and "<i>Média</i>" not in html
    assert "&lt;script&gt;alert" in pages[0]
    assert "&lt;img src=x onerror=" in pages[-1] or "&lt;img src=x onerror=" in pages[2]


def test_body_over_the_limit_gets_413(client):
    r = client.post("/api/extract", content=json.dumps({"text": "a" * 60_000}), headers={"content-type": "application/json"})
    assert r.status_code == 413
    r = client.post("/analyse", data={"text": "b" * 60_000})
    assert r.status_code == 413


def test_database_is_opened_read_only(db):
    app = create_app(db)
    route = next(r for r in app.routes if getattr(r, "path", "") == "/api/speakers")
    assert route is not None
    store = Store(db, readonly=True)
    import sqlite3
    with pytest.raises(sqlite3.OperationalError):
        store.db.execute("DELETE FROM articles")


def test_static_files_stay_in_their_folder(client):
    assert client.get("/static/style.css").status_code == 200
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2f..%2fstore%2fsqlite.py"):
        assert client.get(path).status_code == 404


def test_openapi_schema_with_schemathesis(db):
    """Every API operation, on generated requests: no server error, responses that match the schema."""
    import schemathesis
    from hypothesis import HealthCheck, given, settings

    app = create_app(db, workers=1)
    # the extraction process loads the model on its first request: done here, before the clock of each request
    assert TestClient(app).post("/api/extract", json={"text": "« Oui », a dit Paul Roy."}).status_code == 200
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    ops = [op.ok() for op in schema.get_all_operations()]
    assert {op.path for op in ops} >= {"/api/extract", "/api/quotes", "/api/speakers", "/api/speakers/{speaker_id}",
                                       "/api/articles/{article_id}"}
    for op in ops:
        @given(case=op.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None,
                  derandomize=True)
        def check(case):
            case.call_and_validate()
        check()
