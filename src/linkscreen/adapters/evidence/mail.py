"""Read who the user wrote to, and who wrote to the user, from the headers of their mail.

Input: an mbox file, a Maildir folder (with its Maildir++ subfolders), one .eml file, or a folder of
.eml / mbox files. Only the header block of each message is read (From, To, Cc, Bcc, Date and the
bulk-mail markers); bodies are never parsed or decoded.
"""

from __future__ import annotations

import binascii
import codecs
import math
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import getaddresses, mktime_tz, parsedate_tz
from functools import lru_cache
from pathlib import Path

from linkscreen.adapters.errors import ImportFileError
from linkscreen.adapters.mail_sources import RawMessage, is_maildir, iterate_eml, iterate_maildir, iterate_mbox
from linkscreen.core.evidence_records import KnownPerson
from linkscreen.core.models import RowError

RELATION = "correspondent"
KEY_PREFIX = "mail:"
ME_SHARE = 0.50
UTC = timezone.utc
# Folders and Gmail labels whose messages were never sent or are spam: not correspondence.
SKIPPED_FOLDERS = frozenset({"drafts", "draft", "spam", "junk", "junk e-mail", "junk email", "bulk mail"})
SKIPPED_LABELS = frozenset({"drafts", "draft", "spam"})
NOT_MAIL = "no e-mail header"
# Starts with a literal newline (the text gets one in front) so the search skips ahead fast.
_FIELDS = re.compile(
    r"\n((?i:from|to|cc|bcc|date|message-id|list-id|list-unsubscribe|precedence|auto-submitted|x-autoreply"
    r"|x-autorespond|x-gmail-labels))[ \t]*:(.*(?:\r?\n[ \t].*)*)")
_OTHER_MAIL_FIELDS = re.compile(r"^(?:subject|received|mime-version|content-type|return-path|delivered-to"
                                r"|reply-to|sender)[ \t]*:", re.IGNORECASE | re.MULTILINE)
_FIELD_LINE = re.compile(rb"[!-9;-~]+[ \t]*:")
_FOLD = re.compile(r"\r?\n[ \t]*")
_WORD = re.compile(r"=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=")
_ADDRESS = re.compile(r"[^@\s<>,;:\"]+@[^@\s<>,;:\"]+")
_MAILBOX = re.compile(r'\s*(?:(?:"([^"\\]*)"|([^"<>,@:]*?))\s*<([^<>\s,]*)>|([^\s<>,":]+))\s*(?:,|$)')
_ROBOT = re.compile(r"(?:^|[-_.+])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon)(?:$|[-_.+])"
                    r"|^(?:notifications?|postmaster|bounces?)(?:$|[-_.+])")
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk", "auto_reply"})
_LIST_FIELDS = frozenset({"list-id", "list-unsubscribe", "x-autoreply", "x-autorespond"})
_CHARSET_ALIASES = {"ks_c_5601-1987": "cp949", "euc-kr": "cp949", "gb2312": "gb18030", "gbk": "gb18030",
                    "x-gbk": "gb18030", "shift_jis": "cp932", "x-sjis": "cp932", "x-euc-jp": "euc_jp",
                    "iso-8859-8-i": "iso-8859-8", "iso-8859-6-i": "iso-8859-6", "windows-874": "cp874",
                    "x-mac-roman": "mac-roman"}
# Declared so often for UTF-8 text that UTF-8 is tried first (it almost never fits real Latin-1 by chance).
_WEAK_CHARSETS = frozenset({"", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252",
                            "iso-8859-15", "unknown-8bit", "x-unknown", "x-user-defined"})

Mailbox = tuple[str, str]  # (display name, lower-cased address)


@dataclass(frozen=True, slots=True)
class Head:
    """What one message's header says about who wrote to whom, and when."""

    sender: Mailbox | None
    recipients: tuple[Mailbox, ...]
    stamp: float  # POSIX seconds, NaN when the Date is missing or unreadable
    automated: bool
    message_id: str
    skipped: bool  # a draft or spam (by its Gmail label)


