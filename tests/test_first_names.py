"""First-name evidence: common names worldwide, French usage first, names of both genders
unknown; and no GPL package among the runtime dependencies."""
import tomllib
from pathlib import Path

import pytest

from guillemets.resolution.cast import first_name_gender
from guillemets.resolution.first_names import gender_of

TABLE = [
    ("Hillary", "female"), ("Mark", "male"), ("Tom", "male"), ("Olli", "male"), ("Rick", "male"),
    ("Olivia", "female"), ("Mamata", "female"), ("Keisha", "female"), ("Travis", "male"),
    ("Jean", "male"), ("Jean-Luc", "male"), ("Jean-Philippe", "male"), ("Laurence", "female"), ("Marine", "female"),
    ("Ségolène", "female"), ("Éric", "male"), ("Maxime", "male"),
    ("Dominique", "unknown"), ("Claude", "unknown"), ("Camille", "unknown"), ("Eden", "unknown"),
    ("Sacha", "unknown"), ("Andrea", "unknown"), ("Zemmal", "unknown"), ("", "unknown"),
]


@pytest.mark.parametrize("name,gender", TABLE)
def test_first_name_table(name, gender):
    assert gender_of(name) == gender


def test_a_person_gets_the_gender_of_the_first_word_of_the_name():
    assert first_name_gender("Hillary Clinton") == "female"
    assert first_name_gender("Dominique Méda") == "unknown"
    assert first_name_gender("de Villepin") == "unknown"


def test_no_gpl_package_among_runtime_dependencies():
    from importlib.metadata import metadata
    deps = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())["project"]["dependencies"]
    names = [d.split(">")[0].split("=")[0].split("[")[0].strip().lower() for d in deps]
    assert "gender-guesser" not in names
    for name in names:
        try:
            meta = metadata(name)
        except Exception:
            continue
        licence = " ".join([meta.get("License") or "", meta.get("License-Expression") or ""]
                           + [c for c in meta.get_all("Classifier") or [] if "License" in c])
        assert "GPL" not in licence.replace("LGPL", ""), (name, licence)
