"""Use cases of relationship evidence: add and refresh sources, list and show them, look a sender up."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from linkscreen.adapters.config import CONFIG_FILE
from linkscreen.adapters.errors import ImportFileError
from linkscreen.adapters.evidence.sources import KINDS, read_evidence, read_imap_source
from linkscreen.adapters.imap_source import ImapError
from linkscreen.adapters.evidence_settings import EvidenceSettings, read_evidence_settings
from linkscreen.adapters.storage import Store
from linkscreen.adapters.userdir import resolve_home
from linkscreen.core.evidence import EvidenceIndex
from linkscreen.core.evidence_records import EvidenceSource, KnownPerson, Meeting
from linkscreen.core.models import ImportSummary
from linkscreen.services.imports import PROGRESS_EVERY, ImportResult, ProgressCallback, import_path

Record = TypeVar("Record")


@dataclass(slots=True)
class SourceDetail:
    """One source with a sample of the people and meetings it holds."""

    source: EvidenceSource
    people: list[KnownPerson]
    meetings: list[Meeting]


def load_evidence_settings(home: Path | None = None) -> EvidenceSettings:
    """The [evidence] settings of the user's config.toml."""
    return read_evidence_settings((home or resolve_home()) / CONFIG_FILE, set(KINDS))


def name_source(kind: str, path: Path | str) -> str:
    """The default name of a source: its kind and file name ("vcard:contacts.vcf"), or for IMAP its
    URL without the scheme ("imap:me@mail.example.org/INBOX")."""
    if kind == "imap":
        return f"imap:{str(path).split('://', 1)[-1]}"
    return f"{kind}:{Path(str(path)).name or str(path)}"


def add_evidence(
    store: Store,
    kind: str,
    path: Path | str,
    name: str = "",
    settings: EvidenceSettings | None = None,
    password: str = "",
    origin: str = "",
    on_progress: ProgressCallback | None = None,
) -> ImportResult:
    """Read a source into the evidence index (or refresh it, if that name was added before); the
    result's `source` is the name it is indexed under.

    All of it lands or none of it does; malformed records are reported with file and position.
    `path` is an imap:// or imaps:// URL for kind "imap" (with the password), a path otherwise.
    `origin` is what the index records as its path, when not `path` (an upload's temporary file).
    `on_progress` hears how many records have been read, every few thousand and at the end.
    """
    name = name or name_source(kind, path)
    origin = origin or str(path)
    settings = settings or EvidenceSettings()
    try:
        if kind == "imap":
            records = count_records(read_imap_source(str(path), settings, password), on_progress)
            return ImportResult(name, kind, store.save_evidence_source(name, kind, str(path), records))
        path = Path(path)
        if kind == "linkedin":
            imported = import_path(store, path, on_progress)
            if not imported.ok:
                raise ImportFileError(imported.failure)
            store.save_evidence_source(name, kind, origin, [])
            return ImportResult(name, kind, imported.summary)
        records = count_records(read_evidence(kind, path, settings), on_progress)
        return ImportResult(name, kind, store.save_evidence_source(name, kind, origin, records))
    except (ImportFileError, ImapError, OSError) as error:
        return ImportResult(name, kind, ImportSummary(), failure=str(error))


def count_records(
    records: Iterable[Record], on_progress: ProgressCallback | None, every: int = PROGRESS_EVERY
) -> Iterator[Record]:
    """Pass the records through, telling `on_progress` how many have been read every `every` and at the end."""
    count = 0
    for count, record in enumerate(records, start=1):
        if on_progress and count % every == 0:
            on_progress(count)
        yield record
    if on_progress:
        on_progress(count)


def refresh_evidence(store: Store, settings: EvidenceSettings) -> list[ImportResult]:
    """Re-read every source listed in config.toml's [[evidence.sources]]."""
    return [add_evidence(store, s.kind, s.path, s.name, settings) for s in settings.sources]


def list_evidence(store: Store) -> list[EvidenceSource]:
    """Every source in the index."""
    return store.list_evidence_sources()


def show_evidence(store: Store, name: str, limit: int = 20) -> SourceDetail | None:
    """One source with its most active people and newest meetings (None if there is no such source)."""
    source = next((s for s in store.list_evidence_sources() if s.name == name), None)
    if source is None:
        return None
    return SourceDetail(source, store.read_evidence_people(name, limit), store.read_evidence_meetings(name)[:limit])


def remove_evidence(store: Store, name: str) -> bool:
    """Forget one source."""
    return store.remove_evidence_source(name)


def load_stored_evidence(database: str) -> EvidenceIndex:
    """The evidence index of a database (a SQLite file path or a SQLAlchemy URL), opened read-only.

    Raises StoreError when it cannot be read.
    """
    url = database if "://" in database else f"sqlite:///{Path(database).expanduser()}"
    store = Store.open_read_only(url)
    try:
        return store.load_evidence_index()
    finally:
        store.close()
