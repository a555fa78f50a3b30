"""Read-only Store methods for the web app: a filtered, paginated queue and the dashboard's counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select

from linkscreen.adapters.storage import schema
from linkscreen.adapters.storage.challenge_tables import _build_assessment
from linkscreen.adapters.storage.rows import build_stored_invitation
from linkscreen.core.merging import fold_name
from linkscreen.core.models import StoredAssessment, StoredInvitation

INCOMING = "INCOMING"


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which incoming requests to show: statuses, an intent, an action and part of a name."""

    statuses: tuple[str, ...] = ()
    intent: str = ""
    action: str = ""
    name: str = ""


class WebTables:
    """Mixed into Store: the queries behind the web app's queue page and dashboard."""

    engine: Engine

    def list_queue_rows(
        self, wanted: QueueFilter, limit: int, offset: int = 0
    ) -> list[tuple[StoredInvitation, StoredAssessment | None]]:
        """Return one page of incoming requests, newest first, each with its assessment (or None).

        The page's ids come first from the indexes alone; only those rows are then read whole.
        """
        inv, ass = schema.invitations, schema.assessments
        needs_join = bool(wanted.intent or wanted.action)
        ids_query = _filter_query(select(inv.c.id), wanted, needs_join, self.engine.dialect.name)
        ids_query = ids_query.order_by(inv.c.sent_at.desc(), inv.c.id.desc()).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            ids = list(conn.scalars(ids_query))
            if not ids:
                return []
            rows = conn.execute(
                select(inv, *_assessment_columns())
                .select_from(inv.outerjoin(ass, ass.c.invitation_id == inv.c.id))
                .where(inv.c.id.in_(ids))
            ).all()
        by_id = {row.id: row for row in rows}
        return [_build_pair(by_id[identifier]) for identifier in ids if identifier in by_id]

    def count_queue_rows(self, wanted: QueueFilter, cap: int | None = None) -> int:
        """Count the incoming requests this filter lets through (stopping at `cap` when given)."""
        inv = schema.invitations
        needs_join = bool(wanted.intent or wanted.action)
        inner = _filter_query(select(inv.c.id), wanted, needs_join, self.engine.dialect.name)
        if cap is not None:
            inner = inner.limit(cap)
        query = select(func.count()).select_from(inner.subquery())
        with self.engine.connect() as conn:
            return int(conn.scalar(query) or 0)

    def count_days_by_intent(self) -> list[tuple[str, str, int]]:
        """Return (day as YYYY-MM-DD, intent or "", count) for every incoming request with a date."""
        inv, ass = schema.invitations, schema.assessments
        day = func.date(inv.c.sent_at)
        intent = func.coalesce(ass.c.intent, "")
        query = (
            select(day, intent, func.count())
            .select_from(inv.outerjoin(ass, ass.c.invitation_id == inv.c.id))
            .where(inv.c.direction == INCOMING, inv.c.sent_at.is_not(None))
            .group_by(day, intent)
        )
        with self.engine.connect() as conn:
            return [(str(d), str(i), int(n)) for d, i, n in conn.execute(query)]

    def count_user_decisions(self) -> dict[str, int]:
        """Return how many decisions the user recorded, by action."""
        ev = schema.events
        query = (
            select(ev.c.value, func.count()).where(ev.c.kind == "decision", ev.c.actor == "user").group_by(ev.c.value)
        )
        with self.engine.connect() as conn:
            return {str(value): int(count) for value, count in conn.execute(query)}

    def count_reply_outcomes(self) -> dict[str, int]:
        """Return how many replies were judged, by outcome."""
        rep = schema.replies
        query = select(rep.c.outcome, func.count()).group_by(rep.c.outcome)
        with self.engine.connect() as conn:
            return {str(outcome): int(count) for outcome, count in conn.execute(query)}

    def count_top_companies(self, limit: int = 10) -> list[tuple[str, int]]:
        """Return the companies that sent the most incoming requests, most first."""
        inv = schema.invitations
        total = func.count().label("total")
        query = (
            select(inv.c.company, total)
            .where(inv.c.direction == INCOMING, inv.c.company != "")
            .group_by(inv.c.company)
            .order_by(total.desc(), inv.c.company)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [(str(company), int(count)) for company, count in conn.execute(query)]


ASSESSMENT_FIELDS = (
    "intent", "confidence", "reasons", "action", "decision_reasons", "reply", "model_id", "input_fingerprint"
)


def _assessment_columns() -> list[Any]:
    ass = schema.assessments
    return [ass.c[name].label(f"a_{name}") for name in ASSESSMENT_FIELDS]


def _filter_query(query: Any, wanted: QueueFilter, join: bool, dialect: str) -> Any:
    inv, ass = schema.invitations, schema.assessments
    query = query.select_from(inv.outerjoin(ass, ass.c.invitation_id == inv.c.id) if join else inv)
    query = query.where(inv.c.direction == INCOMING)
    if wanted.statuses:
        query = query.where(inv.c.status.in_(list(wanted.statuses)))
    if wanted.intent:
        query = query.where(ass.c.intent == wanted.intent)
    if wanted.action:
        query = query.where(ass.c.action == wanted.action)
    name = wanted.name.strip()
    if name:
        # Names are compared folded (no case, accents or extra spaces), as merging does: the stored
        # `name_key` holds each incoming name folded, so "lucia" finds "Lucía" on SQLite and PostgreSQL.
        folded = fold_name(name)
        column, text = (inv.c.name_key, folded) if folded else (inv.c.name, name)
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        if folded or dialect == "sqlite":  # SQLite's LIKE ignores ASCII case by itself; elsewhere ILIKE does it
            query = query.where(column.like(pattern, escape="\\"))
        else:
            query = query.where(column.ilike(pattern, escape="\\"))
    return query


def _build_pair(row: Any) -> tuple[StoredInvitation, StoredAssessment | None]:
    stored = build_stored_invitation(row)
    mapping = row._mapping
    if mapping["a_intent"] is None:
        return stored, None
    return stored, _build_assessment(_AssessmentRow(stored.id, mapping))


class _AssessmentRow:
    """Adapts the labelled assessment columns of a joined row to what `_build_assessment` reads."""

    def __init__(self, invitation_id: int, mapping: Any) -> None:
        self.invitation_id = invitation_id
        for name in ASSESSMENT_FIELDS:
            setattr(self, name, mapping[f"a_{name}"])
