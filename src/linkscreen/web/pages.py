"""The HTML pages: queue, challenge tracker, import, dashboard, settings, coach. Thin calls into services."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from linkscreen import services
from linkscreen.adapters.config import ConfigError
from linkscreen.core.coach import FREE_LIMIT, PREMIUM_LIMIT, WEIGHTS, find_score_band
from linkscreen.core.policy import PRESETS, SURE_SCAM
from linkscreen.core.replies import DEFAULT_TEMPLATES
from linkscreen.core.taxonomy import ACTIONS, INTENTS
from linkscreen.services import web_queries
from linkscreen.services.challenge import LatestStep, label_and_reassess, read_latest_step, undo_decision
from linkscreen.services.coaching import describe_report
from linkscreen.services.editing import edit_and_reassess
from linkscreen.web.app import render_error, render_page
from linkscreen.web.charts import build_charts, write_chart_csv
from linkscreen.web.security import generate_token, require_csrf
from linkscreen.web.uploads import (
    BackgroundJob, check_pasted_text, choose_evidence_kind, choose_import_kind, run_import, run_paste, save_uploads,
)

router = APIRouter(include_in_schema=False)
CHECKED = [Depends(require_csrf)]
STATUS_CHOICES = ("open", "all", "new", "asked", "replied", "decided", "expired")
DraftText = Annotated[str, Form(max_length=20000)]
ShortText = Annotated[str, Form(max_length=2000)]
FieldText = Annotated[str | None, Form(max_length=20000)]
CHART_NAMES = ("requests_per_week", "actions_taken", "challenge_outcomes", "empty_notes", "top_companies")


def read_context(request: Request) -> Any:
    return request.app.state.context


@router.get("/")
def show_home() -> RedirectResponse:
    return RedirectResponse("/queue", status_code=303)


@router.get("/queue")
def show_queue(
    request: Request,
    status: Annotated[list[str], Query(max_length=7)] = ["open"],  # noqa: B006  (FastAPI copies the default)
    intent: str = "",
    action: str = "",
    q: Annotated[str, Query(max_length=200)] = "",
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=web_queries.MAX_PER_PAGE)] = 25,
    decided: Annotated[int | None, Query(ge=1)] = None,
    undone: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    """The queue; after a decision or an undo made through a form (`decided` / `undone`: the request's id), a
    confirmation, with an Undo form for a decision while it is still the request's latest step."""
    filters = {"status": status, "intent": intent, "action": action, "q": q, "per_page": per_page}
    try:
        result = web_queries.list_queue_page(read_context(request).store(), status, intent, action, q, page, per_page)
    except web_queries.PageOutOfRange as error:
        last = {"href": build_page_link(filters)(error.last_page), "text": f"Go to the last page ({error.last_page})"}
        return render_error(request, 404, str(error), [last])
    template = "_queue_list.html" if request.headers.get("hx-target") == "queue-list" else "queue.html"
    here = build_page_link(filters)(page)
    return render_page(request, template, {
        "result": result, "filters": filters, "statuses": STATUS_CHOICES, "intents": INTENTS, "actions": ACTIONS,
        "page_link": build_page_link(filters), "here": here, "flash": read_flash(request, decided, undone),
    })


def read_flash(request: Request, decided: int | None, undone: int | None) -> LatestStep | None:
    """The step to confirm at the top of the queue: the decision (or undo) a form just made, while it is still the
    request's latest (a reload shows it again; anything since, and it is gone)."""
    identifier, kind = (decided, "decision") if decided else (undone, "undo")
    step = read_latest_step(read_context(request).store(), identifier) if identifier else None
    return step if step is not None and step.kind == kind else None


def add_query(url: str, name: str, value: int) -> str:
    """The URL with one more query parameter."""
    return f"{url}{'&' if '?' in url else '?'}{name}={value}"


def build_page_link(filters: dict[str, Any]) -> Any:
    """Return a function giving the queue URL of another page with the same filters."""
    from urllib.parse import urlencode

    def link(page: int) -> str:
        defaults = {"status": ["open"], "per_page": 25}
        kept = {key: value for key, value in filters.items() if value not in ("", None, defaults.get(key))}
        query = urlencode({**kept, "page": page} if page > 1 else kept, doseq=True)
        return f"/queue?{query}" if query else "/queue"

    return link


@router.post("/queue/{invitation_id}/decision", dependencies=CHECKED)
def decide_request(
    request: Request, invitation_id: int, action: Annotated[str, Form(max_length=20)] = "",
    back: Annotated[str, Form(alias="next", max_length=2000)] = "/queue",
) -> Response:
    """The card's Accept / Ask / Ignore without JavaScript: record the decision, then back to the same page
    (its last page when the decision emptied it), which confirms it with an Undo form. With JavaScript the
    buttons call the API instead."""
    store = read_context(request).store()
    web_queries.decide_with_undo(store, invitation_id, action)
    return RedirectResponse(add_query(choose_queue_url(store, back), "decided", invitation_id) + "#flash",
                            status_code=303)


@router.post("/queue/{invitation_id}/undo", dependencies=CHECKED)
def undo_request(
    request: Request, invitation_id: int, previous_status: Annotated[str, Form(max_length=20)] = "",
    back: Annotated[str, Form(alias="next", max_length=2000)] = "/queue",
) -> Response:
    """The confirmation's Undo without JavaScript: `services.undo_decision`, as the API's undo and the `u` key
    (409 when the history no longer goes back to `previous_status`), then back to the page, which says so."""
    store = read_context(request).store()
    undo_decision(store, invitation_id, previous_status or None)
    return RedirectResponse(add_query(choose_queue_url(store, back), "undone", invitation_id) + "#flash",
                            status_code=303)


def choose_queue_url(store: Any, url: str) -> str:
    """The queue URL to go back to: `url` when it is a page of /queue that still has cards, its last
    page when it has none now, else the queue's first page."""
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(url)
    if parts.scheme or parts.netloc or parts.path != "/queue":
        return "/queue"
    query = parse_qs(parts.query)
    filters: dict[str, Any] = {"status": query.get("status", ["open"])}
    filters.update({key: query.get(key, [""])[-1] for key in ("intent", "action", "q")})
    try:
        page, per_page = (int(query.get(key, [default])[-1]) for key, default in (("page", "1"), ("per_page", "25")))
        filters["per_page"] = per_page
        web_queries.list_queue_page(store, filters["status"], filters["intent"], filters["action"], filters["q"],
                                    page, per_page)
    except web_queries.PageOutOfRange as error:
        return build_page_link(filters)(error.last_page)
    except ValueError:
        return "/queue"
    return f"/queue?{parts.query}" if parts.query else "/queue"


@router.post("/queue/triage", dependencies=CHECKED)
def triage_queue(request: Request) -> RedirectResponse:
    context = read_context(request)
    services.triage_stored(context.store(), context.screener())
    return RedirectResponse("/queue", status_code=303)


@router.post("/queue/{invitation_id}/label", dependencies=CHECKED)
def label_request(request: Request, invitation_id: int, intent: Annotated[str, Form(max_length=100)] = "") -> Response:
    """The card's "Correct this": the user's intent wins over the model's; the card shows it at once."""
    context = read_context(request)
    label_and_reassess(context.store(), context.screener(), invitation_id, intent)
    return RedirectResponse(f"/queue#request-{invitation_id}", status_code=303)


@router.post("/queue/{invitation_id}/edit", dependencies=CHECKED)
def edit_request(
    request: Request, invitation_id: int, headline: FieldText = None, company: FieldText = None,
    location: FieldText = None, mutual_connections: FieldText = None,
) -> Response:
    """The card's field corrections (a field not sent is left alone): the fields changed are kept over later
    imports, and the request is re-assessed."""
    context = read_context(request)
    sent = {"headline": headline, "company": company, "location": location, "mutual_connections": mutual_connections}
    fields = {name: value for name, value in sent.items() if value is not None}
    edit_and_reassess(context.store(), context.screener(), invitation_id, only_changed=True, **fields)
    return RedirectResponse(f"/queue#request-{invitation_id}", status_code=303)


@router.get("/challenges")
def show_challenges(request: Request) -> Response:
    context = read_context(request)
    board = web_queries.read_challenges(context.store(), context.screener())
    return render_page(
        request, "challenges.html", {"board": board, "waiting_days": context.screener().policy.waiting_days}
    )


@router.post("/challenges/{invitation_id}/reply", dependencies=CHECKED)
def paste_reply(request: Request, invitation_id: int, text: Annotated[str, Form(max_length=20000)] = "") -> Response:
    context = read_context(request)
    store, screener = context.store(), context.screener()
    try:
        services.reply_and_propose(store, screener, invitation_id, text)
    except ValueError as error:
        if isinstance(error, services.NotFoundError):
            raise
        raise HTTPException(400, str(error)) from error
    return RedirectResponse(f"/challenges#request-{invitation_id}", status_code=303)


@router.get("/import")
def show_import(request: Request) -> Response:
    return render_page(request, "import.html", {"limit": read_context(request).upload_limit})


@router.post("/import", dependencies=CHECKED)
async def start_import(
    request: Request, files: Annotated[list[UploadFile], File()],
    treat_as: Annotated[Literal["requests", "evidence"], Form()] = "requests",
) -> Response:
    """Import the files in the background; vCards and calendars (and, as the user says, CSV files and
    mail) go to the evidence index instead."""
    context = read_context(request)
    choose = choose_evidence_kind if treat_as == "evidence" else choose_import_kind
    saved = await save_uploads([f for f in files if f.filename], context.upload_limit, choose)
    job = context.jobs.start(
        generate_token(), "import",
        lambda progress: run_import(context.store(), context.screener, saved, progress, context.home),
        names=[path.name for path in saved.paths], cleanup=saved.remove,
    )
    if request.headers.get("hx-request"):
        return render_page(request, "_import_job.html", {"job": job})
    return RedirectResponse(f"/import/jobs/{job.id}", status_code=303)


@router.post("/import/paste", dependencies=CHECKED)
def paste_page(request: Request, text: Annotated[str, Form()] = "") -> Response:
    """Import a pasted "Manage invitations" page at once (as `linkscreen paste`), then show the import's summary."""
    context = read_context(request)
    page = {"limit": context.upload_limit, "pasted": text}
    try:
        check_pasted_text(text, context.upload_limit)
    except HTTPException as error:
        return render_page(request, "import.html", {**page, "paste_problem": error.detail}, error.status_code)
    outcome = run_paste(context.store(), context.screener, text)
    job = BackgroundJob("paste", "import", ["pasted page"], state="done", outcome=outcome)
    return render_page(request, "import.html", {**page, "job": job, "pasted": ""})


@router.get("/import/jobs/{job_id}")
def show_import_job(request: Request, job_id: str) -> Response:
    job = find_job(request, job_id, "import")
    template = "_import_job.html" if request.headers.get("hx-request") else "import.html"
    return render_page(request, template, {"job": job, "limit": read_context(request).upload_limit})


@router.get("/dashboard")
def show_dashboard(request: Request) -> Response:
    dashboard = web_queries.read_dashboard(read_context(request).store())
    return render_page(request, "dashboard.html", {"charts": build_charts(dashboard)})


@router.get("/dashboard/{name}.csv")
def download_chart(request: Request, name: Literal[CHART_NAMES]) -> Response:  # type: ignore[valid-type]
    rows = web_queries.read_dashboard(read_context(request).store())[name]
    headers = {"content-disposition": f'attachment; filename="linkscreen-{name}.csv"'}
    return Response(write_chart_csv(rows), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/settings")
def show_settings(request: Request) -> Response:
    settings, problem = web_queries.read_settings_or_text(read_context(request).home)
    return render_settings(request, settings, problem, saved=False)


@router.post("/settings", dependencies=CHECKED)
def save_settings(request: Request, text: Annotated[str, Form(max_length=200_000)] = "") -> Response:
    context = read_context(request)
    try:
        web_queries.save_settings(context.home, text)
    except ConfigError as error:
        return render_settings(request, {"text": text}, str(error), saved=False, status_code=422)
    context.forget_screener()
    return render_settings(request, web_queries.read_settings(context.home), "", saved=True)


@router.post("/settings/form", dependencies=CHECKED)
def save_settings_form(
    request: Request, preset: ShortText = "", waiting_days: ShortText = "", ask: ShortText = "",
    sure_scam: ShortText = "",
) -> Response:
    """The small form: preset, waiting period, the `ask` reply and the scam confidence (in percent); the rest of
    config.toml is kept."""
    context = read_context(request)
    try:
        web_queries.update_settings(context.home, preset, waiting_days, ask, sure_scam)
    except ConfigError as error:
        settings, _ = web_queries.read_settings_or_text(context.home)
        form = {"preset": preset, "waiting_days": waiting_days, "ask": ask, "sure_scam": sure_scam}
        return render_settings(request, settings, str(error), saved=False, form=form, status_code=422)
    context.forget_screener()
    return render_settings(request, web_queries.read_settings(context.home), "", saved=True)


def render_settings(
    request: Request, settings: dict[str, Any], problem: str, saved: bool,
    form: dict[str, Any] | None = None, status_code: int = 200, learnt: dict[str, Any] | None = None,
) -> Response:
    """The settings page: the form (current values unless the user's own are being sent back), the editor,
    and what the model learnt from your corrections (`learnt`: a retrain job or a reset's message)."""
    if form is None:
        templates = settings.get("templates", DEFAULT_TEMPLATES)
        form = {"preset": settings.get("preset", "guarded"), "waiting_days": settings.get("waiting_days", 14),
                "ask": templates["ask"], "sure_scam": round(100 * settings.get("sure_scam", SURE_SCAM))}
    presets = [{"name": name, "description": preset.description} for name, preset in PRESETS.items()]
    context = {"settings": settings, "problem": problem, "saved": saved, "form": form, "preset_choices": presets}
    return render_page(request, "settings.html", {**context, **read_learning(request, **(learnt or {}))},
                       status_code=status_code)


def read_learning(request: Request, job: BackgroundJob | None = None, message: str = "") -> dict[str, Any]:
    """What the "Learning from your corrections" section shows: the status, a retrain job, a message."""
    context = read_context(request)
    return {"learning": services.describe_learning(context.store(), context.home), "job": job, "message": message}


def render_learning(request: Request, job: BackgroundJob | None = None, message: str = "") -> Response:
    """The learning section alone for htmx, else the whole settings page around it."""
    if request.headers.get("hx-request"):
        return render_page(request, "_learning.html", read_learning(request, job, message))
    settings, problem = web_queries.read_settings_or_text(read_context(request).home)
    return render_settings(request, settings, problem, saved=False, learnt={"job": job, "message": message})


@router.post("/settings/retrain", dependencies=CHECKED)
def start_retrain(request: Request) -> Response:
    """The "Retrain now" button: retrain in the background (one at a time, else 409); the section polls the job."""
    context = read_context(request)
    context.claim_model()
    try:
        job = context.jobs.start(generate_token(), "retrain", lambda _progress: context.retrain_model().describe(),
                                 cleanup=context.release_model)
    except BaseException:
        context.release_model()
        raise
    if request.headers.get("hx-request"):
        return render_learning(request, job)
    return RedirectResponse(f"/settings/retrain/{job.id}#learning", status_code=303)


@router.get("/settings/retrain/{job_id}")
def show_retrain(request: Request, job_id: str) -> Response:
    return render_learning(request, find_job(request, job_id, "retrain"))


def find_job(request: Request, job_id: str, kind: str) -> BackgroundJob:
    """The background job of that id and kind, else 404."""
    job = read_context(request).jobs.get(job_id, kind)
    if job is None:
        raise HTTPException(404, f"no such {kind} (the server keeps the latest 20 jobs)")
    return job


@router.post("/settings/reset-model", dependencies=CHECKED)
def reset_model(request: Request) -> Response:
    """The "Go back to the shipped model" button: the user's model goes, their labels stay."""
    context = read_context(request)
    with context.holding_model():
        removed = context.reset_model()
    message = "Back to the shipped model; your labels stay." if removed else "The shipped model is already in use."
    return render_learning(request, message=message)


@router.get("/coach")
def show_coach(request: Request) -> Response:
    draft = {"message": "", "recipient_name": "", "context": ""}
    return render_page(request, "coach.html", {"draft": draft, "view": None})


@router.post("/coach", dependencies=CHECKED)
def coach_page(
    request: Request, message: DraftText = "", recipient_name: ShortText = "", context: ShortText = ""
) -> Response:
    """The page with its report: what a browser without JavaScript gets from the form."""
    draft = {"message": message, "recipient_name": recipient_name, "context": context}
    view = build_coach_view(read_context(request).screener(), message, recipient_name, context)
    return render_page(request, "coach.html", {"draft": draft, "view": view})


@router.post("/coach/check", dependencies=CHECKED)
def check_draft(
    request: Request, message: DraftText = "", recipient_name: ShortText = "", context: ShortText = ""
) -> Response:
    """The live report (an htmx partial) for the draft typed so far."""
    view = build_coach_view(read_context(request).screener(), message, recipient_name, context)
    return render_page(request, "_coach_result.html", {"view": view})


def build_coach_view(screener: services.Screener, message: str, recipient_name: str, context: str) -> dict[str, Any]:
    """The coaching report of a draft, with each check's weight, the score band and the length against the limits."""
    report = services.coach_draft(screener, message, recipient_name, context)
    length = len(message.strip())
    return {
        **describe_report(report),
        "weights": WEIGHTS, "band": find_score_band(report.score), "prediction": report.prediction,
        "length": length, "free_limit": FREE_LIMIT, "premium_limit": PREMIUM_LIMIT,
        "length_state": "over-premium" if length > PREMIUM_LIMIT else "over-free" if length > FREE_LIMIT else "fits",
    }
