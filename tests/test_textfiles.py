"""Streaming CSV text: encodings, header search, line numbers, the fast split paths."""

from __future__ import annotations

import csv
import io
import random

import pytest

from linkscreen.adapters.errors import ImportFileError, MissingColumnsError
from linkscreen.adapters.textfiles import CsvFile, DecodedLines, normalise_column
from linkscreen.core.models import RowError

PREAMBLE = ('Notes:\n"When exporting your connection data, you may notice that some of the email '
            'addresses are missing."\n\n')
CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def open_csv(data: bytes | str, required: tuple[str, ...] = ("a",), **options: object) -> CsvFile:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return CsvFile(io.BytesIO(raw), "test.csv", required, **options)  # type: ignore[arg-type]


def good_rows(table: CsvFile) -> list[tuple[int, list[str]]]:
    return [item for item in table.rows() if not isinstance(item, RowError)]


def test_given_excel_csv_with_bom_and_crlf_when_opened_then_bom_is_gone_and_fields_clean() -> None:
    table = open_csv(b"\xef\xbb\xbfa,b\r\n1,2\r\n3,4\r\n")
    assert table.header == ["a", "b"]
    assert good_rows(table) == [(2, ["1", "2"]), (3, ["3", "4"])]
    assert table.notes() == []


def test_given_linkedin_preamble_when_opened_then_header_is_found_below_it() -> None:
    table = open_csv(PREAMBLE + CONNECTIONS_HEADER + "Ana,Lima,,,Acme,CTO,08 Feb 2026\n",
                     ("First Name", "Connected On"))
    assert table.header_line == 4
    assert table.index("connected_on") == 6
    assert good_rows(table) == [(5, ["Ana", "Lima", "", "", "Acme", "CTO", "08 Feb 2026"])]


def test_given_quoted_fields_with_newlines_when_read_then_each_row_has_its_start_line() -> None:
    text = 'a,b\n1,"first\nsecond\nthird"\n2,"x ""quoted"", y"\n"3","z"\n'
    assert good_rows(open_csv(text)) == [
        (2, ["1", "first\nsecond\nthird"]), (5, ["2", 'x "quoted", y']), (6, ["3", "z"])]


def test_given_cp1252_file_when_read_then_names_decode_and_a_note_names_cp1252() -> None:
    table = open_csv("a,b\nJosé,Björk\n".encode("cp1252"))
    assert good_rows(table) == [(2, ["José", "Björk"])]
    assert table.encoding == "cp1252"
    assert "cp1252" in str(table.notes()[0])


def test_given_utf8_file_that_turns_cp1252_late_when_read_then_note_gives_the_line() -> None:
    data = "a,b\n".encode() + "Zoë,ok\n".encode() * 3 + "Chloé,late\n".encode("cp1252")
    table = open_csv(data, chunk_size=16)
    rows = good_rows(table)
    assert rows[-1] == (5, ["Chloé", "late"])
    assert rows[0] == (2, ["Zoë", "ok"])
    assert "from line 5" in str(table.notes()[0])


def test_given_tiny_chunks_when_read_then_crlf_and_multibyte_splits_do_not_matter() -> None:
    text = 'a,b\r\nŁukasz,"multi\r\nline"\r\nNgā,Tūī\r\n'
    rows = good_rows(open_csv(text.encode(), chunk_size=3))
    assert rows == [(2, ["Łukasz", "multi\r\nline"]), (4, ["Ngā", "Tūī"])]


def test_given_utf16_file_when_read_then_it_is_decoded_and_noted() -> None:
    table = open_csv("a\tb\r\nÉmilie\tx\r\n".encode("utf-16"))
    assert good_rows(table) == [(2, ["Émilie", "x"])]
    assert "UTF-16" in str(table.notes()[0])


def test_given_old_mac_line_ends_when_read_then_rows_split_on_cr() -> None:
    assert good_rows(open_csv(b"a,b\r1,2\r3,4")) == [(2, ["1", "2"]), (3, ["3", "4"])]


def test_given_semicolons_when_opened_then_the_delimiter_is_detected() -> None:
    table = open_csv("a;b\n1;2,5\n")
    assert table.delimiter == ";"
    assert good_rows(table) == [(2, ["1", "2,5"])]


def test_given_sniffing_when_pipe_delimited_then_rows_split() -> None:
    table = open_csv("name|a\nAna|1\nBo|2\n", ("name",), sniff=True)
    assert good_rows(table) == [(2, ["Ana", "1"]), (3, ["Bo", "2"])]


def test_given_wrong_field_counts_when_read_then_errors_name_the_line_and_rest_imports() -> None:
    table = open_csv('a,b\n1,2\n"multi\nline",2\n1,2,3\n4\n5,6,,\n\n7,8\n')
    items = list(table.rows())
    assert items == [
        (2, ["1", "2"]), (3, ["multi\nline", "2"]),
        RowError("test.csv", 5, "expected 2 fields, found 3"),
        RowError("test.csv", 6, "expected 2 fields, found 1"),
        (7, ["5", "6"]), (9, ["7", "8"])]


def test_given_header_lacking_a_column_when_opened_then_error_names_column_and_line() -> None:
    with pytest.raises(MissingColumnsError) as caught:
        open_csv(PREAMBLE + "First Name,Last Name,URL\n", ("First Name", "Connected On"))
    assert caught.value.missing == ["Connected On"]
    assert "'Connected On'" in str(caught.value) and "line 4" in str(caught.value)


