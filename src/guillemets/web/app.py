"""FastAPI application: a JSON API with its OpenAPI schema, and server-rendered pages.

The database is opened read-only, one connection per request; every text from an
article or a user is escaped by Jinja2's autoescaping or by ``render``, and
cleaned of bidi controls on its way out (``text.for_display``); only http(s)
URLs become links; request bodies over ``max_body`` bytes get 413, whether
declared or streamed; static files come from the package's own ``static``
folder only. Extraction runs in a bounded pool of worker processes, never in
the server's own: when its queue is full the answer is 503 with
``Retry-After``, and pages and searches stay fast meanwhile.
"""
from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import Iterator, Literal, Optional

from fastapi import Depends, FastAPI, Form, HTTPException, Path as PathParam, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import BaseModel, Field

from ..pool import BrokenProcessPool, ExtractionPool
from ..store import Store, StoreError
from ..store.sqlite import attribution_dict
from ..text import for_display, valid_unicode
from . import render

HERE = Path(__file__).parent
MAX_BODY = 1_000_000  # bytes; an article is rarely over 100 kB
MAX_TEXT = 200_000    # characters accepted for extraction
SQLITE_MAX_INT = 2**63 - 1
MAX_PAGE = 10_000     # pages of results: deep enough for anyone, small enough for SQLite's offsets
RETRY_AFTER = "2"     # seconds, when the extraction queue is full


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
    speaker_id: Optional[int] = None
    speaker_evidence: Optional[str] = None


class ErrorOut(BaseModel):
    detail: str


