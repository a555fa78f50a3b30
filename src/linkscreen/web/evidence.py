"""Relationship evidence on the web: the sources page, one source's people and meetings, removing a
source, and the /api/v1/evidence endpoints. Thin calls into the services; uploads go through the
import page's job (or straight through, for the API)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, Path, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from linkscreen import services
from linkscreen.core.evidence_records import EvidenceSource, KnownPerson, Meeting
from linkscreen.services.challenge import triage_stored
from linkscreen.web.api import describe_errors, read_context
from linkscreen.web.app import render_page
from linkscreen.web.security import require_api_auth, require_csrf
from linkscreen.web.uploads import UPLOAD_KINDS, choose_evidence_kind, require_evidence_kind, run_import, save_uploads

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/v1", tags=["api"])
SHOWN = 20
UploadKind = Literal[tuple(UPLOAD_KINDS)]  # type: ignore[valid-type]
SourceName = Annotated[str, Path(min_length=1, max_length=500, description="The source's name: vcard:contacts.vcf")]


class EvidenceSourceOut(BaseModel):
    name: str
    kind: str
    path: str
    people: int
    meetings: int
    added_at: str
    updated_at: str


class EvidenceListOut(BaseModel):
    sources: list[EvidenceSourceOut]


def describe_source(source: EvidenceSource) -> dict[str, Any]:
    """A source as JSON: its name, kind, where it came from, what it holds and when it was read."""
    return {"name": source.name, "kind": source.kind, "path": source.path, "people": source.people,
            "meetings": source.meetings, "added_at": source.added_at.isoformat(),
            "updated_at": source.updated_at.isoformat()}


def describe_person(person: KnownPerson) -> dict[str, Any]:
    """A known person as JSON (what the sources page shows)."""
    return {"name": person.name, "relation": person.relation, "emails": list(person.emails), "company": person.company,
            "title": person.title, "profile_url": person.profile_url, "sent": person.sent, "received": person.received,
            "last_seen": person.last_seen.isoformat() if person.last_seen else None}


def describe_meeting(meeting: Meeting) -> dict[str, Any]:
    """A meeting as JSON: its title, when and where, and how many took part."""
    return {"title": meeting.title, "started_at": meeting.started_at.isoformat() if meeting.started_at else None,
            "location": meeting.location, "attendees": len(meeting.attendees)}


def read_source(request: Request, name: str) -> dict[str, Any]:
    """One source with its most active people and newest meetings; 404 when there is no such source."""
    detail = services.show_evidence(read_context(request).store(), name, SHOWN)
    if detail is None:
        raise HTTPException(404, f"no evidence source named {name!r}")
    return {**describe_source(detail.source), "top_people": [describe_person(p) for p in detail.people],
            "top_meetings": [describe_meeting(m) for m in detail.meetings]}


def remove_source(request: Request, name: str) -> dict[str, int]:
    """Forget a source, then re-assess the open queue without it; 404 when there is no such source."""
    context = read_context(request)
    store = context.store()
    if not services.remove_evidence(store, name):
        raise HTTPException(404, f"no evidence source named {name!r}")
    return triage_stored(store, context.screener())


@pages.get("/evidence")
def show_sources(request: Request, removed: Annotated[str, Query(max_length=500)] = "") -> Response:
    sources = services.list_evidence(read_context(request).store())
    return render_page(request, "evidence.html", {"sources": sources, "removed": removed})


@pages.get("/evidence/source")
def show_source(request: Request, name: Annotated[str, Query(min_length=1, max_length=500)]) -> Response:
    return render_page(request, "evidence_source.html", {"source": read_source(request, name)})


@pages.post("/evidence/remove", dependencies=[Depends(require_csrf)])
def remove_from_page(request: Request, name: Annotated[str, Form(min_length=1, max_length=500)]) -> Response:
    from urllib.parse import urlencode

    remove_source(request, name)
    return RedirectResponse("/evidence?" + urlencode({"removed": name}), status_code=303)


@api.get("/evidence", response_model=EvidenceListOut, summary="The sources of relationship evidence")
def list_sources(request: Request) -> dict[str, Any]:
    return {"sources": [describe_source(s) for s in services.list_evidence(read_context(request).store())]}


@api.post("/evidence", dependencies=[Depends(require_api_auth)], responses=describe_errors(400, 403, 413, 415),
          summary="Index uploaded evidence (vCard, ICS, CRM CSV, mbox, .eml, LinkedIn export), then triage")
async def add_sources(
    request: Request,
    files: Annotated[list[UploadFile], File(description="The files; each becomes the source KIND:file name.")],
    kind: Annotated[UploadKind | None, Form(description="What the files are (default: by their names).")] = None,
) -> dict[str, Any]:
    """Uploading a file of the same name again refreshes its source (never duplicates it)."""
    context = read_context(request)
    choose = require_evidence_kind(kind) if kind else choose_evidence_kind
    saved = await save_uploads(files, context.upload_limit, choose)
    try:
        return await run_in_threadpool(run_import, context.store(), context.screener, saved, None, context.home)
    finally:
        saved.remove()


@api.get("/evidence/{name:path}", summary="One source with its most active people and newest meetings",
         responses=describe_errors(404))
def get_source(request: Request, name: SourceName) -> dict[str, Any]:
    return read_source(request, name)


@api.delete("/evidence/{name:path}", dependencies=[Depends(require_api_auth)], responses=describe_errors(403, 404),
            summary="Forget a source and everything indexed from it, then re-assess the open queue")
def delete_source(request: Request, name: SourceName) -> dict[str, Any]:
    return {"name": name, "removed": True, "triage": remove_source(request, name)}
