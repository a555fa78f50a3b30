"""The use cases. Every CLI command, web view and API endpoint is a thin call into this module."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from linkscreen.adapters.readers import ImportFileError, detect_source_kind, read_source
from linkscreen.adapters.storage import Store
from linkscreen.adapters.userdir import resolve_database_url
from linkscreen.core.models import ImportSummary, StoredInvitation, StoreStats

ProgressCallback = Callable[[int], None]
PROGRESS_EVERY = 5000


@dataclass(slots=True)
class ImportResult:
    """What importing one path did: its summary, or the reason it could not be read at all."""

    source: str
    kind: str
    summary: ImportSummary
    failure: str = ""

    @property
    def ok(self) -> bool:
        return not self.failure


def open_store(url: str | None = None) -> Store:
    """Open the user's database (or the one at `url`)."""
    return Store.open(resolve_database_url(url))


def import_paths(
    store: Store, paths: Iterable[Path], on_progress: ProgressCallback | None = None
) -> list[ImportResult]:
    """Import each path in its own transaction; a path that cannot be read is reported, not fatal."""
    return [import_path(store, Path(path), on_progress) for path in paths]


def import_path(store: Store, path: Path, on_progress: ProgressCallback | None = None) -> ImportResult:
    """Import one file or export: everything in it lands, or nothing does."""
    try:
        kind = detect_source_kind(path)
        with store.importing(str(path), kind) as writer:
            for item in read_source(path):
                writer.add(item)
                if on_progress and writer.rows_seen % PROGRESS_EVERY == 0:
                    on_progress(writer.rows_seen)
        return ImportResult(str(path), kind, writer.summary)
    except ImportFileError as error:
        return ImportResult(str(path), "", ImportSummary(), failure=str(error))


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
