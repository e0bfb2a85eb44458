"""Corpus exports: JSON Lines (gold format, one article per line), CSV and Parquet
(one attribution per row), streamed from the store."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO

from .store import Store
from .store.sqlite import attribution_dict

ROW_FIELDS = ["article_id", "url", "outlet", "title", "published", "n", "kind", "content", "content_start",
              "content_end", "speaker", "speaker_in_article", "mention", "cue", "anonymous", "speaker_type", "role",
              "gender", "gender_evidence", "confidence", "speaker_evidence", "speaker_id"]


def export_jsonl(store: Store, out: IO[str]) -> int:
    n = 0
    for art, rows in store.iter_articles():
        rec = {"id": art["id"]}
        for key in ("url", "outlet", "title", "published"):
            if art[key] is not None:
                rec[key] = art[key]
        rec["attributions"] = [attribution_dict(r) for r in rows]
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def export_csv(store: Store, out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=ROW_FIELDS)
    writer.writeheader()
    n = 0
    for row in store.iter_attribution_rows():
        writer.writerow(row)
        n += 1
    return n


def export_parquet(store: Store, path: Path, batch: int = 10_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(f, pa.int64() if f in ("n", "content_start", "content_end", "anonymous", "speaker_id")
                         else pa.float64() if f == "confidence" else pa.string()) for f in ROW_FIELDS])
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        rows: list[dict] = []
        for row in store.iter_attribution_rows():
            rows.append(row)
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n


SPEAKER_FIELDS = ["speaker_id", "name", "type", "gender", "anonymous", "quotes", "articles", "aliases", "roles"]


def speaker_rows(store: Store):
    for r in store.db.execute("SELECT * FROM speakers ORDER BY quotes DESC, name"):
        yield {"speaker_id": r["id"], "name": r["name"], "type": r["type"], "gender": r["gender"],
               "anonymous": bool(r["anonymous"]), "quotes": r["quotes"], "articles": r["articles"],
               "aliases": json.loads(r["aliases"]), "roles": json.loads(r["roles"])}


def export_speakers(store: Store, out: IO[str] | None, fmt: str, path: Path | None = None) -> int:
    """Every speaker of the corpus with its stable id: JSON Lines, CSV (aliases and roles joined
    by « ; ») or Parquet."""
    n = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        rows = list(speaker_rows(store))
        pq.write_table(pa.Table.from_pylist(rows), str(path))
        return len(rows)
    writer = csv.DictWriter(out, fieldnames=SPEAKER_FIELDS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    for row in speaker_rows(store):
        if writer:
            writer.writerow({**row, "aliases": "; ".join(row["aliases"]), "roles": "; ".join(row["roles"])})
        else:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n
