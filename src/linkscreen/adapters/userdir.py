"""Where a user's linkscreen data lives: one folder, overridable by LINKSCREEN_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

HOME_VARIABLE = "LINKSCREEN_HOME"
DATABASE_FILE = "linkscreen.db"


def resolve_home() -> Path:
    """Return the user folder (created if missing): $LINKSCREEN_HOME, else the platform's data dir."""
    override = os.environ.get(HOME_VARIABLE)
    home = Path(override) if override else Path(platformdirs.user_data_dir("linkscreen", appauthor=False))
    home.mkdir(parents=True, exist_ok=True)
    return home


def resolve_database_url(url: str | None = None) -> str:
    """Return the database URL: the one given, else SQLite in the user folder."""
    if url:
        return url
    return f"sqlite:///{resolve_home() / DATABASE_FILE}"
