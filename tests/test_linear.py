"""LinearModel inference: softmax scores and explanations from sparse named features."""

from __future__ import annotations

import numpy as np

from linkscreen.core.features import weigh_tfidf
from linkscreen.core.linear import LinearModel


def make_model() -> LinearModel:
    weights = np.array([[2.0, -1.0], [-1.0, 2.0], [0.5, 0.0]], dtype=np.float32)
    return LinearModel(("spam", "ham"), {"m:win": 0, "m:meeting": 1, "s:LINK": 2}, {}, weights, np.zeros(2, np.float32))


def test_given_features_for_one_label_when_scored_then_that_label_wins_and_sums_to_one() -> None:
    model = make_model()
    spam = model.score({"m:win": 1.0, "s:LINK": 1.0})
    ham = model.score({"m:meeting": 1.0})
    assert spam[0] > 0.9 and ham[1] > 0.9
    assert abs(float(spam.sum()) - 1.0) < 1e-6


def test_given_no_known_features_when_scored_then_the_intercepts_decide() -> None:
    probabilities = make_model().score({"m:unseen": 1.0})
    assert np.allclose(probabilities, [0.5, 0.5])


def test_given_features_when_explained_then_only_positive_contributions_strongest_first() -> None:
    model = make_model()
    scored = model.score_terms({}, {"m:win": 1.0, "m:meeting": 1.0, "s:LINK": 1.0})
    assert [name for name, _ in model.explain_scored(scored, "spam")] == ["m:win", "s:LINK"]


def test_given_raw_counts_when_scored_fast_then_the_same_as_weighing_first() -> None:
    weights = np.array([[2.0, -1.0], [-1.0, 2.0], [0.5, 0.0]], dtype=np.float32)
    model = LinearModel(
        ("spam", "ham"), {"m:win": 0, "m:meeting": 1, "s:LINK": 2}, {"m:win": 1.5, "m:meeting": 2.0}, weights,
        np.zeros(2, np.float32),
    )
    counts = {"m:win": 3.0, "m:meeting": 1.0, "m:unknown": 2.0}
    fast = model.score_terms(counts, {"s:LINK": 0.25}).probabilities
    assert np.allclose(fast, model.score(weigh_tfidf(counts, model.idf) | {"s:LINK": 0.25}))


def test_given_several_documents_when_scored_together_then_each_as_if_scored_alone() -> None:
    weights = np.array([[2.0, -1.0], [-1.0, 2.0], [0.5, 0.0]], dtype=np.float32)
    model = LinearModel(
        ("spam", "ham"), {"m:win": 0, "m:meeting": 1, "s:LINK": 2}, {"m:win": 1.5, "m:meeting": 2.0}, weights,
        np.array([0.1, -0.1], np.float32),
    )
    documents = [
        ({"m:win": 2.0}, {"s:LINK": 0.5}),
        ({}, {}),  # nothing at all: the intercepts alone, and the next document's sums stay its own
        ({"m:unknown": 1.0}, {"s:UNKNOWN": 1.0}),
        ({"m:meeting": 1.0, "m:win": 1.0}, {}),
    ]
    together = model.score_many(documents)
    for (counts, extras), scored in zip(documents, together):
        alone = model.score(weigh_tfidf(counts, model.idf) | extras)
        assert np.allclose(scored.probabilities, alone)
        assert scored.names == [name for name in [*counts, *extras] if name in model.index]
    assert model.score_many([]) == []
