"""Migrations are numbered, named, and run once."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect

from linkscreen.adapters.storage.migrations import MIGRATIONS, apply_migrations


def test_given_a_new_database_when_migrated_twice_then_each_migration_runs_once(tmp_path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.begin() as conn:
        first = apply_migrations(conn)
    with engine.begin() as conn:
        second = apply_migrations(conn)

    assert first == [m.__name__ for m in MIGRATIONS]
    assert second == []
    assert {"invitations", "connections", "messages", "positions", "migrations"} <= set(inspect(engine).get_table_names())


def test_migration_names_are_numbered_in_order() -> None:
    names = [m.__name__ for m in MIGRATIONS]
    numbers = [int(name[1:4]) for name in names]
    assert all(name.startswith("m") and name[4] == "_" for name in names)
    assert numbers == list(range(1, len(names) + 1))
