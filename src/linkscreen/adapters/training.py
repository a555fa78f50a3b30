"""Training the intent and outcome models from labelled examples (scikit-learn does the fitting)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from linkscreen.adapters.corpus import LabelledInvitation, LabelledReply
from linkscreen.adapters.trainer import fit_linear_model
from linkscreen.core.classifier import build_features, detect_invitation_signals, extract_request_terms, read_plain_note
from linkscreen.core.features import compute_idf, count_document_frequencies, extract_text_features
from linkscreen.core.linear import LinearModel
from linkscreen.core.outcome import build_reply_features
from linkscreen.core.reply_signals import detect_reply_signals
from linkscreen.core.taxonomy import INTENTS, OUTCOMES


@dataclass(frozen=True, slots=True)
class TrainingSettings:
    """Hyper-parameters: L2 strength (C), how much signals weigh against text, rare-term cut-off."""

    regularisation: float = 20.0
    signal_scale: float = 0.25
    min_df: int = 2


def train_intent_model(examples: Sequence[LabelledInvitation], settings: TrainingSettings = TrainingSettings()) -> LinearModel:
    """Fit the intent model on labelled requests."""
    counts = [extract_request_terms(read_plain_note(e.invitation)) for e in examples]
    idf = compute_idf(*count_document_frequencies(counts), min_df=settings.min_df)
    documents = [
        build_features(e.invitation, idf, settings.signal_scale, detect_invitation_signals(e.invitation))
        for e in examples
    ]
    return fit_linear_model(
        documents, [e.intent for e in examples], INTENTS, idf, settings.signal_scale, settings.regularisation
    )


def train_outcome_model(examples: Sequence[LabelledReply], settings: TrainingSettings = TrainingSettings()) -> LinearModel:
    """Fit the reply-outcome model on labelled replies."""
    counts = [extract_text_features(e.sender_headline, "", e.reply) for e in examples]
    idf = compute_idf(*count_document_frequencies(counts), min_df=settings.min_df)
    documents = [
        build_reply_features(
            e.reply,
            e.sender_headline,
            idf,
            settings.signal_scale,
            detect_reply_signals(e.reply, e.invitation_message, e.sender_headline),
        )
        for e in examples
    ]
    return fit_linear_model(
        documents, [e.outcome for e in examples], OUTCOMES, idf, settings.signal_scale, settings.regularisation
    )
