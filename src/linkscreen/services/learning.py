"""Use cases: build the shipped models from the corpus, retrain on the user's own labels, say how far the
model has learnt them, and go back to the shipped model."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from linkscreen.adapters.corpus import LabelledInvitation, read_corpus_folder, read_reply_folder
from linkscreen.adapters.modelfile import load_model, read_manifest, save_model
from linkscreen.adapters.models import (
    INTENT_MODEL, OUTCOME_MODEL, locate_packaged_corpus, locate_packaged_models, locate_user_models)
from linkscreen.adapters.storage import Store
from linkscreen.adapters.training import (
    Featurised, TrainingSettings, featurise_examples, fit_featurised, predict_intents, train_intent_model,
    train_outcome_model,
)
from linkscreen.core.classifier import IntentClassifier
from linkscreen.core.linear import LinearModel
from linkscreen.core.models import Invitation, fingerprint
from linkscreen.services.screening import load_screener

USER_LABEL_REPEATS = 3


@dataclass(slots=True)
class RetrainReport:
    """What `retrain` did: skipped or not, on how much, and which stored requests changed intent."""

    skipped: bool
    user_labels: int
    examples: int = 0
    changed: list[tuple[int, str, str, str]] = field(default_factory=list)
    corpus_checked: int = 0
    corpus_changed: list[tuple[str, str, str]] = field(default_factory=list)  # (note or headline, from, to)

    def describe(self) -> dict[str, Any]:
        """The JSON shape (the API's): each changed request as {id, name, from, to}; the corpus examples whose
        intent the labels changed as {text, from, to} (a sign of labels that contradict the corpus)."""
        changed = [{"id": i, "name": name, "from": old, "to": new} for i, name, old, new in self.changed]
        corpus = [{"text": text, "from": old, "to": new} for text, old, new in self.corpus_changed]
        return {
            "skipped": self.skipped, "user_labels": self.user_labels, "examples": self.examples, "changed": changed,
            "corpus_checked": self.corpus_checked, "corpus_changed": corpus,
        }


@dataclass(frozen=True, slots=True)
class LearningStatus:
    """How far the model in use has learnt the user's labels.

    `added`: labelled since the retrain; `changed`: relabelled (or the request corrected) since;
    `removed`: learnt but no longer stored; `shipped_changed`: the shipped model was rebuilt since.
    """

    user_labels: int
    retrained: bool
    trained_at: datetime | None = None
    trained_labels: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    shipped_changed: bool = False

    @property
    def pending(self) -> bool:
        """Whether a retrain would change the model in use."""
        if not self.retrained:
            return self.user_labels > 0
        return bool(self.added or self.changed or self.removed or self.shipped_changed)

    def describe(self) -> dict[str, Any]:
        """The JSON shape (the API's)."""
        return {
            "model": "retrained" if self.retrained else "shipped", "user_labels": self.user_labels,
            "trained_at": self.trained_at.isoformat() if self.trained_at else None,
            "trained_labels": self.trained_labels, "added": self.added, "changed": self.changed,
            "removed": self.removed, "shipped_changed": self.shipped_changed, "pending": self.pending,
        }


def build_models(corpus: Path, out: Path, settings: TrainingSettings = TrainingSettings()) -> dict[str, dict]:
    """Train the intent and outcome models on a corpus folder and write them to `out`."""
    intents = read_corpus_folder(corpus / "intent")
    replies = read_reply_folder(corpus / "replies")
    reports = {}
    shared = {"regularisation": settings.regularisation, "signal_scale": settings.signal_scale,
              "min_df": settings.min_df}
    copies = {"text_only_copies": settings.text_only_copies, "word_dropout_copies": settings.word_dropout_copies}
    for name, train, examples, used in (  # only the intent model learns from text-only and word-dropout copies
        (INTENT_MODEL, lambda: train_intent_model(intents, settings), intents, {**shared, **copies}),
        (OUTCOME_MODEL, lambda: train_outcome_model(replies, settings), replies, shared),
    ):
        metadata = {"trained_on": len(examples), "corpus_sha256": _hash_examples(examples), "settings": used}
        save_model(train(), out / name, metadata)
        reports[name] = metadata
    return reports


def retrain(store: Store, home: Path, settings: TrainingSettings = TrainingSettings()) -> RetrainReport:
    """Retrain the intent model on the corpus plus the user's labels; skip when `describe_learning` says the
    model in use has learnt them already (and the shipped model has not changed since)."""
    labels = store.read_user_labels()
    status = describe_learning(store, home)
    if status.retrained and not status.pending:
        return RetrainReport(skipped=True, user_labels=len(labels))
    target = locate_user_models(home) / INTENT_MODEL
    before = load_screener(home)
    user_examples = [LabelledInvitation(inv, intent, "user") for inv, intent, _ in labels]
    corpus = featurise_examples(read_corpus_folder(locate_packaged_corpus() / "intent"))  # once: fit and compare
    examples = corpus + featurise_examples(user_examples) * USER_LABEL_REPEATS
    model = fit_featurised(examples, settings)
    save_model(model, target, {
        "trained_on": len(examples), "user_labels": len(labels), "trained_at": datetime.now(UTC).isoformat(),
        "user_label_digests": _digest_labels(labels), "shipped_sha256": _read_shipped_sha256(),
    })
    after = IntentClassifier(load_model(target)[0])
    changed = []
    for item in store.list_invitations():
        old, new = before.classify(item.invitation).intent, after.classify(item.invitation).intent
        if old != new:
            changed.append((item.id, item.invitation.name, old, new))
    corpus_changed = _compare_on_corpus(before.intents.model, model, corpus, settings)
    return RetrainReport(False, len(labels), len(examples), changed, len(corpus), corpus_changed)


def _compare_on_corpus(
    before: LinearModel, after: LinearModel, corpus: list[Featurised], settings: TrainingSettings
) -> list[tuple[str, str, str]]:
    """The corpus requests whose intent the retrain changed: a few are expected, many mean a label that says the
    opposite of the corpus (a misclick on "Can I show you a demo?" as a scam turns every such demo into a scam).
    Both models score the features training made (the intents the classifier gives, without its reasons)."""
    olds, news = predict_intents(before, corpus, settings), predict_intents(after, corpus, settings)
    return [
        ((item.example.invitation.message or item.example.invitation.headline)[:160], old, new)
        for item, old, new in zip(corpus, olds, news) if old != new
    ]


def describe_learning(store: Store, home: Path) -> LearningStatus:
    """Count the user's labels and compare them with those the user's model learnt (read from its manifest):
    cheap, no corpus read and no training."""
    labels = _digest_labels(store.read_user_labels())
    target = locate_user_models(home) / INTENT_MODEL
    if not target.with_suffix(".json").exists():
        return LearningStatus(user_labels=len(labels), retrained=False)
    manifest = read_manifest(target)
    learnt = manifest.get("user_label_digests")
    if not isinstance(learnt, dict):  # trained before the manifest kept its labels: assume all are new
        learnt = {}
    trained_at = None
    try:
        trained_at = datetime.fromisoformat(str(manifest.get("trained_at")))
    except ValueError:
        pass
    return LearningStatus(
        user_labels=len(labels),
        retrained=True,
        trained_at=trained_at,
        trained_labels=int(manifest.get("user_labels") or 0),
        added=sum(1 for key in labels if key not in learnt),
        changed=sum(1 for key, value in labels.items() if key in learnt and learnt[key] != value),
        removed=sum(1 for key in learnt if key not in labels),
        shipped_changed=manifest.get("shipped_sha256") != _read_shipped_sha256(),
    )


def reset_learning(home: Path) -> bool:
    """Go back to the shipped intent model (remove the user's); say whether there was one. Labels stay."""
    target = locate_user_models(home) / INTENT_MODEL
    existed = target.with_suffix(".json").exists()
    for suffix in (".json", ".npz"):  # the manifest first: without it the model is not loaded
        target.with_suffix(suffix).unlink(missing_ok=True)
    return existed


def _digest_labels(labels: list[tuple[Invitation, str, datetime]]) -> dict[str, str]:
    """Each labelled request's identity -> a digest of what is learnt from it (its fields and the label)."""
    return {
        fingerprint(invitation.natural_key): fingerprint(repr(LabelledInvitation(invitation, intent, "user")))
        for invitation, intent, _ in labels
    }


def _read_shipped_sha256() -> str:
    return str(read_manifest(locate_packaged_models() / INTENT_MODEL).get("sha256", ""))


def _hash_examples(examples: list) -> str:
    digest = hashlib.sha256()
    for example in examples:
        digest.update(repr(example).encode("utf-8"))
    return digest.hexdigest()

