"""The sender's card inside an invitation e-mail, read from its text lines, whatever the layout.

Layouts differ (2012: "Jane requested to add you as a connection", a greeting, the note and a
"- Jane" signature; 2016: greeting, stock note, then name / headline / location; current: name,
headline, location, mutual connections, the note, then Accept / View profile), so the card is found
by the sender's name line and everything up to the first button or footer line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from linkscreen.adapters.invitation_fields import (
    canonical_profile_url, is_default_note, read_mutual_count, split_company, unquote_note)
from linkscreen.core.models import Invitation
from linkscreen.core.taxonomy import Direction

_BUTTON = re.compile(
    r"^(?:accept(?:\s+invitation)?(?:\s+from\s+.{1,80})?|ignore|decline|view\s+profile"
    r"|view\s+.{1,80}?[\u2019']s\s+profile"
    r"|view\s+invitation(?:\s+from\s+.{1,80})?|confirm\s+that\s+you\s+know\s+.{1,80}|reply(?:\s+to\s+.{1,80})?"
    r"|see\s+all\s+invitations|respond(?:\s+now)?)\s*(?::.*)?$", re.I)
_FOOTER = re.compile(r"^(?:unsubscribe|you\s+are\s+receiving|this\s+email\s+was\s+(?:intended|sent)\s+for|learn\s+why"
                     r"|help\s*:|change\s+frequency|\u00a9|\(c\)\s*\d{4}|linkedin\s+corporation|linkedin\s+ireland"
                     r"|don[\u2019']t\s+want\s+to\s+receive)", re.I)
_NAME_IN_LINE = tuple(re.compile(pattern, re.I) for pattern in (
    r"^(?P<name>[^,:@]{2,80}?) (?:has )?(?:requested to add you as a connection|wants to connect"
    r"|(?:has )?invited you to connect|would like to connect|sent you an invitation)",
    r"^view (?P<name>[^:@]{2,80}?)[\u2019']s profile",
    r"^accept invitation from (?P<name>[^:@]{2,80}?)\s*$",
    r"^invitation from (?P<name>[^:@]{2,80}?)\s*$",
))
_GREETING_LINE = re.compile(r"^(?:(?:hi|hello|hey|dear|kia ora)\s+)?[\w.'\u2019 -]{1,40},$", re.I | re.UNICODE)
_SEPARATOR = re.compile(r"^[-=_*~.\s\u2013\u2014]{3,}$")
_SIGNATURE = re.compile(r"^[-\u2013\u2014~]{1,2}\s*[^\s.!?][^.!?]{0,40}$")
_BOILERPLATE = re.compile(r"requested to add you as a connection|wants to connect|invited you to connect"
                          r"|would like to connect|invitation is (?:still )?waiting|waiting for your response"
                          r"|\binvit\w*\b.*\bago\b|^linkedin$|^https?://\S+$", re.I)
_LOCATION_WORD = re.compile(r"^(?:[A-Z\u00c0-\u024f][\w'\u2019.-]*|and|of|the|de|la|del|upon|on|am|im|an|der)$")


@dataclass(frozen=True, slots=True)
class Card:
    """What an invitation e-mail says about its sender."""

    name: str = ""
    headline: str = ""
    location: str = ""
    mutual_connections: int | None = None
    note: str = ""
    profile_url: str = ""
    lines: tuple[str, ...] = ()

    @property
    def is_complete(self) -> bool:
        """True when nothing another part of the message could add is missing."""
        return bool(self.name and self.headline and self.profile_url and self.mutual_connections is not None)

    def filled_from(self, other: Card) -> Card:
        """Return this card with its empty fields taken from `other`."""
        return Card(
            name=self.name or other.name, headline=self.headline or other.headline,
            location=self.location or other.location,
            mutual_connections=self.mutual_connections if self.mutual_connections is not None
            else other.mutual_connections,
            note=self.note or other.note, profile_url=self.profile_url or other.profile_url,
            lines=self.lines or other.lines)

    def to_invitation(self, source: str, sent_at: datetime | None, external_id: str = "") -> Invitation:
        """Return the incoming Invitation this card describes."""
        return Invitation(
            name=self.name, headline=self.headline, company=split_company(self.headline),
            location=self.location, mutual_connections=self.mutual_connections, message=self.note,
            sent_at=sent_at, profile_url=self.profile_url, direction=Direction.INCOMING, source=source,
            external_id=external_id.strip("<> "))


def read_card(lines: Sequence[str], links: Sequence[tuple[str, str]], name_hint: str = "") -> Card:
    """Read the card from a message's text lines and its links (href, link text)."""
    name = name_hint.strip() or find_name(lines)
    end = next((i for i, line in enumerate(lines) if _FOOTER.match(line)), len(lines))
    stop = next((i for i, line in enumerate(lines[:end]) if _BUTTON.match(line)), end)
    body = list(lines[:stop])
    folded = name.casefold()
    card_at = next((i for i, line in enumerate(body) if line.casefold() == folded), None) if name else None
    headline = location = ""
    used: set[int] = set()
    if card_at is not None:
        used.add(card_at)
        if card_at + 1 < len(body) and is_card_text(body[card_at + 1]):
            headline = body[card_at + 1]
            used.add(card_at + 1)
            if card_at + 2 < len(body) and looks_like_location(body[card_at + 2]):
                location = body[card_at + 2]
                used.add(card_at + 2)
    mutual = next((count for line in lines[:end] if (count := read_mutual_count(line)) is not None), None)
    note = read_note(body, name, card_at, used)
    return Card(name=name, headline=headline, location=location, mutual_connections=mutual, note=note,
                profile_url=choose_profile_url(links, name), lines=tuple(lines[:end]))


