"""Merge two tables of benchmarks/error_analysis.py (before, after) into one before/after table.

    python benchmarks/compare_tables.py BEFORE.md AFTER.md
"""
import re, sys
def read(p):
    rows = {}
    for line in open(p):
        m = re.match(r"\| (missed|spurious|wrong speaker) \| (.+?) \| (\d+) \|", line)
        if m:
            rows[(m.group(1), m.group(2))] = int(m.group(3))
    return rows
b, a = read(sys.argv[1]), read(sys.argv[2])
keys = sorted(set(b) | set(a), key=lambda k: (k[0], -(b.get(k, 0) + a.get(k, 0))))
print("| error | cause | before | after |")
print("| --- | --- | ---: | ---: |")
for k in keys:
    print(f"| {k[0]} | {k[1]} | {b.get(k, 0)} | {a.get(k, 0)} |")
for err in ("missed", "spurious", "wrong speaker"):
    print(f"| **{err}** | **all causes** | **{sum(v for k, v in b.items() if k[0] == err)}** | **{sum(v for k, v in a.items() if k[0] == err)}** |")
