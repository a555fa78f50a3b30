"""The Store on SQLite and on a real PostgreSQL server: upserts by natural key, one transaction per import."""

from __future__ import annotations

from datetime import UTC, date, datetime

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
    items = make_invitations(3000) + [Connection("Aroha", "Ngata", "https://nz.linkedin.com/in/aroha/", connected_on=date(2026, 2, 8))]
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
    import_items(store, [Invitation(name="Them", direction=Direction.OUTGOING, profile_url="https://www.linkedin.com/in/them")])

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
