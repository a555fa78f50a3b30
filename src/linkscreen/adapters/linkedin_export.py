"""Read a LinkedIn data export (ZIP, folder or one of its CSV files) into domain records.

Streaming throughout: one row in, one record out. Files are matched by loose name; other files
of the export are ignored. A row that cannot be read becomes a RowError (file, line, reason) and
the rest goes on; a file without its required columns becomes one FileNote and is skipped.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain
from pathlib import Path

from linkscreen.adapters.archive import ArchiveLimits, ExportSource, open_export
from linkscreen.adapters.dates import (
    DATE_PARSERS, DATETIME_PARSERS, ParserT, choose_parser, parse_iso_datetime, parse_month_year)
from linkscreen.adapters.errors import ImportFileError, MissingColumnsError
from linkscreen.adapters.textfiles import CsvFile, CsvRow
from linkscreen.core.models import (
    Connection, FileNote, HiddenConnection, Invitation, Message, OwnerProfile, ParsedItem,
    Position, RowError)
from linkscreen.core.taxonomy import Direction

SOURCE = "linkedin-export"
SPINMAIL_PREFIX = '<p class="spinmail-quill-editor__spin-break">'
DATE_SAMPLE_SIZE = 50
_MAX_BUFFERED_ROWS = 1000
_DIRECTIONS = {direction.value: direction for direction in Direction}
_TRUE_VALUES = frozenset({"yes", "Yes", "YES", "true", "True", "TRUE"})

Rows = Iterator[CsvRow | RowError]


@dataclass(frozen=True, slots=True)
class ExportFile:
    """One file of the export we read: its name, required and optional columns, its reader."""

    name: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    read: Callable[[CsvFile, list[int], bool], Iterator[ParsedItem]]


def read_linkedin_export(path: Path, limits: ArchiveLimits | None = None) -> Iterator[ParsedItem]:
    """Yield the records, row errors and file notes of a LinkedIn export, streaming."""
    with open_export(Path(path), limits) as export:
        yield from export.notes
        for spec in EXPORT_FILES:
            member = export.find(spec.name)
            if member is not None:
                yield from read_export_file(export, member, spec)


def read_export_file(export: ExportSource, member: str, spec: ExportFile) -> Iterator[ParsedItem]:
    """Read one member with its reader; turn file-level failures into one FileNote."""
    try:
        with export.open(member) as stream:
            table = CsvFile(stream, member, spec.required)
            early = table.notes()
            yield from early
            columns, padded = locate_columns(table, spec.required + spec.optional)
            yield from spec.read(table, columns, padded)
            yield from (note for note in table.notes() if note not in early)
    except MissingColumnsError as error:
        yield FileNote(member, str(error).removeprefix(f"{member}: "))
    except ImportFileError as error:
        yield FileNote(member, f"{str(error).removeprefix(f'{member}: ')}; file skipped")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        yield FileNote(member, f"the file is damaged ({error}); rows after the damage were not read")


def locate_columns(table: CsvFile, names: Sequence[str]) -> tuple[list[int], bool]:
    """Return each column's position; absent ones point one past the end (padded with "")."""
    width = len(table.header)
    positions = [table.index(name) for name in names]
    padded = any(position is None for position in positions)
    return [width if position is None else position for position in positions], padded


def sample_dates(rows: Rows, position: int, parsers: Sequence[ParserT]) -> tuple[Rows, ParserT]:
    """Choose one date parser from the first values of a column; return all the rows and it."""
    head: list[CsvRow | RowError] = []
    samples: list[str] = []
    for item in rows:
        head.append(item)
        if type(item) is tuple and position < len(item[1]) and item[1][position].strip():
            samples.append(item[1][position])
        if len(samples) >= DATE_SAMPLE_SIZE or len(head) >= _MAX_BUFFERED_ROWS:
            break
    return chain(head, rows), choose_parser(samples, parsers)


def _date_error(table: CsvFile, line: int, column: str, value: str) -> RowError:
    if not value.strip():
        return RowError(table.name, line, f"missing '{column}'")
    return RowError(table.name, line, f"unparseable date in '{column}': {value!r}")


def read_invitations(table: CsvFile, columns: list[int], padded: bool) -> Iterator[ParsedItem]:
    """Invitations.csv: INCOMING name the sender, OUTGOING the invitee; also the owner's URL."""
    from_, to, sent, direction_at, note, inviter, invitee = columns
    rows, parse = sample_dates(table.rows(), sent, DATETIME_PARSERS)
    owner_url = ""
    for item in rows:
        if isinstance(item, RowError):
            yield item
            continue
        line, fields = item
        if padded:
            fields.append("")
        try:
            sent_at = parse(fields[sent])
        except (ValueError, OverflowError):
            yield _date_error(table, line, "Sent At", fields[sent])
            continue
        direction = fields[direction_at].strip().upper()
        if direction == "INCOMING":
            name, url, other, other_url, own_url = (
                fields[from_], fields[inviter], fields[to], fields[invitee], fields[invitee])
        elif direction == "OUTGOING":
            name, url, other, other_url, own_url = (
                fields[to], fields[invitee], fields[from_], fields[inviter], fields[inviter])
        else:
            yield RowError(table.name, line,
                           f"unknown Direction {fields[direction_at]!r} (expected INCOMING or OUTGOING)")
            continue
        if not name.strip():
            column = "From" if direction == "INCOMING" else "To"
            yield RowError(table.name, line, f"missing '{column}' (the other person's name)")
            continue
        if own_url.strip() and not owner_url:
            owner_url = own_url.strip()
            yield OwnerProfile(profile_url=owner_url)
        yield Invitation(
            name=name.strip(), message=fields[note], sent_at=sent_at,
            profile_url=url.strip(), direction=_DIRECTIONS[direction], source=SOURCE,
            counterpart_name=other.strip(), counterpart_url=other_url.strip())


