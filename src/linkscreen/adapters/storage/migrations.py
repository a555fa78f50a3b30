"""Numbered, named schema migrations. Each runs once; the `migrations` table remembers which ran."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Column, Connection, inspect, select, text

from linkscreen.adapters.storage import schema


def m001_create_tables(conn: Connection) -> None:
    """The first schema: the import log, invitations, connections, messages, positions, owner."""
    schema.metadata.create_all(
        conn,
        tables=[
            schema.imports,
            schema.invitations,
            schema.connections,
            schema.messages,
            schema.positions,
            schema.owner_profile,
            schema.counters,
        ],
    )


def m002_challenge_tables(conn: Connection) -> None:
    """The challenge loop: assessments, the event history, replies, and when a request was asked."""
    schema.metadata.create_all(conn, tables=[schema.assessments, schema.events, schema.replies])
    add_missing_column(conn, schema.invitations.c.asked_at)


def add_missing_column(conn: Connection, column: Column) -> None:
    """ALTER TABLE ... ADD COLUMN, unless the table already has it (it was created with it)."""
    table = column.table.name
    if column.name in {existing["name"] for existing in inspect(conn).get_columns(table)}:
        return
    kind = column.type.compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column.name} {kind}"))


def m003_queue_order_index(conn: Connection) -> None:
    """Newest-first pages of the queue filtered by intent or action: an index in that order."""
    index = next(i for i in schema.invitations.indexes if i.name == "ix_invitations_direction_sent")
    index.create(conn, checkfirst=True)


MIGRATIONS: list[Callable[[Connection], None]] = [m001_create_tables, m002_challenge_tables, m003_queue_order_index]


def apply_migrations(conn: Connection) -> list[str]:
    """Run every migration not yet recorded, in order; return the names that ran."""
    schema.metadata.create_all(conn, tables=[schema.migrations])
    done = set(conn.scalars(select(schema.migrations.c.name)))
    ran = []
    for migration in MIGRATIONS:
        if migration.__name__ in done:
            continue
        migration(conn)
        conn.execute(
            schema.migrations.insert().values(name=migration.__name__, applied_at=datetime.now(UTC))
        )
        ran.append(migration.__name__)
    return ran
