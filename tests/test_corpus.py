"""The corpus readers, and the project's own corpus: big enough, every label, no dev-set text."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from linkscreen.adapters.corpus import CorpusError, read_corpus_folder, read_intent_examples, read_reply_folder
from linkscreen.core.taxonomy import INTENTS

REPO = Path(__file__).resolve().parent.parent
DEVSET = REPO.parent / "shared" / "devset"


def test_the_intent_corpus_is_large_covers_every_label_and_several_voices() -> None:
    examples = read_corpus_folder(REPO / "data" / "intent")
    counts = Counter(e.intent for e in examples)
    assert len(examples) >= 2000
    assert set(counts) == set(INTENTS) and min(counts.values()) >= 35
    assert len({e.voice for e in examples}) >= 4
    assert sum(1 for e in examples if not e.invitation.message) >= 0.2 * len(examples)


def test_the_reply_corpus_has_at_least_600_replies_over_three_outcomes() -> None:
    replies = read_reply_folder(REPO / "data" / "replies")
    assert len(replies) >= 600
    assert {r.outcome for r in replies} == {"accidental", "pitch", "context_given"}


@pytest.mark.skipif(not DEVSET.exists(), reason="the shared dev set is not beside the repo")
def test_no_dev_set_text_is_in_the_corpus() -> None:
    dev_texts = set()
    for path in DEVSET.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for key in ("message", "reply", "better", "worse"):
                if len(record.get(key) or "") > 30:
                    dev_texts.add(record[key].strip().casefold())
    corpus_texts = {e.invitation.message.strip().casefold() for e in read_corpus_folder(REPO / "data" / "intent")}
    corpus_texts |= {r.reply.strip().casefold() for r in read_reply_folder(REPO / "data" / "replies")}
    assert not dev_texts & corpus_texts


def test_given_a_bad_label_when_read_then_a_corpus_error_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"name": "a", "intent": "unknown"}\n{"name": "b", "intent": "spam"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"bad.jsonl:2: unknown intent 'spam'"):
        list(read_intent_examples(path))


def test_given_the_devset_label_format_when_read_then_intent_and_action_are_taken(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text(
        '{"id": "X1", "name": "a", "message": "", "label": {"intent": "unknown", "action": "ignore"}}\n',
        encoding="utf-8",
    )
    (example,) = read_intent_examples(path)
    assert (example.intent, example.action, example.invitation.external_id) == ("unknown", "ignore", "X1")


def test_given_a_line_without_a_label_when_read_then_the_error_says_the_label_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"name": "a", "intent": "unknown"}\n{"name": "b"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r'bad.jsonl:2: no intent label: give "intent" or "label"'):
        list(read_intent_examples(path))
