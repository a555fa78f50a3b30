"""Relationship evidence: is this sender someone the user's own data says they know?

An `EvidenceIndex` holds the people (address book, mail correspondents, meeting attendees, CRM
contacts, LinkedIn connections) and the user's own positions. `find_evidence` matches a sender
against it (`core.matching`) and turns every match into an `Evidence` with a plain summary:
"12 e-mails 2023-2025 (you wrote 5)". Only strong and medium evidence ever counts as knowing someone;
weak matches (a name alone, or mail that only ever came from them) are shown, never acted on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from linkscreen.core.claims import check_claims, find_claims
from linkscreen.core.evidence_records import KnownPerson, Meeting
from linkscreen.core.matching import (
    Match, Person, companies_agree, match_people, normalise_email, normalise_profile_url,
)
from linkscreen.core.names import build_surname_prefix, list_given_letters, match_names, normalise_name
from linkscreen.core.models import Evidence, Invitation, Position
from linkscreen.core.taxonomy import Intent

STRENGTH_ORDER = {"strong": 0, "medium": 1, "weak": 2, "info": 3}
MAX_EVIDENCE = 5
RELATION_LABELS = {
    "contact": "address book",
    "correspondent": "mail",
    "attendee": "calendar",
    "crm": "CRM",
    "connection": "LinkedIn connections",
}
_HEADLINE_COMPANY = re.compile(r"(?:\bat\b|@)\s+([^|,;·•\n]+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SourcedPerson:
    """A known person and the evidence source (as the user named it) they were found in."""

    person: KnownPerson
    source: str


@dataclass(slots=True)
class EvidenceIndex:
    """Everything evidence lookups need, held in memory and keyed for fast candidate search."""

    people: list[SourcedPerson] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    written: dict[str, list[datetime]] = field(default_factory=dict)
    _persons: list[KnownPerson] = field(default_factory=list)
    _by_key: dict[str, list[int]] = field(default_factory=dict)

    def add_person(self, person: KnownPerson, source: str, keys: Iterable[str] | None = None) -> None:
        """Index one person under their e-mail addresses, profile URL and name tokens (or the given keys)."""
        number = len(self.people)
        self.people.append(SourcedPerson(person, source))
        self._persons.append(person)
        if keys is None:
            keys = build_lookup_keys(person.name, person.emails, person.profile_url)
        for key in keys:
            self._by_key.setdefault(key, []).append(number)

    def find_candidates(self, sender: Person) -> list[SourcedPerson]:
        """People who share a name token, an e-mail address or the profile URL with the sender."""
        numbers: set[int] = set()
        for key in build_sender_keys(sender):
            numbers.update(self._by_key.get(key, ()))
        return [self.people[number] for number in sorted(numbers)]

    @property
    def persons(self) -> list[KnownPerson]:
        """The indexed people without their sources (what claim checks search)."""
        return self._persons

    @property
    def is_empty(self) -> bool:
        return not self.people and not self.positions and not self.written


def build_lookup_keys(name: str, emails: Iterable[str] = (), profile_url: str = "") -> set[str]:
    """Keys under which a person is filed: "e:<address>", "u:<profile URL>", and "n:<surname prefix>:<letter>"
    for each surname token (`build_surname_prefix`) and each first letter their given names could
    match under (`list_given_letters`)."""
    keys = {f"e:{address}" for address in map(normalise_email, emails) if address}
    url = normalise_profile_url(profile_url)
    if url:
        keys.add(f"u:{url}")
    parts = normalise_name(name)
    letters = list_given_letters(parts)
    keys.update(
        f"n:{build_surname_prefix(token)}:{letter}"
        for token in parts.last.split() if len(token) > 1 for letter in letters
    )
    return keys


def build_sender_keys(sender: Person) -> set[str]:
    """Keys to look a sender up under: their own keys, plus their name read in the other order, so
    "Smith John" still finds "John Smith" (the matcher then decides whether the names agree)."""
    keys = build_lookup_keys(sender.name, sender.emails, sender.profile_url)
    parts = normalise_name(sender.name)
    if len(parts.first) > 1 and parts.last:
        keys.update(f"n:{build_surname_prefix(parts.first)}:{token[0]}" for token in parts.last.split())
    return keys


def read_headline_company(headline: str) -> str:
    """The employer a headline names: "Account Manager at Datacom | Cloud" -> "Datacom"."""
    found = _HEADLINE_COMPANY.search(headline or "")
    return found.group(1).strip() if found else ""


def build_sender(invitation: Invitation) -> Person:
    """The sender as the matcher sees them. E-mail addresses in a note are never trusted as identity."""
    company = invitation.company or read_headline_company(invitation.headline)
    return Person(name=invitation.name, profile_url=invitation.profile_url, company=company)


def find_evidence(index: EvidenceIndex, invitation: Invitation) -> list[Evidence]:
    """Every trace of the sender in the index, strongest first (at most MAX_EVIDENCE)."""
    if index.is_empty:
        return []
    sender = build_sender(invitation)
    sender_name = normalise_name(sender.name)
    found = find_written_evidence(index.written, invitation)
    for candidate in index.find_candidates(sender):
        known = candidate.person
        same_url = (
            bool(sender.profile_url)
            and normalise_profile_url(known.profile_url) == normalise_profile_url(sender.profile_url)
        )
        if not same_url and not sender.emails and match_names(sender_name, normalise_name(known.name)) is None:
            continue  # the common case among people sharing a surname: cheap to rule out
        match = match_people(sender, _as_person(known))
        if match.strength != "none":
            found.append(describe_match(candidate, match))
    found.extend(find_shared_employer(index.positions, sender.company))
    found.sort(key=lambda item: STRENGTH_ORDER.get(item.strength, 9))
    return found[:MAX_EVIDENCE] + check_note_claims(index, invitation)


def check_note_claims(index: EvidenceIndex, invitation: Invitation) -> list[Evidence]:
    """What the note claims about shared history, each checked against the user's data (shown as
    information: a verified event or employer says the user was there, not that the sender was)."""
    claims = find_claims(invitation.message)
    if not claims:
        return []
    checks = check_claims(claims, index.meetings, index.persons, index.positions, invitation.name)
    return [Evidence("claim check", "info", f"claim \"{check.claim.quote}\": {check.summary}") for check in checks]


def find_written_evidence(written: dict[str, list[datetime]], invitation: Invitation) -> list[Evidence]:
    """The user's own LinkedIn messages to the sender before the request arrived: strong evidence.

    Only what the user wrote counts: a stranger's cold InMail says nothing about knowing them.
    """
    sent_at = invitation.sent_at
    times = written.get(invitation.profile_url, []) if invitation.profile_url else []
    earlier = [moment for moment in times if sent_at is None or moment < sent_at]
    if not earlier:
        return []
    span = f"{earlier[0]:%Y-%m-%d}" if len(earlier) == 1 else f"{earlier[0]:%Y-%m-%d} to {earlier[-1]:%Y-%m-%d}"
    count = "once" if len(earlier) == 1 else f"{len(earlier)} times"
    return [Evidence("LinkedIn messages", "strong", f"you wrote to them {count} ({span}) before this request")]


def describe_match(candidate: SourcedPerson, match: Match) -> Evidence:
    """Turn a match into evidence: the relationship in plain words, then how the match was made."""
    person = candidate.person
    strength = match.strength
    activity = describe_relationship(person)
    if person.relation == "correspondent" and person.sent == 0:
        strength = "weak"  # mail that only ever came from them proves nothing
        activity += "; you never wrote to them"
    label = RELATION_LABELS.get(person.relation, person.relation)
    summary = f"{activity}; {'; '.join(match.reasons)}"
    return Evidence(f"{label}: {candidate.source}", strength, summary)


def describe_relationship(person: KnownPerson) -> str:
    """What the user's data says about the relationship, in a few words."""
    who = person.name or (person.emails[0] if person.emails else "someone")
    if person.relation == "correspondent":
        total = person.sent + person.received
        text = f"{total} e-mail{'s' if total != 1 else ''}{_describe_span(person)} with {who}"
        return text + (f" (you wrote {person.sent})" if person.sent else "")
    if person.relation == "attendee":
        meetings = f"{person.sent} meeting{'s' if person.sent != 1 else ''} with {who}"
        return meetings + (f": {', '.join(person.notes[:2])}" if person.notes else "")
    if person.relation == "connection":
        since = f" since {person.first_seen:%Y-%m-%d}" if person.first_seen else ""
        return f"{who} is already a LinkedIn connection{since}"
    where = RELATION_LABELS.get(person.relation, person.relation)
    details = ", ".join(part for part in (person.title, person.company) if part)
    text = f"{who} is in your {where}" + (f" ({details})" if details else "")
    return text + (f"; {', '.join(person.notes[:2])}" if person.notes else "")


