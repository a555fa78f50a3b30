"""The Store on SQLite and on a real PostgreSQL server: upserts by natural key, one transaction per import."""

from __future__ import annotations

import importlib.util
from datetime import UTC, date, datetime, timedelta

import pytest

from linkscreen.adapters.storage import Store
from linkscreen.core.models import (
    Connection,
    FileNote,
    HiddenConnection,
    Invitation,
    Message,
    OwnerProfile,
    Position,
    RowError,
)
from linkscreen.core.taxonomy import Direction


def make_invitations(count: int, note: str = "") -> list[Invitation]:
    return [
        Invitation(
            name=f"Sender Ñame {i}",
            message=note,
            sent_at=datetime(2026, 1, 1 + i % 28, 9, 30, tzinfo=UTC),
            profile_url=f"https://www.linkedin.com/in/sender-{i}",
            source="linkedin-export",
        )
        for i in range(count)
    ]


def import_items(store: Store, items: list) -> object:
    with store.importing("test", "linkedin-export") as writer:
        for item in items:
            writer.add(item)
    return writer.summary


def test_given_new_records_when_imported_then_counted_new_and_listed_newest_first(store: Store) -> None:
    summary = import_items(store, make_invitations(5))

    assert summary.new == {"invitations": 5}
    listed = store.list_invitations()
    assert [s.invitation.name for s in listed][:2] == ["Sender Ñame 4", "Sender Ñame 3"]
    assert all(s.status == "new" for s in listed)
    assert listed[0].invitation.sent_at == datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def test_given_same_import_twice_when_reimported_then_nothing_duplicates(store: Store) -> None:
    items = make_invitations(3000) + [
        Connection("Aroha", "Ngata", "https://nz.linkedin.com/in/aroha/", connected_on=date(2026, 2, 8))
    ]
    import_items(store, items)

    again = import_items(store, items)

    assert again.new == {}
    assert again.unchanged == {"invitations": 3000, "connections": 1}
    assert store.read_stats().incoming == 3000
    assert store.read_stats().connections == 1


def test_given_a_richer_source_when_imported_then_gaps_fill_and_nothing_is_blanked(store: Store) -> None:
    bare = Invitation(name="Li Wei", profile_url="https://www.linkedin.com/in/liwei", message="")
    import_items(store, [bare])
    rich = Invitation(name="Li Wei", profile_url="https://www.linkedin.com/in/liwei", headline="CTO at Kiwi Freight")

    summary = import_items(store, [rich])
    poorer = import_items(store, [bare])

    assert summary.updated == {"invitations": 1}
    assert poorer.unchanged == {"invitations": 1}
    assert store.list_invitations()[0].invitation.headline == "CTO at Kiwi Freight"


def test_given_urls_differing_only_in_form_when_imported_then_one_record(store: Store) -> None:
    summary = import_items(
        store,
        [
            Invitation(name="A", profile_url="https://nz.linkedin.com/in/aroha/?trk=x"),
            Invitation(name="A", profile_url="http://www.linkedin.com/in/aroha"),
        ],
    )

    assert summary.new == {"invitations": 1}
    assert store.list_invitations()[0].invitation.profile_url == "https://www.linkedin.com/in/aroha"


def test_given_an_error_mid_import_when_it_raises_then_the_database_is_unchanged(store: Store) -> None:
    import_items(store, make_invitations(2))

    with pytest.raises(RuntimeError):
        with store.importing("test", "jsonl") as writer:
            for item in make_invitations(4500)[2:]:
                writer.add(item)
            raise RuntimeError("killed half-way")

    assert store.read_stats().incoming == 2
    assert store.read_stats().imports == 1


def test_given_errors_notes_and_hidden_rows_when_imported_then_reported_not_stored(store: Store) -> None:
    summary = import_items(
        store,
        [
            RowError("Invitations.csv", 7, "unparseable date 'yesterday'"),
            FileNote("Connections.csv", "decoded as cp1252"),
            HiddenConnection(date(2026, 1, 1)),
            HiddenConnection(None),
        ],
    )

    assert [str(e) for e in summary.errors] == ["Invitations.csv:7: unparseable date 'yesterday'"]
    assert summary.rejected == 1
    assert str(summary.notes[0]) == "Connections.csv: decoded as cp1252"
    assert store.read_stats().hidden_connections == 2
    assert store.read_stats().connections == 0



