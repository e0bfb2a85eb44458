"""The parity picture and an interface in French (issue « The parity picture that researchers come
for »): each test is named after what a new user found wrong, and failed on the code before."""
import json
import os
import pty
import re
import subprocess
import sys
import time
import warnings

import pytest
from typer.testing import CliRunner

from guillemets.cli import app
from guillemets.store import Store

warnings.filterwarnings("ignore", category=DeprecationWarning)
from fastapi.testclient import TestClient  # noqa: E402

from guillemets.web import create_app  # noqa: E402

runner = CliRunner()


def quote(text: str, who: str, gender: str, kind: str = "direct", stype: str = "person") -> dict:
    return {"kind": kind, "content": {"start": 0, "end": len(text), "text": text}, "speaker": who,
            "speaker_type": stype, "gender": gender, "anonymous": False, "speaker_mention": None, "cue": None}


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A corpus whose figures are known: two outlets (one with accents), two months.
    Libération, 2024-01: Anne (f) quoted 3 times, Paul (m) once, X (unknown) once.
    L'Équipe, 2024-02: Anne (f) once, Marc (m) once; and an organisation.
    L'Équipe, 2024-02, another article: Paul (m) twice."""
    db = tmp_path_factory.mktemp("parity") / "c.sqlite"
    store = Store(db)
    t = "Texte de l'article."
    store.add([
        ({"id": "a1", "text": t + " 1", "outlet": "Libération", "published": "2024-01-10"},
         [quote(t, "Anne Roy", "female"), quote(t, "Anne Roy", "female"), quote(t, "Anne Roy", "female", "indirect"),
          quote(t, "Paul Lenoir", "male"), quote(t, "Camille Dupin", "unknown")]),
        ({"id": "a2", "text": t + " 2", "outlet": "L'Équipe", "published": "2024-02-03"},
         [quote(t, "Anne Roy", "female"), quote(t, "Marc Petit", "male"),
          quote(t, "Fédération française", "unknown", stype="organisation")]),
        ({"id": "a3", "text": t + " 3", "outlet": "L'Équipe", "published": "2024-02-20"},
         [quote(t, "Paul Lenoir", "male"), quote(t, "Paul Lenoir", "male", "indirect")]),
    ])
    store.close()
    return db


# -- parity, measured properly -------------------------------------------------------------

def test_parity_counts_people_once_per_article_and_says_so(small):
    from guillemets.parity import parity, wilson
    store = Store(small, readonly=True)
    rows, overall = parity(store)
    assert (overall.women, overall.men, overall.unknown, overall.unit) == (2, 3, 1, "people")
    assert overall.share_women == pytest.approx(0.4)
    low, high = wilson(2, 5)
    assert (overall.low, overall.high) == (pytest.approx(low), pytest.approx(high)) and low < 0.4 < high
    _, quotes = parity(store, unit="quotations")
    assert (quotes.women, quotes.men, quotes.unknown, quotes.unit) == (4, 4, 1, "quotations")


def test_parity_by_outlet_month_kind_type_and_filters(small):
    from guillemets.parity import parity
    store = Store(small, readonly=True)
    by_outlet = {r.group: (r.women, r.men, r.unknown) for r in parity(store, by="outlet")[0]}
    assert by_outlet == {"Libération": (1, 1, 1), "L'Équipe": (1, 2, 0)}
    by_month = {r.group: (r.women, r.men) for r in parity(store, by="month")[0]}
    assert by_month == {"2024-01": (1, 1), "2024-02": (1, 2)}
    by_kind = {r.group: (r.women, r.men) for r in parity(store, by="kind")[0]}
    assert by_kind == {"directe": (2, 3), "indirecte": (1, 1)}
    assert {r.group for r in parity(store, by="type")[0]} == {"personne", "organisation"}
    assert {r.group for r in parity(store, by="week")[0]} == {"2024-S02", "2024-S05", "2024-S08"}
    _, only = parity(store, outlet="equipe", since="2024-02-01")
    assert (only.women, only.men) == (1, 2)


def test_parity_cli_agrees_with_the_api(small):
    res = runner.invoke(app, ["parity", "--db", str(small), "--by", "outlet", "--format", "json"])
    assert res.exit_code == 0, res.output
    cli = json.loads(res.stdout)
    api = TestClient(create_app(small)).get("/api/parity", params={"by": "outlet"}).json()
    assert cli["rows"] == api["rows"] and cli["overall"] == api["overall"] and api["unit"] == "people"
    table = runner.invoke(app, ["parity", "--db", str(small), "--by", "outlet"])
    assert "Libération" in table.stdout and "40,0 %" in table.stdout and "personnes (une fois par article)" in table.stdout
    csv = runner.invoke(app, ["parity", "--db", str(small), "--format", "csv"]).stdout.splitlines()
    assert csv[0].startswith("groupe,femmes,hommes") and csv[-1].startswith("ensemble,2,3,1,5,0.4000")


