"""The challenge loop over the store, GIVEN/WHEN/THEN: asked, replied, expired, reply after expiry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from linkscreen import services
from linkscreen.adapters.storage import Store
from linkscreen.core.challenge import ChallengeError
from linkscreen.core.models import Invitation, Message, OwnerProfile
from linkscreen.core.policy import Policy

ASKED = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
ME = "https://www.linkedin.com/in/me"
THEM = "https://www.linkedin.com/in/them"


@pytest.fixture(scope="module")
def screener() -> services.Screener:
    return services.load_screener(Path("/nonexistent-home-for-tests"), policy=Policy(waiting_days=14))


def add(store: Store, *items) -> None:
    with store.importing("test", "linkedin-export") as writer:
        for item in items:
            writer.add(item)


def one(store: Store):
    return store.list_invitations()[0]


def test_given_a_new_request_when_the_user_asks_then_asked_with_the_time(sqlite_store) -> None:
    add(sqlite_store, Invitation(name="Them", profile_url=THEM))
    assert services.record_decision(sqlite_store, one(sqlite_store).id, "ask", now=ASKED) == "asked"
    assert one(sqlite_store).asked_at == ASKED


def test_given_an_asked_request_when_a_reply_is_pasted_then_replied_and_judged(sqlite_store, screener) -> None:
    add(sqlite_store, Invitation(name="Them", profile_url=THEM))
    services.record_decision(sqlite_store, one(sqlite_store).id, "ask", now=ASKED)
    reply = services.record_reply(
        sqlite_store, screener, one(sqlite_store).id, "We both worked at Fonterra in 2016, in the Hamilton data team.",
        ASKED + timedelta(days=1),
    )
    assert reply.outcome == "context_given" and one(sqlite_store).status == "replied"
    (triaged,) = services.assess_queue(sqlite_store, screener)
    assert triaged.assessment.action == "accept"


def test_given_a_reply_when_recorded_and_proposed_then_the_outcome_and_the_final_action_together(
    sqlite_store, screener
) -> None:
    add(sqlite_store, Invitation(name="Them", profile_url=THEM))
    identifier = one(sqlite_store).id
    reply, triaged = services.reply_and_propose(
        sqlite_store, screener, identifier, "Sorry, I clicked connect by accident!"
    )
    assert reply.outcome == "accidental" and triaged is not None and triaged.assessment.action == "ignore"
    assert sqlite_store.read_assessments([identifier])[identifier].action == "ignore"


def test_given_the_export_holds_the_question_and_a_reply_when_synced_then_asked_then_replied(
    sqlite_store, screener
) -> None:
    add(
        sqlite_store,
        OwnerProfile(first_name="Kiri", last_name="Tane", profile_url=ME),
        Invitation(name="Them", profile_url=THEM),
        Message("c1", "Kiri Tane", ASKED, "Hi Them, how have we met or done business before?",
                sender_profile_url=ME, recipient_profile_urls=THEM),
        Message("c1", "Them", ASKED + timedelta(days=2), "Sorry, I clicked connect by accident!",
                sender_profile_url=THEM, recipient_profile_urls=ME),
    )
    report = services.sync_challenges(sqlite_store, screener, now=ASKED + timedelta(days=3))
    assert (report.asked, report.replied, report.expired) == (1, 1, 0)
    assert one(sqlite_store).status == "replied"
    assert services.assess_queue(sqlite_store, screener)[0].assessment.action == "ignore"
    again = services.sync_challenges(sqlite_store, screener, now=ASKED + timedelta(days=3))
    assert (again.asked, again.replied) == (0, 0)


def test_given_an_old_export_without_recipient_urls_when_synced_then_the_conversation_finds_the_request(
    sqlite_store, screener
) -> None:
    """GIVEN a 9-column messages.csv (before 2020: no RECIPIENT PROFILE URLS) THEN the question is matched through
    the other person who wrote in the same conversation."""
    add(
        sqlite_store,
        OwnerProfile(first_name="Kiri", last_name="Tane", profile_url=ME),
        Invitation(name="Them", profile_url=THEM),
        Invitation(name="Other", profile_url="https://www.linkedin.com/in/other"),
        Message("c1", "Kiri Tane", ASKED, "Hi, how have we met or done business before?", sender_profile_url=ME,
                recipient_names="Them"),
        Message("c1", "Them", ASKED + timedelta(days=2), "Sorry, I clicked connect by accident!",
                sender_profile_url=THEM),
    )
    report = services.sync_challenges(sqlite_store, screener, now=ASKED + timedelta(days=3))
    assert (report.asked, report.replied) == (1, 1)
    statuses = {item.invitation.name: item.status for item in sqlite_store.list_invitations()}
    assert statuses == {"Them": "replied", "Other": "new"}


@pytest.mark.parametrize(("names", "asked"), [(["Them"], 1), (["Them", "Them"], 0)])
def test_given_an_old_export_and_no_reply_when_synced_then_only_a_unique_name_match_is_asked(
    sqlite_store, screener, names, asked
) -> None:
    """GIVEN a question with no recipient URL and no answer in its conversation THEN the request whose sender has
    the recipient's name is asked, but only when exactly one new request has that name."""
    add(sqlite_store, OwnerProfile(first_name="Kiri", last_name="Tane", profile_url=ME),
        *(Invitation(name=name, profile_url=f"{THEM}-{n}") for n, name in enumerate(names)),
        Message("c1", "Kiri Tane", ASKED, "How have we met?", sender_profile_url=ME, recipient_names="them"))
    assert services.sync_challenges(sqlite_store, screener, now=ASKED + timedelta(days=1)).asked == asked
    assert sum(item.status == "asked" for item in sqlite_store.list_invitations()) == asked


