"""Use case: score the models on a labelled JSON Lines file (intent or reply-outcome labels)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from linkscreen.adapters.corpus import read_intent_examples, read_reply_examples
from linkscreen.core.evaluation import Evaluation, evaluate_predictions
from linkscreen.core.signals import SIGNALS
from linkscreen.core.taxonomy import INTENTS, OUTCOMES
from linkscreen.services.screening import Screener, screen_invitation


@dataclass(slots=True)
class EvaluationReport:
    """Scores for one file: the labels' evaluation, signal firing counts, and action agreement."""

    kind: str
    evaluation: Evaluation
    signal_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    label_counts: dict[str, int] = field(default_factory=dict)
    actions_compared: int = 0
    actions_matched: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)


def evaluate_file(path: Path, screener: Screener) -> EvaluationReport:
    """Score the intent model (and the policy's actions) or the outcome model on a labelled file."""
    if _holds_outcomes(path):
        return _evaluate_replies(path, screener)
    truth, predicted = [], []
    report = EvaluationReport("intent", evaluate_predictions([], [], INTENTS))
    report.signal_counts = {name: {} for name in SIGNALS}
    for example in read_intent_examples(path):
        classification, decision = screen_invitation(screener, example.invitation)
        truth.append(example.intent)
        predicted.append(classification.intent)
        report.label_counts[example.intent] = report.label_counts.get(example.intent, 0) + 1
        for hit in classification.signals:
            counts = report.signal_counts.setdefault(hit.name, {})
            counts[example.intent] = counts.get(example.intent, 0) + 1
        if example.action is not None:
            report.actions_compared += 1
            report.actions_matched += decision.action == example.action
        if classification.intent != example.intent:
            report.misses.append((example.invitation.external_id, example.intent, classification.intent))
    report.evaluation = evaluate_predictions(truth, predicted, INTENTS)
    return report


def _evaluate_replies(path: Path, screener: Screener) -> EvaluationReport:
    truth, predicted, misses = [], [], []
    for example in read_reply_examples(path):
        judged = screener.judge_reply(example.reply, example.invitation_message, example.sender_headline)
        truth.append(example.outcome)
        predicted.append(judged.outcome)
        if judged.outcome != example.outcome:
            misses.append((example.id, example.outcome, judged.outcome))
    report = EvaluationReport("outcome", evaluate_predictions(truth, predicted, OUTCOMES), misses=misses)
    return report


def _holds_outcomes(path: Path) -> bool:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                return "outcome" in record or "outcome" in (record.get("label") or {})
    return False
