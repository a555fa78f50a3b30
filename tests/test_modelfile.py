"""Model files: round trip, and refusal of a wrong version or a tampered file."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from linkscreen.adapters.modelfile import ModelFileError, load_model, save_model
from linkscreen.core.linear import LinearModel


def make_model() -> LinearModel:
    return LinearModel(
        ("x", "y"),
        {"m:héllo": 0, "c: wo": 1, "s:LINK": 2},
        {"m:héllo": 1.5, "c: wo": 2.0},
        np.arange(6, dtype=np.float32).reshape(3, 2),
        np.array([0.1, -0.1], dtype=np.float32),
        signal_scale=0.7,
    )


def test_given_a_model_when_saved_and_loaded_then_it_scores_identically(tmp_path: Path) -> None:
    model = make_model()
    save_model(model, tmp_path / "intent", {"corpus": "test"})
    loaded, manifest = load_model(tmp_path / "intent")
    features = {"m:héllo": 0.5, "s:LINK": 1.0}
    assert np.allclose(loaded.score(features), model.score(features))
    assert loaded.idf == model.idf and loaded.signal_scale == pytest.approx(0.7)
    assert np.array_equal(loaded.idf_vector, model.idf_vector)  # read from the file, as the dict would give it
    counts = {"m:héllo": 2.0, "c: wo": 1.0, "m:unknown": 1.0}
    assert np.allclose(loaded.score_terms(counts, {}).probabilities, model.score_terms(counts, {}).probabilities)
    assert manifest["corpus"] == "test" and len(manifest["sha256"]) == 64


def test_given_a_tampered_arrays_file_when_loaded_then_refused(tmp_path: Path) -> None:
    save_model(make_model(), tmp_path / "intent")
    with (tmp_path / "intent.npz").open("ab") as handle:
        handle.write(b"tampered")
    with pytest.raises(ModelFileError, match="checksum"):
        load_model(tmp_path / "intent")


def test_given_another_format_version_when_loaded_then_refused(tmp_path: Path) -> None:
    manifest_path = save_model(make_model(), tmp_path / "intent")
    manifest = json.loads(manifest_path.read_text())
    manifest["format_version"] = 99
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(ModelFileError, match="format version 99"):
        load_model(tmp_path / "intent")


def test_given_no_model_when_loaded_then_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="cannot read"):
        load_model(tmp_path / "absent")



def test_given_a_saved_model_when_its_manifest_is_read_then_it_or_nothing(tmp_path: Path) -> None:
    """GIVEN a saved model THEN its manifest reads back with the metadata; a missing or broken one reads as {}."""
    from linkscreen.adapters.modelfile import read_manifest

    model = LinearModel(
        ("a", "b"), {"m:x": 0}, {"m:x": 1.0}, np.ones((1, 2), dtype=np.float32), np.zeros(2, dtype=np.float32)
    )
    save_model(model, tmp_path / "m", {"trained_on": 3})
    manifest = read_manifest(tmp_path / "m")
    assert manifest["trained_on"] == 3 and manifest["labels"] == ["a", "b"] and len(manifest["sha256"]) == 64
    assert read_manifest(tmp_path / "missing") == {}
    (tmp_path / "broken.json").write_text("[1, 2", encoding="utf-8")
    assert read_manifest(tmp_path / "broken") == {}
