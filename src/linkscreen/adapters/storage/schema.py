"""Table definitions. Only the storage package knows table and column names."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

KEY = String(600)

migrations = Table(
    "migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

imports = Table(
    "imports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("summary", Text, nullable=False, default="{}"),
)

invitations = Table(
    "invitations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", KEY, nullable=False, unique=True),
    Column("direction", String(10), nullable=False),
    Column("name", Text, nullable=False),
    Column("headline", Text, nullable=False, default=""),
    Column("company", Text, nullable=False, default=""),
    Column("location", Text, nullable=False, default=""),
    Column("mutual_connections", Integer),
    Column("message", Text, nullable=False, default=""),
    Column("sent_at", DateTime(timezone=True)),
    Column("profile_url", Text, nullable=False, default=""),
    Column("source", String(40), nullable=False, default=""),
    Column("external_id", Text, nullable=False, default=""),
    Column("counterpart_name", Text, nullable=False, default=""),
    Column("counterpart_url", Text, nullable=False, default=""),
    Column("fingerprint", String(32), nullable=False),
    Column("status", String(10), nullable=False, default="new"),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("asked_at", DateTime(timezone=True)),
    Column("name_key", Text, nullable=False, default=""),
    Index("ix_invitations_direction_status_sent", "direction", "status", "sent_at"),
    Index("ix_invitations_profile_url", "profile_url"),
    Index("ix_invitations_direction_sent", "direction", "sent_at", "id"),
    Index("ix_invitations_name_key", "name_key"),
)

connections = Table(
    "connections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", KEY, nullable=False, unique=True),
    Column("first_name", Text, nullable=False, default=""),
    Column("last_name", Text, nullable=False, default=""),
    Column("profile_url", Text, nullable=False, default=""),
    Column("email", Text, nullable=False, default=""),
    Column("company", Text, nullable=False, default=""),
    Column("position", Text, nullable=False, default=""),
    Column("connected_on", Date),
    Column("fingerprint", String(32), nullable=False),
)

messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", KEY, nullable=False, unique=True),
    Column("conversation_id", Text, nullable=False, default=""),
    Column("conversation_title", Text, nullable=False, default=""),
    Column("sender_name", Text, nullable=False, default=""),
    Column("sender_profile_url", Text, nullable=False, default=""),
    Column("recipient_names", Text, nullable=False, default=""),
    Column("recipient_profile_urls", Text, nullable=False, default=""),
    Column("sent_at", DateTime(timezone=True)),
    Column("subject", Text, nullable=False, default=""),
    Column("content", Text, nullable=False, default=""),
    Column("folder", Text, nullable=False, default=""),
    Column("is_sponsored", Boolean, nullable=False, default=False),
    Column("fingerprint", String(32), nullable=False),
    Index("ix_messages_sender_profile_url", "sender_profile_url"),
)

positions = Table(
    "positions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", KEY, nullable=False, unique=True),
    Column("company", Text, nullable=False, default=""),
    Column("title", Text, nullable=False, default=""),
    Column("description", Text, nullable=False, default=""),
    Column("location", Text, nullable=False, default=""),
    Column("started_on", Date),
    Column("finished_on", Date),
    Column("fingerprint", String(32), nullable=False),
)

owner_profile = Table(
    "owner_profile",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("first_name", Text, nullable=False, default=""),
    Column("last_name", Text, nullable=False, default=""),
    Column("headline", Text, nullable=False, default=""),
    Column("industry", Text, nullable=False, default=""),
    Column("location", Text, nullable=False, default=""),
    Column("profile_url", Text, nullable=False, default=""),
)

counters = Table(
    "counters",
    metadata,
    Column("name", String(80), primary_key=True),
    Column("value", Integer, nullable=False, default=0),
)

assessments = Table(
    "assessments",
    metadata,
    Column("invitation_id", Integer, ForeignKey("invitations.id", ondelete="CASCADE"), primary_key=True),
    Column("intent", String(40), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("reasons", Text, nullable=False, default="[]"),
    Column("action", String(10), nullable=False),
    Column("decision_reasons", Text, nullable=False, default="[]"),
    Column("reply", Text),
    Column("model_id", String(80), nullable=False),
    Column("input_fingerprint", String(32), nullable=False),
    Column("assessed_at", DateTime(timezone=True), nullable=False),
    Index("ix_assessments_action", "action"),
    Index("ix_assessments_intent", "intent"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("invitation_id", Integer, ForeignKey("invitations.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("value", String(40), nullable=False, default=""),
    Column("actor", String(20), nullable=False),
    Column("reasons", Text, nullable=False, default="[]"),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_events_invitation", "invitation_id", "created_at"),
    Index("ix_events_kind", "kind"),
)

replies = Table(
    "replies",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("invitation_id", Integer, ForeignKey("invitations.id", ondelete="CASCADE"), nullable=False),
    Column("key", KEY, nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("source", String(20), nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("reasons", Text, nullable=False, default="[]"),
    Index("ix_replies_invitation", "invitation_id"),
)

invitation_fields = Table(
    "invitation_fields",
    metadata,
    Column("invitation_id", Integer, ForeignKey("invitations.id", ondelete="CASCADE"), primary_key=True),
    Column("field", String(40), primary_key=True),
    Column("source", String(40), nullable=False),
    Column("edited", Boolean, nullable=False, default=False),
    Column("set_at", DateTime(timezone=True), nullable=False),
)
