"""A trained linear model over sparse named features: inference only, pure and fast.

Training lives in adapters (it needs scikit-learn); this module only scores. Weights are a dense
(n_features x n_labels) array; a document touches a few hundred rows of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress, repeat

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
    idf_vector: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32), repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.idf_vector) == len(self.index):  # idf by position, given (a model file holds it): no dict pass
            return
        vector = np.zeros(len(self.index), dtype=np.float32)
        index = self.index
        known = [(position, value) for name, value in self.idf.items() if (position := index.get(name)) is not None]
        if known:
            positions, values = zip(*known)
            vector[list(positions)] = values
        object.__setattr__(self, "idf_vector", vector)

    def score_terms(self, counts: dict[str, float], extras: dict[str, float]) -> Scored:
        """Score raw text term counts (weighed here: sublinear tf x idf, L2) plus ready-made features.

        Gives the same result as `score(weigh_tfidf(counts, idf) | extras)`; see score_many.
        """
        return self.score_many([(counts, extras)])[0]

    def score_many(self, documents: Sequence[tuple[dict[str, float], dict[str, float]]]) -> list[Scored]:
        """score_terms for each (counts, extras) document: one dictionary pass over all their features, the rest
        in numpy over the whole batch at once (per document it was a dozen small numpy calls, most of the time)."""
        if not documents:
            return []
        names: list[str] = []
        sizes: list[int] = []  # per document: its text terms, then its extras
        for counts, extras in documents:
            names += counts
            names += extras
            sizes += (len(counts), len(extras))
        every_value = chain.from_iterable(chain(counts.values(), extras.values()) for counts, extras in documents)
        names, positions, values, known = self._locate(names, every_value)
        part = np.repeat(np.arange(len(sizes)), sizes)  # 2 x document, + 1 for its extras
        if known is not None:
            part = part[known]
        document, text = part >> 1, (part & 1) == 0
        tf = np.where(values > 1, 1.0 + np.log(np.maximum(values, 1.0)), 1.0).astype(np.float32)
        tf *= self.idf_vector[positions]
        norms = np.sqrt(np.bincount(document[text], weights=tf[text] ** 2, minlength=len(documents)))
        norms[norms == 0] = 1.0
        values = np.where(text, tf / norms.astype(np.float32)[document], values)
        rows = self.weights[positions]
        ends = np.cumsum(np.bincount(document, minlength=len(documents)))
        starts = np.concatenate([[0], ends[:-1]])
        logits = np.tile(self.intercept, (len(documents), 1))
        written = ends > starts  # reduceat would take an empty document's sum from the next row
        if written.any():
            logits[written] += np.add.reduceat(rows * values[:, None], starts[written], axis=0)
        exp = np.exp(logits - logits.max(axis=1, keepdims=True))
        probabilities = exp / exp.sum(axis=1, keepdims=True)
        return [
            Scored(names[start:end], values[start:end], rows[start:end], probabilities[number])
            for number, (start, end) in enumerate(zip(starts.tolist(), ends.tolist()))
        ]

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
        _, rows, values, _ = self._locate(list(features), features.values())
        logits = self.intercept + (values @ self.weights[rows] if len(rows) else np.zeros_like(self.intercept))
        logits = logits - logits.max()
        exp = np.exp(logits)
        return exp / exp.sum()

    def _locate(
        self, names: list[str], values: Iterable[float]
    ) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray | None]:
        """Return the names, weight rows and values of the features the model knows, and which of those given they
        were (None: all)."""
        positions = np.fromiter(map(self.index.get, names, repeat(-1, len(names))), dtype=np.intp, count=len(names))
        found = np.fromiter(values, dtype=np.float32, count=len(names))
        known = positions >= 0
        if known.all():
            return names, positions, found, None
        return list(compress(names, known.tolist())), positions[known], found[known], known  # tolist: no numpy scalars
