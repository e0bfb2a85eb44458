"""The SQLite corpus store.

Tables: ``articles`` (id, url, outlet, title, published, text, content hash),
``attributions`` (every field of the output format), ``speakers`` (one row per
person or organisation across the corpus, with aliases and counts), and two
FTS5 indexes, over quotation contents and over article texts, that ignore case
and accents (« bonne annee » finds « bonne année »).

Ingestion is idempotent and crash-safe: an article and all its attributions are
written in one transaction, keyed by the hash of the text, in WAL mode; a run
killed at any point and started again stores every article exactly once.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

SCHEMA = """
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT UNIQUE NOT NULL,
    hash TEXT UNIQUE NOT NULL,
    url TEXT, outlet TEXT, title TEXT, published TEXT,
    text TEXT NOT NULL,
    source TEXT
);
CREATE TABLE IF NOT EXISTS attributions (
    rowid INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    kind TEXT NOT NULL,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content TEXT NOT NULL,
    speaker TEXT, speaker_key TEXT, speaker_id INTEGER,
    mention_start INTEGER, mention_end INTEGER, mention TEXT,
    cue_start INTEGER, cue_end INTEGER, cue TEXT,
    anonymous INTEGER NOT NULL DEFAULT 0,
    speaker_type TEXT, role TEXT, gender TEXT, gender_evidence TEXT,
    confidence REAL,
    UNIQUE (article_id, n)
);
CREATE INDEX IF NOT EXISTS attributions_speaker ON attributions(speaker_key);
CREATE INDEX IF NOT EXISTS attributions_speaker_id ON attributions(speaker_id);
CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY,
    key TEXT UNIQUE NOT NULL,
    name TEXT NOT NULL,
    type TEXT, gender TEXT, anonymous INTEGER NOT NULL DEFAULT 0,
    aliases TEXT NOT NULL DEFAULT '[]',
    roles TEXT NOT NULL DEFAULT '[]',
    quotes INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0
);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    content, speaker, content='attributions', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS attributions_ai AFTER INSERT ON attributions BEGIN
    INSERT INTO quotes_fts(rowid, content, speaker) VALUES (new.rowid, new.content, new.speaker);
END;
CREATE TRIGGER IF NOT EXISTS attributions_ad AFTER DELETE ON attributions BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker) VALUES ('delete', old.rowid, old.content, old.speaker);
END;
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
"""


PRONOUN_KEYS = {"il", "elle", "ils", "elles", "lui", "eux", "qui", "on", "celui ci", "celle ci", "ceux", "t il", "t elle"}


def content_hash(text: str) -> str:
    """The identity of an article: its text, whitespace-normalised."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def fold(name: str | None) -> str:
    """Lower case, no accents, single spaces: the key that compares speaker names."""
    name = unicodedata.normalize("NFKD", name or "")
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold()
    for c in "’'-.,«»\"":
        name = name.replace(c, " ")
    return " ".join(name.split())


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: each word a quoted term, all required."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " ".join(f'"{w}"' for w in words)


@dataclass
class Hit:
    article_id: str
    n: int
    kind: str
    content: str
    speaker: str | None
    cue: str | None
    outlet: str | None
    published: str | None
    title: str | None


