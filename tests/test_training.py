"""Training: models learn from labelled examples and round-trip through model files."""

from __future__ import annotations

from pathlib import Path

from linkscreen.adapters.corpus import LabelledInvitation, LabelledReply
from linkscreen.adapters.modelfile import load_model, save_model
from linkscreen.adapters.training import TrainingSettings, train_intent_model, train_outcome_model
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
