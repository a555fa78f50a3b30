"""`linkscreen evidence ...` and `classify --evidence` through Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from linkscreen.cli import app

runner = CliRunner()
EXPORT = Path(__file__).resolve().parent.parent / "examples" / "linkedin-export.zip"
CARD = """BEGIN:VCARD
VERSION:4.0
UID:urn:uuid:1
FN:Aroha Ngata
EMAIL:aroha@kiwibank.co.nz
ORG:Kiwibank
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Broken
EMAIL;TYPE=work aroha-no-colon
END:VCARD
"""


def run(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin)


def write_cards(tmp_path: Path) -> Path:
    path = tmp_path / "people.vcf"
    path.write_text(CARD, encoding="utf-8")
    return path


def test_given_a_vcard_with_a_bad_card_when_added_then_the_good_one_is_indexed_and_the_bad_reported(
    tmp_path: Path
) -> None:
    result = run("evidence", "add", "vcard", str(write_cards(tmp_path)))
    assert result.exit_code == 1
    assert "people: 1 new" in result.output and "people.vcf:" in result.output
    listed = [json.loads(line) for line in run("evidence", "list", "--json").output.splitlines()]
    assert [(s["name"], s["people"]) for s in listed] == [("vcard:people.vcf", 1)]
    shown = run("evidence", "show", "vcard:people.vcf")
    assert shown.exit_code == 0 and "Aroha Ngata (Kiwibank) <aroha@kiwibank.co.nz>" in shown.output


def test_given_an_unknown_kind_or_source_when_used_then_clear_errors(tmp_path: Path) -> None:
    assert run("evidence", "add", "fax", str(tmp_path)).exit_code == 2
    missing = run("evidence", "show", "nothing")
    assert missing.exit_code == 1 and "no evidence source named 'nothing'" in missing.output
    assert run("evidence", "remove", "nothing").exit_code == 1


def test_given_stored_evidence_when_classify_uses_it_then_the_contact_is_accepted(
    tmp_path: Path, user_home: Path
) -> None:
    run("evidence", "add", "vcard", str(write_cards(tmp_path)), "--name", "phone")
    request = json.dumps({"id": 1, "name": "Aroha Ngata", "headline": "Product Owner at Kiwibank"})
    database = str(user_home / "linkscreen.db")
    with_evidence = run("classify", "--evidence", database, stdin=request + "\n")
    plain = run("classify", stdin=request + "\n")
    assert json.loads(with_evidence.stdout)["action"] == "accept"
    assert json.loads(plain.stdout)["action"] != "accept"
    bad = run("classify", "--evidence", str(tmp_path / "none.db"), stdin=request + "\n")
    assert bad.exit_code == 2 and "no such database file" in bad.output


def test_given_a_source_when_removed_then_it_is_no_longer_listed(tmp_path: Path) -> None:
    run("evidence", "add", "vcard", str(write_cards(tmp_path)), "--name", "phone")
    assert run("evidence", "remove", "phone").exit_code == 0
    assert "no evidence yet" in run("evidence", "list").output


def test_given_the_example_export_and_evidence_when_triaged_then_contacts_accepted_and_the_namesake_not() -> None:
    """The README's quick start, step by step: a contact with an empty note is accepted on address-book evidence,
    the contact's namesake at another company is only a weak match, and a meeting attendee is shown."""
    repo = Path(__file__).resolve().parent.parent / "examples"
    assert run("triage", str(repo / "linkedin-export.zip")).exit_code == 0
    assert run("evidence", "add", "vcard", str(repo / "evidence" / "contacts.vcf")).exit_code == 0
    assert run("evidence", "add", "ics", str(repo / "evidence" / "calendar.ics")).exit_code == 0
    run("triage")
    rows = {row["name"]: row for row in map(json.loads, run("list", "--json").stdout.splitlines())}
    eleni, emma, rangi = rows["Eleni Oliveira"], rows["Emma MacDonald"], rows["Rangi Dlamini"]
    assert eleni["action"] == "accept" and any(
        r.startswith("known: Eleni Oliveira is in your address book") for r in eleni["reasons"]
    )
    assert emma["action"] != "accept" and any("weak match only" in r for r in emma["reasons"])
    assert any("'Tōtara Polytechnic ERP steering group' 2025-03-12" in r for r in rangi["reasons"])


def test_given_no_sources_in_the_config_when_refreshed_then_the_message_names_the_table_as_written() -> None:
    """#7: "[[evidence.sources]]" is printed as typed, not eaten as markup."""
    result = run("evidence", "refresh")
    assert result.exit_code == 0
    assert "none added, no [[evidence.sources]] in config.toml): nothing to refresh" in " ".join(result.output.split())


