"""Raw messages out of an IMAP folder, read-only, in batches of UIDs, each message read with a size limit.

`imap://user@host[:port]/FOLDER` upgrades with STARTTLS (required), `imaps://` is TLS from the first
byte; plain text only with an explicit `?tls=off`. Certificates are verified (LINKSCREEN_IMAP_CAFILE
names a CA file for a self-signed server). The folder is opened with EXAMINE and read with BODY.PEEK,
so no flag changes. The password is never part of the URL, an error or a log line.
"""

from __future__ import annotations

import base64
import imaplib
import os
import re
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qs, unquote, urlsplit

from linkscreen.adapters.mail_sources import HEAD_BYTES, MAX_MESSAGE_BYTES, RawMessage

PASSWORD_ENV = "LINKSCREEN_IMAP_PASSWORD"
CAFILE_ENV = "LINKSCREEN_IMAP_CAFILE"
DEFAULT_PORTS = {"imap": 143, "imaps": 993}
BATCH_UIDS = 200
SEARCH_WINDOW = 50_000  # UIDs per SEARCH, so that no answer line gets near imaplib's 1 MB limit
FETCH_BYTES = 16 * 1024 * 1024  # bodies fetched per command, at most (a single bigger message alone)
TIMEOUT = 60.0
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")


class ImapError(Exception):
    """An IMAP folder could not be read; the message names the server and what went wrong."""


class ImapLoginError(ImapError):
    """The server refused the user name or password."""


class ImapConnectionLost(ImapError):
    """The connection broke (or timed out) after the folder was opened."""


@dataclass(frozen=True, slots=True)
class ImapSettings:
    """Where a folder is and how to reach it; never holds the password."""

    scheme: str
    user: str
    host: str
    port: int
    folder: str
    tls: str  # "starttls", "implicit" or "off"
    cafile: str = ""

    @property
    def label(self) -> str:
        """The URL to show the user (the password is never in it)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = "?tls=off" if self.tls == "off" else ""
        return f"{self.scheme}://{self.user}@{host}:{self.port}/{self.folder}{query}"

    @property
    def source_name(self) -> str:
        """The `file` of each message read: "imap:<folder>" (its line is the UID)."""
        return f"imap:{self.folder}"


@dataclass(frozen=True, slots=True)
class FetchedBatch:
    """Messages of one batch of UIDs; `last_uid` is the highest UID asked for (a vanished message included)."""

    last_uid: int
    messages: list[RawMessage]


def is_imap_url(text: str) -> bool:
    """True for an imap:// or imaps:// URL."""
    return text[:8].lower().startswith(("imap://", "imaps://"))


