"""The user folder: LINKSCREEN_HOME wins, and the default database lives there."""

from __future__ import annotations

from pathlib import Path

from linkscreen.adapters.userdir import resolve_database_url, resolve_home


def test_given_linkscreen_home_when_resolved_then_that_folder_is_created_and_used(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LINKSCREEN_HOME", str(tmp_path / "lh"))
    assert resolve_home() == tmp_path / "lh" and (tmp_path / "lh").is_dir()
    assert resolve_database_url() == f"sqlite:///{tmp_path / 'lh' / 'linkscreen.db'}"


def test_given_an_explicit_url_when_resolved_then_it_wins() -> None:
    assert resolve_database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
