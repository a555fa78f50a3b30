"""Bulk inserts. On SQLite, rows go straight to the driver's executemany with each column's own bind
processor applied once per value: the same values SQLAlchemy would write, at a fraction of the cost.
Other databases use SQLAlchemy's executemany."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Table
from sqlalchemy.engine import Connection


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys, in one executemany."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(table.insert(), rows)
        return
    defaults = {
        column.name: column.default.arg
        for column in table.columns
        if column.name not in rows[0] and column.default is not None and column.default.is_scalar
    }
    if defaults:
        rows = [{**defaults, **row} for row in rows]
    columns = list(rows[0])
    processed = [
        (position, process)
        for position, name in enumerate(columns)
        if (process := table.c[name].type.bind_processor(conn.dialect)) is not None
    ]
    statement = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    values = []
    for row in rows:
        value = [row[name] for name in columns]
        for position, process in processed:
            if value[position] is not None:
                value[position] = process(value[position])
        values.append(tuple(value))
    conn.exec_driver_sql(statement, values)


def insert_tuples(conn: Connection, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> int:
    """SQLite only: INSERT OR IGNORE value tuples in `columns` order, as they are; return rows inserted.

    For columns whose values the driver stores exactly as SQLAlchemy would (text, numbers, booleans,
    datetimes): no per-value processing at all.
    """
    if conn.dialect.name != "sqlite":
        raise ValueError("insert_tuples is only for SQLite")
    processed = [name for name in columns if table.c[name].type.bind_processor(conn.dialect) is not None]
    if processed and any(not isinstance(table.c[name].type, Boolean) for name in processed):
        raise ValueError(f"columns {processed} need processing; use insert_rows")
    statement = f"INSERT OR IGNORE INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    return conn.exec_driver_sql(statement, rows).rowcount
