"""Intent classification: a linear model over text features and named signals, with its reasons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from linkscreen.core.features import extract_text_features, quote_pointing_words, weigh_tfidf
from linkscreen.core.generic_notes import is_generic_note
from linkscreen.core.linear import LinearModel, Scored
from linkscreen.core.markup import strip_markup
from linkscreen.core.models import Invitation
from linkscreen.core.signals import (
    GENERIC_NOTE_REASON,
    MANY_AT_ONCE,
    SignalHit,
    SignalText,
    detect_signals,
    detect_signals_many,
    is_default_note,
)
from linkscreen.core.taxonomy import Intent

EMPTY_NOTE_INTENTS = frozenset(
    {
        Intent.RECRUITER_NETWORKING,
        Intent.SALES_LONG_GAME,
        Intent.OPEN_NETWORKER,
        Intent.JOB_SEEKER,
        Intent.SCAM_OR_FAKE,
        Intent.UNKNOWN,
    }
)
DEFAULT_NOTE_SIGNAL = "DEFAULT_NOTE"
HEADLINE_SIGNAL_PREFIX = "HEADLINE_"
NO_NOTE_REASON = "no note (LinkedIn's default)"
READABLE_PREFIXES = {"h:": "headline", "m:": "note"}


@dataclass(frozen=True, slots=True)
class Classification:
    """Which intent, how sure (0..1), and why."""

    intent: str
    confidence: float
    reasons: tuple[str, ...]
    signals: tuple[SignalHit, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)


def apply_user_label(classification: Classification, label: str) -> Classification:
    """The user's label wins: its intent at confidence 1.0, saying so first, then the model's own reasons."""
    said = f"you labelled this {label} (the model said {classification.intent}, {classification.confidence:.0%})"
    return Classification(label, 1.0, (said, *classification.reasons))


def build_features(
    invitation: Invitation, idf: dict[str, float], signal_scale: float, hits: list[SignalHit] | None = None
) -> dict[str, float]:
    """Return the model's input: TF-IDF weighted text terms plus scaled signal weights (s:NAME)."""
    invitation = read_plain_note(invitation)
    counts = extract_request_terms(invitation)
    hits = hits if hits is not None else detect_invitation_signals(invitation)
    extras = build_extras(counts, hits, signal_scale)
    return weigh_tfidf(counts, idf) | extras


def extract_request_terms(invitation: Invitation) -> dict[str, float]:
    """Raw text term counts of a request. LinkedIn's stock note (with a greeting or signature) and a generic
    note ("Hi, happy to connect!") count as empty: they say nothing of what the sender wants, so the headline
    alone decides (the taxonomy's rule), and the stock words "add you to my network" are not read as a LION's."""
    message = invitation.message
    if is_default_note(message) or is_generic_note(message):
        message = ""
    return extract_text_features(invitation.headline, invitation.company, message, invitation.name)


def build_extras(counts: dict[str, float], hits: list[SignalHit], signal_scale: float) -> dict[str, float]:
    """The features that are not text terms: the empty-note flag (taken out of counts) and signals.

    With an empty note each headline signal also counts once more as its own feature (e:NAME): the
    headline is then all there is to go on, so what a title says is learnt apart from how much it
    weighs beside a written note.
    """
    empty = bool(counts.pop("empty_note", None))
    extras = {"empty_note": 1.0} if empty else {}
    for hit in hits:
        extras[f"s:{hit.name}"] = hit.weight * signal_scale
        if empty and hit.name.startswith(HEADLINE_SIGNAL_PREFIX):
            extras[f"e:{hit.name}"] = hit.weight * signal_scale
    return extras


def read_plain_note(invitation: Invitation) -> Invitation:
    """The request with its note as plain text (exports wrap InMail in HTML)."""
    plain = strip_markup(invitation.message)
    return invitation if plain == invitation.message else replace(invitation, message=plain)


def detect_invitation_signals(invitation: Invitation, recipient_name: str = "") -> list[SignalHit]:
    """Run every registered signal over what the sender wrote (never their name or location)."""
    return detect_signals(read_signal_text(invitation, recipient_name))


