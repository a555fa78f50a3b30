"""Evaluation metrics, checked against values worked out by hand."""

from __future__ import annotations

import pytest

from linkscreen.core.evaluation import evaluate_predictions, format_report


def test_given_known_predictions_when_evaluated_then_per_label_and_macro_scores_match_hand_values() -> None:
    truth = ["a", "a", "b", "b", "c"]
    predicted = ["a", "b", "b", "b", "a"]
    result = evaluate_predictions(truth, predicted)
    a, b, c = result.per_label
    assert (a.precision, a.recall) == (0.5, 0.5)
    assert b.precision == pytest.approx(2 / 3) and b.recall == 1.0 and b.f1 == pytest.approx(0.8)
    assert c.f1 == 0.0
    assert result.macro_f1 == pytest.approx((0.5 + 0.8 + 0.0) / 3)
    assert result.accuracy == pytest.approx(0.6)
    assert result.confusion[("c", "a")] == 1


def test_given_mismatched_lengths_when_evaluated_then_error() -> None:
    with pytest.raises(ValueError):
        evaluate_predictions(["a"], [])


def test_given_an_evaluation_when_formatted_then_a_table_with_macro_f1_and_confusion() -> None:
    text = format_report(evaluate_predictions(["a", "b"], ["a", "a"]))
    assert "macro-F1" in text and "confusion" in text
