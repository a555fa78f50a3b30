"""Bulk inserts. On SQLite, rows go straight to the driver's executemany with each column's own bind
processor applied once per value: the same values SQLAlchemy would write, at a fraction of the cost.
Other databases use SQLAlchemy's executemany."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
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
    processors = [table.c[name].type.bind_processor(conn.dialect) for name in columns]
    statement = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    values = [
        tuple(value if process is None or value is None else process(value) for process, value in zip(processors, (row[c] for c in columns)))
        for row in rows
    ]
    conn.exec_driver_sql(statement, values)
