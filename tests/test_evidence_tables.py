"""The evidence index in the database: snapshots that update in place, and one in-memory index."""

from __future__ import annotations

from datetime import UTC, date, datetime

from linkscreen.adapters.storage import Store
from linkscreen.core.evidence_records import Attendee, KnownPerson, Meeting
from linkscreen.core.models import Connection, Invitation, Message, OwnerProfile, Position, RowError
from linkscreen.core.evidence import find_evidence

JANE = KnownPerson("vcard:1", "contact", "Jane Doe", ("jane@datacom.co.nz",), company="Datacom", sent=1)
TOM = KnownPerson("vcard:2", "contact", "Tom Hēnare", ("tom@fonterra.com",), company="Fonterra", sent=1)
QBR = Meeting("ics:qbr", "Datacom QBR", datetime(2024, 5, 2, 9, tzinfo=UTC), "Auckland",
              (Attendee("Jane Doe", "jane@datacom.co.nz", True),))


def test_given_a_source_when_added_twice_then_it_is_updated_never_duplicated(store: Store) -> None:
    first = store.save_evidence_source("vcard:contacts.vcf", "vcard", "/c.vcf", [JANE, TOM, QBR])
    assert first.new == {"people": 2, "meetings": 1}
    moved = KnownPerson("vcard:1", "contact", "Jane Doe", ("jane@spark.co.nz",), company="Spark", sent=1)
    second = store.save_evidence_source("vcard:contacts.vcf", "vcard", "/c.vcf", [moved, QBR])
    assert second.updated == {"people": 1} and second.removed == {"people": 1} and second.unchanged == {"meetings": 1}
    [source] = store.list_evidence_sources()
    assert (source.name, source.people, source.meetings) == ("vcard:contacts.vcf", 1, 1)
    [person] = store.read_evidence_people("vcard:contacts.vcf")
    assert person.company == "Spark" and person.emails == ("jane@spark.co.nz",)



def test_given_a_source_kept_elsewhere_when_saved_with_what_it_holds_then_listed_with_it(store: Store) -> None:
    """#13: a LinkedIn export's source holds no people of its own: what it holds is kept with it, and a refresh
    replaces it."""
    store.save_evidence_source("linkedin:x.zip", "linkedin", "/x.zip", [], holds={"connections": 295, "messages": 9})
    store.save_evidence_source("linkedin:x.zip", "linkedin", "/x.zip", [], holds={"connections": 296, "messages": 9})
    [source] = store.list_evidence_sources()
    assert (source.people, source.summary["holds"]) == (0, {"connections": 296, "messages": 9})

def test_given_rejected_records_when_saved_then_reported_and_the_rest_stored(store: Store) -> None:
    summary = store.save_evidence_source("s", "vcard", "/c.vcf", [JANE, RowError("c.vcf", 12, "bad card")])
    assert [str(e) for e in summary.errors] == ["c.vcf:12: bad card"] and summary.new == {"people": 1}


def test_given_a_failure_mid_way_when_saving_then_nothing_lands(store: Store) -> None:
    def records():
        yield JANE
        raise OSError("disk went away")

    try:
        store.save_evidence_source("s", "vcard", "/c.vcf", records())
    except OSError:
        pass
    assert store.list_evidence_sources() == []


def test_given_sources_connections_positions_and_messages_when_loaded_then_one_index_finds_them(store: Store) -> None:
    url = "https://www.linkedin.com/in/ana-lima"
    with store.importing("export", "linkedin") as writer:
        writer.add(OwnerProfile(first_name="Me", last_name="Myself", profile_url="https://www.linkedin.com/in/me"))
        writer.add(Connection(first_name="Wiremu", last_name="Tane", profile_url="https://www.linkedin.com/in/wiremu",
                              company="Spark", connected_on=date(2021, 3, 4)))
        writer.add(Position(company="Datacom", title="IT Manager", started_on=date(2019, 1, 1)))
        writer.add(Message(conversation_id="c1", sender_name="Me Myself",
                           sender_profile_url="https://www.linkedin.com/in/me",
                           recipient_profile_urls=url, sent_at=datetime(2024, 1, 3, tzinfo=UTC), content="hi"))
    store.save_evidence_source("vcard:c", "vcard", "/c.vcf", [JANE, TOM, QBR])
    index = store.load_evidence_index()
    assert find_evidence(index, Invitation(name="Jane Doe", headline="CTO at Datacom"))[0].strength == "medium"
    assert find_evidence(index, Invitation(name="Tom Henare", company="Fonterra"))[0].is_known
    assert "already a LinkedIn connection" in find_evidence(
        index, Invitation(name="Wiremu Tane", profile_url="https://www.linkedin.com/in/wiremu")
    )[0].summary
    assert "you wrote to them once" in find_evidence(index, Invitation(name="Ana Lima", profile_url=url))[0].summary
    assert [m.title for m in index.meetings] == ["Datacom QBR"] and index.meetings[0].attendees[0].is_organiser


def test_given_a_loaded_index_when_nothing_changed_then_it_is_reused_and_a_new_source_refreshes_it(
    sqlite_store: Store
) -> None:
    first = sqlite_store.load_evidence_index()
    assert sqlite_store.load_evidence_index() is first
    sqlite_store.save_evidence_source("s", "vcard", "/c.vcf", [JANE])
    assert sqlite_store.load_evidence_index() is not first


def test_given_a_source_when_removed_then_its_people_are_gone(store: Store) -> None:
    store.save_evidence_source("s", "vcard", "/c.vcf", [JANE, QBR])
    assert store.remove_evidence_source("s") and not store.remove_evidence_source("s")
    assert store.list_evidence_sources() == [] and store.load_evidence_index().people == []
