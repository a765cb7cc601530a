"""The FastAPI app behind ``storylens serve``: stories, story, compare pages and the API.

Pages and API share one data path: a :class:`~storylens.models.Comparison` rendered by
the report's own Jinja2 partials (HTML) or by :func:`storylens.report.jsonout.to_json`
(JSON, byte-for-byte the CLI's ``storylens.compare/1`` document).

Routes:

* ``GET  /``                      stories, newest first (search, date, outlet, keyset pages)
* ``GET  /stories/{id}``          one story: columns per outlet, findings, plots
* ``GET  /compare``, ``POST``     paste or upload 2–20 articles, same view, no database
* ``GET  /api/stories``           the stories page as JSON
* ``GET  /api/stories/{id}``      the story's ``storylens.compare/1`` document
* ``GET  /api/stories/{id}/summary``  finding counts (filled into the stories page)
* ``POST /api/compare``           articles as JSON in, ``storylens.compare/1`` out
* ``GET  /api/openapi.json``      the API schema
* ``GET  /docs``                  the API described as a plain page, drawn from that schema
                                  (not Swagger UI, which loads scripts from a CDN)
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..errors import StoreError, StorylensError
from ..models import RawArticle, Skipped
from ..options import Options
from . import views
from .catalog import StoryQuery, cursor_ok, validate_date
from .inputs import (
    PASTE_HINT,
    InputProblem,
    WebLimits,
    check_counts,
    make_raw,
    pasted_article,
    split_pasted,
    uploaded_articles,
)
from .security import (
    LOCAL_HOSTS,
    BodyLimit,
    BodyTooLarge,
    HostCheck,
    SecurityHeaders,
    too_large_message,
)

STATIC_DIR = Path(__file__).parent / "static"
# SQLite integers are signed 64-bit: a larger id names no story (422, not a crash).
MAX_ID = 2**63 - 1
StoryId = PathParam(..., le=MAX_ID, description="A story id from /api/stories.")
DEFAULT_OPTIONS = Options()
DEFAULT_LIMITS = WebLimits()


# --- API models ------------------------------------------------------------------------


class ArticleIn(BaseModel):
    """One article to compare: ``text`` or ``html``, with optional metadata."""

    text: str | None = Field(None, description="Plain article text.")
    html: str | None = Field(None, description="An HTML page (extracted like a .html file).")
    outlet: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=64, description="ISO 8601 date or datetime.")
    author: str | None = Field(None, max_length=500)


class CompareIn(BaseModel):
    articles: list[ArticleIn] = Field(..., description="2 to 20 articles about one story.")
    findings: bool = Field(True, description="Run the findings stage.")


class StoryOut(BaseModel):
    id: int
    label: str
    first_published: str | None
    last_published: str | None
    articles: int
    outlets: list[str]
    url: str
    findings: dict[str, Any] | None = Field(
        None, description="Finding counts, when this server has already compared the story."
    )


class StoriesOut(BaseModel):
    stories: list[StoryOut]
    next: str | None = Field(None, description="Cursor for the next page (pass as ?after=).")
    total_stories: int


class SummaryOut(BaseModel):
    id: int
    findings: int
    by_type: dict[str, int]


@dataclass
class WebState:
    """Everything one app instance owns (no module-level state)."""

    options: Options
    limits: WebLimits
    stories: Any  # StoryService | None
    env: Any  # jinja2.Environment
    # Fetch links pasted on the compare page: only for a server that answers this machine
    # alone, so that no one else can make it fetch addresses on the local network.
    fetch_links: bool = True
    pool: Any = None  # web.workers.WorkerPool | None (None: compare in the request thread)


def create_app(
    db_path: Path | None,
    options: Options = DEFAULT_OPTIONS,
    *,
    limits: WebLimits = DEFAULT_LIMITS,
    allowed_hosts: tuple[str, ...] = LOCAL_HOSTS,
    max_articles: int | None = None,
    workers: int = 2,
    precompute: bool = False,
) -> FastAPI:
    """The web app for the store at ``db_path`` (opened read-only), or compare-only
    when ``db_path`` is None. ``allowed_hosts`` are the Host names answered;
    ``max_articles`` caps a story's comparison (None: the ``storylens story`` default).

    Comparisons run in ``workers`` worker processes (started on first use) with the
    ``limits``' time limit, so no request can hold the server (0: in the request's
    thread, for tests). ``precompute`` compares the newest stories in the background at
    start, so their pages are ready before the first visit (``serve`` turns it on)."""
    import threading

    pool = None
    if workers > 0:
        from .workers import WorkerPool

        pool = WorkerPool(workers, limits.compare_seconds, limits.queue_seconds)
    stories = None
    if db_path is not None:
        from .stories import StoryService

        stories = StoryService(Path(db_path), options, max_articles, pool=pool)
    state = WebState(options, limits, stories, views.environment(), fetch_links="*" not in allowed_hosts, pool=pool)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        stop = threading.Event()
        warmer = None
        if precompute and stories is not None:
            warmer = threading.Thread(
                target=stories.warm, kwargs={"stop": stop}, daemon=True, name="storylens-precompute"
            )
            warmer.start()
        yield
        stop.set()
        if pool is not None:
            pool.close()
        if warmer is not None:
            warmer.join(timeout=limits.compare_seconds)
        if stories is not None:
            stories.close()

    app = FastAPI(
        lifespan=lifespan,
        title="storylens",
        version=__version__,
        description="One news story from every side: stories, comparisons and findings.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.web = state
    # Last added runs first: headers wrap everything (error answers included), then the
    # Host check, then the body cap, then the routes.
    app.add_middleware(BodyLimit, max_bytes=limits.max_body_bytes)
    app.add_middleware(HostCheck, allowed=allowed_hosts)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _asset_routes(app)
    _docs_route(app, state)
    _install_error_pages(app, state)
    _page_routes(app, state)
    _api_routes(app, state)
    return app


# --- helpers ---------------------------------------------------------------------------


def _need_db(state: WebState):
    if state.stories is None:
        raise HTTPException(404, "this server has no article store (start it with --db news.db)")
    return state.stories


def _story_or_404(state: WebState, story_id: int):
    service = _need_db(state)
    from .stories import StaleStories
    from .workers import CompareTimeout, ServerBusy

    try:
        return service.products(story_id)
    except StaleStories as e:
        raise HTTPException(409, str(e)) from None
    except StoreError as e:
        raise HTTPException(404, str(e)) from None
    except (CompareTimeout, ServerBusy) as e:  # the server's limit, not the user's input
        raise HTTPException(503, str(e)) from None


def _query(
    q: str, outlet: str, date_from: str, date_to: str, after: str, limit: int, min_articles: int = 1
) -> StoryQuery:
    if after and not cursor_ok(after):
        raise HTTPException(422, "after: not a cursor this server gave (use a page's 'next')")
    try:
        return StoryQuery(
            q=q[:200],
            outlet=outlet[:200],
            date_from=validate_date(date_from, "from"),
            date_to=validate_date(date_to, "to"),
            after=after[:200],
            limit=limit,
            min_articles=min_articles,
        )
    except ValueError as e:
        raise HTTPException(422, str(e)) from None


def _compare(
    state: WebState, raws: list[RawArticle], options: Options, job=None,
    read_skips: Sequence[Skipped] = (),
) -> Any:
    """The comparison of pasted/uploaded/API articles (``job``: what to make of it, by
    default the Comparison), in a worker process when the app has them; ``read_skips``
    (inputs that could not be read) are reported with it. Past the time limit:
    InputProblem 422; no free worker: ServerBusy."""
    from .workers import CompareTimeout, compare_raws

    job = job or compare_raws
    if state.pool is None:
        return job(raws, options, tuple(read_skips))
    try:
        return state.pool.run(job, raws, options, tuple(read_skips))
    except CompareTimeout as e:
        raise InputProblem(str(e), 422) from None


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _install_error_pages(app: FastAPI, state: WebState) -> None:
    async def http_error(request: Request, exc: StarletteHTTPException):
        if isinstance(exc.__cause__, BodyTooLarge):  # FastAPI wraps body errors in a 400
            message = too_large_message(state.limits.max_body_bytes)
            return JSONResponse({"detail": message}, status_code=413)
        detail = exc.detail if isinstance(exc.detail, str) else "error"
        if _wants_json(request):
            return JSONResponse({"detail": detail}, status_code=exc.status_code)
        return views.page(
            state.env, request, "web/error.html", {"status": exc.status_code, "message": detail},
            status=exc.status_code,
        )

    async def validation_error(request: Request, exc: RequestValidationError):
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()
        ]
        message = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in errors
        ) or "invalid request"
        if _wants_json(request):
            return JSONResponse({"detail": message, "errors": errors}, status_code=422)
        return views.page(
            state.env, request, "web/error.html", {"status": 422, "message": message}, status=422
        )

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)


# --- assets ----------------------------------------------------------------------------

# The report's stylesheet and script, served from the templates folder as files (the
# standalone report inlines the same two files). A fixed table: no name from the request
# ever reaches the file system.
REPORT_ASSETS: dict[str, str] = {
    "report.css": "text/css; charset=utf-8",
    "report.js": "text/javascript; charset=utf-8",
}


def _asset_routes(app: FastAPI) -> None:
    from importlib import resources

    files = {
        name: resources.files("storylens").joinpath("templates", name).read_bytes()
        for name in REPORT_ASSETS
    }

    def make(name: str):
        def asset() -> Response:
            return Response(
                files[name],
                media_type=REPORT_ASSETS[name],
                headers={"cache-control": "no-cache"},
            )

        return asset

    for name in REPORT_ASSETS:
        app.add_api_route(f"/assets/{name}", make(name), methods=["GET"], include_in_schema=False)


def _docs_route(app: FastAPI, state: WebState) -> None:
    """``/docs``: every API operation from the OpenAPI schema, rendered server-side in the
    site's own layout: works offline and under the strict CSP, unlike Swagger UI."""

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request):
        spec = app.openapi()
        ops = []
        for path, methods in spec.get("paths", {}).items():
            for method, op in methods.items():
                params = [
                    {
                        "name": p.get("name"), "where": p.get("in"), "required": p.get("required", False),
                        "type": _schema_type(p.get("schema", {})), "description": p.get("description")
                        or p.get("schema", {}).get("description", ""),
                    }
                    for p in op.get("parameters", [])
                ]
                body = op.get("requestBody", {}).get("content", {})
                ops.append({
                    "method": method.upper(), "path": path, "summary": op.get("summary", ""),
                    "description": op.get("description", ""), "params": params,
                    "body": [f"{ctype}: {_schema_type(c.get('schema', {}))}" for ctype, c in body.items()],
                    "responses": [f"{code} {r.get('description', '')}" for code, r in op.get("responses", {}).items()],
                })
        return views.page(state.env, request, "web/docs.html", {"ops": ops, "title": spec["info"]["title"], "version": spec["info"]["version"]})


