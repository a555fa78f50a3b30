"""Plain domain records. Importers produce them, the store keeps them, the classifier reads them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from linkscreen.core.taxonomy import Direction


@lru_cache(maxsize=65536)
def normalise_profile_url(url: str) -> str:
    """Return a LinkedIn profile URL in one canonical form (no scheme noise, query or slash)."""
    url = (url or "").strip()
    if not url:
        return ""
    url = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    for prefix in ("https://", "http://"):
        if url.lower().startswith(prefix):
            url = url[len(prefix):]
            break
    host, _, path = url.partition("/")
    host = host.lower()
    if host.endswith("linkedin.com"):
        host = "www.linkedin.com"
    return f"https://{host}/{path}" if path else f"https://{host}"


def fingerprint(*parts: object) -> str:
    """Return a short stable digest of the given values, to spot changed rows on re-import."""
    text = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


@dataclass(frozen=True, slots=True)
class Invitation:
    """One connection request, incoming (to screen) or outgoing (sent by the user)."""

    name: str
    headline: str = ""
    company: str = ""
    location: str = ""
    mutual_connections: int | None = None
    message: str = ""
    sent_at: datetime | None = None
    profile_url: str = ""
    direction: Direction = Direction.INCOMING
    source: str = ""
    external_id: str = ""
    counterpart_name: str = ""
    counterpart_url: str = ""

    @property
    def natural_key(self) -> str:
        """Stable identity: the profile URL, else name + sent time + source."""
        url = normalise_profile_url(self.profile_url)
        if url:
            return f"{self.direction.value}|{url}"
        when = self.sent_at.isoformat() if self.sent_at else ""
        return f"{self.direction.value}|{self.name.strip().casefold()}|{when}|{self.source}"

    @property
    def has_default_note(self) -> bool:
        """True when the sender wrote nothing or only LinkedIn's stock text ("I'd like to add you to my network")."""
        from linkscreen.core.generic_notes import is_default_note  # imported here: models stays quick to import

        return is_default_note(self.message)


@dataclass(frozen=True, slots=True)
class Connection:
    """A first-degree connection from Connections.csv."""

    first_name: str
    last_name: str
    profile_url: str = ""
    email: str = ""
    company: str = ""
    position: str = ""
    connected_on: date | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def natural_key(self) -> str:
        url = normalise_profile_url(self.profile_url)
        if url:
            return url
        when = self.connected_on.isoformat() if self.connected_on else ""
        return f"{self.full_name.casefold()}|{when}"


@dataclass(slots=True)
class Message:
    """One message from messages.csv (drafts are dropped before they get here).

    Not frozen: a million of these go through an import, and a frozen dataclass costs 7x to build.
    """

    conversation_id: str
    sender_name: str
    sent_at: datetime | None
    content: str
    conversation_title: str = ""
    sender_profile_url: str = ""
    recipient_names: str = ""
    recipient_profile_urls: str = ""
    subject: str = ""
    folder: str = ""
    is_sponsored: bool = False

    @property
    def natural_key(self) -> str:
        """A digest of the conversation, time, sender and content: the same message, the same key."""
        when = self.sent_at.isoformat() if self.sent_at else ""
        text = f"{self.conversation_id}\x1f{when}\x1f{self.sender_name}\x1f{self.content}"
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


@dataclass(frozen=True, slots=True)
class Position:
    """One entry of the owner's own employment history (Positions.csv)."""

    company: str
    title: str = ""
    description: str = ""
    location: str = ""
    started_on: date | None = None
    finished_on: date | None = None

    @property
    def natural_key(self) -> str:
        start = self.started_on.isoformat() if self.started_on else ""
        return f"{self.company.casefold()}|{self.title.casefold()}|{start}"


@dataclass(frozen=True, slots=True)
class OwnerProfile:
    """The user's own profile (Profile.csv, plus the URL seen in Invitations.csv)."""

    first_name: str = ""
    last_name: str = ""
    headline: str = ""
    industry: str = ""
    location: str = ""
    profile_url: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class HiddenConnection:
    """A Connections.csv row with only a date: a hidden profile, counted and never stored."""

    connected_on: date | None = None


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that could not be read: reported with its file and line, then skipped."""

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass(frozen=True, slots=True)
class FileNote:
    """Something worth telling the user about a file as a whole (encoding fallback, skipped file)."""

    file: str
    text: str

    def __str__(self) -> str:
        return f"{self.file}: {self.text}"


Record = Invitation | Connection | Message | Position | OwnerProfile | HiddenConnection
ParsedItem = Record | RowError | FileNote


@dataclass(slots=True)
class ImportSummary:
    """Counts of one import, per kind of record, plus what was rejected and why."""

    new: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    hidden_connections: int = 0
    errors: list[RowError] = field(default_factory=list)
    notes: list[FileNote] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return len(self.errors)

    def count(self, bucket: str, kind: str, amount: int = 1) -> None:
        """Add `amount` to the `bucket` ('new', 'updated', 'unchanged', 'removed') count for `kind`."""
        if amount:
            counts: dict[str, int] = getattr(self, bucket)
            counts[kind] = counts.get(kind, 0) + amount


@dataclass(frozen=True, slots=True)
class StoredInvitation:
    """An invitation as the store keeps it: with its row id and where it stands."""

    id: int
    invitation: Invitation
    status: str
    imported_at: datetime | None = None
    asked_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Counts over everything stored."""

    incoming: int
    outgoing: int
    incoming_with_note: int
    by_status: dict[str, int]
    connections: int
    hidden_connections: int
    messages: int
    sponsored_messages: int
    positions: int
    imports: int
    first_sent_at: datetime | None
    last_sent_at: datetime | None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A trace of a real relationship with a sender, found in the user's own data.

    `strength` is strong (profile URL or e-mail), medium (name plus company or domain), weak (a name
    alone: shown, never acted on) or info (a fact worth showing, such as a checked claim).
    """

    source: str
    strength: str
    summary: str

    @property
    def is_known(self) -> bool:
        """Strong (URL or e-mail) and medium (name plus company or domain) matches count as knowing."""
        return self.strength in ("strong", "medium")


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    """Something that happened to a request: a decision, a label, a question, a reply, an expiry."""

    invitation_id: int
    kind: str
    value: str
    actor: str
    reasons: tuple[str, ...]
    created_at: datetime


@dataclass(frozen=True, slots=True)
class StoredReply:
    """A reply to the challenge, with how it was judged."""

    invitation_id: int
    text: str
    received_at: datetime
    source: str
    outcome: str
    confidence: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoredAssessment:
    """The latest classification and proposed decision for a stored request."""

    invitation_id: int
    intent: str
    confidence: float
    reasons: tuple[str, ...]
    action: str
    decision_reasons: tuple[str, ...]
    reply: str | None
    model_id: str
    input_fingerprint: str
