"""Training the intent and outcome models from labelled examples (scikit-learn does the fitting).

The intent model's pipeline works over featurised examples (`featurise_examples`: each request's term
counts and signal hits computed once, with its headline-free and word-dropout copies), so the scripts that
hold out a voice and fit many models (`fit_held_out_voices`, `predict_intents`) train exactly as the shipped
model does.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from linkscreen.adapters.corpus import LabelledInvitation, LabelledReply
from linkscreen.adapters.trainer import fit_linear_model
from linkscreen.core.classifier import (
    DEFAULT_NOTE_SIGNAL, build_extras, detect_invitation_signals, extract_request_terms, pick_intent, read_plain_note)
from linkscreen.core.features import compute_idf, count_document_frequencies, extract_text_features, weigh_tfidf
from linkscreen.core.linear import LinearModel
from linkscreen.core.outcome import build_reply_features
from linkscreen.core.reply_signals import detect_reply_signals
from linkscreen.core.signals import SignalHit
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

# Share of a written note's words left out of each of its word-dropout copies (see `fit_featurised`).
WORD_DROPOUT = 0.15
WORD_DROPOUT_COPIES = 3
WORD_OR_SPACE = re.compile(r"(\s+)")

Embed = Callable[[Sequence[LabelledInvitation]], Sequence[Sequence[float]]]


@dataclass(frozen=True, slots=True)
class TrainingSettings:
    """Hyper-parameters: L2 strength (C), how much signals weigh against text (0: no signals), rare-term
    cut-off; which features besides signals: text terms, an embedding (its scale; 0: none); whether each
    written note that fires a signal is learnt once more without signals (so the words carry its label too); and
    whether each written note is learnt WORD_DROPOUT_COPIES more times with some of its words left out."""

    regularisation: float = 20.0
    signal_scale: float = 0.25
    min_df: int = 2
    text: bool = True
    embedding_scale: float = 0.0
    text_only_copies: bool = True
    word_dropout_copies: bool = True


@dataclass(frozen=True, slots=True)
class Featurised:
    """A labelled request featurised once: raw term counts, signal hits, an optional embedding, its headline-free
    copy (featurised too) when its note alone decides its label, and its word-dropout copies when it has a note."""

    example: LabelledInvitation
    counts: dict[str, float]
    hits: list[SignalHit]
    default_note: bool
    embedding: Sequence[float] | None = None
    copy: Featurised | None = None
    dropped: tuple[Featurised, ...] = ()


def train_intent_model(
    examples: Sequence[LabelledInvitation], settings: TrainingSettings = TrainingSettings()
) -> LinearModel:
    """Fit the intent model on labelled requests, plus their headline-free copies (see `fit_featurised`)."""
    return fit_featurised(featurise_examples(examples), settings)


def featurise_examples(examples: Sequence[LabelledInvitation], embed: Embed | None = None) -> list[Featurised]:
    """Featurise every example, its headline-free copy and its word-dropout copies once, as the classifier reads
    them; `embed`, if given, turns a batch of examples into one vector each."""
    pairs = [(example, _copy_without_headline(example)) for example in examples]
    copies = [copy for _, copy in pairs if copy is not None]
    copy_vectors = iter(embed([copy for copy, _ in copies]) if embed and copies else ())
    vectors = embed(examples) if embed and examples else [None] * len(examples)
    items = [
        _featurise(example, detect_invitation_signals(example.invitation), vector,
                   _featurise(*copy, next(copy_vectors, None)) if copy else None)
        for (example, copy), vector in zip(pairs, vectors)
    ]
    return _add_dropout_copies(items, embed)


def build_document(item: Featurised, idf: dict[str, float], settings: TrainingSettings) -> dict[str, float]:
    """The model's input for one item, as `classifier.build_features` makes it (plus an embedding, if any)."""
    counts = dict(item.counts)
    extras = build_extras(counts, item.hits if settings.signal_scale else [], settings.signal_scale)
    document = weigh_tfidf(counts, idf) if settings.text else {}
    document.update(extras)
    if settings.embedding_scale and item.embedding is not None:
        for position, value in enumerate(item.embedding):
            document[f"e:{position}"] = float(value) * settings.embedding_scale
    return document


def fit_featurised(train: Sequence[Featurised], settings: TrainingSettings, copies: bool = True) -> LinearModel:
    """Fit an intent model on featurised requests, plus (unless `copies` is off) their headline-free copies and
    (if the settings say so) a signal-free copy of each written note that fires a signal.

    Without the signal-free copies, a signal that fires on most of a label's notes explains the label away and
    its words get little weight, so a real note no pattern reads is misread. The word-dropout copies (each written
    note three more times, each time with about one word in seven left out) spread the weight over more of a
    label's words, so a real note that lacks the few words a writer always used is still read. Document
    frequencies come from the requests themselves, so a copy never lifts a rare term over min_df.
    """
    idf: dict[str, float] = {}
    if settings.text:
        idf = compute_idf(*count_document_frequencies(item.counts for item in train), min_df=settings.min_df)
    rows = [*train, *(item.copy for item in train if item.copy)] if copies else list(train)
    if settings.text_only_copies and settings.signal_scale:  # with no signal features a copy is only a duplicate
        rows += [replace(item, hits=[], copy=None) for item in train if item.hits and not item.default_note]
    if settings.word_dropout_copies:
        rows += [dropped for item in train for dropped in item.dropped]
    return fit_linear_model(
        (build_document(item, idf, settings) for item in rows),  # one at a time: they are many
        [item.example.intent for item in rows],
        INTENTS,
        idf,
        settings.signal_scale,
        settings.regularisation,
    )