def test_given_an_unknown_kind_or_a_missing_file_when_added_then_lower_case_choices_and_the_path_named_once(
    tmp_path: Path,
) -> None:
    """#29: "; one of: ..." (a usage error: exit status 2, as for any bad choice); a missing file named once."""
    unknown = run("evidence", "add", "[b]fax", str(tmp_path))
    assert unknown.exit_code == 2
    assert " ".join(unknown.stderr.split()).startswith("error: unknown kind '[b]fax'; one of: linkedin, vcard, ")
    missing = run("evidence", "add", "vcard", str(tmp_path / "nonexist.vcf"))
    assert missing.exit_code == 1
    assert " ".join(missing.stderr.split()) == f"error: {tmp_path}/nonexist.vcf: no such file or folder"


def test_given_one_person_when_listed_then_the_counts_read_in_the_singular(tmp_path: Path) -> None:
    run("evidence", "add", "vcard", str(write_cards(tmp_path)))
    assert "vcard:people.vcf  (vcard)  1 person, 0 meetings, updated " in run("evidence", "list").output


def test_given_a_source_added_by_a_relative_path_when_listed_then_its_absolute_path_and_when_it_was_added(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#28: the path is stored absolute (refresh finds it from any folder); `list --json` has `added_at`."""
    write_cards(tmp_path)
    monkeypatch.chdir(tmp_path)
    run("evidence", "add", "vcard", "people.vcf")
    (listed,) = [json.loads(line) for line in run("evidence", "list", "--json").output.splitlines()]
    assert listed["path"] == str(tmp_path / "people.vcf")
    assert listed["added_at"] and listed["added_at"] <= listed["updated_at"]


def test_given_added_sources_when_refreshed_then_each_is_read_again_and_one_gone_or_without_password_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#28: GIVEN two vCards added with `evidence add` (none in config.toml) and an IMAP source WHEN one card file
    gains a card and the other file is deleted THEN refresh re-reads the first (1 new), skips the deleted one with a
    note naming how to re-add it, skips IMAP with a note on its password (none set), and exits 0."""
    from linkscreen import services

    cards = write_cards(tmp_path)
    other = tmp_path / "other.vcf"
    other.write_text(CARD.split("BEGIN:VCARD\nVERSION:4.0\nFN:Broken")[0], encoding="utf-8")
    run("evidence", "add", "vcard", str(cards))
    run("evidence", "add", "vcard", str(other))
    store = services.open_store()
    store.save_evidence_source("imap:me@mail.example.org/INBOX", "imap", "imaps://me@mail.example.org/INBOX", [])
    store.close()
    cards.write_text(CARD + "BEGIN:VCARD\nVERSION:4.0\nFN:Tane Mahuta\nEMAIL:tane@example.org\nEND:VCARD\n",
                     encoding="utf-8")
    other.unlink()
    monkeypatch.delenv("LINKSCREEN_IMAP_PASSWORD", raising=False)
    result = run("evidence", "refresh")
    said = " ".join(result.output.split())
    assert result.exit_code == 1  # people.vcf's broken card is still reported, as at `add`
    assert "vcard:people.vcf (vcard) people: 1 new, 0 updated, 1 unchanged" in said
    assert f"note: {other}: gone, so not refreshed: `linkscreen evidence add vcard NEW_PATH --name vcard:other.vcf`" \
        in said
    assert "imaps://me@mail.example.org/INBOX: needs its password, so not refreshed: set LINKSCREEN_IMAP_PASSWORD" \
        in said
    people = {s["name"]: s["people"] for s in map(json.loads, run("evidence", "list", "--json").output.splitlines())}
    assert people == {"vcard:people.vcf": 2, "vcard:other.vcf": 1, "imap:me@mail.example.org/INBOX": 0}


def test_given_the_linkedin_export_when_added_as_evidence_then_listed_with_what_it_holds_and_its_requests_queued(
) -> None:
    """#13: not "0 people, 0 meetings": the export's connections, messages, positions and invitations; its requests
    are in the queue, already assessed."""
    added = run("evidence", "add", "linkedin", str(EXPORT))
    assert added.exit_code == 0 and "re-assessed 150 open requests" in added.stdout
    listed = " ".join(run("evidence", "list").output.split())
    assert "linkedin:linkedin-export.zip (linkedin) 295 connections, 199 messages, 5 positions, 170 invitations" \
        in listed
    (source,) = [json.loads(line) for line in run("evidence", "list", "--json").output.splitlines()]
    assert source["holds"] == {"connections": 295, "messages": 199, "positions": 5, "invitations": 170}
    assert "295 connections" in run("evidence", "show", "linkedin:linkedin-export.zip").output
    rows = [json.loads(line) for line in run("list", "--json").output.splitlines()]
    assert len(rows) == 150 and all("action" in row for row in rows)
