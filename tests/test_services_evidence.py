"""Evidence use cases: add and refresh sources, and decisions that follow the evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linkscreen import services
from linkscreen.adapters.evidence_settings import EvidenceSettings, SourceSetting
from linkscreen.adapters.storage import Store
from linkscreen.core.models import Invitation
from linkscreen.core.policy import Policy
from linkscreen.services.evidence import count_records

CARDS = """BEGIN:VCARD
VERSION:3.0
UID:card-1
FN:Sarah Lee
N:Lee;Sarah;;;
EMAIL;TYPE=WORK:sarah.lee@datacom.co.nz
ORG:Datacom
END:VCARD
BEGIN:VCARD
VERSION:3.0
UID:card-2
FN:Ravi Kumar
N:Kumar;Ravi;;;
EMAIL:ravi@fonterra.com
ORG:Fonterra
END:VCARD
"""


@pytest.fixture(scope="module")
def screener() -> services.Screener:
    return services.load_screener(Path("/nonexistent-home-for-tests"), policy=Policy())


@pytest.fixture
def cards(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.vcf"
    path.write_text(CARDS, encoding="utf-8")
    return path


def store_requests(store: Store, *invitations: Invitation) -> None:
    with store.importing("test", "jsonl") as writer:
        for invitation in invitations:
            writer.add(invitation)


def test_given_a_vcard_file_when_added_twice_then_indexed_once_under_its_default_name(
    sqlite_store: Store, cards: Path
) -> None:
    first = services.add_evidence(sqlite_store, "vcard", cards)
    again = services.add_evidence(sqlite_store, "vcard", cards)
    assert first.ok and first.source == "vcard:contacts.vcf" and first.summary.new == {"people": 2}
    assert again.summary.unchanged == {"people": 2} and not again.summary.new
    detail = services.show_evidence(sqlite_store, "vcard:contacts.vcf")
    assert detail is not None and {p.name for p in detail.people} == {"Sarah Lee", "Ravi Kumar"}


def test_given_a_source_when_added_then_progress_is_reported_as_records_are_read(
    sqlite_store: Store, cards: Path
) -> None:
    heard: list[int] = []
    result = services.add_evidence(sqlite_store, "vcard", cards, on_progress=heard.append)
    assert result.ok and heard == [2]


def test_given_many_records_when_counted_then_progress_every_so_often_and_at_the_end() -> None:
    heard: list[int] = []
    assert list(count_records(iter("abcde"), heard.append, every=2)) == list("abcde")
    assert heard == [2, 4, 5]
    assert list(count_records([], heard.append)) == [] and heard[-1] == 0
    assert list(count_records("ab", None)) == ["a", "b"]


def test_given_a_missing_file_or_unknown_kind_when_added_then_a_clear_failure(
    sqlite_store: Store, tmp_path: Path
) -> None:
    missing = services.add_evidence(sqlite_store, "vcard", tmp_path / "nope.vcf")
    assert not missing.ok and "no such file" in missing.failure
    assert "unknown evidence kind" in services.add_evidence(sqlite_store, "fax", tmp_path).failure
    assert services.list_evidence(sqlite_store) == []


def test_given_a_contact_when_they_send_an_empty_note_then_guarded_accepts_with_the_evidence(
    sqlite_store: Store, screener, cards: Path
) -> None:
    services.add_evidence(sqlite_store, "vcard", cards)
    store_requests(sqlite_store, Invitation(name="Sarah Lee", headline="Account Director at Datacom",
                                            profile_url="https://www.linkedin.com/in/sarahlee"))
    [triaged] = services.assess_queue(sqlite_store, screener)
    assert triaged.assessment.action == "accept"
    assert any("known: Sarah Lee is in your address book (Datacom)" in r for r in triaged.assessment.decision_reasons)
    [row] = services.describe_queue(sqlite_store)
    assert row["action"] == "accept" and any("address book" in reason for reason in row["reasons"])


@pytest.mark.parametrize("company", ["Oracle", "", "Fonterra"])
def test_given_a_namesake_stranger_when_triaged_then_never_accepted(
    sqlite_store: Store, screener, cards: Path, company: str
) -> None:
    services.add_evidence(sqlite_store, "vcard", cards)
    store_requests(sqlite_store, Invitation(name="Sarah Lee", headline="Account Director", company=company,
                                            profile_url="https://www.linkedin.com/in/other-sarah"))
    [triaged] = services.assess_queue(sqlite_store, screener)
    assert triaged.assessment.action != "accept"
    assert any("weak match only, not acted on" in r for r in triaged.assessment.decision_reasons)


def test_given_stored_evidence_when_classify_is_given_it_then_same_decision_as_the_queue(
    sqlite_store: Store, screener, cards: Path, tmp_path: Path
) -> None:
    services.add_evidence(sqlite_store, "vcard", cards)
    request = {"id": "r1", "name": "Ravi Kumar", "headline": "Plant Manager at Fonterra", "message": ""}
    database = str(tmp_path / "test.db")
    index = services.load_stored_evidence(database)
    [with_evidence] = services.classify_lines([json.dumps(request)], screener, evidence=index)
    [without] = services.classify_lines([json.dumps(request)], screener)
    assert with_evidence["action"] == "accept" and without["action"] != "accept"
    store_requests(sqlite_store, Invitation(name="Ravi Kumar", headline="Plant Manager at Fonterra"))
    [triaged] = services.assess_queue(sqlite_store, screener)
    assert triaged.assessment.action == with_evidence["action"]
    assert list(triaged.assessment.decision_reasons) == with_evidence["reasons"][len(triaged.assessment.reasons):]


def test_given_a_database_when_read_for_classify_then_it_is_not_written(
    sqlite_store: Store, cards: Path, tmp_path: Path
) -> None:
    services.add_evidence(sqlite_store, "vcard", cards)
    database = tmp_path / "test.db"
    before = database.stat().st_mtime_ns, database.read_bytes()
    services.load_stored_evidence(str(database))
    assert (database.stat().st_mtime_ns, database.read_bytes()) == before
    with pytest.raises(services.StoreError):
        services.load_stored_evidence(str(tmp_path / "missing.db"))


def test_given_sources_in_the_config_when_refreshed_then_each_is_read(sqlite_store: Store, cards: Path) -> None:
    settings = EvidenceSettings(sources=(SourceSetting("vcard", cards, "my contacts"),))
    [result] = services.refresh_evidence(sqlite_store, settings)
    assert result.ok and [s.name for s in services.list_evidence(sqlite_store)] == ["my contacts"]


def test_given_an_imap_source_in_the_config_when_read_then_its_url_is_kept_whole(tmp_path: Path) -> None:
    """#28: an IMAP source's path is a URL, not a file path ("imaps://" must not become "imaps:/")."""
    from linkscreen.adapters.evidence_settings import parse_evidence_settings

    settings = parse_evidence_settings(
        {"sources": [{"kind": "imap", "path": "imaps://me@mail.example.org/INBOX"},
                     {"kind": "vcard", "path": "~/c.vcf"}]},
        tmp_path / "config.toml",
    )
    assert [s.path for s in settings.sources] == ["imaps://me@mail.example.org/INBOX", Path("~/c.vcf").expanduser()]


