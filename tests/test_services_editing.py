"""The user's corrections to a request's fields, GIVEN/WHEN/THEN: only what changed is kept over imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkscreen.adapters.storage.store import Store
from linkscreen.core.models import Invitation
from linkscreen.core.policy import Policy
from linkscreen.services.challenge import NotFoundError
from linkscreen.services.editing import edit_and_reassess
from linkscreen.services.screening import Screener, assess_request, load_screener

URL = "https://www.linkedin.com/in/aroha"


@pytest.fixture(scope="module")
def screener() -> Screener:
    return load_screener(Path("/nonexistent-home-for-tests"), policy=Policy())


def add(store: Store, invitation: Invitation) -> int:
    with store.importing("test", "jsonl") as writer:
        writer.add(invitation)
    return store.list_invitations()[0].id


def test_given_a_form_with_every_field_when_one_changed_then_only_it_is_set_kept_and_the_request_reassessed(
    sqlite_store, screener
) -> None:
    """GIVEN a triaged request WHEN the card's form sends all four fields with only the headline changed THEN one
    change, only the headline is locked against imports, and the stored assessment follows the new headline."""
    request_id = add(sqlite_store, Invitation(name="Aroha Ngata", headline="Sales Director", company="Kowhai",
                                              location="Wellington", profile_url=URL))
    assert assess_request(sqlite_store, screener, request_id).assessment.intent == "sales_long_game"

    changes, triaged = edit_and_reassess(sqlite_store, screener, request_id, only_changed=True,
                                         headline="  IT  Recruiter ", company="Kowhai", location="Wellington",
                                         mutual_connections="")

    assert [(c.field, c.new) for c in changes] == [("headline", "IT Recruiter")]
    sources = sqlite_store.read_field_sources([request_id]).get(request_id, {})
    assert sources.get("headline") == ("user", True) and "company" not in sources and "location" not in sources
    assert sqlite_store.read_assessments([request_id])[request_id].intent == "recruiter_networking"
    assert triaged is not None and triaged.assessment.intent == "recruiter_networking"


def test_given_bad_values_or_an_unknown_id_when_edited_then_clear_errors_and_nothing_changes(
    sqlite_store, screener
) -> None:
    """GIVEN a request WHEN a negative or non-numeric mutual count, or an unknown id, is sent THEN ValueError
    naming the field, NotFoundError; the stored request is unchanged."""
    request_id = add(sqlite_store, Invitation(name="Aroha Ngata", headline="Sales Director", profile_url=URL))
    for bad in ("-3", "many"):
        with pytest.raises(ValueError, match="mutual_connections must be a whole number"):
            edit_and_reassess(sqlite_store, screener, request_id, headline="CIO", mutual_connections=bad)
    with pytest.raises(NotFoundError):
        edit_and_reassess(sqlite_store, screener, 999, headline="CIO")
    assert sqlite_store.get_invitation(request_id).invitation.headline == "Sales Director"


def test_given_a_value_the_request_already_has_when_edited_then_kept_as_yours_and_recorded_like_a_change(
    sqlite_store, screener
) -> None:
    """GIVEN a request WHEN an edit re-asserts its headline (which pins it against later imports) and changes its
    company THEN only the company is a change, but the history records both, the headline as kept as the user's;
    a form's edit (only_changed) sets nothing unchanged, so records nothing for it."""
    from linkscreen.services.editing import edit_invitation

    request_id = add(sqlite_store, Invitation(name="Aroha Ngata", headline="Sales Director", company="Kowhai",
                                              profile_url=URL))

    changes = edit_invitation(sqlite_store, request_id, headline="Sales Director", company="Kowhai Ltd")

    assert [(c.field, c.new) for c in changes] == [("company", "Kowhai Ltd")]
    edits = [(e.value, e.actor, e.reasons) for e in sqlite_store.list_events(request_id) if e.kind == "edit"]
    assert edits == [("company", "user", ("company: 'Kowhai' -> 'Kowhai Ltd'",)),
                     ("headline", "user", ("headline: 'Sales Director' already so; now kept as yours",))]
    assert sqlite_store.read_field_sources([request_id])[request_id]["headline"] == ("user", True)
    edit_and_reassess(sqlite_store, screener, request_id, only_changed=True, headline="Sales Director",
                      company="Kowhai Ltd", location="")
    assert len([e for e in sqlite_store.list_events(request_id) if e.kind == "edit"]) == 2
