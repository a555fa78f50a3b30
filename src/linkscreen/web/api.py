"""The HTTP API under /api/v1: thin calls into the services, JSON in and out."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Path, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field, StrictInt, ValidationInfo, field_validator

from linkscreen import services
from linkscreen.core.taxonomy import ACTIONS, INTENTS
from linkscreen.services import web_queries
from linkscreen.services.challenge import label_and_reassess
from linkscreen.services.coaching import describe_report
from linkscreen.web.security import require_api_auth
from linkscreen.web.uploads import check_pasted_text, run_import, run_paste, save_uploads

CHARTS = ("requests_per_week", "actions_taken", "challenge_outcomes", "empty_notes", "top_companies")
StatusFilter = Literal["open", "all", "new", "asked", "replied", "decided", "expired"]
IntentName = Literal[INTENTS]  # type: ignore[valid-type]
ActionName = Literal[ACTIONS]  # type: ignore[valid-type]
RequestId = Annotated[int, Path(ge=1, le=2**62, description="The request's id.")]


class ErrorBody(BaseModel):
    """Every error: a message for people and the HTTP status."""

    error: str
    status: int
    details: list[dict[str, Any]] | None = None


def describe_errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The error responses an endpoint documents."""
    return {code: {"model": ErrorBody} for code in sorted({*codes, 400, 413, 422})}


router = APIRouter(prefix="/api/v1", tags=["api"])
WRITE = [Depends(require_api_auth)]


STRICT = {"strict": True}
# some text that is not blank to Python: a character str.isspace() is false for, listed rather than written `\S`,
# whose meaning differs between Python, pydantic's Rust engine and the JSON Schema (ECMA) readers of the schema
# (U+001C-U+001F are white space to Python only, U+0085 to Python and Rust but not ECMA, U+FEFF to ECMA only)
NOT_BLANK = r"[^\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"


class DecisionIn(BaseModel):
    model_config = STRICT
    action: ActionName
    note: str = Field("", max_length=2000)


class UndoIn(BaseModel):
    model_config = STRICT
    previous_status: Literal["new", "asked", "replied", "decided", "expired"] | None = Field(
        None, description="Optional: the status you expect back. The server restores the one its history "
                          "records before the latest decision; 409 when this disagrees.")


class LabelIn(BaseModel):
    model_config = STRICT
    intent: IntentName


class ReplyIn(BaseModel):
    model_config = STRICT
    text: str = Field(
        min_length=1, max_length=20000, pattern=NOT_BLANK, description="The sender's answer to the question."
    )


class PasteIn(BaseModel):
    model_config = STRICT
    text: str = Field(min_length=1, pattern=NOT_BLANK, description="The copied text of LinkedIn's \"Manage "
                      "invitations\" page (at most the upload limit, in UTF-8 bytes).")


class EditIn(BaseModel):
    """Fields to set as you know them; later imports never overwrite them. Omitted fields stay as they are."""

    model_config = {"extra": "forbid"}
    name: str = Field(None, min_length=1, max_length=500, pattern=NOT_BLANK)  # type: ignore[assignment]
    headline: str = Field(None, max_length=2000)  # type: ignore[assignment]
    company: str = Field(None, max_length=500)  # type: ignore[assignment]
    location: str = Field(None, max_length=500)  # type: ignore[assignment]
    mutual_connections: int | None = Field(None, ge=0, le=100000, description="null clears the count.")

    @field_validator("name", "headline", "company", "location", mode="before")
    @classmethod
    def require_text(cls, value: Any) -> Any:
        """Text fields take strings only (null or a number is refused, not turned into text)."""
        if not isinstance(value, str):
            raise ValueError("must be a string")
        return value

    @field_validator("mutual_connections", mode="before")
    @classmethod
    def refuse_booleans(cls, value: Any) -> Any:
        """A count is a number (or null), never true/false or text."""
        if isinstance(value, (bool, str)):
            raise ValueError("must be a whole number")
        return value


