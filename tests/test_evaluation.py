"""Evaluation metrics, checked against values worked out by hand."""

from __future__ import annotations

import pytest

from linkscreen.core.evaluation import evaluate_predictions, format_report
from linkscreen.core.taxonomy import INTENTS


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


def test_given_intents_when_formatted_then_columns_follow_the_rows_with_unique_short_names() -> None:
    """GIVEN truth in taxonomy order and a label predicted but never true WHEN formatted THEN the columns are the
    rows' labels in the same order, under distinct short names, then the extra one; the diagonal holds the hits."""
    truth = ["recruiter_for_you", "recruiter_for_you", "recruiter_for_candidate", "recruiter_networking", "sales_pitch"]
    predicted = ["recruiter_for_you", "recruiter_for_candidate", "recruiter_for_candidate", "recruiter_networking",
                 "open_networker"]
    lines = format_report(evaluate_predictions(truth, predicted, INTENTS)).splitlines()
    at = lines.index("confusion (rows: truth; columns: predicted, in the same order)")
    headers = lines[at + 1].split()
    assert headers == ["r_you", "r_cand", "r_net", "pitch", "LION"]
    rows = {line.split()[0]: [int(cell) for cell in line.split()[1:]] for line in lines[at + 2:]}
    assert rows == {
        "recruiter_for_you": [1, 1, 0, 0, 0],
        "recruiter_for_candidate": [0, 1, 0, 0, 0],
        "recruiter_networking": [0, 0, 1, 0, 0],
        "sales_pitch": [0, 0, 0, 0, 1],
    }


def test_given_signal_counts_when_tabled_then_labels_in_the_taxonomys_order_under_short_names() -> None:
    """GIVEN counts for labels given out of order (and one label without counts) THEN columns follow the taxonomy."""
    from linkscreen.core.evaluation import format_signal_table

    counts = {"LINK": {"scam_or_fake": 3, "sales_pitch": 1}, "MONEY_BAIT": {"scam_or_fake": 2}}
    lines = format_signal_table(counts, ["scam_or_fake", "recruiter_for_you", "sales_pitch"]).splitlines()
    assert lines[0].split() == ["signal", "r_you", "pitch", "scam"]
    assert [line.split() for line in lines[1:]] == [["LINK", "0", "1", "3"], ["MONEY_BAIT", "0", "0", "2"]]


def test_given_no_examples_when_formatted_then_an_empty_table_not_a_crash() -> None:
    """GIVEN an evaluation of nothing (an empty file, #8) WHEN formatted THEN the table's frame, no TypeError."""
    text = format_report(evaluate_predictions([], [], INTENTS))
    assert "macro-F1" in text and "confusion" in text
