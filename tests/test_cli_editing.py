"""`linkscreen edit` through Typer's runner: corrections, and values re-asserted as the user's, in the history."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from linkscreen.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_given_a_value_the_request_already_has_when_edited_then_kept_as_yours_and_the_history_says_so(
    tmp_path: Path,
) -> None:
    """GIVEN a request whose headline is "CIO at Example Ltd" WHEN `edit --headline` sets that same value (pinning it
    against later imports) and changes the company THEN both are in `history`: the change, and the headline kept as
    the user's; `history --json` carries the same."""
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "a", "name": "Ana Lima", "headline": "CIO at Example Ltd", "company": "Example",
                                "sent_at": "2026-01-02T10:00:00Z"}) + "\n", encoding="utf-8")
    assert run("import", str(path)).exit_code == 0

    edited = run("edit", "1", "--headline", "CIO at Example Ltd", "--company", "Example Ltd")

    assert edited.exit_code == 0, edited.output
    assert "request 1: headline already so; now kept as yours" in edited.stdout
    shown = " ".join(run("history", "1").stdout.split())
    assert "edit company company: 'Example' -> 'Example Ltd'" in shown
    assert "edit headline headline: 'CIO at Example Ltd' already so; now kept as yours" in shown
    events = [json.loads(line) for line in run("history", "1", "--json").stdout.splitlines()]
    assert [(e["who"], e["what"], e["value"]) for e in events] == [("user", "edit", "company"),
                                                                   ("user", "edit", "headline")]


def test_given_only_a_value_already_so_when_edited_then_the_history_is_no_longer_empty(tmp_path: Path) -> None:
    """GIVEN a request with no history WHEN a mutual count it already has is set THEN `history` shows that edit
    instead of "nothing recorded yet"."""
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "a", "name": "Ana Lima", "mutual_connections": 4}) + "\n", encoding="utf-8")
    run("import", str(path))
    assert "nothing recorded yet" in run("history", "1").stdout

    assert run("edit", "1", "--mutual-connections", "4").exit_code == 0

    shown = run("history", "1").stdout
    assert "nothing recorded yet" not in shown
    assert "mutual_connections: 4 already so; now kept as yours" in " ".join(shown.split())
