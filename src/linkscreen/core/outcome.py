"""Reply outcomes: what a sender's answer to "how have we met?" shows, with its reasons."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from linkscreen.core.features import extract_text_features, quote_pointing_words, weigh_tfidf
from linkscreen.core.linear import LinearModel
from linkscreen.core.markup import strip_markup
from linkscreen.core.reply_signals import detect_reply_signals
from linkscreen.core.signals import SignalHit
from linkscreen.core.taxonomy import Outcome

REPLY_FIELDS = {"m:": ""}  # only the reply's own words make a reason; the headline's would confuse


@dataclass(frozen=True, slots=True)
class ReplyOutcome:
    """Which outcome a reply shows, how sure (0..1), and why."""

    outcome: str
    confidence: float
    reasons: tuple[str, ...]
    signals: tuple[SignalHit, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)


def build_reply_features(
    reply: str,
    sender_headline: str,
    idf: dict[str, float],
    signal_scale: float,
    hits: list[SignalHit],
    sender_name: str = "",
) -> dict[str, float]:
    """Return the outcome model's input: TF-IDF weighted reply terms plus scaled reply signals."""
    counts = extract_text_features(sender_headline, "", reply, sender_name)
    features = weigh_tfidf(counts, idf)
    for hit in hits:
        features[f"s:{hit.name}"] = hit.weight * signal_scale
    return features


class OutcomeClassifier:
    """Classifies replies with a trained LinearModel."""

    def __init__(self, model: LinearModel) -> None:
        self.model = model

    def classify(
        self, reply: str, invitation_message: str = "", sender_headline: str = "", sender_name: str = ""
    ) -> ReplyOutcome:
        """Say whether the reply is an accidental click, a pitch, or gives real context, and why."""
        reply = strip_markup(reply)
        if not reply.strip():
            return ReplyOutcome(Outcome.NO_REPLY.value, 1.0, ("the reply is empty",))
        hits = detect_reply_signals(reply, invitation_message, sender_headline)
        counts = extract_text_features(sender_headline, "", reply, sender_name)
        scored = self.model.score_terms(counts, {f"s:{hit.name}": hit.weight * self.model.signal_scale for hit in hits})
        probabilities = scored.probabilities
        best = int(np.argmax(probabilities))
        outcome = self.model.labels[best]
        reasons = [hit.reason for hit in hits]
        words = quote_pointing_words(self.model.explain_scored(scored, outcome, top=16), REPLY_FIELDS)
        if words:
            reasons.append(f"words that point to {outcome}: " + ", ".join(words))
        scores = {label: round(float(p), 4) for label, p in zip(self.model.labels, probabilities)}
        return ReplyOutcome(outcome, float(probabilities[best]), tuple(reasons), tuple(hits), scores)
