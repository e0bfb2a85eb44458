"""The SQLite corpus store.

Tables: ``articles`` (id, url, outlet, title, published, text, content hash),
``attributions`` (every field of the output format, and the speaker's id),
``speakers`` (one row per person or organisation across the corpus, with
aliases, roles and counts), ``speaker_keys`` (every folded name that points to a
speaker), ``speaker_facets`` (how often each speaker was given each name, type,
gender, role and alias), ``appearances`` (each speaker once per article and kind
of quotation, with the gender the article gives them), ``parity_month`` (persons
and their quotations per month, outlet and gender) and ``totals``; and two FTS5
indexes, over quotation contents and
over article texts, that ignore case and accents (« bonne annee » finds
« bonne année »).

Ingestion is idempotent and crash-safe: a batch of articles, their
attributions, their speakers and the aggregates are written in one
transaction, keyed by the hash of each text, in WAL mode; a run killed at any
point and started again stores every article exactly once. Speakers and
aggregates are updated by what each batch adds, so the cost of an ingestion
grows with the batch, not with the corpus; ``rebuild_speakers`` recomputes them
all on request.
"""
from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..text import name_clean, text_hash

SCHEMA_VERSION = "4"
SCHEMA = """
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT UNIQUE NOT NULL,
    hash TEXT UNIQUE NOT NULL,
    url TEXT, outlet TEXT, title TEXT, published TEXT,
    text TEXT NOT NULL,
    source TEXT, outlet_key TEXT
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
    confidence REAL, speaker_evidence TEXT,
    UNIQUE (article_id, n)
);
CREATE INDEX IF NOT EXISTS attributions_speaker ON attributions(speaker_key);
CREATE INDEX IF NOT EXISTS attributions_speaker_id ON attributions(speaker_id);
CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY,
    key TEXT UNIQUE NOT NULL,
    name TEXT NOT NULL,
    last TEXT, nwords INTEGER NOT NULL DEFAULT 1,
    type TEXT, gender TEXT, anonymous INTEGER NOT NULL DEFAULT 0,
    aliases TEXT NOT NULL DEFAULT '[]',
    roles TEXT NOT NULL DEFAULT '[]',
    quotes INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS speakers_last ON speakers(last, nwords);
CREATE INDEX IF NOT EXISTS speakers_quotes ON speakers(quotes DESC, name);
CREATE TABLE IF NOT EXISTS speaker_keys (
    key TEXT PRIMARY KEY,
    speaker_id INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS speaker_keys_speaker ON speaker_keys(speaker_id);
CREATE TABLE IF NOT EXISTS speaker_facets (
    speaker_id INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, facet, value)
);
CREATE TABLE IF NOT EXISTS appearances (
    article_id TEXT NOT NULL, speaker_id INTEGER NOT NULL, kind TEXT NOT NULL,
    gender TEXT NOT NULL, speaker_type TEXT, published TEXT, outlet TEXT, outlet_key TEXT,
    quotes INTEGER NOT NULL,
    PRIMARY KEY (article_id, speaker_id, kind)
);
CREATE INDEX IF NOT EXISTS appearances_published ON appearances(published);
CREATE INDEX IF NOT EXISTS appearances_speaker ON appearances(speaker_id);
CREATE TABLE IF NOT EXISTS parity_month (
    period TEXT NOT NULL, outlet TEXT NOT NULL, gender TEXT NOT NULL, people INTEGER NOT NULL, quotes INTEGER NOT NULL,
    PRIMARY KEY (period, outlet, gender)
);
CREATE TABLE IF NOT EXISTS totals (name TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
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
FACET_UPSERT = ("INSERT INTO speaker_facets (speaker_id, facet, value, n) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (speaker_id, facet, value) DO UPDATE SET n = n + excluded.n")
# (« WHERE … AND true »: SQLite needs a WHERE before ON CONFLICT in an INSERT … SELECT)
FACETS_MOVE = ("INSERT INTO speaker_facets (speaker_id, facet, value, n) "
               "SELECT ?, facet, value, n FROM speaker_facets WHERE speaker_id = ? AND true "
               "ON CONFLICT (speaker_id, facet, value) DO UPDATE SET n = n + excluded.n")


class StoreError(Exception):
    """A database path that cannot serve as a guillemets corpus; the message says why."""


content_hash = text_hash  # the identity of an article, as the readers compute it


def fold(name: str | None) -> str:
    """Lower case, no accents, no invisible characters, single spaces: the key that
    compares speaker names."""
    name = unicodedata.normalize("NFKD", name_clean(name) or "")
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold()
    for c in "’'-.,«»\"":
        name = name.replace(c, " ")
    return " ".join(name.split())


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: each word a quoted term, all required."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " ".join(f'"{w}"' for w in words)


def like_pattern(text: str) -> str:
    """``%text%`` for LIKE … ESCAPE '\\', the user's own % and _ taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


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
    speaker_id: int | None = None
    confidence: float | None = None


