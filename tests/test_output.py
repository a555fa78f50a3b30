"""CLI output helpers: JSON Lines and CSV that spreadsheets cannot turn into formulas."""

from __future__ import annotations

import csv
import io
import json

import pytest

from linkscreen.cli import output
from linkscreen.cli.output import count_of, neutralise_formula, print_jsonl, show_spinner, write_safe_csv


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


@pytest.mark.parametrize(("number", "said"), [(0, "0 open requests"), (1, "1 open request"), (2, "2 open requests")])
def test_given_a_count_when_said_then_the_noun_agrees(number: int, said: str) -> None:
    assert count_of(number, "open request") == said
    assert count_of(1, "person", "people") == "1 person" and count_of(3, "person", "people") == "3 people"


def test_given_stderr_that_is_no_terminal_when_a_spinner_runs_then_nothing_is_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """#29: no spinner, so no blank line ahead of the summaries, when stderr is a file or a pipe."""
    from rich.console import Console

    written = io.StringIO()
    monkeypatch.setattr(output, "errors", Console(file=written, force_terminal=False))
    with show_spinner("importing") as say:
        say("importing [final].jsonl")
    assert written.getvalue() == ""


def test_given_a_terminal_when_the_spinner_names_a_file_with_brackets_then_the_name_is_shown_as_typed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """#7: the spinner's text is not markup: "Invitations [/].jsonl" neither crashes it nor loses its brackets."""
    from rich.console import Console

    written = io.StringIO()
    monkeypatch.setattr(output, "errors", Console(file=written, force_terminal=True, width=80))
    with show_spinner("importing") as say:
        say("importing Invitations [/].jsonl")
    assert "Invitations [/].jsonl" in written.getvalue()
