"""The signals-only baseline."""

from __future__ import annotations

from linkscreen.core.baseline import classify_by_signals
from linkscreen.core.signals import SignalHit


def hit(name: str, weight: float = 1.0) -> SignalHit:
    return SignalHit(name, weight, f"{name} fired", "x")


def test_given_no_signals_when_classified_then_unknown() -> None:
    assert classify_by_signals([]).intent == "unknown"


def test_given_a_pitch_signal_when_classified_then_sales_pitch_with_the_reason() -> None:
    result = classify_by_signals([hit("PITCH_PHRASES")])
    assert result.intent == "sales_pitch"
    assert result.reasons == ("PITCH_PHRASES fired",)


def test_given_an_empty_note_and_a_recruiter_headline_when_classified_then_recruiter_networking() -> None:
    result = classify_by_signals([hit("DEFAULT_NOTE"), hit("HEADLINE_RECRUITER")])
    assert result.intent == "recruiter_networking"


def test_given_a_tie_when_classified_then_the_more_specific_commercial_label_wins() -> None:
    result = classify_by_signals([hit("ROLE_FOR_YOU", 0.5), hit("NETWORKING_TALK", 0.5)])
    assert result.intent == "recruiter_for_you"
