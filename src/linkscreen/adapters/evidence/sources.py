"""The evidence source kinds `linkscreen evidence add KIND PATH` knows, each a reader by name.

Every reader turns its files into `KnownPerson`, `Meeting` and `RowError` records; the LinkedIn
export is the exception: it is imported like `linkscreen import` does (connections, messages and
the user's positions feed the evidence directly from their tables).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from linkscreen.adapters.errors import ImportFileError
from linkscreen.adapters.evidence_settings import EvidenceSettings
from linkscreen.core.evidence_records import KnownPerson, Meeting
from linkscreen.core.models import RowError

EvidenceRecord = KnownPerson | Meeting | RowError
Reader = Callable[[Path, EvidenceSettings], Iterator[EvidenceRecord]]


def read_vcard_source(path: Path, settings: EvidenceSettings) -> Iterator[EvidenceRecord]:
    from linkscreen.adapters.evidence.vcard import read_vcards

    return read_vcards(path)


def read_calendar_source(path: Path, settings: EvidenceSettings) -> Iterator[EvidenceRecord]:
    from linkscreen.adapters.evidence.calendar import read_calendar

    return read_calendar(path, settings.my_emails)


def read_mail_source(path: Path, settings: EvidenceSettings) -> Iterator[EvidenceRecord]:
    from linkscreen.adapters.evidence.mail import read_correspondents

    return read_correspondents(path, settings.my_emails)


def read_crm_source(path: Path, settings: EvidenceSettings) -> Iterator[EvidenceRecord]:
    from linkscreen.adapters.evidence.crm import read_crm

    return read_crm(path, settings.crm_columns or None)


def read_imap_source(url: str, settings: EvidenceSettings, password: str) -> Iterator[EvidenceRecord]:
    """Correspondents of an IMAP folder, from message headers only, read-only (raises ImapError)."""
    from linkscreen.adapters.evidence.mail import read_raw_correspondents
    from linkscreen.adapters.imap_source import iterate_imap_messages, parse_imap_url

    imap = parse_imap_url(url)
    return read_raw_correspondents(iterate_imap_messages(imap, password, headers_only=True), settings.my_emails)


READERS: dict[str, Reader] = {
    "vcard": read_vcard_source,
    "mbox": read_mail_source,
    "maildir": read_mail_source,
    "eml": read_mail_source,
    "ics": read_calendar_source,
    "crm": read_crm_source,
}
# Kinds read by other means: the LinkedIn export is imported; IMAP is a URL, not a path.
KINDS = ("linkedin", *READERS, "imap")


def read_evidence(kind: str, path: Path, settings: EvidenceSettings) -> Iterator[EvidenceRecord]:
    """The records of one source of a file kind; an unknown kind or a missing path is an ImportFileError."""
    reader = READERS.get(kind)
    if reader is None:
        raise ImportFileError(f"unknown evidence kind {kind!r}; one of {', '.join(KINDS)}")
    if not path.exists():
        raise ImportFileError(f"{path}: no such file or folder")
    return reader(path, settings)
