"""Open a LinkedIn export (ZIP file or unpacked folder) safely and find its files by loose name.

Nothing is ever extracted to disk: members are streamed. Entries whose path escapes the archive
(zip-slip) are skipped with a note; zip bombs are refused from the central directory, before a
byte is decompressed (zipfile itself never inflates a member beyond its declared size).
"""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import BinaryIO

from linkscreen.adapters.errors import ImportFileError, NotAnArchiveError, UnsafeArchiveError
from linkscreen.core.models import FileNote

GIB = 1 << 30
MIB = 1 << 20
_SUPPORTED_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_DUPLICATE_MARK = re.compile(r"(?:_\(?\d{1,3}\)?|_copy(?:_\(?\d{1,3}\)?)?)_?(?=\.[a-z0-9]{1,5}$)")
_DRIVE = re.compile(r"^[A-Za-z]:")
_MAGIC = (
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip file"), (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"<", "an HTML or XML page"),
)


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """Zip-bomb limits, checked on the declared sizes before reading."""

    max_total_bytes: int = 4 * GIB
    max_ratio: float = 200.0
    ratio_min_bytes: int = MIB


def normalise_member_name(name: str) -> str:
    """Return a file's base name in comparable form: 'Company Follows.csv' == 'company_follows.CSV', and a
    second download or a copy is the same file: 'Invitations (1).csv', 'Invitations - Copy.csv'."""
    base = name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return _DUPLICATE_MARK.sub("", re.sub(r"[\s_\-]+", "_", base.strip()).casefold())


def find_unsafe_reason(name: str) -> str | None:
    """Return why an archive entry name is unsafe (absolute, drive, '..'), or None when it is fine."""
    path = name.replace("\\", "/")
    if "\x00" in path:
        return "its name contains a NUL byte"
    if path.startswith("/") or _DRIVE.match(path):
        return "its path is absolute"
    if ".." in PurePosixPath(path).parts:
        return "its path climbs out of the archive with '..' (zip-slip)"
    return None


def describe_content(head: bytes) -> str:
    """Say what a file looks like from its first bytes, for 'not a ZIP' messages."""
    stripped = head.lstrip()
    for magic, kind in _MAGIC:
        if stripped.startswith(magic):
            return kind
    if not head:
        return "an empty file"
    if head.startswith(b"PK"):
        return "a damaged or truncated ZIP archive"
    if all(byte >= 0x20 or byte in b"\t\r\n" for byte in head):
        return "a text file"
    return "some other binary file"


class ExportSource:
    """The files of an export, opened for streaming; use as a context manager."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.notes: list[FileNote] = []
        self._members: list[str] = []

    def members(self) -> list[str]:
        """Return the safe member paths (POSIX style), in archive order."""
        return list(self._members)

    def find(self, file_name: str) -> str | None:
        """Return the member whose base name matches loosely (shallowest first, then the shortest name: the
        original before its copies), or None."""
        wanted = normalise_member_name(file_name)
        matches = [member for member in self._members if normalise_member_name(member) == wanted]
        if not matches:
            return None
        return min(matches, key=lambda member: (member.count("/"), len(member), member))

    def open(self, member: str) -> BinaryIO:
        """Open one member for binary streaming reads."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the underlying file."""

    def __enter__(self) -> ExportSource:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def _skip(self, member: str, reason: str) -> None:
        self.notes.append(FileNote(f"{self.name}/{member}", f"skipped: {reason}"))


class ZipExport(ExportSource):
    """A ZIP file, checked for zip bombs when opened."""

    def __init__(self, path: Path, limits: ArchiveLimits | None = None) -> None:
        super().__init__(path.name)
        self._zip = _open_zip(path)
        self._infos: dict[str, zipfile.ZipInfo] = {}
        try:
            check_zip_bomb(self._zip.infolist(), limits or ArchiveLimits(), path.name)
        except UnsafeArchiveError:
            self._zip.close()
            raise
        for info in self._zip.infolist():
            self._add(info)

    def open(self, member: str) -> BinaryIO:
        info = self._infos.get(member)
        if info is None:
            raise ImportFileError(f"{self.name}: no member named {member!r}")
        if info.flag_bits & 0x1:
            raise UnsafeArchiveError(f"{self.name}/{member} is encrypted; export it again unprotected")
        if info.compress_type not in _SUPPORTED_METHODS:
            raise UnsafeArchiveError(f"{self.name}/{member} uses an unsupported compression method "
                                     f"({info.compress_type}); unzip it and import the folder instead")
        return self._zip.open(info)  # type: ignore[return-value]

    def close(self) -> None:
        self._zip.close()

    def _add(self, info: zipfile.ZipInfo) -> None:
        name = info.filename
        if info.is_dir():
            return
        reason = find_unsafe_reason(name)
        if reason:
            self._skip(name, reason)
            return
        member = name.replace("\\", "/")
        if member.startswith("__MACOSX/") or member.rsplit("/", 1)[-1].startswith("._"):
            return
        self._infos[member] = info
        self._members.append(member)


class FolderExport(ExportSource):
    """An unpacked export folder (or one CSV file of it, given alone)."""

    def __init__(self, root: Path, only: str | None = None) -> None:
        super().__init__(root.name if only is None else only)
        self._root = root.resolve()
        for member in _walk_files(self._root) if only is None else [only]:
            target = (self._root / member).resolve()
            if not target.is_relative_to(self._root):
                self._skip(member, "it is a link pointing outside the folder")
            elif target.is_file():
                self._members.append(member)

    def open(self, member: str) -> BinaryIO:
        if member not in self._members:
            raise ImportFileError(f"{self.name}: no file named {member!r}")
        return open(self._root / member, "rb")


def check_zip_bomb(infos: list[zipfile.ZipInfo], limits: ArchiveLimits, name: str) -> None:
    """Raise UnsafeArchiveError when the declared sizes look like a zip bomb."""
    total = sum(info.file_size for info in infos)
    if total > limits.max_total_bytes:
        raise UnsafeArchiveError(
            f"{name} would expand to {_format_size(total)}, over the {_format_size(limits.max_total_bytes)} "
            "limit: refused as a possible zip bomb")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_min_bytes and ratio > limits.max_ratio:
            raise UnsafeArchiveError(
                f"{name}/{info.filename} compresses {ratio:,.0f}:1 ({_format_size(info.file_size)} from "
                f"{_format_size(info.compress_size)}), over the {limits.max_ratio:,.0f}:1 limit: "
                "refused as a possible zip bomb")


def open_export(path: Path, limits: ArchiveLimits | None = None) -> ExportSource:
    """Open a ZIP file, a folder, or a single export CSV file as an ExportSource."""
    path = Path(path)
    if path.is_dir():
        return FolderExport(path)
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file or folder")
    if path.suffix.lower() == ".csv":
        return FolderExport(path.parent, only=path.name)
    return ZipExport(path, limits)


def is_zip_file(path: Path) -> bool:
    """Return True when the file starts like a ZIP archive (local header or empty archive)."""
    with open(path, "rb") as stream:
        return stream.read(4) in (b"PK\x03\x04", b"PK\x05\x06")


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        with open(path, "rb") as stream:
            head = stream.read(16)
        raise NotAnArchiveError(f"{path.name} is not a readable ZIP archive: it looks like "
                                f"{describe_content(head)} ({error})") from error


def _walk_files(root: Path) -> list[str]:
    found: list[str] = []
    for folder, folders, files in os.walk(root):
        folders.sort()
        for file_name in sorted(files):
            found.append((Path(folder) / file_name).relative_to(root).as_posix())
    return found


def _format_size(size: float) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    return f"{size:,.1f} GiB"
