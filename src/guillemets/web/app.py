"""FastAPI application: a JSON API with its OpenAPI schema, and server-rendered pages.

The database is opened read-only, one connection per request; every text from an
article or a user is escaped by Jinja2's autoescaping or by ``render``; request
bodies over ``max_body`` bytes get 413; static files come from the package's own
``static`` folder only.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Iterator, Literal, Optional

from fastapi import Depends, FastAPI, Form, HTTPException, Path as PathParam, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from ..store import Store
from ..store.sqlite import attribution_dict
from . import render

HERE = Path(__file__).parent
MAX_BODY = 1_000_000  # bytes; an article is rarely over 100 kB
MAX_TEXT = 200_000    # characters accepted for extraction
SQLITE_MAX_INT = 2**63 - 1
_extract_lock = threading.Lock()


# -- API models (they make the OpenAPI schema) --------------------------------------------

class SpanOut(BaseModel):
    start: int
    end: int
    text: str


class AttributionOut(BaseModel):
    kind: Literal["direct", "indirect", "mixed"]
    content: SpanOut
    speaker: Optional[str] = None
    speaker_mention: Optional[SpanOut] = None
    cue: Optional[SpanOut] = None
    anonymous: bool = False
    speaker_type: Optional[str] = None
    role: Optional[str] = None
    gender: Optional[str] = None
    gender_evidence: Optional[str] = None
    confidence: Optional[float] = None


class ErrorOut(BaseModel):
    detail: str


NOT_FOUND = {404: {"model": ErrorOut, "description": "No such item, or no corpus being served"}}
TOO_LARGE = {413: {"model": ErrorOut, "description": "Request body over the size limit"}}


class ExtractIn(BaseModel):
    text: str = Field(..., max_length=MAX_TEXT, description="The article text, French.")


class ExtractOut(BaseModel):
    attributions: list[AttributionOut]


class QuoteOut(BaseModel):
    article_id: str
    n: int
    kind: str
    content: str
    speaker: Optional[str] = None
    cue: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    title: Optional[str] = None


class QuotesPage(BaseModel):
    page: int
    per_page: int
    results: list[QuoteOut]


class SpeakerOut(BaseModel):
    id: int
    name: str
    type: Optional[str] = None
    gender: Optional[str] = None
    anonymous: bool
    aliases: list[str]
    roles: list[str]
    quotes: int
    articles: int


class SpeakerDetail(SpeakerOut):
    quotations: list[QuoteOut]


class ArticleOut(BaseModel):
    id: str
    url: Optional[str] = None
    outlet: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    text: str
    attributions: list[AttributionOut]


# -- the application --------------------------------------------------------------------

class BodyLimit:
    """ASGI middleware: 413 for a request body over ``limit`` bytes, declared or streamed."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            return await _too_large(send)
        seen = 0

        async def limited():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return message
        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await _too_large(send)


class _TooLarge(Exception):
    pass


