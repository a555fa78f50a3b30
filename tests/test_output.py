"""CLI output helpers: JSON Lines and CSV that spreadsheets cannot turn into formulas."""

from __future__ import annotations

import csv
import io
import json

import pytest

from linkscreen.cli.output import neutralise_formula, print_jsonl, write_safe_csv


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://evil","click")', "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_given_a_formula_looking_cell_when_neutralised_then_it_becomes_text(cell: str) -> None:
    assert neutralise_formula(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Hello", "", "3 apples", None, 42])
def test_given_an_ordinary_cell_when_neutralised_then_unchanged(cell) -> None:
    assert neutralise_formula(cell) == cell


def test_given_rows_when_written_as_csv_then_formulas_are_neutralised_and_the_rest_kept() -> None:
    out = io.StringIO()
    write_safe_csv([{"name": "=cmd|' /C calc'!A0", "note": "<script>alert(1)</script>"}], ["name", "note"], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows == [{"name": "'=cmd|' /C calc'!A0", "note": "<script>alert(1)</script>"}]


def test_given_rows_when_printed_as_json_lines_then_one_object_per_line_unicode_kept() -> None:
    out = io.StringIO()
    print_jsonl([{"name": "Zoë"}, {"name": "李伟"}], out)
    assert [json.loads(line) for line in out.getvalue().splitlines()] == [{"name": "Zoë"}, {"name": "李伟"}]
    assert "Zoë" in out.getvalue()
