"""Where the trained models live: the user's retrained copy first, else the one shipped in the package."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from linkscreen.adapters.modelfile import load_model
from linkscreen.core.linear import LinearModel

INTENT_MODEL = "intent"
OUTCOME_MODEL = "outcome"


def locate_packaged_models() -> Path:
    """Return the folder of the models shipped with the package."""
    return Path(str(resources.files("linkscreen") / "models"))


def locate_packaged_corpus() -> Path:
    """Return the folder of the training corpus shipped with the package."""
    return Path(str(resources.files("linkscreen") / "corpus"))


def locate_user_models(home: Path) -> Path:
    """Return the folder where `linkscreen retrain` writes the user's own models."""
    return home / "models"


def load_named_model(name: str, home: Path | None = None) -> tuple[LinearModel, dict[str, Any]]:
    """Load the user's retrained model `name` if there is one, else the packaged one."""
    if home is not None and (locate_user_models(home) / f"{name}.json").exists():
        return load_model(locate_user_models(home) / name)
    return load_model(locate_packaged_models() / name)


@lru_cache(maxsize=1)
def read_code_revision() -> str:
    """A digest of the domain code (`linkscreen/core/*.py`) and the package version.

    Stored assessments carry it with the model's checksum, so an upgrade that reads requests differently (new
    signals, a wider generic-note vocabulary, clearer reasons) re-assesses them instead of serving the old verdict.
    """
    from linkscreen import __version__

    digest = hashlib.sha256(__version__.encode())
    core = resources.files("linkscreen") / "core"
    for entry in sorted((e for e in core.iterdir() if e.name.endswith(".py")), key=lambda e: e.name):
        digest.update(entry.name.encode())
        digest.update(entry.read_bytes())
    return digest.hexdigest()[:8]