def parse_imap_url(url: str, cafile: str | None = None) -> ImapSettings:
    """Read `imap[s]://user@host[:port]/FOLDER[?tls=off]`; the CA file defaults to $LINKSCREEN_IMAP_CAFILE."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise ImapError(f"not an IMAP URL: {url!r} (expected imap://user@host/FOLDER or imaps://...)")
    if parts.password is not None:
        raise ImapError(f"never put the password in the URL: set {PASSWORD_ENV} or type it when asked")
    try:
        host, port = parts.hostname or "", parts.port or DEFAULT_PORTS[scheme]
    except ValueError as error:
        raise ImapError(f"bad port in {scheme}://{parts.hostname}: {error}") from None
    user = unquote(parts.username or "")
    if not host or not user:
        raise ImapError(f"an IMAP URL needs a user and a host: {scheme}://user@host[:port]/FOLDER")
    folder = unquote(parts.path.lstrip("/")) or "INBOX"
    options = parse_qs(parts.query, keep_blank_values=True)
    unknown = set(options) - {"tls"}
    if unknown:
        raise ImapError(f"unknown option in the IMAP URL: {', '.join(sorted(unknown))} (only tls=off exists)")
    tls_option = options.get("tls", ["on"])[-1].lower()
    if tls_option not in ("on", "off"):
        raise ImapError("tls= takes off (plain text, for a trusted network only) or on")
    tls = "off" if tls_option == "off" else ("implicit" if scheme == "imaps" else "starttls")
    if tls == "off" and scheme == "imaps":
        raise ImapError("imaps:// is TLS by definition: use imap://...?tls=off for plain text")
    chosen = os.environ.get(CAFILE_ENV, "") if cafile is None else cafile
    if chosen and not os.path.isfile(chosen):
        raise ImapError(f"the CA file {chosen!r} ({CAFILE_ENV}) does not exist")
    return ImapSettings(scheme, user, host, port, folder, tls, chosen)


def encode_mailbox_name(name: str) -> str:
    """Return a folder name as IMAP sends it (RFC 3501 modified UTF-7), quoted."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            packed = base64.b64encode("".join(pending).encode("utf-16-be")).decode("ascii")
            out.append("&" + packed.rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if " " <= char <= "~":
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return '"' + "".join(out).replace("\\", "\\\\").replace('"', '\\"') + '"'


def iterate_imap_messages(
    settings: ImapSettings, password: str, headers_only: bool = False, *, since: date | None = None,
    after_uid: int = 0, batch_size: int = BATCH_UIDS, max_message_bytes: int = MAX_MESSAGE_BYTES,
) -> Iterator[RawMessage]:
    """Yield the folder's messages (or only their headers) in UID order, read-only."""
    with open_folder(settings, password) as folder:
        for batch in folder.iterate_batches(after_uid, since, batch_size, headers_only, max_message_bytes):
            yield from batch.messages


@contextmanager
def open_folder(settings: ImapSettings, password: str, timeout: float = TIMEOUT) -> Iterator[ImapFolder]:
    """Connect, secure, log in and EXAMINE the folder; log out at the end (a broken link is let go)."""
    client = _connect(settings, timeout)
    try:
        with _guard(settings):
            _secure(client, settings)
        _login(client, settings, password)
        yield ImapFolder(client, settings)
    finally:
        _close(client)


class ImapFolder:
    """A folder opened read-only on a logged-in connection."""

    def __init__(self, client: imaplib.IMAP4, settings: ImapSettings) -> None:
        self.client = client
        self.settings = settings
        with _guard(settings):
            typ, data = client.select(encode_mailbox_name(settings.folder), readonly=True)
        if typ != "OK":
            raise ImapError(f"folder {settings.folder!r} cannot be opened on {settings.host}: {_text(data)}")
        self.uidvalidity = _read_number(client, "UIDVALIDITY") or 0
        self.uidnext = _read_number(client, "UIDNEXT")

    def iterate_batches(
        self, after_uid: int = 0, since: date | None = None, batch_size: int = BATCH_UIDS,
        headers_only: bool = False, max_message_bytes: int = MAX_MESSAGE_BYTES,
    ) -> Iterator[FetchedBatch]:
        """Yield the messages with a UID above `after_uid` (and arrived since `since`), batch by batch."""
        for uids in self.iterate_uids(after_uid, since):
            for start in range(0, len(uids), batch_size):
                chunk = uids[start:start + batch_size]
                yield FetchedBatch(chunk[-1], self.fetch(chunk, headers_only, max_message_bytes))

    def iterate_uids(self, after_uid: int = 0, since: date | None = None) -> Iterator[list[int]]:
        """Yield the matching UIDs, ascending, one SEARCH window at a time."""
        start, top = after_uid + 1, (self.uidnext - 1 if self.uidnext else None)
        while top is None or start <= top:
            end = None if top is None else min(start + SEARCH_WINDOW - 1, top)
            criteria = ["UID", f"{start}:{end or '*'}"]
            if since is not None:
                criteria += ["SINCE", f"{since.day}-{_MONTHS[since.month - 1]}-{since.year}"]
            data = self._command("SEARCH", *criteria)
            found = sorted({int(uid) for line in data if isinstance(line, bytes) for uid in line.split()})
            uids = [uid for uid in found if uid > after_uid]  # "n:*" always names the last message
            if uids:
                yield uids
            if end is None:
                return
            start = end + 1

    def fetch(self, uids: list[int], headers_only: bool = False,
              max_message_bytes: int = MAX_MESSAGE_BYTES) -> list[RawMessage]:
        """Fetch messages by UID without setting \\Seen; one over the limit has only its head read."""
        wanted = set(uids)
        sizes = {uid: size for uid, size in sorted(self._fetch_sizes(uids).items()) if uid in wanted}
        bodies: dict[int, bytes] = {}
        if headers_only:
            bodies.update(self._fetch_bodies(list(sizes), "BODY.PEEK[HEADER]"))
        else:
            small = [uid for uid in sizes if sizes[uid] <= max_message_bytes]
            for group in _group_by_bytes(small, sizes, FETCH_BYTES):
                bodies.update(self._fetch_bodies(group, "BODY.PEEK[]"))
            big = [uid for uid in sizes if sizes[uid] > max_message_bytes]
            if big:
                bodies.update(self._fetch_bodies(big, f"BODY.PEEK[]<0.{HEAD_BYTES}>"))
        name = self.settings.source_name
        return [RawMessage(name, uid, bodies[uid], sizes[uid],
                           truncated=headers_only or sizes[uid] > max_message_bytes)
                for uid in sorted(bodies)]

    def _fetch_sizes(self, uids: list[int]) -> dict[int, int]:
        sizes = {}
        for line in self._command("FETCH", _uid_set(uids), "(UID RFC822.SIZE)"):
            head = line[0] if isinstance(line, tuple) else line
            if isinstance(head, bytes) and (uid := _UID.search(head)) and (size := _SIZE.search(head)):
                sizes[int(uid.group(1))] = int(size.group(1))
        return sizes

    def _fetch_bodies(self, uids: list[int], item: str) -> dict[int, bytes]:
        if not uids:
            return {}
        data = self._command("FETCH", _uid_set(uids), f"(UID {item})")
        bodies = {}
        for index, line in enumerate(data):
            if not isinstance(line, tuple):
                continue
            uid = _UID.search(line[0])
            if uid is None and index + 1 < len(data) and isinstance(data[index + 1], bytes):
                uid = _UID.search(data[index + 1])  # the UID may follow the literal
            if uid is not None:
                bodies[int(uid.group(1))] = line[1]
        return bodies

    def _command(self, name: str, *args: str) -> list:
        with _guard(self.settings, lost=True):
            typ, data = self.client.uid(name, *args)
        if typ != "OK":
            raise ImapError(f"{self.settings.host} refused UID {name} in {self.settings.folder!r}: {_text(data)}")
        return data


def _connect(settings: ImapSettings, timeout: float) -> imaplib.IMAP4:
    where = f"{settings.host}:{settings.port}"
    try:
        if settings.tls == "implicit":
            return imaplib.IMAP4_SSL(settings.host, settings.port, ssl_context=_tls_context(settings), timeout=timeout)
        return imaplib.IMAP4(settings.host, settings.port, timeout=timeout)
    except ssl.SSLCertVerificationError as error:
        raise _certificate_error(settings, error) from None
    except (OSError, imaplib.IMAP4.error, EOFError) as error:
        raise ImapError(f"cannot connect to the IMAP server {where}: {_text(error)}") from None


def _secure(client: imaplib.IMAP4, settings: ImapSettings) -> None:
    if settings.tls != "starttls":
        return
    if "STARTTLS" not in client.capabilities:
        raise ImapError(f"{settings.host}:{settings.port} does not offer STARTTLS, so the password would cross the "
                        "network in plain text: use imaps:// or, on a trusted network only, add ?tls=off")
    try:
        client.starttls(ssl_context=_tls_context(settings))
    except ssl.SSLCertVerificationError as error:
        raise _certificate_error(settings, error) from None


def _tls_context(settings: ImapSettings) -> ssl.SSLContext:
    """Verify the certificate and the host name, against the system's CAs or the given CA file."""
    try:
        return ssl.create_default_context(cafile=settings.cafile or None)
    except (OSError, ssl.SSLError) as error:
        raise ImapError(f"the CA file {settings.cafile!r} cannot be read: {_text(error)}") from None


def _certificate_error(settings: ImapSettings, error: ssl.SSLCertVerificationError) -> ImapError:
    reason = error.verify_message or _text(error)
    return ImapError(f"the TLS certificate of {settings.host}:{settings.port} could not be verified ({reason}); "
                     f"for a server with its own certificate, set {CAFILE_ENV} to its CA file")


def _login(client: imaplib.IMAP4, settings: ImapSettings, password: str) -> None:
    """LOGIN (or AUTHENTICATE PLAIN for a name or password that is not ASCII); a refusal names server and user."""
    with _guard(settings):
        try:
            if settings.user.isascii() and password.isascii():
                client.login(_quote(settings.user), password)
            else:
                secret = f"\0{settings.user}\0{password}".encode("utf-8")
                client.authenticate("PLAIN", lambda _challenge: secret)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as error:
            raise ImapLoginError(f"the IMAP server {settings.host}:{settings.port} refused the login of user "
                                 f"{settings.user!r}: {_text(error)}") from None


@contextmanager
def _guard(settings: ImapSettings, lost: bool = False) -> Iterator[None]:
    """Turn a broken connection or a protocol failure into an ImapError naming the server."""
    where = f"{settings.host}:{settings.port}"
    try:
        yield
    except ImapError:
        raise
    except ssl.SSLCertVerificationError as error:
        raise _certificate_error(settings, error) from None
    except (imaplib.IMAP4.abort, OSError, EOFError, socket.timeout) as error:
        if lost:
            raise ImapConnectionLost(f"the connection to {where} was lost: {_text(error)}") from None
        raise ImapError(f"the IMAP server {where} broke off: {_text(error)}") from None
    except imaplib.IMAP4.error as error:
        raise ImapError(f"the IMAP server {where} answered with an error: {_text(error)}") from None


def _close(client: imaplib.IMAP4) -> None:
    """Log out; on a broken connection just close the socket."""
    try:
        client.logout()
    except (imaplib.IMAP4.error, OSError, EOFError):
        try:
            client.shutdown()
        except OSError:
            pass


def _read_number(client: imaplib.IMAP4, code: str) -> int | None:
    _typ, data = client.response(code)
    for value in data or []:
        if isinstance(value, bytes) and value.strip().isdigit():
            return int(value)
    return None


def _group_by_bytes(uids: list[int], sizes: dict[int, int], limit: int) -> Iterator[list[int]]:
    group: list[int] = []
    total = 0
    for uid in uids:
        if group and total + sizes[uid] > limit:
            yield group
            group, total = [], 0
        group.append(uid)
        total += sizes[uid]
    if group:
        yield group


def _uid_set(uids: list[int]) -> str:
    """A compact UID set: runs written as first:last."""
    runs: list[str] = []
    first = previous = uids[0]
    for uid in uids[1:] + [0]:
        if uid == previous + 1:
            previous = uid
            continue
        runs.append(str(first) if first == previous else f"{first}:{previous}")
        first = previous = uid
    return ",".join(runs)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _text(error: object) -> str:
    """An error or server answer as one readable line."""
    if isinstance(error, list):
        error = b" ".join(item for item in error if isinstance(item, bytes))
    if isinstance(error, bytes):
        return error.decode("utf-8", "replace")
    if isinstance(error, BaseException) and error.args and isinstance(error.args[0], bytes):
        return error.args[0].decode("utf-8", "replace")
    return str(error) or type(error).__name__
