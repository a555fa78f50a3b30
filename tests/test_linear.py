"""LinearModel inference: softmax scores and explanations from sparse named features."""

from __future__ import annotations

import numpy as np

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
    explained = make_model().explain({"m:win": 1.0, "m:meeting": 1.0, "s:LINK": 1.0}, "spam")
    assert [name for name, _ in explained] == ["m:win", "s:LINK"]
