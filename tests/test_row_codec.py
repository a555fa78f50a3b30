"""Packing message rows between the reader and the writer: lossless, with a safe fallback."""

from __future__ import annotations

from datetime import UTC, datetime

from linkscreen.adapters.storage.row_codec import decode_batch, encode_batch
from linkscreen.adapters.storage.rows import prepare_item
from linkscreen.core.models import FileNote, Invitation, Message


def message(
    content: str, sent_at: datetime | None = datetime(2025, 6, 1, 14, 3, 22, tzinfo=UTC), sponsored: bool = False
) -> Message:
    return Message(
        "c1", "Zoë Ngata", sent_at, content, sender_profile_url="https://www.linkedin.com/in/zoe",
        is_sponsored=sponsored,
    )


def test_given_message_rows_when_packed_and_unpacked_then_the_values_sqlite_would_store() -> None:
    items = [
        prepare_item(message("Kia ora,\nhow are you? 👋")),
        prepare_item(message("no date", sent_at=None, sponsored=True)),
    ]
    (first, second) = decode_batch(encode_batch(items))
    expected = list(items[0][2])
    expected[6] = "2025-06-01 14:03:22+00:00"  # the text sqlite3 stores for this datetime anyway
    assert first[0] == "messages" and list(first[2]) == expected
    assert second[2][6] is None and second[2][10] is True


def test_given_separator_characters_or_other_items_when_packed_then_they_travel_unchanged() -> None:
    odd = prepare_item(message("fields\x1fand\x1erows"))
    invitation = prepare_item(Invitation(name="Ana", profile_url="https://www.linkedin.com/in/ana"))
    note = FileNote("messages.csv", "decoded as cp1252")
    packed, others = encode_batch([odd, invitation, note])
    assert packed == "" and others == [odd, invitation, note]
    assert decode_batch((packed, others)) == [odd, invitation, note]
