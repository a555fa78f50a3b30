"""Store methods for the challenge loop: assessments, history events, replies, statuses."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, and_, bindparam, delete, func, or_, select, update

from linkscreen.adapters.storage import schema
from linkscreen.adapters.storage.bulk import insert_rows
from linkscreen.adapters.storage.rows import build_stored_invitation, to_utc
from linkscreen.core.models import (
    HistoryEvent,
    Invitation,
    Message,
    StoredAssessment,
    StoredInvitation,
    StoredReply,
)

MAX_LISTED_IDS = 1000
IDS = bindparam("ids", expanding=True)  # a list of ids, given when the query runs (built and compiled once)
QUESTION_PHRASES = ("how have we met", "how do we know each other", "have we met", "done business before")


class ChallengeTables:
    """Mixed into Store: everything the challenge loop and the learning from the user read and write."""

    engine: Engine

    def get_invitation(self, invitation_id: int) -> StoredInvitation | None:
        """Return one stored request, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.invitations).where(schema.invitations.c.id == invitation_id)).first()
        return build_stored_invitation(row) if row else None

    def list_invitation_ids(self, statuses: Iterable[str] | None = None, limit: int | None = None) -> list[int]:
        """Return the ids of the stored incoming requests in these statuses, newest first (as `list_invitations`)."""
        inv = schema.invitations
        query = select(inv.c.id).where(inv.c.direction == "INCOMING")
        if statuses:
            query = query.where(inv.c.status.in_(list(statuses)))
        query = query.order_by(inv.c.sent_at.desc(), inv.c.id.desc())
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return list(conn.scalars(query))

    def read_invitations(self, ids: Sequence[int], statuses: Iterable[str] | None = None) -> list[StoredInvitation]:
        """Return these stored requests in the order of `ids`, leaving out those gone or not in these statuses.

        For a batch of requests: ids are sent as parameters, MAX_LISTED_IDS at a time."""
        inv = schema.invitations
        query = select(inv).where(inv.c.id.in_(IDS))
        if statuses:
            query = query.where(inv.c.status.in_(list(statuses)))
        found: dict[int, StoredInvitation] = {}
        with self.engine.connect() as conn:
            for chunk in _chunk_ids(ids):
                found.update((row.id, build_stored_invitation(row)) for row in conn.execute(query, {"ids": chunk}))
        return [found[i] for i in ids if i in found]

    def change_status(self, invitation_id: int, status: str, asked_at: datetime | None = None) -> None:
        """Set a request's status (and, for asked, when the question went out)."""
        values: dict[str, Any] = {"status": status}
        if asked_at is not None:
            values["asked_at"] = to_utc(asked_at)
        with self.engine.begin() as conn:
            conn.execute(update(schema.invitations).where(schema.invitations.c.id == invitation_id).values(**values))

    def record_event(self, event: HistoryEvent) -> None:
        """Append one event to a request's history."""
        with self.engine.begin() as conn:
            conn.execute(schema.events.insert().values(**_event_row(event)))

    def list_events(self, invitation_id: int) -> list[HistoryEvent]:
        """Return a request's history, oldest first."""
        table = schema.events
        query = select(table).where(table.c.invitation_id == invitation_id).order_by(table.c.created_at, table.c.id)
        with self.engine.connect() as conn:
            return [
                HistoryEvent(
                    r.invitation_id, r.kind, r.value, r.actor, tuple(json.loads(r.reasons)), to_utc(r.created_at)
                )
                for r in conn.execute(query)
            ]

    def find_remembered_decisions(self, profile_urls: Iterable[str]) -> dict[str, str]:
        """Return, per profile URL, the user's latest accept/ignore of any request from that profile.

        A decision the user undid is forgotten, and so is one on a request that resurfaced (its sender's
        headline or company changed since).
        """
        urls = [url for url in set(profile_urls) if url]
        if not urls:
            return {}
        inv, ev = schema.invitations, schema.events
        query = (
            select(inv.c.profile_url, ev.c.invitation_id, ev.c.kind, ev.c.value)
            .join(ev, ev.c.invitation_id == inv.c.id)
            .where(inv.c.profile_url.in_(urls),
                   or_(and_(ev.c.actor == "user", ev.c.kind.in_(["decision", "undo"])), ev.c.kind == "resurfaced"))
            .order_by(ev.c.created_at, ev.c.id)
        )
        latest: dict[int, tuple[str, str]] = {}
        with self.engine.connect() as conn:
            for url, invitation_id, kind, value in conn.execute(query):
                if kind in ("undo", "resurfaced"):
                    latest.pop(invitation_id, None)
                else:
                    latest[invitation_id] = (url, value)
        remembered: dict[str, str] = {}
        for url, value in latest.values():
            if value in ("accept", "ignore"):
                remembered[url] = value
            else:
                remembered.pop(url, None)
        return remembered

    def save_assessments(self, assessments: Sequence[StoredAssessment], at: datetime) -> None:
        """Replace the stored assessments of these requests, in one transaction (all of them, or none)."""
        if not assessments:
            return
        table = schema.assessments
        with self.engine.begin() as conn:
            replaced = delete(table).where(table.c.invitation_id.in_(IDS))
            for chunk in _chunk_ids([a.invitation_id for a in assessments]):
                conn.execute(replaced, {"ids": chunk})
            insert_rows(conn, table, [_assessment_row(a, at) for a in assessments])

    def read_assessments(self, ids: Sequence[int]) -> dict[int, StoredAssessment]:
        """Return the stored assessments of these requests, by request id (MAX_LISTED_IDS ids per query)."""
        table = schema.assessments
        query = select(table).where(table.c.invitation_id.in_(IDS))
        found: dict[int, StoredAssessment] = {}
        with self.engine.connect() as conn:
            for chunk in _chunk_ids(ids):
                found.update((row.invitation_id, _build_assessment(row)) for row in conn.execute(query, {"ids": chunk}))
        return found

    def read_latest_labels(self, ids: Sequence[int]) -> dict[int, str]:
        """Return the user's latest intent label of each of these requests that has one, by request id.

        One query; a long list of ids is matched after reading (labels are few), not sent as parameters.
        """
        wanted = set(ids)
        if not wanted:
            return {}
        ev = schema.events
        query = select(ev.c.invitation_id, ev.c.value).where(ev.c.kind == "label", ev.c.actor == "user")
        if len(wanted) <= MAX_LISTED_IDS:
            query = query.where(ev.c.invitation_id.in_(sorted(wanted)))
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(ev.c.created_at, ev.c.id))
            return {invitation_id: value for invitation_id, value in rows if invitation_id in wanted}

    def save_reply(self, reply: StoredReply, key: str) -> bool:
        """Store a reply once (by key); return False when it was already there."""
        table = schema.replies
        with self.engine.begin() as conn:
            if conn.execute(select(table.c.id).where(table.c.key == key)).first() is not None:
                return False
            conn.execute(table.insert().values(key=key, **_reply_row(reply)))
        return True

    def list_replies(self, invitation_id: int) -> list[StoredReply]:
        """Return a request's replies, oldest first."""
        table = schema.replies
        query = select(table).where(table.c.invitation_id == invitation_id).order_by(table.c.received_at, table.c.id)
        with self.engine.connect() as conn:
            return [_build_reply(row) for row in conn.execute(query)]

    def read_latest_replies(self, ids: Sequence[int]) -> dict[int, StoredReply]:
        """Return the latest reply (as `list_replies(id)[-1]`) of each of these requests that has one."""
        table = schema.replies
        query = select(table).where(table.c.invitation_id.in_(IDS)).order_by(table.c.received_at, table.c.id)
        latest: dict[int, StoredReply] = {}
        with self.engine.connect() as conn:
            for chunk in _chunk_ids(ids):
                latest.update((row.invitation_id, _build_reply(row)) for row in conn.execute(query, {"ids": chunk}))
        return latest

    def read_user_labels(self) -> list[tuple[Invitation, str, datetime]]:
        """Return every request the user labelled, with its latest label and when."""
        inv, ev = schema.invitations, schema.events
        query = (
            select(inv, ev.c.value, ev.c.created_at)
            .join(ev, ev.c.invitation_id == inv.c.id)
            .where(ev.c.kind == "label")
            .order_by(ev.c.created_at, ev.c.id)
        )
        latest: dict[int, tuple[Invitation, str, datetime]] = {}
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                latest[row.id] = (build_stored_invitation(row).invitation, row.value, to_utc(row.created_at))
        return list(latest.values())

    def find_owner_questions(self, owner_url: str, owner_name: str) -> list[Message]:
        """Return messages the user sent that ask "how have we met?" (any common wording)."""
        msgs = schema.messages
        by_owner = []
        if owner_url:
            by_owner.append(msgs.c.sender_profile_url == owner_url)
        if owner_name:
            by_owner.append(msgs.c.sender_name == owner_name)
        if not by_owner:
            return []
        asks = or_(*(func.lower(msgs.c.content).contains(phrase) for phrase in QUESTION_PHRASES))
        with self.engine.connect() as conn:
            return [_build_message(row) for row in conn.execute(select(msgs).where(or_(*by_owner), asks))]

    def find_messages_from(self, profile_urls: Sequence[str], since: datetime) -> list[Message]:
        """Return messages sent by these profiles after `since`, oldest first."""
        msgs = schema.messages
        query = (
            select(msgs)
            .where(and_(msgs.c.sender_profile_url.in_(list(profile_urls)), msgs.c.sent_at > to_utc(since)))
            .order_by(msgs.c.sent_at)
        )
        with self.engine.connect() as conn:
            return [_build_message(row) for row in conn.execute(query)]

    def find_invitations_by_url(
        self, profile_urls: Sequence[str], statuses: Sequence[str] | None = None
    ) -> list[StoredInvitation]:
        """Return incoming requests from these profiles (optionally only in these statuses)."""
        inv = schema.invitations
        query = select(inv).where(inv.c.direction == "INCOMING", inv.c.profile_url.in_(list(profile_urls)))
        if statuses:
            query = query.where(inv.c.status.in_(list(statuses)))
        with self.engine.connect() as conn:
            return [build_stored_invitation(row) for row in conn.execute(query)]

    def find_conversation_senders(self, conversation_id: str, except_url: str, except_name: str) -> list[str]:
        """Return the profile URLs of the other people who wrote in a conversation (not the user)."""
        if not conversation_id:
            return []
        msgs = schema.messages
        query = select(msgs.c.sender_profile_url).distinct().where(
            msgs.c.conversation_id == conversation_id, msgs.c.sender_profile_url != "",
            msgs.c.sender_profile_url != except_url, msgs.c.sender_name != except_name,
        )
        with self.engine.connect() as conn:
            return [url for (url,) in conn.execute(query)]

    def find_invitations_by_name(self, name: str, statuses: Sequence[str]) -> list[StoredInvitation]:
        """Return incoming requests whose sender has exactly this name (ignoring case and outer spaces)."""
        inv = schema.invitations
        query = select(inv).where(
            inv.c.direction == "INCOMING",
            or_(inv.c.name == name.strip(), func.lower(inv.c.name) == name.strip().lower()),  # SQLite lowers ASCII only
            inv.c.status.in_(list(statuses)),
        )
        with self.engine.connect() as conn:
            return [build_stored_invitation(row) for row in conn.execute(query)]

    def find_invitations_by_url_status(self, statuses: Sequence[str]) -> list[StoredInvitation]:
        """Return incoming requests with a profile URL and a question asked, in these statuses."""
        inv = schema.invitations
        query = select(inv).where(
            inv.c.direction == "INCOMING", inv.c.status.in_(list(statuses)),
            inv.c.profile_url != "", inv.c.asked_at.is_not(None),
        )
        with self.engine.connect() as conn:
            return [build_stored_invitation(row) for row in conn.execute(query)]

    def read_connection_urls(self) -> set[str]:
        """Return the profile URLs of every stored connection (those Connections.csv gave a URL for)."""
        table = schema.connections
        with self.engine.connect() as conn:
            return {
                url for (url,) in conn.execute(select(table.c.profile_url).where(table.c.profile_url != "").distinct())
            }

    def read_owner(self) -> tuple[str, str]:
        """Return the user's own profile URL and full name (empty strings when unknown)."""
        table = schema.owner_profile
        with self.engine.connect() as conn:
            row = conn.execute(select(table).where(table.c.id == 1)).first()
        if row is None:
            return "", ""
        return row.profile_url, f"{row.first_name} {row.last_name}".strip()