def test_given_hidden_profiles_in_several_exports_when_imported_then_they_add_up_and_a_repeat_counts_once(
    store: Store,
) -> None:
    """#12: GIVEN an export with 3 hidden profiles (two connected one day, one another) WHEN it is imported twice,
    then another export with 1 on a new day and 1 on a day already counted THEN the stored count describes the
    connections: 3, still 3, then 4 (per day, the most any one export listed), while each import says its own."""
    first = [HiddenConnection(date(2025, 3, 1)), HiddenConnection(date(2025, 3, 1)), HiddenConnection(date(2025, 4, 2))]
    assert import_items(store, first).hidden_connections == 3
    assert store.read_stats().hidden_connections == 3
    import_items(store, first)
    assert store.read_stats().hidden_connections == 3
    other = import_items(store, [HiddenConnection(date(2026, 1, 9)), HiddenConnection(date(2025, 3, 1))])
    assert other.hidden_connections == 2
    assert store.read_stats().hidden_connections == 4

def test_given_messages_positions_and_owner_when_imported_then_each_kind_is_counted(store: Store) -> None:
    items = [
        Message("c1", "Ana Souza", datetime(2025, 6, 1, 14, 3, 22, tzinfo=UTC), "=HYPERLINK(\"x\")"),
        Message("c2", "Ad", None, "<p>offer</p>", is_sponsored=True),
        Position("Datacom", "IT Manager", started_on=date(2019, 3, 1)),
        OwnerProfile(first_name="Michael", headline="IT Manager"),
        OwnerProfile(profile_url="https://www.linkedin.com/in/me"),
    ]

    summary = import_items(store, items)
    stats = store.read_stats()

    assert summary.new == {"messages": 2, "positions": 1}
    assert (stats.messages, stats.sponsored_messages, stats.positions) == (2, 1, 1)


def test_given_outgoing_invitations_when_listed_by_direction_then_kept_apart(store: Store) -> None:
    import_items(store, [
        Invitation(name="Them", direction=Direction.OUTGOING, profile_url="https://www.linkedin.com/in/them")
    ])

    assert store.list_invitations() == []
    assert store.list_invitations(direction="OUTGOING")[0].invitation.name == "Them"
    assert store.read_stats().outgoing == 1


def test_given_a_status_filter_when_listing_then_only_matching_rows(store: Store) -> None:
    import_items(store, make_invitations(3))

    assert len(store.list_invitations(statuses=["new"])) == 3
    assert store.list_invitations(statuses=["asked"]) == []
    assert len(store.list_invitations(limit=2, offset=2)) == 1


def test_given_many_messages_with_repeats_when_imported_twice_then_each_is_stored_once(store: Store) -> None:
    messages = [
        Message(f"c{i % 2500}", "Ana Souza", datetime(2025, 6, 1, 14, (i % 2500) % 60, tzinfo=UTC), f"hello {i % 2500}")
        for i in range(5000)
    ]
    first = import_items(store, messages)
    again = import_items(store, messages)

    assert first.new == {"messages": 2500} and first.unchanged == {"messages": 2500}
    assert again.new == {} and again.unchanged == {"messages": 5000}
    assert store.read_stats().messages == 2500


URL = "https://www.linkedin.com/in/aroha-ngata"
SENT = datetime(2026, 1, 20, 9, 30, tzinfo=UTC)


def exported(name: str = "Aroha Ngata", url: str = URL, sent_at: datetime = SENT) -> Invitation:
    return Invitation(name=name, sent_at=sent_at, profile_url=url, message="Hi Kiri", source="linkedin-export")


def pasted(name: str = "Aroha Ngata", headline: str = "Head of Talent at Kowhai", days: int = 3, **extra) -> Invitation:
    return Invitation(name=name, headline=headline, company=headline.rpartition(" at ")[2], mutual_connections=12,
                      sent_at=SENT.replace(hour=0, minute=0) - timedelta(days=days), source="pasted", **extra)


