"""The signals-only baseline: each signal votes, by weight, for the intents it points towards.

It needs no training, so it is the floor the trained models are compared against
(`scripts/compare_models.py`, configuration `rules`).
"""

from __future__ import annotations

from linkscreen.core.classifier import DEFAULT_NOTE_SIGNAL, EMPTY_NOTE_INTENTS, Classification
from linkscreen.core.signals import SIGNALS, SignalHit
from linkscreen.core.taxonomy import Intent

COMMERCIAL_TIE_ORDER = (
    Intent.SCAM_OR_FAKE,
    Intent.RECRUITER_FOR_YOU,
    Intent.RECRUITER_FOR_CANDIDATE,
    Intent.SALES_PITCH,
    Intent.JOB_SEEKER,
    Intent.KNOWN_CONTACT,
    Intent.PEER_VALUE,
    Intent.RECRUITER_NETWORKING,
    Intent.SALES_LONG_GAME,
    Intent.OPEN_NETWORKER,
    Intent.UNKNOWN,
)


def classify_by_signals(hits: list[SignalHit]) -> Classification:
    """Sum each fired signal's weight onto its intents; ties go to the more specific label."""
    votes: dict[str, float] = {}
    for hit in hits:
        for intent in getattr(SIGNALS.get(hit.name), "INTENTS", ()):
            votes[intent] = votes.get(intent, 0.0) + hit.weight
    if any(hit.name == DEFAULT_NOTE_SIGNAL for hit in hits):
        votes = {intent: vote for intent, vote in votes.items() if intent in EMPTY_NOTE_INTENTS}
        votes.pop(Intent.UNKNOWN, None)
    if not votes:
        return Classification(Intent.UNKNOWN.value, 0.5, tuple(hit.reason for hit in hits) or ("no signal fired",))
    best = max(COMMERCIAL_TIE_ORDER, key=lambda intent: (votes.get(intent, 0.0), -COMMERCIAL_TIE_ORDER.index(intent)))
    confidence = votes[best] / sum(votes.values())
    return Classification(best.value, round(confidence, 4), tuple(hit.reason for hit in hits))
