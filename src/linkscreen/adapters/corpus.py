"""Reading labelled corpora (the project's training data, a user's labels, evaluation sets)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from linkscreen.core.models import Invitation
from linkscreen.core.taxonomy import INTENTS, OUTCOMES


class CorpusError(Exception):
    """A corpus file has a line that is not a valid labelled example."""


@dataclass(frozen=True, slots=True)
class LabelledInvitation:
    """A request with its intent label, and the voice (writer/style) it came from."""

    invitation: Invitation
    intent: str
    voice: str = ""
    action: str | None = None


@dataclass(frozen=True, slots=True)
class LabelledReply:
    """A reply to the challenge with its outcome label."""

    id: str
    reply: str
    invitation_message: str
    sender_headline: str
    outcome: str
    voice: str = ""


def read_intent_examples(path: Path) -> Iterator[LabelledInvitation]:
    """Yield labelled requests from a JSON Lines file (corpus format, or `label: {intent}` format)."""
    for line_number, record in _read_jsonl(path):
        label = record.get("label") or {}
        intent = record.get("intent") or label.get("intent")
        if intent not in INTENTS:
            raise CorpusError(f"{path}:{line_number}: " + _describe_bad_label("intent", intent))
        yield LabelledInvitation(
            convert_invitation(record), intent, record.get("voice", path.stem), label.get("action")
        )


def read_reply_examples(path: Path) -> Iterator[LabelledReply]:
    """Yield labelled replies from a JSON Lines file (corpus format, or `label: {outcome}` format)."""
    for line_number, record in _read_jsonl(path):
        outcome = record.get("outcome") or (record.get("label") or {}).get("outcome")
        if outcome not in OUTCOMES:
            raise CorpusError(f"{path}:{line_number}: " + _describe_bad_label("outcome", outcome))
        yield LabelledReply(
            str(record.get("id", line_number)),
            str(record.get("reply") or ""),
            str(record.get("invitation_message") or ""),
            str(record.get("sender_headline") or ""),
            outcome,
            record.get("voice", path.stem),
        )


def read_corpus_folder(folder: Path) -> list[LabelledInvitation]:
    """Read every *.jsonl file of an intent corpus folder, in name order."""
    return [example for path in sorted(folder.glob("*.jsonl")) for example in read_intent_examples(path)]


def read_reply_folder(folder: Path) -> list[LabelledReply]:
    """Read every *.jsonl file of a reply corpus folder, in name order."""
    return [example for path in sorted(folder.glob("*.jsonl")) for example in read_reply_examples(path)]


def convert_invitation(record: dict[str, Any]) -> Invitation:
    """Build an Invitation from the generic JSON fields (unknown keys ignored)."""
    mutual = record.get("mutual_connections")
    return Invitation(
        name=str(record.get("name") or ""),
        headline=str(record.get("headline") or ""),
        company=str(record.get("company") or ""),
        location=str(record.get("location") or ""),
        mutual_connections=mutual if isinstance(mutual, int) else None,
        message=str(record.get("message") or ""),
        profile_url=str(record.get("profile_url") or ""),
        external_id=str(record.get("id") or ""),
    )


def _describe_bad_label(kind: str, value: object) -> str:
    """Say what is wrong with a line's label: missing, or not one of the taxonomy's."""
    if value is None:
        return f'no {kind} label: give "{kind}" or "label": {{"{kind}": ...}}'
    return f"unknown {kind} {value!r}"


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as error:
                raise CorpusError(f"{path}:{line_number}: not JSON ({error})") from error
            if not isinstance(record, dict):
                raise CorpusError(f"{path}:{line_number}: expected a JSON object")
            yield line_number, record