def test_given_a_pasted_card_without_url_when_imported_after_the_export_then_it_fills_the_same_request(
    store: Store
) -> None:
    import_items(store, [exported()])

    summary = import_items(store, [pasted(name="  aroha  NGATA ")])

    assert summary.updated == {"invitations": 1} and not summary.new
    (stored,) = store.list_invitations()
    assert stored.invitation.headline == "Head of Talent at Kowhai" and stored.invitation.mutual_connections == 12
    assert stored.invitation.sent_at == SENT and stored.invitation.name == "Aroha Ngata"
    assert store.read_field_sources([stored.id]) == {
        stored.id: {"headline": ("paste", False), "company": ("paste", False), "mutual_connections": ("paste", False)}}


def test_given_the_page_first_when_the_export_comes_then_one_request_keyed_by_its_url_from_then_on(
    store: Store
) -> None:
    import_items(store, [pasted()])

    merged = import_items(store, [exported()])
    again = import_items(store, [exported()])

    assert merged.updated == {"invitations": 1} and again.unchanged == {"invitations": 1}
    (stored,) = store.list_invitations()
    assert stored.invitation.profile_url == URL and stored.invitation.sent_at == SENT
    assert stored.invitation.headline == "Head of Talent at Kowhai"


def test_given_two_different_urls_or_distant_times_when_names_match_then_never_merged(store: Store) -> None:
    import_items(store, [exported()])

    import_items(store, [exported(url="https://www.linkedin.com/in/another-aroha")])
    import_items(store, [pasted(days=30)])

    assert len(store.list_invitations()) == 3


def test_given_two_stored_requests_it_could_be_when_a_card_comes_then_kept_separate_with_a_note(store: Store) -> None:
    import_items(store, [
        exported(), exported(url="https://www.linkedin.com/in/aroha-2", sent_at=SENT - timedelta(days=2))
    ])

    summary = import_items(store, [pasted()])

    assert summary.new == {"invitations": 1}
    assert any("2 stored requests could be this one" in str(note) for note in summary.notes)
    assert sorted(s.invitation.headline for s in store.list_invitations()) == ["", "", "Head of Talent at Kowhai"]


def test_given_two_cards_of_one_name_in_one_import_when_merging_then_only_one_joins_the_request(store: Store) -> None:
    import_items(store, [exported()])

    summary = import_items(store, [pasted(), pasted(headline="Nurse at Capital Coast", days=4)])

    assert summary.updated == {"invitations": 1} and summary.new == {"invitations": 1}
    assert any("two requests of this name in one import" in str(note) for note in summary.notes)


def test_given_a_card_with_a_link_and_one_without_in_one_import_then_one_request(store: Store) -> None:
    summary = import_items(store, [pasted(profile_url=URL), pasted(headline="")])

    assert summary.new == {"invitations": 1} and summary.unchanged == {"invitations": 1}
    assert len(store.list_invitations()) == 1


def test_given_a_changed_headline_when_imported_then_recorded_and_a_decided_request_resurfaces(store: Store) -> None:
    from linkscreen.core.models import HistoryEvent

    import_items(store, [pasted(profile_url=URL)])
    (stored,) = store.list_invitations()
    store.change_status(stored.id, "decided")
    store.record_event(HistoryEvent(stored.id, "decision", "accept", "user", (), SENT))
    assert store.find_remembered_decisions([URL]) == {URL: "accept"}

    summary = import_items(store, [pasted(profile_url=URL, headline="Sales Director at Tui Software")])

    after = store.get_invitation(stored.id)
    assert after.status == "new" and after.invitation.company == "Tui Software"
    events = [(e.kind, e.value, e.actor, e.reasons) for e in store.list_events(stored.id)][1:]
    change = "headline: 'Head of Talent at Kowhai' -> 'Sales Director at Tui Software'"
    assert events[0] == ("changed", "headline", "import", (change,))
    assert events[1][:3] == ("changed", "company", "import")
    assert events[2] == ("resurfaced", "new", "import", (change, "company: 'Kowhai' -> 'Tui Software'",
                                                         "you chose accept before"))
    assert store.read_resurfaced([stored.id])[stored.id][0] == change
    assert store.find_remembered_decisions([URL]) == {}
    assert any("back in the queue" in str(note) for note in summary.notes)
    store.record_event(HistoryEvent(stored.id, "decision", "ignore", "user", (), datetime.now(UTC)))
    assert store.read_resurfaced([stored.id]) == {}


