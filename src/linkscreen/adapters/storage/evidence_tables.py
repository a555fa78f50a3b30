"""Store methods for relationship evidence: the evidence index, and what is already imported."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, or_, select, update

from linkscreen.adapters.storage import schema
from linkscreen.adapters.storage.bulk import insert_rows
from linkscreen.adapters.storage.evidence_schema import (
    evidence_keys,
    evidence_meetings,
    evidence_people,
    evidence_sources,
)
from linkscreen.adapters.storage.rows import to_utc
from linkscreen.core.evidence import EvidenceIndex, build_lookup_keys
from linkscreen.core.evidence_records import Attendee, EvidenceSource, KnownPerson, Meeting
from linkscreen.core.models import ImportSummary, Position, RowError, fingerprint, normalise_profile_url

class EvidenceTables:
    """Mixed into Store: the evidence index and who the user has written to on LinkedIn."""

    engine: Engine

    def save_evidence_source(
        self, name: str, kind: str, path: str, records: Iterable[KnownPerson | Meeting | RowError],
        holds: dict[str, int] | None = None,
    ) -> ImportSummary:
        """Add a source, or refresh it from a new snapshot, in one transaction.

        People and meetings are matched by their keys: new ones are added, changed ones updated,
        ones no longer in the source removed (counted as "removed"). Rejected records are listed.
        `holds` is what a source kept elsewhere holds (a LinkedIn export: its connections, messages, ...),
        kept in the source's summary as "holds".
        """
        summary = ImportSummary()
        people: dict[str, KnownPerson] = {}
        meetings: dict[str, Meeting] = {}
        for record in records:
            if isinstance(record, KnownPerson):
                people[record.key] = record
            elif isinstance(record, Meeting):
                meetings[record.key] = record
            elif isinstance(record, RowError):
                summary.errors.append(record)
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            source_id = _upsert_source(conn, name, kind, path, now)
            _sync_people(conn, source_id, people, summary)
            _sync_meetings(conn, source_id, meetings, summary)
            described: dict[str, object] = {
                "new": summary.new, "updated": summary.updated, "unchanged": summary.unchanged,
                "removed": summary.removed, "rejected": summary.rejected,
            }
            if holds is not None:
                described["holds"] = holds
            conn.execute(update(evidence_sources).where(evidence_sources.c.id == source_id)
                         .values(summary=json.dumps(described), updated_at=now))
        return summary

    def remove_evidence_source(self, name: str) -> bool:
        """Forget a source and everything indexed from it; False when there is no such source."""
        with self.engine.begin() as conn:
            source_id = conn.scalar(select(evidence_sources.c.id).where(evidence_sources.c.name == name))
            if source_id is None:
                return False
            people_ids = select(evidence_people.c.id).where(evidence_people.c.source_id == source_id)
            conn.execute(delete(evidence_keys).where(evidence_keys.c.person_id.in_(people_ids)))
            conn.execute(delete(evidence_people).where(evidence_people.c.source_id == source_id))
            conn.execute(delete(evidence_meetings).where(evidence_meetings.c.source_id == source_id))
            conn.execute(delete(evidence_sources).where(evidence_sources.c.id == source_id))
        return True

    def list_evidence_sources(self) -> list[EvidenceSource]:
        """Every source the user added, with how many people and meetings it holds."""
        people = select(evidence_people.c.source_id, func.count().label("n")).group_by(evidence_people.c.source_id)
        meetings = (
            select(evidence_meetings.c.source_id, func.count().label("n")).group_by(evidence_meetings.c.source_id)
        )
        with self.engine.connect() as conn:
            people_counts = {source_id: n for source_id, n in conn.execute(people)}
            meeting_counts = {source_id: n for source_id, n in conn.execute(meetings)}
            rows = conn.execute(select(evidence_sources).order_by(evidence_sources.c.name)).all()
        return [
            EvidenceSource(row.name, row.kind, row.path, to_utc(row.added_at), to_utc(row.updated_at),
                           people_counts.get(row.id, 0), meeting_counts.get(row.id, 0), json.loads(row.summary or "{}"))
            for row in rows
        ]

    def read_evidence_people(self, name: str, limit: int | None = None) -> list[KnownPerson]:
        """The people of one source, most active first."""
        query = (
            select(evidence_people)
            .join(evidence_sources, evidence_sources.c.id == evidence_people.c.source_id)
            .where(evidence_sources.c.name == name)
            .order_by((evidence_people.c.sent + evidence_people.c.received).desc(), evidence_people.c.name)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [_build_person(row) for row in conn.execute(query)]

    def read_evidence_meetings(self, name: str | None = None) -> list[Meeting]:
        """Meetings of one source (or of all), newest first."""
        query = select(evidence_meetings).order_by(evidence_meetings.c.started_at.desc())
        if name is not None:
            query = query.join(evidence_sources, evidence_sources.c.id == evidence_meetings.c.source_id).where(
                evidence_sources.c.name == name
            )
        with self.engine.connect() as conn:
            return [_build_meeting(row) for row in conn.execute(query)]

    def load_evidence_index(self) -> EvidenceIndex:
        """Everything evidence lookups need, in memory: indexed people, LinkedIn connections,
        meetings and the user's own positions. Kept between calls until any of them changes."""
        with self.engine.connect() as conn:
            stamp = (
                tuple(conn.execute(select(func.count(), func.max(evidence_sources.c.updated_at))).one()),
                conn.scalar(select(func.count()).select_from(schema.connections)),
                conn.scalar(select(func.max(schema.connections.c.id))),
                conn.scalar(select(func.count()).select_from(schema.positions)),
                conn.scalar(select(func.max(schema.messages.c.id))),
                tuple(conn.execute(select(schema.owner_profile)).first() or ()),
            )
        cached = getattr(self, "_evidence_cache", None)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        index = self._read_evidence_index()
        self._evidence_cache = (stamp, index)
        return index

    def _read_evidence_index(self) -> EvidenceIndex:
        index = EvidenceIndex()
        with self.engine.connect() as conn:
            keys: dict[int, list[str]] = {}
            for person_id, lookup in conn.execute(select(evidence_keys.c.person_id, evidence_keys.c.lookup)):
                keys.setdefault(person_id, []).append(lookup)
            query = select(evidence_people, evidence_sources.c.name.label("source_name")).join(
                evidence_sources, evidence_sources.c.id == evidence_people.c.source_id
            )
            for row in conn.execute(query):
                index.add_person(_build_person(row), row.source_name, keys.get(row.id, ()))
            for row in conn.execute(select(schema.connections)):
                index.add_person(_build_connection(row), "LinkedIn export")
            index.meetings = [_build_meeting(row) for row in conn.execute(select(evidence_meetings))]
            index.positions = [_build_position(row) for row in conn.execute(select(schema.positions))]
        owner_url, owner_name = self.read_owner()  # type: ignore[attr-defined]
        index.written = self.find_messages_sent_to(None, owner_url, owner_name)
        return index

    def find_messages_sent_to(
        self, profile_urls: Iterable[str] | None, owner_url: str, owner_name: str
    ) -> dict[str, list[datetime]]:
        """Return, per profile URL (all of them when `profile_urls` is None), when the user sent that
        person a message (oldest first).

        Only messages the user wrote count: a stranger's cold InMail says nothing about knowing them.
        """
        wanted = None if profile_urls is None else {url for url in profile_urls if url}
        msgs = schema.messages
        by_owner = [msgs.c.sender_profile_url == owner_url] if owner_url else []
        if owner_name:
            by_owner.append(msgs.c.sender_name == owner_name)
        if wanted == set() or not by_owner:
            return {}
        sent: dict[str, list[datetime]] = {}
        query = select(msgs.c.recipient_profile_urls, msgs.c.sent_at).where(or_(*by_owner)).order_by(msgs.c.sent_at)
        with self.engine.connect() as conn:
            for recipients, sent_at in conn.execute(query):
                for url in recipients.replace(";", ",").split(","):
                    url = normalise_profile_url(url)
                    if url and (wanted is None or url in wanted) and sent_at is not None:
                        sent.setdefault(url, []).append(to_utc(sent_at))
        return sent


