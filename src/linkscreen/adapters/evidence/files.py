"""File handling shared by the line-based evidence readers (vCard, iCalendar)."""

from __future__ import annotations

from pathlib import Path

from linkscreen.adapters.errors import ImportFileError
from linkscreen.adapters.textfiles import DecodedLines


def list_files(path: Path, suffixes: tuple[str, ...], kind: str) -> list[Path]:
    """Return [path] for a file, or the folder's files with one of `suffixes`, sorted by name."""
    if path.is_dir():
        files = sorted(child for child in path.iterdir() if child.is_file() and child.suffix.lower() in suffixes)
        if not files:
            raise ImportFileError(f"{path.name}: folder holds no {kind} files ({', '.join(suffixes)})")
        return files
    if not path.is_file():
        raise ImportFileError(f"{path.name}: no such file or folder")
    return [path]


def read_lines(path: Path) -> list[str]:
    """The decoded lines of a text file (UTF-8 with BOM, else cp1252); unreadable is an ImportFileError."""
    try:
        with open(path, "rb") as stream:
            return list(DecodedLines(stream, path.name))
    except OSError as error:
        raise ImportFileError(f"{path.name}: cannot read the file ({error.strerror or error})") from error
