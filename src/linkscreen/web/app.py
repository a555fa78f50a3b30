"""The web app factory: FastAPI with Jinja2 pages, htmx served from the package, and the HTTP API."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException
from starlette.routing import Match

from linkscreen import __version__, services
from linkscreen.adapters.config import ConfigError
from linkscreen.adapters.storage import Store
from linkscreen.adapters.userdir import resolve_home
from linkscreen.core.challenge import ChallengeError
from linkscreen.web.security import GuardMiddleware, generate_token, read_csrf, wants_json
from linkscreen.web.uploads import BackgroundJobs

HERE = Path(__file__).parent
DEFAULT_UPLOAD_LIMIT = 100 * 1024 * 1024
DEFAULT_BODY_LIMIT = 8 * 1024 * 1024


class WebContext:
    """What every request shares: the database, the models and policy (loaded once), background jobs."""

    def __init__(self, db_url: str | None, home: Path | None, upload_limit: int) -> None:
        self.db_url = db_url
        self._home = home
        self.upload_limit = upload_limit
        self.jobs = BackgroundJobs()
        self._store: Store | None = None
        self._screener: services.Screener | None = None
        self._lock = threading.Lock()
        self._model_lock = threading.Lock()  # one retrain or reset at a time

    @property
    def home(self) -> Path:
        return self._home or resolve_home()

    def store(self) -> Store:
        """Open the database on first use."""
        with self._lock:
            if self._store is None:
                self._store = services.open_store(self.db_url)
            return self._store

    def screener(self) -> services.Screener:
        """Load the models and the policy on first use (again after the settings change)."""
        with self._lock:
            if self._screener is None:
                self._screener = services.load_screener(self.home)
            return self._screener

    def forget_screener(self) -> None:
        """Drop the loaded models and policy so the next request reads the new config.toml or model."""
        with self._lock:
            self._screener = None

    def claim_model(self) -> None:
        """Reserve the model for a retrain or a reset; 409 while another one runs. Release it when done."""
        if not self._model_lock.acquire(blocking=False):
            raise HTTPException(409, "a retrain is already running: try again when it is done")

    def release_model(self) -> None:
        """Let the next retrain or reset run."""
        self._model_lock.release()

    @contextmanager
    def holding_model(self) -> Iterator[None]:
        """Hold the model while a retrain or a reset runs in this request (409 while another one runs)."""
        self.claim_model()
        try:
            yield
        finally:
            self.release_model()

    def retrain_model(self) -> services.RetrainReport:
        """Retrain on the user's labels (holding the model), then use the new model at once."""
        report = services.retrain(self.store(), self.home)
        self._use_new_model(changed=not report.skipped)
        return report

    def reset_model(self) -> bool:
        """Go back to the shipped model (holding the model); say whether a retrained model was in use."""
        removed = services.reset_learning(self.home)
        self._use_new_model(changed=removed)
        return removed

    def _use_new_model(self, changed: bool) -> None:
        """Load the model afresh and, when it changed, re-assess the open queue with it."""
        self.forget_screener()
        if changed:
            services.assess_queue(self.store(), self.screener())

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def create_app(
    db_url: str | None = None,
    token: str | None = None,
    home: Path | None = None,
    upload_limit: int = DEFAULT_UPLOAD_LIMIT,
    loopback_only: bool = False,
) -> FastAPI:
    """Build the app. With a token, every request must carry it (header, cookie or `?token=` link).

    `loopback_only` (what `linkscreen serve` sets on a loopback address) refuses requests whose Host
    is not a loopback name, so another site cannot reach the app through DNS rebinding.
    """
    app = FastAPI(
        title="linkscreen",
        version=__version__,
        description="Screen LinkedIn connection requests: the queue, decisions, labels, replies, imports, stats.",
        docs_url=None,  # Swagger UI would load from a CDN: the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.context = WebContext(db_url, home, upload_limit)
    app.state.api_token = token or generate_token()
    app.state.templates = build_templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    from linkscreen.web import api, evidence, pages

    app.include_router(api.router)
    app.include_router(evidence.api)
    app.include_router(pages.router)
    app.include_router(evidence.pages)
    install_error_handlers(app)
    app.add_middleware(
        GuardMiddleware, token=token, body_limit=DEFAULT_BODY_LIMIT, upload_limit=upload_limit,
        loopback_only=loopback_only,
    )
    return app


def build_templates() -> Jinja2Templates:
    """Jinja2 with autoescaping on for every template (the default for .html in Starlette)."""
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.autoescape = True
    templates.env.globals["version"] = __version__
    templates.env.filters["percent"] = lambda value: "" if value is None else f"{float(value):.0%}"
    return templates


def render_page(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    """Render a template with the CSRF token every page needs."""
    templates: Jinja2Templates = request.app.state.templates
    context = {"csrf_token": read_csrf(request), "path": request.url.path, **context}
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def list_allowed_methods(request: Request) -> list[str]:
    """The methods some route of this request's path takes (Starlette names only the first route's)."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches({**request.scope, "method": "GET"})
        if match != Match.NONE:
            methods.update(getattr(route, "methods", None) or ())
    return sorted(methods)


SECTIONS = {"queue": "the queue", "challenges": "the challenges", "import": "Import", "evidence": "Evidence",
            "dashboard": "the dashboard", "coach": "the coach", "settings": "Settings"}


def find_way_back(path: str) -> dict[str, str]:
    """The link an error page offers back: the section the request was in (the card, for a card's form)."""
    parts = [part for part in path.split("/") if part]
    section = parts[0] if parts and parts[0] in SECTIONS else "queue"
    on_card = section in ("queue", "challenges") and len(parts) > 1 and parts[1].isdigit()
    card = f"#request-{parts[1]}" if on_card else ""
    return {"href": f"/{section}{card}", "text": f"Back to {SECTIONS[section]}"}


def render_error(
    request: Request, status: int, message: str, links: list[dict[str, str]] | None = None, headers: Any = None
) -> HTMLResponse:
    """The error page in the site's layout: what went wrong, and links on (`links`, then back)."""
    context = {"status": status, "message": message, "links": [*(links or []), find_way_back(request.url.path)]}
    page = render_page(request, "error.html", context, status_code=status)
    page.headers.update(headers or {})
    return page


def install_error_handlers(app: FastAPI) -> None:
    """Errors as JSON `{"error", "status"}` under /api (and for clients that ask for JSON); a page elsewhere."""

    def respond(request: Request, status: int, message: str, details: list | None = None, headers: Any = None) -> Any:
        if wants_json(request.url.path, request.headers.get("accept", "")):
            body: dict[str, Any] = {"error": message, "status": status}
            if details:
                body["details"] = details
            return JSONResponse(body, status_code=status, headers=headers)
        if status == 404 and message == "Not Found":
            message = f"There is no page at {request.url.path}."
        return render_error(request, status, message, headers=headers)

    @app.exception_handler(HTTPException)
    async def handle_http(request: Request, error: HTTPException) -> Any:
        headers = getattr(error, "headers", None)
        if error.status_code == 405:  # a path with several routes (GET and PATCH): allow what all of them take
            headers = {**(headers or {}), "Allow": ", ".join(list_allowed_methods(request))}
        return respond(request, error.status_code, str(error.detail), headers=headers)

    @app.exception_handler(404)
    async def handle_missing(request: Request, error: Exception) -> Any:
        return respond(request, 404, str(getattr(error, "detail", "")) or "not found")

    @app.exception_handler(RequestValidationError)
    async def handle_invalid(request: Request, error: RequestValidationError) -> Any:
        details = [
            {"where": ".".join(str(part) for part in item.get("loc", ())), "problem": item.get("msg", "")}
            for item in error.errors()
        ]
        summary = "; ".join(f"{d['where']}: {d['problem']}" for d in details[:5])
        return respond(request, 422, f"invalid request: {summary}", details)

    @app.exception_handler(services.NotFoundError)
    async def handle_not_found(request: Request, error: services.NotFoundError) -> Any:
        return respond(request, 404, str(error))

    @app.exception_handler(ChallengeError)
    async def handle_conflict(request: Request, error: ChallengeError) -> Any:
        return respond(request, 409, str(error))

    @app.exception_handler(ConfigError)
    async def handle_config(request: Request, error: ConfigError) -> Any:
        return respond(request, 422, str(error))

    @app.exception_handler(ValueError)
    async def handle_value(request: Request, error: ValueError) -> Any:
        return respond(request, 400, str(error))
