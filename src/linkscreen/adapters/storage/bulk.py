"""Bulk inserts. On SQLite, rows go straight to the driver's executemany with each column's own bind
processor applied once per value: the same values SQLAlchemy would write, at a fraction of the cost.
Other databases use SQLAlchemy's executemany."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]], skip_existing: bool = False) -> int:
    """Insert rows that all have the same keys, in one executemany; return how many were inserted.

    With `skip_existing` (SQLite only), rows whose unique key is already stored are skipped.
    """
    if not rows:
        return 0
    if conn.dialect.name != "sqlite":
        if skip_existing:
            raise ValueError("skip_existing is only supported on SQLite")
        conn.execute(table.insert(), rows)
        return len(rows)
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
    verb = "INSERT OR IGNORE" if skip_existing else "INSERT"
    statement = f"{verb} INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    values = []
    for row in rows:
        value = [row[name] for name in columns]
        for position, process in processed:
            if value[position] is not None:
                value[position] = process(value[position])
        values.append(tuple(value))
    return conn.exec_driver_sql(statement, values).rowcount
