"""The challenge loop: new -> asked -> replied -> decided, or asked -> expired when nobody answers.

A reply that arrives after expiry still counts: the request moves to replied and is judged on it.
A decided request can be decided again (the user changed their mind), or asked after all.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from linkscreen.core.taxonomy import Status


class Event(StrEnum):
    """What can happen to a request."""

    ASK = "ask"
    REPLY = "reply"
    EXPIRE = "expire"
    DECIDE = "decide"


TRANSITIONS: dict[tuple[Status, Event], Status] = {
    (Status.NEW, Event.ASK): Status.ASKED,
    (Status.NEW, Event.DECIDE): Status.DECIDED,
    (Status.ASKED, Event.REPLY): Status.REPLIED,
    (Status.ASKED, Event.EXPIRE): Status.EXPIRED,
    (Status.ASKED, Event.DECIDE): Status.DECIDED,
    (Status.REPLIED, Event.REPLY): Status.REPLIED,
    (Status.REPLIED, Event.DECIDE): Status.DECIDED,
    (Status.EXPIRED, Event.REPLY): Status.REPLIED,
    (Status.EXPIRED, Event.DECIDE): Status.DECIDED,
    (Status.DECIDED, Event.DECIDE): Status.DECIDED,
    (Status.DECIDED, Event.ASK): Status.ASKED,
}


class ChallengeError(ValueError):
    """An event that cannot happen in the request's current status."""


def advance_status(status: str, event: str) -> Status:
    """Return the status after `event`, or raise ChallengeError naming what is allowed."""
    current, happening = Status(status), Event(event)
    after = TRANSITIONS.get((current, happening))
    if after is None:
        allowed = sorted(e.value for (s, e) in TRANSITIONS if s == current)
        raise ChallengeError(
            f"cannot {happening.value} a request that is {current.value} (allowed: {', '.join(allowed)})"
        )
    return after


def is_overdue(asked_at: datetime, now: datetime, waiting_days: int) -> bool:
    """True when the waiting period after the question has passed with no reply."""
    return now - asked_at >= timedelta(days=waiting_days)


def days_left(asked_at: datetime, now: datetime, waiting_days: int) -> int:
    """Whole days left before an asked request expires (0 when overdue)."""
    remaining = asked_at + timedelta(days=waiting_days) - now
    return max(remaining.days + (1 if remaining.seconds else 0), 0) if remaining.total_seconds() > 0 else 0