NOT_FOUND = {404: {"model": ErrorOut, "description": "No such item, or no corpus being served"}}
TOO_LARGE = {413: {"model": ErrorOut, "description": "Request body over the size limit"},
             503: {"model": ErrorOut, "description": "Extraction queue full: retry after Retry-After seconds"}}


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
    speaker_id: Optional[int] = None
    confidence: Optional[float] = None


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
    """ASGI middleware: 413 for a request body over ``limit`` bytes, declared or streamed
    (chunked). The body is read here, at most ``limit`` bytes, before the application sees it."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            return await _too_large(send)
        if scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        chunks, seen = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            seen += len(message.get("body", b""))
            if seen > self.limit:
                return await _too_large(send)
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()
        await self.app(scope, replay, send)


async def _too_large(send) -> None:
    body = json.dumps({"detail": "requête trop volumineuse"}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class Busy(Exception):
    """The extraction queue is full."""


class Extraction:
    """Extraction for the server: a pool of ``workers`` processes started on first use,
    at most ``queue`` texts waiting or in work; more gets Busy (503)."""

    def __init__(self, workers: int, queue: int):
        self.workers, self.queue = workers, queue
        self.pool: ExtractionPool | None = None
        self.in_flight = 0

    async def __call__(self, text: str) -> list[dict]:
        text = valid_unicode(text)
        if not text.strip():
            return []
        if self.in_flight >= self.queue:
            raise Busy()
        self.in_flight += 1
        try:
            if self.pool is None:
                self.pool = ExtractionPool(self.workers, nice=10)
            for attempt in range(2):
                future, generation = self.pool.submit([text])
                try:
                    return (await asyncio.wrap_future(future))[0]
                except BrokenProcessPool:  # a worker died: start the pool again and retry once
                    self.pool.restart(generation)
            raise HTTPException(500, "les processus d'extraction s'arrêtent sans répondre (voir les journaux du serveur)")
        finally:
            self.in_flight -= 1

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()


def create_app(db: str | Path | None, max_body: int = MAX_BODY, workers: int | None = None,
               queue: int | None = None) -> FastAPI:
    from .. import __version__

    workers = workers or min(2, os.cpu_count() or 1)
    extraction = Extraction(workers, queue or 4 * workers)
    app = FastAPI(title="guillemets", version=__version__,
                  description="Who said what in French news: extraction and a searchable corpus of quotations.")
    app.router.on_shutdown.append(extraction.close)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.finalize = _shown
    templates.env.filters["http_url"] = render.http_url
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    db_path = Path(db) if db else None

    def store() -> Iterator[Store | None]:
        if db_path is None or not db_path.exists():
            yield None
            return
        try:
            s = Store(db_path, readonly=True)
        except StoreError as e:
            raise HTTPException(503, str(e)) from None
        try:
            yield s
        finally:
            s.close()

    @app.exception_handler(Busy)
    def busy(request: Request, exc: Busy) -> JSONResponse:
        return JSONResponse({"detail": "extraction saturée : réessayez dans quelques secondes"}, status_code=503,
                            headers={"Retry-After": RETRY_AFTER})

    def need(s: Store | None) -> Store:
        if s is None:
            raise HTTPException(404, "no corpus database is being served")
        return s

    def page(request: Request, name: str, **ctx) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"has_db": db_path is not None, **ctx})

    # -- JSON API ------------------------------------------------------------------------
    @app.post("/api/extract", response_model=ExtractOut, tags=["api"], summary="Attributions of a text",
              responses=TOO_LARGE)
    async def api_extract(body: ExtractIn) -> dict:
        return {"attributions": await extraction(body.text)}

    @app.get("/api/quotes", response_model=QuotesPage, tags=["api"], summary="Search quotations", responses=NOT_FOUND)
    def api_quotes(q: str = Query("", max_length=500, description="Words, accents and case ignored"),
                   speaker: Optional[str] = Query(None, max_length=200),
                   outlet: Optional[str] = Query(None, max_length=200),
                   kind: Optional[Literal["direct", "indirect", "mixed"]] = None,
                   since: Optional[str] = Query(None, max_length=10, description="YYYY-MM-DD"),
                   until: Optional[str] = Query(None, max_length=10, description="YYYY-MM-DD"),
                   page: int = Query(1, ge=1, le=MAX_PAGE), per_page: int = Query(20, ge=1, le=200),
                   min_confidence: float = Query(0.0, ge=0.0, le=1.0, description="Lowest confidence kept"),
                   s: Store | None = Depends(store)) -> dict:
        hits = need(s).search(q, speaker=speaker, outlet=outlet, kind=kind, since=since, until=until,
                              limit=per_page, offset=(page - 1) * per_page, min_confidence=min_confidence)
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

    @app.get("/api/articles/{article_id:path}", response_model=ArticleOut, tags=["api"], summary="One article",
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
        by_type = s.overview("type")
        by_gender = s.overview("gender")
        return page(request, "overview.html", counts=s.counts(), top=bars,
                    by_type=render.stacked_chart(*by_type, "Part des citations par type de source"),
                    by_gender=render.stacked_chart(*by_gender, "Part des citations de personnes par genre"))

    @app.get("/analyse", response_class=HTMLResponse, include_in_schema=False)
    def analyse_form(request: Request):
        return page(request, "analyse.html", text="", result=None)

    @app.post("/analyse", response_class=HTMLResponse, include_in_schema=False)
    async def analyse(request: Request, text: str = Form("", max_length=MAX_TEXT)):
        text = valid_unicode(text)
        atts = await extraction(text)
        colours = render.speaker_classes(atts)
        return page(request, "analyse.html", text=text, result=atts, colours=colours,
                    highlighted=render.highlight(text, atts), as_json=json.dumps({"attributions": atts},
                                                                                 ensure_ascii=False, indent=2))

    @app.post("/analyse/download", include_in_schema=False)
    async def analyse_download(text: str = Form("", max_length=MAX_TEXT)):
        body = json.dumps({"attributions": await extraction(text)}, ensure_ascii=False, indent=2)
        return Response(body, media_type="application/json",
                        headers={"Content-Disposition": 'attachment; filename="attributions.json"'})

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", speaker: str = "", outlet: str = "", kind: str = "",
                    since: str = "", until: str = "", page_no: int = Query(1, alias="page", ge=1, le=MAX_PAGE),
                    s: Store | None = Depends(store)):
        hits = []
        if s is not None and (q or speaker or outlet or kind or since or until):
            hits = s.search(q[:500], speaker=speaker[:200] or None, outlet=outlet[:200] or None,
                            kind=kind if kind in ("direct", "indirect", "mixed") else None,
                            since=since[:10] or None, until=until[:10] or None, limit=25, offset=(page_no - 1) * 25)
        return page(request, "search.html", q=q, speaker=speaker, outlet=outlet, kind=kind, since=since,
                    until=until, hits=hits, page_no=page_no)

    @app.get("/speakers/{speaker_id}", response_class=HTMLResponse, include_in_schema=False)
    def speaker_page(request: Request, speaker_id: int = PathParam(..., ge=1, le=SQLITE_MAX_INT),
                     s: Store | None = Depends(store)):
        r = need(s).speaker(speaker_id)
        if r is None:
            raise HTTPException(404, "no such speaker")
        quotes = _speaker_quotes(s, speaker_id, limit=200)
        months = s.speaker_facet(speaker_id, "month")
        outlets = s.speaker_facet(speaker_id, "outlet")
        periods = sorted(months)
        return page(request, "speaker.html", sp=_speaker(r), quotes=quotes,
                    over_time=render.stacked_chart(periods, {"citations": [months[p] for p in periods]},
                                                   "Citations par mois", share=False),
                    by_outlet=render.bar_chart(sorted(outlets.items(), key=lambda kv: -kv[1])[:15],
                                               "Citations par média"))

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, s: Store | None = Depends(store)):
        found = need(s).article(article_id)
        if found is None:
            raise HTTPException(404, "no such article")
        art, rows = found
        atts = [attribution_dict(r) for r in rows]
        return page(request, "article.html", art=art, atts=atts,
                    colours=render.speaker_classes(atts), highlighted=render.highlight(art["text"], atts))

    app.add_middleware(BodyLimit, limit=max_body)
    return app


def _shown(value):
    """Jinja's last word on every value it prints: text without bidi controls (markup that
    ``render`` built is clean already, and stays markup)."""
    return for_display(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def _speaker(r) -> dict:
    return {"id": r["id"], "name": r["name"], "type": r["type"], "gender": r["gender"],
            "anonymous": bool(r["anonymous"]), "aliases": json.loads(r["aliases"]), "roles": json.loads(r["roles"]),
            "quotes": r["quotes"], "articles": r["articles"]}


def _speaker_quotes(s: Store, speaker_id: int, limit: int = 200):
    return s.search(speaker_id=speaker_id, limit=limit)


def _id_by_name(rows, name: str) -> int:
    return next(r["id"] for r in rows if r["name"] == name)
