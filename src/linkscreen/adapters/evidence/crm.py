"""Read CRM exports (HubSpot, Salesforce and look-alike CSV files) into KnownPerson records.

The columns are recognised from the header row (HubSpot: 'First Name', 'Email', 'Company Name',
'Record ID', 'Create Date'...; Salesforce: 'FirstName', 'Account Name', 'Contact ID',
'Created Date'...); a user mapping (our field -> their header) overrides that. Deal exports
('Deal Name'/'Opportunity Name', 'Deal Stage'/'Stage', 'Associated Contact'/'Contact') add
"deal 'X' (stage)" notes to the people of the same file, matched by e-mail address or name;
a deal contact found nowhere else becomes a person of their own.

Files go through `linkscreen.adapters.textfiles.CsvFile`: BOM, cp1252 fallback, `,` `;` or
TAB delimiters, quoted multi-line cells, physical line numbers for errors.
"""

from __future__ import annotations

import csv
import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timezone
from itertools import chain, islice
from pathlib import Path

from linkscreen.adapters.dates import (choose_parser, parse_day_first_datetime, parse_iso_datetime,
                                       parse_us_datetime)
from linkscreen.adapters.errors import ImportFileError, MissingColumnsError
from linkscreen.adapters.textfiles import (CANDIDATE_DELIMITERS, HEADER_SCAN_LINES, CsvFile, DecodedLines,
                                           normalise_column)
from linkscreen.core.evidence_records import KnownPerson
from linkscreen.core.models import RowError, fingerprint, normalise_profile_url

UTC = timezone.utc
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("Full Name", "Name", "Contact Full Name"),
    "first_name": ("First Name", "FirstName", "Given Name"),
    "last_name": ("Last Name", "LastName", "Surname", "Family Name"),
    "email": ("Email", "Email Address", "E-mail", "E-mail Address", "Work Email", "Primary Email"),
    "company": ("Company Name", "Company", "Account Name", "Account", "Associated Company",
                "Organization", "Organisation"),
    "title": ("Job Title", "Title"),
    "profile_url": ("LinkedIn URL", "LinkedIn Profile URL", "LinkedIn Profile", "LinkedIn Bio", "LinkedIn"),
    "id": ("Record ID", "Contact ID", "ContactId", "Lead ID", "Id"),
    "created": ("Create Date", "Created Date", "CreatedDate", "Created", "Date Created", "Created At"),
    "last_activity": ("Last Activity Date", "Last Activity", "LastActivityDate", "Last Contacted"),
    "deal": ("Deal Name", "Opportunity Name", "Opportunity", "Deal"),
    "stage": ("Deal Stage", "Stage", "StageName", "Opportunity Stage"),
    "contact": ("Associated Contact", "Associated Contacts", "Contact", "Contact Name", "Primary Contact",
                "Contact: Full Name"),
}
CRM_FIELDS = tuple(FIELD_ALIASES)
PERSON_FIELDS = frozenset({"name", "first_name", "last_name", "email"})
DATE_FIELDS = ("created", "last_activity")
SAMPLE_ROWS = 200
PROFILE_PREFIX = "https://www.linkedin.com/in/"
NO_HEADER = ["Email (or First Name/Last Name, Name, Associated Contact)"]
# HubSpot's internal stage ids, when an export shows them instead of the labels.
HUBSPOT_STAGES = {"closedwon": "closed won", "closedlost": "closed lost",
                  "appointmentscheduled": "appointment scheduled", "qualifiedtobuy": "qualified to buy",
                  "presentationscheduled": "presentation scheduled",
                  "decisionmakerboughtin": "decision maker bought in", "contractsent": "contract sent"}
_PROFILE = re.compile(r"linkedin\.com/in/([^/?#\s\"'<>]+)", re.IGNORECASE)
_CONTACT = re.compile(r"^(.*?)\s*[<(]\s*([^<>()\s]+@[^<>()\s]+)\s*[>)]\s*$")
_DOTTED = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*\Z")

