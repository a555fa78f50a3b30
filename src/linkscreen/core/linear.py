"""A trained linear model over sparse named features: inference only, pure and fast.

Training lives in adapters (it needs scikit-learn); this module only scores. Weights are a dense
(n_features x n_labels) array; a document touches a few hundred rows of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Labels, feature index, idf for text terms, weights and intercepts, plus how signals are scaled."""

    labels: tuple[str, ...]
    index: dict[str, int]
    idf: dict[str, float]
    weights: np.ndarray
    intercept: np.ndarray
    signal_scale: float = 1.0

    def score(self, features: dict[str, float]) -> np.ndarray:
        """Return the label probabilities (softmax over the linear scores) for one feature dict."""
        rows = [self.index[name] for name in features if name in self.index]
        values = np.fromiter((features[name] for name in features if name in self.index), dtype=np.float32)
        logits = self.intercept + (values @ self.weights[rows] if rows else 0.0)
        logits = logits - logits.max()
        exp = np.exp(logits)
        return exp / exp.sum()

    def explain(self, features: dict[str, float], label: str, top: int = 5) -> list[tuple[str, float]]:
        """Return the features that pushed most towards `label`, strongest first."""
        column = self.labels.index(label)
        contributions = [
            (name, float(value * self.weights[self.index[name], column]))
            for name, value in features.items()
            if name in self.index
        ]
        contributions.sort(key=lambda pair: pair[1], reverse=True)
        return [pair for pair in contributions[:top] if pair[1] > 0]
