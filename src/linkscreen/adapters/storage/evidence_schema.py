"""Tables of the relationship-evidence index: the sources the user added, the people and meetings in them.

A source is a snapshot: re-adding it updates its people and meetings in place (by their stable keys),
adds the new ones and drops the ones no longer there, in one transaction.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint

from linkscreen.adapters.storage.schema import KEY, metadata

evidence_sources = Table(
    "evidence_sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("kind", String(20), nullable=False),
    Column("path", Text, nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("summary", Text, nullable=False, default="{}"),
)

evidence_people = Table(
    "evidence_people",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", Integer, ForeignKey("evidence_sources.id", ondelete="CASCADE"), nullable=False),
    Column("key", KEY, nullable=False),
    Column("relation", String(20), nullable=False),
    Column("name", Text, nullable=False, default=""),
    Column("emails", Text, nullable=False, default=""),
    Column("profile_url", Text, nullable=False, default=""),
    Column("company", Text, nullable=False, default=""),
    Column("title", Text, nullable=False, default=""),
    Column("sent", Integer, nullable=False, default=0),
    Column("received", Integer, nullable=False, default=0),
    Column("first_seen", DateTime(timezone=True)),
    Column("last_seen", DateTime(timezone=True)),
    Column("notes", Text, nullable=False, default="[]"),
    Column("fingerprint", String(32), nullable=False),
    UniqueConstraint("source_id", "key", name="uq_evidence_people_source_key"),
)

evidence_meetings = Table(
    "evidence_meetings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", Integer, ForeignKey("evidence_sources.id", ondelete="CASCADE"), nullable=False),
    Column("key", KEY, nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("started_at", DateTime(timezone=True)),
    Column("location", Text, nullable=False, default=""),
    Column("attendees", Text, nullable=False, default="[]"),
    Column("fingerprint", String(32), nullable=False),
    UniqueConstraint("source_id", "key", name="uq_evidence_meetings_source_key"),
)

# Lookups by name token, e-mail address and profile URL: one row per (token or address, person).
evidence_keys = Table(
    "evidence_keys",
    metadata,
    Column("person_id", Integer, ForeignKey("evidence_people.id", ondelete="CASCADE"), nullable=False),
    Column("lookup", String(320), nullable=False),
    Index("ix_evidence_keys_lookup", "lookup"),
    Index("ix_evidence_keys_person", "person_id"),
)

EVIDENCE_TABLES = [evidence_sources, evidence_people, evidence_meetings, evidence_keys]