def find_name(lines: Iterable[str]) -> str:
    """Find the sender's name in lines like "Jane Doe requested to add you as a connection"."""
    for line in lines:
        for pattern in _NAME_IN_LINE:
            if match := pattern.match(line):
                return match.group("name").strip()
    return ""


def is_card_text(line: str) -> bool:
    """True for a line that can be a headline: not a button, count, stock note or link."""
    return (len(line) <= 220 and not _BUTTON.match(line) and read_mutual_count(line) is None
            and not is_default_note(line) and not _BOILERPLATE.search(line) and not _GREETING_LINE.match(line))


def looks_like_location(line: str) -> bool:
    """True for a short place name ("Greater Wellington Area", "Auckland, New Zealand")."""
    if len(line) > 60 or any(mark in line for mark in ".!?:@/|\"") or not is_card_text(line):
        return False
    words = line.replace(",", " ").split()
    return 0 < len(words) <= 6 and all(_LOCATION_WORD.match(word) for word in words)


def read_note(body: Sequence[str], name: str, card_at: int | None, used: set[int]) -> str:
    """Return the sender's own note: what is left once greeting, card, stock text and signature go."""
    greet = next((i for i, line in enumerate(body) if _GREETING_LINE.match(line)), None)
    if greet is not None and (card_at is None or greet < card_at):
        start = greet + 1
    else:
        start = card_at if card_at is not None else 0
    folded = name.casefold()
    kept = []
    for index in range(start, len(body)):
        line = body[index]
        if index in used or line.casefold() == folded or is_default_note(line):
            continue
        if _SEPARATOR.match(line) or _BOILERPLATE.search(line) or read_mutual_count(line) is not None:
            continue
        if _SIGNATURE.match(line) and index >= len(body) - 2:
            continue
        kept.append(line)
    return unquote_note("\n".join(kept))


def choose_profile_url(links: Sequence[tuple[str, str]], name: str) -> str:
    """Pick the sender's profile link: the one named after them or "View profile"; else the only one."""
    candidates = [(url, text.casefold()) for href, text in links if (url := canonical_profile_url(href))]
    if not candidates:
        return ""
    folded = name.casefold()
    for test in (lambda text: bool(folded) and text == folded, lambda text: "profile" in text,
                 lambda text: bool(folded) and folded in text):
        for url, text in candidates:
            if test(text):
                return url
    distinct = {url.casefold() for url, _ in candidates}
    return candidates[0][0] if len(distinct) == 1 else ""


def merge_invitations(invitations: Iterable[Invitation]) -> list[Invitation]:
    """Merge invitations of one file that describe the same request (same profile URL, else same name).

    Empty fields are filled from the later copies (so pass exact sources before estimates).
    """
    merged: list[Invitation] = []
    by_url: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for invitation in invitations:
        url = invitation.profile_url.casefold()
        name = " ".join(invitation.name.casefold().split())
        at = by_url.get(url) if url else None
        if at is None and name in by_name and (not url or not merged[by_name[name]].profile_url):
            at = by_name[name]
        if at is None:
            merged.append(invitation)
            at = len(merged) - 1
        else:
            merged[at] = _fill(merged[at], invitation)
        if merged[at].profile_url:
            by_url[merged[at].profile_url.casefold()] = at
        by_name.setdefault(name, at)
    return merged


def _fill(first: Invitation, later: Invitation) -> Invitation:
    return replace(
        first, headline=first.headline or later.headline, company=first.company or later.company,
        location=first.location or later.location,
        mutual_connections=first.mutual_connections if first.mutual_connections is not None
        else later.mutual_connections,
        message=first.message or later.message, profile_url=first.profile_url or later.profile_url,
        sent_at=first.sent_at or later.sent_at, external_id=first.external_id or later.external_id)