Positions = dict[str, int]
DateReader = tuple[str, tuple[Callable[[str], datetime], ...]]  # header, parsers (likeliest first)
ContactRef = tuple[str, str]  # name, email
CrmRow = tuple[KnownPerson, list[ContactRef], str]  # person (key '' for a deal row), contacts, note


def read_crm(path: Path, columns: Mapping[str, str] | None = None) -> Iterator[KnownPerson | RowError]:
    """Yield one KnownPerson per contact row (relation "crm", sent=1) and RowErrors for bad rows.

    `columns` maps our fields (see CRM_FIELDS) to the file's headers and wins over detection;
    an unknown field raises ValueError. A row with neither a name nor an e-mail address, or a
    date that cannot be read, is a RowError with its line. A file without a usable header
    raises MissingColumnsError.
    """
    path = Path(path)
    mapping = dict(columns or {})
    unknown = sorted(set(mapping) - set(CRM_FIELDS))
    if unknown:
        raise ValueError(f"unknown CRM field(s) {', '.join(unknown)}; known: {', '.join(CRM_FIELDS)}")
    if not path.is_file():
        raise ImportFileError(f"{path.name}: no such file")
    headers = detect_columns(path, mapping)
    try:
        with open(path, "rb") as stream:
            table = CsvFile(stream, path.name, list(dict.fromkeys(headers.values())))
            positions = {field: at for field, header in headers.items()
                         if (at := table.index(header)) is not None}
            yield from _read_rows(table, positions, path)
    except OSError as error:
        raise ImportFileError(f"{path.name}: cannot read the file ({error.strerror or error})") from error


def detect_columns(path: Path, mapping: Mapping[str, str]) -> dict[str, str]:
    """Return our field -> header cell for the best header row of the file's first lines."""
    try:
        with open(path, "rb") as stream:
            head = list(islice(DecodedLines(stream, path.name), HEADER_SCAN_LINES))
    except OSError as error:
        raise ImportFileError(f"{path.name}: cannot read the file ({error.strerror or error})") from error
    best: tuple[tuple[int, int, int], dict[str, str], list[str], int] | None = None
    for delimiter in CANDIDATE_DELIMITERS:
        reader = csv.reader(iter(head), delimiter=delimiter)
        try:
            for record in reader:
                found, missing = _match_header(record, mapping)
                identifying = len(PERSON_FIELDS.intersection(found)) + ("contact" in found)
                score = (-len(missing), identifying, len(found))
                if best is None or score > best[0]:
                    best = (score, found, missing, reader.line_num)
        except csv.Error:
            continue
    if best is None or not best[1]:
        raise MissingColumnsError(path.name, list(mapping.values()) or NO_HEADER)
    _score, found, missing, line = best
    if missing:
        raise MissingColumnsError(path.name, missing, line)
    if not (PERSON_FIELDS.intersection(found) or "contact" in found):
        raise MissingColumnsError(path.name, NO_HEADER, line)
    return found