def read_correspondents(path: Path, me: Iterable[str] = frozenset()) -> Iterator[KnownPerson | RowError]:
    """Yield a RowError per message whose header cannot be read, then one KnownPerson per correspondent.

    `me`: the user's own addresses. When empty, it is inferred: the address taking part (From, To,
    Cc or Bcc) in the most messages is the user's if that is more than half of the readable,
    non-automated messages (no-reply senders never qualify); else `me` stays empty and all mail
    counts as received.
    Each message (one per Message-ID and From) from the user adds 1 to `sent` of each To/Cc/Bcc
    address but the user's; each message to the user (in To/Cc/Bcc, or any when `me` is empty) adds
    1 to `received` of its From. Mailing-list and automated mail (List-Id, List-Unsubscribe,
    Precedence bulk/list/junk, Auto-Submitted but "no") counts on neither side, so an out-of-office
    reply sends nothing. No-reply, mailer-daemon and notifications addresses never become people,
    nor do fellow recipients of other people's mail. Drafts and spam (Maildir++ folders, Gmail
    labels) are skipped. A message without a readable Date counts but leaves first/last seen alone.
    """
    path = Path(path)
    tally = Tally()
    for kind, source in list_sources(path):
        number = 0
        for raw in source:
            number = raw.line if kind == "maildir" else number + 1
            head = read_head(raw.data)
            if isinstance(head, str):
                if kind == "single" and head.startswith(NOT_MAIL):
                    raise ImportFileError(f"{path.name}: not an e-mail message, mbox file or Maildir folder "
                                          f"({head}); give an .eml or mbox file, a Maildir folder or a folder of them")
                yield RowError(raw.file, raw.line, f"message {number}: {head}; skipped")
                continue
            tally.add(head)
    yield from finish_tally(tally, me)


def read_raw_correspondents(
    raws: Iterable[RawMessage], me: Iterable[str] = frozenset()
) -> Iterator[KnownPerson | RowError]:
    """As `read_correspondents`, over messages already fetched (e.g. headers from an IMAP folder)."""
    tally = Tally()
    for number, raw in enumerate(raws, start=1):
        head = read_head(raw.data)
        if isinstance(head, str):
            yield RowError(raw.file, raw.line, f"message {number}: {head}; skipped")
            continue
        tally.add(head)
    yield from finish_tally(tally, me)


def finish_tally(tally: Tally, me: Iterable[str]) -> Iterator[KnownPerson]:
    """One KnownPerson per correspondent, counted from the user's point of view."""
    read_mailboxes.cache_clear()
    is_robot.cache_clear()
    wanted = frozenset(normalise_address(address) for address in me) - {""}
    yield from tally.people(wanted or tally.infer_me())


def list_sources(path: Path) -> Iterator[tuple[str, Iterator[RawMessage]]]:
    """Yield the message streams of a path, each with its kind: single, mbox, maildir or eml (a folder of them)."""
    if not path.exists():
        raise ImportFileError(f"{path}: no such file or folder")
    if path.is_file():
        if starts_like_mbox(path):
            yield "mbox", iterate_mbox(path)
        else:  # one message (an empty file is an empty mailbox)
            yield "single", iterate_eml(path) if path.stat().st_size else iter(())
        return
    if is_maildir(path):
        yield "maildir", iterate_maildir(path)
        for folder in sorted(path.iterdir()):
            if folder.name.startswith(".") and is_maildir(folder) and not is_skipped_folder(folder.name):
                yield "maildir", iterate_maildir(folder)
        return
    files = [file for file in sorted(path.rglob("*")) if is_mail_file(file, path)]
    if not files:
        raise ImportFileError(f"{path}: no mail in this folder (no Maildir cur/new/tmp, no .eml or mbox files)")
    mboxes = [file for file in files if file.suffix.lower() != ".eml" and starts_like_mbox(file)]
    emls = [file for file in files if file not in mboxes]
    if emls:
        yield "eml", (raw for file in emls for raw in iterate_eml(file))
    yield from (("mbox", iterate_mbox(file)) for file in mboxes)


def starts_like_mbox(path: Path) -> bool:
    """True when a file starts (after blank lines) with an mbox "From " separator line."""
    try:
        with open(path, "rb") as stream:
            return stream.read(1024).lstrip().startswith(b"From ")
    except OSError as error:
        raise ImportFileError(f"{path.name}: cannot be read ({error.strerror or error})") from error


