"""The challenge loop's states: every allowed transition, and clear errors for the rest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from linkscreen.core.challenge import TRANSITIONS, ChallengeError, advance_status, days_left, is_overdue

ASKED_AT = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("status", "event", "after"),
    [
        ("new", "ask", "asked"),
        ("new", "decide", "decided"),
        ("asked", "reply", "replied"),
        ("asked", "expire", "expired"),
        ("replied", "decide", "decided"),
        ("expired", "reply", "replied"),
        ("decided", "ask", "asked"),
    ],
)
def test_given_a_status_when_an_allowed_event_happens_then_it_moves_on(status, event, after) -> None:
    assert advance_status(status, event) == after


@pytest.mark.parametrize(
    ("status", "event"), [("new", "reply"), ("new", "expire"), ("decided", "expire"), ("replied", "ask")]
)
def test_given_a_status_when_a_forbidden_event_happens_then_a_clear_error(status, event) -> None:
    with pytest.raises(ChallengeError, match=f"cannot {event} a request that is {status}"):
        advance_status(status, event)


def test_every_status_can_reach_decided() -> None:
    assert {status for (status, _) in TRANSITIONS} == {"new", "asked", "replied", "expired", "decided"}
    assert all(advance_status(status, "decide") == "decided" for status in ("new", "asked", "replied", "expired"))


def test_given_an_asked_request_when_the_waiting_period_passes_then_it_is_overdue() -> None:
    assert not is_overdue(ASKED_AT, ASKED_AT + timedelta(days=13, hours=23), 14)
    assert is_overdue(ASKED_AT, ASKED_AT + timedelta(days=14), 14)


def test_given_an_asked_request_when_days_left_counted_then_partial_days_round_up_and_never_negative() -> None:
    assert days_left(ASKED_AT, ASKED_AT + timedelta(days=3, hours=2), 14) == 11
    assert days_left(ASKED_AT, ASKED_AT + timedelta(days=20), 14) == 0
