"""The reply-outcome classifier as shipped."""

from __future__ import annotations

import pytest

from linkscreen.adapters.models import load_named_model
from linkscreen.core.outcome import OutcomeClassifier


@pytest.fixture(scope="module")
def judge() -> OutcomeClassifier:
    return OutcomeClassifier(load_named_model("outcome")[0])


@pytest.mark.parametrize(
    ("reply", "outcome"),
    [
        ("Oh sorry, I must have clicked connect by accident. Never mind!", "accidental"),
        ("We haven't met, but I'd love to introduce our managed security services. "
         "Do you have 20 minutes next week?", "pitch"),
        ("We met at the ITx conference in Wellington last month. "
         "You spoke on the cloud panel and I asked about egress costs.", "context_given"),
    ],
)
def test_given_a_clear_reply_when_judged_then_the_expected_outcome_with_reasons(judge, reply, outcome) -> None:
    result = judge.classify(reply)
    assert result.outcome == outcome
    assert result.reasons


def test_given_an_empty_reply_when_judged_then_no_reply() -> None:
    assert OutcomeClassifier(load_named_model("outcome")[0]).classify("   ").outcome == "no_reply"
