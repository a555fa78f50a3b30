"""Opening exports safely: loose names, zip-slip, zip bombs, non-ZIP input, folders."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from linkscreen.adapters.archive import (
    ArchiveLimits, FolderExport, ZipExport, find_unsafe_reason, normalise_member_name, open_export)
from linkscreen.adapters.errors import ImportFileError, NotAnArchiveError, UnsafeArchiveError

EXPORT_FOLDER = "Basic_LinkedInDataExport_01-29-2026"


def make_zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return path


def test_given_member_names_when_normalised_then_case_spaces_and_folders_do_not_matter() -> None:
    assert normalise_member_name(f"{EXPORT_FOLDER}/Company Follows.csv") == "company_follows.csv"
    assert normalise_member_name("COMPANY_FOLLOWS.CSV") == normalise_member_name("Company Follows.csv")
    for copy in ("Invitations (1).csv", "invitations _2_.csv", "Invitations - Copy.csv", "Invitations - Copy (3).csv"):
        assert normalise_member_name(copy) == normalise_member_name("Invitations.csv"), copy
    assert normalise_member_name("Invitations2.csv") != normalise_member_name("Invitations.csv")


def test_given_zip_with_export_folder_when_finding_files_then_loose_names_match(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "export.zip", {
        f"{EXPORT_FOLDER}/Connections.csv": b"x", f"{EXPORT_FOLDER}/Company_Follows.csv": b"y",
        "__MACOSX/._Connections.csv": b"junk"})
    with open_export(path) as export:
        assert export.find("connections.CSV") == f"{EXPORT_FOLDER}/Connections.csv"
        assert export.find("Company Follows.csv") == f"{EXPORT_FOLDER}/Company_Follows.csv"
        assert export.find("Invitations.csv") is None
        with export.open(f"{EXPORT_FOLDER}/Company_Follows.csv") as stream:
            assert stream.read() == b"y"


def test_given_two_copies_when_finding_then_the_shallowest_wins(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "export.zip", {"old/backup/messages.csv": b"old", "messages.csv": b"new"})
    with open_export(path) as export:
        assert export.find("messages.csv") == "messages.csv"


def test_given_a_file_and_its_second_download_when_finding_then_the_original_wins(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "export.zip", {"Invitations (1).csv": b"copy", "Invitations.csv": b"original"})
    with open_export(path) as export:
        assert export.find("Invitations.csv") == "Invitations.csv"
    alone = make_zip(tmp_path / "renamed.zip", {"Invitations (1).csv": b"copy"})
    with open_export(alone) as export:
        assert export.find("Invitations.csv") == "Invitations (1).csv"


@pytest.mark.parametrize("name", ["../Invitations.csv", "a/../../Invitations.csv", "/etc/Invitations.csv",
                                  "C:/temp/Invitations.csv", "..\\Invitations.csv"])
def test_given_zip_slip_entries_when_opened_then_they_are_skipped_with_a_note(
        tmp_path: Path, name: str) -> None:
    path = make_zip(tmp_path / "evil.zip", {name: b"From,To\n", "Connections.csv": b"ok"})
    with open_export(path) as export:
        assert export.members() == ["Connections.csv"]
        assert export.find("Invitations.csv") is None
        assert len(export.notes) == 1 and "skipped" in export.notes[0].text
        with pytest.raises(ImportFileError):
            export.open(name)
    assert not (tmp_path.parent / "Invitations.csv").exists()


def test_given_safe_and_unsafe_names_when_checked_then_only_escapes_are_flagged() -> None:
    assert find_unsafe_reason("folder/Invitations.csv") is None
    assert find_unsafe_reason("notes..csv") is None
    assert "zip-slip" in (find_unsafe_reason("../x.csv") or "")
    assert "absolute" in (find_unsafe_reason("/x.csv") or "")


def test_given_a_zip_bomb_by_ratio_when_opened_then_it_is_refused_before_reading(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "bomb.zip", {"messages.csv": bytes(8 << 20)})
    assert path.stat().st_size < 100_000
    with pytest.raises(UnsafeArchiveError, match=r"messages\.csv compresses .*:1.*zip bomb"):
        open_export(path)


def test_given_a_zip_bomb_by_total_size_when_opened_then_it_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "big.zip", {"a.csv": os.urandom(3000), "b.csv": os.urandom(3000)})
    with pytest.raises(UnsafeArchiveError, match="would expand to .* over the .* limit"):
        open_export(path, ArchiveLimits(max_total_bytes=5000))


def test_given_small_highly_compressible_members_when_opened_then_they_are_accepted(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "ok.zip", {"Connections.csv": bytes(500_000)})
    with open_export(path) as export:
        assert export.members() == ["Connections.csv"]


def test_given_a_pdf_renamed_zip_when_opened_then_the_error_says_it_is_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with pytest.raises(NotAnArchiveError, match="export.zip is not a readable ZIP archive: it looks like a PDF"):
        open_export(path)


def test_given_an_empty_file_when_opened_as_zip_then_the_error_is_clear(tmp_path: Path) -> None:
    path = tmp_path / "empty.zip"
    path.write_bytes(b"")
    with pytest.raises(NotAnArchiveError, match="an empty file"):
        open_export(path)


def test_given_an_encrypted_member_when_opened_then_it_is_refused(tmp_path: Path) -> None:
    data = bytearray(make_zip(tmp_path / "locked.zip", {"Invitations.csv": b"From,To\n"}).read_bytes())
    local, central = data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")
    data[local + 6] |= 0x1  # the "encrypted" bit of the general purpose flags
    data[central + 8] |= 0x1
    (tmp_path / "locked.zip").write_bytes(bytes(data))
    with open_export(tmp_path / "locked.zip") as export, \
            pytest.raises(UnsafeArchiveError, match="encrypted"):
        export.open("Invitations.csv")


def test_given_an_unpacked_folder_when_opened_then_nested_files_are_found(tmp_path: Path) -> None:
    folder = tmp_path / "export" / EXPORT_FOLDER
    folder.mkdir(parents=True)
    (folder / "Invitations.csv").write_bytes(b"From,To\n")
    with open_export(tmp_path / "export") as export:
        assert isinstance(export, FolderExport)
        assert export.find("invitations.csv") == f"{EXPORT_FOLDER}/Invitations.csv"
        with export.open(f"{EXPORT_FOLDER}/Invitations.csv") as stream:
            assert stream.read() == b"From,To\n"


def test_given_a_link_pointing_outside_the_folder_when_opened_then_it_is_skipped(tmp_path: Path) -> None:
    outside = tmp_path / "secret.csv"
    outside.write_text("secret")
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "messages.csv").symlink_to(outside)
    with open_export(folder) as export:
        assert export.find("messages.csv") is None
        assert "outside the folder" in export.notes[0].text


def test_given_a_single_csv_when_opened_then_only_that_file_is_listed(tmp_path: Path) -> None:
    (tmp_path / "Invitations.csv").write_text("From,To\n")
    (tmp_path / "other.csv").write_text("x\n")
    with open_export(tmp_path / "Invitations.csv") as export:
        assert export.members() == ["Invitations.csv"]


def test_given_a_missing_path_when_opened_then_the_error_is_clear(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no such file or folder"):
        open_export(tmp_path / "nope.zip")


def test_given_a_zip_when_opened_then_it_is_a_zip_export(tmp_path: Path) -> None:
    with open_export(make_zip(tmp_path / "e.zip", {"Connections.csv": b""})) as export:
        assert isinstance(export, ZipExport)
