"""Training: models learn from labelled examples and round-trip through model files."""

from __future__ import annotations

from pathlib import Path

from linkscreen.adapters.corpus import LabelledInvitation, LabelledReply
from linkscreen.adapters.modelfile import load_model, save_model
from linkscreen.adapters.training import TrainingSettings, make_headline_free_copies, train_intent_model, train_outcome_model
from linkscreen.core.classifier import IntentClassifier
from linkscreen.core.models import Invitation
from linkscreen.core.outcome import OutcomeClassifier

PITCHES = ["Our platform saves 30% on cloud, quick demo?", "We help firms like yours cut costs, 15 min call?", "Can I show you our software in a short demo?"]
ROLES = ["I have a senior role for you, open to a chat?", "Exciting opportunity for your background, keen?", "My client wants someone like you for a CIO role."]


def make_examples() -> list[LabelledInvitation]:
    examples = []
    for note in PITCHES * 2:
        examples.append(LabelledInvitation(Invitation(name="A", headline="Account Executive", message=note), "sales_pitch", "v1"))
    for note in ROLES * 2:
        examples.append(LabelledInvitation(Invitation(name="B", headline="Recruiter", message=note), "recruiter_for_you", "v1"))
    return examples


def test_given_labelled_requests_when_trained_then_the_model_separates_them(tmp_path: Path) -> None:
    model = train_intent_model(make_examples(), TrainingSettings(min_df=1))
    save_model(model, tmp_path / "intent")
    classifier = IntentClassifier(load_model(tmp_path / "intent")[0])
    assert classifier.classify(Invitation(name="C", headline="Account Executive", message="quick demo of our platform?")).intent == "sales_pitch"
    assert classifier.classify(Invitation(name="C", headline="Recruiter", message="a role for your background?")).intent == "recruiter_for_you"


def test_given_labelled_replies_when_trained_then_the_outcome_model_separates_them() -> None:
    replies = [
        LabelledReply(str(i), text, "", "", outcome)
        for i, (text, outcome) in enumerate(
            [("sorry clicked by accident", "accidental"), ("oops my mistake, wrong button", "accidental"),
             ("we haven't met, I sell cloud services, demo?", "pitch"), ("I'd like to introduce our services", "pitch"),
             ("we met at the Wellington ITx conference", "context_given"), ("we worked together at Datacom in 2015", "context_given")] * 2
        )
    ]
    judge = OutcomeClassifier(train_outcome_model(replies, TrainingSettings(min_df=1)))
    assert judge.classify("sorry, clicked by accident").outcome == "accidental"
    assert judge.classify("we worked together at Datacom").outcome == "context_given"


def test_given_requests_when_copied_without_headlines_then_only_notes_that_decide_their_label_are_copied() -> None:
    examples = [
        LabelledInvitation(Invitation(name="A", headline="Account Executive", company="Acme", message=PITCHES[0]), "sales_pitch", "v1"),
        LabelledInvitation(Invitation(name="B", headline="Account Executive", message=""), "sales_long_game", "v1"),
        LabelledInvitation(Invitation(name="C", headline="Talent Partner", message="Hi, happy to connect!"), "recruiter_networking", "v1"),
        LabelledInvitation(Invitation(name="D", headline="Talent Partner", message="Keen to build my network in Wellington."), "recruiter_networking", "v1"),
        LabelledInvitation(Invitation(name="E", headline="Talent Partner", message="I'm a recruiter in the data space, keen to connect."), "recruiter_networking", "v1"),
        LabelledInvitation(Invitation(name="F", headline="", message=ROLES[0]), "recruiter_for_you", "v1"),
    ]
    copies = make_headline_free_copies(examples)
    assert [(c.invitation.name, c.intent) for c in copies] == [("A", "sales_pitch"), ("E", "recruiter_networking")]
    assert all(c.invitation.headline == "" and c.invitation.company == "" for c in copies)
    assert copies[0].invitation.message == PITCHES[0] and copies[0].voice == "v1"


def test_given_headline_free_copies_when_trained_then_a_message_without_a_headline_is_read_more_surely(monkeypatch) -> None:
    headless = [Invitation(name="C", message="My client wants someone like you for a CIO role."),
                Invitation(name="C", message="We help firms like yours cut costs, 15 min call?")]
    with_copies = IntentClassifier(train_intent_model(make_examples(), TrainingSettings(min_df=1)))
    monkeypatch.setattr("linkscreen.adapters.training.make_headline_free_copies", lambda examples: [])
    without = IntentClassifier(train_intent_model(make_examples(), TrainingSettings(min_df=1)))
    for invitation, intent in zip(headless, ["recruiter_for_you", "sales_pitch"]):
        surer, plain = with_copies.classify(invitation), without.classify(invitation)
        assert surer.intent == plain.intent == intent
        assert surer.confidence > plain.confidence + 0.02
