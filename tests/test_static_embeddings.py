"""Static (model2vec) embeddings: load offline from the package, unit-length, deterministic, meaningful."""

from __future__ import annotations

import socket
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("model2vec")

from linkscreen.adapters.static_embeddings import (  # noqa: E402
    StaticEmbedder,
    StaticUnavailable,
    locate_static_model,
    normalise_rows,
)


@pytest.fixture(scope="module")
def embedder() -> StaticEmbedder:
    return StaticEmbedder()


def _cosine(vectors: np.ndarray, first: int, second: int) -> float:
    return float(vectors[first] @ vectors[second])


def test_given_the_installed_package_when_located_then_the_static_model_is_inside_it() -> None:
    folder = locate_static_model()
    assert folder.parts[-3:] == ("linkscreen", "models", "static")
    assert (folder / "model.safetensors").stat().st_size < 20 * 1024 * 1024


def test_given_no_network_when_loaded_then_it_loads_and_embeds(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the static model must not touch the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr("huggingface_hub.snapshot_download", refuse)
    monkeypatch.setattr("model2vec.persistence.persistence.huggingface_hub.snapshot_download", refuse)
    vectors = StaticEmbedder().embed(["Recruiter at Contoso\nI have a role for you"])
    assert vectors.shape == (1, 256)


def test_given_a_folder_without_a_model_when_loaded_then_it_refuses_instead_of_downloading(tmp_path: Path) -> None:
    with pytest.raises(StaticUnavailable):
        StaticEmbedder(tmp_path / "absent")


def test_given_texts_when_embedded_then_rows_are_unit_length_float32(embedder: StaticEmbedder) -> None:
    texts = ["Account Executive\nCan I show you our platform?", "CIO\n(no note)", "LION, I accept all invitations"]
    vectors = embedder.embed(texts)
    assert vectors.dtype == np.float32
    assert vectors.shape == (3, embedder.dimensions)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_given_the_same_texts_twice_when_embedded_then_the_vectors_are_identical(embedder: StaticEmbedder) -> None:
    texts = ["We met at the CIO summit in Auckland", "Talent partner\nexciting opportunity"]
    first = embedder.embed(texts)
    again = StaticEmbedder().embed(list(reversed(texts)))[::-1]
    np.testing.assert_array_equal(first, again)


def test_given_a_paraphrase_and_an_unrelated_text_when_compared_then_the_paraphrase_is_closer(
    embedder: StaticEmbedder,
) -> None:
    vectors = embedder.embed(
        [
            "We met at the CIO summit in Auckland last week.",
            "Great meeting you at the Auckland CIO summit last week.",
            "I can show you how I earn money every week trading crypto.",
            "I am looking for a new job as a software developer, could you refer me?",
            "Seeking a developer role, are there any openings in your team?",
        ]
    )
    assert _cosine(vectors, 0, 1) > _cosine(vectors, 0, 2) + 0.2
    assert _cosine(vectors, 3, 4) > _cosine(vectors, 3, 2)


def test_given_no_texts_when_embedded_then_an_empty_matrix(embedder: StaticEmbedder) -> None:
    assert embedder.embed([]).shape == (0, embedder.dimensions)


def test_given_a_zero_row_when_normalised_then_it_stays_zero_and_others_become_unit() -> None:
    rows = normalise_rows(np.array([[3.0, 4.0], [0.0, 0.0]], dtype=np.float32))
    np.testing.assert_allclose(rows, [[0.6, 0.8], [0.0, 0.0]])
