"""Read LinkedIn invitation (and reminder) e-mails from `.eml` files, mbox files and Maildir folders.

A message is an invitation when it comes from linkedin.com (or a subdomain) and its subject is one
of LinkedIn's invitation or reminder subjects, current or older. Other mail is skipped and counted
in one note. Mail that looks like an invitation but comes from another domain (linkedln.com,
linkedin-mail.com, ...), or from linkedin.com with a failed DMARC check, is rejected as possible
phishing and never imported. The card (name, headline, location, mutual connections, note, profile
link) is read from the plain-text part, with the HTML part (text only, scripts never kept) filling gaps.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from email import policy
from email.header import decode_header
from email.policy import EmailPolicy
from email.message import Message
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

from linkscreen.adapters.html_text import extract_html
from linkscreen.adapters.invitation_card import Card, merge_invitations, read_card
from linkscreen.adapters.invitation_fields import is_linkedin_host, read_relative_time
from linkscreen.adapters.mail_sources import (
    MAX_MESSAGE_BYTES, RawMessage, is_maildir, iterate_eml, iterate_maildir, iterate_mbox, looks_like_mbox)
from linkscreen.core.models import FileNote, Invitation, ParsedItem, RowError

INVITATION_EMAIL = "invitation-email"
MAIL_SUFFIXES = (".eml", ".mbox")
MAX_PART_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 5
UTC = timezone.utc


class _PlainHeaderPolicy(EmailPolicy):
    """policy.default, except that headers read back as plain unfolded strings.

    The header registry costs about 2 ms a message (4 times the whole budget for 2,000 messages/s);
    the few headers this reader needs are decoded explicitly (RFC 2047) by `_read_header`.
    """

    def header_fetch_parse(self, name: str, value: str) -> str:  # type: ignore[override]
        if _has_surrogates(value):
            value = value.encode("ascii", "surrogateescape").decode("utf-8", "replace")
        return _FOLD.sub(" ", value).strip()


_POLICY = _PlainHeaderPolicy(**{name: getattr(policy.default, name) for name in (
    "linesep", "utf8", "refold_source", "max_line_length", "raise_on_defect", "mangle_from_")})
_PARSER = BytesParser(policy=_POLICY)
_REMINDER_PREFIX = re.compile(r"^(?:invitation\s+)?reminder\s*[:\-\u2013]\s*", re.I)
_FORWARD_PREFIX = re.compile(r"^\s*(?:fwd?|fw|re|aw|wg|tr)\s*:", re.I)
_NAME = r"(?P<name>[^@<>\n]{2,80}?)"
_INVITATION_SUBJECTS = tuple(re.compile(pattern, re.I) for pattern in (
    rf"^{_NAME} wants to connect(?: with you)?(?: on linkedin)?\W*$",
    rf"^{_NAME} (?:has )?(?:invited you|sent you an invitation) to connect(?: on linkedin)?\W*$",
    rf"^{_NAME} would like to connect(?: with you)?(?: on linkedin)?\W*$",
    r"^(?:[^,@]{1,40},\s*)?(?:please\s+)?add me to your linkedin network\W*$",
    r"^(?:[^,@]{1,40},\s*)?i[\u2019']d like to (?:join your linkedin network|connect(?: with you)?(?: on linkedin)?"
    r"|add you to my professional network(?: on linkedin)?)\W*$",
    rf"^invitation to connect(?: on linkedin)?(?: from {_NAME})?\W*$",
    rf"^(?:new )?invitation from {_NAME}(?: on linkedin)?\W*$",
))
_REMINDER_SUBJECTS = tuple(re.compile(pattern, re.I) for pattern in (
    rf"^{_NAME}[\u2019']s invitation is (?:still )?waiting(?: for your response)?\W*$",
    rf"^{_NAME} is (?:still )?waiting for your response\W*$",
    rf"^reminder about your invitation from {_NAME}\W*$",
    rf"^(?:your )?invitation from {_NAME} is (?:still )?waiting(?: for your response)?\W*$",
))
_INVITE_WORDS = re.compile(r"invitation|invite|wants to connect|add you to my|join your linkedin network"
                           r"|connect on linkedin", re.I)
_FOLD = re.compile(r"\r?\n[ \t]*")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_AGO = re.compile(r"\b(\d+|an?|one)\s+(minutes?|hours?|days?|weeks?|months?)\s+ago\b", re.I)
_LOOKALIKE_MAP = str.maketrans({"1": "l", "i": "l", "|": "l", "!": "l", "0": "o", "3": "e", "4": "a"})
_LINKEDIN_SHAPE = "linkedin".translate(_LOOKALIKE_MAP)
_WEAK_CHARSETS = frozenset({"", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "windows-1252",
                            "cp1252", "iso-8859-15"})


def read_invitation_mail(path: Path, max_message_bytes: int = MAX_MESSAGE_BYTES) -> Iterator[ParsedItem]:
    """Yield the invitations of an .eml file, an mbox file or a Maildir folder, with notes and errors."""
    path = Path(path)
    if is_maildir(path):
        raws: Iterable[RawMessage] = iterate_maildir(path, max_message_bytes)
    elif path.suffix.lower() == ".mbox" or looks_like_mbox(path):
        raws = iterate_mbox(path, max_message_bytes)
    else:
        raws = iterate_eml(path, max_message_bytes)
    return read_messages(path.name, raws)


def read_messages(name: str, raws: Iterable[RawMessage]) -> Iterator[ParsedItem]:
    """Turn raw messages into items; invitations are merged per request and yielded at the end."""
    invitations: list[Invitation] = []
    reminders: list[Invitation] = []
    other = oversized = recoded = 0
    for raw in raws:
        item, was_recoded, is_reminder = inspect_message(raw)
        recoded += was_recoded
        if isinstance(item, Invitation):
            (reminders if is_reminder else invitations).append(item)
        elif item is None:
            other += 1
            oversized += raw.truncated
        else:
            yield item
    yield from merge_invitations(invitations + reminders)  # a reminder's time is an estimate: it fills gaps only
    if other:
        yield FileNote(name, f"{other} message{' was' if other == 1 else 's were'} not "
                             f"{'a LinkedIn invitation' if other == 1 else 'LinkedIn invitations'}")
    if oversized:
        yield FileNote(name, f"{oversized} of them {'was' if oversized == 1 else 'were'} over the size limit "
                             "and only their headers were read")
    if recoded:
        yield FileNote(name, f"{recoded} invitation e-mail{'' if recoded == 1 else 's'} had a wrong or unknown "
                             "charset and {} read as UTF-8 or Windows-1252".format("was" if recoded == 1 else "were"))


def inspect_message(raw: RawMessage) -> tuple[Invitation | RowError | None, bool, bool]:
    """Return the message's invitation, a RowError (phishing, unreadable), or None for other mail;
    plus whether a text part was decoded with another charset than declared, and whether it is a reminder."""
    try:
        message = parse_head(raw.data)
        subject = _read_header(message, "Subject")
        display, address = parseaddr(_read_header(message, "From"))
    except Exception as error:  # noqa: BLE001  (a hostile header must not stop the import)
        return RowError(raw.file, raw.line, f"unreadable message header: {error}"), False, False
    domain = address.rpartition("@")[2].strip().lower().rstrip(">")
    genuine = bool(address) and is_linkedin_host(domain)
    reminder = bool(_REMINDER_PREFIX.match(subject))
    matched = None if _FORWARD_PREFIX.match(subject) else match_subject(_REMINDER_PREFIX.sub("", subject))
    if matched is not None:
        reminder = reminder or matched[0]
    claims = "linkedin" in display.casefold() or is_lookalike_domain(domain)
    if matched is None and (genuine or not claims):
        return None, False, False
    if raw.truncated:
        if genuine and matched is not None:
            return RowError(raw.file, raw.line, f"invitation e-mail of {raw.size:,} bytes is over the size limit; "
                                                "skipped"), False, False
        return None, False, False
    try:
        plain, html, recoded = read_text_parts(message, raw.data)
    except Exception as error:  # noqa: BLE001  (malformed MIME is reported, never fatal)
        return RowError(raw.file, raw.line, f"unreadable message: {error}"), False, False
    if not genuine:
        if matched is not None or _INVITE_WORDS.search(subject) or _INVITE_WORDS.search(plain or html):
            shown = domain or "no address"
            reason = (f"possible phishing: looks like a LinkedIn invitation ({subject[:80]!r}) but was sent "
                      f"from {shown}; not imported")
            return RowError(raw.file, raw.line, reason), False, False
        return None, False, False
    if matched is None:
        return None, False, False
    if "dmarc=fail" in _read_header(message, "Authentication-Results").replace(" ", "").lower():
        return RowError(raw.file, raw.line, f"possible phishing: claims to come from {domain} but failed the "
                                            "DMARC check; not imported"), False, False
    sent_at = read_sent_at(message)
    card = read_card_from_parts(plain, html, matched[1] or sender_name(display))
    if not card.name:
        return RowError(raw.file, raw.line, "looks like a LinkedIn invitation but the sender's name "
                                            "could not be read"), recoded, False
    if reminder:
        sent_at = read_reminder_sent_at(plain or "\n".join(card.lines), sent_at)
    return card.to_invitation(INVITATION_EMAIL, sent_at, _read_header(message, "Message-ID")), recoded, reminder


def match_subject(subject: str) -> tuple[bool, str] | None:
    """Return (is_reminder, sender name or "") when the subject is an invitation or reminder subject."""
    subject = " ".join(subject.split())
    for pattern in _REMINDER_SUBJECTS:
        if match := pattern.match(subject):
            return True, match.group("name").strip()
    for pattern in _INVITATION_SUBJECTS:
        if match := pattern.match(subject):
            name = match.groupdict().get("name") or ""
            return False, name.strip()
    return None


def is_lookalike_domain(domain: str) -> bool:
    """True for a domain that imitates linkedin.com without being it (linkedln.com, linkedin-mail.com)."""
    if not domain or is_linkedin_host(domain):
        return False
    if domain.startswith("xn--") or ".xn--" in domain:
        return True
    flat = re.sub(r"[^a-z0-9|!]", "", domain.lower().replace("rn", "m").replace("vv", "w"))
    return _LINKEDIN_SHAPE in flat.translate(_LOOKALIKE_MAP)


def sender_name(display: str) -> str:
    """Return the sender's name from a From display name ("Jane Doe via LinkedIn" -> "Jane Doe")."""
    name = re.sub(r"\s+(?:via|through)\s+linkedin\s*$", "", display.strip(), flags=re.I).strip(" \"'")
    return "" if name.casefold() in ("", "linkedin", "linkedin invitations", "linkedin member") else name


