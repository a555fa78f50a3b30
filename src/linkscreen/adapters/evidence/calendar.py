"""Read calendars (iCalendar .ics: Google, Outlook, Apple, Thunderbird) into meetings and people.

Each VEVENT becomes one `Meeting`; after all events come the people met, one `KnownPerson` per
distinct attendee. Recurrence rules are NOT expanded: a weekly meeting is one Meeting (its
moved or changed instances, which carry a RECURRENCE-ID, are Meetings of their own), so
`sent` counts calendar entries shared with the user, not occurrences.

The file is split into VEVENT and VTIMEZONE blocks here, with the line each starts on; the
time zones are registered with icalendar first, then each event is parsed on its own, so one
broken event is reported as a RowError and skipped while the others still come through.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import icalendar

from linkscreen.adapters.errors import ImportFileError
from linkscreen.adapters.evidence.files import list_files, read_lines
from linkscreen.core.evidence_records import Attendee, KnownPerson, Meeting
from linkscreen.core.models import RowError, fingerprint

UTC = timezone.utc
CALENDAR_SUFFIXES = (".ics", ".ical", ".icalendar")
MAX_NOTES = 5
# A broken value in one of these makes the whole event unusable (never half a meeting).
USED_PROPERTIES = frozenset({"DTSTART", "UID", "SUMMARY", "LOCATION", "STATUS", "ORGANIZER",
                             "ATTENDEE", "RECURRENCE-ID"})
NOT_PEOPLE = frozenset({"ROOM", "RESOURCE"})
_BLOCKS = frozenset({"VEVENT", "VTIMEZONE"})
_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)

Block = tuple[str, int, str]  # kind, start line, text


def read_calendar(path: Path, me: frozenset[str] = frozenset()
                  ) -> Iterator[KnownPerson | Meeting | RowError]:
    """Yield a Meeting per VEVENT of a .ics file (or of each .ics file of a folder, sorted),
    then a KnownPerson per attendee met.

    Cancelled events are skipped, as are repeats of an event already read (same UID and
    RECURRENCE-ID). People: relation "attendee", `sent` = meetings shared, seen dates = first
    and last of those meetings, notes = the 5 most recent "'<title>' YYYY-MM-DD", newest first.
    Attendees with the user's own addresses (`me`) are not people; rooms and resources, and
    attendees who declined, are left out. A file that is not iCalendar raises ImportFileError.
    """
    mine = frozenset(normalise_address(address) for address in me)
    book = AttendeeBook()
    keys: set[str] = set()
    for file in list_files(Path(path), CALENDAR_SUFFIXES, "iCalendar"):
        for item in read_calendar_file(file):
            if isinstance(item, Meeting):
                if item.key in keys:
                    continue
                keys.add(item.key)
                book.add(item)
            yield item
    yield from book.people(mine)


def read_calendar_file(path: Path) -> Iterator[Meeting | RowError]:
    """Yield the meetings (and RowErrors) of one .ics file, in file order."""
    name = path.name
    lines = read_lines(path)
    first = next((line.strip() for line in lines if line.strip()), "")
    if first.upper() != "BEGIN:VCALENDAR":
        raise ImportFileError(f"{name}: not an iCalendar file (it does not start with BEGIN:VCALENDAR)")
    items = list(split_blocks(lines, name))
    _register_timezones(block[2] for block in items if not isinstance(block, RowError)
                        and block[0] == "VTIMEZONE")
    for item in items:
        if isinstance(item, RowError):
            yield item
        elif item[0] == "VEVENT":
            meeting = build_meeting(item[2], name, item[1])
            if meeting is not None:
                yield meeting


def split_blocks(lines: Iterable[str], name: str) -> Iterator[Block | RowError]:
    """Yield (kind, start line, text) per complete VEVENT or VTIMEZONE; RowErrors for unclosed ones.

    Only lines that do not start with a space or tab can open or close a block, so folded
    continuation lines never do. Other components (VTODO, VJOURNAL...) are passed over.
    """
    kind, start, block = "", 0, []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        marker = line.strip().upper() if line[:1] not in (" ", "\t") else ""
        verb, _, component = marker.partition(":")
        if kind and marker == f"END:{kind}":
            block.append(line)
            yield kind, start, "\r\n".join(block) + "\r\n"
            kind, block = "", []
            continue
        if kind and verb in ("BEGIN", "END") and (component in _BLOCKS or component == "VCALENDAR"):
            if kind == "VEVENT":
                yield RowError(name, start, f"event has no END:VEVENT before line {number}")
            kind, block = "", []
        if kind:
            block.append(line)
        elif verb == "BEGIN" and component in _BLOCKS:
            kind, start, block = component, number, [line]
    if kind == "VEVENT":
        yield RowError(name, start, "event has no END:VEVENT (file ends inside it)")


def _register_timezones(texts: Iterable[str]) -> None:
    """Let icalendar learn the file's own VTIMEZONEs (Outlook's custom names, for instance)."""
    for text in texts:
        try:
            icalendar.Calendar.from_ical(f"BEGIN:VCALENDAR\r\n{text}END:VCALENDAR\r\n")
        except Exception:  # a broken zone: its events fall back to floating time (UTC)
            continue


def build_meeting(text: str, name: str, start: int) -> Meeting | RowError | None:
    """Parse one VEVENT into a Meeting; a RowError when unusable; None when cancelled."""
    try:
        event = icalendar.Event.from_ical(text)
        problems = [f"{prop or 'line'}: {message}" for prop, message in event.errors
                    if prop is None or prop.upper() in USED_PROPERTIES]
        if problems:
            return RowError(name, start, "bad VEVENT: " + "; ".join(problems))
        if str(event.get("STATUS", "")).strip().upper() == "CANCELLED":
            return None
        if event.get("DTSTART") is None:
            return RowError(name, start, "bad VEVENT: no DTSTART")
        started = to_utc(event["DTSTART"].dt)
        title = " ".join(str(event.get("SUMMARY", "")).split())
        attendees = _attendees(event)
        key = _meeting_key(event, title, started, attendees)
        location = " ".join(str(event.get("LOCATION", "")).split())
    except Exception as error:  # icalendar raises ValueError, TypeError, KeyError...
        return RowError(name, start, f"bad VEVENT: {error or type(error).__name__}")
    return Meeting(key=key, title=title, started_at=started, location=location, attendees=attendees)


def to_utc(value: object) -> datetime:
    """Return a DTSTART value as an aware UTC datetime: dates at midnight, floating times as UTC."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    raise ValueError(f"DTSTART is not a date or date-time: {value!r}")


