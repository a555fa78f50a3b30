"""Saving and loading LinearModel files: an .npz of arrays beside a JSON manifest.

The manifest carries a format version and the SHA-256 of the arrays file; loading checks both
before reading anything, and never unpickles (allow_pickle=False).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from linkscreen.core.linear import LinearModel

FORMAT_VERSION = 1


class ModelFileError(Exception):
    """A model file is missing, of another format version, or does not match its checksum."""


def save_model(model: LinearModel, path: Path, metadata: dict[str, Any] | None = None) -> Path:
    """Write `path`.npz and `path`.json atomically (temp file, then rename); return the manifest path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    names = sorted(model.index, key=model.index.__getitem__)
    idf = np.array([model.idf.get(name, 0.0) for name in names], dtype=np.float32)
    arrays_path = path.with_suffix(".npz")
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npz", delete=False) as handle:
        np.savez_compressed(
            handle,
            names=np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8),
            idf=idf,
            weights=model.weights.astype(np.float32),
            intercept=model.intercept.astype(np.float32),
        )
    os.chmod(handle.name, 0o644)
    os.replace(handle.name, arrays_path)
    manifest = {
        "format_version": FORMAT_VERSION,
        "sha256": _hash_file(arrays_path),
        "labels": list(model.labels),
        "signal_scale": model.signal_scale,
        "features": len(names),
        **(metadata or {}),
    }
    manifest_path = path.with_suffix(".json")
    _write_atomically(manifest_path, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return manifest_path


def load_model(path: Path) -> tuple[LinearModel, dict[str, Any]]:
    """Read a model after checking its format version and checksum; return it with its manifest."""
    manifest_path, arrays_path = path.with_suffix(".json"), path.with_suffix(".npz")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelFileError(f"cannot read model manifest {manifest_path}: {error}") from error
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ModelFileError(
            f"{manifest_path}: format version {manifest.get('format_version')!r}, expected {FORMAT_VERSION}"
        )
    if not arrays_path.exists() or _hash_file(arrays_path) != manifest.get("sha256"):
        raise ModelFileError(f"{arrays_path}: checksum does not match its manifest; rebuild the model")
    with np.load(arrays_path, allow_pickle=False) as arrays:
        names = arrays["names"].tobytes().decode("utf-8").split("\n")
        idf = arrays["idf"]
        model = LinearModel(
            labels=tuple(manifest["labels"]),
            index={name: position for position, name in enumerate(names)},
            idf={name: value for name, value in zip(names, idf.tolist()) if value > 0},  # tolist: Python floats
            weights=arrays["weights"],
            intercept=arrays["intercept"],
            signal_scale=float(manifest.get("signal_scale", 1.0)),
            idf_vector=idf,
        )
    return model, manifest


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest (`path`.json) of a saved model, or {} when there is none or it is not JSON."""
    try:
        manifest = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_atomically(path: Path, text: str) -> None:
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(handle.name, 0o644)
    os.replace(handle.name, path)
