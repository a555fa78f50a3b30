"""Generic JSON Lines and CSV invitations: fields, dates, sniffed dialects, bad lines by number."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from linkscreen.adapters.errors import ImportFileError
from linkscreen.adapters.generic import read_generic
from linkscreen.core.models import FileNote, Invitation, RowError
from linkscreen.core.taxonomy import Direction

REPO = Path(__file__).resolve().parent.parent
UTC = timezone.utc


def write_jsonl(path: Path, lines: list[object | str]) -> Path:
    text = "".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n"
                   for line in lines)
    path.write_text(text, encoding="utf-8")
    return path


def test_given_jsonl_records_when_read_then_fields_map_to_invitations(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "inv-1", "name": " Thảo Nguyễn ", "headline": "Talent Partner | Kea Talent", "company": "Kea Talent",
         "location": "Auckland, New Zealand", "mutual_connections": 12, "message": "Hi Kiri,\nkeen to connect",
         "sent_at": "2026-01-29T14:37:00Z", "profile_url": "https://www.linkedin.com/in/thao", "colour": "blue"},
        {"id": 2, "name": "Omar Haddad", "sent_at": "2026-01-29T14:37:00+13:00", "mutual_connections": "3"},
        {"name": "Ngozi Okafor", "sent_at": "2026-01-29 08:00"},
        {"name": "Sven Lindqvist", "mutual_connections": 4.0, "sent_at": None, "message": None},
    ])
    thao, omar, ngozi, sven = list(read_generic(path))
    assert thao == Invitation(
        name="Thảo Nguyễn", headline="Talent Partner | Kea Talent", company="Kea Talent",
        location="Auckland, New Zealand", mutual_connections=12, message="Hi Kiri,\nkeen to connect",
        sent_at=datetime(2026, 1, 29, 14, 37, tzinfo=UTC), profile_url="https://www.linkedin.com/in/thao",
        direction=Direction.INCOMING, source="jsonl", external_id="inv-1")
    assert (omar.external_id, omar.mutual_connections) == ("2", 3)
    assert omar.sent_at == datetime(2026, 1, 29, 1, 37, tzinfo=UTC)
    assert ngozi.sent_at == datetime(2026, 1, 29, 8, 0, tzinfo=UTC)
    assert (sven.mutual_connections, sven.sent_at, sven.message) == (4, None, "")


def test_given_bad_jsonl_lines_when_read_then_each_is_a_row_error_with_its_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.ndjson", [
        {"name": "Good One"},
        '{"name": "Broken", ',
        "",
        {"headline": "no name"},
        {"name": "Bad Date", "sent_at": "last Tuesday"},
        {"name": "Bad Count", "mutual_connections": "a dozen"},
        {"name": "Negative", "mutual_connections": -1},
        {"name": "Bool", "mutual_connections": True},
        {"name": ["a", "list"]},
        '["not", "an", "object"]',
        {"name": "Good Two"},
    ])
    items = list(read_generic(path))
    assert [item.name for item in items if isinstance(item, Invitation)] == ["Good One", "Good Two"]
    errors = [str(item) for item in items if isinstance(item, RowError)]
    assert errors[0].startswith("in.ndjson:2: bad JSON")
    assert errors[1:] == [
        "in.ndjson:4: missing 'name'",
        "in.ndjson:5: unparseable date in 'sent_at': 'last Tuesday'",
        "in.ndjson:6: 'mutual_connections' is not a whole number: 'a dozen'",
        "in.ndjson:7: 'mutual_connections' is not a whole number: -1",
        "in.ndjson:8: 'mutual_connections' is not a whole number: True",
        "in.ndjson:9: 'name' must be text, found list",
        "in.ndjson:10: expected a JSON object, found list"]


def test_given_an_excel_csv_with_semicolons_and_bom_when_read_then_the_dialect_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "requests.csv"
    path.write_bytes("\ufeffName;Headline;mutual_connections;message;sent_at\r\n"
                     'José Álvarez;CIO;5;"Hola; let\'s ""connect""\r\nsoon";2026-01-02T03:04:05Z\r\n'
                     "Amina Rahman;Engineer;;;\r\n".encode("utf-8"))
    jose, amina = list(read_generic(path))
    assert jose.name == "José Álvarez" and jose.headline == "CIO" and jose.mutual_connections == 5
    assert jose.message == 'Hola; let\'s "connect"\r\nsoon' and jose.source == "csv"
    assert jose.sent_at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert (amina.mutual_connections, amina.sent_at) == (None, None)


def test_given_csv_rows_with_problems_when_read_then_errors_carry_physical_lines(tmp_path: Path) -> None:
    path = tmp_path / "requests.csv"
    path.write_text('id,name,message,mutual_connections\n1,Ana,"two\nlines",3\n2,,x,1\n3,Bo,y,many\n4,Cy,z\n')
    items = list(read_generic(path))
    assert [str(item) for item in items if isinstance(item, RowError)] == [
        "requests.csv:4: missing 'name'",
        "requests.csv:5: 'mutual_connections' is not a whole number: 'many'",
        "requests.csv:6: expected 4 fields, found 3"]


def test_given_a_cp1252_csv_when_read_then_names_decode_and_a_note_says_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "requests.csv"
    path.write_bytes("name,company\nFrançois Dubois,Société Générale Ltd\n".encode("cp1252"))
    note, invitation = list(read_generic(path))
    assert invitation.name == "François Dubois" and invitation.company == "Société Générale Ltd"
    assert isinstance(note, FileNote) and "cp1252" in note.text


def test_given_a_csv_without_a_name_column_when_read_then_one_note(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("full name,headline\nAna,CIO\n")
    (note,) = list(read_generic(path))
    assert isinstance(note, FileNote) and "'name'" in note.text


def test_given_an_unknown_extension_when_read_then_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="expected .jsonl, .ndjson or .csv"):
        read_generic(tmp_path / "people.xlsx")


def test_given_the_example_jsonl_when_read_then_150_enriched_requests() -> None:
    items = list(read_generic(REPO / "examples" / "invitations.jsonl"))
    assert len(items) == 150 and all(isinstance(item, Invitation) for item in items)
    assert all(item.headline and item.location and item.mutual_connections is not None for item in items)
    assert all(item.sent_at is not None and item.profile_url for item in items)


def test_given_the_walkthrough_csv_with_a_stray_quote_when_read_then_every_later_row_imports_or_is_reported(
    tmp_path: Path,
) -> None:
    """GIVEN a row whose location opens a quote it never closes (#5) WHEN read THEN that row is reported with its
    line, the row after it is rejected for its own bad count, and the last row imports."""
    path = tmp_path / "good.csv"
    path.write_text(
        "id,name,headline,company,location,mutual_connections,message,sent_at,profile_url\n"
        'c1,Hana Lee,Talent Partner at HireCo,HireCo,Auckland,3,"Hi, a CIO role?",2026-02-01T10:00:00Z,\n'
        'c2,Ivan Broken,Sales,Acme,"Wellington,4,oops\n'
        "c3,Jo Date,Engineer,X,Y,notanumber,hello,yesterday,https://www.linkedin.com/in/jo-date\n"
        "c4,Kim Fine,Account Executive at CloudCo,CloudCo,Sydney,5,,2026-01-30,https://www.linkedin.com/in/kim-fine\n",
        encoding="utf-8")
    items = list(read_generic(path))
    assert [item.external_id for item in items if isinstance(item, Invitation)] == ["c1", "c4"]
    errors = [item for item in items if isinstance(item, RowError)]
    assert [error.line for error in errors] == [3, 4]
    assert "never closed" in errors[0].reason and "lines 4-5 read again" in errors[0].reason
    assert "mutual_connections" in errors[1].reason


@pytest.mark.parametrize(("name", "text", "said"), [
    ("empty.jsonl", "", "the file is empty"), ("blank.jsonl", "\n  \n", "the file is empty"),
    ("empty.csv", "", "the file is empty"),
    ("header.csv", "id,name\n", "the file has a header row and nothing under it")])
def test_given_a_file_with_no_invitations_when_read_then_a_note_says_none_were_found(
    tmp_path: Path, name: str, text: str, said: str,
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (note,) = list(read_generic(path))
    assert isinstance(note, FileNote) and note.text == f"no invitations found: {said}" and note.file == name
