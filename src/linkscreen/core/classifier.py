"""Intent classification: a linear model over text features and named signals, with its reasons."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from linkscreen.core.features import extract_text_features, weigh_tfidf
from linkscreen.core.generic_notes import is_generic_note
from linkscreen.core.linear import LinearModel, Scored
from linkscreen.core.markup import strip_markup
from linkscreen.core.models import Invitation
from linkscreen.core.signals import GENERIC_NOTE_REASON, SignalHit, SignalText, detect_signals
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
    """Raw text term counts of a request. A generic note ("Hi, happy to connect!") counts as empty: like
    LinkedIn's default note it says nothing of what the sender wants, so the headline alone decides."""
    message = "" if is_generic_note(invitation.message) else invitation.message
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
    invitation = read_plain_note(invitation)
    text = SignalText(
        headline=invitation.headline,
        company=invitation.company,
        message=invitation.message,
        recipient_name=recipient_name,
    )
    return detect_signals(text)


def pick_intent(
    model: LinearModel, features: dict[str, float], default_note: bool, probabilities: np.ndarray | None = None
) -> tuple[int, np.ndarray]:
    """Score features; with LinkedIn's default note only the intents a headline can show remain."""
    if probabilities is None:
        probabilities = model.score(features)
    if default_note:
        mask = np.array([label in EMPTY_NOTE_INTENTS for label in model.labels])
        probabilities = np.where(mask, probabilities, 0.0)
        probabilities = probabilities / probabilities.sum()
    return int(np.argmax(probabilities)), probabilities


class IntentClassifier:
    """Classifies requests with a trained LinearModel; stateless and safe to share."""

    def __init__(self, model: LinearModel) -> None:
        self.model = model

    def classify(self, invitation: Invitation, recipient_name: str = "") -> Classification:
        """Say which intent the request shows, how sure, and why."""
        invitation = read_plain_note(invitation)
        hits = detect_invitation_signals(invitation, recipient_name)
        counts = extract_request_terms(invitation)
        scored = self.model.score_terms(counts, build_extras(counts, hits, self.model.signal_scale))
        default_note = any(hit.name == DEFAULT_NOTE_SIGNAL for hit in hits)
        best, probabilities = pick_intent(self.model, {}, default_note, scored.probabilities)
        intent = self.model.labels[best]
        reasons = self._explain(scored, hits, intent, default_note)
        scores = {label: round(float(p), 4) for label, p in zip(self.model.labels, probabilities)}
        return Classification(intent, float(probabilities[best]), tuple(reasons), tuple(hits), scores)

    def _explain(self, scored: Scored, hits: list[SignalHit], intent: str, default_note: bool) -> list[str]:
        reasons = []
        if default_note:
            why = next((hit.reason for hit in hits if hit.reason.startswith(GENERIC_NOTE_REASON)), NO_NOTE_REASON)
            reasons.append(f"{why}: judged from the headline alone")
        reasons.extend(hit.reason for hit in hits if hit.name != DEFAULT_NOTE_SIGNAL)
        words = [
            f'{READABLE_PREFIXES[name[:2]]} "{name[2:]}"'
            for name, _ in self.model.explain_scored(scored, intent, top=12)
            if name[:2] in READABLE_PREFIXES and "xnamex" not in name
        ][:4]
        if words:
            reasons.append(f"words that point to {intent}: " + ", ".join(words))
        return reasons
