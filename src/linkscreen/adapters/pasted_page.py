"""Read the text of LinkedIn's "Manage invitations" page, as selected and copied (or saved as HTML).

Each invitation card ends with its "Accept" button; within a card the sender's name comes before
the headline, then mutual connections and the time ("2 days ago", read relative to `now`), then the
note if one was sent. Navigation, counters ("Invitations (14)"), "Show more", "Ignore", "Message"
and profile-picture captions are noise. From saved HTML the profile links are kept as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone

from linkscreen.adapters.html_text import extract_html
from linkscreen.adapters.invitation_fields import (
    canonical_profile_url, is_default_note, read_mutual_count, read_relative_time, split_company, unquote_note)
from linkscreen.core.models import FileNote, Invitation, ParsedItem, RowError
from linkscreen.core.taxonomy import Direction

PASTED = "pasted"
_ACCEPT = re.compile(r"^accept(?:\s+(?P<name>.+?)[\u2019']s\s+invitation)?\s*$", re.I)
_IGNORE = re.compile(r"^(?:ignore|decline)(?:\s+.*invitation.*)?\s*$", re.I)
_PICTURE = re.compile(r"^(?P<name>.+?)[\u2019']s\s+profile\s+(?:picture|photo|image)$", re.I)
_VIEW = re.compile(r"^view\s+(?P<name>.+?)[\u2019']s\s+(?:profile|verified\s+profile)$", re.I)
_NOISE = re.compile(
    r"^(?:skip to (?:main )?content|skip to search|home|my network|jobs|messaging|notifications|me|for business"
    r"|try premium.*|reactivate premium.*|manage invitations|manage|received|sent|all|people|newsletters|events"
    r"|pages|groups|company|companies|show more|show less|see more|see less|\u2026\s*see more|load more|message"
    r"|reply|reply to .{1,80}|more|follow|connect|verified|premium|linkedin|search|invitations?|grow|catch up"
    r"|(?:invitations?|people|all|newsletters|pages|events|groups)\s*\(\d[\d,]*\)|\d[\d,]*\s+(?:new\s+)?invitations?"
    r"|\d+\s+notifications?|no pending invitations|you have no pending invitations|(?:\u00b7\s*)?(?:1st|2nd|3rd\+?)"
    r"|(?:1st|2nd|3rd\+?)\s+degree\s+connection|status is (?:online|offline|reachable).*|open to work"
    r"|about|accessibility|help center|privacy & terms.*|ad choices|advertising|business services.*"
    r"|get the linkedin app"
    r"|more options|linkedin corporation \u00a9 \d{4}|\u00a9 \d{4}.*|people you may know.*|see all)$", re.I)
_NOT_A_PERSON = re.compile(r"invited you to (?:follow|subscribe|join|attend)"
                           r"|invited you to .{1,80} (?:page|event|group)"
                           r"|newsletter", re.I)


def read_pasted_text(text: str, now: datetime | None = None, source_name: str = "<pasted>",
                     profile_links: dict[str, str] | None = None) -> Iterator[ParsedItem]:
    """Yield one Invitation per card of a pasted "Manage invitations" page, then a note on what was read."""
    now = now or datetime.now(timezone.utc)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    cards = split_cards([line for line in lines if line])
    count = 0
    for number, (card, accept_name) in enumerate(cards, start=1):
        item = read_card(card, accept_name, now, source_name, number, profile_links or {})
        if item is not None:
            count += isinstance(item, Invitation)
            yield item
    if not cards:
        yield FileNote(source_name, "no invitations found: paste the whole \"Manage invitations\" page, "
                                    "including each request's Accept button")
    elif count:
        yield FileNote(source_name, f"{count} invitation{'' if count == 1 else 's'} read from the page")


def read_pasted_html(html: str, now: datetime | None = None, source_name: str = "<page.html>") -> Iterator[ParsedItem]:
    """Yield the invitations of the page saved as HTML: its visible text, plus profile links by name."""
    extracted = extract_html(html)
    links: dict[str, str] = {}
    for href, label in extracted.links:
        url = canonical_profile_url(href)
        if not url or not label:
            continue
        match = _VIEW.match(label) or _PICTURE.match(label)
        links.setdefault(_fold(match.group("name") if match else label), url)
    return read_pasted_text("\n".join(extracted.lines), now, source_name, links)


def split_cards(lines: Sequence[str]) -> list[tuple[list[str], str]]:
    """Cut the page into cards: the lines before each "Accept" button (and the name it may carry)."""
    cards = []
    current: list[str] = []
    for line in lines:
        match = _ACCEPT.match(line)
        if match:
            if current:
                cards.append((current, (match.group("name") or "").strip()))
            current = []
        else:
            current.append(line)
    return cards


def read_card(lines: list[str], accept_name: str, now: datetime, source_name: str, number: int,
              profile_links: dict[str, str]) -> Invitation | RowError | None:
    """Read one card's lines; None for cards that are not connection requests (newsletters, pages)."""
    picture_name = ""
    kept: list[str] = []
    for line in lines:
        picture = _PICTURE.match(line) or _VIEW.match(line)
        if picture:
            picture_name = picture.group("name").strip()
            kept = []  # everything before the card's picture belongs to the page or the previous card
            continue
        if _NOISE.match(line) or _IGNORE.match(line):
            continue
        kept.append(line)
    if any(_NOT_A_PERSON.search(line) for line in kept):
        return None
    mutual, sent_at, meta_at = None, None, []
    for index, line in enumerate(kept):
        if (count := read_mutual_count(line)) is not None:
            mutual = count if mutual is None else mutual
            meta_at.append(index)
        elif (moment := read_relative_time(line, now)) is not None:
            sent_at = moment if sent_at is None else sent_at
            meta_at.append(index)
    name_at = _find_name(kept, meta_at, picture_name or accept_name)
    if name_at is None:
        return RowError(source_name, number, "an invitation card without a sender name; skipped")
    name = picture_name or accept_name or kept[name_at]
    first_meta = min((at for at in meta_at if at > name_at), default=len(kept))
    headline_lines = [line for line in kept[name_at + 1:first_meta]]
    headline = headline_lines[0] if headline_lines else ""
    note_lines = headline_lines[1:] + [line for at, line in enumerate(kept) if at > first_meta and at not in meta_at]
    note = "\n".join(line for line in note_lines if not is_default_note(line))
    return Invitation(
        name=name, headline=headline, company=split_company(headline), mutual_connections=mutual,
        message=unquote_note(note), sent_at=sent_at, profile_url=profile_links.get(_fold(name), ""),
        direction=Direction.INCOMING, source=PASTED)


def _find_name(kept: list[str], meta_at: list[int], known: str) -> int | None:
    """Return the index of the card's name line: the known name, else two lines above the first count/time."""
    if not kept:
        return None
    if known:
        folded = _fold(known)
        for index, line in enumerate(kept):
            if _fold(line) == folded:
                return index
    if meta_at:
        return max(0, meta_at[0] - 2) if meta_at[0] >= 1 else None
    return 0


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())