def _match_header(record: list[str], mapping: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """Return (field -> header cell, mapped headers missing) for one candidate header row."""
    cells: dict[str, str] = {}
    for cell in record:
        cells.setdefault(normalise_column(cell), cell.replace("\ufeff", "").strip())
    found: dict[str, str] = {}
    missing = [header for header in mapping.values() if normalise_column(header) not in cells]
    for field in CRM_FIELDS:
        if field in mapping:
            if normalise_column(mapping[field]) in cells:
                found[field] = cells[normalise_column(mapping[field])]
            continue
        alias = next((alias for alias in FIELD_ALIASES[field] if normalise_column(alias) in cells), None)
        if alias is not None:
            found[field] = cells[normalise_column(alias)]
    return found, missing


def _read_rows(table: CsvFile, positions: Positions, path: Path) -> Iterator[KnownPerson | RowError]:
    """Turn rows into people; with deal columns, people wait for the file's end to get their notes."""
    rows = table.rows()
    head = list(islice(rows, SAMPLE_ROWS))
    parsers = {field: (table.header[positions[field]],
                       _order_date_parsers(head, positions[field], table.delimiter))
               for field in DATE_FIELDS if field in positions}
    book = DealBook() if {"deal", "contact"} & set(positions) else None
    tail: list[RowError] = []  # one-cell rows at the end: maybe a Salesforce report footer
    for item in chain(head, rows):
        if isinstance(item, RowError):
            if item.reason.endswith("found 1"):
                tail.append(item)
                continue
            yield from tail
            tail.clear()
            yield item
            continue
        yield from tail
        tail.clear()
        line, cells = item
        result = read_row(cells, positions, parsers, table.name, line)
        if isinstance(result, RowError):
            yield result
        elif book is None:
            yield result[0]
        else:
            book.add(result)
    if tail and not _ends_with_salesforce_footer(path):
        yield from tail
    if book is not None:
        yield from book.people()


def read_row(cells: list[str], positions: Positions, parsers: Mapping[str, DateReader],
             file: str, line: int) -> CrmRow | RowError:
    """Return (person, deal contacts, deal note) of a row, or a RowError.

    A row naming a person has that person (deal note included) and no contacts; a deal row
    naming only its associated contacts has a keyless person holding the company and dates.
    """
    def cell(field: str) -> str:
        return " ".join(cells[positions[field]].split()) if field in positions else ""

    dates: list[datetime] = []
    for field, (header, readers) in parsers.items():
        if cell(field):
            moment = parse_date(cell(field), readers)
            if moment is None:
                return RowError(file, line, f"cannot read the date {cell(field)!r} in column '{header}'")
            dates.append(moment)
    name = cell("name") or " ".join(part for part in (cell("first_name"), cell("last_name")) if part)
    emails = tuple(dict.fromkeys(address.strip("<>()\"'") for address in
                                 re.split(r"[;,\s]+", cell("email").lower()) if "@" in address))
    contacts = parse_contacts(cells[positions["contact"]]) if "contact" in positions else []
    deal = cell("deal")
    if not (name or emails or contacts):
        what = f"deal '{deal}' names no contact" if deal else "row has neither a name nor an e-mail address"
        return RowError(file, line, what)
    note = f"deal '{deal}'" + (f" ({_stage_label(cell('stage'))})" if cell("stage") else "") if deal else ""
    company = cell("company")
    seen = {"first_seen": min(dates), "last_seen": max(dates)} if dates else {}
    if not (name or emails):
        return KnownPerson(key="", relation="crm", company=company, sent=1, **seen), contacts, note
    record_id = cell("id")
    key = record_id or (emails[0] if emails else fingerprint(normalise_name(name), normalise_name(company)))
    person = KnownPerson(
        key=f"crm:{key}", relation="crm", name=name, emails=emails, company=company, title=cell("title"),
        profile_url=linkedin_profile(cell("profile_url")), sent=1, notes=(note,) if note else (), **seen)
    return person, [], ""


class DealBook:
    """Holds a file's people until its end, then attaches deals to them by e-mail or name."""

    def __init__(self) -> None:
        self._people: dict[str, KnownPerson] = {}
        self._deals: list[CrmRow] = []

    def add(self, row: CrmRow) -> None:
        """Keep a row's person (merging notes with an earlier row of the same key) or its deal."""
        if row[1]:
            self._deals.append(row)
        else:
            self._store(row[0])

    def people(self) -> Iterator[KnownPerson]:
        """Yield every person once, with the notes of their deals, in order of first appearance."""
        by_email: dict[str, str] = {}
        by_name: dict[str, str] = {}
        for key, person in self._people.items():
            self._index(key, person.name, person.emails, by_email, by_name)
        for template, contacts, note in self._deals:
            for name, email in contacts:
                key = by_email.get(email) if email else None
                if key is None and name:
                    key = by_name.get(normalise_name(name))
                if key is None:
                    digest = fingerprint(normalise_name(name), normalise_name(template.company))
                    key = f"crm:{email or digest}"
                    emails = (email,) if email else ()
                    self._store(dataclasses.replace(template, key=key, name=name, emails=emails))
                    self._index(key, name, emails, by_email, by_name)
                if note:
                    self._store(dataclasses.replace(self._people[key], notes=(note,)))
        yield from self._people.values()

    def _store(self, person: KnownPerson) -> None:
        """Add a person; a later row with the same key wins, keeping the notes of both."""
        earlier = self._people.get(person.key)
        if earlier is not None:
            person = dataclasses.replace(person, notes=tuple(dict.fromkeys(earlier.notes + person.notes)))
        self._people[person.key] = person

    @staticmethod
    def _index(key: str, name: str, emails: tuple[str, ...], by_email: dict[str, str],
               by_name: dict[str, str]) -> None:
        for email in emails:
            by_email.setdefault(email, key)
        if name:
            by_name.setdefault(normalise_name(name), key)


def parse_contacts(text: str) -> list[ContactRef]:
    """Split an association cell: 'Jane Doe (jane@x.com); bob@y.com; Ann Lee' -> [(name, email)]."""
    found: list[ContactRef] = []
    for part in re.split(r"[;|\n]", text):
        part = " ".join(part.split())
        if not part:
            continue
        match = _CONTACT.match(part)
        if match:
            found.append((match[1].strip(" ,\"'"), match[2].lower()))
        elif "@" in part and " " not in part:
            found.append(("", part.lower()))
        else:
            found.append((part, ""))
    return found


def parse_dotted_datetime(text: str) -> datetime:
    """Parse the German/Nordic form '12.04.2023' or '12.04.2023 14:30' (day first, UTC)."""
    match = _DOTTED.match(text)
    if match is None:
        raise ValueError(f"not a 'DD.MM.YYYY' date: {text!r}")
    day, month, year, hour, minute, second = (int(part or 0) for part in match.groups())
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def linkedin_profile(value: str) -> str:
    """Return the normalised linkedin.com/in/<slug> URL found in a cell, or ''."""
    match = _PROFILE.search(value)
    return normalise_profile_url(PROFILE_PREFIX + match[1]) if match else ""


def normalise_name(name: str) -> str:
    """Return a name in comparable form for keys and matching: NFKC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _order_date_parsers(head: list[tuple[int, list[str]] | RowError], at: int,
                        delimiter: str) -> tuple[Callable[[str], datetime], ...]:
    """Order the date formats for a column, the one reading most of the first rows first.

    Month-first comes before day-first, except in ';' files (European Excel); a day above 12
    in the samples settles it either way.
    """
    samples = [item[1][at] for item in head if not isinstance(item, RowError) and item[1][at].strip()]
    slashed = (parse_day_first_datetime, parse_us_datetime) if delimiter == ";" else \
        (parse_us_datetime, parse_day_first_datetime)
    candidates = (parse_iso_datetime, *slashed, parse_dotted_datetime)
    chosen = choose_parser(samples, candidates)
    return (chosen, *(parser for parser in candidates if parser is not chosen))


def parse_date(text: str, parsers: tuple[Callable[[str], datetime], ...]) -> datetime | None:
    """Return the first reading of `text` by `parsers` (UTC), or None when none can read it."""
    for parser in parsers:
        try:
            return parser(text)
        except (ValueError, OverflowError):
            continue
    return None


def _stage_label(stage: str) -> str:
    label = stage.strip().lower().replace("_", " ")
    return HUBSPOT_STAGES.get(label, label)


def _ends_with_salesforce_footer(path: Path) -> bool:
    """True when the file ends with Salesforce's report footer ('Copyright ... salesforce.com')."""
    with open(path, "rb") as stream:
        stream.seek(0, 2)
        stream.seek(max(0, stream.tell() - 4096))
        tail = stream.read().decode("latin-1").lower()
    return "salesforce.com" in tail and "copyright" in tail