def is_mail_file(file: Path, root: Path) -> bool:
    """True for the files of a folder that hold mail: *.eml, *.mbox, Apple Mail's `mbox`, Thunderbird's
    suffix-less mbox files; never those in (or being) a drafts or spam folder."""
    suffix = file.suffix.lower()
    if not file.is_file() or (suffix not in (".eml", ".mbox") and file.name != "mbox"
                              and (suffix or not starts_like_mbox(file))):
        return False
    folders = file.relative_to(root).parts[:-1] + (() if suffix == ".eml" else (file.name,))
    return not any(map(is_skipped_folder, folders))


def is_skipped_folder(name: str) -> bool:
    """True for drafts and spam folders and mailboxes (`.Drafts`, `.INBOX.Junk`, `Spam.mbox`, `Junk`)."""
    name = name.lower().removesuffix(".mbox").removesuffix(".sbd")
    return name.rpartition(".")[2].strip() in SKIPPED_FOLDERS


def read_head(data: bytes) -> Head | str:
    """Read who wrote to whom, and when, from a message's header; or return why it cannot be read."""
    fields = read_fields(data)
    if isinstance(fields, str):
        return fields
    senders = read_mailboxes(fields.get("from", ""))
    recipients: dict[str, Mailbox] = {}
    for name in ("to", "cc", "bcc"):
        for mailbox in read_mailboxes(fields[name]) if name in fields else ():
            recipients.setdefault(mailbox[1], mailbox)
    if not senders and not recipients:
        return "no readable address in From, To, Cc or Bcc"
    sender = senders[0] if senders and not is_robot(senders[0][1]) else None
    if any(map(is_robot, recipients)):
        recipients = {address: mailbox for address, mailbox in recipients.items() if not is_robot(address)}
    labels = fields.get("x-gmail-labels")
    skipped = bool(labels) and not SKIPPED_LABELS.isdisjoint(label.strip(' "').lower() for label in labels.split(","))
    return Head(sender, tuple(recipients.values()), read_stamp(fields.get("date", "")), is_automated(fields),
                fields.get("message-id", ""), skipped)


def read_fields(data: bytes) -> dict[str, str] | str:
    """Return the unfolded header fields this reader needs (To, Cc, Bcc joined when repeated), or why not."""
    block = data[:header_end(data)]
    if block.startswith(b"From "):  # an .eml saved with its mbox separator line
        block = block[block.find(b"\n") + 1:] if b"\n" in block else b""
    if b"\x00" in block:
        return f"{NOT_MAIL} (binary data)"
    if not _FIELD_LINE.match(block):
        return f"{NOT_MAIL} (the first line is not a header field)"
    try:
        text, mixed = block.decode("utf-8"), False  # ASCII, or UTF-8 headers (RFC 6532)
    except UnicodeDecodeError:
        text, mixed = block.decode("utf-8", errors="surrogateescape"), True
    fields: dict[str, str] = {}
    for match in _FIELDS.finditer("\n" + text):
        name, value = match.group(1).lower(), match.group(2)
        value = (_FOLD.sub(" ", value) if "\n" in value else value).strip()
        if mixed and not value.isascii():
            value = decode_bytes(value.encode("utf-8", errors="surrogateescape"), "")
        if name in ("to", "cc", "bcc") and name in fields:
            fields[name] += ", " + value
        else:
            fields.setdefault(name, value)
    if "from" not in fields and not ("to" in fields or "cc" in fields or "bcc" in fields):
        return "no From or To header" if _OTHER_MAIL_FIELDS.search(text) else f"{NOT_MAIL} (no From or To)"
    return fields


def header_end(data: bytes) -> int:
    """Return where the header block ends (before the first empty line), or the length of `data`."""
    if data.startswith((b"\n", b"\r\n")):
        return 0
    end = data.find(b"\n\n")
    crlf = data.find(b"\n\r\n", 0, len(data) if end < 0 else end)
    end = crlf if crlf >= 0 else end
    return end + 1 if end >= 0 else len(data)