class Store:
    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        if readonly:
            uri = f"file:{Path(self.path).resolve()}?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            self.db = sqlite3.connect(self.path, check_same_thread=False)
            self.db.executescript(SCHEMA)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")

    def close(self) -> None:
        self.db.close()

    # -- writing ----------------------------------------------------------------
    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        hashes = list(hashes)
        found: set[str] = set()
        for i in range(0, len(hashes), 500):
            part = hashes[i:i + 500]
            rows = self.db.execute(f"SELECT hash FROM articles WHERE hash IN ({','.join('?' * len(part))})", part)
            found.update(r[0] for r in rows)
        return found

    def add(self, records: Iterable[tuple[dict, list[dict]]]) -> int:
        """Store articles with their attributions, all in one transaction; an article whose
        text is already stored, or whose id is taken, is skipped. Returns the number added."""
        added = 0
        with self.db:
            for art, atts in records:
                h = art.get("hash") or content_hash(art["text"])
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO articles (id, hash, url, outlet, title, published, text, source) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (art["id"], h, art.get("url"), art.get("outlet"), art.get("title"),
                     _date(art.get("published")), art["text"], art.get("source")))
                if cur.rowcount == 0:
                    continue
                added += 1
                self.db.executemany(
                    "INSERT INTO attributions (article_id, n, kind, content_start, content_end, content, speaker, "
                    "speaker_key, mention_start, mention_end, mention, cue_start, cue_end, cue, anonymous, "
                    "speaker_type, role, gender, gender_evidence, confidence) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [_attribution_row(art["id"], n, a) for n, a in enumerate(atts)])
        return added

    # -- speakers across articles ---------------------------------------------------
    def rebuild_speakers(self) -> int:
        """One row per speaker across the corpus. A one-word name (a surname) joins the one
        full name of the corpus that ends with it, and only when there is exactly one."""
        rows = self.db.execute(
            "SELECT speaker, speaker_key, speaker_type, gender, anonymous, role, mention, article_id "
            "FROM attributions WHERE speaker IS NOT NULL").fetchall()
        groups: dict[str, dict] = {}
        for r in rows:
            g = groups.setdefault(r["speaker_key"], {"names": {}, "types": {}, "genders": {}, "anonymous": 0,
                                                      "roles": set(), "aliases": set(), "articles": set(), "quotes": 0})
            g["names"][r["speaker"]] = g["names"].get(r["speaker"], 0) + 1
            g["types"][r["speaker_type"]] = g["types"].get(r["speaker_type"], 0) + 1
            if r["gender"] and r["gender"] != "unknown":
                g["genders"][r["gender"]] = g["genders"].get(r["gender"], 0) + 1
            g["anonymous"] |= r["anonymous"]
            if r["role"]:
                g["roles"].add(r["role"])
            if r["mention"] and fold(r["mention"]) not in PRONOUN_KEYS and len(r["mention"].split()) <= 8:
                g["aliases"].add(r["mention"])
            g["articles"].add(r["article_id"])
            g["quotes"] += 1
        # surnames into full names, where the corpus makes that unambiguous
        full_by_last: dict[str, list[str]] = {}
        for key, g in groups.items():
            words = key.split()
            if len(words) >= 2 and not g["anonymous"]:
                full_by_last.setdefault(words[-1], []).append(key)
        merged: dict[str, str] = {}
        for key, g in groups.items():
            if len(key.split()) == 1 and not g["anonymous"] and len(full_by_last.get(key, [])) == 1:
                merged[key] = full_by_last[key][0]
        for short, full in merged.items():
            s, f = groups.pop(short), groups[full]
            for name, c in s["names"].items():
                f["aliases"].add(name)
            for field in ("roles", "aliases", "articles"):
                f[field] |= s[field]
            f["quotes"] += s["quotes"]
        with self.db:
            self.db.execute("DELETE FROM speakers")
            for key, g in groups.items():
                name = max(g["names"], key=lambda n: (g["names"][n], len(n)))
                aliases = sorted(a for a in (g["aliases"] | set(g["names"])) if a != name)
                gender = max(g["genders"], key=g["genders"].get) if g["genders"] else "unknown"
                stype = max(g["types"], key=lambda t: g["types"][t] if t else -1)
                self.db.execute(
                    "INSERT INTO speakers (key, name, type, gender, anonymous, aliases, roles, quotes, articles) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (key, name, stype, gender, g["anonymous"], json.dumps(aliases, ensure_ascii=False),
                     json.dumps(sorted(g["roles"]), ensure_ascii=False), g["quotes"], len(g["articles"])))
            self.db.execute("UPDATE attributions SET speaker_id = (SELECT id FROM speakers WHERE key = attributions.speaker_key)")
            for short, full in merged.items():
                self.db.execute("UPDATE attributions SET speaker_id = (SELECT id FROM speakers WHERE key = ?) "
                                "WHERE speaker_key = ?", (full, short))
        return len(groups)

    # -- reading --------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "attributions", "speakers")}

    def search(self, query: str = "", speaker: str | None = None, outlet: str | None = None,
               since: str | None = None, until: str | None = None, kind: str | None = None,
               limit: int = 50, offset: int = 0) -> list[Hit]:
        where, args = [], []
        if query.strip():
            q = fts_query(query)
            if not q:
                return []
            where.append("a.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            args.append(f"content : ({q})")
        if speaker:
            where.append("(a.speaker_key LIKE ? OR s.key LIKE ? OR s.aliases LIKE ?)")
            args += [f"%{fold(speaker)}%", f"%{fold(speaker)}%", f"%{speaker}%"]
        if outlet:
            where.append("lower(ar.outlet) LIKE ?")
            args.append(f"%{outlet.lower()}%")
        if since:
            where.append("ar.published >= ?")
            args.append(since)
        if until:
            where.append("ar.published <= ?")
            args.append(until)
        if kind:
            where.append("a.kind = ?")
            args.append(kind)
        sql = ("SELECT a.article_id, a.n, a.kind, a.content, coalesce(s.name, a.speaker) AS speaker, a.cue, "
               "ar.outlet, ar.published, ar.title FROM attributions a JOIN articles ar ON ar.id = a.article_id "
               "LEFT JOIN speakers s ON s.id = a.speaker_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY ar.published DESC, a.article_id, a.n LIMIT ? OFFSET ?"
        return [Hit(**dict(r)) for r in self.db.execute(sql, args + [limit, offset])]

    def search_articles(self, query: str, limit: int = 20) -> list[sqlite3.Row]:
        q = fts_query(query)
        if not q:
            return []
        return self.db.execute(
            "SELECT ar.id, ar.title, ar.outlet, ar.published FROM articles_fts f JOIN articles ar ON ar.rowid = f.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (q, limit)).fetchall()

    def speakers(self, top: int = 20, offset: int = 0) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM speakers ORDER BY quotes DESC, name LIMIT ? OFFSET ?",
                               (top, offset)).fetchall()

    def speaker(self, speaker_id: int) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM speakers WHERE id = ?", (speaker_id,)).fetchone()

    def article(self, article_id: str) -> tuple[sqlite3.Row, list[sqlite3.Row]] | None:
        art = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if art is None:
            return None
        atts = self.db.execute("SELECT * FROM attributions WHERE article_id = ? ORDER BY n", (article_id,)).fetchall()
        return art, atts

    def iter_articles(self) -> Iterator[tuple[sqlite3.Row, list[sqlite3.Row]]]:
        for art in self.db.execute("SELECT * FROM articles ORDER BY rowid"):
            atts = self.db.execute("SELECT * FROM attributions WHERE article_id = ? ORDER BY n", (art["id"],)).fetchall()
            yield art, atts

    def iter_attribution_rows(self) -> Iterator[dict]:
        sql = ("SELECT a.article_id, ar.url, ar.outlet, ar.title, ar.published, a.n, a.kind, a.content, "
               "a.content_start, a.content_end, coalesce(s.name, a.speaker) AS speaker, a.speaker AS speaker_in_article, "
               "a.mention, a.cue, a.anonymous, a.speaker_type, a.role, a.gender, a.gender_evidence, a.confidence "
               "FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN speakers s ON s.id = a.speaker_id "
               "ORDER BY ar.rowid, a.n")
        for r in self.db.execute(sql):
            yield dict(r)


def attribution_dict(row: sqlite3.Row) -> dict:
    """A stored attribution back in the output format."""
    def span(prefix: str, text_col: str):
        if row[f"{prefix}_start"] is None:
            return None
        return {"start": row[f"{prefix}_start"], "end": row[f"{prefix}_end"], "text": row[text_col]}
    return {
        "kind": row["kind"],
        "content": {"start": row["content_start"], "end": row["content_end"], "text": row["content"]},
        "speaker": row["speaker"],
        "speaker_mention": span("mention", "mention"),
        "cue": span("cue", "cue"),
        "anonymous": bool(row["anonymous"]),
        "speaker_type": row["speaker_type"], "role": row["role"], "gender": row["gender"],
        "gender_evidence": row["gender_evidence"], "confidence": row["confidence"],
    }


def _attribution_row(article_id: str, n: int, a: dict) -> tuple:
    c, m, q = a["content"], a.get("speaker_mention") or {}, a.get("cue") or {}
    return (article_id, n, a["kind"], c["start"], c["end"], c["text"], a.get("speaker"), fold(a.get("speaker")) or None,
            m.get("start"), m.get("end"), m.get("text"), q.get("start"), q.get("end"), q.get("text"),
            int(bool(a.get("anonymous"))), a.get("speaker_type"), a.get("role"), a.get("gender"),
            a.get("gender_evidence"), a.get("confidence"))


def _date(value) -> str | None:
    """ISO date (YYYY-MM-DD) of whatever the reader gave, or None."""
    if not value:
        return None
    text = str(value).strip()
    return text[:10] if len(text) >= 10 and text[4] == "-" else text