def read_connections(table: CsvFile, columns: list[int], padded: bool) -> Iterator[ParsedItem]:
    """Connections.csv: one Connection per row; rows with only a date are hidden profiles."""
    first, last, connected, url, email, company, position = columns
    rows, parse = sample_dates(table.rows(), connected, DATE_PARSERS)
    known: dict[str, date] = {}
    for item in rows:
        if isinstance(item, RowError):
            yield item
            continue
        line, fields = item
        if padded:
            fields.append("")
        when_text = fields[connected].strip()
        when: date | None = known.get(when_text)
        if when is None and when_text:
            try:
                when = known[when_text] = parse(when_text)
            except (ValueError, OverflowError):
                yield _date_error(table, line, "Connected On", when_text)
                continue
        first_name, last_name, link = fields[first].strip(), fields[last].strip(), fields[url].strip()
        if not (first_name or last_name or link):
            if when is not None:
                yield HiddenConnection(connected_on=when)
            continue
        yield Connection(first_name, last_name, link, fields[email].strip(),
                         fields[company].strip(), fields[position].strip(), when)


def read_messages(table: CsvFile, columns: list[int], padded: bool) -> Iterator[ParsedItem]:
    """messages.csv: drafts dropped, sponsored InMail flagged, columns mapped by header name."""
    (conversation, sender, sent, content, title, sender_url, to, to_urls, subject, folder,
     message_draft, conversation_draft) = columns
    rows, parse = sample_dates(table.rows(), sent, (parse_iso_datetime, *DATETIME_PARSERS))
    true_values = _TRUE_VALUES
    prefix = SPINMAIL_PREFIX
    fromisoformat = datetime.fromisoformat
    for item in rows:
        if isinstance(item, RowError):
            yield item
            continue
        line, fields = item
        if padded:
            fields.append("")
        if fields[message_draft] in true_values or fields[conversation_draft] in true_values:
            continue
        when = fields[sent]
        try:
            if len(when) == 23 and when[19:] == " UTC":  # the usual form, inlined for speed
                sent_at = fromisoformat(when[:19] + "+00:00")
            else:
                sent_at = parse(when)
        except (ValueError, OverflowError):
            yield _date_error(table, line, "DATE", when)
            continue
        conversation_id = fields[conversation]
        if not conversation_id:
            yield RowError(table.name, line, "missing 'CONVERSATION ID'")
            continue
        text = fields[content]
        from_url = fields[sender_url]
        yield Message(conversation_id, fields[sender], sent_at, text, fields[title], from_url,
                      fields[to], fields[to_urls], fields[subject], fields[folder],
                      not from_url and text.lstrip().startswith(prefix))


def read_profile(table: CsvFile, columns: list[int], padded: bool) -> Iterator[ParsedItem]:
    """Profile.csv: the owner's name, headline, industry and location."""
    first, last, headline, industry, location = columns
    for item in table.rows():
        if isinstance(item, RowError):
            yield item
            continue
        _line, fields = item
        if padded:
            fields.append("")
        yield OwnerProfile(first_name=fields[first].strip(), last_name=fields[last].strip(),
                           headline=fields[headline].strip(), industry=fields[industry].strip(),
                           location=fields[location].strip())


def read_positions(table: CsvFile, columns: list[int], padded: bool) -> Iterator[ParsedItem]:
    """Positions.csv: the owner's jobs; dates 'Mar 2019', '2019' or empty."""
    company, title, description, location, started, finished = columns
    for item in table.rows():
        if isinstance(item, RowError):
            yield item
            continue
        line, fields = item
        if padded:
            fields.append("")
        if not fields[company].strip():
            yield RowError(table.name, line, "missing 'Company Name'")
            continue
        dates: list[date | None] = []
        for at, column in ((started, "Started On"), (finished, "Finished On")):
            try:
                dates.append(parse_month_year(fields[at]) if fields[at].strip() else None)
            except ValueError:
                yield RowError(table.name, line, f"unparseable date in '{column}': {fields[at]!r}")
                break
        else:
            yield Position(fields[company].strip(), fields[title].strip(), fields[description],
                           fields[location].strip(), dates[0], dates[1])


EXPORT_FILES: tuple[ExportFile, ...] = (
    ExportFile("Profile.csv", ("First Name", "Last Name"),
               ("Headline", "Industry", "Geo Location"), read_profile),
    ExportFile("Positions.csv", ("Company Name",),
               ("Title", "Description", "Location", "Started On", "Finished On"), read_positions),
    ExportFile("Connections.csv", ("First Name", "Last Name", "Connected On"),
               ("URL", "Email Address", "Company", "Position"), read_connections),
    ExportFile("Invitations.csv", ("From", "To", "Sent At", "Direction"),
               ("Message", "inviterProfileUrl", "inviteeProfileUrl"), read_invitations),
    ExportFile("messages.csv", ("CONVERSATION ID", "FROM", "DATE", "CONTENT"),
               ("CONVERSATION TITLE", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS",
                "SUBJECT", "FOLDER", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"), read_messages),
)
