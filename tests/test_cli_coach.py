"""`linkscreen coach` end to end through Typer's runner: JSON Lines, one readable draft, and sent invitations."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from linkscreen.cli import app
from linkscreen.core.coach import WEIGHTS

REPO = Path(__file__).resolve().parent.parent
EXPORT = REPO / "examples" / "linkedin-export.zip"
PITCH = ("Hi Aroha, I came across your impressive profile. Our platform helps companies like yours cut cloud spend by "
         "30%. Do you have 15 minutes next week for a quick call?")
runner = CliRunner()


def run(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin)


def test_given_jsonl_with_a_bad_line_when_coached_then_reports_on_stdout_errors_on_stderr_exit_1() -> None:
    stdin = (
        json.dumps({"id": "d1", "message": PITCH, "recipient_name": "Aroha Ngata"}) + "\n"
        "not json\n"
        + json.dumps({"id": "d2", "message": "Hi Aroha, we met at ITx; happy to share my notes.", "context": "ITx"})
        + "\n"
        + json.dumps({"id": "d3"}) + "\n"
    )
    result = run("coach", "-", stdin=stdin)
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in rows] == ["d1", "d2"]
    assert rows[0]["predicted_intent"] == "sales_pitch" and rows[0]["predicted_action"] == "ask"
    assert [check["name"] for check in rows[0]["checks"]] == list(WEIGHTS)
    assert rows[1]["score"] > rows[0]["score"]
    assert "<stdin>:2: not valid JSON" in result.stderr and '<stdin>:4: missing "message"' in result.stderr


def test_given_a_clean_file_when_coached_then_exit_0(tmp_path: Path) -> None:
    path = tmp_path / "drafts.jsonl"
    path.write_text(
        json.dumps({"id": 1, "message": "Hi, I read your post on SD-WAN; could I ask how you chose?"}) + "\n",
        encoding="utf-8",
    )
    result = run("coach", str(path))
    assert result.exit_code == 0 and json.loads(result.stdout)["id"] == 1


def test_given_one_draft_when_coached_then_a_readable_report_with_marks_suggestions_and_prediction() -> None:
    result = run("coach", "--message", PITCH, "--recipient", "Aroha Ngata")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert re.fullmatch(r"score \d{1,3}/100", lines[0])
    assert "  ✓ addresses_recipient (5): greets them by name: \"Hi Aroha\"" in lines
    assert any(line.startswith("  ✗ offers_value_not_sale (20): pitches a product or service") for line in lines)
    assert "  - Replace \"came across your impressive profile\" with something specific you read or heard" in lines
    assert lines[-1] == "prediction: this would be read as sales_pitch and get the 'how have we met?' question"


def test_given_the_example_export_when_sent_invitations_coached_then_acceptance_by_band() -> None:
    assert run("import", str(EXPORT)).exit_code == 0
    result = run("coach", "--sent")
    assert result.exit_code == 0, result.output
    assert "20 sent invitations scored" in result.output
    for band in ("0-39", "40-59", "60-79", "80-100"):
        assert re.search(rf"^{band} +\d+ +\d+/\d+ +(?:\d+%|-)$", result.output, re.MULTILINE), band
    rows = [json.loads(line) for line in run("coach", "--sent", "--json").output.splitlines()]
    assert len(rows) == 20 and {"id", "name", "accepted", "score", "suggestions"} <= set(rows[0])
    assert any(row["accepted"] for row in rows)


def test_given_no_sent_invitations_when_coached_then_it_says_to_import_first() -> None:
    result = run("coach", "--sent")
    assert result.exit_code == 0 and "no sent invitations stored" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ("coach", "--sent", "--message", "hi"),
        ("coach", "drafts.jsonl", "--message", "hi"),
        ("coach", "--recipient", "Aroha"),
        ("coach", "--json"),
    ],
)
def test_given_options_that_do_not_go_together_when_coached_then_a_clear_error_and_exit_2(
    args: tuple[str, ...]
) -> None:
    result = run(*args)
    assert result.exit_code == 2 and result.stderr.startswith("error: ")


def test_given_the_readme_then_the_coach_section_lists_every_check_with_its_weight() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The coach", 1)[1].split("\n## ", 1)[0]
    for name, weight in WEIGHTS.items():
        assert re.search(rf"^\| `{name}` \| {weight} \|", section, re.MULTILINE), name