def test_given_a_field_the_user_edited_when_a_later_import_differs_then_the_edit_stays(store: Store) -> None:
    import_items(store, [exported()])
    (stored,) = store.list_invitations()

    changes = store.save_user_edit(stored.id, {"headline": "CIO at Example Ltd", "name": "Aroha Ngata-Smith"}, SENT)
    summary = import_items(store, [exported(), pasted(name="Aroha Ngata-Smith", headline="Intern at Nowhere")])

    assert [c.field for c in changes] == ["headline", "name"]
    after = store.get_invitation(stored.id).invitation
    assert after.headline == "CIO at Example Ltd" and after.name == "Aroha Ngata-Smith" and after.company == "Nowhere"
    assert store.read_field_sources([stored.id])[stored.id]["headline"] == ("user", True)
    assert not summary.new and [e.kind for e in store.list_events(stored.id)] == ["edit", "edit"]
    assert store.save_user_edit(999, {"headline": "x"}, SENT) is None


def test_given_labels_relabels_and_other_events_when_latest_labels_read_then_the_users_latest_per_id(
    store: Store,
) -> None:
    """GIVEN three requests: one labelled twice, one labelled by the import, one by the user after a decision
    WHEN their latest labels are read (a short and a long list of ids) THEN the user's latest label of each, only."""
    from linkscreen.core.models import HistoryEvent

    import_items(store, make_invitations(3))
    first, second, third = sorted(s.id for s in store.list_invitations())
    at = datetime(2026, 3, 1, tzinfo=UTC)
    store.record_event(HistoryEvent(first, "label", "sales_pitch", "user", (), at))
    store.record_event(HistoryEvent(first, "label", "known_contact", "user", (), at + timedelta(hours=1)))
    store.record_event(HistoryEvent(second, "label", "job_seeker", "import", (), at))
    store.record_event(HistoryEvent(third, "decision", "ignore", "user", (), at))
    store.record_event(HistoryEvent(third, "label", "open_networker", "user", (), at + timedelta(minutes=1)))

    assert store.read_latest_labels([first, second, third]) == {first: "known_contact", third: "open_networker"}
    assert store.read_latest_labels([second, third]) == {third: "open_networker"}
    assert store.read_latest_labels([*range(third + 1, third + 1500), first]) == {first: "known_contact"}
    assert store.read_latest_labels([]) == {}


@pytest.mark.parametrize(("url", "shown", "reason"), [
    ("sqlite:////no/such/folder/x.db", "sqlite:////no/such/folder/x.db", "unable to open database file"),
    ("foo://bar", "foo://bar", "Can't load plugin"),
    ("postgresql+nodriver://me:pw@host/db", "postgresql+nodriver://me:***@host/db", "Can't load plugin"),
    pytest.param("mysql+mysqldb://me:pw@127.0.0.1:1/db", "mysql+mysqldb://me:***@127.0.0.1:1/db",
                 "driver is not installed", marks=pytest.mark.skipif(
                     importlib.util.find_spec("MySQLdb") is not None, reason="the MySQL driver is installed here")),
    ("nonsense", "nonsense", "Could not parse"),
])
def test_given_a_database_that_cannot_be_opened_when_opened_then_a_store_error_without_the_password(
    url: str, shown: str, reason: str
) -> None:
    """GIVEN a bad URL, a missing driver or an unreachable file (#9) THEN StoreError "cannot open database URL:
    reason" on one line, the password hidden."""
    from linkscreen.adapters.storage import StoreError

    with pytest.raises(StoreError) as caught:
        Store.open(url)
    message = str(caught.value)
    assert message.startswith(f"cannot open database {shown}: ") and reason in message
    assert "\n" not in message and ":pw@" not in message


