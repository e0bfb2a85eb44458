"""Build ``src/guillemets/lexicon/first_names.tsv.gz`` from nomquamgender's name data (MIT).

    pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg && python scripts/build_first_names.py /tmp/nqg/*.whl

Keeps the names seen at least MIN_COUNT times in at least MIN_SOURCES sources, with the
share of women among the people who bear them (nomquamgender's p(gf)). French usage is
not there: ``first_names_fr.tsv`` overrides it, by hand.
"""
import gzip
import json
import sys
import zipfile
from pathlib import Path

MIN_COUNT, MIN_SOURCES = 20, 2
OUT = Path(__file__).resolve().parents[1] / "src" / "guillemets" / "lexicon" / "first_names.tsv.gz"


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(z.read("nomquamgender/name_data.json"))
    rows = sorted((name, v[2], v[1]) for name, v in data.items()
                  if v[1] >= MIN_COUNT and v[0] >= MIN_SOURCES and name.replace("-", "").replace(" ", "").isalpha())
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# First names and the share of women among those who bear them, from nomquamgender 0.1.4\n")
        f.write("# (Ian Van Buskirk, MIT licence, https://github.com/ianvanbuskirk/nomquamgender):\n")
        f.write(f"# names seen at least {MIN_COUNT} times in at least {MIN_SOURCES} sources. name<TAB>p(female)<TAB>count\n")
        for name, pgf, count in rows:
            f.write(f"{name}\t{pgf:.3f}\t{count}\n")
    print(f"{len(rows)} names written to {OUT} ({OUT.stat().st_size // 1024} kB)")


if __name__ == "__main__":
    main(sys.argv[1])