def _chunk_ids(ids: Sequence[int]) -> Iterator[list[int]]:
    """The ids, MAX_LISTED_IDS at a time (a query's parameters stay few, whatever the database)."""
    ids = list(ids)
    for start in range(0, len(ids), MAX_LISTED_IDS):
        yield ids[start:start + MAX_LISTED_IDS]


def _event_row(event: HistoryEvent) -> dict[str, Any]:
    return {
        "invitation_id": event.invitation_id,
        "kind": event.kind,
        "value": event.value,
        "actor": event.actor,
        "reasons": json.dumps(list(event.reasons), ensure_ascii=False),
        "created_at": to_utc(event.created_at),
    }


def _assessment_row(a: StoredAssessment, at: datetime) -> dict[str, Any]:
    return {
        "invitation_id": a.invitation_id,
        "intent": a.intent,
        "confidence": a.confidence,
        "reasons": json.dumps(list(a.reasons), ensure_ascii=False),
        "action": a.action,
        "decision_reasons": json.dumps(list(a.decision_reasons), ensure_ascii=False),
        "reply": a.reply,
        "model_id": a.model_id,
        "input_fingerprint": a.input_fingerprint,
        "assessed_at": to_utc(at),
    }


def _build_assessment(row: Any) -> StoredAssessment:
    return StoredAssessment(
        row.invitation_id,
        row.intent,
        row.confidence,
        tuple(json.loads(row.reasons)),
        row.action,
        tuple(json.loads(row.decision_reasons)),
        row.reply,
        row.model_id,
        row.input_fingerprint,
    )


def _reply_row(reply: StoredReply) -> dict[str, Any]:
    return {
        "invitation_id": reply.invitation_id,
        "text": reply.text,
        "received_at": to_utc(reply.received_at),
        "source": reply.source,
        "outcome": reply.outcome,
        "confidence": reply.confidence,
        "reasons": json.dumps(list(reply.reasons), ensure_ascii=False),
    }


def _build_reply(row: Any) -> StoredReply:
    return StoredReply(
        row.invitation_id, row.text, to_utc(row.received_at), row.source, row.outcome, row.confidence,
        tuple(json.loads(row.reasons)),
    )


def _build_message(row: Any) -> Message:
    return Message(
        conversation_id=row.conversation_id,
        sender_name=row.sender_name,
        sent_at=to_utc(row.sent_at),
        content=row.content,
        conversation_title=row.conversation_title,
        sender_profile_url=row.sender_profile_url,
        recipient_names=row.recipient_names,
        recipient_profile_urls=row.recipient_profile_urls,
        subject=row.subject,
        folder=row.folder,
        is_sponsored=row.is_sponsored,
    )
