"""Merge tables of benchmarks/error_analysis.py into one table with a column each.

    python benchmarks/compare_tables.py NAME=TABLE.md [NAME=TABLE.md ...]
"""
import re
import sys


def read(path: str) -> dict[tuple[str, str], int]:
    rows = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\| (missed|spurious|wrong speaker) \| (.+?) \| (\d+) \|", line)
        if m:
            rows[(m.group(1), m.group(2))] = int(m.group(3))
    return rows


columns = [arg.split("=", 1) for arg in sys.argv[1:]]
tables = [read(path) for _, path in columns]
keys = sorted(set().union(*tables), key=lambda k: (k[0], -sum(t.get(k, 0) for t in tables)))
print("| error | cause | " + " | ".join(name for name, _ in columns) + " |")
print("| --- | --- |" + " ---: |" * len(columns))
for k in keys:
    print(f"| {k[0]} | {k[1]} | " + " | ".join(str(t.get(k, 0)) for t in tables) + " |")
for err in ("missed", "spurious", "wrong speaker"):
    print(f"| **{err}** | **all causes** | "
          + " | ".join(f"**{sum(v for k, v in t.items() if k[0] == err)}**" for t in tables) + " |")
