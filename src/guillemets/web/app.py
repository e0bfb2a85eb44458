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
import re
from importlib import resources
from pathlib import Path
from urllib.parse import urlencode
from typing import Iterator, Literal, Optional

from fastapi import Depends, FastAPI, Form, HTTPException, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import BaseModel, Field

from ..outputs import GENDER_FR, KIND_FR, TYPE_FR
from ..parity import UNIT_FR, parity as compute_parity, write_csv as write_parity_csv
from ..pool import BrokenProcessPool, ExtractionPool
from ..store import Store, StoreError
from ..store.sqlite import attribution_dict
from ..text import for_display, valid_unicode
from . import charts, render

HERE = Path(__file__).parent
MAX_BODY = 1_000_000  # bytes; an article is rarely over 100 kB
MAX_TEXT = 200_000    # characters accepted for extraction
SQLITE_MAX_INT = 2**63 - 1
PER_PAGE = 25         # results on a search page
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


class ParityRowOut(BaseModel):
    group: str
    women: int
    men: int
    unknown: int
    known: int
    share_women: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    unit: str


class ParityOut(BaseModel):
    by: Optional[str] = None
    unit: str
    unit_label: str
    rows: list[ParityRowOut]
    overall: ParityRowOut


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
            return await _too_large(send, scope)
        if scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        chunks, seen = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            seen += len(message.get("body", b""))
            if seen > self.limit:
                return await _too_large(send, scope)
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


async def _too_large(send, scope=None) -> None:
    """413, in JSON for the API, as a page in French for a person."""
    heading, message = ERRORS[413]
    if scope is not None and not scope.get("path", "").startswith("/api/"):
        body = (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{heading}</title>'
                f'<link rel="stylesheet" href="/static/style.css"></head><body><main><section class="error" id="error">'
                f'<h1>{heading}</h1><p>{message}</p><p><a href="/">Retour à l\'accueil</a></p></section></main>'
                f'</body></html>').encode()
        ctype = b"text/html; charset=utf-8"
    else:
        body = json.dumps({"detail": message}, ensure_ascii=False).encode()
        ctype = b"application/json"
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode())]})
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

    def start(self) -> None:
        """Start the worker processes and their model now, not on the first request."""
        if self.pool is None:
            self.pool = ExtractionPool(self.workers, nice=10)
            for _ in range(self.workers):
                self.pool.submit([""])

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()


