"""The Store: the one class that reads and writes linkscreen's tables."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select, update
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from linkscreen.adapters.storage import schema
from linkscreen.adapters.storage.challenge_tables import ChallengeTables
from linkscreen.adapters.storage.evidence_tables import EvidenceTables
from linkscreen.adapters.storage.field_tables import FieldTables
from linkscreen.adapters.storage.invitation_merge import InvitationMerger
from linkscreen.adapters.storage.bulk import insert_rows, insert_tuples
from linkscreen.adapters.storage.errors import StoreError
from linkscreen.adapters.storage.migrations import MIGRATIONS, apply_migrations
from linkscreen.adapters.storage.row_codec import decode_batch, encode_batch
from linkscreen.adapters.storage.web_tables import WebTables
from linkscreen.adapters.storage.rows import (
    build_stored_invitation,
    convert_owner,
    merge_rows,
    prepare_item,
    to_utc,
)
from linkscreen.core.models import (
    FileNote,
    HiddenConnection,
    ImportSummary,
    OwnerProfile,
    ParsedItem,
    RowError,
    StoredInvitation,
    StoreStats,
)

BATCH_SIZE = 2000
TABLES = {
    "invitations": schema.invitations,
    "connections": schema.connections,
    "messages": schema.messages,
    "positions": schema.positions,
}


class Store(ChallengeTables, EvidenceTables, WebTables, FieldTables):
    """Owns the database: migrations on open, one transaction per import, queries for the services."""

    def __init__(self, engine: Engine, migrate: bool = True) -> None:
        self.engine = engine
        if migrate:
            with engine.begin() as conn:
                apply_migrations(conn)

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (and migrate) the database at a SQLAlchemy URL.

        Raises StoreError "cannot open database URL: reason" (the URL without its password) when the URL
        is not valid, its driver is not installed, or the database cannot be reached or created.
        """
        engine = _create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _configure_sqlite)
        try:
            return cls(engine)
        except DBAPIError as error:
            engine.dispose()
            raise StoreError(f"cannot open database {hide_password(url)}: {_explain_open_error(error)}") from error

    @classmethod
    def open_read_only(cls, url: str) -> Store:
        """Open a database only to read it: no migrations; a SQLite file is opened in read-only mode.

        Raises StoreError when it is not a linkscreen database of this version.
        """
        if url.startswith("sqlite:///") and not url.startswith("sqlite:///file:"):
            path = Path(url.removeprefix("sqlite:///"))
            if not path.is_file():
                raise StoreError(f"{path}: no such database file")
            url = f"sqlite:///file:{quote(str(path.resolve()))}?mode=ro&uri=true"
        engine = _create_engine(url)
        try:
            with engine.connect() as conn:
                done = set(conn.scalars(select(schema.migrations.c.name)))
        except DBAPIError as error:
            raise StoreError(f"not a linkscreen database ({error.orig})") from error
        missing = [m.__name__ for m in MIGRATIONS if m.__name__ not in done]
        if missing:
            raise StoreError(
                f"the database needs upgrading ({', '.join(missing)}): run any linkscreen command on it first"
            )
        return cls(engine, migrate=False)

    def reader_codec(self) -> dict[str, Any]:
        """How a reader process should pack rows for this database (SQLite: packed text batches)."""
        if self.engine.dialect.name == "sqlite":
            return {"encode": encode_batch, "decode": decode_batch}
        return {}

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def importing(self, source: str, kind: str) -> Iterator[ImportWriter]:
        """Write one import in one transaction: all of it lands, or none of it."""
        with self.engine.begin() as conn:
            writer = ImportWriter(conn)
            yield writer
            writer.finish(source, kind)

    @contextmanager
    def importing_batch(self, summary: ImportSummary, source: str = "") -> Iterator[ImportWriter]:
        """Write one batch of a long import in its own transaction, counting into `summary` (with the
        merge notes of this batch); not logged."""
        with self.engine.begin() as conn:
            writer = ImportWriter(conn, summary)
            yield writer
            writer.flush()
            summary.notes.extend(writer.read_merge_notes(source))

    def log_import(self, source: str, kind: str, summary: ImportSummary) -> None:
        """Log an import written batch by batch."""
        with self.engine.begin() as conn:
            _log_import(conn, source, kind, summary)

    def read_counter(self, name: str) -> int:
        """Return a named counter (0 when never written)."""
        with self.engine.connect() as conn:
            return _read_counter(conn, name)

    def list_invitations(
        self,
        direction: str = "INCOMING",
        statuses: Iterable[str] | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[StoredInvitation]:
        """Return stored invitations, newest first."""
        table = schema.invitations
        query = select(table).where(table.c.direction == direction)
        if statuses:
            query = query.where(table.c.status.in_(list(statuses)))
        query = query.order_by(table.c.sent_at.desc(), table.c.id.desc()).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [build_stored_invitation(row) for row in conn.execute(query)]

    def read_stats(self) -> StoreStats:
        """Count what is stored."""
        inv = schema.invitations
        incoming = inv.c.direction == "INCOMING"
        with self.engine.connect() as conn:
            by_status = dict(
                conn.execute(select(inv.c.status, func.count()).where(incoming).group_by(inv.c.status)).all()
            )
            first, last = conn.execute(select(func.min(inv.c.sent_at), func.max(inv.c.sent_at)).where(incoming)).one()
            msgs = schema.messages
            return StoreStats(
                incoming=_count(conn, inv, incoming),
                outgoing=_count(conn, inv, inv.c.direction == "OUTGOING"),
                incoming_with_note=_count(conn, inv, incoming & (inv.c.message != "")),
                by_status=by_status,
                connections=_count(conn, schema.connections),
                hidden_connections=_read_counter(conn, HIDDEN_CONNECTIONS),
                messages=_count(conn, msgs),
                sponsored_messages=_count(conn, msgs, msgs.c.is_sponsored.is_(True)),
                positions=_count(conn, schema.positions),
                imports=_count(conn, schema.imports),
                first_sent_at=to_utc(first),
                last_sent_at=to_utc(last),
            )


class ImportWriter:
    """Buffers parsed items and upserts them by natural key, counting new / updated / unchanged."""

    def __init__(self, conn: Connection, summary: ImportSummary | None = None) -> None:
        self.conn = conn
        self.summary = ImportSummary() if summary is None else summary
        self.rows_seen = 0
        self._pending: dict[str, dict[str, dict[str, Any]]] = {kind: {} for kind in TABLES}
        self._raw_messages: dict[str, tuple[Any, ...]] = {}
        self._message_columns: tuple[str, ...] = ()
        self._raw_ok = conn.dialect.name == "sqlite"
        self._invitations = InvitationMerger(conn, self.summary)
        self._hidden_days: Counter[str] = Counter()

    def add(self, item: ParsedItem | tuple) -> None:
        """Take one parsed item (or a row prepared by `prepare_item`), or an error or note to report."""
        self.rows_seen += 1
        if not isinstance(item, tuple):
            item = prepare_item(item)
            if not isinstance(item, tuple):
                self._take_other(item)
                return
        kind, columns, values = item
        if kind == "messages" and self._raw_ok:
            self._add_raw_message(columns, values)
            return
        row = dict(zip(columns, values))
        pending = self._pending[kind]
        if row["key"] in pending:
            self.summary.count("unchanged", kind)
        pending[row["key"]] = row
        if len(pending) >= BATCH_SIZE:
            self._flush(kind)

    def _add_raw_message(self, columns: tuple[str, ...], values: tuple[Any, ...]) -> None:
        """SQLite fast path: messages stay tuples from the reader to executemany (no dicts)."""
        if columns != self._message_columns:
            self._flush_raw_messages()
            self._message_columns = columns
            self._message_key = columns.index("key")
        key = values[self._message_key]
        if key in self._raw_messages:
            self.summary.count("unchanged", "messages")
        self._raw_messages[key] = values
        if len(self._raw_messages) >= BATCH_SIZE:
            self._flush_raw_messages()

    def _flush_raw_messages(self) -> None:
        """A message's key hashes everything it says: a stored key means an unchanged message."""
        if not self._raw_messages:
            return
        inserted = insert_tuples(self.conn, schema.messages, self._message_columns, list(self._raw_messages.values()))
        self.summary.count("new", "messages", inserted)
        self.summary.count("unchanged", "messages", len(self._raw_messages) - inserted)
        self._raw_messages.clear()

    def _take_other(self, item: ParsedItem) -> None:
        if isinstance(item, RowError):
            self.summary.errors.append(item)
        elif isinstance(item, FileNote):
            self.summary.notes.append(item)
        elif isinstance(item, HiddenConnection):
            self.summary.hidden_connections += 1
            self._hidden_days[item.connected_on.isoformat() if item.connected_on else "undated"] += 1
        elif isinstance(item, OwnerProfile):
            self._save_owner(item)

    def finish(self, source: str, kind: str) -> None:
        """Flush what is buffered and log the import."""
        self.flush()
        self.summary.notes.extend(self.read_merge_notes(source))
        if self._hidden_days:
            _count_hidden_connections(self.conn, self._hidden_days)
        _log_import(self.conn, source, kind, self.summary)

    def read_merge_notes(self, source: str) -> list[FileNote]:
        """What merging did that the user should know (requests kept apart, changed, resurfaced)."""
        return self._invitations.notes(source)

    def flush(self) -> None:
        """Write what is buffered."""
        self._flush_raw_messages()
        for table_kind in TABLES:
            self._flush(table_kind)

    def write_counter(self, name: str, value: int) -> None:
        """Set a named counter in this transaction (so it lands with the rows, or not at all)."""
        _write_counter(self.conn, name, value)

    def _flush(self, kind: str) -> None:
        pending = self._pending[kind]
        if not pending:
            return
        if kind == "invitations":
            self._invitations.flush(pending)
            pending.clear()
            return
        table = TABLES[kind]
        stored = {
            row.key: row
            for row in self.conn.execute(
                select(table.c.key, table.c.fingerprint).where(table.c.key.in_(list(pending)))
            )
        }
        fresh, changed = [], []
        for key, row in pending.items():
            if key not in stored:
                fresh.append(row)
            elif stored[key].fingerprint == row["fingerprint"]:
                self.summary.count("unchanged", kind)
            else:
                changed.append(row)
        if fresh:
            now = datetime.now(UTC)
            extra = {"imported_at": now} if table is schema.invitations else {}
            insert_rows(self.conn, table, [{**row, **extra} for row in fresh])
            self.summary.count("new", kind, len(fresh))
        self._update_changed(kind, table, changed)
        pending.clear()

    def _update_changed(self, kind: str, table: Any, changed: list[dict[str, Any]]) -> None:
        if not changed:
            return
        keys = [row["key"] for row in changed]
        stored_rows = {
            row["key"]: row
            for row in self.conn.execute(select(table).where(table.c.key.in_(keys))).mappings()
        }
        for row in changed:
            stored = stored_rows[row["key"]]
            merged = merge_rows(dict(stored), row)
            if merged["fingerprint"] == stored["fingerprint"]:
                self.summary.count("unchanged", kind)
                continue
            self.conn.execute(update(table).where(table.c.id == stored["id"]).values(**merged))
            self.summary.count("updated", kind)

    def _save_owner(self, profile: OwnerProfile) -> None:
        values = convert_owner(profile)
        table = schema.owner_profile
        if self.conn.execute(select(table.c.id).where(table.c.id == 1)).first() is None:
            self.conn.execute(table.insert().values(id=1, **values))
        elif values:
            self.conn.execute(update(table).where(table.c.id == 1).values(**values))


def _log_import(conn: Connection, source: str, kind: str, summary: ImportSummary) -> None:
    conn.execute(
        schema.imports.insert().values(
            source=source, kind=kind, started_at=datetime.now(UTC), summary=json.dumps(_describe(summary))
        )
    )


def _describe(summary: ImportSummary) -> dict[str, Any]:
    return {
        "new": summary.new,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "hidden_connections": summary.hidden_connections,
        "rejected": summary.rejected,
    }


def _count_hidden_connections(conn: Connection, days: Counter[str]) -> None:
    """Keep, per connection day, the most hidden profiles any one Connections.csv listed, and their sum as the
    stored total: an export read again (or a newer one repeating its rows) counts nothing twice, while the
    days of another export add up, as its connections do."""
    for day, count in days.items():
        name = f"{HIDDEN_CONNECTIONS}:{day}"
        if count > _read_counter(conn, name):
            _write_counter(conn, name, count)
    per_day = schema.counters.c.name.startswith(f"{HIDDEN_CONNECTIONS}:", autoescape=True)
    total = conn.scalar(select(func.sum(schema.counters.c.value)).where(per_day))
    _write_counter(conn, HIDDEN_CONNECTIONS, int(total or 0))


HIDDEN_CONNECTIONS = "hidden_connections"


def _count(conn: Connection, table: Any, *conditions: Any) -> int:
    query = select(func.count()).select_from(table)
    for condition in conditions:
        query = query.where(condition)
    return int(conn.scalar(query) or 0)


def _read_counter(conn: Connection, name: str) -> int:
    value = conn.scalar(select(schema.counters.c.value).where(schema.counters.c.name == name))
    return int(value or 0)


def _write_counter(conn: Connection, name: str, value: int) -> None:
    table = schema.counters
    if conn.execute(select(table.c.name).where(table.c.name == name)).first() is None:
        conn.execute(table.insert().values(name=name, value=value))
    else:
        conn.execute(update(table).where(table.c.name == name).values(value=value))


def _create_engine(url: str) -> Engine:
    """create_engine, with a URL that is not valid or names a driver that is not installed as a StoreError."""
    try:
        return create_engine(url)
    except (ArgumentError, ImportError) as error:
        raise StoreError(f"cannot open database {hide_password(url)}: {_explain_open_error(error)}") from error


def hide_password(url: str) -> str:
    """Return a database URL fit to show: its password, if any, replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:  # not a URL SQLAlchemy can read: mask anything that looks like user:password@
        return re.sub(r"(://[^:@/]*):[^@/]*@", r"\1:***@", url)


def _explain_open_error(error: Exception) -> str:
    """The first line of why a database could not be opened, without SQLAlchemy's decorations."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        reason = str(error.orig)
    elif isinstance(error, ImportError):
        reason = f"its driver is not installed ({error})"
    else:
        reason = str(error)
    lines = [line.strip() for line in reason.splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB of page cache keeps index inserts in memory
    cursor.close()