@dataclass
class Added:
    """What ``Store.add`` wrote: the ids of the new articles, and the ids given instead of
    ones already taken by another text."""
    ids: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str, str]] = field(default_factory=list)  # (source, id asked for, id given)

    def __len__(self) -> int:
        return len(self.ids)


class Store:
    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        p = Path(self.path)
        if p.is_dir():
            raise StoreError(f"« {p} » est un dossier, pas une base de données (--db FICHIER.sqlite)")
        if readonly and not p.exists():
            raise StoreError(f"aucune base à « {p} » : lancez d'abord guillemets ingest")
        if not readonly and not p.parent.exists():
            raise StoreError(f"le dossier « {p.parent} » n'existe pas : créez-le, ou choisissez un autre --db")
        try:
            if readonly:
                self.db = sqlite3.connect(f"file:{p.resolve()}?mode=ro", uri=True, check_same_thread=False)
            else:
                self.db = sqlite3.connect(self.path, check_same_thread=False)
            self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"« {p} » n'est pas une base SQLite ({e})") from None
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if readonly:
            self._check_schema()
        else:
            self._create_schema()

    def _version(self) -> str | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None

    def _check_schema(self) -> None:
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "articles" not in tables:
            raise StoreError(f"« {self.path} » n'est pas une base guillemets (vide, ou d'un autre logiciel)")
        if self._version() != SCHEMA_VERSION:
            raise StoreError(f"« {self.path} » vient d'une version antérieure de guillemets : "
                             f"mettez-la à jour avec guillemets rebuild --db {self.path}")

    def _create_schema(self) -> None:
        """Create what is missing; a database from an earlier version gets the columns it
        lacks, then its speakers and aggregates computed once."""
        try:
            cols = {r[1] for r in self.db.execute("PRAGMA table_info(speakers)")}
            if cols and "last" not in cols:
                with self.db:
                    self.db.execute("ALTER TABLE speakers ADD COLUMN last TEXT")
                    self.db.execute("ALTER TABLE speakers ADD COLUMN nwords INTEGER NOT NULL DEFAULT 1")
            cols = {r[1] for r in self.db.execute("PRAGMA table_info(articles)")}
            if cols and "outlet_key" not in cols:
                with self.db:
                    self.db.execute("ALTER TABLE articles ADD COLUMN outlet_key TEXT")
                    for rowid, outlet in self.db.execute("SELECT rowid, outlet FROM articles").fetchall():
                        self.db.execute("UPDATE articles SET outlet_key = ? WHERE rowid = ?", (fold(outlet) or None, rowid))
            cols = {r[1] for r in self.db.execute("PRAGMA table_info(attributions)")}
            if cols and "speaker_evidence" not in cols:
                with self.db:
                    self.db.execute("ALTER TABLE attributions ADD COLUMN speaker_evidence TEXT")
            self.db.executescript(SCHEMA)
            if self._version() != SCHEMA_VERSION:
                self.rebuild_speakers()
                with self.db:
                    self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
        except sqlite3.DatabaseError as e:
            raise StoreError(f"« {self.path} » n'est pas une base guillemets utilisable ({e})") from None

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

    def add(self, records: Iterable[tuple[dict, list[dict]]]) -> Added:
        """Store articles with their attributions, speakers and aggregates, all in one
        transaction. An article whose text is stored already is skipped; one whose id is
        taken by another text is stored as ``id~hash``."""
        out = Added()
        with self.db:
            speakers = _Speakers(self.db)
            counts: Counter = Counter()
            appearances: list[tuple] = []
            for art, atts in records:
                h = art.get("hash") or text_hash(art["text"])
                art_id = art["id"]
                taken = self.db.execute("SELECT hash FROM articles WHERE id = ?", (art_id,)).fetchone()
                if taken is not None and taken[0] != h:
                    art_id = f"{art_id}~{h[:10]}"
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO articles (id, hash, url, outlet, title, published, text, source, outlet_key) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (art_id, h, art.get("url"), art.get("outlet"), art.get("title"),
                     _date(art.get("published")), art["text"], art.get("source"), fold(art.get("outlet")) or None))
                if cur.rowcount == 0:
                    continue
                if art_id != art["id"]:
                    out.renamed.append((art.get("source") or "", art["id"], art_id))
                out.ids.append(art_id)
                rows = [_attribution_row(art_id, n, a, speakers.id_for(a)) for n, a in enumerate(atts)]
                self.db.executemany(
                    "INSERT INTO attributions (article_id, n, kind, content_start, content_end, content, speaker, "
                    "speaker_key, mention_start, mention_end, mention, cue_start, cue_end, cue, anonymous, "
                    "speaker_type, role, gender, gender_evidence, confidence, speaker_id, speaker_evidence) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
                published = _date(art.get("published"))
                for a in atts:
                    speakers.count(a, art_id, (published or "")[:7], art.get("outlet"))
                appearances.extend(_appearances(art_id, [(r[-2], a) for r, a in zip(rows, atts)], published,
                                                art.get("outlet")))
                counts["articles"] += 1
                counts["attributions"] += len(atts)
            speakers.flush()
            self._add_appearances(appearances)
            self.db.executemany("INSERT INTO totals (name, n) VALUES (?, ?) "
                                "ON CONFLICT (name) DO UPDATE SET n = n + excluded.n", list(counts.items()))
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
        return out

    # -- speakers across articles ---------------------------------------------------
    def rebuild_speakers(self) -> int:
        """Recompute every speaker, and the aggregates, from all attributions. A one-word name
        (a surname) joins the one full name of the corpus that ends with it, and only when there
        is exactly one: full names are gathered first."""
        with self.db:
            for table in ("speakers", "speaker_keys", "speaker_facets", "appearances", "parity_month", "totals"):
                self.db.execute(f"DELETE FROM {table}")
            speakers = _Speakers(self.db)
            cols = ("a.rowid, a.article_id, a.speaker, a.speaker_key, a.speaker_type, a.gender, a.anonymous, a.role, "
                    "a.mention, ar.published, ar.outlet")
            for first in (True, False):  # full names, then the rest
                op = ">" if first else "<="
                cur = self.db.execute(f"SELECT {cols} FROM attributions a JOIN articles ar ON ar.id = a.article_id "
                                      f"WHERE a.speaker_key IS NOT NULL "
                                      f"AND length(a.speaker_key) - length(replace(a.speaker_key, ' ', '')) {op} 0 "
                                      f"ORDER BY a.rowid")
                while rows := cur.fetchmany(5000):
                    updates = []
                    for r in rows:
                        a = {"speaker": r["speaker"], "speaker_type": r["speaker_type"], "gender": r["gender"],
                             "anonymous": r["anonymous"], "role": r["role"],
                             "speaker_mention": {"text": r["mention"]} if r["mention"] else None}
                        updates.append((speakers.id_for(a), r["rowid"]))
                        speakers.count(a, r["article_id"], (r["published"] or "")[:7], r["outlet"])
                    self.db.executemany("UPDATE attributions SET speaker_id = ? WHERE rowid = ?", updates)
            speakers.flush()
            self.db.execute("UPDATE attributions SET speaker_id = NULL WHERE speaker_key IS NULL")
            cur = self.db.execute("SELECT a.article_id, a.speaker_id, a.kind, a.gender, a.speaker_type, ar.published, "
                                  "ar.outlet FROM attributions a JOIN articles ar ON ar.id = a.article_id "
                                  "WHERE a.speaker_id IS NOT NULL ORDER BY ar.rowid, a.n")
            found, current, batch = [], None, []
            for r in cur:
                if current is not None and r["article_id"] != current[0]:
                    found.extend(_appearances(current[0], batch, current[1], current[2]))
                    batch = []
                current = (r["article_id"], r["published"], r["outlet"])
                batch.append((r["speaker_id"], {"kind": r["kind"], "gender": r["gender"],
                                                "speaker_type": r["speaker_type"]}))
            if current is not None:
                found.extend(_appearances(current[0], batch, current[1], current[2]))
            self._add_appearances(found)
            self.db.execute("INSERT INTO totals (name, n) SELECT 'articles', count(*) FROM articles")
            self.db.execute("INSERT INTO totals (name, n) SELECT 'attributions', count(*) FROM attributions")
        return self.db.execute("SELECT count(*) FROM speakers").fetchone()[0]

    # -- reading --------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        totals = dict(self.db.execute("SELECT name, n FROM totals").fetchall())
        return {"articles": totals.get("articles", 0), "attributions": totals.get("attributions", 0),
                "speakers": self.db.execute("SELECT count(*) FROM speakers").fetchone()[0]}

    def _add_appearances(self, rows: list[tuple]) -> None:
        """Who appears in which article (and how often, in which kind of quotation), and the
        monthly parity counts of persons by outlet, for what a batch adds."""
        self.db.executemany("INSERT OR REPLACE INTO appearances (article_id, speaker_id, kind, gender, speaker_type, "
                            "published, outlet, outlet_key, quotes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        month: Counter = Counter()
        people: dict[tuple, set] = {}
        for art_id, sid, kind, gender, stype, published, outlet, _, quotes in rows:
            if stype != "person":
                continue
            key = ((published or "")[:7], outlet or "", gender)
            month[key] += quotes
            people.setdefault(key, set()).add((art_id, sid))
        self.db.executemany("INSERT INTO parity_month (period, outlet, gender, people, quotes) VALUES (?, ?, ?, ?, ?) "
                            "ON CONFLICT (period, outlet, gender) DO UPDATE SET people = people + excluded.people, "
                            "quotes = quotes + excluded.quotes",
                            [(p, o, g, len(people[(p, o, g)]), q) for (p, o, g), q in month.items()])

    def parity_month(self) -> list[sqlite3.Row]:
        """The monthly parity counts of persons (kept up to date at ingestion): period, outlet,
        gender, people (once per article), quotes."""
        return self.db.execute("SELECT period, outlet, gender, people, quotes FROM parity_month").fetchall()

    def appearances(self, since: str | None = None, until: str | None = None, outlet: str | None = None,
                    persons_only: bool = True) -> Iterator[sqlite3.Row]:
        """One row per speaker, article and kind of quotation, with the gender the article gives."""
        where, args = _dates_and_outlet("", since, until, outlet)
        if persons_only:
            where.append("speaker_type = 'person'")
        sql = "SELECT article_id, speaker_id, kind, gender, speaker_type, published, outlet, quotes FROM appearances"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return self.db.execute(sql, args)

    def _search_where(self, query: str = "", speaker: str | None = None, outlet: str | None = None,
                      since: str | None = None, until: str | None = None, kind: str | None = None,
                      speaker_id: int | None = None, min_confidence: float = 0.0) -> tuple[list[str], list] | None:
        where, args = [], []
        if min_confidence > 0:
            where.append("a.confidence >= ?")
            args.append(min_confidence)
        if query.strip():
            q = fts_query(query)
            if not q:
                return None
            where.append("a.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            args.append(f"content : ({q})")
        if speaker_id is not None:
            where.append("a.speaker_id = ?")
            args.append(speaker_id)
        if speaker:
            where.append("a.speaker_id IN (SELECT speaker_id FROM speaker_keys WHERE key LIKE ? ESCAPE '\\' "
                         "UNION SELECT id FROM speakers WHERE aliases LIKE ? ESCAPE '\\')")
            args += [like_pattern(fold(speaker)), like_pattern(speaker)]
        more_where, more_args = _dates_and_outlet("ar.", since, until, outlet)
        where += more_where
        args += more_args
        if kind:
            where.append("a.kind = ?")
            args.append(kind)
        return where, args

    def search(self, query: str = "", speaker: str | None = None, outlet: str | None = None,
               since: str | None = None, until: str | None = None, kind: str | None = None,
               limit: int = 50, offset: int = 0, speaker_id: int | None = None,
               min_confidence: float = 0.0) -> list[Hit]:
        found = self._search_where(query, speaker, outlet, since, until, kind, speaker_id, min_confidence)
        if found is None:
            return []
        where, args = found
        sql = ("SELECT a.article_id, a.n, a.kind, a.content, coalesce(s.name, a.speaker) AS speaker, a.cue, "
               "ar.outlet, ar.published, ar.title, a.speaker_id, a.confidence FROM attributions a "
               "JOIN articles ar ON ar.id = a.article_id LEFT JOIN speakers s ON s.id = a.speaker_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY ar.published DESC, a.article_id, a.n LIMIT ? OFFSET ?"
        return [Hit(**dict(r)) for r in self.db.execute(sql, args + [limit, offset])]

    def search_total(self, query: str = "", speaker: str | None = None, outlet: str | None = None,
                     since: str | None = None, until: str | None = None, kind: str | None = None,
                     min_confidence: float = 0.0) -> int:
        """How many quotations a search finds in all (not only on its page)."""
        found = self._search_where(query, speaker, outlet, since, until, kind, None, min_confidence)
        if found is None:
            return 0
        where, args = found
        join = " JOIN articles ar ON ar.id = a.article_id" if outlet or since or until else ""
        sql = f"SELECT count(*) FROM attributions a{join}" + (" WHERE " + " AND ".join(where) if where else "")
        return self.db.execute(sql, args).fetchone()[0]

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

    def top_by_gender(self, gender: str, limit: int = 10) -> list[sqlite3.Row]:
        """The named persons of one gender quoted in the most articles."""
        return self.db.execute("SELECT id, name, quotes, articles FROM speakers WHERE gender = ? AND type = 'person' "
                               "AND anonymous = 0 ORDER BY articles DESC, quotes DESC, name LIMIT ?",
                               (gender, limit)).fetchall()

    def speaker_facet(self, speaker_id: int, facet: str) -> dict[str, int]:
        """How often a speaker was quoted per value of ``facet`` (``month``, ``outlet``, ``name``,
        ``type``, ``gender``, ``role``, ``alias``)."""
        return dict(self.db.execute("SELECT value, n FROM speaker_facets WHERE speaker_id = ? AND facet = ?",
                                    (speaker_id, facet)).fetchall())

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
               "a.mention, a.cue, a.anonymous, a.speaker_type, a.role, a.gender, a.gender_evidence, a.confidence, "
               "a.speaker_evidence, a.speaker_id FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN speakers s ON s.id = a.speaker_id "
               "ORDER BY ar.rowid, a.n")
        for r in self.db.execute(sql):
            yield dict(r)


class _Speakers:
    """Speakers updated by the attributions of one batch (inside the caller's transaction).

    A folded name (its key) points to one speaker. A new one-word key joins the one full
    name of the corpus that ends with it, if there is exactly one; a new full name takes in
    a one-word speaker standing alone that ends it, if it is the first full name to do so.
    Counts go to ``speaker_facets`` (the number of articles too: each batch brings new
    articles only); ``flush`` recomputes the rows of the speakers touched from their facets."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.ids: dict[str, int] = {}
        self.facets: Counter = Counter()
        self.articles: dict[int, set[str]] = {}  # speaker → the batch's articles quoting it
        self.touched: set[int] = set()

    def id_for(self, a: dict) -> int | None:
        key = fold(a.get("speaker"))
        if not key:
            return None
        if key in self.ids:
            return self.ids[key]
        row = self.db.execute("SELECT speaker_id FROM speaker_keys WHERE key = ?", (key,)).fetchone()
        if row is not None:
            sid = row[0]
        else:
            sid = self._new_key(key, bool(a.get("anonymous")), name_clean(a.get("speaker")) or key)
        self.ids[key] = sid
        return sid

    def _new_key(self, key: str, anonymous: bool, name: str) -> int:
        words = key.split()
        if len(words) == 1 and not anonymous:
            full = self.db.execute("SELECT id FROM speakers WHERE last = ? AND nwords >= 2 AND anonymous = 0 LIMIT 2",
                                   (key,)).fetchall()
            if len(full) == 1:
                self.db.execute("INSERT INTO speaker_keys (key, speaker_id) VALUES (?, ?)", (key, full[0][0]))
                return full[0][0]
        sid = self.db.execute("INSERT INTO speakers (key, name, last, nwords, anonymous) VALUES (?, ?, ?, ?, ?)",
                              (key, name, words[-1], len(words), int(anonymous))).lastrowid
        self.db.execute("INSERT INTO speaker_keys (key, speaker_id) VALUES (?, ?)", (key, sid))
        if len(words) >= 2 and not anonymous:
            self._take_in_surname(words[-1], sid)
        return sid

    def _take_in_surname(self, last: str, sid: int) -> None:
        """The first full name ending with a surname that speaks alone takes it in."""
        fulls = self.db.execute("SELECT count(*) FROM speakers WHERE last = ? AND nwords >= 2 AND anonymous = 0",
                                (last,)).fetchone()[0]
        alone = self.db.execute("SELECT id FROM speakers WHERE key = ? AND anonymous = 0", (last,)).fetchone()
        if fulls != 1 or alone is None:
            return
        old = alone[0]
        self.db.execute("UPDATE speaker_keys SET speaker_id = ? WHERE speaker_id = ?", (sid, old))
        self.db.execute("UPDATE attributions SET speaker_id = ? WHERE speaker_id = ?", (sid, old))
        self.db.execute(FACETS_MOVE, (sid, old))
        self.db.execute("DELETE FROM speaker_facets WHERE speaker_id = ?", (old,))
        self.db.execute("DELETE FROM speakers WHERE id = ?", (old,))
        # articles quoting either form, counted once: exactly, from what is stored so far (a rare event)
        stored = self.db.execute("SELECT count(DISTINCT article_id) FROM attributions WHERE speaker_id = ?",
                                 (sid,)).fetchone()[0]
        self.db.execute("INSERT OR REPLACE INTO speaker_facets (speaker_id, facet, value, n) "
                        "VALUES (?, 'articles', '', ?)", (sid, stored))
        self.articles.pop(old, None)
        self.articles.pop(sid, None)
        for key, value in list(self.ids.items()):
            if value == old:
                self.ids[key] = sid
        for (s, facet, value), n in list(self.facets.items()):
            if s == old:
                del self.facets[(s, facet, value)]
                self.facets[(sid, facet, value)] += n
        self.touched.discard(old)
        self.touched.add(sid)

    def count(self, a: dict, article_id: str, period: str = "", outlet: str | None = None) -> None:
        sid = self.id_for(a)
        if sid is None:
            return
        self.touched.add(sid)
        self.articles.setdefault(sid, set()).add(article_id)
        if period:
            self.facets[(sid, "month", period)] += 1
        self.facets[(sid, "outlet", outlet or "")] += 1
        name = name_clean(a.get("speaker"))
        self.facets[(sid, "name", name)] += 1
        self.facets[(sid, "type", a.get("speaker_type") or "unknown")] += 1
        if a.get("gender") and a.get("gender") != "unknown":
            self.facets[(sid, "gender", a["gender"])] += 1
        if a.get("anonymous"):
            self.facets[(sid, "anonymous", "1")] += 1
        if a.get("role"):
            self.facets[(sid, "role", name_clean(a["role"]))] += 1
        mention = name_clean((a.get("speaker_mention") or {}).get("text"))
        if mention and fold(mention) not in PRONOUN_KEYS and len(mention.split()) <= 8:
            self.facets[(sid, "alias", mention)] += 1

    def flush(self) -> None:
        for sid, arts in self.articles.items():
            self.facets[(sid, "articles", "")] += len(arts)
        self.articles.clear()
        self.db.executemany(FACET_UPSERT, [(s, f, v, n) for (s, f, v), n in self.facets.items()])
        self.facets.clear()
        for sid in self.touched:
            self._refresh(sid)
        self.touched.clear()

    def _refresh(self, sid: int) -> None:
        facets: dict[str, Counter] = {}
        for facet, value, n in self.db.execute("SELECT facet, value, n FROM speaker_facets WHERE speaker_id = ?", (sid,)):
            facets.setdefault(facet, Counter())[value] = n
        names = facets.get("name", Counter())
        if not names:
            return
        name = max(names, key=lambda v: (names[v], len(v), v))
        seen = {fold(name)}
        aliases = []
        for alias in sorted(set(names) | set(facets.get("alias", ())), key=lambda v: (-len(v), v)):
            if fold(alias) not in seen:  # no repeats that differ only by case or accents, never the name itself
                seen.add(fold(alias))
                aliases.append(alias)
        roles = set(facets.get("role", ()))
        roles |= {r for r in (_role_of(a) for a in aliases) if r and not any(r in x for x in roles)}
        types, genders = facets.get("type", Counter()), facets.get("gender", Counter())
        stype = max(types, key=lambda t: (types[t] if t != "unknown" else -1, t)) if types else "unknown"
        gender = max(genders, key=lambda g: (genders[g], g)) if genders else "unknown"
        articles = facets.get("articles", Counter()).get("", 0)
        self.db.execute(
            "UPDATE speakers SET name = ?, type = ?, gender = ?, anonymous = ?, aliases = ?, roles = ?, quotes = ?, "
            "articles = ? WHERE id = ?",
            (name, stype, gender, int(bool(facets.get("anonymous"))), json.dumps(sorted(aliases), ensure_ascii=False),
             json.dumps(sorted(roles), ensure_ascii=False), sum(names.values()), articles, sid))


def _dates_and_outlet(prefix: str, since: str | None, until: str | None, outlet: str | None) -> tuple[list, list]:
    """SQL conditions on a publication date range (a month or a year counts whole: « until 2024-11 »)
    and on an outlet, accents and case ignored, for columns ``published`` and ``outlet_key``."""
    where, args = [], []
    if since:
        where.append(f"{prefix}published >= ?")
        args.append(since)
    if until:
        where.append(f"{prefix}published <= ?")
        args.append(until + "\uffff" if len(until) < 10 else until)
    if outlet:
        where.append(f"{prefix}outlet_key LIKE ? ESCAPE '\\'")
        args.append(like_pattern(fold(outlet)))
    return where, args


def _role_of(alias: str) -> str | None:
    """« le préfet », « la ministre des Finances »: an alias that is a title is a role."""
    from ..lexicon import load
    words = alias.replace("’", "'").split()
    while words and words[0].lower() in ("le", "la", "les", "l'", "son", "sa", "ce", "cette"):
        words = words[1:]
    if words and words[0].lower().startswith("l'"):
        words[0] = words[0][2:]
    if not words or not words[0].islower() or not load().is_title(words[0], words[0]):
        return None
    return " ".join(words)


def _appearances(article_id: str, quoted: list[tuple[int | None, dict]], published: str | None,
                 outlet: str | None) -> list[tuple]:
    """The appearance rows of one article: each speaker once per kind of quotation, with the
    gender the article gives them (the one most of their attributions carry)."""
    by_speaker: dict[int, list[dict]] = {}
    for sid, a in quoted:
        if sid is not None:
            by_speaker.setdefault(sid, []).append(a)
    rows = []
    for sid, atts in by_speaker.items():
        genders = Counter(a.get("gender") for a in atts)
        f, m = genders["female"], genders["male"]
        gender = "female" if f > m else "male" if m > f else "unknown"
        stype = Counter(a.get("speaker_type") or "unknown" for a in atts).most_common(1)[0][0]
        for kind, n in Counter(a["kind"] for a in atts).items():
            rows.append((article_id, sid, kind, gender, stype, published, outlet, fold(outlet) or None, n))
    return rows


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
        "speaker_evidence": row["speaker_evidence"], "speaker_id": row["speaker_id"],
    }


def _attribution_row(article_id: str, n: int, a: dict, speaker_id: int | None) -> tuple:
    c, m, q = a["content"], a.get("speaker_mention") or {}, a.get("cue") or {}
    return (article_id, n, a["kind"], c["start"], c["end"], c["text"], a.get("speaker"), fold(a.get("speaker")) or None,
            m.get("start"), m.get("end"), m.get("text"), q.get("start"), q.get("end"), q.get("text"),
            int(bool(a.get("anonymous"))), a.get("speaker_type"), a.get("role"), a.get("gender"),
            a.get("gender_evidence"), a.get("confidence"), speaker_id, a.get("speaker_evidence"))


def _date(value) -> str | None:
    """ISO date (YYYY-MM-DD) of whatever the reader gave, or None."""
    if not value:
        return None
    text = str(value).strip()
    return text[:10] if len(text) >= 10 and text[4] == "-" else text