async def _too_large(send) -> None:
    body = b'{"detail":"request body too large"}'
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def create_app(db: str | Path | None, max_body: int = MAX_BODY) -> FastAPI:
    app = FastAPI(title="guillemets", version="0.4.0",
                  description="Who said what in French news: extraction and a searchable corpus of quotations.")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    db_path = Path(db) if db else None

    def store() -> Iterator[Store | None]:
        if db_path is None or not db_path.exists():
            yield None
            return
        s = Store(db_path, readonly=True)
        try:
            yield s
        finally:
            s.close()

    def need(s: Store | None) -> Store:
        if s is None:
            raise HTTPException(404, "no corpus database is being served")
        return s

    def page(request: Request, name: str, **ctx) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"has_db": db_path is not None, **ctx})

    # -- JSON API ------------------------------------------------------------------------
    @app.post("/api/extract", response_model=ExtractOut, tags=["api"], summary="Attributions of a text",
              responses=TOO_LARGE)
    def api_extract(body: ExtractIn) -> dict:
        return {"attributions": _extract(body.text)}

    @app.get("/api/quotes", response_model=QuotesPage, tags=["api"], summary="Search quotations", responses=NOT_FOUND)
    def api_quotes(q: str = Query("", max_length=500, description="Words, accents and case ignored"),
                   speaker: Optional[str] = Query(None, max_length=200),
                   outlet: Optional[str] = Query(None, max_length=200),
                   kind: Optional[Literal["direct", "indirect", "mixed"]] = None,
                   since: Optional[str] = Query(None, max_length=10, description="YYYY-MM-DD"),
                   until: Optional[str] = Query(None, max_length=10, description="YYYY-MM-DD"),
                   page: int = Query(1, ge=1, le=100_000), per_page: int = Query(20, ge=1, le=200),
                   s: Store | None = Depends(store)) -> dict:
        hits = need(s).search(q, speaker=speaker, outlet=outlet, kind=kind, since=since, until=until,
                              limit=per_page, offset=(page - 1) * per_page)
        return {"page": page, "per_page": per_page, "results": [h.__dict__ for h in hits]}

    @app.get("/api/speakers", response_model=list[SpeakerOut], tags=["api"], summary="Most quoted speakers",
             responses=NOT_FOUND)
    def api_speakers(limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=10**9),
                     s: Store | None = Depends(store)) -> list[dict]:
        return [_speaker(r) for r in need(s).speakers(limit, offset)]

    @app.get("/api/speakers/{speaker_id}", response_model=SpeakerDetail, tags=["api"], summary="One speaker",
             responses=NOT_FOUND)
    def api_speaker(speaker_id: int = PathParam(..., ge=1, le=SQLITE_MAX_INT), s: Store | None = Depends(store)) -> dict:
        r = need(s).speaker(speaker_id)
        if r is None:
            raise HTTPException(404, "no such speaker")
        return {**_speaker(r), "quotations": [h.__dict__ for h in _speaker_quotes(s, speaker_id)]}

    @app.get("/api/articles/{article_id}", response_model=ArticleOut, tags=["api"], summary="One article",
             responses=NOT_FOUND)
    def api_article(article_id: str = PathParam(..., max_length=500), s: Store | None = Depends(store)) -> dict:
        found = need(s).article(article_id)
        if found is None:
            raise HTTPException(404, "no such article")
        art, rows = found
        return {**{k: art[k] for k in ("id", "url", "outlet", "title", "published", "text")},
                "attributions": [attribution_dict(r) for r in rows]}

    # -- pages -----------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request, s: Store | None = Depends(store)):
        if s is None:
            return page(request, "analyse.html", text="", result=None)
        top = s.speakers(15)
        bars = render.bar_chart([(r["name"], r["quotes"]) for r in top], "Personnes et sources les plus citées",
                                href=lambda name: f"/speakers/{_id_by_name(top, name)}")
        by_type = _over_time(s, "coalesce(a.speaker_type, 'unknown')")
        by_gender = _over_time(s, "coalesce(a.gender, 'unknown')", persons_only=True)
        return page(request, "overview.html", counts=s.counts(), top=bars,
                    by_type=render.stacked_chart(*by_type, "Part des citations par type de source"),
                    by_gender=render.stacked_chart(*by_gender, "Part des citations de personnes par genre"))

    @app.get("/analyse", response_class=HTMLResponse, include_in_schema=False)
    def analyse_form(request: Request):
        return page(request, "analyse.html", text="", result=None)

    @app.post("/analyse", response_class=HTMLResponse, include_in_schema=False)
    def analyse(request: Request, text: str = Form("", max_length=MAX_TEXT)):
        atts = _extract(text) if text.strip() else []
        colours = render.speaker_classes(atts)
        return page(request, "analyse.html", text=text, result=atts, colours=colours,
                    highlighted=render.highlight(text, atts), as_json=json.dumps({"attributions": atts},
                                                                                 ensure_ascii=False, indent=2))

    @app.post("/analyse/download", include_in_schema=False)
    def analyse_download(text: str = Form("", max_length=MAX_TEXT)):
        body = json.dumps({"attributions": _extract(text) if text.strip() else []}, ensure_ascii=False, indent=2)
        return Response(body, media_type="application/json",
                        headers={"Content-Disposition": 'attachment; filename="attributions.json"'})

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", speaker: str = "", outlet: str = "", kind: str = "",
                    since: str = "", until: str = "", page_no: int = Query(1, alias="page", ge=1),
                    s: Store | None = Depends(store)):
        hits = []
        if s is not None and (q or speaker or outlet or kind or since or until):
            hits = s.search(q[:500], speaker=speaker[:200] or None, outlet=outlet[:200] or None,
                            kind=kind if kind in ("direct", "indirect", "mixed") else None,
                            since=since[:10] or None, until=until[:10] or None, limit=25, offset=(page_no - 1) * 25)
        speaker_ids = _speaker_ids(s, hits)
        return page(request, "search.html", q=q, speaker=speaker, outlet=outlet, kind=kind, since=since,
                    until=until, hits=hits, speaker_ids=speaker_ids, page_no=page_no)

    @app.get("/speakers/{speaker_id}", response_class=HTMLResponse, include_in_schema=False)
    def speaker_page(request: Request, speaker_id: int = PathParam(..., ge=1, le=SQLITE_MAX_INT),
                     s: Store | None = Depends(store)):
        r = need(s).speaker(speaker_id)
        if r is None:
            raise HTTPException(404, "no such speaker")
        quotes = _speaker_quotes(s, speaker_id, limit=500)
        months: dict[str, int] = {}
        outlets: dict[str, int] = {}
        for h in quotes:
            if h.published:
                months[h.published[:7]] = months.get(h.published[:7], 0) + 1
            outlets[h.outlet or "inconnu"] = outlets.get(h.outlet or "inconnu", 0) + 1
        periods = sorted(months)
        return page(request, "speaker.html", sp=_speaker(r), quotes=quotes,
                    over_time=render.stacked_chart(periods, {"citations": [months[p] for p in periods]},
                                                   "Citations par mois", share=False),
                    by_outlet=render.bar_chart(sorted(outlets.items(), key=lambda kv: -kv[1])[:15],
                                               "Citations par média"))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, s: Store | None = Depends(store)):
        found = need(s).article(article_id)
        if found is None:
            raise HTTPException(404, "no such article")
        art, rows = found
        atts = [attribution_dict(r) for r in rows]
        ids = {r["speaker"]: r["speaker_id"] for r in rows}
        return page(request, "article.html", art=art, atts=atts, ids=ids,
                    colours=render.speaker_classes(atts), highlighted=render.highlight(art["text"], atts))

    app.add_middleware(BodyLimit, limit=max_body)
    return app