def test_given_no_header_at_all_when_opened_then_error_says_so() -> None:
    with pytest.raises(MissingColumnsError, match="no header row"):
        open_csv("hello\nworld\n", ("name",))


def test_given_a_huge_field_when_read_then_the_csv_limit_does_not_reject_it() -> None:
    big = "x" * 300_000
    assert good_rows(open_csv(f'a,b\n1,"{big}\n"\n'))[0][1][1] == big + "\n"


def test_given_an_endless_line_when_read_then_a_clear_error_is_raised() -> None:
    lines = DecodedLines(io.BytesIO(b"x" * 100), "huge.csv", chunk_size=10, max_line_bytes=50)
    with pytest.raises(ImportFileError, match="huge.csv: line 1 is longer than 50 bytes"):
        list(lines)


def test_given_a_header_cell_when_normalised_then_case_spaces_and_underscores_compare_equal() -> None:
    assert normalise_column("\ufeffSent_At ") == normalise_column("SENT  AT") == "sent at"


def write_csv(rows: list[list[str]], quoting: int, ending: str) -> tuple[bytes, list[tuple[int, list[str]]]]:
    """Write rows with csv.writer; return the bytes and (physical start line, row) per row."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=quoting, lineterminator=ending)
    writer.writerow(["a", "b", "c"])
    expected = []
    for row in rows:
        written = buffer.getvalue()
        line_breaks = written.count("\n") + written.replace("\r\n", "").count("\r")
        expected.append((line_breaks + 1, row))
        writer.writerow(row)
    return buffer.getvalue().encode(), expected


@pytest.mark.parametrize("rows", [
    [[",", "", ""]], [["", ",", '"'], ['","', "a", ""]], [["", "", ","]], [['"', '""', "x"]]])
def test_given_cells_that_look_like_separators_when_all_quoted_then_fields_are_exact(
        rows: list[list[str]]) -> None:
    data, expected = write_csv(rows, csv.QUOTE_ALL, "\n")
    assert list(open_csv(data).rows()) == expected


def test_given_random_rows_when_written_by_csv_then_read_back_identically() -> None:
    """The fast split paths must agree with csv.reader, line numbers included (seeded fuzz)."""
    rng = random.Random(7)
    alphabet = list('ab ,;"\n\r\té€ā')
    for _ in range(400):
        quoting = rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])
        ending = rng.choice(["\n", "\r\n"])
        pool = [c for c in alphabet if c != "\r"] if ending == "\n" else alphabet  # 3.11's writer
        rows = [["".join(rng.choices(pool, k=rng.randint(0, 6))) for _ in range(3)]
                for _ in range(rng.randint(1, 6))]
        data, expected = write_csv(rows, quoting, ending)
        assert list(open_csv(data, chunk_size=rng.randint(1, 40)).rows()) == expected, (rows, quoting, ending)


def test_given_a_stray_quote_that_runs_to_the_end_when_read_then_reported_and_the_lines_after_it_read_again() -> None:
    """GIVEN a field opening a quote never closed (#5) WHEN read THEN its row is an error naming its line and the
    rows it swallowed are read on their own, the bad one among them reported too."""
    table = open_csv('a,b,c\n1,x,y\n2,"Wellington,oops\n3,z,w\n4,v\n5,u,t\n')
    assert list(table.rows()) == [
        (2, ["1", "x", "y"]),
        RowError("test.csv", 3, "a quoted field opened on this line is never closed (it runs to the end of the "
                                "file); row skipped, lines 4-6 read again on their own"),
        (4, ["3", "z", "w"]),
        RowError("test.csv", 5, "expected 3 fields, found 2"),
        (6, ["5", "u", "t"])]


def test_given_a_stray_quote_closed_by_a_later_quoted_field_when_read_then_no_row_between_is_lost() -> None:
    """GIVEN a stray quote whose field a later row's opening quote 'closes' (the joined row even has the right
    width) WHEN read THEN the joined row is reported and the rows in between import."""
    table = open_csv('a,b,c\n1,"x,y\n2,b,c\n3,"q",r\n4,b,c\n')
    assert list(table.rows()) == [
        RowError("test.csv", 2, "a quote followed by more text on line 4 makes this row run over 3 lines (a stray "
                                "quote?); row skipped, lines 3-4 read again on their own"),
        (3, ["2", "b", "c"]), (4, ["3", "q", "r"]), (5, ["4", "b", "c"])]


def test_given_a_quoted_field_open_for_too_many_lines_when_read_then_it_is_cut_there_and_the_lines_read_again() -> None:
    table = open_csv('a,b\n1,"x\n' + "2,y\n" * 5, max_record_lines=3)
    items = list(table.rows())
    assert items[0] == RowError("test.csv", 2, "a quoted field opened on this line is still open after 3 lines; "
                                               "row skipped, lines 3-4 read again on their own")
    assert items[1:] == [(line, ["2", "y"]) for line in range(3, 8)]


def test_given_a_closed_multi_line_note_in_a_row_too_wide_when_read_then_one_error_naming_the_joined_lines() -> None:
    """A note's own lines are never read as rows: the quote was closed cleanly, only the width is wrong."""
    table = open_csv('a,b\n1,"note\nline two\nend",extra\n2,w\n')
    assert list(table.rows()) == [RowError("test.csv", 2, "expected 2 fields, found 3 in the row joined from lines "
                                                          "2-4"), (5, ["2", "w"])]
