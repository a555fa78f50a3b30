"""Row conversion for the store: the fast message path equals the general one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from linkscreen.adapters.storage.rows import convert_record, prepare_item
from linkscreen.core.models import Invitation, Message


def test_given_a_message_when_prepared_then_the_same_row_as_the_general_conversion() -> None:
    message = Message(
        "c1", "Zoë Ngata", datetime(2025, 6, 1, 14, 3, tzinfo=timezone(timedelta(hours=12))), "Kia ora!\\nHow are you?",
        conversation_title="Hi", sender_profile_url="https://nz.linkedin.com/in/zoe/?trk=x", recipient_names="Kiri",
        recipient_profile_urls="https://www.linkedin.com/in/kiri", subject="", folder="INBOX", is_sponsored=True,
    )
    kind, columns, values = prepare_item(message)
    expected = convert_record(message)
    expected["fingerprint"] = expected["key"]
    assert kind == "messages" and dict(zip(columns, values)) == expected
    assert dict(zip(columns, values))["sent_at"] == datetime(2025, 6, 1, 2, 3, tzinfo=UTC)


def test_given_an_invitation_when_prepared_then_a_fingerprinted_row() -> None:
    kind, columns, values = prepare_item(Invitation(name="Ana", profile_url="https://www.linkedin.com/in/ana"))
    row = dict(zip(columns, values))
    assert (
        kind == "invitations" and row["key"] == "INCOMING|https://www.linkedin.com/in/ana"
        and len(row["fingerprint"]) == 24
    )


def test_given_something_else_when_prepared_then_passed_through() -> None:
    marker = object()
    assert prepare_item(marker) is marker
