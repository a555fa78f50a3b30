"""Use cases: build the shipped models from the corpus, and retrain on the user's own labels."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from linkscreen.adapters.corpus import LabelledInvitation, read_corpus_folder, read_reply_folder
from linkscreen.adapters.modelfile import load_model, save_model
from linkscreen.adapters.models import INTENT_MODEL, OUTCOME_MODEL, locate_packaged_corpus, locate_user_models
from linkscreen.adapters.storage import Store
from linkscreen.adapters.training import TrainingSettings, train_intent_model, train_outcome_model
from linkscreen.core.classifier import IntentClassifier
from linkscreen.services.screening import load_screener

USER_LABEL_REPEATS = 3


@dataclass(slots=True)
class RetrainReport:
    """What `retrain` did: skipped or not, on how much, and which stored requests changed intent."""

    skipped: bool
    user_labels: int
    examples: int = 0
    changed: list[tuple[int, str, str, str]] = field(default_factory=list)


def build_models(corpus: Path, out: Path, settings: TrainingSettings = TrainingSettings()) -> dict[str, dict]:
    """Train the intent and outcome models on a corpus folder and write them to `out`."""
    intents = read_corpus_folder(corpus / "intent")
    replies = read_reply_folder(corpus / "replies")
    reports = {}
    for name, train, examples in (
        (INTENT_MODEL, lambda: train_intent_model(intents, settings), intents),
        (OUTCOME_MODEL, lambda: train_outcome_model(replies, settings), replies),
    ):
        metadata = {
            "trained_on": len(examples),
            "corpus_sha256": _hash_examples(examples),
            "settings": {"regularisation": settings.regularisation, "signal_scale": settings.signal_scale, "min_df": settings.min_df},
        }
        save_model(train(), out / name, metadata)
        reports[name] = metadata
    return reports


def retrain(store: Store, home: Path, settings: TrainingSettings = TrainingSettings()) -> RetrainReport:
    """Retrain the intent model on the corpus plus the user's labels; skip when nothing changed."""
    labels = store.read_user_labels()
    user_examples = [LabelledInvitation(inv, intent, "user") for inv, intent, _ in labels]
    corpus = read_corpus_folder(locate_packaged_corpus() / "intent")
    training_key = _hash_examples(corpus + user_examples)
    target = locate_user_models(home) / INTENT_MODEL
    if target.with_suffix(".json").exists() and _read_manifest(target).get("training_key") == training_key:
        return RetrainReport(skipped=True, user_labels=len(labels))
    before = load_screener(home)
    examples = corpus + user_examples * USER_LABEL_REPEATS
    model = train_intent_model(examples, settings)
    save_model(model, target, {"training_key": training_key, "trained_on": len(examples), "user_labels": len(labels), "trained_at": datetime.now(UTC).isoformat()})
    after = IntentClassifier(load_model(target)[0])
    changed = []
    for item in store.list_invitations():
        old, new = before.classify(item.invitation).intent, after.classify(item.invitation).intent
        if old != new:
            changed.append((item.id, item.invitation.name, old, new))
    return RetrainReport(False, len(labels), len(examples), changed)


def _hash_examples(examples: list) -> str:
    digest = hashlib.sha256()
    for example in examples:
        digest.update(repr(example).encode("utf-8"))
    return digest.hexdigest()


def _read_manifest(path: Path) -> dict:
    try:
        return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
