"""Use cases: classify requests and decide what to do with them, one at a time or over the stored queue (the
stateless JSON Lines commands are in `services.lines`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linkscreen.adapters.config import CONFIG_FILE, load_policy
from linkscreen.adapters.models import INTENT_MODEL, OUTCOME_MODEL, load_named_model, read_code_revision
from linkscreen.adapters.userdir import resolve_home
from linkscreen.core.classifier import Classification, IntentClassifier, apply_user_label
from linkscreen.core.evidence import EvidenceIndex, add_label_evidence, find_evidence
from linkscreen.core.linear import LinearModel
from linkscreen.core.merging import add_resurfaced_reasons
from linkscreen.core.models import (
    Evidence, Invitation, StoredAssessment, StoredInvitation, StoredReply, fingerprint)
from linkscreen.core.policy import Decision, Policy, decide_action, decide_after_reply
from linkscreen.core.taxonomy import ACTIONS, Outcome, Status
from linkscreen.services.interruption import hold_interrupts
from linkscreen.services.parallel import Classify, Pending, open_classifier
from linkscreen.services.queue import describe_invitation, join_reasons

if TYPE_CHECKING:
    from linkscreen.adapters.storage import Store
    from linkscreen.core.outcome import OutcomeClassifier, ReplyOutcome

OPEN_STATUSES = (Status.NEW.value, Status.ASKED.value, Status.REPLIED.value, Status.EXPIRED.value)


@dataclass(slots=True)
class Screener:
    """The loaded models and the user's policy: everything a decision needs besides the data."""

    intents: IntentClassifier
    outcome_model: LinearModel
    policy: Policy
    model_id: str
    home: Path | None = None
    _outcomes: OutcomeClassifier | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def outcomes(self) -> OutcomeClassifier:
        """The reply classifier, built when first needed: commands that judge no reply never load its signals."""
        if self._outcomes is None:
            from linkscreen.core.outcome import OutcomeClassifier

            self._outcomes = OutcomeClassifier(self.outcome_model)
        return self._outcomes

    def classify(self, invitation: Invitation) -> Classification:
        return self.intents.classify(invitation)

    def classify_many(self, invitations: Sequence[Invitation]) -> list[Classification]:
        return self.intents.classify_many(invitations)

    def judge_reply(
        self, reply: str, invitation_message: str = "", sender_headline: str = "", sender_name: str = ""
    ) -> ReplyOutcome:
        return self.outcomes.classify(reply, invitation_message, sender_headline, sender_name)


@dataclass(slots=True)
class Triaged:
    """A stored request with its current assessment, proposed decision and latest reply."""

    stored: StoredInvitation
    assessment: StoredAssessment
    reply: StoredReply | None = None
    evidence: list[Evidence] = field(default_factory=list)


def load_screener(home: Path | None = None, policy: Policy | None = None) -> Screener:
    """Load the intent and outcome models (the user's retrained ones first) and the user's policy."""
    home = home or resolve_home()
    intent_model, manifest = load_named_model(INTENT_MODEL, home)
    outcome_model, _ = load_named_model(OUTCOME_MODEL, home)
    policy = policy or load_policy(home / CONFIG_FILE)
    model_id = f"{manifest['sha256'][:16]}-{read_code_revision()}"  # a new model or new code: assess again
    return Screener(IntentClassifier(intent_model), outcome_model, policy, model_id, home)


def screen_invitation(
    screener: Screener, invitation: Invitation, evidence: Sequence[Evidence] = (), remembered: str | None = None
) -> tuple[Classification, Decision]:
    """Classify a request and decide what to do with it."""
    classification = screener.classify(invitation)
    return classification, decide_action(invitation, classification, evidence, screener.policy, remembered)


@dataclass(slots=True)
class QueueTriage:
    """The assessed queue in brief: how many requests each action has, and the newest few of each."""

    counts: dict[str, int] = field(default_factory=lambda: {action: 0 for action in ACTIONS})
    shown: dict[str, list[Triaged]] = field(default_factory=lambda: {action: [] for action in ACTIONS})
    total: int = 0


QUEUE_BATCH = 1000  # requests read, classified, decided and saved together: memory stays flat in the queue's size
Progress = Callable[[int, int], None]  # (requests assessed so far, requests to assess)