def test_given_stored_sources_when_refreshed_then_config_ones_once_added_ones_reread_and_others_noted(
    sqlite_store: Store, cards: Path, tmp_path: Path
) -> None:
    """#28: GIVEN a source in config.toml (also stored), one added by hand, one uploaded on the web page and an IMAP
    one WHEN refreshed THEN the config's is read once, the added one again, the upload and the IMAP source (no
    password) are skipped with a note each, and the IMAP source asks `password_for` for its URL."""
    copy = tmp_path / "copy.vcf"
    copy.write_text(CARDS, encoding="utf-8")
    services.add_evidence(sqlite_store, "vcard", cards, "my contacts")
    services.add_evidence(sqlite_store, "vcard", copy)
    services.add_evidence(sqlite_store, "vcard", copy, "vcard:up.vcf", origin="upload:up.vcf")
    sqlite_store.save_evidence_source("imap:me@h/INBOX", "imap", "imaps://me@h/INBOX", [])
    settings = EvidenceSettings(sources=(SourceSetting("vcard", cards, "my contacts"),))
    asked: list[str] = []
    results = services.refresh_evidence(sqlite_store, settings, lambda url: asked.append(url) or "")
    assert [r.source for r in results] == ["my contacts", "imap:me@h/INBOX", "vcard:copy.vcf", "vcard:up.vcf"]
    assert all(r.ok for r in results) and asked == ["imaps://me@h/INBOX"]
    assert results[2].summary.unchanged == {"people": 2}
    assert [str(n) for n in results[1].summary.notes] == [
        "imaps://me@h/INBOX: needs its password, so not refreshed: set LINKSCREEN_IMAP_PASSWORD (or run "
        "`linkscreen evidence refresh` in a terminal, which asks for it)"]
    assert "upload it again" in str(results[3].summary.notes[0])
