"""The CLI end to end on the bundled example export, through Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from linkscreen.cli import app

REPO = Path(__file__).resolve().parent.parent
EXPORT = REPO / "examples" / "linkedin-export.zip"
runner = CliRunner()


def run(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin)


def flat(output: str) -> str:
    """The output with Rich's line wrapping undone (every run of white space one space)."""
    return " ".join(output.split())


def counts_of(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines() if "new," in line]


def test_given_the_example_export_when_imported_twice_then_the_same_records_and_nothing_new() -> None:
    first = run("import", str(EXPORT))
    second = run("import", str(EXPORT))
    assert first.exit_code == 0, first.output
    assert any(line.startswith("invitations: 170 new") for line in counts_of(first.output))
    assert all(" 0 new" in line for line in counts_of(second.output))
    stats = run("stats").output
    assert "incoming requests" in stats and "150" in stats


def test_given_an_import_when_listed_as_json_then_one_line_per_incoming_request_with_the_fields() -> None:
    run("import", str(EXPORT))
    rows = [json.loads(line) for line in run("list", "--json").output.splitlines()]
    assert len(rows) == 150
    assert {"id", "name", "headline", "message", "sent_at", "profile_url", "status"} <= set(rows[0])
    assert rows[0]["sent_at"].endswith("+00:00")


def test_given_triage_when_run_then_grouped_by_action_with_replies_and_list_carries_verdicts() -> None:
    result = run("triage", str(EXPORT), "--limit", "2")
    assert result.exit_code == 0, result.output
    for heading in ("ACCEPT", "ASK", "IGNORE"):
        assert heading in result.output
    assert "how have we met or done business before?" in result.output
    rows = [json.loads(line) for line in run("list", "--json").output.splitlines()]
    assert all({"intent", "action", "reasons"} <= set(row) for row in rows)


def test_given_jsonl_with_a_bad_line_when_classified_then_results_on_stdout_errors_on_stderr_exit_1() -> None:
    stdin = (
        '{"id": "x1", "headline": "Recruiter", "message": ""}\nnot json\n'
        '{"id": "x2", "message": "Sorry, clicked by accident"}\n'
    )
    result = runner.invoke(app, ["classify", "-"], input=stdin)
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["x1", "x2"]
    assert "<stdin>:2: not valid JSON" in result.stderr


def test_given_replies_when_outcome_run_then_one_result_per_line() -> None:
    result = run("outcome", "-", stdin='{"id": "r1", "reply": "We haven\'t met, but I sell payroll software. Demo?"}\n')
    assert result.exit_code == 0
    assert json.loads(result.stdout)["outcome"] == "pitch"