def add_label_evidence(evidence: Sequence[Evidence], label: str | None) -> list[Evidence]:
    """The evidence, plus the user's own word when they labelled the sender a known contact (the strongest)."""
    if label == Intent.KNOWN_CONTACT:
        return [*evidence, Evidence("your label", "strong", "you said you know them")]
    return list(evidence)


def find_shared_employer(positions: Sequence[Position], company: str) -> list[Evidence]:
    """The user's own positions at the sender's company: current ones are medium evidence, past weak."""
    if not company:
        return []
    for position in sorted(positions, key=lambda p: p.finished_on is not None):
        if not companies_agree(company, position.company):
            continue
        if position.finished_on is None:
            since = f" (you since {position.started_on:%Y})" if position.started_on else ""
            return [Evidence("your positions", "medium", f"you both work at {position.company}{since}")]
        return [
            Evidence(
                "your positions",
                "weak",
                f"you worked at {position.company} {_describe_years(position.started_on, position.finished_on)}; "
                "they work there now",
            )
        ]
    return []


def _as_person(known: KnownPerson) -> Person:
    return Person(name=known.name, emails=known.emails, profile_url=known.profile_url, company=known.company)


def _describe_span(person: KnownPerson) -> str:
    if not person.first_seen or not person.last_seen:
        return ""
    first, last = person.first_seen.year, person.last_seen.year
    return f" in {first}" if first == last else f" {first}-{last}"


def _describe_years(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{start:%Y}-{end:%Y}"
    return f"until {end:%Y}" if end else ""
