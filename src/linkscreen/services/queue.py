"""Use cases: look at the stored queue."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from linkscreen.core.merging import RESURFACED_PREFIX, TRACKED_FIELDS, name_source
from linkscreen.core.models import StoredAssessment, StoredInvitation, StoreStats

if TYPE_CHECKING:
    from linkscreen.adapters.storage import Store
    from linkscreen.adapters.storage.web_tables import QueueFilter

MAX_SEARCH = 200  # characters of a name search that count
SEARCH_PAGE = 1000  # requests a searched list reads at a time (a query's parameters stay few)


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


def build_queue_filter(
    statuses: Iterable[str] = (), intent: str = "", action: str = "", search: str = ""
) -> QueueFilter:
    """The filter of the web queue and of `list`: statuses, intent, action and part of the name (its first
    MAX_SEARCH characters count)."""
    from linkscreen.adapters.storage.web_tables import QueueFilter  # the database layer, only when asked for

    return QueueFilter(tuple(statuses), intent, action, search.strip()[:MAX_SEARCH])


def find_queue_rows(
    store: Store, statuses: Iterable[str] = (), search: str = "", intent: str = "", action: str = "",
    limit: int = SEARCH_PAGE, offset: int = 0,
) -> list[tuple[StoredInvitation, StoredAssessment | None]]:
    """Incoming requests, newest first, each with its stored assessment (or None): the web queue's page and
    `list --search`. `search` matches part of the name without case, accents or extra spaces ("lucia" finds
    "Lucía"); no statuses means every status."""
    return store.list_queue_rows(build_queue_filter(statuses, intent, action, search), limit, offset)


def describe_queue(
    store: Store, statuses: Iterable[str] | None = None, limit: int | None = None, offset: int = 0, search: str = ""
) -> list[dict[str, Any]]:
    """Describe stored requests with the source of each field; those already triaged carry intent,
    action and reasons too. With `search`, only those whose name it matches (as `find_queue_rows`)."""
    if search.strip():
        pairs = read_found_rows(store, list(statuses or ()), search, limit, offset)
    else:
        rows = store.list_invitations(statuses=statuses, limit=limit, offset=offset)
        assessments = store.read_assessments([row.id for row in rows])
        pairs = [(row, assessments.get(row.id)) for row in rows]
    sources = read_sources(store, [row for row, _ in pairs])
    described = []
    for row, assessment in pairs:
        item = describe_invitation(row)
        item["sources"] = sources[row.id]
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


def read_found_rows(
    store: Store, statuses: list[str], search: str, limit: int | None, offset: int
) -> list[tuple[StoredInvitation, StoredAssessment | None]]:
    """Every request `find_queue_rows` finds from `offset` on (at most `limit`), SEARCH_PAGE at a time."""
    found: list[tuple[StoredInvitation, StoredAssessment | None]] = []
    while limit is None or len(found) < limit:
        wanted = SEARCH_PAGE if limit is None else min(SEARCH_PAGE, limit - len(found))
        page = find_queue_rows(store, statuses, search, limit=wanted, offset=offset + len(found))
        found.extend(page)
        if len(page) < wanted:
            break
    return found


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
