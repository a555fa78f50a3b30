"""Use cases: look at the stored queue."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from linkscreen.adapters.storage import Store
from linkscreen.core.models import StoredInvitation, StoreStats


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
    """Describe stored requests; those already triaged carry intent, action and reasons too."""
    rows = store.list_invitations(statuses=statuses, limit=limit, offset=offset)
    assessments = store.read_assessments([row.id for row in rows])
    described = []
    for row in rows:
        item = describe_invitation(row)
        assessment = assessments.get(row.id)
        if assessment is not None:
            item.update(
                intent=assessment.intent,
                confidence=round(assessment.confidence, 4),
                action=assessment.action,
                reasons=list(assessment.reasons) + list(assessment.decision_reasons),
                reply=assessment.reply,
            )
        described.append(item)
    return described
