"""How an import's invitations land: by natural key, else merged into the one stored request of the
same sender name sent at about the same time; each field keeps the source that set it.

Batched: one query per batch finds key matches, one finds same-name candidates (through the folded
name's index), one reads the rows to merge into. Rows with nothing to merge into are bulk-inserted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, bindparam, or_, select, update
from sqlalchemy.engine import Connection

from linkscreen.adapters.storage import schema
from linkscreen.adapters.storage.bulk import insert_rows
from linkscreen.adapters.storage.rows import BOOKKEEPING, stamp_fingerprint, to_utc
from linkscreen.core.merging import (
    TRACKED_FIELDS, FieldChange, could_be_same_request, find_match_window, fold_name, merge_fields, name_source)
from linkscreen.core.models import FileNote, ImportSummary

KIND = "invitations"
INCOMING = "INCOMING"
DECIDED = "decided"
MAX_NOTES = 20
ID_CHUNK = 10_000


@dataclass(slots=True)
class Candidate:
    """A request an incoming record of the same name might be: stored (ref = id) or just placed (ref = key)."""

    ref: int | str
    key: str
    url: str
    sent_at: datetime | None
    source: str = ""


class InvitationMerger:
    """Places one import's invitation rows: update by key, merge by name and time, or insert."""

    def __init__(self, conn: Connection, summary: ImportSummary) -> None:
        self.conn = conn
        self.summary = summary
        self.now = datetime.now(UTC)
        self._claims: dict[str, set[str]] = {}
        self._ambiguous: list[str] = []
        self._changed = 0
        self._resurfaced = 0
        self._bare_stored: bool | None = None
        self._bare_placed = False

    def flush(self, pending: dict[str, dict[str, Any]]) -> None:
        """Write a batch of prepared invitation rows (keyed by natural key)."""
        inv = schema.invitations
        query = select(inv.c.key, inv.c.id, inv.c.fingerprint).where(inv.c.key.in_(list(pending)))
        stored = {row.key: row for row in self.conn.execute(query)}
        merges: list[tuple[int | str, dict[str, Any]]] = []
        fresh = []
        for key, row in pending.items():
            hit = stored.get(key)
            if hit is None:
                fresh.append(row)
            elif hit.fingerprint == row["fingerprint"]:
                self.summary.count("unchanged", KIND)
            else:
                merges.append((hit.id, row))
        placed, by_name = self._place(fresh)
        if placed:
            insert_rows(self.conn, inv, [{**row, "imported_at": self.now} for row in placed])
            self.summary.count("new", KIND, len(placed))
        self._merge(merges + by_name)

    def notes(self, source: str) -> list[FileNote]:
        """What the user should know about this import's merging, as notes."""
        notes = [FileNote(source, text) for text in self._ambiguous[:MAX_NOTES]]
        if len(self._ambiguous) > MAX_NOTES:
            notes.append(FileNote(source, f"... and {len(self._ambiguous) - MAX_NOTES} more kept separate"))
        if self._changed:
            notes.append(FileNote(source, f"{self._changed} stored request{_plural(self._changed)} got a new headline "
                                          "or company (kept in each request's history)"))
        if self._resurfaced:
            notes.append(FileNote(source, f"{self._resurfaced} decided request{_plural(self._resurfaced)} "
                                          "back in the queue: the sender's headline or company changed"))
        return notes

    def _place(
        self, fresh: list[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], list[tuple[int | str, dict[str, Any]]]]:
        """Split rows without a key match into rows to insert and rows to merge into a same-name request."""
        for row in fresh:
            row["name_key"] = fold_name(row["name"]) if row["direction"] == INCOMING else ""
        candidates = self._find_candidates([row for row in fresh if row["name_key"]])
        bare_names = {row["name_key"] for row in fresh if not row["profile_url"]}
        placed, merges = [], []
        for row in fresh:
            folded = row["name_key"]
            if not folded:
                placed.append(row)
                continue
            url, sent_at = row["profile_url"], row["sent_at"]
            known = candidates.get(folded)
            window = find_match_window(sent_at, row["source"], self.now)
            options = [c for c in known or () if could_be_same_request(
                c.url, c.sent_at, url, sent_at, max(window, find_match_window(c.sent_at, c.source, self.now)))]
            if len(options) == 1 and not self._is_sibling(options[0], row):
                target = options[0]
                merges.append((target.ref, row))
                if not url:
                    self._claims.setdefault(target.key, set()).add(row["source"])
                elif not target.url:
                    target.url = url
                continue
            if len(options) > 1:
                self._ambiguous.append(f"{row['name']}: {len(options)} stored requests could be this one (same name, "
                                       "sent about the same time); kept separate")
            placed.append(row)
            self._bare_placed = self._bare_placed or not url
            if folded in bare_names:  # a card without a URL later in this batch may be this request
                candidates.setdefault(folded, []).append(Candidate(row["key"], row["key"], url, sent_at, row["source"]))
        return placed, merges

    def _is_sibling(self, target: Candidate, row: dict[str, Any]) -> bool:
        """Two cards without a URL from one source, both pointing at one request: two people, not one."""
        if row["profile_url"] or row["source"] not in self._claims.get(target.key, set()):
            return False
        self._ambiguous.append(f"{row['name']}: two requests of this name in one import; kept separate")
        return True

    def _find_candidates(self, rows: list[dict[str, Any]]) -> dict[str, list[Candidate]]:
        """Stored incoming requests with these folded names (only URL-less ones for records with a URL)."""
        if not rows:
            return {}
        inv = schema.invitations
        bare = {row["name_key"] for row in rows if not row["profile_url"]}
        with_url = {row["name_key"] for row in rows if row["profile_url"]} - bare
        if with_url and not self._has_bare_stored():
            with_url = set()  # nothing without a URL is stored: records with one can only match by key
        if not bare and not with_url:
            return {}
        conditions = []
        if bare:
            conditions.append(inv.c.name_key.in_(sorted(bare)))
        if with_url:
            conditions.append(and_(inv.c.name_key.in_(sorted(with_url)), inv.c.profile_url == ""))
        query = select(inv.c.id, inv.c.key, inv.c.name_key, inv.c.profile_url, inv.c.sent_at, inv.c.source).where(
            inv.c.direction == INCOMING, or_(*conditions))
        found: dict[str, list[Candidate]] = {}
        for row in self.conn.execute(query):
            found.setdefault(row.name_key, []).append(
                Candidate(row.id, row.key, row.profile_url, to_utc(row.sent_at), row.source))
        return found

    def _has_bare_stored(self) -> bool:
        """True when some stored incoming request has no profile URL (asked once per import, then tracked)."""
        if self._bare_placed:
            return True
        if self._bare_stored is None:
            inv = schema.invitations
            query = select(inv.c.id).where(inv.c.profile_url == "", inv.c.direction == INCOMING).limit(1)
            self._bare_stored = self.conn.execute(query).first() is not None
        return self._bare_stored

    def _merge(self, merges: list[tuple[int | str, dict[str, Any]]]) -> None:
        """Merge rows into the stored requests they match (several into one in the order they came)."""
        if not merges:
            return
        inv = schema.invitations
        keys = [ref for ref, _ in merges if isinstance(ref, str)]
        ids_by_key = (
            dict(self.conn.execute(select(inv.c.key, inv.c.id).where(inv.c.key.in_(keys))).all()) if keys else {}
        )
        by_target: dict[int, list[dict[str, Any]]] = {}
        for ref, row in merges:
            by_target.setdefault(ids_by_key[ref] if isinstance(ref, str) else ref, []).append(row)
        ids = list(by_target)
        stored = {row["id"]: dict(row) for row in self.conn.execute(select(inv).where(inv.c.id.in_(ids))).mappings()}
        overrides = read_overrides(self.conn, ids)
        events: list[dict[str, Any]] = []
        writes: list[tuple[int, str, str, bool]] = []
        for target, rows in by_target.items():
            events += self._merge_into(stored[target], overrides.get(target, {}), rows, writes)
        write_sources(self.conn, writes, overrides, self.now)
        if events:
            self.conn.execute(schema.events.insert(), events)

    def _merge_into(self, row: dict[str, Any], overrides: dict[str, tuple[str, bool]], incoming: list[dict[str, Any]],
                    writes: list[tuple[int, str, str, bool]]) -> list[dict[str, Any]]:
        current = {**row, "sent_at": to_utc(row["sent_at"])}
        origin = name_source(row["source"])
        sources = {name: origin for name in TRACKED_FIELDS} | {name: source for name, (source, _) in overrides.items()}
        edited = {name for name, (_, was_edited) in overrides.items() if was_edited}
        taken: dict[str, str] = {}
        changes: list[FieldChange] = []
        dirty = False
        for new in incoming:
            source = name_source(new["source"])
            result = merge_fields(
                current, sources, edited, {k: v for k, v in new.items() if k not in BOOKKEEPING}, source
            )
            if result.values == current:
                self.summary.count("unchanged", KIND)
                continue
            if not current["profile_url"] and result.values["profile_url"]:
                result.values["key"] = new["key"]
            current, dirty = result.values, True
            sources.update(result.sources)
            taken.update(result.sources)
            changes += result.changes
            self.summary.count("updated", KIND)
        if not dirty:
            return []
        values = {k: v for k, v in current.items() if k != "id"}
        values["name_key"] = fold_name(values["name"]) if values["direction"] == INCOMING else ""
        values["fingerprint"] = stamp_fingerprint(
            {k: v for k, v in values.items() if k not in BOOKKEEPING}
        )["fingerprint"]
        events = [self._event(row["id"], "changed", change.field, [change.describe()]) for change in changes]
        self._changed += bool(changes)
        if changes and row["status"] == DECIDED:
            values["status"] = "new"
            events.append(self._event(row["id"], "resurfaced", "new", [*(c.describe() for c in changes),
                                                                       read_decision_reason(self.conn, row["id"])]))
            self._resurfaced += 1
        self.conn.execute(update(schema.invitations).where(schema.invitations.c.id == row["id"]).values(**values))
        writes.extend((row["id"], name, source, False) for name, source in taken.items())
        return events

    def _event(self, invitation_id: int, kind: str, value: str, reasons: list[str]) -> dict[str, Any]:
        return {"invitation_id": invitation_id, "kind": kind, "value": value, "actor": "import",
                "reasons": json.dumps(reasons, ensure_ascii=False), "created_at": self.now}