def read_text_parts(message: Message, data: bytes) -> tuple[str, str, bool]:
    """Return the first plain-text and HTML bodies of a message whose headers are parsed.

    Attachments, parts over MAX_PART_BYTES and anything but text/plain and text/html are skipped
    without being parsed or decoded.
    """
    plain = html = ""
    recoded = False
    for part in iterate_leaf_parts(message, data):
        if part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind not in ("text/plain", "text/html") or (plain if kind == "text/plain" else html):
            continue
        encoded = part.get_payload()
        if not isinstance(encoded, str) or len(encoded) > MAX_PART_BYTES:
            continue
        body = part.get_payload(decode=True)
        text, changed = decode_text(body if isinstance(body, bytes) else b"", part.get_content_charset() or "")
        recoded = recoded or changed
        if kind == "text/plain":
            plain = text
        else:
            html = text
    return plain, html, recoded


def iterate_leaf_parts(message: Message, data: bytes, depth: int = 0) -> Iterator[Message]:
    """Yield the non-multipart parts of a message, parsing each part's headers only.

    Multipart bodies are cut at their boundary lines here (the email package would compile a
    pattern and test every line of every message against it, 5 times slower); each part then goes
    through the email parser. A missing boundary or closing line is tolerated.
    """
    if message.get_content_maintype() != "multipart":
        message.set_payload(body_bytes(data).decode("ascii", "surrogateescape"))
        yield message
        return
    boundary = message.get_boundary()
    if not boundary or depth >= MAX_DEPTH:
        return
    for chunk in split_multipart(body_bytes(data), boundary.encode("utf-8", "surrogateescape")):
        if len(chunk) <= MAX_PART_BYTES:
            yield from iterate_leaf_parts(parse_head(chunk), chunk, depth + 1)


