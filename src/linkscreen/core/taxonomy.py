"""The label ids of ../shared/taxonomy.md: the contract between every part of linkscreen."""

from __future__ import annotations

from enum import StrEnum


class Intent(StrEnum):
    """What the sender ultimately wants from the recipient."""

    RECRUITER_FOR_YOU = "recruiter_for_you"
    RECRUITER_FOR_CANDIDATE = "recruiter_for_candidate"
    RECRUITER_NETWORKING = "recruiter_networking"
    JOB_SEEKER = "job_seeker"
    SALES_PITCH = "sales_pitch"
    SALES_LONG_GAME = "sales_long_game"
    OPEN_NETWORKER = "open_networker"
    KNOWN_CONTACT = "known_contact"
    PEER_VALUE = "peer_value"
    SCAM_OR_FAKE = "scam_or_fake"
    UNKNOWN = "unknown"


class Outcome(StrEnum):
    """What a sender's reply to "how have we met or done business before?" shows."""

    ACCIDENTAL = "accidental"
    PITCH = "pitch"
    CONTEXT_GIVEN = "context_given"
    NO_REPLY = "no_reply"


# Short column names for tables (the confusion matrix of `linkscreen eval`, the docs' per-label tables).
SHORT_NAMES: dict[str, str] = {
    "recruiter_for_you": "r_you", "recruiter_for_candidate": "r_cand", "recruiter_networking": "r_net",
    "job_seeker": "seeker", "sales_pitch": "pitch", "sales_long_game": "long", "open_networker": "LION",
    "known_contact": "known", "peer_value": "peer", "scam_or_fake": "scam", "unknown": "unknown",
    "accidental": "accident", "context_given": "context", "no_reply": "silence",
}


class Action(StrEnum):
    """What to do with a request."""

    ACCEPT = "accept"
    ASK = "ask"
    IGNORE = "ignore"


class Status(StrEnum):
    """Where an incoming request stands in the challenge loop."""

    NEW = "new"
    ASKED = "asked"
    REPLIED = "replied"
    DECIDED = "decided"
    EXPIRED = "expired"


class Direction(StrEnum):
    """Whether the user received the invitation or sent it."""

    INCOMING = "INCOMING"
    OUTGOING = "OUTGOING"


INTENTS: tuple[str, ...] = tuple(intent.value for intent in Intent)
OUTCOMES: tuple[str, ...] = tuple(outcome.value for outcome in Outcome)
ACTIONS: tuple[str, ...] = tuple(action.value for action in Action)