def test_parity_on_the_dev_corpus_by_outlet(tmp_path, gold_dev):
    db = tmp_path / "dev.sqlite"
    assert runner.invoke(app, ["ingest", str(gold_dev), "--db", str(db)]).exit_code == 0
    res = runner.invoke(app, ["parity", "--db", str(db), "--by", "outlet", "--format", "json"])
    data = json.loads(res.stdout)
    assert len(data["rows"]) >= 8 and data["overall"]["known"] > 50
    assert all(r["low"] <= r["share_women"] <= r["high"] for r in data["rows"] if r["share_women"] is not None)
    api = TestClient(create_app(db)).get("/api/parity", params={"by": "outlet"}).json()
    assert api["rows"] == data["rows"]


# -- the overview: charts from plotly, in French, percentages, intervals, n, grey unknown ---

def figures(html: str) -> dict[str, dict]:
    import html as h
    return {m.group(1): json.loads(h.unescape(m.group(2)))
            for m in re.finditer(r'data-name="([^"]+)" data-figure="([^"]+)"', html)}


def test_overview_charts_have_percent_axes_intervals_counts_and_french_labels(small):
    page = TestClient(create_app(small)).get("/").text
    figs = figures(page)
    assert set(figs) == {"composition", "parite-par-mois", "parite-par-media", "femmes-les-plus-citees",
                         "hommes-les-plus-cites"}
    over = figs["parite-par-mois"]
    assert over["layout"]["xaxis"]["type"] == "date"  # a real time axis, not evenly spaced categories
    assert over["layout"]["yaxis"]["ticksuffix"] == " %"
    assert over["data"][0]["fill"] == "toself"  # the interval
    assert "femmes" in over["data"][1]["text"][0] and "IC 95 %" in over["data"][1]["text"][0]
    outlet = figs["parite-par-media"]["data"][0]
    assert set(outlet["y"]) == {"Libération", "L'Équipe"} and outlet["error_x"]["array"]
    assert any(t.startswith("n = ") for t in outlet["text"])
    colours = {d["name"]: d["marker"]["color"] for d in figs["composition"]["data"]}
    assert colours["genre inconnu"] == "#9e9e9e"
    assert "40,0 %" in page and "de femmes" in page and "une fois par article" in page
    assert "/vendor/plotly.min.js" in page and "cdn" not in page.lower()
    client = TestClient(create_app(small))
    assert client.get("/vendor/plotly.min.js").status_code == 200
    assert client.get("/charts/par-media.csv").text.splitlines()[0].startswith("groupe,femmes")


# -- filters that read what users write ----------------------------------------------------

def test_outlet_filter_ignores_accents_and_case(small):
    for outlet in ("liberation", "LIBÉRATION", "l'équipe", "L'EQUIPE"):
        res = runner.invoke(app, ["search", "--db", str(small), "--outlet", outlet, "--json"])
        assert res.exit_code == 0 and res.stdout.strip(), outlet


def test_unreadable_dates_and_kinds_are_refused(small):
    res = runner.invoke(app, ["search", "--db", str(small), "--since", "13/11/2024"])
    assert res.exit_code == 2 and "AAAA-MM-JJ" in res.stderr
    res = runner.invoke(app, ["search", "--db", str(small), "--kind", "quote"])
    assert res.exit_code == 2 and "quote" in res.output
    page = TestClient(create_app(small)).get("/search", params={"since": "13/11/2024"}).text
    assert "Recherche impossible" in page and "AAAA-MM-JJ" in page


# -- the web speaks French, with no network --------------------------------------------------

def test_api_docs_are_served_offline(small):
    client = TestClient(create_app(small))
    docs = client.get("/docs").text
    urls = re.findall(r'(?:src|href)="([^"]+)"|url: ?[\'"]([^\'"]+)', docs)
    links = [a or b for a, b in urls]
    assert links and not any(u.startswith(("http://", "https://", "//")) for u in links)
    for u in links:
        assert client.get(u).status_code == 200, u
    assert client.get("/redoc").status_code == 404  # it pulled web fonts from the network


def test_error_pages_are_french_and_never_echo_the_input(small):
    client = TestClient(create_app(small))
    page = client.get("/speakers/999999")
    assert page.status_code == 404 and "Page introuvable" in page.text and "<html" in page.text
    api = client.get("/api/speakers/999999")
    assert api.status_code == 404 and api.json() == {"detail": "aucune source n'a ce numéro"}
    secret = "MOT" * 70_000  # over the 200,000 characters accepted
    r = client.post("/analyse", data={"text": secret})
    assert r.status_code == 422 and "Requête illisible" in r.text and "MOTMOT" not in r.text
    r = client.post("/api/extract", json={"text": secret})
    assert r.status_code == 422 and "MOTMOT" not in r.text and r.json()["detail"].startswith("requête invalide")
    big = client.post("/analyse", content=b"text=" + b"x" * 1_100_000,
                      headers={"content-type": "application/x-www-form-urlencoded"})
    assert big.status_code == 413 and "Texte trop long" in big.text