class ClassifyItem(BaseModel):
    model_config = {"extra": "ignore"}
    id: Annotated[str, Field(min_length=1, max_length=200)] | StrictInt
    name: str = Field("", max_length=500)
    headline: str = Field("", max_length=2000)
    company: str = Field("", max_length=500)
    location: str = Field("", max_length=500)
    mutual_connections: int | str | None = Field(None, description="A whole number (checked per item, as classify "
                                                                   "does).")
    message: str = Field("", max_length=20000)
    sent_at: str | None = Field(None, max_length=40)
    profile_url: str = Field("", max_length=2000)

    @field_validator(
        "id", "name", "headline", "company", "location", "message", "sent_at", "profile_url", mode="before"
    )
    @classmethod
    def require_text(cls, value: Any, info: ValidationInfo) -> Any:
        """Text fields take strings only (the schema says so); an id may be a whole number, as JSON Lines ids
        often are (`linkscreen classify` takes it too)."""
        if isinstance(value, int) and not isinstance(value, bool) and info.field_name == "id":
            return str(value)
        if value is not None and not isinstance(value, str):
            raise ValueError("must be a string")
        return value

    @field_validator("mutual_connections", mode="before")
    @classmethod
    def refuse_booleans(cls, value: Any) -> Any:
        """A count is a number, never true/false."""
        if isinstance(value, bool):
            raise ValueError("must be a whole number")
        return value


class ClassifyIn(BaseModel):
    model_config = STRICT
    items: list[ClassifyItem] = Field(max_length=100)


class OutcomeItem(BaseModel):
    model_config = STRICT
    id: str = Field(min_length=1, max_length=200)
    reply: str = Field(max_length=20000)
    invitation_message: str = Field("", max_length=20000)
    sender_headline: str = Field("", max_length=2000)


class OutcomeIn(BaseModel):
    model_config = STRICT
    items: list[OutcomeItem] = Field(max_length=100)


class CoachItem(BaseModel):
    model_config = STRICT
    id: str = Field(min_length=1, max_length=200)
    message: str = Field(max_length=20000, description="The draft connection note.")
    recipient_name: str | None = Field(None, max_length=2000, description="Whom it is for, to check the greeting.")
    context: str | None = Field(None, max_length=2000, description="What you share with them, e.g. 'met at ITx 2025'.")


class CoachIn(BaseModel):
    model_config = STRICT
    items: list[CoachItem] = Field(max_length=100)


class CoachCheckOut(BaseModel):
    name: str
    passed: bool
    detail: str


class CoachReportOut(BaseModel):
    id: str
    score: int = Field(ge=0, le=100)
    checks: list[CoachCheckOut]
    suggestions: list[str]
    predicted_intent: str
    predicted_action: str


class CoachOut(BaseModel):
    items: list[CoachReportOut]


def read_context(request: Request) -> Any:
    return request.app.state.context


@router.get("/invitations", summary="List incoming requests (paginated, filterable; 404 past the last page)",
            responses=describe_errors(400, 404))
def list_invitations(
    request: Request,
    status: Annotated[list[StatusFilter], Query(
        max_length=7, description="One or more (repeat the parameter: requests in any of them); open = all but decided."
    )] = ["open"],  # noqa: B006  (FastAPI copies the default)
    intent: IntentName | None = None,
    action: ActionName | None = None,
    q: Annotated[str, Query(max_length=200, description="Part of the sender's name.")] = "",
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=web_queries.MAX_PER_PAGE)] = 25,
) -> dict[str, Any]:
    result = web_queries.list_queue_page(
        read_context(request).store(), status, intent or "", action or "", q, page, per_page
    )
    return {"items": result.items, "page": result.page, "per_page": result.per_page, "total": result.total,
            "total_capped": result.total_capped, "pages": result.pages, "has_next": result.has_next,
            "untriaged": result.unassessed}


@router.get("/invitations/{invitation_id}", summary="One request with its history and replies",
            responses=describe_errors(404))
def get_invitation(request: Request, invitation_id: RequestId) -> dict[str, Any]:
    return web_queries.read_card(read_context(request).store(), invitation_id)


