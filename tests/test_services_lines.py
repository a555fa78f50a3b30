"""The stateless JSON Lines use cases: classify and outcome, line by line, in order, failures numbered."""

from __future__ import annotations

import json

from pathlib import Path

import pytest

from linkscreen import services
from linkscreen.core.policy import Policy
from linkscreen.core.taxonomy import INTENTS


@pytest.fixture(scope="module")
def screener() -> services.Screener:
    return services.load_screener(Path("/nonexistent-home-for-tests"), policy=Policy())


def test_given_lines_with_errors_when_classified_then_results_in_order_and_failures_with_line_numbers(screener) -> None:
    lines = [
        json.dumps({"id": "a", "headline": "Recruiter", "message": ""}),
        "{not json",
        json.dumps({"name": "no id"}),
        "",
        json.dumps({"id": 7, "headline": "Account Executive",
                    "message": "Quick 15 minute demo of our platform next week?", "unknown_key": 1}),
    ]
    results = list(services.classify_lines(lines, screener))
    assert [getattr(r, "line", None) for r in results] == [None, 2, 3, None]
    first, last = results[0], results[3]
    assert (
        first["id"] == "a" and first["intent"] == "recruiter_networking" and first["action"] == "ignore"
        and first["reply"] is None
    )
    assert last["id"] == 7 and last["action"] == "ask" and last["reply"].startswith("Hi there,")
    assert set(last) == {"id", "intent", "confidence", "reasons", "action", "reply"}


def test_given_fields_of_the_wrong_kind_when_classified_then_checked_as_an_import_checks_them(screener) -> None:
    """GIVEN classify lines with a count that is no number, an unreadable date, a list for a name, and numbers for
    text THEN the first three are failures naming the field (as `import` says), the last is classified as text."""
    lines = [json.dumps({"id": "b", "mutual_connections": "many"}), json.dumps({"id": "c", "sent_at": "bad"}),
             json.dumps({"id": "d", "name": ["x"]}), json.dumps({"id": 5, "mutual_connections": "12", "message": 42})]
    results = list(services.classify_lines(lines, screener))
    failures = [(r.line, r.reason) for r in results if isinstance(r, services.LineFailure)]
    assert failures == [(1, "'mutual_connections' is not a whole number: 'many'"),
                        (2, "unparseable date in 'sent_at': 'bad'"), (3, "'name' must be text, found list")]
    assert results[3]["id"] == 5 and results[3]["intent"] in INTENTS


def test_given_reply_lines_when_judged_then_outcomes_and_a_failure_for_a_missing_reply(screener) -> None:
    lines = [json.dumps({"id": 1, "reply": "Sorry, wrong person, clicked by mistake!"}), json.dumps({"id": 2})]
    ok, failure = list(services.judge_reply_lines(lines, screener))
    assert ok["outcome"] == "accidental" and failure.line == 2 and "reply" in failure.reason


def test_given_a_large_input_when_classified_in_parallel_then_the_same_results_in_the_same_order(screener) -> None:
    notes = ["", "Quick demo of our platform?", "I have a role for you", "not json"]
    lines = [
        json.dumps({"id": i, "headline": "Recruiter", "message": notes[i % 3]}) if i % 97 else "{bad"
        for i in range(1200)
    ]
    parallel = list(services.classify_lines(lines, screener, workers=2))
    serial = list(services.classify_lines(lines, screener, workers=1))
    assert parallel == serial
    assert [r.line for r in parallel if isinstance(r, services.LineFailure)] == [i + 1 for i in range(0, 1200, 97)]


def test_given_a_long_input_in_one_process_when_the_first_result_is_taken_then_only_a_chunk_more_was_read(
    screener,
) -> None:
    """GIVEN a stream of lines WHEN classified in this process and the first result taken THEN the lines read are
    the head that decides against workers and one chunk: output is streamed a chunk at a time."""
    from linkscreen.services.parallel import PARALLEL_CHUNK, PARALLEL_MIN

    read = []

    def stream():
        for number in range(PARALLEL_MIN * 4):
            read.append(number)
            yield json.dumps({"id": number, "headline": "Recruiter", "message": ""})

    results = services.classify_lines(stream(), screener, workers=1)
    assert next(results)["id"] == 0
    assert len(read) <= PARALLEL_MIN + PARALLEL_CHUNK
