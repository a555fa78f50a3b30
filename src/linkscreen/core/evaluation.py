"""Scoring predictions against labels: per-label precision/recall/F1, macro-F1, confusion matrix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from linkscreen.core.taxonomy import INTENTS, OUTCOMES, SHORT_NAMES


@dataclass(frozen=True, slots=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Scores of one set of predictions."""

    labels: tuple[str, ...]
    per_label: tuple[LabelScore, ...]
    macro_f1: float
    accuracy: float
    confusion: dict[tuple[str, str], int]


def evaluate_predictions(
    truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str] | None = None
) -> Evaluation:
    """Compare predictions with labels; macro-F1 averages over labels present in the truth."""
    if len(truth) != len(predicted):
        raise ValueError("truth and predictions differ in length")
    present = [label for label in (labels or sorted(set(truth))) if label in set(truth)]
    confusion = Counter(zip(truth, predicted))
    scores = []
    for label in present:
        true_positive = confusion[(label, label)]
        predicted_count = sum(1 for p in predicted if p == label)
        support = sum(1 for t in truth if t == label)
        precision = true_positive / predicted_count if predicted_count else 0.0
        recall = true_positive / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(LabelScore(label, precision, recall, f1, support))
    macro = sum(s.f1 for s in scores) / len(scores) if scores else 0.0
    accuracy = sum(1 for t, p in zip(truth, predicted) if t == p) / len(truth) if truth else 0.0
    return Evaluation(tuple(present), tuple(scores), macro, accuracy, dict(confusion))


def format_report(evaluation: Evaluation) -> str:
    """Render an evaluation as a plain-text table with a confusion matrix."""
    lines = [f"{'label':<26}{'prec':>7}{'rec':>7}{'f1':>7}{'n':>6}"]
    for s in evaluation.per_label:
        lines.append(f"{s.label:<26}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.support:>6}")
    lines.append(f"{'macro-F1':<26}{'':>14}{evaluation.macro_f1:>7.3f}")
    lines.append(f"{'accuracy':<26}{'':>14}{evaluation.accuracy:>7.3f}")
    extra = sorted({p for (_, p) in evaluation.confusion} - set(evaluation.labels))  # predicted, never true
    columns = [*evaluation.labels, *extra]
    headers = [SHORT_NAMES.get(label, label[:8]) for label in columns]
    width = max([7, *(len(header) + 1 for header in headers)])
    lines.append("")
    lines.append("confusion (rows: truth; columns: predicted, in the same order)")
    lines.append(" " * 26 + "".join(f"{header:>{width}}" for header in headers))
    for truth in evaluation.labels:
        cells = "".join(f"{evaluation.confusion.get((truth, p), 0):>{width}}" for p in columns)
        lines.append(f"{truth:<26}{cells}")
    return "\n".join(lines)


def format_signal_table(signal_counts: Mapping[str, Mapping[str, int]], labels_present: Iterable[str]) -> str:
    """How often each signal fired on each label, labels in the taxonomy's order under short names."""
    present = set(labels_present)
    labels = [label for label in (*INTENTS, *OUTCOMES) if label in present]
    rows = [f"{'signal':<28}" + "".join(f"{SHORT_NAMES.get(label, label[:8]):>9}" for label in labels)]
    rows += [f"{name:<28}" + "".join(f"{counts.get(label, 0):>9}" for label in labels)
             for name, counts in signal_counts.items()]
    return "\n".join(rows)