@router.patch("/invitations/{invitation_id}", dependencies=WRITE,
              summary="Correct a request's fields (kept over later imports)", responses=describe_errors(403, 404))
def edit(request: Request, invitation_id: RequestId, body: EditIn) -> dict[str, Any]:
    context = read_context(request)
    store = context.store()
    fields = body.model_dump(exclude_unset=True)
    changes, _ = services.edit_and_reassess(store, context.screener(), invitation_id, **fields)
    return {**web_queries.read_card(store, invitation_id), "changes": [change.describe() for change in changes]}


@router.post("/invitations/{invitation_id}/decision", dependencies=WRITE, summary="Record your decision",
             responses=describe_errors(403, 404, 409))
def decide(request: Request, invitation_id: RequestId, body: DecisionIn) -> dict[str, Any]:
    result = web_queries.decide_with_undo(read_context(request).store(), invitation_id, body.action, body.note)
    return {"id": invitation_id, **result}


@router.post("/invitations/{invitation_id}/undo", dependencies=WRITE, summary="Undo your latest decision",
             responses=describe_errors(400, 403, 404, 409))
def undo(request: Request, invitation_id: RequestId, body: UndoIn | None = None) -> dict[str, Any]:
    expected = body.previous_status if body else None
    status = services.undo_decision(read_context(request).store(), invitation_id, expected)
    return {"id": invitation_id, "status": status}


@router.post("/invitations/{invitation_id}/label", dependencies=WRITE,
             summary="Correct a request's intent (it wins over the model's in the queue); returns the "
                     "re-assessed intent and the proposed action",
             responses=describe_errors(403, 404))
def label(request: Request, invitation_id: RequestId, body: LabelIn) -> dict[str, Any]:
    context = read_context(request)
    triaged = label_and_reassess(context.store(), context.screener(), invitation_id, body.intent)
    if triaged is None:  # the request went between the label and its assessment
        return {"id": invitation_id, "intent": body.intent, "confidence": None, "proposed_action": None}
    assessment = triaged.assessment
    return {"id": invitation_id, "intent": assessment.intent, "confidence": round(assessment.confidence, 4),
            "proposed_action": assessment.action}


@router.post("/invitations/{invitation_id}/reply", dependencies=WRITE,
             summary="Record the sender's reply; judge it and propose the final action",
             responses=describe_errors(400, 403, 404, 409))
def reply(request: Request, invitation_id: RequestId, body: ReplyIn) -> dict[str, Any]:
    context = read_context(request)
    store, screener = context.store(), context.screener()
    judged, triaged = services.reply_and_propose(store, screener, invitation_id, body.text)
    proposed = triaged.assessment.action if triaged else None
    return {"id": invitation_id, "outcome": judged.outcome, "confidence": round(judged.confidence, 4),
            "reasons": list(judged.reasons), "proposed_action": proposed}


@router.post("/classify", dependencies=WRITE, summary="Classify requests (stateless; nothing is stored)",
             responses=describe_errors(403))
def classify(request: Request, body: ClassifyIn) -> dict[str, Any]:
    lines = [json.dumps(item.model_dump()) for item in body.items]
    results = services.classify_lines(lines, read_context(request).screener(), workers=1)
    return {"results": [describe_line(result) for result in results]}


@router.post("/coach", dependencies=WRITE, response_model=CoachOut, responses=describe_errors(403),
             summary="Score draft connection notes 0-100 with named checks and suggestions (stateless)")
def coach(request: Request, body: CoachIn) -> dict[str, Any]:
    screener = read_context(request).screener()
    reports = [(item.id, services.coach_draft(screener, item.message, item.recipient_name or "", item.context or ""))
               for item in body.items]
    return {"items": [{"id": identifier, **describe_report(report)} for identifier, report in reports]}


@router.post("/outcome", dependencies=WRITE, summary="Judge replies to the question (stateless)",
             responses=describe_errors(403))
def judge_outcomes(request: Request, body: OutcomeIn) -> dict[str, Any]:
    lines = [json.dumps(item.model_dump()) for item in body.items]
    results = services.judge_reply_lines(lines, read_context(request).screener())
    return {"results": [describe_line(result) for result in results]}