def is_automated(fields: dict[str, str]) -> bool:
    """True for mailing-list, bulk and auto-submitted mail (RFC 2369, RFC 2919, RFC 3834)."""
    if not _LIST_FIELDS.isdisjoint(fields) or fields.get("precedence", "").strip().lower() in _BULK_PRECEDENCE:
        return True
    return fields.get("auto-submitted", "").split(";")[0].strip().lower() not in ("", "no")


@lru_cache(maxsize=1 << 14)  # the same From and To values come back again and again
def read_mailboxes(value: str) -> tuple[Mailbox, ...]:
    """Return the (decoded name, address) pairs of an address header; what is not an address is dropped."""
    pairs = split_simple(value) if value else []
    if pairs is None:
        pairs = getaddresses([value])
    normalised = ((name, normalise_address(address)) for name, address in pairs)
    return tuple((clean_name(name), address) for name, address in normalised if address)


def split_simple(value: str) -> list[tuple[str, str]] | None:
    """Split a plain address list fast: bare addresses and `name <address>` with plain or quoted names
    (no escapes, comments or groups); None when the value needs the full RFC 5322 parser."""
    if "\\" in value or "(" in value or ";" in value:
        return None
    pairs = []
    position, end = 0, len(value)
    while position < end:
        match = _MAILBOX.match(value, position)
        if match is None or match.end() == position:
            return None
        quoted, plain, bracketed, bare = match.groups()
        pairs.append(("", bare) if bracketed is None else (plain if quoted is None else quoted, bracketed))
        position = match.end()
    return pairs


def normalise_address(address: str) -> str:
    """Return an address lower-cased and stripped, or "" when it is not an address."""
    address = address.strip().strip("<>").strip().lower().removeprefix("mailto:")
    return address if _ADDRESS.fullmatch(address) else ""


@lru_cache(maxsize=1 << 15)
def is_robot(address: str) -> bool:
    """True for no-reply, mailer-daemon, postmaster, bounce and notifications addresses."""
    return _ROBOT.search(address.partition("@")[0]) is not None


def clean_name(name: str) -> str:
    """Return a display name decoded (RFC 2047) and tidied; "" when it is only an address."""
    if "=?" in name:
        name = decode_words(name)
    name = " ".join(name.split()).strip("\"' ")
    if not name or "@" in name:
        return ""
    return name if name.isascii() else unicodedata.normalize("NFC", name)


def decode_words(text: str) -> str:
    """Decode RFC 2047 encoded words; adjacent words of one charset are joined as bytes first."""
    out: list[str] = []
    chunk, charset, position = bytearray(), "", 0
    for match in _WORD.finditer(text):
        gap, word_charset = text[position:match.start()], match.group(1).partition("*")[0].lower()
        kept = gap if gap and not (position and gap.isspace()) else ""  # space between two words goes
        if kept or word_charset != charset:
            out.append(decode_bytes(bytes(chunk), charset) + kept)
            chunk.clear()
            charset = word_charset
        payload = match.group(3).encode("ascii", errors="replace")
        try:
            chunk += (binascii.a2b_qp(payload, header=True) if match.group(2) in "Qq"
                      else binascii.a2b_base64(payload + b"=" * (-len(payload) % 4)))
        except (binascii.Error, ValueError):
            out.append(decode_bytes(bytes(chunk), charset) + match.group(0))
            chunk.clear()
        position = match.end()
    out.append(decode_bytes(bytes(chunk), charset))
    out.append(text[position:])
    return "".join(out)


