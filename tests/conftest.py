from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT.parent / "shared" / "gold"
EXAMPLE = ROOT / "examples" / "blinken-otan.txt"


@pytest.fixture(scope="session")
def nlp():
    from guillemets.pipeline import load
    return load()


@pytest.fixture(scope="session")
def extract(nlp):
    def run(text):
        return nlp(text)._.attributions
    return run


@pytest.fixture(scope="session")
def gold_dev():
    path = GOLD_DIR / "dev.jsonl"
    if not path.exists():
        pytest.fail(f"gold set missing: {path} (CI lays ../shared/gold beside the clone)")
    return path


def by_content(attributions, needle):
    found = [a for a in attributions if needle in a.content.text]
    assert found, f"no attribution contains {needle!r}: {[a.content.text for a in attributions]}"
    return found[0]