def _schema_type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " | ".join(_schema_type(s) for s in schema["anyOf"])
    if schema.get("type") == "array":
        return f"array of {_schema_type(schema.get('items', {}))}"
    return str(schema.get("type", "object"))


# --- pages -----------------------------------------------------------------------------


def _page_routes(app: FastAPI, state: WebState) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(
        request: Request,
        q: str = "",
        outlet: str = "",
        date_from: str = Query("", alias="from"),
        date_to: str = Query("", alias="to"),
        after: str = "",
        singles: bool = False,
    ):
        if state.stories is None:
            return RedirectResponse("/compare", status_code=303)
        # Stories of 2+ articles, as 'storylens stories' lists them; ?singles=1 adds the
        # one-article ones (each article is its own story until another joins it).
        query = _query(q, outlet, date_from, date_to, after, 25, 1 if singles else 2)
        service = state.stories
        try:
            page = service.listing(lambda: service.catalog.page(query))
            outlets = service.listing(service.catalog.outlets)
        except StoreError as e:
            raise HTTPException(500, str(e)) from None
        counts = {s.id: service.cached_counts(s.id) for s in page.stories}
        return views.page(
            state.env,
            request,
            "web/stories.html",
            {
                "page": page,
                "query": query,
                "outlets": outlets,
                "counts": counts,
                "stale": service.stale_message(),
            },
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: int = StoryId):
        _story, made = _story_or_404(state, story_id)  # rendered where it was compared
        return views.rendered(request, made.page, made.hashes)

    @app.get("/compare", response_class=HTMLResponse, include_in_schema=False)
    def compare_form(request: Request):
        return views.page(state.env, request, "web/compare.html", {"limits": state.limits})

    @app.post("/compare", response_class=HTMLResponse, include_in_schema=False)
    async def compare_submit(request: Request):
        limits = state.limits
        pasted = ""
        try:
            form = await request.form(
                max_files=limits.max_articles + 1,
                max_fields=20,
                max_part_size=limits.max_article_bytes,
            )
        except BodyTooLarge:
            raise  # answered 413 by the BodyLimit middleware
        except Exception as e:  # multipart errors: part too large, too many files, bad body
            status = 413 if "exceed" in str(e).lower() or "too" in str(e).lower() else 422
            return _form_error(state, request, f"cannot read the form: {e}", status, pasted)
        try:
            raw_text = form.get("articles")
            pasted = raw_text if isinstance(raw_text, str) else ""
            pieces = split_pasted(pasted)
            links = [ln.strip() for p in pieces if _only_links(p) for ln in p.splitlines() if ln.strip()]
            raws = [pasted_article(p, i) for i, p in enumerate(pieces, 1) if not _only_links(p)]
            upload_skips: list[Skipped] = []  # links and uploads that could not be read
            if links:
                from starlette.concurrency import run_in_threadpool

                fetched, link_skips = await run_in_threadpool(_fetch_links, state, links, limits)
                raws.extend(fetched)
                upload_skips.extend(link_skips)
            files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
            if len(raws) + len(files) > limits.max_articles:
                check_counts([*raws, *[RawArticle("upload")] * len(files)], limits)
            for f in files:
                data = await f.read(limits.max_article_bytes + 1)
                if len(data) > limits.max_article_bytes:
                    raise InputProblem(
                        f"{f.filename}: over the {limits.max_article_bytes / 1e6:g} MB limit"
                        " for one article",
                        413,
                    )
                got, skips = uploaded_articles(data, f.filename, len(raws) + 1)
                raws.extend(got)
                upload_skips.extend(skips)
            check_counts(raws, limits, PASTE_HINT, upload_skips)
            from functools import partial

            from starlette.concurrency import run_in_threadpool

            from .workers import compare_raws_page

            # compared and rendered in a worker: this process (its event loop above all)
            # never renders or unpickles a large comparison
            context = {"limits": limits, "pasted": pasted, "heading": "Your comparison"}
            job = partial(compare_raws_page, context=context, path=request.url.path)
            html, hashes = await run_in_threadpool(_compare, state, raws, state.options, job, upload_skips)
        except InputProblem as e:
            return _form_error(state, request, e.message, e.status, pasted)
        except StorylensError as e:  # ServerBusy (503) or a store/pipeline error (422)
            status = 503 if type(e).__name__ == "ServerBusy" else 422
            return _form_error(state, request, str(e), status, pasted)
        finally:
            await form.close()
        return views.rendered(request, html, hashes)