def _upsert_source(conn: Connection, name: str, kind: str, path: str, now: datetime) -> int:
    source_id = conn.scalar(select(evidence_sources.c.id).where(evidence_sources.c.name == name))
    if source_id is not None:
        conn.execute(update(evidence_sources).where(evidence_sources.c.id == source_id).values(kind=kind, path=path))
        return source_id
    result = conn.execute(
        evidence_sources.insert().values(name=name, kind=kind, path=path, added_at=now, updated_at=now)
    )
    return result.inserted_primary_key[0]


def _compare_snapshot(
    conn: Connection, table: Any, source_id: int, rows: list[dict[str, Any]], kind: str, summary: ImportSummary
) -> tuple[list[dict[str, Any]], list[int]]:
    """Compare a source's new rows with the stored ones by key and fingerprint; count what changed.

    Returns the rows to insert (new and changed) and the ids of stored rows to delete (changed and gone).
    """
    query = select(table.c.key, table.c.id, table.c.fingerprint).where(table.c.source_id == source_id)
    stored = {key: (row_id, print_) for key, row_id, print_ in conn.execute(query)}
    fresh, stale = [], []
    for row in rows:
        known = stored.get(row["key"])
        if known is None:
            summary.count("new", kind)
        elif known[1] == row["fingerprint"]:
            summary.count("unchanged", kind)
            continue
        else:
            stale.append(known[0])
            summary.count("updated", kind)
        fresh.append(row)
    wanted = {row["key"] for row in rows}
    gone = [row_id for key, (row_id, _) in stored.items() if key not in wanted]
    summary.count("removed", kind, len(gone))
    return fresh, stale + gone


