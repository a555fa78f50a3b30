"""Use case: the user's own corrections to a request, which later imports never overwrite."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from linkscreen.adapters.storage import Store
from linkscreen.core.merging import EDITABLE_FIELDS, FieldChange
from linkscreen.services.challenge import NotFoundError
from linkscreen.services.screening import Screener, Triaged, assess_request

MAX_TEXT = {"name": 500, "headline": 2000, "company": 500, "location": 500}
MAX_MUTUAL = 100_000


def edit_invitation(store: Store, invitation_id: int, now: datetime | None = None, **fields: Any) -> list[FieldChange]:
    """Set a request's name, headline, company, location or mutual_connections as the user says.

    Edited fields are never overwritten by later imports. Each change is kept in the history, and so is each
    value that was already so (it is now kept as the user's). Return the changes (empty when every value was
    already so); raise ValueError for an unknown field or a bad value, NotFoundError for an unknown id.
    """
    values = {name: check_field(name, value) for name, value in fields.items()}
    if not values:
        if store.get_invitation(invitation_id) is None:
            raise NotFoundError(f"no request with id {invitation_id}")
        return []
    changes = store.save_user_edit(invitation_id, values, now or datetime.now(UTC))
    if changes is None:
        raise NotFoundError(f"no request with id {invitation_id}")
    return changes


def edit_and_reassess(
    store: Store, screener: Screener, invitation_id: int, now: datetime | None = None, only_changed: bool = False,
    **fields: Any,
) -> tuple[list[FieldChange], Triaged | None]:
    """Set the fields as `edit_invitation` does, then judge the request again: a corrected headline changes
    what an empty note says. Return the changes and the fresh assessment.

    With `only_changed` (a form sends every field), only the fields whose value differs are set, and so kept
    over later imports. Raise ValueError for a bad value, NotFoundError for an unknown id.
    """
    if only_changed:
        stored = store.get_invitation(invitation_id)
        if stored is None:
            raise NotFoundError(f"no request with id {invitation_id}")
        values = {name: check_field(name, value) for name, value in fields.items()}
        fields = {name: value for name, value in values.items() if getattr(stored.invitation, name) != value}
    changes = edit_invitation(store, invitation_id, now, **fields)
    return changes, assess_request(store, screener, invitation_id)


def check_field(name: str, value: Any) -> Any:
    """Return the value to store for an editable field, or raise ValueError saying what is wrong."""
    if name not in EDITABLE_FIELDS:
        raise ValueError(f"cannot edit {name!r}; editable fields: {', '.join(EDITABLE_FIELDS)}")
    if name == "mutual_connections":
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_MUTUAL:
            raise ValueError(f"mutual_connections must be a whole number from 0 to {MAX_MUTUAL:,}, not {value!r}")
        return value
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text, not {value!r}")
    text = " ".join(value.split())
    if name == "name" and not text:
        raise ValueError("the name cannot be empty")
    if len(text) > MAX_TEXT[name]:
        raise ValueError(f"{name} is longer than {MAX_TEXT[name]} characters")
    return text

