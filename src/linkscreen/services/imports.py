"""Use case: import exports and files into the store."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from linkscreen.adapters.child_reader import read_in_child
from linkscreen.adapters.imap_source import (  # noqa: F401  (the interfaces read the URL through services)
    BATCH_UIDS, PASSWORD_ENV, ImapConnectionLost, ImapError, ImapSettings, is_imap_url, open_folder, parse_imap_url)
from linkscreen.adapters.invitation_mail import INVITATION_EMAIL
from linkscreen.adapters.mail_batches import BatchedMailReader
from linkscreen.adapters.mail_sources import MAX_MESSAGE_BYTES
from linkscreen.adapters.readers import ImportFileError, detect_source_kind, read_source
from linkscreen.adapters.storage import Store
from linkscreen.adapters.storage.rows import prepare_item
from linkscreen.adapters.userdir import resolve_database_url
from linkscreen.core.models import ImportSummary
from linkscreen.services.interruption import InterruptGuard, hold_interrupts

ProgressCallback = Callable[[int], None]
PROGRESS_EVERY = 5000
MAX_COUNTER = 2**31 - 1  # counters are 32-bit integers in PostgreSQL; resuming lower only re-reads


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
    store: Store, paths: Iterable[Path], on_progress: ProgressCallback | None = None,
    on_saved: Callable[[ImportResult], None] | None = None,
) -> list[ImportResult]:
    """Import each path in its own transaction; a path that cannot be read is reported, not fatal."""
    return [import_path(store, Path(path), on_progress, on_saved) for path in paths]


def import_path(
    store: Store, path: Path, on_progress: ProgressCallback | None = None,
    on_saved: Callable[[ImportResult], None] | None = None,
) -> ImportResult:
    """Import one file or export: everything in it lands, or nothing does. `on_saved` is told as it lands (a
    Ctrl-C waits for both: an interrupted command says what was saved)."""
    try:
        kind = detect_source_kind(path)
        with InterruptGuard() as guard:
            with store.importing(str(path), kind) as writer:
                for item in read_in_child(lambda: map(prepare_item, read_source(path)), **store.reader_codec()):
                    writer.add(item)
                    if on_progress and writer.rows_seen % PROGRESS_EVERY == 0:
                        on_progress(writer.rows_seen)
                guard.hold()  # from the last row to the commit's report
            result = ImportResult(str(path), kind, writer.summary)
            if on_saved is not None:
                on_saved(result)
        return result
    except ImportFileError as error:
        return ImportResult(str(path), "", ImportSummary(), failure=str(error))


def import_imap(
    store: Store, settings: ImapSettings, password: str, since: date | None = None,
    on_progress: ProgressCallback | None = None, batch_size: int = BATCH_UIDS,
    max_message_bytes: int = MAX_MESSAGE_BYTES,
) -> ImportResult:
    """Import the invitation e-mails of an IMAP folder, committing every batch of messages.

    The highest UID done is kept per server, user, folder, UIDVALIDITY and --since date, in the same
    transaction as the batch: a run cut off half-way keeps what it read, and the next run carries on
    after it (a run over a folder already read only reads what arrived since).
    """
    source = settings.label
    summary = ImportSummary()
    reader = BatchedMailReader(settings.source_name)
    try:
        with open_folder(settings, password) as folder:
            mark = name_imap_progress(settings, folder.uidvalidity, since)
            done = after = store.read_counter(mark)
            for batch in folder.iterate_batches(after, since, batch_size, False, max_message_bytes):
                done = batch.last_uid
                items = reader.read_batch(batch.messages)
                held = reader.held_from
                with hold_interrupts():  # a batch and its count go together (see import_path)
                    write_imap_batch(store, summary, items, mark, done if held is None else min(done, held - 1),
                                     source)
                    if on_progress:
                        on_progress(reader.messages)
            if done > after:
                write_imap_batch(store, summary, reader.finish(), mark, done, source)
    except ImapError as error:
        failure = str(error)
        if isinstance(error, ImapConnectionLost):
            failure += (f"; the {reader.messages} messages read before stay imported: run the same command "
                        "again to continue")
        if reader.messages:
            store.log_import(source, INVITATION_EMAIL, summary)
        return ImportResult(source, INVITATION_EMAIL, summary, failure=failure)
    summary.notes.extend(reader.finish_notes())
    store.log_import(source, INVITATION_EMAIL, summary)
    return ImportResult(source, INVITATION_EMAIL, summary)


def write_imap_batch(
    store: Store, summary: ImportSummary, items: list, mark: str, done_uid: int, source: str = ""
) -> None:
    """Write one batch's items and the highest UID done, together."""
    with store.importing_batch(summary, source) as writer:
        for item in items:
            writer.add(item)
        writer.write_counter(mark, min(done_uid, MAX_COUNTER))


def name_imap_progress(settings: ImapSettings, uidvalidity: int, since: date | None) -> str:
    """The counter holding the highest UID imported from one folder (fits the counters' 80 characters)."""
    identity = "\0".join((settings.host.lower(), settings.user, settings.folder, str(uidvalidity),
                          since.isoformat() if since else ""))
    return "imap-uid:" + hashlib.blake2b(identity.encode("utf-8"), digest_size=16).hexdigest()
