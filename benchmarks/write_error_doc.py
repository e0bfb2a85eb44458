"""Append the score table, the before/after error table and the notes to docs/error-analysis.md.

    python benchmarks/write_error_doc.py BEFORE_SCORES.json AFTER_SCORES.json COMPARE.md >> docs/error-analysis.md
"""
import json
import sys

before, after = (json.loads(open(p).read().strip().splitlines()[-1]) for p in sys.argv[1:3])
for key in ("content_precision", "content_recall", "content_f1", "speaker_accuracy",
            "e2e_precision", "e2e_recall", "e2e_f1"):
    print(f"| {key} | {before[key]:.4f} | {after[key]:.4f} |")
for kind in sorted(after["recall_by_kind"]):
    print(f"| recall {kind} | {before['recall_by_kind'].get(kind, 0):.4f} | {after['recall_by_kind'][kind]:.4f} |")
print()
print("## Errors by cause")
print()
print(open(sys.argv[3]).read())
