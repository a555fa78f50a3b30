"""Where the trained models live: the user's retrained copy first, else the one shipped in the package."""

from __future__ import annotations

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
