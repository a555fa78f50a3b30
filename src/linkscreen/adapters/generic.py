"""Read incoming invitations from a generic JSON Lines or CSV file, streaming.

Fields: id, name, headline, company, location, mutual_connections, message, sent_at,
profile_url (unknown fields are ignored; only `name` is required). `sent_at` is ISO 8601
with 'Z' or an offset, or naive (= UTC). A bad line becomes a RowError with its line number.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path

from linkscreen.adapters.dates import parse_iso_datetime
from linkscreen.adapters.errors import ImportFileError, MissingColumnsError
from linkscreen.adapters.textfiles import CsvFile, DecodedLines
from linkscreen.core.models import FileNote, Invitation, ParsedItem, RowError
from linkscreen.core.taxonomy import Direction

GENERIC_FIELDS = ("id", "name", "headline", "company", "location", "mutual_connections",
                  "message", "sent_at", "profile_url")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv", ".tsv")
_TEXT_FIELDS = ("headline", "company", "location", "message", "profile_url")
NOTHING_FOUND = "no invitations found"


class BadValueError(ValueError):
    """A field value of a generic record that cannot be used."""


def read_generic(path: Path) -> Iterator[ParsedItem]:
    """Yield the invitations of a .jsonl/.ndjson or .csv file, with RowErrors for bad lines."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return read_jsonl(path)
    if suffix in CSV_SUFFIXES:
        return read_generic_csv(path)
    raise ImportFileError(f"{path.name}: unknown file type {suffix or '(no extension)'!r}; "
                          "expected .jsonl, .ndjson or .csv")


def read_jsonl(path: Path) -> Iterator[ParsedItem]:
    """Yield one Invitation per JSON object line (blank lines skipped); a file with none says so."""
    name = path.name
    empty = True
    with open(path, "rb") as stream:
        lines = DecodedLines(stream, name)
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            empty = False
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield RowError(name, number, f"bad JSON: {error.msg} at column {error.colno}")
                continue
            if not isinstance(record, dict):
                yield RowError(name, number, f"expected a JSON object, found {type(record).__name__}")
                continue
            yield build_invitation(record, "jsonl", name, number)
        yield from lines.notes()
    if empty:
        yield FileNote(name, f"{NOTHING_FOUND}: the file is empty")


def read_generic_csv(path: Path) -> Iterator[ParsedItem]:
    """Yield one Invitation per CSV row; the dialect is sniffed, the header must hold `name`. An empty
    file, or one with only its header, says that no invitations were found."""
    name = path.name
    with open(path, "rb") as stream:
        try:
            table = CsvFile(stream, name, ("name",), sniff=True)
        except MissingColumnsError as error:
            stream.seek(0)
            if all(not line.strip() for line in DecodedLines(stream, name)):
                yield FileNote(name, f"{NOTHING_FOUND}: the file is empty")
            else:
                yield FileNote(name, str(error).removeprefix(f"{name}: "))
            return
        early = table.notes()
        yield from early
        positions = {field: at for field in GENERIC_FIELDS if (at := table.index(field)) is not None}
        rows = 0
        for rows, item in enumerate(table.rows(), start=1):
            if isinstance(item, RowError):
                yield item
                continue
            line, fields = item
            record = {field: fields[at] for field, at in positions.items()}
            yield build_invitation(record, "csv", name, line)
        yield from (note for note in table.notes() if note not in early)
        if not rows:
            yield FileNote(name, f"{NOTHING_FOUND}: the file has a header row and nothing under it")


def build_invitation(record: Mapping[str, object], source: str, file: str,
                     line: int, require_name: bool = True) -> Invitation | RowError:
    """Turn one generic record into an incoming Invitation, or a RowError saying what is wrong. Numbers are
    taken as text; other types, a count that is not a whole number or a date that cannot be read are errors
    (`classify` checks its input the same way, without requiring a name)."""
    try:
        name = read_text(record, "name").strip()
        if not name and require_name:
            raise BadValueError("missing 'name'")
        texts = {field: read_text(record, field) for field in _TEXT_FIELDS}
        return Invitation(
            name=name, headline=texts["headline"].strip(), company=texts["company"].strip(),
            location=texts["location"].strip(), message=texts["message"],
            mutual_connections=read_count(record.get("mutual_connections")),
            sent_at=read_datetime(record.get("sent_at")), profile_url=texts["profile_url"].strip(),
            direction=Direction.INCOMING, source=source, external_id=read_text(record, "id").strip())
    except BadValueError as error:
        return RowError(file, line, str(error))


def read_text(record: Mapping[str, object], field: str) -> str:
    """Return a text field ('' when absent or null); numbers are accepted as text."""
    value = record.get(field)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise BadValueError(f"'{field}' must be text, found {type(value).__name__}")


def read_count(value: object) -> int | None:
    """Return mutual_connections as a non-negative int (None when absent or empty)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise BadValueError(f"'mutual_connections' is not a whole number: {value!r}")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or value < 0:
        raise BadValueError(f"'mutual_connections' is not a whole number: {value!r}")
    return value


def read_datetime(value: object) -> datetime | None:
    """Return sent_at as an aware UTC datetime (None when absent or empty)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise BadValueError(f"'sent_at' must be an ISO 8601 text, found {value!r}")
    try:
        return parse_iso_datetime(value)
    except ValueError:
        raise BadValueError(f"unparseable date in 'sent_at': {value!r}") from None
