"""The stateless JSON Lines use cases: `classify` (requests in, intent and decision out) and `outcome`
(replies in, their outcome out). One result per usable line, in input order; a line that cannot be used is a
LineFailure with its number. Nothing is stored."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import chain, islice
from typing import Any

from linkscreen.adapters.generic import build_invitation
from linkscreen.core.classifier import Classification
from linkscreen.core.evidence import EvidenceIndex, find_evidence
from linkscreen.core.models import Invitation, RowError
from linkscreen.core.policy import Decision, decide_action
from linkscreen.services.parallel import PARALLEL_CHUNK, PARALLEL_MIN, can_fork, fork_workers, split_chunks
from linkscreen.services.screening import Screener


@dataclass(slots=True)
class LineFailure:
    """A JSON Lines input line that could not be used."""

    line: int
    reason: str


def classify_lines(
    lines: Iterable[str], screener: Screener, workers: int | None = None, evidence: EvidenceIndex | None = None
) -> Iterator[dict[str, Any] | LineFailure]:
    """Stateless `classify`: one JSON object per input line in, one result (or failure) per line out.

    With an evidence index (read from the user's database), decisions weigh it exactly as the
    queue does. Large inputs are shared among worker processes (one per core), in order; small
    ones are not worth the start-up. Either way requests are classified a chunk at a time
    (`classify_many`, quicker than one by one), so results come out a chunk at a time.
    """
    numbered = enumerate(lines, start=1)
    head = list(islice(numbered, PARALLEL_MIN))
    workers = workers if workers is not None else (os.cpu_count() or 1)
    work = partial(_classify_chunk, screener, evidence or EvidenceIndex())
    chunks = split_chunks(chain(head, numbered), PARALLEL_CHUNK)
    if len(head) < PARALLEL_MIN or not can_fork(workers):
        for chunk in chunks:
            yield from work(chunk)
        return
    with fork_workers(work, workers) as map_chunks:
        for results in map_chunks(chunks):
            yield from results


def _classify_chunk(
    screener: Screener, index: EvidenceIndex, chunk: list[tuple[int, str]]
) -> list[dict[str, Any] | LineFailure]:
    """Classify (classify_many) and decide a chunk of numbered lines, results in input order."""
    parsed = list(_parse_numbered(chunk))
    built = [record if isinstance(record, LineFailure) else _build_request(number, record) for number, record in parsed]
    invitations = [item for item in built if isinstance(item, Invitation)]
    classifications = iter(screener.classify_many(invitations))
    results: list[dict[str, Any] | LineFailure] = []
    for (_, record), item in zip(parsed, built):
        if isinstance(item, LineFailure):
            results.append(item)
            continue
        classification = next(classifications)
        decision = decide_action(item, classification, find_evidence(index, item), screener.policy)
        results.append(_describe_result(record, classification, decision))
    return results


def _build_request(number: int, record: dict[str, Any]) -> Invitation | LineFailure:
    """A `classify` line as a request, its fields checked as an import checks them (a name is not required)."""
    built = build_invitation(record, "classify", "", number, require_name=False)
    return LineFailure(number, built.reason) if isinstance(built, RowError) else built


def _describe_result(record: dict[str, Any], classification: Classification, decision: Decision) -> dict[str, Any]:
    """One output line of `classify`."""
    return {
        "id": record["id"],
        "intent": classification.intent,
        "confidence": round(classification.confidence, 4),
        "reasons": list(classification.reasons) + list(decision.reasons[1:]),
        "action": decision.action,
        "reply": decision.reply,
    }


def judge_reply_lines(lines: Iterable[str], screener: Screener) -> Iterator[dict[str, Any] | LineFailure]:
    """Stateless `outcome`: judge each reply line; `reply` is required."""
    for _, record in parse_json_lines(lines, required="reply"):
        if isinstance(record, LineFailure):
            yield record
            continue
        judged = screener.judge_reply(
            record["reply"], str(record.get("invitation_message") or ""), str(record.get("sender_headline") or "")
        )
        yield {
            "id": record["id"], "outcome": judged.outcome, "confidence": round(judged.confidence, 4),
            "reasons": list(judged.reasons),
        }


def parse_json_lines(
    lines: Iterable[str], required: str = ""
) -> Iterator[tuple[int, dict[str, Any] | LineFailure]]:
    """Each usable line's number and object (with an "id"), else a LineFailure; with `required`, an object without
    text under that key is a failure too."""
    for number, record in _parse_numbered(enumerate(lines, start=1)):
        if required and not isinstance(record, LineFailure) and not isinstance(record.get(required), str):
            record = LineFailure(number, f'missing "{required}" (a string)')
        yield number, record


def _parse_numbered(numbered: Iterable[tuple[int, str]]) -> Iterator[tuple[int, dict[str, Any] | LineFailure]]:
    for number, line in numbered:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            yield number, LineFailure(number, f"not valid JSON ({error.msg})")
            continue
        if not isinstance(record, dict):
            yield number, LineFailure(number, "expected a JSON object")
        elif "id" not in record or record["id"] in (None, ""):
            yield number, LineFailure(number, 'missing "id"')
        else:
            yield number, record