def test_given_requests_in_several_statuses_when_ids_listed_and_read_back_then_newest_first_as_listed(
    store: Store,
) -> None:
    """GIVEN 40 requests, some asked or decided WHEN their ids are listed THEN in `list_invitations` order (status
    filter and limit too); WHEN read back by id THEN in the order asked, without unknown ids or other statuses."""
    import_items(store, make_invitations(40))
    listed = store.list_invitations()
    for item in listed[::7]:
        store.change_status(item.id, "asked")
    store.change_status(listed[3].id, "decided")
    open_ones = store.list_invitations(statuses=["new", "asked"])

    assert store.list_invitation_ids() == [s.id for s in listed]
    assert store.list_invitation_ids(statuses=["new", "asked"]) == [s.id for s in open_ones]
    assert store.list_invitation_ids(statuses=["asked"], limit=3) == [
        s.id for s in store.list_invitations(statuses=["asked"], limit=3)]
    wanted = [listed[5].id, listed[3].id, 99999, listed[0].id]
    assert store.read_invitations(wanted) == [store.get_invitation(i) for i in (listed[5].id, listed[3].id,
                                                                               listed[0].id)]
    assert [s.id for s in store.read_invitations(wanted, ["new", "asked"])] == [listed[5].id, listed[0].id]


def test_given_more_assessments_than_one_query_lists_when_saved_and_read_then_all_and_a_failed_save_is_whole(
    store: Store,
) -> None:
    """GIVEN 2,500 requests (more ids than one query sends) WHEN their assessments are saved and read THEN all come
    back; WHEN a save fails part-way (an assessment of no request) THEN none of that save is stored, and the
    assessments it would have replaced are still there."""
    from sqlalchemy.exc import IntegrityError

    from linkscreen.core.models import StoredAssessment

    import_items(store, make_invitations(2500))
    ids = store.list_invitation_ids()

    def assess(invitation_id: int, action: str) -> StoredAssessment:
        return StoredAssessment(invitation_id, "peer_value", 0.5, ("why",), action, ("rule",), None, "m", "k")

    store.save_assessments([assess(i, "accept") for i in ids], SENT)
    assert store.read_assessments(ids) == {i: assess(i, "accept") for i in ids}
    with pytest.raises(IntegrityError):
        store.save_assessments([assess(i, "ignore") for i in ids[:1500]] + [assess(max(ids) + 1, "ignore")], SENT)
    assert {a.action for a in store.read_assessments(ids).values()} == {"accept"}
    store.save_assessments([assess(ids[0], "ask")], SENT)
    assert store.read_assessments(ids[:2]) == {ids[0]: assess(ids[0], "ask"), ids[1]: assess(ids[1], "accept")}


def test_given_replies_when_the_latest_of_each_request_is_read_then_the_last_of_list_replies(store: Store) -> None:
    from linkscreen.core.models import StoredReply

    import_items(store, make_invitations(3))
    first, second, third = store.list_invitation_ids()
    for number, (invitation_id, day) in enumerate([(first, 3), (first, 1), (second, 2), (first, 2)]):
        reply = StoredReply(invitation_id, f"reply {number}", datetime(2026, 2, day, tzinfo=UTC), "user",
                            "context_given", 0.9, ("why",))
        store.save_reply(reply, f"key-{number}")

    latest = store.read_latest_replies([first, second, third])

    assert latest == {first: store.list_replies(first)[-1], second: store.list_replies(second)[-1]}
    assert latest[first].text == "reply 0"


def test_given_a_resurfaced_request_when_read_in_a_batch_or_a_long_list_then_the_same_reasons(store: Store) -> None:
    from linkscreen.core.models import HistoryEvent

    import_items(store, make_invitations(2))
    back, other = store.list_invitation_ids()
    store.record_event(HistoryEvent(back, "resurfaced", "new", "import", ("headline: 'a' -> 'b'",), SENT))

    assert store.read_resurfaced([back, other]) == {back: ("headline: 'a' -> 'b'",)}
    assert store.read_resurfaced([back, other, *range(10_000, 11_000)]) == {back: ("headline: 'a' -> 'b'",)}
    assert store.read_resurfaced([other]) == {}
