"""Typed errors of the file readers: each carries a message fit to show the user as is."""

from __future__ import annotations


class ImportFileError(Exception):
    """A file (or archive) cannot be imported at all; the message says why and what to do."""


class NotAnArchiveError(ImportFileError):
    """The input claims to be a ZIP archive but is not one (e.g. a PDF renamed .zip)."""


class UnsafeArchiveError(ImportFileError):
    """The archive looks hostile (zip bomb, encrypted or unsupported members): refused unread."""


class MissingColumnsError(ImportFileError):
    """A CSV file has no header row with the required columns."""

    def __init__(self, file: str, missing: list[str], line: int = 0) -> None:
        self.file = file
        self.missing = missing
        self.line = line
        names = ", ".join(f"'{column}'" for column in missing)
        plural = "columns" if len(missing) > 1 else "column"
        if line:
            text = f"missing required {plural} {names} (header at line {line})"
        else:
            text = f"no header row with the required {plural} {names} in the first lines"
        super().__init__(f"{file}: {text}; file skipped")
