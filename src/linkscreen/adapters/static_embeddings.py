"""Static sentence embeddings: a model2vec distillation of all-MiniLM-L6-v2 shipped inside the package.

No PyTorch at run time: a text's vector is the mean of its tokens' rows in a fixed matrix. The model loads
from `linkscreen/models/static/` only; nothing here touches the network.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np

STATIC_MODEL_FILES = ("config.json", "model.safetensors", "tokenizer.json")


class StaticUnavailable(ImportError):
    """model2vec is not installed, or the packaged static model is missing."""


def locate_static_model() -> Path:
    """Return the folder of the static model shipped with the installed package."""
    folder = Path(str(resources.files("linkscreen").joinpath("models", "static")))
    missing = [name for name in STATIC_MODEL_FILES if not (folder / name).is_file()]
    if missing:
        raise StaticUnavailable(f"static model incomplete in {folder}: missing {', '.join(missing)}")
    return folder


class StaticEmbedder:
    """Embeds texts into unit-length float32 vectors with the packaged static model, offline."""

    def __init__(self, folder: Path | None = None) -> None:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        try:
            from model2vec import StaticModel
        except ImportError as error:
            raise StaticUnavailable("install model2vec: pip install model2vec") from error
        path = Path(folder) if folder is not None else locate_static_model()
        if not (path / "model.safetensors").is_file():
            # A missing local folder would make model2vec try the hub: refuse instead.
            raise StaticUnavailable(f"no static model in {path}")
        # float32 in memory: exact means and faster than float16 arithmetic in numpy.
        self._model = StaticModel.from_pretrained(path.resolve(), quantize_to="float32", normalize=True)

    @property
    def dimensions(self) -> int:
        """Length of each vector."""
        return int(self._model.dim)

    def embed(self, texts: Sequence[str], batch_size: int = 1024) -> np.ndarray:
        """Return one unit-length float32 row per text (all zeros for a text with no known token)."""
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        vectors = self._model.encode(
            list(texts), batch_size=batch_size, show_progress_bar=False, use_multiprocessing=False, normalize=False
        )
        return normalise_rows(np.asarray(vectors, dtype=np.float32))


def normalise_rows(matrix: np.ndarray) -> np.ndarray:
    """Scale each row to unit length, leaving all-zero rows as they are."""
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.where(norms > 0.0, norms, 1.0)).astype(np.float32)
