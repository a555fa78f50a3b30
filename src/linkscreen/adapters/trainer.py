"""Fitting linear models with scikit-learn, and turning them into plain LinearModels."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

from linkscreen.core.linear import LinearModel

# lbfgs stops when its projected gradient falls below this. scikit-learn's default (1e-4) stopped the intent model
# after 80 of the ~170 iterations it needs: weights up to 2.2 away from the optimum, so a rebuild with other NumPy or
# SciPy versions gave another model (a request or two of every small real set flipped). At 1e-6 the fit reaches the
# optimum: float32 and float64 inputs give weights within 0.03, and 1e-8 changes nothing.
CONVERGENCE_TOLERANCE = 1e-6
MAX_ITERATIONS = 3000


def build_indexed_matrix(documents: Iterable[dict[str, float]]) -> tuple[dict[str, int], csr_matrix]:
    """Turn feature dicts into a sparse matrix, giving every feature name a column in sorted order.

    One pass, so `documents` can be a generator: the intent model's ~60,000 training rows are never all held as
    dicts at once (measured: `retrain` peaked at 1.9 GB with them, 1.2 GB without)."""
    from scipy.sparse import csr_matrix  # imported here: only training needs SciPy and scikit-learn

    seen: dict[str, int] = {}
    indptr, columns, values = [0], array("i"), array("f")
    for document in documents:
        for name, value in document.items():
            columns.append(seen.setdefault(name, len(seen)))
            values.append(value)
        indptr.append(len(columns))
    names = sorted(seen)
    sorted_column = np.empty(len(names), dtype=np.int32)
    sorted_column[[seen[name] for name in names]] = np.arange(len(names), dtype=np.int32)
    matrix = csr_matrix(
        (np.frombuffer(values, dtype=np.float32), sorted_column[np.frombuffer(columns, dtype=np.int32)], indptr),
        shape=(len(indptr) - 1, len(names)),
    )
    return {name: position for position, name in enumerate(names)}, matrix


def fit_linear_model(
    documents: Iterable[dict[str, float]],
    labels: Sequence[str],
    label_order: Sequence[str],
    idf: dict[str, float],
    signal_scale: float,
    regularisation: float = 4.0,
    tolerance: float = CONVERGENCE_TOLERANCE,
) -> LinearModel:
    """Fit a balanced multinomial logistic regression to its optimum and return it as a LinearModel."""
    from sklearn.linear_model import LogisticRegression

    index, matrix = build_indexed_matrix(documents)
    present = [label for label in label_order if label in set(labels)]
    fitted = LogisticRegression(C=regularisation, class_weight="balanced", tol=tolerance, max_iter=MAX_ITERATIONS)
    fitted.fit(matrix, list(labels))
    coef, intercept = fitted.coef_, fitted.intercept_
    if len(fitted.classes_) == 2:  # scikit-learn keeps one row for two classes: score = +row vs -row
        coef, intercept = np.vstack([-coef[0] / 2, coef[0] / 2]), np.array([-intercept[0] / 2, intercept[0] / 2])
    order = [list(fitted.classes_).index(label) for label in present]
    weights = coef[order].T.astype(np.float32)
    intercept = intercept[order].astype(np.float32)
    kept = {name: idf[name] for name in index if name in idf}
    return LinearModel(tuple(present), index, kept, weights, intercept, signal_scale)
