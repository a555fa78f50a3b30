"""Use cases of relationship evidence: add and refresh sources, list and show them, look a sender up."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from linkscreen.adapters.config import CONFIG_FILE
from linkscreen.adapters.errors import ImportFileError
from linkscreen.adapters.evidence.sources import KINDS, read_evidence, read_imap_source
from linkscreen.adapters.imap_source import PASSWORD_ENV, ImapError
from linkscreen.adapters.evidence_settings import EvidenceSettings, read_evidence_settings
from linkscreen.adapters.storage import Store
from linkscreen.adapters.userdir import resolve_home
from linkscreen.core.evidence import EvidenceIndex
from linkscreen.core.evidence_records import EvidenceSource, KnownPerson, Meeting
from linkscreen.core.models import FileNote, ImportSummary
from linkscreen.services.imports import PROGRESS_EVERY, ImportResult, ProgressCallback, import_path

Record = TypeVar("Record")
PasswordSource = Callable[[str], str]  # an IMAP URL -> its password ("" when there is none to be had)
EXPORT_HOLDS = ("connections", "messages", "positions", "invitations")  # what a LinkedIn export source holds
UPLOADED = "upload:"  # the path recorded for a file uploaded on the web page (its copy is gone)


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
    `origin` is what the index records as its path, when not `path` (an upload's temporary file); a
    path is recorded absolute, so that `refresh_evidence` finds it again from any folder.
    `on_progress` hears how many records have been read, every few thousand and at the end.
    A LinkedIn export's invitations are imported into the queue too; its source records what it holds.
    """
    name = name or name_source(kind, path)
    origin = origin or (str(path) if kind == "imap" else os.path.abspath(Path(path).expanduser()))
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
            summary = imported.summary
            holds = {kind_: sum(bucket.get(kind_, 0) for bucket in (summary.new, summary.updated, summary.unchanged))
                     for kind_ in EXPORT_HOLDS}
            store.save_evidence_source(name, kind, origin, [], holds=holds)
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


def refresh_evidence(
    store: Store, settings: EvidenceSettings, password_for: PasswordSource | None = None
) -> list[ImportResult]:
    """Re-read every source: those listed in config.toml's [[evidence.sources]], then every other one
    added before (`evidence add`, the web page), from the path it was added from.

    A stored source whose file or folder is gone, or that was uploaded on the web page, is skipped with a
    note. An IMAP folder is read with `password_for(url)`; without a password it is skipped with a note.
    """
    results = []
    listed = set()
    for setting in settings.sources:
        listed.add(setting.name or name_source(setting.kind, setting.path))
        if setting.kind == "imap":
            results.append(refresh_imap(store, setting.name, str(setting.path), settings, password_for))
        else:
            results.append(add_evidence(store, setting.kind, setting.path, setting.name, settings))
    for source in store.list_evidence_sources():
        if source.name not in listed:
            results.append(refresh_stored_source(store, source, settings, password_for))
    return results


def refresh_stored_source(
    store: Store, source: EvidenceSource, settings: EvidenceSettings, password_for: PasswordSource | None = None
) -> ImportResult:
    """Re-read one stored source from where it was added, or say why it cannot be (a note, not a failure)."""
    if source.kind == "imap":
        return refresh_imap(store, source.name, source.path, settings, password_for)
    if source.path.startswith(UPLOADED):
        return skip_source(source.name, source.kind, source.path.removeprefix(UPLOADED),
                           "uploaded on the web page, so there is no file to re-read: upload it again to refresh it")
    path = Path(source.path)
    if not path.exists():
        return skip_source(source.name, source.kind, source.path,
                           f"gone, so not refreshed: `linkscreen evidence add {source.kind} NEW_PATH --name "
                           f"{source.name}` reads it from where it is now, `evidence remove` forgets it")
    return add_evidence(store, source.kind, path, source.name, settings)


def refresh_imap(
    store: Store, name: str, url: str, settings: EvidenceSettings, password_for: PasswordSource | None
) -> ImportResult:
    """Re-read an IMAP source with its password; without one it is skipped with a note saying how to give it."""
    password = password_for(url) if password_for else ""
    if not password:
        return skip_source(name or name_source("imap", url), "imap", url,
                           f"needs its password, so not refreshed: set {PASSWORD_ENV} (or run `linkscreen evidence "
                           "refresh` in a terminal, which asks for it)")
    return add_evidence(store, "imap", url, name, settings, password)


def skip_source(name: str, kind: str, where: str, why: str) -> ImportResult:
    """The result of a source left as it was: nothing read, and a note saying why."""
    return ImportResult(name, kind, ImportSummary(notes=[FileNote(where, why)]))


def describe_holdings(source: EvidenceSource, store: Store | None = None) -> dict[str, int]:
    """What a source holds, by kind: people and meetings; for a LinkedIn export its connections, messages,
    positions and invitations (for one added before sources recorded that, the database's own counts)."""
    if source.kind != "linkedin":
        return {"people": source.people, "meetings": source.meetings}
    holds = (source.summary or {}).get("holds")
    if isinstance(holds, dict):
        return {kind: int(holds.get(kind, 0)) for kind in EXPORT_HOLDS}
    if store is None:
        return {}
    stats = store.read_stats()
    return {"connections": stats.connections, "messages": stats.messages, "positions": stats.positions,
            "invitations": stats.incoming + stats.outgoing}


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
