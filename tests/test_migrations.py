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
    assert {"invitations", "connections", "messages", "positions", "migrations"} <= set(
        inspect(engine).get_table_names()
    )


def test_migration_names_are_numbered_in_order() -> None:
    names = [m.__name__ for m in MIGRATIONS]
    numbers = [int(name[1:4]) for name in names]
    assert all(name.startswith("m") and name[4] == "_" for name in names)
    assert numbers == list(range(1, len(names) + 1))


def test_given_a_database_from_before_field_sources_when_opened_then_names_are_folded_for_merging(tmp_path) -> None:
    """GIVEN invitations stored before m005 WHEN migrated THEN each gets its folded name and the sources table."""
    from sqlalchemy import text

    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as conn:
        apply_migrations(conn)
        conn.execute(text("DROP TABLE invitation_fields"))
        conn.execute(text("DROP INDEX ix_invitations_name_key"))
        conn.execute(text("ALTER TABLE invitations DROP COLUMN name_key"))
        conn.execute(text("DELETE FROM migrations WHERE name = 'm005_field_sources'"))
        columns = (
            "headline, company, location, message, profile_url, source, external_id, counterpart_name, counterpart_url"
        )
        for key, direction, name in (("k1", "INCOMING", " José  Müller"), ("k2", "OUTGOING", "Me")):
            conn.execute(text("INSERT INTO invitations (key, direction, name, fingerprint, status, imported_at, "
                              f"{columns}) VALUES (:key, :direction, :name, 'f', 'new', '2026-01-01', "
                              "'', '', '', '', '', '', '', '', '')"),
                         {"key": key, "direction": direction, "name": name})
    with engine.begin() as conn:
        ran = apply_migrations(conn)
        names = dict(conn.execute(text("SELECT key, name_key FROM invitations")).all())

    assert ran == ["m005_field_sources"]
    assert names == {"k1": "jose muller", "k2": ""}
    assert "invitation_fields" in inspect(engine).get_table_names()
