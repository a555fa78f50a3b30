"""What evidence sources yield: people the user knows of and meetings the user was in.

Every evidence reader (address book, mail, calendar, CRM, LinkedIn export) turns its files into
these records; the store indexes them and the matcher compares senders against them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

@dataclass(frozen=True, slots=True)
class KnownPerson:
    """Someone found in the user's own data.

    `relation` says how they came to be in the user's data: contact, correspondent, attendee, crm or
    connection. `key` is stable within one source (a vCard UID, an e-mail address, a CRM record id) so that
    re-adding the source updates the person instead of duplicating them. `sent` counts what the
    user sent them (e-mails written, meetings organised); `received` what came from them. A
    correspondent who only ever wrote to the user (`sent == 0`) is not someone the user knows.
    """

    key: str
    relation: str
    name: str = ""
    emails: tuple[str, ...] = ()
    profile_url: str = ""
    company: str = ""
    title: str = ""
    sent: int = 0
    received: int = 0
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Attendee:
    """One person on a meeting: organiser or attendee."""

    name: str = ""
    email: str = ""
    is_organiser: bool = False


@dataclass(frozen=True, slots=True)
class Meeting:
    """A calendar event with the people in it, so "we met at <event>" can be checked."""

    key: str
    title: str
    started_at: datetime | None = None
    location: str = ""
    attendees: tuple[Attendee, ...] = ()


@dataclass(frozen=True, slots=True)
class EvidenceSource:
    """One source the user added (`linkscreen evidence add`): what it is and what it holds."""

    name: str
    kind: str
    path: str
    added_at: datetime
    updated_at: datetime
    people: int = 0
    meetings: int = 0
    summary: dict[str, object] | None = None