def _meeting_key(event: icalendar.Event, title: str, started: datetime,
                 attendees: tuple[Attendee, ...]) -> str:
    """'ics:' + UID (+ '#' + RECURRENCE-ID); a digest of title, start and organiser without UID."""
    uid = str(event.get("UID", "")).strip()
    if not uid:
        organiser = next((person.email for person in attendees if person.is_organiser), "")
        uid = fingerprint(title, started.isoformat(), organiser)
    recurrence = event.get("RECURRENCE-ID")
    if recurrence is None:
        return f"ics:{uid}"
    moment = recurrence.dt
    stamp = (to_utc(moment).strftime("%Y%m%dT%H%M%SZ") if isinstance(moment, datetime)
             else moment.strftime("%Y%m%d"))
    return f"ics:{uid}#{stamp}"


def _attendees(event: icalendar.Event) -> tuple[Attendee, ...]:
    """Return the organiser and the attendees, one entry per address (or per name without one)."""
    found: dict[str, Attendee] = {}
    entries = [(event["ORGANIZER"], True)] if event.get("ORGANIZER") is not None else []
    listed = event.get("ATTENDEE", [])
    entries += [(entry, False) for entry in (listed if isinstance(listed, list) else [listed])]
    for entry, organiser in entries:
        params = getattr(entry, "params", {})
        if str(params.get("CUTYPE", "")).upper() in NOT_PEOPLE:
            continue
        if not organiser and str(params.get("PARTSTAT", "")).upper() == "DECLINED":
            continue
        email = normalise_address(str(entry))
        name = " ".join(str(params.get("CN", "")).strip().strip('"').split())
        if "@" in name and normalise_address(name) in (email, name.lower()):
            name = ""  # Google puts the address in CN when it knows no name
        if not email and not name:
            continue
        slot = email or f"name:{normalise_name(name)}"
        earlier = found.get(slot)
        if earlier is not None:
            name = earlier.name or name
            organiser = earlier.is_organiser or organiser
        found[slot] = Attendee(name=name, email=email, is_organiser=organiser)
    return tuple(found.values())


def normalise_address(value: str) -> str:
    """Return the e-mail address of a 'mailto:' value, lower-cased; '' when it holds none."""
    address = _MAILTO.sub("", value.strip()).strip().lower()
    return address if "@" in address and " " not in address else ""


def normalise_name(name: str) -> str:
    """Return a name in comparable form for keys: NFKC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


class AttendeeBook:
    """Collects, meeting by meeting, who the user met, to yield one KnownPerson each at the end."""

    def __init__(self) -> None:
        self._seen: dict[str, list[tuple[datetime, str, str]]] = {}  # key -> (start, title, name)

    def add(self, meeting: Meeting) -> None:
        """Record each attendee of a meeting (once per meeting)."""
        when = meeting.started_at or datetime.min.replace(tzinfo=UTC)
        for attendee in meeting.attendees:
            key = attendee.email or f"name:{normalise_name(attendee.name)}"
            self._seen.setdefault(key, []).append((when, meeting.title, attendee.name))

    def people(self, mine: frozenset[str]) -> Iterator[KnownPerson]:
        """Yield one KnownPerson per attendee, in order of first appearance, leaving out `mine`."""
        for key, visits in self._seen.items():
            if key in mine:
                continue
            visits.sort(key=lambda visit: visit[0], reverse=True)
            name = next((visit[2] for visit in visits if visit[2]), "")
            email = "" if key.startswith("name:") else key
            notes = tuple(f"'{title or '(no title)'}' {when:%Y-%m-%d}"
                          for when, title, _name in visits[:MAX_NOTES])
            yield KnownPerson(
                key=f"ics-email:{email}" if email else f"ics-name:{key.removeprefix('name:')}",
                relation="attendee", name=name, emails=(email,) if email else (),
                sent=len(visits), first_seen=visits[-1][0], last_seen=visits[0][0], notes=notes)
