"""adapters.evidence.files: listing evidence files and reading their lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkscreen.adapters.errors import ImportFileError
from linkscreen.adapters.evidence.files import list_files, read_lines


def test_given_a_folder_when_listed_then_only_matching_files_sorted(tmp_path: Path) -> None:
    for name in ("b.vcf", "a.VCF", "notes.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in list_files(tmp_path, (".vcf",), "vCard")] == ["a.VCF", "b.vcf"]


def test_given_nothing_usable_when_listed_then_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="folder holds no vCard files"):
        list_files(tmp_path, (".vcf",), "vCard")
    with pytest.raises(ImportFileError, match="no such file or folder"):
        list_files(tmp_path / "missing.vcf", (".vcf",), "vCard")


def test_given_bom_or_cp1252_text_when_read_then_decoded_lines(tmp_path: Path) -> None:
    utf8 = tmp_path / "a.vcf"
    utf8.write_bytes("\ufeffBEGIN:VCARD\r\nFN:Zoë\r\n".encode("utf-8"))
    legacy = tmp_path / "b.vcf"
    legacy.write_bytes("FN:Zoë\n".encode("cp1252"))
    assert [line.rstrip("\r\n") for line in read_lines(utf8)] == ["BEGIN:VCARD", "FN:Zoë"]
    assert read_lines(legacy)[0].rstrip("\n") == "FN:Zoë"
