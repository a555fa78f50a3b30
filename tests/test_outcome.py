"""The reply-outcome classifier as shipped."""

from __future__ import annotations

import re

import pytest

from linkscreen.adapters.models import load_named_model
from linkscreen.core.features import FUNCTION_WORDS
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


def test_given_replies_full_of_function_words_when_judged_then_reasons_quote_only_words_that_mean_something(judge):
    """GIVEN replies whose model terms include "a", "any", "the", numbers and links WHEN judged THEN the words the
    reason quotes are never only function words, a bare number or a placeholder token."""
    replies = [
        "I run a boutique agency placing senior Java developers, any hiring needs at the moment?",
        "We met at the AWS Summit in 2024, you were on the panel about the migration.",
        "So sorry, it was a mistake, I clicked on the wrong person. See https://x.io",
    ]
    for reply in replies:
        reasons = judge.classify(reply).reasons
        quoted = [term for reason in reasons if reason.startswith("words that point")
                  for term in re.findall(r'"([^"]+)"', reason)]
        assert not [term for term in quoted if all(word in FUNCTION_WORDS or word == "#" for word in term.split())]
        assert not [term for term in quoted if "xurlx" in term or re.search(r"\b0", term)]
