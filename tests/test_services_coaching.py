"""Coaching use cases: one draft with its predicted reception, JSON Lines, and the user's sent invitations."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from linkscreen import services
from linkscreen.adapters.storage import Store
from linkscreen.core.models import Connection, Invitation
from linkscreen.core.policy import Policy
from linkscreen.core.rules import build_rule
from linkscreen.core.taxonomy import Direction

PITCH = "Hi Aroha, our platform helps companies like yours cut cloud spend by 30%. 15 minutes next week for a demo?"
PERSONAL = (
    "Hi Aroha, we met at the Wellington CIO breakfast and talked about Exchange. "
    "Happy to share our migration checklist."
)
URL = "https://www.linkedin.com/in/{}"


@pytest.fixture(scope="module")
def screener() -> services.Screener:
    return services.load_screener(Path("/nonexistent-home-for-tests"), policy=Policy())


def test_given_a_pitch_when_coached_then_scored_and_predicted_as_the_guarded_policy_would_treat_it(screener) -> None:
    report = services.coach_draft(screener, PITCH, "Aroha Ngata")
    assert report.score < 60
    assert (report.predicted_intent, report.predicted_action) == ("sales_pitch", "ask")
    assert report.prediction == "this would be read as sales_pitch and get the 'how have we met?' question"


def test_given_an_empty_draft_when_coached_then_zero_and_ignored_as_playing_the_numbers(screener) -> None:
    report = services.coach_draft(screener, "")
    assert report.score == 0 and report.predicted_action == "ignore"


def test_given_the_users_own_lenient_policy_when_coaching_then_the_recipient_is_still_assumed_guarded() -> None:
    rule = build_rule("everyone", "note", "regex", ".", "accept")
    lenient = services.load_screener(Path("/nonexistent-home-for-tests"), policy=Policy(preset="open", rules=(rule,)))
    assert services.coach_draft(lenient, PITCH).predicted_action == "ask"


def test_given_jsonl_lines_when_coached_then_reports_in_order_and_failures_with_line_numbers(screener) -> None:
    lines = [
        json.dumps({"id": "a", "message": PERSONAL, "recipient_name": "Aroha Ngata", "context": "CIO breakfast"}),
        "{not json",
        json.dumps({"message": "no id"}),
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "message": "hi", "recipient_name": 7}),
        "",
        json.dumps({"id": 9, "message": PITCH, "recipient_name": None, "unknown_key": True}),
    ]
    results = list(services.coach_lines(lines, screener))
    failures = [r for r in results if isinstance(r, services.LineFailure)]
    assert [(f.line, f.reason) for f in failures] == [
        (2, "not valid JSON (Expecting property name enclosed in double quotes)"),
        (3, 'missing "id"'),
        (4, 'missing "message" (a string)'),
        (5, '"recipient_name" must be a string'),
    ]
    first, last = (r for r in results if isinstance(r, dict))
    assert set(first) == {"id", "score", "checks", "suggestions", "predicted_intent", "predicted_action"}
    assert first["id"] == "a" and first["score"] > last["score"] and last["id"] == 9
    assert set(first["checks"][0]) == {"name", "passed", "detail"}
    assert last["predicted_intent"] == "sales_pitch" and any('"our platform' in s.lower() for s in last["suggestions"])


def store_sent(store: Store, invitations: list[Invitation], connections: list[Connection]) -> None:
    with store.importing("test", "jsonl") as writer:
        for record in [*invitations, *connections]:
            writer.add(record)


def sent(name: str, message: str, slug: str = "") -> Invitation:
    return Invitation(name=name, message=message, profile_url=URL.format(slug) if slug else "",
                      direction=Direction.OUTGOING, sent_at=datetime(2026, 1, 5, tzinfo=UTC), source="test")


def test_given_connections_when_read_then_their_profile_urls_only(store: Store) -> None:
    store_sent(store, [], [
        Connection("Ana", "Lima", URL.format("ana")), Connection("Bo", "Chen", ""),
        Connection("Cy", "Ng", URL.format("cy")),
    ])
    assert store.read_connection_urls() == {URL.format("ana"), URL.format("cy")}


def test_given_sent_invitations_and_connections_when_scored_then_acceptance_by_score_band(
    store: Store, screener
) -> None:
    store_sent(
        store,
        [
            sent("Aroha Ngata", PERSONAL, "aroha"),
            sent("Ana Lima", PERSONAL.replace("Aroha", "Ana"), "ana"),
            sent("Bo Chen", "", "bo"),
            sent("Cy Ng", PITCH.replace("Aroha", "Cy"), "cy"),
            sent("Di Roa", "", ""),  # no URL: cannot tell
            Invitation(name="Incoming Person", message="", profile_url=URL.format("in")),  # incoming: not the user's
        ],
        [Connection("Aroha", "Ngata", URL.format("aroha")), Connection("Cy", "Ng", URL.format("cy"))],
    )
    report = services.score_sent_invitations(store, screener)
    assert report.connections_on_file and len(report.scores) == 5
    accepted = {item.stored.invitation.name: item.accepted for item in report.scores}
    assert accepted == {"Aroha Ngata": True, "Ana Lima": False, "Bo Chen": False, "Cy Ng": True, "Di Roa": None}
    bands = {band.band: (band.sent, band.known, band.accepted) for band in report.bands}
    assert bands == {"0-39": (2, 1, 0), "40-59": (1, 1, 1), "60-79": (0, 0, 0), "80-100": (2, 2, 1)}
    rates = {band.band: band.rate for band in report.bands}
    assert rates["80-100"] == 0.5 and rates["0-39"] == 0.0 and rates["60-79"] is None
    row = services.describe_sent_score(report.scores[0])
    assert {"id", "name", "profile_url", "sent_at", "message", "accepted", "score", "checks", "suggestions"} <= set(row)


def test_given_no_connections_when_sent_invitations_scored_then_acceptance_is_unknown(
    sqlite_store: Store, screener
) -> None:
    store_sent(sqlite_store, [sent("Aroha Ngata", PERSONAL, "aroha")], [])
    report = services.score_sent_invitations(sqlite_store, screener)
    assert not report.connections_on_file
    assert [item.accepted for item in report.scores] == [None]
    assert all(band.rate is None for band in report.bands)
