"""Print the score table and the error table of docs/error-analysis.md, one column per version.

    python benchmarks/write_error_doc.py NAME=SCORES.json=ERRORS.md [NAME=SCORES.json=ERRORS.md ...]

SCORES.json: the last line of `guillemets evaluate GOLD --json`; ERRORS.md: the output of
benchmarks/error_analysis.py.
"""
import json
import subprocess
import sys
from pathlib import Path

columns = [arg.split("=", 2) for arg in sys.argv[1:]]
scores = [json.loads(Path(s).read_text().strip().splitlines()[-1]) for _, s, _ in columns]
print("| | " + " | ".join(name for name, _, _ in columns) + " |")
print("| --- |" + " ---: |" * len(columns))
for key in ("content_precision", "content_recall", "content_f1", "speaker_accuracy",
            "e2e_precision", "e2e_recall", "e2e_f1"):
    print(f"| {key} | " + " | ".join(f"{s[key]:.4f}" for s in scores) + " |")
for kind in sorted(scores[-1]["recall_by_kind"]):
    print(f"| recall {kind} | " + " | ".join(f"{s['recall_by_kind'].get(kind, 0):.4f}" for s in scores) + " |")
print()
print("## Errors by cause")
print()
here = Path(__file__).parent
out = subprocess.run([sys.executable, str(here / "compare_tables.py")] + [f"{n}={e}" for n, _, e in columns],
                     capture_output=True, text=True, check=True)
print(out.stdout)
