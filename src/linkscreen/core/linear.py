"""A trained linear model over sparse named features: inference only, pure and fast.

Training lives in adapters (it needs scikit-learn); this module only scores. Weights are a dense
(n_features x n_labels) array; a document touches a few hundred rows of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress, repeat

import numpy as np


@dataclass(frozen=True, slots=True)
class Scored:
    """One document scored: the features the model knows, their values and weight rows, and the result."""

    names: list[str]
    values: np.ndarray
    rows: np.ndarray
    probabilities: np.ndarray


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Labels, feature index, idf for text terms, weights and intercepts, plus how signals are scaled."""

    labels: tuple[str, ...]
    index: dict[str, int]
    idf: dict[str, float]
    weights: np.ndarray
    intercept: np.ndarray
    signal_scale: float = 1.0
    idf_vector: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        vector = np.zeros(len(self.index), dtype=np.float32)
        index = self.index
        known = [(position, value) for name, value in self.idf.items() if (position := index.get(name)) is not None]
        if known:
            positions, values = zip(*known)
            vector[list(positions)] = values
        object.__setattr__(self, "idf_vector", vector)

    def score_terms(self, counts: dict[str, float], extras: dict[str, float]) -> Scored:
        """Score raw text term counts (weighed here: sublinear tf x idf, L2) plus ready-made features.

        The fast path: one dictionary pass, the rest in numpy. Gives the same result as
        `score(weigh_tfidf(counts, idf) | extras)`.
        """
        names, known, raw = self._locate(counts)
        tf = np.where(raw > 1, 1.0 + np.log(np.maximum(raw, 1.0)), 1.0).astype(np.float32) * self.idf_vector[known]
        norm = float(np.sqrt(np.dot(tf, tf))) or 1.0
        extra_names, extra_positions, extra_values = self._locate(extras)
        values = np.concatenate([tf / norm, extra_values])
        rows = self.weights[np.concatenate([known, extra_positions])]
        logits = self.intercept + values @ rows
        exp = np.exp(logits - logits.max())
        return Scored(names + extra_names, values, rows, exp / exp.sum())

    def explain_scored(self, scored: Scored, label: str, top: int = 5) -> list[tuple[str, float]]:
        """Return the scored document's features that pushed most towards `label`, strongest first."""
        if not scored.names:
            return []
        contributions = scored.values * scored.rows[:, self.labels.index(label)]
        order = np.argsort(-contributions)[:top]
        strongest = contributions[order].tolist()  # Python floats: quicker to read than numpy scalars
        return [(scored.names[i], value) for i, value in zip(order.tolist(), strongest) if value > 0]

    def score(self, features: dict[str, float]) -> np.ndarray:
        """Return the label probabilities (softmax over the linear scores) for one feature dict."""
        names, rows, values = self._locate(features)
        logits = self.intercept + (values @ self.weights[rows] if len(rows) else np.zeros_like(self.intercept))
        logits = logits - logits.max()
        exp = np.exp(logits)
        return exp / exp.sum()

    def _locate(self, features: dict[str, float]) -> tuple[list[str], np.ndarray, np.ndarray]:
        """Return the names, weight rows and values of the features the model knows."""
        names = list(features)
        positions = np.fromiter(map(self.index.get, names, repeat(-1, len(names))), dtype=np.intp, count=len(names))
        values = np.fromiter(features.values(), dtype=np.float32, count=len(names))
        known = positions >= 0
        if known.all():
            return names, positions, values
        return list(compress(names, known.tolist())), positions[known], values[known]  # tolist: no numpy scalars
