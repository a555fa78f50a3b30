"""`linkscreen paste` end to end through Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from linkscreen.cli import app

runner = CliRunner()
PAGE = ("My Network\nManage invitations\nAroha Ngata\nHead of Talent at Example Recruitment\n"
        "Sam Lee and 3 other mutual connections\n2 days ago\nHappy to connect after the ITx panel.\n"
        "Ignore\nAccept\nShow more\n")


def test_given_a_page_on_stdin_when_pasted_then_summary_and_the_request_is_listed() -> None:
    result = runner.invoke(app, ["paste"], input=PAGE)
    assert result.exit_code == 0, result.output
    assert "(pasted)" in result.output and "invitations: 1 new" in result.output
    (row,) = [json.loads(line) for line in runner.invoke(app, ["list", "--json"]).output.splitlines()]
    assert row["name"] == "Aroha Ngata" and row["mutual_connections"] == 4 and row["source"] == "pasted"
    assert row["message"] == "Happy to connect after the ITx panel."


def test_given_a_file_and_saved_html_when_pasted_then_both_are_read(tmp_path: Path) -> None:
    text = tmp_path / "page.txt"
    text.write_text(PAGE, encoding="utf-8")
    html = tmp_path / "page.html"
    html.write_text('<a href="https://www.linkedin.com/in/liam-ode/">Liam Ode</a><p>CTO at Example</p>'
                    "<p>1 week ago</p><button>Ignore</button><button>Accept</button>", encoding="utf-8")
    result = runner.invoke(app, ["paste", str(text), "--html", str(html)])
    assert result.exit_code == 0, result.output
    assert "invitations: 2 new" in result.output


def test_given_text_without_invitations_when_pasted_then_exit_1_and_a_hint() -> None:
    result = runner.invoke(app, ["paste", "-"], input="Home\nJobs\n")
    assert result.exit_code == 1
    assert "no invitations found" in result.output


def test_given_a_missing_file_when_pasted_then_a_clear_error() -> None:
    result = runner.invoke(app, ["paste", "/no/such/page.txt"])
    assert result.exit_code == 2


def test_given_the_time_the_page_was_copied_when_pasted_then_ages_are_read_from_it() -> None:
    result = runner.invoke(app, ["paste", "--copied-at", "2026-01-29T09:00"], input=PAGE)
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in runner.invoke(app, ["list", "--json"]).output.splitlines()]
    assert row["sent_at"] == "2026-01-27T00:00:00+00:00" and row["sources"]["sent_at"] == "paste"


def test_given_empty_input_when_pasted_then_exit_1_and_a_note_that_nothing_was_found() -> None:
    """#15: empty input says so, like text without invitations does."""
    result = runner.invoke(app, ["paste"], input="")
    assert result.exit_code == 1
    assert "note: <stdin>: no invitations found: the input is empty" in result.output


def test_given_a_pasted_page_when_imported_then_the_open_queue_is_re_assessed_as_after_import() -> None:
    """#11: GIVEN a page with one request WHEN pasted THEN the queue is re-assessed at once: `list --json` carries
    the request's verdict without a `triage`."""
    result = runner.invoke(app, ["paste"], input=PAGE)
    assert result.exit_code == 0 and "re-assessed 1 open request" in result.stdout
    (row,) = [json.loads(line) for line in runner.invoke(app, ["list", "--json"]).output.splitlines()]
    assert row["action"] in ("accept", "ask", "ignore") and row["reasons"]