@router.post("/triage", dependencies=WRITE, summary="Sync the challenge from stored messages and assess the open queue",
             responses=describe_errors(403))
def triage(request: Request) -> dict[str, Any]:
    context = read_context(request)
    return services.triage_stored(context.store(), context.screener())


@router.get("/model", summary="Your labels and whether the model in use has learnt them (retrained or shipped)")
def read_model(request: Request) -> dict[str, Any]:
    context = read_context(request)
    return services.describe_learning(context.store(), context.home).describe()


@router.post("/model/retrain", dependencies=WRITE, responses=describe_errors(403, 409),
             summary="Retrain the intent model on the corpus plus your labels (skipped when nothing changed); "
                     "the requests whose intent changes")
def retrain_model(request: Request) -> dict[str, Any]:
    context = read_context(request)
    with context.holding_model():
        return context.retrain_model().describe()


@router.delete("/model", dependencies=WRITE, responses=describe_errors(403, 409),
               summary="Go back to the shipped model (your labels stay and still win in the queue)")
def reset_model(request: Request) -> dict[str, Any]:
    context = read_context(request)
    with context.holding_model():
        context.reset_model()
    return services.describe_learning(context.store(), context.home).describe()


@router.post("/import", dependencies=WRITE,
             summary="Import uploaded exports (ZIP, .jsonl, .ndjson, .csv, .eml, .mbox; .vcf and .ics as evidence), "
                     "then triage",
             responses=describe_errors(400, 403, 413, 415))
async def import_files(
    request: Request, files: Annotated[list[UploadFile], File(description="The files to import.")]
) -> dict[str, Any]:
    context = read_context(request)
    saved = await save_uploads(files, context.upload_limit)
    try:
        return await run_in_threadpool(run_import, context.store(), context.screener, saved, None, context.home)
    finally:
        saved.remove()


@router.post("/paste", dependencies=WRITE,
             summary="Import the copied text of LinkedIn's \"Manage invitations\" page (as `linkscreen paste`), "
                     "then triage; the import's per-file summary and the triage counts",
             responses=describe_errors(403, 413))
def paste_page(request: Request, body: PasteIn) -> dict[str, Any]:
    context = read_context(request)
    check_pasted_text(body.text, context.upload_limit)
    outcome = run_paste(context.store(), context.screener, body.text)
    return {**outcome["results"][0], "triage": outcome["triage"]}


@router.get("/stats", summary="Counts of everything stored")
def read_stats(request: Request) -> dict[str, Any]:
    counts = services.read_stats(read_context(request).store())
    return {
        "incoming": counts.incoming, "incoming_with_note": counts.incoming_with_note, "by_status": counts.by_status,
        "outgoing": counts.outgoing, "connections": counts.connections, "hidden_connections": counts.hidden_connections,
        "messages": counts.messages, "sponsored_messages": counts.sponsored_messages, "positions": counts.positions,
        "imports": counts.imports,
        "first_sent_at": counts.first_sent_at.isoformat() if counts.first_sent_at else None,
        "last_sent_at": counts.last_sent_at.isoformat() if counts.last_sent_at else None,
    }


@router.get("/charts/{name}", summary="One dashboard chart's rows", responses=describe_errors(404))
def read_chart(request: Request, name: Literal[CHARTS]) -> dict[str, Any]:  # type: ignore[valid-type]
    return {"name": name, "rows": web_queries.read_dashboard(read_context(request).store())[name]}


@router.get("/challenges", summary="Requests asked and waiting, replied, and expired")
def list_challenges(request: Request) -> dict[str, Any]:
    context = read_context(request)
    board = web_queries.read_challenges(context.store(), context.screener())
    return {"waiting": board.waiting, "replied": board.replied, "expired": board.expired}


def describe_line(result: dict[str, Any] | services.LineFailure) -> dict[str, Any]:
    """A stateless result, or the reason one item could not be used."""
    if isinstance(result, services.LineFailure):
        return {"item": result.line, "error": result.reason}
    return result
