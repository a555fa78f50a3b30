"""`linkscreen import` through Typer's runner: what a Ctrl-C part-way says, checked against what the store kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from linkscreen import services
from linkscreen.cli import app

runner = CliRunner()


def write_requests(path: Path, prefix: str, count: int) -> Path:
    path.write_text("".join(json.dumps({"id": f"{prefix}{n}", "name": f"{prefix.upper()} Person {n}",
                                        "headline": "CIO", "sent_at": f"2026-01-{n + 1:02d}T10:00:00Z"}) + "\n"
                            for n in range(count)), encoding="utf-8")
    return path


def interrupt_call(monkeypatch: pytest.MonkeyPatch, name: str, number: int) -> None:
    """Make the `number`-th call of `services.<name>` a Ctrl-C (the earlier ones run as usual)."""
    real, calls = getattr(services, name), []

    def call(*args, **kwargs):
        calls.append(1)
        if len(calls) == number:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(services, name, call)


def count_requests() -> int:
    return services.read_stats(services.open_store()).incoming


def test_given_one_file_when_ctrl_c_while_it_is_imported_then_nothing_from_this_run_was_saved_and_exit_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a file WHEN Ctrl-C comes while it is read THEN exit status 130, one line on stderr, and the store is as
    it was (a file is imported in one transaction)."""
    interrupt_call(monkeypatch, "import_paths", 1)

    result = runner.invoke(app, ["import", str(write_requests(tmp_path / "a.jsonl", "a", 3))])

    assert result.exit_code == 130 and result.stdout == ""
    assert result.stderr == "interrupted: nothing from this run was saved\n"
    assert count_requests() == 0


def test_given_two_files_when_ctrl_c_during_the_second_then_the_first_is_kept_and_the_line_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN two files WHEN Ctrl-C comes while the second is read THEN the line names the first as imported and
    kept, the second as not saved and the queue as not assessed yet, as the store shows (each file is its own
    transaction; the queue is re-assessed after the last)."""
    first, second = write_requests(tmp_path / "a.jsonl", "a", 3), write_requests(tmp_path / "b.jsonl", "b", 2)
    interrupt_call(monkeypatch, "import_paths", 2)

    result = runner.invoke(app, ["import", str(first), str(second)])

    assert result.exit_code == 130
    assert result.stderr == (f"interrupted: {first} was imported and is kept; nothing from {second} was saved; "
                             "no verdict was saved yet: `linkscreen triage` assesses the queue\n")
    assert count_requests() == 3


def test_given_an_import_done_when_ctrl_c_while_the_queue_is_re_assessed_then_the_import_is_kept_and_triage_finishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a file imported WHEN Ctrl-C comes before the re-assessment saved a verdict THEN the line says the file
    is kept and that `linkscreen triage` assesses the queue; the requests are stored, without verdicts."""
    from linkscreen.services import screening

    path = write_requests(tmp_path / "a.jsonl", "a", 3)

    def interrupt(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(screening, "_decide_batch", interrupt)

    result = runner.invoke(app, ["import", str(path)])

    assert result.exit_code == 130
    assert result.stderr == (f"interrupted: {path} was imported and is kept; no verdict was saved yet: "
                             "`linkscreen triage` assesses the queue\n")
    store = services.open_store()
    assert count_requests() == 3 and store.read_assessments(store.list_invitation_ids()) == {}