def _only_links(piece: str) -> bool:
    """A pasted piece that is nothing but http(s) links, one per line."""
    lines = [ln.strip() for ln in piece.splitlines() if ln.strip()]
    return bool(lines) and all(ln.lower().startswith(("http://", "https://")) and " " not in ln for ln in lines)


def _fetch_links(
    state: WebState, links: list[str], limits: WebLimits
) -> tuple[list[RawArticle], list[Skipped]]:
    """Fetch pasted links (a feed link gives its entries). One that fails is a skipped row
    naming itself, shown with the comparison of the others (as ``storylens compare``)."""
    if not state.fetch_links:
        raise InputProblem(
            "this server does not fetch links (it listens beyond this machine); paste the "
            "articles' text or upload the pages instead"
        )
    from ..fetch import iter_url

    raws: list[RawArticle] = []
    skips: list[Skipped] = []
    for url in links[: limits.max_articles + 1]:
        for item in iter_url(url, state.options):
            if isinstance(item, Skipped):
                skips.append(item)
                continue
            raws.append(item)
            if len(raws) > limits.max_articles:
                return raws, skips  # check_counts answers "too many articles"
    return raws, skips


def _form_error(state: WebState, request: Request, message: str, status: int, pasted: str):
    return views.page(
        state.env,
        request,
        "web/compare.html",
        {"limits": state.limits, "error": message, "pasted": pasted},
        status=status,
    )