def _extract(text: str) -> list[dict]:
    import guillemets
    with _extract_lock:  # one parse at a time: the pipeline is shared
        return [a.to_dict() for a in guillemets.extract(text)]


def _speaker(r) -> dict:
    return {"id": r["id"], "name": r["name"], "type": r["type"], "gender": r["gender"],
            "anonymous": bool(r["anonymous"]), "aliases": json.loads(r["aliases"]), "roles": json.loads(r["roles"]),
            "quotes": r["quotes"], "articles": r["articles"]}


def _speaker_quotes(s: Store, speaker_id: int, limit: int = 200):
    from ..store.sqlite import Hit
    rows = s.db.execute(
        "SELECT a.article_id, a.n, a.kind, a.content, sp.name AS speaker, a.cue, ar.outlet, ar.published, ar.title "
        "FROM attributions a JOIN articles ar ON ar.id = a.article_id JOIN speakers sp ON sp.id = a.speaker_id "
        "WHERE a.speaker_id = ? ORDER BY ar.published DESC, a.article_id, a.n LIMIT ?", (speaker_id, limit))
    return [Hit(**dict(r)) for r in rows]


def _speaker_ids(s: Store | None, hits) -> dict[str, int]:
    if s is None or not hits:
        return {}
    names = {h.speaker for h in hits if h.speaker}
    out = {}
    for name in names:
        row = s.db.execute("SELECT id FROM speakers WHERE name = ? ORDER BY quotes DESC LIMIT 1", (name,)).fetchone()
        if row:
            out[name] = row[0]
    return out


def _id_by_name(rows, name: str) -> int:
    return next(r["id"] for r in rows if r["name"] == name)


def _over_time(s: Store, column: str, persons_only: bool = False) -> tuple[list[str], dict[str, list[int]]]:
    """Counts of quotations per month and per value of ``column``."""
    where = "WHERE ar.published IS NOT NULL" + (" AND a.speaker_type = 'person'" if persons_only else "")
    rows = s.db.execute(f"SELECT substr(ar.published, 1, 7) AS period, {column} AS value, count(*) AS n "
                        f"FROM attributions a JOIN articles ar ON ar.id = a.article_id {where} "
                        f"GROUP BY period, value ORDER BY period").fetchall()
    periods = sorted({r["period"] for r in rows})
    values = sorted({r["value"] for r in rows})
    series = {v: [0] * len(periods) for v in values}
    index = {p: i for i, p in enumerate(periods)}
    for r in rows:
        series[r["value"]][index[r["period"]]] = r["n"]
    return periods, series