def decode_bytes(data: bytes, charset: str) -> str:
    """Decode with the declared charset when it fits, else UTF-8, else Windows-1252 (never fails)."""
    if not data:
        return ""
    charset = _CHARSET_ALIASES.get(charset, charset)
    for candidate in ("utf-8",) if charset in _WEAK_CHARSETS else (charset, "utf-8"):
        try:
            return data.decode(codecs.lookup(candidate).name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


def read_stamp(value: str) -> float:
    """Return a Date header as POSIX seconds (no zone -> UTC), NaN when missing, unreadable or implausible."""
    try:
        parts = parsedate_tz(value) if value else None
        stamp = float(mktime_tz((*parts[:9], parts[9] or 0))) if parts else math.nan
    except (TypeError, ValueError, OverflowError, IndexError):
        return math.nan
    return stamp if 0 < stamp < 253402300800 else math.nan  # after 1970, before year 10000


class Tally:
    """Collects every readable message compactly (integer ids in arrays), then counts per address."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.addresses: list[str] = []
        self.names: list[dict[str, int]] = []
        self.senders, self.stamps, self.automated = array("i"), array("d"), bytearray()  # per message
        self.ends, self.recipients = array("i", [0]), array("i")  # message i: recipients[ends[i]:ends[i + 1]]
        self.seen: set[int] = set()

    def add(self, head: Head) -> None:
        """Record one message, unless it is a draft, spam, or a copy of a message already seen."""
        if head.skipped:
            return
        if head.message_id:  # a copy in another folder has the same Message-ID and From
            marker = hash((head.message_id, head.sender[1] if head.sender else ""))
            if marker in self.seen:
                return
            self.seen.add(marker)
        self.senders.append(self.intern(head.sender) if head.sender else -1)
        self.recipients.extend(self.intern(mailbox) for mailbox in head.recipients)
        self.ends.append(len(self.recipients))
        self.stamps.append(head.stamp)
        self.automated.append(head.automated)

    def intern(self, mailbox: Mailbox) -> int:
        """Return the id of an address, counting the display name used with it."""
        name, address = mailbox
        number = self.ids.get(address)
        if number is None:
            number = self.ids[address] = len(self.addresses)
            self.addresses.append(address)
            self.names.append({})
        if name:
            names = self.names[number]
            names[name] = names.get(name, 0) + 1
        return number

    def infer_me(self) -> frozenset[str]:
        """The address taking part (as From, To, Cc or Bcc) in the most messages, when that is more
        than half of them: the mailbox's owner writes or receives nearly all of it, in a sent folder
        and in an inbox alike. Mailing-list and automated mail is left out of the count."""
        counts = [0] * len(self.addresses)
        considered = 0
        for index, (sender, automated) in enumerate(zip(self.senders, self.automated)):
            if automated:
                continue
            considered += 1
            party = set(self.recipients[self.ends[index]:self.ends[index + 1]])
            if sender >= 0:
                party.add(sender)
            for address in party:
                counts[address] += 1
        best = max(range(len(counts)), key=counts.__getitem__, default=-1)  # ties: the address seen first
        if best < 0 or counts[best] <= ME_SHARE * considered:
            return frozenset()
        return frozenset({self.addresses[best]})

    def people(self, me: frozenset[str]) -> Iterator[KnownPerson]:
        """Count sent and received per address over the recorded messages; one KnownPerson each, by address."""
        size = len(self.addresses)
        mine = {self.ids[address] for address in me if address in self.ids}
        sent, received = [0] * size, [0] * size
        first, last = [math.inf] * size, [-math.inf] * size
        for index, sender in enumerate(self.senders):
            if self.automated[index]:
                continue
            targets = self.recipients[self.ends[index]:self.ends[index + 1]]
            if sender in mine:
                counted, counts = [target for target in targets if target not in mine], sent
            elif sender >= 0 and (not me or not mine.isdisjoint(targets)):
                counted, counts = [sender], received
            else:
                continue
            stamp = self.stamps[index]
            for target in counted:
                counts[target] += 1
                if stamp == stamp:  # not NaN
                    first[target], last[target] = min(first[target], stamp), max(last[target], stamp)
        for number in sorted(range(size), key=self.addresses.__getitem__):
            if (sent[number] or received[number]) and number not in mine:
                yield self.person(number, sent[number], received[number], first[number], last[number])

    def person(self, number: int, sent: int, received: int, first: float, last: float) -> KnownPerson:
        """Build the record of one address."""
        address = self.addresses[number]
        names = self.names[number]
        name = max(names, key=names.__getitem__) if names else ""  # ties: the name seen first
        first_seen, last_seen = (datetime.fromtimestamp(stamp, UTC) if math.isfinite(stamp) else None
                                 for stamp in (first, last))
        return KnownPerson(key=KEY_PREFIX + address, relation=RELATION, name=name, emails=(address,),
                           sent=sent, received=received, first_seen=first_seen, last_seen=last_seen)

