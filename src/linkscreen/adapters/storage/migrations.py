"""Numbered, named schema migrations. Each runs once; the `migrations` table remembers which ran."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Column, Connection, inspect, select, text

from linkscreen.adapters.storage import schema
from linkscreen.adapters.storage.evidence_schema import EVIDENCE_TABLES


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


def m004_evidence_index(conn: Connection) -> None:
    """The relationship-evidence index: sources, people, meetings and their lookup keys."""
    schema.metadata.create_all(conn, tables=EVIDENCE_TABLES)


def m005_field_sources(conn: Connection) -> None:
    """Which source set each invitation field (and what the user edited); the folded name to merge by."""
    from sqlalchemy import bindparam, update

    from linkscreen.core.merging import fold_name

    schema.metadata.create_all(conn, tables=[schema.invitation_fields])
    add_missing_column(conn, schema.invitations.c.name_key)
    index = next(i for i in schema.invitations.indexes if i.name == "ix_invitations_name_key")
    index.create(conn, checkfirst=True)
    inv = schema.invitations
    folded = [{"row_id": row_id, "folded": fold_name(name) if direction == "INCOMING" else ""}
              for row_id, name, direction in conn.execute(select(inv.c.id, inv.c.name, inv.c.direction))]
    if folded:
        statement = update(inv).where(inv.c.id == bindparam("row_id")).values(name_key=bindparam("folded"))
        conn.execute(statement, folded)


MIGRATIONS: list[Callable[[Connection], None]] = [
    m001_create_tables,
    m002_challenge_tables,
    m003_queue_order_index,
    m004_evidence_index,
    m005_field_sources,
]


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