def read_signal_text(invitation: Invitation, recipient_name: str = "") -> SignalText:
    """What signals may read of a request: its headline, company and plain note (never name or location)."""
    invitation = read_plain_note(invitation)
    return SignalText(
        headline=invitation.headline,
        company=invitation.company,
        message=invitation.message,
        recipient_name=recipient_name,
    )


def pick_intent(
    model: LinearModel, features: dict[str, float], default_note: bool, probabilities: np.ndarray | None = None
) -> tuple[int, np.ndarray]:
    """Score features; with LinkedIn's default note only the intents a headline can show remain (if the model
    knows any of them: one trained on a user's few corrections may not)."""
    if probabilities is None:
        probabilities = model.score(features)
    if default_note and (mask := read_empty_note_mask(model.labels)).any():
        probabilities = np.where(mask, probabilities, 0.0)
        probabilities = probabilities / probabilities.sum()
    return int(np.argmax(probabilities)), probabilities


@lru_cache(maxsize=8)
def read_empty_note_mask(labels: tuple[str, ...]) -> np.ndarray:
    """Which of the labels an empty note leaves possible (read only)."""
    mask = np.array([label in EMPTY_NOTE_INTENTS for label in labels])
    mask.flags.writeable = False
    return mask


class IntentClassifier:
    """Classifies requests with a trained LinearModel; stateless and safe to share."""

    def __init__(self, model: LinearModel) -> None:
        self.model = model

    def classify(self, invitation: Invitation, recipient_name: str = "") -> Classification:
        """Say which intent the request shows, how sure, and why."""
        return self.classify_many([invitation], recipient_name)[0]

    def classify_many(self, invitations: Sequence[Invitation], recipient_name: str = "") -> list[Classification]:
        """Classify requests, each step over a batch of them before the next: the same results as one by one,
        about a quarter quicker (each step's code and data stay in the processor's caches)."""
        found: list[Classification] = []
        for start in range(0, len(invitations), MANY_AT_ONCE):
            found += self._classify_batch(invitations[start: start + MANY_AT_ONCE], recipient_name)
        return found

    def _classify_batch(self, invitations: Sequence[Invitation], recipient_name: str) -> list[Classification]:
        plain = [read_plain_note(invitation) for invitation in invitations]
        hits = detect_signals_many([read_signal_text(invitation, recipient_name) for invitation in plain])
        counts = [extract_request_terms(invitation) for invitation in plain]
        scale = self.model.signal_scale
        documents = [(terms, build_extras(terms, found, scale)) for terms, found in zip(counts, hits)]
        scored = self.model.score_many(documents)
        return [self._conclude(one, found) for one, found in zip(scored, hits)]

    def _conclude(self, scored: Scored, hits: list[SignalHit]) -> Classification:
        default_note = any(hit.name == DEFAULT_NOTE_SIGNAL for hit in hits)
        best, probabilities = pick_intent(self.model, {}, default_note, scored.probabilities)
        intent = self.model.labels[best]
        reasons = self._explain(scored, hits, intent, default_note)
        scores = {label: round(p, 4) for label, p in zip(self.model.labels, probabilities.tolist())}
        return Classification(intent, float(probabilities[best]), tuple(reasons), tuple(hits), scores)

    def _explain(self, scored: Scored, hits: list[SignalHit], intent: str, default_note: bool) -> list[str]:
        reasons = []
        if default_note:
            why = next((hit.reason for hit in hits if hit.reason.startswith(GENERIC_NOTE_REASON)), NO_NOTE_REASON)
            reasons.append(f"{why}: judged from the headline alone")
        reasons.extend(hit.reason for hit in hits if hit.name != DEFAULT_NOTE_SIGNAL)
        words = quote_pointing_words(self.model.explain_scored(scored, intent, top=16), READABLE_PREFIXES)
        if words:
            reasons.append(f"words that point to {intent}: " + ", ".join(words))
        return reasons
