"""`linkscreen list` and `triage` through Typer's runner: name search, and what a Ctrl-C during triage says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from linkscreen.cli import app

runner = CliRunner()
NAMES = ["Lucía Pérez", "Lucas Reed", "Ana Lima", "ZOË  Smith"]


def run(*args: str):
    return runner.invoke(app, list(args))


def write_names(tmp_path: Path, names: list[str]) -> Path:
    path = tmp_path / "people.jsonl"
    path.write_text("".join(json.dumps({"id": str(n), "name": name, "headline": "CIO",
                                        "sent_at": f"2026-01-{n + 1:02d}T10:00:00Z"}) + "\n"
                            for n, name in enumerate(names)), encoding="utf-8")
    return path


def import_names(tmp_path: Path, names: list[str]) -> None:
    assert run("import", str(write_names(tmp_path, names))).exit_code == 0


def store_without_verdicts(tmp_path: Path, names: list[str]):
    """The requests imported without the re-assessment `import` does, as after an upgrade: triage assesses each."""
    from linkscreen import services

    store = services.open_store()
    assert all(result.ok for result in services.import_paths(store, [write_names(tmp_path, names)]))
    return store, store.list_invitation_ids()


def listed_names(*args: str) -> list[str]:
    result = run("list", "--json", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line)["name"] for line in result.stdout.splitlines()]


def test_given_accented_names_when_listed_with_a_search_then_found_without_case_or_accents_as_on_the_web(
    tmp_path: Path,
) -> None:
    """GIVEN Lucía, Lucas, Ana and Zoë WHEN `list --search` is given text without accents, in capitals or part of a
    name THEN the same requests the web queue's search finds (its `q`), newest first, in every output format."""
    from linkscreen import services
    from linkscreen.services import web_queries

    import_names(tmp_path, NAMES)

    assert listed_names("--search", "lucia") == listed_names("--search", "LUCÍA") == ["Lucía Pérez"]
    assert listed_names("--search", "luc") == ["Lucas Reed", "Lucía Pérez"]
    assert listed_names("--search", "zoe smith") == ["ZOË  Smith"]
    assert listed_names("--search", "nobody") == []
    assert listed_names("--search", "luc", "--status", "decided") == []
    assert listed_names("--search", "luc", "--limit", "1") == ["Lucas Reed"]
    store = services.open_store()
    web = [item["name"] for item in web_queries.list_queue_page(store, "all", search="luc").items]
    assert web == listed_names("--search", "luc")
    plain = run("list", "--search", "pérez")
    assert plain.exit_code == 0 and "Lucía Pérez" in plain.stdout and "Lucas" not in plain.stdout
    table = run("list", "--csv", "--search", "ana").stdout.splitlines()
    assert len(table) == 2 and table[1].split(",")[1] == "Ana Lima"


def test_given_a_triage_interrupted_after_a_batch_when_ctrl_c_then_one_line_says_what_was_saved_and_exit_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN five open requests assessed two at a time WHEN Ctrl-C comes while the second batch is decided THEN exit
    status 130, one line on stderr saying the first two keep their verdicts (as the store shows) and how to finish."""
    from linkscreen.services import screening

    store, ids = store_without_verdicts(tmp_path, [f"Person {n}" for n in range(5)])
    monkeypatch.setattr(screening, "QUEUE_BATCH", 2)
    real, calls = screening._decide_batch, []

    def decide_then_interrupt(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(screening, "_decide_batch", decide_then_interrupt)

    result = run("triage")

    assert result.exit_code == 130 and result.stdout == ""
    assert result.stderr == ("interrupted: 2 of 5 open requests were assessed and keep their new verdicts; "
                             "`linkscreen triage` assesses the rest\n")
    assert len(store.read_assessments(ids)) == 2


def test_given_a_triage_interrupted_before_any_batch_was_saved_when_ctrl_c_then_nothing_was_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN open requests without verdicts WHEN Ctrl-C comes while the first batch is classified THEN exit 130 and
    "nothing from this run was saved", which the store confirms."""
    from linkscreen.services import screening

    store, ids = store_without_verdicts(tmp_path, NAMES)

    def interrupt(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(screening, "_decide_batch", interrupt)

    result = run("triage")

    assert result.exit_code == 130
    assert result.stderr == "interrupted: nothing from this run was saved\n"
    assert store.read_assessments(ids) == {}
