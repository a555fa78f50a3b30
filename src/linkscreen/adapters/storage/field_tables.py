"""Store methods for where each invitation field came from, the user's edits, and resurfaced requests."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select, update

from linkscreen.adapters.storage import schema
from linkscreen.adapters.storage.challenge_tables import MAX_LISTED_IDS
from linkscreen.adapters.storage.invitation_merge import read_overrides, write_sources
from linkscreen.adapters.storage.rows import BOOKKEEPING, stamp_fingerprint, to_utc
from linkscreen.core.merging import USER, FieldChange, fold_name


class FieldTables:
    """Mixed into Store: per-field sources, user edits that later imports never overwrite, resurfacing."""

    engine: Engine

    def read_field_sources(self, ids: Sequence[int]) -> dict[int, dict[str, tuple[str, bool]]]:
        """The fields whose source differs from the request's first source: {id: {field: (source, edited)}}."""
        with self.engine.connect() as conn:
            return read_overrides(conn, list(ids))

    def save_user_edit(self, invitation_id: int, values: Mapping[str, Any], at: datetime) -> list[FieldChange] | None:
        """Set fields as the user wrote them, locked against later imports; return the changes (None: no such id).

        Every given field is locked, changed or not; each is kept in the history (a value that was already so,
        as kept), in the same transaction.
        """
        inv = schema.invitations
        with self.engine.begin() as conn:
            row = conn.execute(select(inv).where(inv.c.id == invitation_id)).mappings().first()
            if row is None:
                return None
            current = {**row, "sent_at": to_utc(row["sent_at"])}
            given = [FieldChange(name, current[name], value) for name, value in values.items()]
            changes = [change for change in given if change.old != change.new]
            kept = [change for change in given if change.old == change.new]
            if changes:
                current.update(values)
                content = {k: v for k, v in current.items() if k not in BOOKKEEPING and k != "id"}
                conn.execute(update(inv).where(inv.c.id == invitation_id).values(
                    **values, name_key=fold_name(current["name"]) if row["direction"] == "INCOMING" else "",
                    fingerprint=stamp_fingerprint(content)["fingerprint"]))
            if given:
                conn.execute(schema.events.insert(), [
                    {"invitation_id": invitation_id, "kind": "edit", "value": change.field, "actor": USER,
                     "reasons": json.dumps([change.describe()], ensure_ascii=False), "created_at": to_utc(at)}
                    for change in changes + kept])
            known = read_overrides(conn, [invitation_id])
            write_sources(conn, [(invitation_id, name, USER, True) for name in values], known, to_utc(at))
        return changes

    def read_resurfaced(self, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """Why requests came back to the queue (a changed headline or company), until the user decides again."""
        wanted = set(ids)
        if not wanted:
            return {}
        ev = schema.events
        query = select(ev.c.invitation_id, ev.c.reasons, ev.c.created_at, ev.c.id).where(ev.c.kind == "resurfaced")
        if len(wanted) <= MAX_LISTED_IDS:  # a batch (triage): only its events; a long list is matched after reading
            query = query.where(ev.c.invitation_id.in_(sorted(wanted)))
        with self.engine.connect() as conn:
            back = [row for row in conn.execute(query) if row.invitation_id in wanted]
            if not back:
                return {}
            query = (select(ev.c.invitation_id, ev.c.created_at, ev.c.id)
                     .where(ev.c.invitation_id.in_(sorted({row.invitation_id for row in back})),
                            ev.c.kind == "decision"))
            decided = {}
            for invitation_id, created_at, event_id in conn.execute(query):
                decided[invitation_id] = max(decided.get(invitation_id, (created_at, event_id)), (created_at, event_id))
        latest: dict[int, tuple[Any, ...]] = {}
        for row in back:
            if row.invitation_id not in latest or (row.created_at, row.id) > latest[row.invitation_id][:2]:
                latest[row.invitation_id] = (row.created_at, row.id, row.reasons)
        return {i: tuple(json.loads(reasons)) for i, (when, event_id, reasons) in latest.items()
                if i not in decided or decided[i] < (when, event_id)}