def test_given_a_labelled_file_when_evaluated_then_scores_confusion_and_signals(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text(
        '{"id": "1", "headline": "Recruiter", "message": "", '
        '"label": {"intent": "recruiter_networking", "action": "ignore"}}\n'
        '{"id": "2", "headline": "Account Executive", "message": "Our platform saves 30%, 15 minutes for a demo?", '
        '"label": {"intent": "sales_pitch", "action": "ask"}}\n',
        encoding="utf-8",
    )
    result = run("eval", str(path))
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.output and "confusion" in result.output and "HEADLINE_RECRUITER" in result.output
    assert "policy action matches the label on 2/2" in result.output


def test_given_decisions_and_labels_when_history_shown_then_every_event(tmp_path: Path) -> None:
    run("import", str(EXPORT))
    first = json.loads(run("list", "--json", "--status", "new", "--limit", "1").output)
    assert run("decide", str(first["id"]), "ask", "--note", "who?").exit_code == 0
    assert run("label", str(first["id"]), "sales_pitch").exit_code == 0
    reply = run("reply", str(first["id"]), "Sorry, wrong person, I clicked by mistake.")
    assert "outcome: accidental" in reply.output and "proposed action: ignore" in reply.output
    history = [json.loads(line) for line in run("history", str(first["id"]), "--json").output.splitlines()]
    assert [(h["what"], h["value"]) for h in history] == [
        ("decision", "ask"), ("label", "sales_pitch"), ("reply", "accidental")
    ]
    assert run("decide", "999999", "accept").exit_code == 1


def test_given_a_label_when_listed_then_the_queue_shows_the_users_intent_and_its_action() -> None:
    run("import", str(EXPORT))
    first = json.loads(run("list", "--json", "--status", "new", "--limit", "1").output)
    labelled = run("label", str(first["id"]), "known_contact")
    assert labelled.exit_code == 0 and "proposed: accept" in labelled.output
    shown = [json.loads(line) for line in run("list", "--json", "--status", "new").output.splitlines()]
    mine = next(item for item in shown if item["id"] == first["id"])
    assert (mine["intent"], mine["confidence"], mine["action"]) == ("known_contact", 1.0, "accept")
    assert mine["reasons"][0].startswith("you labelled this known_contact")


def test_given_labels_when_retrained_twice_then_the_second_run_is_skipped() -> None:
    run("import", str(EXPORT))
    first = json.loads(run("list", "--json", "--limit", "1").output)
    run("label", str(first["id"]), "peer_value")
    trained = run("retrain")
    assert trained.exit_code == 0 and "retrained on" in trained.output and "1 of your labels" in trained.output
    assert "skipped" in run("retrain").output


def test_given_a_label_when_retrain_status_and_reset_then_the_status_follows_and_classify_is_shipped_again(
    small_corpus: Path,
) -> None:
    """GIVEN a label WHEN `retrain --status`, `retrain`, `retrain --reset` THEN the status says pending, learnt,
    then shipped again; after the reset `classify` answers as the shipped model did."""
    run("import", str(EXPORT))
    first = json.loads(run("list", "--json", "--limit", "1").output)
    request = '{"id": "x", "headline": "Account Executive", "message": "Keen to connect and share insights"}\n'
    shipped = run("classify", "-", stdin=request).output
    run("label", str(first["id"]), "peer_value")
    before = run("retrain", "--status")
    assert before.exit_code == 0
    assert "your labels: 1" in before.output and "model: the shipped one" in before.output
    assert "a retrain would change the model" in before.output

    retrained = run("retrain").output
    assert "retrained on" in retrained
    # both models fit the corpus they learnt, and this label contradicts none of it: nothing moved
    assert "0 corpus examples of 66 now read differently" in retrained
    learnt = run("retrain", "--status").output
    assert "model: retrained" in learnt and "on 1 of your labels" in learnt and "0 labels added, 0 changed" in learnt
    assert "up to date" in learnt
    assert run("classify", "-", stdin=request).output != shipped  # the small corpus's model reads it otherwise

    reset = run("retrain", "--reset")
    assert reset.exit_code == 0 and "back to the shipped model" in reset.output
    after = run("retrain", "--status").output
    assert "model: the shipped one" in after and "your labels: 1" in after and "would change" in after
    assert run("classify", "-", stdin=request).output == shipped
    assert "already in use" in run("retrain", "--reset").output
    assert run("retrain", "--status", "--reset").exit_code == 2


def test_given_triaged_requests_when_exported_then_csv_of_profile_urls_with_formulas_neutralised() -> None:
    run("import", str(EXPORT))
    result = run("export", "--action", "ignore")
    lines = result.output.splitlines()
    assert lines[0] == "id,name,profile_url,intent,action,reply"
    assert len(lines) > 1 and all(",ignore," in line for line in lines[1:])


def test_given_a_bad_config_when_a_command_needs_the_policy_then_a_clear_error(user_home: Path) -> None:
    user_home.mkdir(parents=True, exist_ok=True)
    (user_home / "config.toml").write_text('[policy]\npreset = "paranoid"\n', encoding="utf-8")
    result = run("classify", "-", stdin='{"id": 1}\n')
    assert result.exit_code == 2 and "unknown preset 'paranoid'" in result.stderr


COMMANDS = sorted(command.name for command in app.registered_commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_documented_in_the_readme(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0 and "Usage" in result.output
    assert app.registered_commands[[c.name for c in app.registered_commands].index(command)].callback.__doc__
    assert f"linkscreen {command}" in (REPO / "README.md").read_text(encoding="utf-8")


def test_the_help_groups_commands_by_what_they_are_for_in_the_order_of_the_work() -> None:
    """GIVEN `linkscreen --help` THEN panels from bringing requests in to the web app, each command in its panel."""
    from linkscreen.cli.app import BRING_IN, LEARN, SCREEN, TOOLS, WEB

    output = run("--help").output
    starts = [output.index(panel) for panel in (BRING_IN, SCREEN, LEARN, TOOLS, WEB)]
    assert starts == sorted(starts)
    panel_of = {command: max(i for i, start in enumerate(starts) if start < output.index(f"│ {command} "))
                for command in ("import", "evidence", "triage", "decide", "retrain", "classify", "coach", "serve")}
    assert panel_of == {"import": 0, "evidence": 0, "triage": 1, "decide": 1, "retrain": 2, "classify": 3, "coach": 3,
                        "serve": 4}


MAILS = REPO / "examples" / "invitation-emails.mbox"


def test_given_an_edited_headline_when_the_e_mails_are_imported_again_then_the_edit_stays_and_shows_as_yours() -> None:
    """GIVEN the export and the e-mails WHEN a headline is edited and the e-mails re-imported THEN it stays."""
    run("import", str(EXPORT), str(MAILS))
    rows = [json.loads(line) for line in run("list", "--json").output.splitlines()]
    target = next(row for row in rows if row["sources"].get("headline") == "email")

    edited = run("edit", str(target["id"]), "--headline", "CIO at Example Ltd", "--mutual-connections", "5")
    again = run("import", str(MAILS))

    assert edited.exit_code == 0, edited.output
    assert f"request {target['id']}: headline: '{target['headline']}' -> 'CIO at Example Ltd'" in edited.output
    assert f"request {target['id']}: now " in edited.output and "proposed: " in edited.output  # judged again
    assert again.exit_code == 0 and len(rows) == 150
    after = next(json.loads(line) for line in run("list", "--json").output.splitlines()
                 if json.loads(line)["id"] == target["id"])
    assert after["headline"] == "CIO at Example Ltd" and after["mutual_connections"] == 5
    assert after["sources"]["headline"] == "user" and after["sources"]["name"] == "export"
    assert "edit" in run("history", str(target["id"])).output


def test_given_a_bad_edit_when_run_then_a_clear_error_and_nothing_changes() -> None:
    run("import", str(EXPORT))
    assert run("edit", "1").exit_code == 2
    missing = run("edit", "99999", "--headline", "x")
    assert missing.exit_code == 1 and "no request with id 99999" in missing.stderr
    blank = run("edit", "1", "--name", "   ")
    assert blank.exit_code == 1 and "name cannot be empty" in blank.stderr


def test_given_sender_text_and_file_names_that_look_like_markup_when_shown_then_printed_as_typed(
    tmp_path: Path,
) -> None:
    """GIVEN names with "[/]" and "[bold]", a file named with brackets (#7) WHEN imported, listed and their history
    shown THEN no crash and every text as typed."""
    path = tmp_path / "Invitations [final].jsonl"
    path.write_text(
        '{"id": "m3", "name": "Ann [/] Lee", "headline": "CTO [/x]", "sent_at": "2026-02-03T10:00:00Z"}\n'
        '{"id": "m1", "name": "[bold]Mark[/bold] Up", "sent_at": "2026-02-01T10:00:00Z"}\n', encoding="utf-8")
    imported = run("import", str(path))
    assert imported.exit_code == 0 and "Invitations [final].jsonl (jsonl)" in flat(imported.output)
    run("triage")
    listed = flat(run("list").output)
    assert "Ann [/] Lee: CTO [/x] [unknown -> " in listed and "[bold]Mark[/bold] Up: [unknown -> " in listed
    rows = {row["name"]: row["id"] for row in map(json.loads, run("list", "--json").output.splitlines())}
    for name, identifier in rows.items():
        run("decide", str(identifier), "ignore", "--note", "[red]why[/red] [/]")
        shown = run("history", str(identifier))
        assert shown.exit_code == 0, shown.output
        assert shown.output.startswith(f"{name} (request {identifier}, decided)")
        assert "[red]why[/red] [/]" in shown.output


@pytest.mark.parametrize(("url", "shown", "reason"), [
    ("sqlite:////no/such/folder/x.db", "sqlite:////no/such/folder/x.db", "unable to open database file"),
    ("foo://bar", "foo://bar", "sqlalchemy.dialects:foo"),
    ("not a url", "not a url", "Could not parse"),
    ("postgresql://someone:s3cret@127.0.0.1:1/x", "postgresql://someone:***@127.0.0.1:1/x", "127.0.0.1"),
])
def test_given_a_database_url_that_cannot_be_opened_when_a_command_runs_then_one_line_and_exit_1(
    url: str, shown: str, reason: str
) -> None:
    """GIVEN a bad or unreachable --db (#9) THEN `error: cannot open database URL: reason`, the password hidden."""
    result = run("--db", url, "stats")
    assert result.exit_code == 1 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: cannot open database {shown}: ") and reason in line and "s3cret" not in line


@pytest.mark.parametrize(("lines", "said"), [
    ('{"id": "1", "message": "hi", "intent": "sales_pitch"}\n{"id": "2", "intent": "not_a_label"}\n',
     "set.jsonl:2: unknown intent 'not_a_label'"),
    ('{"id": "1", "message": "hi", "intent": "sales_pitch"}\n\n{"id": "3", "message": "no label"}\n',
     'set.jsonl:3: no intent label: give "intent" or "label": {"intent": ...}'),
    ("", "set.jsonl: no labelled examples"),
    ("\n\n", "set.jsonl: no labelled examples"),
])
def test_given_a_labelled_file_with_a_bad_line_or_none_when_evaluated_then_file_line_error_and_exit_1(
    tmp_path: Path, lines: str, said: str
) -> None:
    """GIVEN an unknown or missing label, or an empty file (#8) WHEN `eval` THEN one error line, no traceback."""
    path = tmp_path / "set.jsonl"
    path.write_text(lines, encoding="utf-8")
    result = run("eval", str(path))
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert flat(result.stderr) == f"error: {tmp_path}/{said}"


def test_given_import_and_triage_when_run_then_no_leading_blank_line_and_counts_in_the_singular_for_one(
    tmp_path: Path,
) -> None:
    """#29: summaries start at their first line; "1 open request", not "1 open requests"."""
    path = tmp_path / "one.jsonl"
    path.write_text('{"id": "a", "name": "Ana Lima", "headline": "CIO"}\n', encoding="utf-8")
    imported = run("import", str(path))
    assert imported.stdout.startswith(f"{path} (jsonl)") and imported.stderr == ""
    triaged = run("triage")
    assert triaged.stdout.startswith("ACCEPT (") and triaged.stdout.rstrip().endswith("; 1 open request")
    again = run("triage", str(path))
    assert again.stdout.startswith(f"{path} (jsonl)") and "\n\nACCEPT (" in again.stdout


def test_given_a_path_longer_than_the_terminal_when_imported_then_it_is_printed_on_one_line(tmp_path: Path) -> None:
    """A long path (or URL, or file:line) is never broken by the console: it can be copied or grepped whole."""
    folder = tmp_path.joinpath(*["a-rather-long-folder-name"] * 6)
    folder.mkdir(parents=True)
    path = folder / "one.jsonl"
    path.write_text('{"id": "a", "name": "Ana Lima", "headline": "CIO"}\n', encoding="utf-8")
    assert len(str(path)) > 160
    imported = run("import", str(path))
    assert imported.stdout.splitlines()[0] == f"{path} (jsonl)"


def test_given_missing_or_empty_files_when_imported_then_the_path_said_once_and_an_empty_one_gets_a_note(
    tmp_path: Path,
) -> None:
    """#29 and #15: a missing file is named once (exit 1); an empty one says nothing was found (exit 0, as nothing
    was rejected)."""
    missing = run("import", str(tmp_path / "nonexist.csv"))
    assert missing.exit_code == 1
    assert flat(missing.stderr) == f"error: {tmp_path}/nonexist.csv: no such file or folder"
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    empty = run("import", str(tmp_path / "empty.jsonl"))
    assert empty.exit_code == 0 and "note: empty.jsonl: no invitations found: the file is empty" in flat(empty.stdout)


def test_given_a_retrain_that_moved_corpus_examples_when_printed_then_counted_and_the_first_quoted() -> None:
    """GIVEN a label that flipped seven corpus requests WHEN the retrain is printed THEN the count, five of them on
    one line each (from -> to: text, whitespace folded) and how to undo a label not meant."""
    from linkscreen import services
    from linkscreen.cli.challenge import print_corpus_changes
    from linkscreen.cli.output import console

    moved = [(f"Can I show you\na demo {n}?", "sales_pitch", "scam_or_fake") for n in range(7)]
    with console.capture() as captured:
        print_corpus_changes(services.RetrainReport(False, 1, 100, [], 7331, moved))
    lines = captured.get().splitlines()
    assert lines[0] == "7 corpus examples of 7,331 now read differently"
    assert lines[1:6] == [f"  sales_pitch -> scam_or_fake: Can I show you a demo {n}?" for n in range(5)]
    assert "2 more" in lines[6] and "retrain --reset" in lines[6]


def write_request(path: Path, headline: str) -> Path:
    """One request as JSON Lines: the same sender (profile URL) each time, with this headline."""
    record = {"id": "a", "name": "Ana Lima", "headline": headline, "sent_at": "2026-01-02T10:00:00Z",
              "profile_url": "https://www.linkedin.com/in/ana-lima"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_given_a_decided_request_whose_headline_changes_when_imported_then_list_shows_the_new_verdict_at_once(
    tmp_path: Path,
) -> None:
    """#11: GIVEN a triaged request the user ignored WHEN an import changes its headline THEN the import re-assesses
    the open queue (no `triage` needed): `list --json` and `export` judge the new headline, and why it is back in
    the queue comes first among its reasons."""
    first = run("import", str(write_request(tmp_path / "one.jsonl", "IT Manager at Polytechnic")))
    assert "re-assessed 1 open request" in first.stdout
    assert run("decide", "1", "ignore").exit_code == 0
    changed = run("import", str(write_request(tmp_path / "two.jsonl", "Account Executive at CloudCo")))
    assert changed.exit_code == 0 and "re-assessed 1 open request" in changed.stdout
    (row,) = [json.loads(line) for line in run("list", "--json").output.splitlines()]
    assert row["status"] == "new" and row["reasons"][0].startswith("back in the queue: headline: 'IT Manager")
    assert not any("polytechnic" in reason.lower() for reason in row["reasons"][1:])  # not the old verdict's
    exported = json.loads(run("export", "--json", "--action", row["action"]).output)
    assert exported["reasons"][0] == row["reasons"][0]
    unchanged = run("import", str(tmp_path / "two.jsonl"))
    assert "re-assessed" not in unchanged.stdout  # nothing stored changed: nothing to re-assess


def test_given_decisions_when_undone_from_the_cli_then_the_status_before_each_comes_back_from_the_history(
    tmp_path: Path,
) -> None:
    """#31: `decide ID --undo` replays the history as the API's undo does: accept then undo is new again; ask, ignore,
    undo is asked; an undo with no decision to undo, or decide with neither an action nor --undo, is an error."""
    run("import", str(write_request(tmp_path / "one.jsonl", "CIO at Example Ltd")))
    assert run("decide", "1", "accept").exit_code == 0
    undone = run("decide", "1", "--undo")
    assert undone.exit_code == 0 and "request 1: decision undone (now new)" in undone.stdout
    assert run("decide", "1", "ask").exit_code == 0 and run("decide", "1", "ignore").exit_code == 0
    assert "(now asked)" in run("decide", "1", "--undo").stdout
    again = run("decide", "1", "--undo")
    assert again.exit_code == 1 and "nothing to undo" in flat(again.stderr)
    history = [json.loads(line) for line in run("history", "1", "--json").output.splitlines()]
    assert [(h["what"], h["value"]) for h in history][-2:] == [("decision", "ignore"), ("undo", "ignore")]
    assert run("decide", "1").exit_code == 2 and run("decide", "1", "accept", "--undo").exit_code == 2
    assert run("decide", "99", "--undo").exit_code == 1


def test_given_a_terminal_when_triage_assesses_then_a_counter_on_stderr_and_stdout_as_without_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#26: while triage assesses, stderr (when it is a terminal) counts the requests assessed; stdout is the same
    as when stderr is a file, which shows nothing."""
    import io

    from rich.console import Console

    from linkscreen.cli import output

    path = tmp_path / "three.jsonl"
    path.write_text("".join(json.dumps({"id": n, "name": f"Ana Lima {n}", "headline": "CIO"}) + "\n"
                            for n in range(3)), encoding="utf-8")
    run("import", str(path))
    plain = run("triage")
    written = io.StringIO()
    monkeypatch.setattr(output, "errors", Console(file=written, force_terminal=True, width=80))

    shown = run("triage")

    assert plain.stderr == "" and "assessed 3 of 3 open requests" in written.getvalue()
    assert shown.exit_code == 0 and shown.stdout == plain.stdout and "; 3 open requests" in shown.stdout