def parse_head(data: bytes) -> Message:
    """Parse only the header block of a message or part (its body is attached when needed)."""
    return _PARSER.parsebytes(data[:_header_end(data)[0]], headersonly=True)


def body_bytes(data: bytes) -> bytes:
    """Return what follows the header block (the first empty line)."""
    return data[_header_end(data)[1]:]


def _header_end(data: bytes) -> tuple[int, int]:
    if data.startswith((b"\n", b"\r\n")):  # no headers at all
        return 0, data.find(b"\n") + 1
    ends = [at for at in (data.find(b"\n\n"), data.find(b"\n\r\n")) if at >= 0]
    if not ends:
        return len(data), len(data)
    end = min(ends)
    return end + 1, end + (2 if data[end + 1:end + 2] == b"\n" else 3)


def split_multipart(body: bytes, boundary: bytes) -> list[bytes]:
    """Cut a multipart body into its parts (preamble and epilogue dropped)."""
    parts = []
    for piece in body.split(b"--" + boundary)[1:]:
        if piece.startswith(b"--"):
            break
        newline = piece.find(b"\n")
        if newline < 0:
            continue
        content = piece[newline + 1:]
        if content.endswith(b"\r\n"):
            content = content[:-2]
        elif content.endswith(b"\n"):
            content = content[:-1]
        parts.append(content)
    return parts