def assess_queue(
    store: Store,
    screener: Screener,
    statuses: Sequence[str] = OPEN_STATUSES,
    limit: int | None = None,
    now: datetime | None = None,
) -> list[Triaged]:
    """Classify (reusing cached results) and decide every stored request in these statuses, newest first."""
    return list(iterate_queue(store, screener, statuses, limit, now))


def iterate_queue(
    store: Store,
    screener: Screener,
    statuses: Sequence[str] = OPEN_STATUSES,
    limit: int | None = None,
    now: datetime | None = None,
    on_progress: Progress | None = None,
    workers: int = 1,
) -> Iterator[Triaged]:
    """Assess the stored requests in these statuses, newest first, QUEUE_BATCH at a time: each batch is read,
    classified, decided and its changed assessments saved (one transaction) before it is yielded, so memory
    stays flat however long the queue, and a run cut short keeps what it saved (`on_progress` counts each saved).

    With `workers` > 1 (the CLI's `triage`), a batch's uncached requests are classified by forked workers
    while the previous batch is decided and saved (see services.parallel)."""
    ids = store.list_invitation_ids(statuses=statuses, limit=limit)
    index = store.load_evidence_index()
    now = now or datetime.now(UTC)
    with open_classifier(screener, workers) as classify:
        waiting: tuple[_Batch, int] | None = None
        for start in range(0, len(ids) + QUEUE_BATCH, QUEUE_BATCH):  # one round more, to decide the last batch
            chunk = ids[start: start + QUEUE_BATCH]
            batch = _read_batch(store, screener, store.read_invitations(chunk, statuses), classify) if chunk else None
            if waiting is not None:
                saved = partial(on_progress, waiting[1], len(ids)) if on_progress else None  # counted as it commits
                yield from _decide_batch(store, screener, waiting[0], now, index, saved)
            waiting = (batch, start + len(chunk)) if batch is not None else None


def triage_queue(
    store: Store,
    screener: Screener,
    shown: int = 20,
    now: datetime | None = None,
    on_progress: Progress | None = None,
    workers: int = 1,
) -> QueueTriage:
    """Assess the open queue (as `iterate_queue`) and keep only what `triage` shows: counts per action, and
    the first `shown` requests of each action, newest first."""
    summary = QueueTriage()
    for item in iterate_queue(store, screener, now=now, on_progress=on_progress, workers=workers):
        action = item.assessment.action
        summary.counts[action] += 1  # every action is a key already (QueueTriage)
        summary.total += 1
        first = summary.shown[action]
        if len(first) < shown:
            first.append(item)
    return summary


def assess_request(store: Store, screener: Screener, invitation_id: int, now: datetime | None = None) -> Triaged | None:
    """Classify and decide one stored request, whatever its status (None when there is no such id)."""
    item = store.get_invitation(invitation_id)
    return assess_stored(store, screener, [item], now)[0] if item else None


def assess_stored(
    store: Store,
    screener: Screener,
    stored: Sequence[StoredInvitation],
    now: datetime | None = None,
    index: EvidenceIndex | None = None,
) -> list[Triaged]:
    """Classify and decide these stored requests with the evidence on file (`index`, else read); cache what
    changed, in one transaction.

    A request the user labelled takes that intent (confidence 1.0); the policy decides for it as usual.
    Requests without a valid cached result are classified together (`classify_many`, quicker than one by one).
    """
    with open_classifier(screener) as classify:
        batch = _read_batch(store, screener, stored, classify)
    index = index if index is not None else store.load_evidence_index()
    return _decide_batch(store, screener, batch, now or datetime.now(UTC), index)


@dataclass(slots=True)
class _Batch:
    """Stored requests with their cached assessments and labels, sent to be classified where not cached."""

    stored: Sequence[StoredInvitation]
    cached: dict[int, StoredAssessment]
    labels: dict[int, str]
    keys: list[str]
    reused: list[Classification | None]
    fresh: Pending


