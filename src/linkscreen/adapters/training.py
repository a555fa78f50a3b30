"""Training the intent and outcome models from labelled examples (scikit-learn does the fitting)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from linkscreen.adapters.corpus import LabelledInvitation, LabelledReply
from linkscreen.adapters.trainer import fit_linear_model
from linkscreen.core.classifier import (
    DEFAULT_NOTE_SIGNAL, build_features, detect_invitation_signals, extract_request_terms, read_plain_note)
from linkscreen.core.features import compute_idf, count_document_frequencies, extract_text_features
from linkscreen.core.linear import LinearModel
from linkscreen.core.outcome import build_reply_features
from linkscreen.core.reply_signals import detect_reply_signals
from linkscreen.core.taxonomy import INTENTS, OUTCOMES, Intent

# Intents a written note decides by what it asks for, whoever the sender says they are.
NOTE_DECIDED_INTENTS = frozenset({
    Intent.RECRUITER_FOR_YOU, Intent.RECRUITER_FOR_CANDIDATE, Intent.JOB_SEEKER, Intent.SALES_PITCH,
    Intent.KNOWN_CONTACT, Intent.PEER_VALUE, Intent.SCAM_OR_FAKE, Intent.UNKNOWN,
})
# Intents a headline usually decides, unless the note itself says who the sender is.
NOTE_ROLE_SIGNALS = {
    Intent.RECRUITER_NETWORKING: "RECRUITER_SELF_INTRO", Intent.SALES_LONG_GAME: "SELLER_RAPPORT",
    Intent.OPEN_NETWORKER: "OPEN_NETWORKING",
}


@dataclass(frozen=True, slots=True)
class TrainingSettings:
    """Hyper-parameters: L2 strength (C), how much signals weigh against text, rare-term cut-off."""

    regularisation: float = 20.0
    signal_scale: float = 0.25
    min_df: int = 2


def train_intent_model(examples: Sequence[LabelledInvitation], settings: TrainingSettings = TrainingSettings()) -> LinearModel:
    """Fit the intent model on labelled requests, plus their headline-free copies.

    Document frequencies come from the requests themselves, so a copy never lifts a rare term over min_df.
    """
    counts = [extract_request_terms(read_plain_note(e.invitation)) for e in examples]
    idf = compute_idf(*count_document_frequencies(counts), min_df=settings.min_df)
    examples = [*examples, *make_headline_free_copies(examples)]
    documents = [
        build_features(e.invitation, idf, settings.signal_scale, detect_invitation_signals(e.invitation))
        for e in examples
    ]
    return fit_linear_model(
        documents, [e.intent for e in examples], INTENTS, idf, settings.signal_scale, settings.regularisation
    )


def make_headline_free_copies(examples: Sequence[LabelledInvitation]) -> list[LabelledInvitation]:
    """Copies, without headline and company, of the examples whose written note alone decides the label.

    Messages exported from LinkedIn carry no headline, and headlines go stale, so the model must also
    read a note on its own; trained only on requests with headlines, it leans on the title and reads a
    recruiter's message as a pitch when the title is gone. A copy is made when the note is not empty
    or generic and either its label is one a note decides by its ask, or the note itself says the
    sender's role (a recruiter introducing themselves, a seller's rapport, open networking).
    """
    copies = []
    for example in examples:
        if not example.invitation.headline.strip() and not example.invitation.company.strip():
            continue
        copy = replace(example, invitation=replace(example.invitation, headline="", company=""))
        fired = {hit.name for hit in detect_invitation_signals(copy.invitation)}
        if DEFAULT_NOTE_SIGNAL in fired:
            continue
        if example.intent in NOTE_DECIDED_INTENTS or NOTE_ROLE_SIGNALS.get(example.intent) in fired:
            copies.append(copy)
    return copies


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