def decode_text(data: bytes, declared: str) -> tuple[str, bool]:
    """Decode a body: the declared charset when it fits, else UTF-8, else Windows-1252 (never fails)."""
    declared = declared.strip().lower()
    if declared in _WEAK_CHARSETS:
        try:
            return data.decode("utf-8"), False  # ASCII, or UTF-8 mislabelled as Latin-1
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace"), declared in ("", "us-ascii", "ascii")
    try:
        codecs.lookup(declared)
        return data.decode(declared), False
    except (LookupError, UnicodeDecodeError):
        pass
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), True


def read_card_from_parts(plain: str, html: str, name_hint: str) -> Card:
    """Read the invitation card from the plain-text part, the HTML part filling what it lacks."""
    cards = []
    if plain:
        lines = [" ".join(line.split()) for line in plain.splitlines()]
        links = read_text_links(lines)
        cards.append(read_card([line for line in lines if line], links, name_hint))
    if html and not (cards and cards[0].is_complete):
        extracted = extract_html(html)
        cards.append(read_card(extracted.lines, extracted.links, name_hint or (cards[0].name if cards else "")))
    if not cards:
        return Card(name=name_hint)
    card = cards[0]
    for other in cards[1:]:
        card = card.filled_from(other)
    return card


def read_text_links(lines: list[str]) -> list[tuple[str, str]]:
    """Return each URL of a plain-text body with its label (the rest of its line, or the line before)."""
    links = []
    previous = ""
    for line in lines:
        for url in _URL.findall(line):
            label = line.replace(url, "").strip(" :") or previous
            links.append((url, label))
        if line:
            previous = line
    return links


def read_sent_at(message: Message) -> datetime | None:
    """Return the Date header as an aware UTC datetime (a date without zone is taken as UTC)."""
    value = _read_header(message, "Date")
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def read_reminder_sent_at(text: str, received: datetime | None) -> datetime | None:
    """A reminder comes days after the invitation: use "sent ... 5 days ago" when it says so, else None."""
    match = _AGO.search(text)
    if match is None or received is None:
        return None
    return read_relative_time(f"{match.group(1)} {match.group(2)} ago", received)


def _read_header(message: Message, name: str) -> str:
    """Return a header as readable text (RFC 2047 words decoded), "" when absent or unreadable."""
    value = message.get(name)
    if value is None:
        return ""
    text = str(value)
    if "=?" in text:
        try:
            words = decode_header(text)
        except (ValueError, AssertionError):
            words = [(text, None)]
        text = "".join(decode_text(word, charset or "")[0] if isinstance(word, bytes) else word
                       for word, charset in words)
    return " ".join(text.split())


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= char <= "\udcff" for char in text) if not text.isascii() else False