def _read_batch(store: Store, screener: Screener, stored: Sequence[StoredInvitation], classify: Classify) -> _Batch:
    """Read what the cache holds for these requests and start classifying the others (together)."""
    ids = [s.id for s in stored]
    cached = store.read_assessments(ids)
    labels = store.read_latest_labels(ids)
    keys = [_input_key(s.invitation, labels.get(s.id)) for s in stored]
    reused = [_reuse_cached(screener, cached.get(s.id), key) for s, key in zip(stored, keys)]
    missing = [s.invitation for s, hit in zip(stored, reused) if hit is None]
    return _Batch(stored, cached, labels, keys, reused, classify(missing) if missing else lambda: [])


def _decide_batch(
    store: Store, screener: Screener, batch: _Batch, now: datetime, index: EvidenceIndex,
    on_saved: Callable[[], None] | None = None,
) -> list[Triaged]:
    """Decide a batch read by `_read_batch` (its classifications once they are there); save what changed."""
    stored, labels = batch.stored, batch.labels
    remembered = store.find_remembered_decisions(s.invitation.profile_url for s in stored)
    replies = store.read_latest_replies([s.id for s in stored if s.status == Status.REPLIED])
    fresh = iter(batch.fresh())
    classifications = [
        hit if hit is not None else _label_classification(next(fresh), labels.get(item.id))
        for item, hit in zip(stored, batch.reused)
    ]
    triaged = [
        _assess(screener, s, classification, key, labels.get(s.id), remembered.get(s.invitation.profile_url),
                replies.get(s.id), find_evidence(index, s.invitation))
        for s, classification, key in zip(stored, classifications, batch.keys)
    ]
    resurfaced = store.read_resurfaced([s.id for s in stored])
    for t in triaged:
        if t.stored.id in resurfaced:
            t.assessment = add_resurfaced_reasons(t.assessment, resurfaced[t.stored.id])
    changed = [t.assessment for t in triaged if t.assessment != batch.cached.get(t.stored.id)]
    with hold_interrupts():  # a Ctrl-C waits for the commit and `on_saved`: what is saved is what is counted
        store.save_assessments(changed, now)
        if on_saved is not None:
            on_saved()
    return triaged


def describe_triaged(item: Triaged) -> dict[str, Any]:
    """The JSON shape of a triaged request (`list --json`, the API)."""
    a = item.assessment
    return {
        **describe_invitation(item.stored),
        "intent": a.intent,
        "confidence": round(a.confidence, 4),
        "reasons": join_reasons(a),
        "action": a.action,
        "reply": a.reply,
        "reply_outcome": item.reply.outcome if item.reply else None,
    }


def _reuse_cached(screener: Screener, cached: StoredAssessment | None, key: str) -> Classification | None:
    """The cached classification, if made by this model from this input (and label)."""
    if cached and cached.model_id == screener.model_id and cached.input_fingerprint == key:
        return Classification(cached.intent, cached.confidence, cached.reasons)
    return None


def _label_classification(classification: Classification, label: str | None) -> Classification:
    """The classification, or the user's label over it when there is one."""
    return apply_user_label(classification, label) if label else classification


def _assess(
    screener: Screener,
    item: StoredInvitation,
    classification: Classification,
    key: str,
    label: str | None,
    remembered: str | None,
    reply: StoredReply | None,
    evidence: list[Evidence],
) -> Triaged:
    """Decide one request; `reply` is its latest reply, if it has one and its status is replied."""
    invitation = item.invitation
    evidence = add_label_evidence(evidence, label)
    if reply is not None:
        decision = decide_after_reply(classification.intent, reply.outcome, screener.policy)
    elif item.status == Status.EXPIRED:
        decision = decide_after_reply(classification.intent, Outcome.NO_REPLY.value, screener.policy)
    else:
        decision = decide_action(invitation, classification, evidence, screener.policy, remembered)
        decision = Decision(decision.action, decision.reasons[1:], decision.reply)
    assessment = StoredAssessment(
        item.id,
        classification.intent,
        classification.confidence,
        classification.reasons,
        decision.action,
        decision.reasons,
        decision.reply,
        screener.model_id,
        key,
    )
    return Triaged(item, assessment, reply, evidence)


def _input_key(invitation: Invitation, label: str | None = None) -> str:
    """What a cached classification depends on: the sender's text and, once there is one, the user's label."""
    parts = (invitation.name, invitation.headline, invitation.company, invitation.message)
    return fingerprint(*parts, f"label:{label}") if label else fingerprint(*parts)
