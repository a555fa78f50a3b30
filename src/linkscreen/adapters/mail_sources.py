"""Raw messages out of `.eml` files, mbox files and Maildir folders, each read with a size limit.

A message over the limit is never read whole: only its first bytes are kept, enough for its headers.
mbox files are split in one streaming pass (mboxo/mboxrd ">From " lines unescaped).
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_MESSAGE_BYTES = 20 * 1024 * 1024
HEAD_BYTES = 64 * 1024
MAILDIR_PARTS = ("cur", "new", "tmp")


@dataclass(frozen=True, slots=True)
class RawMessage:
    """One message's bytes (or only its head when it is over the limit) and where it was found."""

    file: str
    line: int
    data: bytes
    size: int
    truncated: bool = False


def is_maildir(path: Path) -> bool:
    """True for a folder holding cur/, new/ and tmp/ (a Maildir)."""
    return path.is_dir() and all((path / part).is_dir() for part in MAILDIR_PARTS)


def looks_like_mbox(path: Path) -> bool:
    """True when a file starts with an mbox "From " separator line."""
    with open(path, "rb") as stream:
        return stream.read(5) == b"From "


def iterate_eml(path: Path, max_bytes: int = MAX_MESSAGE_BYTES) -> Iterator[RawMessage]:
    """Yield the one message of an .eml file."""
    size = path.stat().st_size
    with open(path, "rb") as stream:
        if size > max_bytes:
            yield RawMessage(path.name, 1, stream.read(HEAD_BYTES), size, truncated=True)
        else:
            yield RawMessage(path.name, 1, stream.read(), size)


def iterate_maildir(path: Path, max_bytes: int = MAX_MESSAGE_BYTES) -> Iterator[RawMessage]:
    """Yield each message of a Maildir folder (cur/ and new/), in key order; `line` counts messages."""
    box = mailbox.Maildir(str(path), factory=None, create=False)
    for number, key in enumerate(sorted(box.iterkeys()), start=1):
        try:
            handle = box.get_file(key)
        except (KeyError, OSError):  # removed while we read: nothing to import
            continue
        with handle:
            data = handle.read(max_bytes + 1)
            size = len(data)
            if size > max_bytes:
                while chunk := handle.read(1 << 20):
                    size += len(chunk)
                yield RawMessage(f"{path.name}/{key}", number, data[:HEAD_BYTES], size, truncated=True)
            else:
                yield RawMessage(f"{path.name}/{key}", number, data, size)


def iterate_mbox(path: Path, max_bytes: int = MAX_MESSAGE_BYTES) -> Iterator[RawMessage]:
    """Yield each message of an mbox file; `line` is the line of its "From " separator."""
    name = path.name
    with open(path, "rb") as stream:
        splitter = _MboxSplitter(name, max_bytes)
        for number, line in enumerate(stream, start=1):
            if line.startswith(b"From ") and splitter.at_boundary:
                if splitter.started:
                    yield splitter.finish()
                splitter.begin(number)
                continue
            splitter.add(line)
        if splitter.started:
            yield splitter.finish()


class _MboxSplitter:
    """Accumulates one mbox message at a time, keeping at most `max_bytes` of it."""

    def __init__(self, name: str, max_bytes: int) -> None:
        self.name = name
        self.max_bytes = max_bytes
        self.started = False
        self.at_boundary = True
        self._begin(0)

    def _begin(self, line: int) -> None:
        self.line = line
        self.parts: list[bytes] = []
        self.size = 0
        self.truncated = False

    def begin(self, line: int) -> None:
        self.started = True
        self.at_boundary = False
        self._begin(line)

    def add(self, line: bytes) -> None:
        self.at_boundary = line in (b"\n", b"\r\n")
        if not self.started:
            self.started = bool(line.strip())  # text before the first separator: read it as a message
            if not self.started:
                return
        if line.startswith(b">") and line.lstrip(b">").startswith(b"From "):
            line = line[1:]
        self.size += len(line)
        if self.truncated:
            return
        self.parts.append(line)
        if self.size > self.max_bytes:
            head = b"".join(self.parts)[:HEAD_BYTES]
            self.parts = [head]
            self.truncated = True

    def finish(self) -> RawMessage:
        data = b"".join(self.parts)
        if not self.truncated and self.at_boundary and data.endswith(b"\n"):
            data = data[:-2] if data.endswith(b"\r\n") else data[:-1]  # the blank line before "From "
        message = RawMessage(self.name, self.line or 1, data, self.size, self.truncated)
        self._begin(0)
        self.at_boundary = True
        return message