# --- API -------------------------------------------------------------------------------


def _api_routes(app: FastAPI, state: WebState) -> None:
    @app.get("/api/stories", response_model=StoriesOut, tags=["stories"])
    def api_stories(
        q: str = Query("", description="Words that must all appear in a title or text."),
        outlet: str = Query("", description="Only stories with an article from this outlet."),
        date_from: str = Query("", alias="from", description="YYYY-MM-DD, inclusive."),
        date_to: str = Query("", alias="to", description="YYYY-MM-DD, inclusive."),
        after: str = Query("", description="Cursor from the previous page's `next`."),
        limit: int = Query(25, ge=1, le=200),
        min_articles: int = Query(
            1, ge=1, le=10_000,
            description="Only stories of at least this many articles (the stories page and"
            " 'storylens stories' use 2; 1, the default here, lists every story).",
        ),
    ):
        """Stories, newest first, one page at a time."""
        service = _need_db(state)
        query = _query(q, outlet, date_from, date_to, after, limit, min_articles)
        page = service.listing(lambda: service.catalog.page(query))
        out = []
        for s in page.stories:
            counts = service.cached_counts(s.id)
            out.append(
                StoryOut(
                    id=s.id,
                    label=s.label,
                    first_published=s.first_published,
                    last_published=s.last_published,
                    articles=s.articles,
                    outlets=list(s.outlets),
                    url=f"/stories/{s.id}",
                    findings=None if counts is None else {"total": counts.total, **dict(counts.by_type)},
                )
            )
        return StoriesOut(stories=out, next=page.next_cursor, total_stories=page.total_stories)

    @app.get("/api/stories/{story_id}", tags=["stories"])
    def api_story(story_id: int = StoryId) -> dict[str, Any]:
        """The story's comparison as the ``storylens.compare/1`` JSON document."""
        _story, made = _story_or_404(state, story_id)  # encoded where it was compared
        return Response(made.json, media_type="application/json")

    @app.get("/api/stories/{story_id}/summary", response_model=SummaryOut, tags=["stories"])
    def api_story_summary(story_id: int = StoryId):
        """Finding counts for one story (compares it when not yet cached)."""
        _story, made = _story_or_404(state, story_id)
        c = made.counts
        return SummaryOut(id=story_id, findings=c.total, by_type=dict(c.by_type))

    @app.post("/api/compare", tags=["compare"])
    def api_compare(body: CompareIn) -> dict[str, Any]:
        """Compare 2–20 articles; answers the ``storylens.compare/1`` JSON document."""
        from dataclasses import replace

        from .workers import ServerBusy, compare_raws_json

        try:
            raws = [
                make_raw(
                    source=f"api article {i}",
                    body=a.html if a.html is not None else (a.text or ""),
                    is_html=a.html is not None,
                    outlet=a.outlet,
                    title=a.title,
                    url=a.url,
                    published=a.published,
                    author=a.author,
                    fallback_outlet=f"Article {i}",
                )
                for i, a in enumerate(body.articles, 1)
            ]
            check_counts(raws, state.limits)
            options = state.options if body.findings else replace(state.options, findings=False)
            body_json = _compare(state, raws, options, compare_raws_json)
        except InputProblem as e:
            raise HTTPException(e.status, e.message) from None
        except ServerBusy as e:
            raise HTTPException(503, str(e), headers={"retry-after": "5"}) from None
        except StorylensError as e:
            raise HTTPException(422, str(e)) from None
        return Response(body_json, media_type="application/json")

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> Response:
        # on the event loop itself: it needs no thread of the pool the other routes share
        return Response("ok", media_type="text/plain")