def test_given_silence_when_the_waiting_period_passes_then_expired_and_ignored(sqlite_store, screener) -> None:
    add(sqlite_store, Invitation(name="Them", profile_url=THEM))
    services.record_decision(sqlite_store, one(sqlite_store).id, "ask", now=ASKED)
    assert services.sync_challenges(sqlite_store, screener, now=ASKED + timedelta(days=13)).expired == 0
    assert services.sync_challenges(sqlite_store, screener, now=ASKED + timedelta(days=14)).expired == 1
    assert one(sqlite_store).status == "expired"
    (triaged,) = services.assess_queue(sqlite_store, screener)
    assert triaged.assessment.action == "ignore" and "no reply within 14 days" in triaged.assessment.decision_reasons[0]


def test_given_an_expired_request_when_a_late_reply_arrives_then_it_is_replied_and_judged(
    sqlite_store, screener
) -> None:
    add(sqlite_store, OwnerProfile(profile_url=ME), Invitation(name="Them", profile_url=THEM))
    services.record_decision(sqlite_store, one(sqlite_store).id, "ask", now=ASKED)
    services.sync_challenges(sqlite_store, screener, now=ASKED + timedelta(days=20))
    add(sqlite_store, Message(
        "c1", "Them", ASKED + timedelta(days=21),
        "We met at the CIO Summit in Auckland; you chaired my session on SD-WAN.", sender_profile_url=THEM,
    ))
    report = services.sync_challenges(sqlite_store, screener, now=ASKED + timedelta(days=22))
    assert report.replied == 1 and one(sqlite_store).status == "replied"


def test_given_decisions_and_labels_when_history_read_then_who_what_when_why(sqlite_store) -> None:
    add(sqlite_store, Invitation(name="Them", profile_url=THEM))
    request_id = one(sqlite_store).id
    services.record_decision(sqlite_store, request_id, "ask", now=ASKED, note="never heard of them")
    services.record_label(sqlite_store, request_id, "sales_pitch", now=ASKED + timedelta(hours=1))
    services.record_decision(sqlite_store, request_id, "ignore", now=ASKED + timedelta(hours=2))
    _, events, _ = services.read_history(sqlite_store, request_id)
    assert [(e.kind, e.value, e.actor) for e in events] == [
        ("decision", "ask", "user"), ("label", "sales_pitch", "user"), ("decision", "ignore", "user")
    ]
    assert events[0].reasons == ("never heard of them",) and events[0].created_at == ASKED


def test_given_bad_input_when_recorded_then_clear_errors(sqlite_store, screener) -> None:
    add(sqlite_store, Invitation(name="Them", profile_url=THEM))
    request_id = one(sqlite_store).id
    with pytest.raises(services.NotFoundError):
        services.record_decision(sqlite_store, 999, "accept")
    with pytest.raises(ValueError, match="intent must be one of"):
        services.record_label(sqlite_store, request_id, "spam")
    with pytest.raises(ValueError, match="empty"):
        services.record_reply(sqlite_store, screener, request_id, "  ")
    services.record_decision(sqlite_store, request_id, "ask")
    with pytest.raises(ChallengeError, match="cannot ask a request that is asked"):
        services.record_decision(sqlite_store, request_id, "ask")


def test_given_a_triaged_request_when_labelled_then_the_card_shows_the_label_at_once_and_relabelling_too(
    sqlite_store, screener
) -> None:
    """GIVEN a triaged request WHEN labelled (as the CLI, the API and the web do) THEN the stored card shows the
    label at once, and a later label replaces it."""
    from linkscreen.services.challenge import label_and_reassess

    add(sqlite_store, Invitation(name="Them", headline="Sales Director", profile_url=THEM))
    request_id = one(sqlite_store).id
    services.assess_request(sqlite_store, screener, request_id)

    assert label_and_reassess(sqlite_store, screener, request_id, "job_seeker").assessment.intent == "job_seeker"
    triaged = label_and_reassess(sqlite_store, screener, request_id, "known_contact")
    assert triaged.assessment.intent == "known_contact"
    assert sqlite_store.read_assessments([request_id])[request_id].intent == "known_contact"
    with pytest.raises(services.NotFoundError):
        label_and_reassess(sqlite_store, screener, 999, "known_contact")


def test_given_a_decision_when_undone_through_the_services_then_the_cli_and_the_api_share_one_use_case(
    sqlite_store,
) -> None:
    """#31: the CLI's `decide --undo` and the API's undo are one service (services.challenge), not web code: it puts
    the request back as its history says, and the web's name for it is the same function."""
    from linkscreen.services import challenge

    assert services.undo_decision is challenge.undo_decision
    add(sqlite_store, Invitation(name="Them", profile_url=THEM))
    identifier = one(sqlite_store).id
    services.record_decision(sqlite_store, identifier, "ignore")
    assert services.undo_decision(sqlite_store, identifier) == "new" == one(sqlite_store).status
    with pytest.raises(ValueError, match="nothing to undo"):
        services.undo_decision(sqlite_store, identifier)
    with pytest.raises(services.NotFoundError):
        services.undo_decision(sqlite_store, 999)


def test_given_an_import_when_the_stored_queue_is_triaged_then_synced_and_every_open_request_assessed(
    sqlite_store, screener
) -> None:
    """#11: `triage_stored` (after every import, CLI and web) assesses the open queue: `list --json`'s verdicts."""
    add(sqlite_store, Invitation(name="Them", profile_url=THEM), Invitation(name="Other", profile_url=ME + "x"))
    done = services.triage_stored(sqlite_store, screener)
    assert done == {"asked": 0, "replied": 0, "expired": 0, "assessed": 2}
    assert len(sqlite_store.read_assessments([s.id for s in sqlite_store.list_invitations()])) == 2
