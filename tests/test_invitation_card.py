"""The sender's card in an e-mail's lines, and merging copies of one request."""

from __future__ import annotations

from datetime import datetime, timezone

from linkscreen.adapters.invitation_card import merge_invitations, read_card
from linkscreen.core.models import Invitation


def test_given_card_lines_when_read_then_name_headline_location_note_and_profile() -> None:
    lines = ["Kiri Halvorsen", "Jane Doe", "CIO at Example", "Greater Auckland Area", "5 mutual connections",
             "Loved your post on cloud costs.", "Accept", "View profile", "Unsubscribe"]
    card = read_card(lines, [("https://www.linkedin.com/comm/in/kiri", "Kiri Halvorsen"),
                             ("https://www.linkedin.com/comm/in/jane-doe?trk=x", "View profile")], "Jane Doe")
    assert (card.headline, card.location, card.mutual_connections) == ("CIO at Example", "Greater Auckland Area", 5)
    assert card.note == "Loved your post on cloud costs."
    assert card.profile_url == "https://www.linkedin.com/in/jane-doe"


def test_given_an_invitation_and_a_reminder_without_url_when_merged_then_one_record() -> None:
    when = datetime(2026, 2, 3, tzinfo=timezone.utc)
    merged = merge_invitations([Invitation("Jane Doe", sent_at=when, profile_url="https://www.linkedin.com/in/j"),
                                Invitation("Jane Doe", headline="CIO")])
    assert merged == [Invitation("Jane Doe", headline="CIO", sent_at=when, profile_url="https://www.linkedin.com/in/j")]