def test_pages_use_french_labels(small):
    client = TestClient(create_app(small))
    analysed = client.post("/analyse", data={"text": "« Tout va bien », a assuré Paul Martin, maire de Brest. "
                                                     "« Rien ne change », a dit Anne Roy, adjointe."}).text
    analysed = " ".join(analysed.split())
    assert "Légende" in analysed and "Dans cet article, 2 personnes citées : 1 femme, 1 homme" in analysed
    assert ">directe<" in analysed and ">direct<" not in analysed
    search = client.get("/search", params={"q": "texte"}).text
    assert re.search(r'<strong>\d+</strong> citations? trouvée', search) and "<label>Média" in search
    assert '<mark class="hit">Texte</mark>' in search and "/search.csv?" in search
    csv = client.get("/search.csv", params={"q": "texte"}).text.splitlines()
    assert csv[0].startswith("article,n,type,citation,source,id_source") and len(csv) == 11


# -- a command line that helps -----------------------------------------------------------------

def test_every_option_has_help_and_there_is_a_version():
    import typer.main
    command = typer.main.get_command(app)
    for name, sub in command.commands.items():
        for param in sub.params:
            if param.param_type_name == "option" and param.name not in ("help",):
                assert param.help, f"{name} {param.opts}"
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and re.match(r"guillemets \d+\.\d+", res.stdout)


def test_db_from_the_environment_and_export_paths(small, tmp_path):
    res = runner.invoke(app, ["speakers", "--top", "3"], env={"GUILLEMETS_DB": str(small)})
    assert res.exit_code == 0 and "Anne Roy" in res.stdout
    res = runner.invoke(app, ["export", "--db", str(small), "-o", str(tmp_path / "nope" / "x.csv"), "-f", "csv"])
    assert res.exit_code == 2 and "n'existe pas" in res.stderr and "Traceback" not in res.output


def test_extract_from_a_terminal_says_it_reads_standard_input():
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-c", "from guillemets.cli import app; app()", "extract", "-f", "jsonl"],
                            stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.close(slave)
    time.sleep(0.5)
    os.write(master, "« Nous irons au bout », a dit Paul Roy.\n".encode())
    os.write(master, b"\x04")
    out, errs = proc.communicate(timeout=120)
    os.close(master)
    assert "collez un article puis Ctrl-D" in errs.decode()
    assert json.loads(out.decode().splitlines()[-1])["attributions"][0]["speaker"] == "Paul Roy"


def test_ingest_says_what_it_does_while_the_model_loads(small, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("« Nous irons au bout », a dit Paul Roy.", encoding="utf-8")
    res = runner.invoke(app, ["ingest", str(src), "--db", str(tmp_path / "c.sqlite")])
    assert res.exit_code == 0 and "chargement du modèle" in res.stderr


def test_search_prints_whole_article_ids_in_80_columns(small):
    res = runner.invoke(app, ["search", "--db", str(small)], env={"COLUMNS": "80"})
    assert res.exit_code == 0
    assert "a1" in res.stdout and max(len(line) for line in res.stdout.splitlines()) <= 80
    assert "directe" in res.stdout or "indirecte" in res.stdout


# -- speakers, tidy --------------------------------------------------------------------------

def test_speakers_are_tidy_and_exported_with_their_id(tmp_path):
    db = tmp_path / "s.sqlite"
    store = Store(db)
    t = "Texte."
    mention = lambda text: {"start": 0, "end": len(text), "text": text}  # noqa: E731
    atts = [{**quote(t, "Jean Dupuis", "male"), "speaker_mention": mention(m)}
            for m in ("le préfet", "Le préfet", "Jean Dupuis", "M. Dupuis", "M. DUPUIS")]
    store.add([({"id": "p1", "text": t}, atts)])
    (sp,) = store.speakers(5)
    aliases = json.loads(sp["aliases"])
    assert "Jean Dupuis" not in aliases and len(aliases) == len({a.lower() for a in aliases}) == 2
    assert json.loads(sp["roles"]) == ["préfet"]
    store.close()
    res = runner.invoke(app, ["export", "--db", str(db), "--what", "speakers", "-f", "jsonl"])
    row = json.loads(res.stdout.splitlines()[0])
    assert row["speaker_id"] == sp["id"] and row["roles"] == ["préfet"]
    res = runner.invoke(app, ["export", "--db", str(db), "-f", "csv"])
    assert "speaker_id" in res.stdout.splitlines()[0]


def test_extract_table_at_80_columns_cuts_no_kind_and_no_cue(tmp_path):
    from conftest import EXAMPLE
    res = runner.invoke(app, ["extract", str(EXAMPLE)], env={"COLUMNS": "80"})
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80 and "…" not in res.stdout
    assert "indirecte" in res.stdout and "a déclaré" in res.stdout
