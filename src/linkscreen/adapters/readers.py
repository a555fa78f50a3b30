"""One entry point for every input: detect what a path holds and read it as ParsedItems."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from linkscreen.adapters.archive import (
    ArchiveLimits, FolderExport, ZipExport, is_zip_file, normalise_member_name)
from linkscreen.adapters.errors import ImportFileError
from linkscreen.adapters.generic import CSV_SUFFIXES, JSONL_SUFFIXES, read_generic
from linkscreen.adapters.invitation_mail import INVITATION_EMAIL, MAIL_SUFFIXES, read_invitation_mail
from linkscreen.adapters.linkedin_export import EXPORT_FILES, read_linkedin_export
from linkscreen.adapters.mail_sources import is_maildir
from linkscreen.adapters.textfiles import CsvFile
from linkscreen.core.models import ParsedItem

LINKEDIN_EXPORT = "linkedin-export"
JSONL = "jsonl"
CSV = "csv"
KEY_EXPORT_FILES = ("Invitations.csv", "Connections.csv", "messages.csv")


def detect_source_kind(path: Path, limits: ArchiveLimits | None = None) -> str:
    """Return "linkedin-export", "invitation-email", "jsonl" or "csv"; raise ImportFileError otherwise."""
    path = Path(path)
    if is_maildir(path):
        return INVITATION_EMAIL
    if path.is_dir():
        with FolderExport(path) as export:
            if any(export.find(name) for name in KEY_EXPORT_FILES):
                return LINKEDIN_EXPORT
        raise ImportFileError(f"{path}: this folder holds none of {', '.join(KEY_EXPORT_FILES)}; "
                              "is it an unpacked LinkedIn export?")
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file or folder")
    suffix = path.suffix.lower()
    if suffix == ".zip" or is_zip_file(path):
        with ZipExport(path, limits) as export:
            if any(export.find(name) for name in KEY_EXPORT_FILES):
                return LINKEDIN_EXPORT
        raise ImportFileError(f"{path.name}: this ZIP holds none of {', '.join(KEY_EXPORT_FILES)}; "
                              "is it a LinkedIn data export (Settings > Data privacy > Get a copy)?")
    if suffix in MAIL_SUFFIXES:
        return INVITATION_EMAIL
    if suffix in JSONL_SUFFIXES:
        return JSONL
    if suffix in CSV_SUFFIXES:
        return LINKEDIN_EXPORT if is_linkedin_csv(path) else CSV
    raise ImportFileError(f"{path.name}: cannot tell what this file is; expected a LinkedIn export "
                          "(.zip or folder), a .jsonl/.ndjson file, a .csv file, or e-mail (.eml, .mbox "
                          "or a Maildir folder)")


def is_linkedin_csv(path: Path) -> bool:
    """Return True for one export file given alone (e.g. Invitations.csv with its own header)."""
    wanted = normalise_member_name(path.name)
    for spec in EXPORT_FILES:
        if normalise_member_name(spec.name) == wanted:
            try:
                with open(path, "rb") as stream:
                    CsvFile(stream, path.name, spec.required)
            except ImportFileError:
                return False
            return True
    return False


def read_source(path: Path, limits: ArchiveLimits | None = None) -> Iterator[ParsedItem]:
    """Detect the kind of `path` now (errors are immediate) and return its items, streaming."""
    path = Path(path)
    kind = detect_source_kind(path, limits)
    if kind == LINKEDIN_EXPORT:
        return read_linkedin_export(path, limits)
    if kind == INVITATION_EMAIL:
        return read_invitation_mail(path)
    return read_generic(path)
