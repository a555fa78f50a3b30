"""Use cases: look at the stored queue."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from linkscreen.core.merging import RESURFACED_PREFIX, TRACKED_FIELDS, name_source
from linkscreen.core.models import StoredAssessment, StoredInvitation, StoreStats

if TYPE_CHECKING:
    from linkscreen.adapters.storage import Store


def list_queue(
    store: Store,
    statuses: Iterable[str] | None = None,
    limit: int | None = None,
    offset: int = 0,
    direction: str = "INCOMING",
) -> list[StoredInvitation]:
    """Return stored requests, newest first, optionally only those in the given statuses."""
    return store.list_invitations(direction=direction, statuses=statuses, limit=limit, offset=offset)


def read_stats(store: Store) -> StoreStats:
    """Return counts over everything stored."""
    return store.read_stats()


def describe_invitation(stored: StoredInvitation) -> dict[str, Any]:
    """Return the JSON-ready description of a stored request (the shape of `list --json`)."""
    inv = stored.invitation
    return {
        "id": stored.id,
        "name": inv.name,
        "headline": inv.headline,
        "company": inv.company,
        "location": inv.location,
        "mutual_connections": inv.mutual_connections,
        "message": inv.message,
        "sent_at": inv.sent_at.isoformat() if inv.sent_at else None,
        "profile_url": inv.profile_url,
        "status": stored.status,
        "source": inv.source,
    }


def describe_queue(
    store: Store, statuses: Iterable[str] | None = None, limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """Describe stored requests with the source of each field; those already triaged carry intent,
    action and reasons too."""
    rows = store.list_invitations(statuses=statuses, limit=limit, offset=offset)
    assessments = store.read_assessments([row.id for row in rows])
    sources = read_sources(store, rows)
    described = []
    for row in rows:
        item = describe_invitation(row)
        item["sources"] = sources[row.id]
        assessment = assessments.get(row.id)
        if assessment is not None:
            item.update(
                intent=assessment.intent,
                confidence=round(assessment.confidence, 4),
                action=assessment.action,
                reasons=join_reasons(assessment),
                reply=assessment.reply,
            )
        described.append(item)
    return described


def join_reasons(assessment: StoredAssessment) -> list[str]:
    """A verdict's reasons as one list (`list --json`, `export`): why a decided request is back in the queue
    first, when it is, then the classifier's reasons, then the rules' and the policy's."""
    back = [reason for reason in assessment.decision_reasons if reason.startswith(RESURFACED_PREFIX)]
    rest = [reason for reason in assessment.decision_reasons if not reason.startswith(RESURFACED_PREFIX)]
    return back + list(assessment.reasons) + rest


def describe_sources(stored: StoredInvitation, recorded: Mapping[str, tuple[str, bool]]) -> dict[str, str]:
    """Which source set each field that has a value: "export", "email", "paste", "jsonl", "csv" or "user"."""
    inv = stored.invitation
    origin = name_source(inv.source)
    return {name: recorded[name][0] if name in recorded else origin
            for name in TRACKED_FIELDS if getattr(inv, name) not in ("", None)}


def read_sources(store: Store, items: list[StoredInvitation]) -> dict[int, dict[str, str]]:
    """`describe_sources` for several requests, in one query."""
    recorded = store.read_field_sources([item.id for item in items])
    return {item.id: describe_sources(item, recorded.get(item.id, {})) for item in items}