def create_app(db: str | Path | None, max_body: int = MAX_BODY, workers: int | None = None,
               queue: int | None = None) -> FastAPI:
    from .. import __version__

    workers = workers or min(2, os.cpu_count() or 1)
    extraction = Extraction(workers, queue or 4 * workers)
    app = FastAPIOffline(title="guillemets", version=__version__, redoc_url=None,
                         description="Qui a dit quoi dans la presse française : extraction, et un corpus de citations "
                                     "à interroger. La documentation est servie par l'application, sans réseau.")
    app.router.on_startup.append(extraction.start)
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
            raise HTTPException(404, "aucun corpus n'est servi (guillemets serve --db FICHIER)")
        return s

    def page(request: Request, name: str, status_code: int = 200, **ctx) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"has_db": db_path is not None, "version": __version__,
                                                          "pct": _pct, "kind_fr": KIND_FR, "type_fr": TYPE_FR,
                                                          "gender_fr": GENDER_FR, **ctx}, status_code=status_code)

    # -- errors: a page in French for a person, a short JSON in French for the API; never the input back
    def error(request: Request, status: int, detail: str | None = None):
        heading, message = ERRORS.get(status, ERRORS[500])
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": detail if detail and status != 422 else message}, status_code=status)
        return page(request, "error.html", status_code=status, heading=heading, message=message)

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException):
        return error(request, exc.status_code, exc.detail if isinstance(exc.detail, str) else None)

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError):
        if request.url.path.startswith("/api/"):
            fields = sorted({".".join(str(x) for x in e.get("loc", ())[1:]) or "corps" for e in exc.errors()})
            return JSONResponse({"detail": "requête invalide : " + ", ".join(fields)}, status_code=422)
        return error(request, 422)

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
                   since: Optional[str] = Query(None, max_length=10, pattern=DATE_PATTERN, description="YYYY-MM-DD"),
                   until: Optional[str] = Query(None, max_length=10, pattern=DATE_PATTERN, description="YYYY-MM-DD"),
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
            raise HTTPException(404, "aucune source n'a ce numéro")
        return {**_speaker(r), "quotations": [h.__dict__ for h in _speaker_quotes(s, speaker_id)]}

    @app.get("/api/articles/{article_id:path}", response_model=ArticleOut, tags=["api"], summary="One article",
             responses=NOT_FOUND)
    def api_article(article_id: str = PathParam(..., max_length=500), s: Store | None = Depends(store)) -> dict:
        found = need(s).article(article_id)
        if found is None:
            raise HTTPException(404, "aucun article n'a cet identifiant")
        art, rows = found
        return {**{k: art[k] for k in ("id", "url", "outlet", "title", "published", "text")},
                "attributions": [attribution_dict(r) for r in rows]}

    @app.get("/api/parity", response_model=ParityOut, tags=["api"], summary="Share of women among the people quoted",
             responses={**NOT_FOUND, 200: {"content": {"text/csv": {}}}})
    def api_parity(by: Optional[Literal["outlet", "month", "week", "kind", "type"]] = None,
                   unit: Literal["people", "quotations"] = "people",
                   since: Optional[str] = Query(None, max_length=10, pattern=DATE_PATTERN, description="YYYY-MM-DD"),
                   until: Optional[str] = Query(None, max_length=10, pattern=DATE_PATTERN, description="YYYY-MM-DD"),
                   outlet: Optional[str] = Query(None, max_length=200),
                   format: Literal["json", "csv"] = "json", s: Store | None = Depends(store)):
        rows, overall = compute_parity(need(s), by, unit, since, until, outlet)
        if format == "csv":
            return _csv_response(rows + [overall], f"parite-{by or 'ensemble'}.csv")
        return {"by": by, "unit": unit, "unit_label": UNIT_FR[unit], "rows": [r.to_dict() for r in rows],
                "overall": overall.to_dict()}

    # -- pages -----------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request, s: Store | None = Depends(store)):
        if s is None:
            return page(request, "analyse.html", text="", result=None)
        months, outlets, overall = charts.monthly(s.parity_month())
        return page(request, "overview.html", counts=s.counts(), top=s.speakers(10), overall=overall,
                    composition=charts.headline(overall), over_time=charts.over_time(months),
                    by_outlet=charts.by_group(outlets, "Part des femmes parmi les personnes citées, par média"),
                    top_women=charts.top_people(s.top_by_gender("female"), "female"),
                    top_men=charts.top_people(s.top_by_gender("male"), "male"))

    @app.get("/charts/{name}.csv", include_in_schema=False)
    def chart_csv(name: str, s: Store | None = Depends(store)):
        months, outlets, overall = charts.monthly(need(s).parity_month())
        if name in ("par-mois", "par-media", "composition"):
            rows = list(months.values()) if name == "par-mois" else list(outlets.values()) if name == "par-media" \
                else [overall]
            return _csv_response(rows, f"{name}.csv")
        if name in ("femmes", "hommes"):
            people = s.top_by_gender("female" if name == "femmes" else "male")
            body = "source,articles,citations,id\n" + "".join(
                f"{_csv_cell(r['name'])},{r['articles']},{r['quotes']},{r['id']}\n" for r in people)
            return Response(body, media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
        raise HTTPException(404, "aucun graphique de ce nom")

    @app.get("/parite", response_class=HTMLResponse, include_in_schema=False)
    def parity_page(request: Request, by: str = "", unit: str = "people", since: str = "", until: str = "",
                    outlet: str = "", s: Store | None = Depends(store)):
        by = by if by in PARITY_BY else ""
        unit = unit if unit in UNIT_FR else "people"
        since = since if re.fullmatch(DATE_PATTERN, since or "") else ""
        until = until if re.fullmatch(DATE_PATTERN, until or "") else ""
        rows, overall = compute_parity(need(s), by or None, unit, since or None, until or None, outlet[:200] or None)
        query = urlencode({k: v for k, v in (("by", by), ("unit", unit), ("since", since), ("until", until),
                                             ("outlet", outlet[:200])) if v})
        figure = None
        if by == "month":
            figure = charts.over_time({r.group: r for r in rows if r.group[:4].isdigit()})
        elif by:
            figure = charts.by_group({r.group: r for r in rows}, f"Part des femmes parmi les personnes citées, "
                                                                   f"par {PARITY_BY[by]}")
        return page(request, "parity.html", rows=rows, overall=overall, by=by, unit=unit, since=since, until=until,
                    outlet=outlet, unit_label=UNIT_FR[unit], figure=figure,
                    csv=f"/api/parity?{query}&format=csv" if query else "/api/parity?format=csv",
                    api=f"/api/parity?{query}" if query else "/api/parity")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js():
        return FileResponse(PLOTLY_JS, media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/analyse", response_class=HTMLResponse, include_in_schema=False)
    def analyse_form(request: Request):
        return page(request, "analyse.html", text="", result=None)

    @app.post("/analyse", response_class=HTMLResponse, include_in_schema=False)
    async def analyse(request: Request, text: str = Form("", max_length=MAX_TEXT)):
        text = valid_unicode(text)
        atts = await extraction(text)
        colours = render.speaker_classes(atts)
        return page(request, "analyse.html", text=text, result=atts, colours=colours, summary=_article_parity(atts),
                    highlighted=render.highlight(text, atts), as_json=json.dumps({"attributions": atts},
                                                                                 ensure_ascii=False, indent=2))

    @app.post("/analyse/download", include_in_schema=False)
    async def analyse_download(text: str = Form("", max_length=MAX_TEXT)):
        body = json.dumps({"attributions": await extraction(text)}, ensure_ascii=False, indent=2)
        return Response(body, media_type="application/json",
                        headers={"Content-Disposition": 'attachment; filename="attributions.json"'})

    def search_filters(q: str, speaker: str, outlet: str, kind: str, since: str, until: str) -> tuple[dict, list[str]]:
        """The search page's filters, checked: what cannot be read is said, never silently dropped."""
        problems = []
        for label, value in (("du", since), ("au", until)):
            if value and not re.fullmatch(DATE_PATTERN, value):
                problems.append(f"la date « {label} » doit s'écrire AAAA-MM-JJ")
        if kind and kind not in KIND_FR:
            problems.append("le type de citation doit être directe, indirecte ou mixte")
        filters = {"query": q[:500], "speaker": speaker[:200] or None, "outlet": outlet[:200] or None,
                   "kind": kind if kind in KIND_FR else None,
                   "since": since if re.fullmatch(DATE_PATTERN, since or "") else None,
                   "until": until if re.fullmatch(DATE_PATTERN, until or "") else None}
        return filters, problems

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", speaker: str = "", outlet: str = "", kind: str = "",
                    since: str = "", until: str = "", page_no: int = Query(1, alias="page", ge=1, le=MAX_PAGE),
                    s: Store | None = Depends(store)):
        hits, total = [], 0
        filters, problems = search_filters(q, speaker, outlet, kind, since, until)
        asked = bool(q or speaker or outlet or kind or since or until)
        if s is not None and asked and not problems:
            hits = s.search(**filters, limit=PER_PAGE, offset=(page_no - 1) * PER_PAGE)
            total = s.search_total(**filters)
        query = urlencode({k: v for k, v in (("q", q), ("speaker", speaker), ("outlet", outlet), ("kind", kind),
                                             ("since", since), ("until", until)) if v})
        return page(request, "search.html", q=q, speaker=speaker, outlet=outlet, kind=kind, since=since,
                    until=until, hits=hits, total=total, asked=asked, problems=problems, page_no=page_no,
                    pages=(total + PER_PAGE - 1) // PER_PAGE, query=query,
                    marked=lambda text: render.mark_words(text, q))

    @app.get("/search.csv", include_in_schema=False)
    def search_csv(q: str = "", speaker: str = "", outlet: str = "", kind: str = "", since: str = "", until: str = "",
                   s: Store | None = Depends(store)):
        filters, problems = search_filters(q, speaker, outlet, kind, since, until)
        if problems:
            raise HTTPException(422, "; ".join(problems))
        hits = need(s).search(**filters, limit=10_000)
        body = "article,n,type,citation,source,id_source,introduite_par,média,date,titre,confiance\n" + "".join(
            ",".join(_csv_cell(x) for x in (h.article_id, h.n, KIND_FR.get(h.kind, h.kind), h.content, h.speaker,
                                             h.speaker_id, h.cue, h.outlet, h.published, h.title,
                                             None if h.confidence is None else round(h.confidence, 3))) + "\n"
            for h in hits)
        return Response(body, media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="recherche.csv"'})

    @app.get("/speakers/{speaker_id}", response_class=HTMLResponse, include_in_schema=False)
    def speaker_page(request: Request, speaker_id: int = PathParam(..., ge=1, le=SQLITE_MAX_INT),
                     s: Store | None = Depends(store)):
        r = need(s).speaker(speaker_id)
        if r is None:
            raise HTTPException(404, "aucune source n'a ce numéro")
        quotes = _speaker_quotes(s, speaker_id, limit=200)
        months = s.speaker_facet(speaker_id, "month")
        outlets = s.speaker_facet(speaker_id, "outlet")
        return page(request, "speaker.html", sp=_speaker(r), quotes=quotes,
                    over_time=charts.counts_over_time({m: months[m] for m in sorted(months)}, "Citations par mois"),
                    by_outlet=charts.counts_by(outlets, "Citations par média"))

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, s: Store | None = Depends(store)):
        found = need(s).article(article_id)
        if found is None:
            raise HTTPException(404, "aucun article n'a cet identifiant")
        art, rows = found
        atts = [attribution_dict(r) for r in rows]
        return page(request, "article.html", art=art, atts=atts,
                    colours=render.speaker_classes(atts), highlighted=render.highlight(art["text"], atts))

    app.add_middleware(BodyLimit, limit=max_body)
    return app


ERRORS = {
    404: ("Page introuvable", "Cette page, cette source ou cet article n'existe pas dans le corpus."),
    405: ("Action impossible", "Cette adresse ne s'utilise pas ainsi."),
    413: ("Texte trop long", "Le texte envoyé dépasse la taille acceptée (1 Mo) : envoyez un article à la fois."),
    422: ("Requête illisible", "Un des champs envoyés n'a pas la forme attendue (une date AAAA-MM-JJ, un nombre, "
                               "un texte de 200 000 caractères au plus…). Corrigez-le et réessayez."),
    500: ("Erreur du serveur", "Quelque chose s'est mal passé de notre côté. Réessayez dans un moment."),
    503: ("Service occupé", "Le serveur est occupé : réessayez dans quelques secondes."),
}
DATE_PATTERN = r"^\d{4}(-\d{2}){0,2}$"
PARITY_BY = {"outlet": "média", "month": "mois", "week": "semaine", "kind": "type de citation", "type": "type de source"}
PLOTLY_JS = str(resources.files("plotly").joinpath("package_data/plotly.min.js"))


def _article_parity(atts: list[dict]) -> dict | None:
    """The persons quoted in one article, each once, by gender."""
    people: dict[str, str] = {}
    for a in atts:
        if a.get("speaker") and a.get("speaker_type") == "person":
            g = a.get("gender") if a.get("gender") in ("female", "male") else "unknown"
            if people.get(a["speaker"], "unknown") == "unknown":
                people[a["speaker"]] = g
    if not people:
        return None
    women, men = list(people.values()).count("female"), list(people.values()).count("male")
    return {"people": len(people), "women": women, "men": men, "unknown": len(people) - women - men,
            "share": women / (women + men) if women + men else None}


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f} %".replace(".", ",")


def _csv_cell(text) -> str:
    text = "" if text is None else str(text)
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text


def _csv_response(rows, filename: str) -> Response:
    import io
    out = io.StringIO()
    write_parity_csv(out, rows)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


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
