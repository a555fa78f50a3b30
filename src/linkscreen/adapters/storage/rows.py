"""Conversions between core records and table rows."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from linkscreen.core.models import (
    Connection,
    Invitation,
    Message,
    OwnerProfile,
    Position,
    StoredInvitation,
    fingerprint,
    normalise_profile_url,
)
from linkscreen.core.taxonomy import Direction

BOOKKEEPING = ("id", "key", "fingerprint", "status", "imported_at", "asked_at", "name_key")


def convert_record(record: Invitation | Connection | Message | Position) -> dict[str, Any]:
    """Return the row for a record, with its natural key (no fingerprint yet)."""
    if isinstance(record, Invitation):
        row = {
            "direction": record.direction.value,
            "name": record.name,
            "headline": record.headline,
            "company": record.company,
            "location": record.location,
            "mutual_connections": record.mutual_connections,
            "message": record.message,
            "sent_at": to_utc(record.sent_at),
            "profile_url": normalise_profile_url(record.profile_url),
            "source": record.source,
            "external_id": record.external_id,
            "counterpart_name": record.counterpart_name,
            "counterpart_url": normalise_profile_url(record.counterpart_url),
        }
    elif isinstance(record, Connection):
        row = {
            "first_name": record.first_name,
            "last_name": record.last_name,
            "profile_url": normalise_profile_url(record.profile_url),
            "email": record.email,
            "company": record.company,
            "position": record.position,
            "connected_on": record.connected_on,
        }
    elif isinstance(record, Message):
        row = {
            "conversation_id": record.conversation_id,
            "conversation_title": record.conversation_title,
            "sender_name": record.sender_name,
            "sender_profile_url": normalise_profile_url(record.sender_profile_url),
            "recipient_names": record.recipient_names,
            "recipient_profile_urls": record.recipient_profile_urls,
            "sent_at": to_utc(record.sent_at),
            "subject": record.subject,
            "content": record.content,
            "folder": record.folder,
            "is_sponsored": record.is_sponsored,
        }
    else:
        row = {
            "company": record.company,
            "title": record.title,
            "description": record.description,
            "location": record.location,
            "started_on": record.started_on,
            "finished_on": record.finished_on,
        }
    row["key"] = record.natural_key
    return row


RECORD_KINDS = {Invitation: "invitations", Connection: "connections", Message: "messages", Position: "positions"}
_SHARED_COLUMNS: dict[tuple[str, ...], tuple[str, ...]] = {}


def prepare_item(item: Any) -> Any:
    """Turn a storable record into a prepared row `(kind, columns, values)`; pass anything else through.

    Plain tuples, with one columns tuple shared per kind, pickle several times faster than dicts or
    dataclasses: this is what a reader process sends to the writing one.
    """
    kind = RECORD_KINDS.get(type(item))
    if kind is None:
        return item
    if kind == "messages":
        return kind, MESSAGE_COLUMNS, prepare_message_values(item)
    row = stamp_fingerprint(convert_record(item))
    columns = tuple(row)
    return kind, _SHARED_COLUMNS.setdefault(columns, columns), tuple(row.values())


MESSAGE_COLUMNS = (
    "conversation_id", "conversation_title", "sender_name", "sender_profile_url", "recipient_names",
    "recipient_profile_urls", "sent_at", "subject", "content", "folder", "is_sponsored", "key", "fingerprint",
)


def prepare_message_values(message: Message) -> tuple[Any, ...]:
    """A message's row values in MESSAGE_COLUMNS order, built directly (a million of these per import).

    Its fingerprint is its key: the key already hashes everything the message says.
    """
    key = message.natural_key
    return (
        message.conversation_id, message.conversation_title, message.sender_name,
        normalise_profile_url(message.sender_profile_url), message.recipient_names, message.recipient_profile_urls,
        to_utc(message.sent_at), message.subject, message.content, message.folder, message.is_sponsored, key, key,
    )


def stamp_fingerprint(row: dict[str, Any]) -> dict[str, Any]:
    """Set the row's fingerprint from its content columns (sorted, so the order never matters)."""
    row["fingerprint"] = fingerprint(*(row[k] for k in sorted(row) if k not in BOOKKEEPING))
    return row


def merge_rows(stored: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    """Fill the stored row's gaps from the incoming one; a value never gets blanked by a poorer source."""
    merged = {}
    for column, value in incoming.items():
        if column in BOOKKEEPING:
            continue
        merged[column] = stored.get(column) if value in ("", None) else value
    return stamp_fingerprint(merged)


def convert_owner(profile: OwnerProfile) -> dict[str, Any]:
    """Return the owner-profile row values that are set (empty ones never blank stored ones)."""
    values = {
        "first_name": profile.first_name,
        "last_name": profile.last_name,
        "headline": profile.headline,
        "industry": profile.industry,
        "location": profile.location,
        "profile_url": normalise_profile_url(profile.profile_url),
    }
    return {k: v for k, v in values.items() if v}


def to_utc(moment: datetime | None) -> datetime | None:
    """Return the moment in UTC; a naive one is taken to be UTC already."""
    if moment is None or moment.tzinfo is UTC:
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def build_stored_invitation(row: Any) -> StoredInvitation:
    """Turn an invitations row back into a StoredInvitation."""
    invitation = Invitation(
        name=row.name,
        headline=row.headline,
        company=row.company,
        location=row.location,
        mutual_connections=row.mutual_connections,
        message=row.message,
        sent_at=to_utc(row.sent_at),
        profile_url=row.profile_url,
        direction=Direction(row.direction),
        source=row.source,
        external_id=row.external_id,
        counterpart_name=row.counterpart_name,
        counterpart_url=row.counterpart_url,
    )
    return StoredInvitation(row.id, invitation, row.status, to_utc(row.imported_at), to_utc(row.asked_at))