def read_overrides(conn: Connection, ids: list[int]) -> dict[int, dict[str, tuple[str, bool]]]:
    """The per-field sources on record for these requests: {id: {field: (source, edited by the user)}}."""
    table = schema.invitation_fields
    found: dict[int, dict[str, tuple[str, bool]]] = {}
    for start in range(0, len(ids), ID_CHUNK):
        query = select(table.c.invitation_id, table.c.field, table.c.source, table.c.edited).where(
            table.c.invitation_id.in_(ids[start:start + ID_CHUNK]))
        for invitation_id, name, source, edited in conn.execute(query):
            found.setdefault(invitation_id, {})[name] = (source, bool(edited))
    return found


def write_sources(conn: Connection, writes: list[tuple[int, str, str, bool]],
                  known: dict[int, dict[str, tuple[str, bool]]], at: datetime) -> None:
    """Record which source set each field: update the fields on record, insert the others."""
    table = schema.invitation_fields
    changed = [w for w in writes if w[1] in known.get(w[0], {})]
    added = [w for w in writes if w[1] not in known.get(w[0], {})]
    if changed:
        statement = (update(table)
                     .where(table.c.invitation_id == bindparam("row_id"), table.c.field == bindparam("row_field"))
                     .values(source=bindparam("row_source"), edited=bindparam("row_edited"),
                             set_at=bindparam("row_at")))
        conn.execute(statement, [{"row_id": i, "row_field": f, "row_source": s, "row_edited": e, "row_at": at}
                                 for i, f, s, e in changed])
    if added:
        conn.execute(table.insert(), [{"invitation_id": i, "field": f, "source": s, "edited": e, "set_at": at}
                                      for i, f, s, e in added])


def read_decision_reason(conn: Connection, invitation_id: int) -> str:
    """Why a resurfaced request is back: the user's latest decision on it."""
    ev = schema.events
    query = (select(ev.c.value)
             .where(ev.c.invitation_id == invitation_id, ev.c.kind == "decision", ev.c.actor == "user")
             .order_by(ev.c.created_at.desc(), ev.c.id.desc()).limit(1))
    action = conn.scalar(query)
    return f"you chose {action} before" if action else "decided before"


def _plural(count: int) -> str:
    return "" if count == 1 else "s"