def _sync_people(conn: Connection, source_id: int, people: dict[str, KnownPerson], summary: ImportSummary) -> None:
    rows = [_person_row(source_id, person) for person in people.values()]
    fresh, doomed = _compare_snapshot(conn, evidence_people, source_id, rows, "people", summary)
    for start in range(0, len(doomed), 500):
        chunk = doomed[start : start + 500]
        conn.execute(delete(evidence_keys).where(evidence_keys.c.person_id.in_(chunk)))
        conn.execute(delete(evidence_people).where(evidence_people.c.id.in_(chunk)))
    if not fresh:
        return
    insert_rows(conn, evidence_people, fresh)
    query = select(evidence_people.c.key, evidence_people.c.id).where(evidence_people.c.source_id == source_id)
    ids = {key: person_id for key, person_id in conn.execute(query)}
    key_rows = [
        {"person_id": ids[row["key"]], "lookup": lookup}
        for row in fresh
        for lookup in build_lookup_keys(row["name"], row["emails"].split(), row["profile_url"])
    ]
    insert_rows(conn, evidence_keys, key_rows)


def _sync_meetings(conn: Connection, source_id: int, meetings: dict[str, Meeting], summary: ImportSummary) -> None:
    rows = [_meeting_row(source_id, meeting) for meeting in meetings.values()]
    fresh, doomed = _compare_snapshot(conn, evidence_meetings, source_id, rows, "meetings", summary)
    for start in range(0, len(doomed), 500):
        conn.execute(delete(evidence_meetings).where(evidence_meetings.c.id.in_(doomed[start : start + 500])))
    insert_rows(conn, evidence_meetings, fresh)


def _person_row(source_id: int, person: KnownPerson) -> dict[str, Any]:
    values = {
        "source_id": source_id,
        "key": person.key,
        "relation": person.relation,
        "name": person.name,
        "emails": " ".join(person.emails),
        "profile_url": normalise_profile_url(person.profile_url),
        "company": person.company,
        "title": person.title,
        "sent": person.sent,
        "received": person.received,
        "first_seen": to_utc(person.first_seen),
        "last_seen": to_utc(person.last_seen),
        "notes": json.dumps(list(person.notes), ensure_ascii=False),
    }
    values["fingerprint"] = fingerprint(*(values[k] for k in sorted(values) if k != "source_id"))
    return values


def _meeting_row(source_id: int, meeting: Meeting) -> dict[str, Any]:
    attendees = [[a.name, a.email, a.is_organiser] for a in meeting.attendees]
    values = {
        "source_id": source_id,
        "key": meeting.key,
        "title": meeting.title,
        "started_at": to_utc(meeting.started_at),
        "location": meeting.location,
        "attendees": json.dumps(attendees, ensure_ascii=False),
    }
    values["fingerprint"] = fingerprint(*(values[k] for k in sorted(values) if k != "source_id"))
    return values


def _build_person(row: Any) -> KnownPerson:
    return KnownPerson(
        key=row.key,
        relation=row.relation,
        name=row.name,
        emails=tuple(row.emails.split()),
        profile_url=row.profile_url,
        company=row.company,
        title=row.title,
        sent=row.sent,
        received=row.received,
        first_seen=to_utc(row.first_seen),
        last_seen=to_utc(row.last_seen),
        notes=tuple(json.loads(row.notes or "[]")),
    )


def _build_connection(row: Any) -> KnownPerson:
    connected = (
        datetime(row.connected_on.year, row.connected_on.month, row.connected_on.day, tzinfo=UTC)
        if row.connected_on else None
    )
    return KnownPerson(
        key=row.key,
        relation="connection",
        name=f"{row.first_name} {row.last_name}".strip(),
        emails=(row.email,) if row.email else (),
        profile_url=row.profile_url,
        company=row.company,
        title=row.position,
        sent=1,
        first_seen=connected,
    )


def _build_meeting(row: Any) -> Meeting:
    attendees = tuple(
        Attendee(name, email, bool(organiser)) for name, email, organiser in json.loads(row.attendees or "[]")
    )
    return Meeting(row.key, row.title, to_utc(row.started_at), row.location, attendees)


def _build_position(row: Any) -> Position:
    return Position(row.company, row.title, row.description, row.location, row.started_on, row.finished_on)
