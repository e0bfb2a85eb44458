import json
import subprocess
import sys

from typer.testing import CliRunner

from guillemets.cli import app
from conftest import EXAMPLE

runner = CliRunner()


def records(output):
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_extract_text_file_as_jsonl():
    res = runner.invoke(app, ["extract", str(EXAMPLE), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    (rec,) = records(res.stdout)
    assert rec["id"] == "blinken-otan"
    text = EXAMPLE.read_text(encoding="utf-8")
    assert rec["attributions"]
    for a in rec["attributions"]:
        c = a["content"]
        assert text[c["start"]:c["end"]] == c["text"]
        assert a["kind"] in ("direct", "indirect", "mixed")


def test_extract_table_shows_speakers():
    res = runner.invoke(app, ["extract", str(EXAMPLE)])
    assert res.exit_code == 0
    assert "Blinken" in res.stdout and "Zakharova" in res.stdout


def test_stdin_text():
    res = runner.invoke(app, ["extract", "-", "--format", "json"],
                        input="« Tout va bien », a assuré Paul Martin, maire de Brest.".encode())
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data[0]["attributions"][0]["speaker"] == "Paul Martin"


def test_jsonl_with_bad_lines_reports_them_and_keeps_the_others(tmp_path):
    path = tmp_path / "arts.jsonl"
    path.write_text('{"id": "a", "text": "Selon la police, trois mille personnes ont défilé à Rennes."}\n'
                    'not json at all\n'
                    '{"id": "b", "title": "pas de texte"}\n'
                    '{"id": "c", "text": ""}\n', encoding="utf-8")
    res = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert res.exit_code == 1
    assert f"{path}:2" in res.stderr and "pas du JSON" in res.stderr
    assert f"{path}:3" in res.stderr and '"text"' in res.stderr
    assert f"{path}:4" in res.stderr and "vide" in res.stderr  # an empty text is no article
    recs = records(res.stdout)
    assert [r["id"] for r in recs] == ["a"]
    assert recs[0]["attributions"][0]["speaker"] == "police"


def test_binary_and_invalid_utf8_files_are_named_and_others_still_processed(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Selon lui, la réforme échouera à coup sûr.".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("« Nous gagnerons », a promis Lucie Robin, capitaine de l'équipe.", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(binary), str(latin), str(good), "--format", "jsonl"])
    assert res.exit_code == 1
    assert "image.txt" in res.stderr and "binaire" in res.stderr
    assert "latin1.txt" in res.stderr and "UTF-8 invalide" in res.stderr
    (rec,) = records(res.stdout)
    assert rec["id"] == "good" and rec["attributions"][0]["speaker"] == "Lucie Robin"


def test_missing_file_is_reported(tmp_path):
    res = runner.invoke(app, ["extract", str(tmp_path / "absent.txt"), "--format", "jsonl"])
    assert res.exit_code == 1
    assert "absent.txt" in res.stderr


def test_huge_article_is_processed_in_chunks(tmp_path):
    para = ("Le conseil municipal a siégé longuement mardi soir pour examiner le budget de la ville. "
            "« Nous devons réduire la dette », a déclaré Julien Morel, adjoint aux finances.\n")
    text = para * (2_000_000 // len(para) + 1)
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    code = (
        "import resource, sys, json\n"
        "from guillemets.cli import app\n"
        "from typer.testing import CliRunner\n"
        f"res = CliRunner().invoke(app, ['extract', {str(path)!r}, '--format', 'jsonl'])\n"
        "rec = json.loads(res.stdout)\n"
        "print(len(rec['attributions']), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=580)
    assert out.returncode == 0, out.stderr[-2000:]
    n, peak_mb = map(int, out.stdout.split())
    assert n == text.count("Nous devons réduire la dette")
    assert peak_mb < 3000, f"peak memory {peak_mb} MB"