def predict_intents(model: LinearModel, items: Iterable[Featurised], settings: TrainingSettings) -> list[str]:
    """The intent the model picks for each featurised request (an empty note leaves only headline intents), its
    signals weighed at the model's own scale, as the classifier weighs them."""
    settings = replace(settings, signal_scale=model.signal_scale)
    return [
        model.labels[pick_intent(model, build_document(item, model.idf, settings), item.default_note)[0]]
        for item in items
    ]


def fit_held_out_voices(
    items: Sequence[Featurised], settings: TrainingSettings, copies: bool = True
) -> Iterator[tuple[str, LinearModel]]:
    """For each voice (writer/style) in turn, a model fitted on the other voices only (see `fit_featurised`)."""
    for voice in sorted({item.example.voice for item in items}):
        yield voice, fit_featurised([item for item in items if item.example.voice != voice], settings, copies)


def make_headline_free_copies(examples: Sequence[LabelledInvitation]) -> list[LabelledInvitation]:
    """Copies, without headline and company, of the examples whose written note alone decides the label.

    Messages exported from LinkedIn carry no headline, and headlines go stale, so the model must also
    read a note on its own; trained only on requests with headlines, it leans on the title and reads a
    recruiter's message as a pitch when the title is gone. A copy is made when the note is not empty
    or generic and either its label is one a note decides by its ask, or the note itself says the
    sender's role (a recruiter introducing themselves, a seller's rapport, open networking).
    """
    return [copy for copy, _ in filter(None, map(_copy_without_headline, examples))]


def _copy_without_headline(example: LabelledInvitation) -> tuple[LabelledInvitation, list[SignalHit]] | None:
    """The example without headline and company, with its signal hits, if its note decides its label."""
    if not example.invitation.headline.strip() and not example.invitation.company.strip():
        return None
    copy = replace(example, invitation=replace(example.invitation, headline="", company=""))
    hits = detect_invitation_signals(copy.invitation)
    fired = {hit.name for hit in hits}
    if DEFAULT_NOTE_SIGNAL in fired:
        return None
    if example.intent in NOTE_DECIDED_INTENTS or NOTE_ROLE_SIGNALS.get(example.intent) in fired:
        return copy, hits
    return None


def leave_out_words(example: LabelledInvitation, number: int = 0) -> LabelledInvitation:
    """The example with about WORD_DROPOUT of its note's words left out; which ones depends only on its text and
    the copy's `number`, so a rebuild leaves out the same words."""
    invitation = example.invitation
    text = f"{number}\n{invitation.headline}\n{invitation.company}\n{invitation.message}"
    seed = hashlib.sha256(text.encode()).digest()
    draw = random.Random(seed).random
    parts = WORD_OR_SPACE.split(invitation.message)
    kept = "".join(part for part in parts if not part or part.isspace() or draw() >= WORD_DROPOUT)
    return replace(example, invitation=replace(invitation, message=kept))


def _add_dropout_copies(items: list[Featurised], embed: Embed | None) -> list[Featurised]:
    """Each item with its word-dropout copies featurised (an empty or stock note has none), the copies embedded in
    one batch if `embed` is given."""
    groups = [() if item.default_note else tuple(leave_out_words(item.example, number)
                                                 for number in range(WORD_DROPOUT_COPIES)) for item in items]
    examples = [example for group in groups for example in group]
    vectors = iter(embed(examples) if embed and examples else ())
    return [replace(item, dropped=_featurise_written(group, vectors)) for item, group in zip(items, groups)]


def _featurise_written(
    examples: Sequence[LabelledInvitation], vectors: Iterator[Sequence[float]]
) -> tuple[Featurised, ...]:
    """The examples featurised, each taking the next vector (if any), but for those left without a written note."""
    featurised = (_featurise(example, detect_invitation_signals(example.invitation), next(vectors, None))
                  for example in examples)
    return tuple(item for item in featurised if not item.default_note)


def _featurise(
    example: LabelledInvitation,
    hits: list[SignalHit],
    embedding: Sequence[float] | None,
    copy: Featurised | None = None,
) -> Featurised:
    counts = extract_request_terms(read_plain_note(example.invitation))  # as the classifier counts them
    default_note = any(hit.name == DEFAULT_NOTE_SIGNAL for hit in hits)
    return Featurised(example, counts, hits, default_note, embedding, copy)


def train_outcome_model(
    examples: Sequence[LabelledReply], settings: TrainingSettings = TrainingSettings()
) -> LinearModel:
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
