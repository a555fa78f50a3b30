"""One entry point: detect what a path holds, read it, refuse what it cannot read with a clear error."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from linkscreen.adapters.archive import ArchiveLimits
from linkscreen.adapters.errors import ImportFileError, NotAnArchiveError, UnsafeArchiveError
from linkscreen.adapters.readers import detect_source_kind, read_source
from linkscreen.core.models import Invitation

REPO = Path(__file__).resolve().parent.parent
INVITATIONS = ('From,To,Sent At,Message,Direction\n'
               'Ana Silva,Kiri Halvorsen,"1/29/26, 2:37 PM",,INCOMING\n')


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_given_the_example_files_when_detected_then_kinds_are_export_and_jsonl() -> None:
    assert detect_source_kind(REPO / "examples" / "linkedin-export.zip") == "linkedin-export"
    assert detect_source_kind(REPO / "examples" / "invitations.jsonl") == "jsonl"


def test_given_an_unpacked_export_folder_when_detected_then_linkedin_export(tmp_path: Path) -> None:
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "Invitations.csv").write_text(INVITATIONS)
    assert detect_source_kind(tmp_path / "export") == "linkedin-export"
    (invitation,) = [item for item in read_source(tmp_path / "export") if isinstance(item, Invitation)]
    assert invitation.name == "Ana Silva" and invitation.source == "linkedin-export"


def test_given_one_export_csv_alone_when_detected_then_it_reads_as_the_export(tmp_path: Path) -> None:
    (tmp_path / "Invitations.csv").write_text(INVITATIONS)
    assert detect_source_kind(tmp_path / "Invitations.csv") == "linkedin-export"
    assert [item.name for item in read_source(tmp_path / "Invitations.csv")] == ["Ana Silva"]


def test_given_generic_files_when_detected_then_csv_or_jsonl(tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text("name,headline\nAna,CIO\n")
    (tmp_path / "connections.csv").write_text("name,headline\nBo,CTO\n")  # an export name, generic columns
    (tmp_path / "people.ndjson").write_text(json.dumps({"name": "Cy"}) + "\n")
    assert detect_source_kind(tmp_path / "people.csv") == "csv"
    assert detect_source_kind(tmp_path / "connections.csv") == "csv"
    assert detect_source_kind(tmp_path / "people.ndjson") == "jsonl"
    assert [item.source for item in read_source(tmp_path / "people.csv")] == ["csv"]
    assert [item.name for item in read_source(tmp_path / "people.ndjson")] == ["Cy"]


def test_given_a_zip_without_linkedin_files_when_detected_then_a_clear_error(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "photos.zip", {"holiday.jpg": b"\xff\xd8\xff"})
    with pytest.raises(ImportFileError, match="photos.zip: this ZIP holds none of Invitations.csv"):
        detect_source_kind(path)


def test_given_a_folder_without_linkedin_files_when_detected_then_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="holds none of"):
        detect_source_kind(tmp_path)


def test_given_a_pdf_renamed_zip_when_read_then_not_an_archive(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(b"%PDF-1.4 ...")
    with pytest.raises(NotAnArchiveError, match="looks like a PDF"):
        read_source(path)


def test_given_a_zip_bomb_when_read_then_refused_before_any_item(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "bomb.zip", {"messages.csv": bytes(4 << 20)})
    with pytest.raises(UnsafeArchiveError, match="zip bomb"):
        read_source(path)
    with pytest.raises(UnsafeArchiveError, match="zip bomb"):
        read_source(make_zip(tmp_path / "big.zip", {"Invitations.csv": INVITATIONS.encode() * 50}),
                    ArchiveLimits(max_total_bytes=1000))


def test_given_an_unknown_file_or_a_missing_path_when_detected_then_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileError, match="cannot tell what this file is"):
        detect_source_kind(tmp_path / "notes.docx")
    with pytest.raises(ImportFileError, match="no such file or folder"):
        read_source(tmp_path / "missing.zip")


def test_given_a_zip_without_zip_extension_when_detected_then_its_content_decides(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "download", {"Invitations.csv": INVITATIONS.encode()})
    assert detect_source_kind(path) == "linkedin-export"
