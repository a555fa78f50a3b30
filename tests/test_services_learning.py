"""Learning from the user's labels, GIVEN/WHEN/THEN: the status (cheap, from the model's manifest), retrain and
going back to the shipped model. Retrains read a small corpus (the `small_corpus` fixture): the mechanics only."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from linkscreen import services
from linkscreen.adapters.models import INTENT_MODEL, locate_packaged_models, locate_user_models
from linkscreen.adapters.storage import Store
from linkscreen.core.models import Invitation
from linkscreen.core.taxonomy import INTENTS
from linkscreen.services import learning

SENDERS = [
    Invitation(name="Ana Lima", headline="Sales Director at Kowhai", profile_url="https://www.linkedin.com/in/ana"),
    Invitation(name="Ben Ode", headline="Technical Recruiter", message="I have a Head of IT role for you",
               profile_url="https://www.linkedin.com/in/ben"),
    Invitation(name="Cai Wu", headline="Software Engineer at Contoso", profile_url="https://www.linkedin.com/in/cai"),
]


@pytest.fixture
def store(sqlite_store: Store) -> Store:
    with sqlite_store.importing("test", "linkedin-export") as writer:
        for sender in SENDERS:
            writer.add(sender)
    return sqlite_store


def find_id(store: Store, name: str) -> int:
    return next(item.id for item in store.list_invitations() if item.invitation.name == name)


def read_manifest(home: Path) -> dict:
    return json.loads((locate_user_models(home) / f"{INTENT_MODEL}.json").read_text(encoding="utf-8"))


def test_given_no_labels_and_no_retrain_then_the_shipped_model_and_nothing_pending(
    store: Store, user_home: Path
) -> None:
    status = services.describe_learning(store, user_home)
    assert (status.user_labels, status.retrained, status.pending, status.trained_at) == (0, False, False, None)
    assert status.describe()["model"] == "shipped"


def test_given_a_label_then_pending_and_after_a_retrain_learnt(
    store: Store, user_home: Path, small_corpus: Path
) -> None:
    """GIVEN one label WHEN described THEN pending; WHEN retrained THEN the retrained model learnt it, not pending."""
    services.record_label(store, find_id(store, "Ana Lima"), "recruiter_for_you")
    before = services.describe_learning(store, user_home)
    assert (before.user_labels, before.retrained, before.pending) == (1, False, True)

    report = services.retrain(store, user_home)
    assert not report.skipped and report.user_labels == 1

    after = services.describe_learning(store, user_home)
    assert (after.user_labels, after.retrained, after.trained_labels, after.pending) == (1, True, 1, False)
    assert (after.added, after.changed, after.removed, after.shipped_changed) == (0, 0, 0, False)
    assert after.trained_at is not None and datetime.now(UTC) - after.trained_at < timedelta(minutes=5)
    assert after.describe()["model"] == "retrained" and after.describe()["pending"] is False
    assert read_manifest(user_home)["labels"] == list(INTENTS)  # what the status keeps leaves the model's own keys
    assert services.load_screener(user_home).classify(SENDERS[0]).intent in INTENTS


def test_given_a_retrained_model_when_labels_are_added_or_changed_then_pending_counts_them(
    store: Store, user_home: Path, small_corpus: Path
) -> None:
    services.record_label(store, find_id(store, "Ana Lima"), "recruiter_for_you")
    services.retrain(store, user_home)
    services.record_label(store, find_id(store, "Ben Ode"), "recruiter_for_you")
    added = services.describe_learning(store, user_home)
    assert (added.user_labels, added.trained_labels, added.added, added.changed, added.pending) == (2, 1, 1, 0, True)

    services.record_label(store, find_id(store, "Ana Lima"), "sales_long_game")
    relabelled = services.describe_learning(store, user_home)
    assert (relabelled.added, relabelled.changed, relabelled.pending) == (1, 1, True)

    services.retrain(store, user_home)
    assert not services.describe_learning(store, user_home).pending


def test_given_a_labelled_request_when_its_fields_are_corrected_then_the_label_counts_as_changed(
    store: Store, user_home: Path, small_corpus: Path
) -> None:
    """The model learns the request's text with its label, so a corrected headline is something new to learn."""
    identifier = find_id(store, "Cai Wu")
    services.record_label(store, identifier, "peer_value")
    services.retrain(store, user_home)
    services.edit_invitation(store, identifier, headline="Engineering Manager at Contoso")
    status = services.describe_learning(store, user_home)
    assert (status.changed, status.pending) == (1, True)


@pytest.mark.parametrize(("label", "contradicts"), [("scam_or_fake", True), ("sales_pitch", False)])
def test_given_a_label_when_retrained_then_the_corpus_examples_it_changes_are_reported(
    store: Store, user_home: Path, small_corpus: Path, label: str, contradicts: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a retrained model WHEN a label calls one of the corpus's own pitches a scam (a misclick) and it is
    retrained THEN the report names that corpus pitch, now read as a scam; a label that agrees changes nothing.
    (Labels weigh more here than the shipped three times, so that the tiny corpus's answer surely flips.)"""
    monkeypatch.setattr(learning, "USER_LABEL_REPEATS", 12)
    services.record_label(store, find_id(store, "Ben Ode"), "recruiter_for_you")
    services.retrain(store, user_home)
    lines = (small_corpus / "intent" / "small.jsonl").read_text(encoding="utf-8").splitlines()
    pitch = next(row for row in map(json.loads, lines) if row["intent"] == "sales_pitch")
    with store.importing("test", "linkedin-export") as writer:
        writer.add(Invitation(name=pitch["name"], headline=pitch["headline"], company=pitch["company"],
                              message=pitch["message"], profile_url="https://www.linkedin.com/in/dee"))
    services.record_label(store, find_id(store, pitch["name"]), label)
    report = services.retrain(store, user_home)
    assert report.corpus_checked == 6 * len(INTENTS)  # the small corpus: six requests per intent
    named = [entry for entry in report.describe()["corpus_changed"] if entry["text"] == pitch["message"][:160]]
    assert named == ([{"text": pitch["message"][:160], "from": "sales_pitch", "to": "scam_or_fake"}] if contradicts
                     else [])
    assert all(entry["from"] != entry["to"] for entry in report.describe()["corpus_changed"])


def test_given_nothing_changed_when_retrained_again_then_skipped(
    store: Store, user_home: Path, small_corpus: Path
) -> None:
    services.record_label(store, find_id(store, "Ana Lima"), "recruiter_for_you")
    assert not services.retrain(store, user_home).skipped
    again = services.retrain(store, user_home)
    assert again.skipped and again.user_labels == 1 and again.describe() == {
        "skipped": True, "user_labels": 1, "examples": 0, "changed": [], "corpus_checked": 0, "corpus_changed": []}


def test_given_a_model_from_before_the_status_when_retrained_then_it_trains_again_and_is_up_to_date(
    store: Store, user_home: Path, small_corpus: Path
) -> None:
    """GIVEN a retrained model whose manifest lacks the label digests THEN pending (unknown); WHEN retrained THEN it
    is trained again (not skipped), and the status is up to date."""
    services.record_label(store, find_id(store, "Ana Lima"), "recruiter_for_you")
    services.retrain(store, user_home)
    path = locate_user_models(user_home) / f"{INTENT_MODEL}.json"
    manifest = read_manifest(user_home)
    del manifest["user_label_digests"], manifest["shipped_sha256"]
    path.write_text(json.dumps(manifest), encoding="utf-8")
    assert services.describe_learning(store, user_home).pending

    assert not services.retrain(store, user_home).skipped
    assert not services.describe_learning(store, user_home).pending
    assert services.retrain(store, user_home).skipped


def test_given_the_shipped_model_was_rebuilt_since_the_retrain_then_pending(
    store: Store, user_home: Path, small_corpus: Path
) -> None:
    services.record_label(store, find_id(store, "Ana Lima"), "recruiter_for_you")
    services.retrain(store, user_home)
    path = locate_user_models(user_home) / f"{INTENT_MODEL}.json"
    older = {**read_manifest(user_home), "shipped_sha256": "an older shipped model"}
    path.write_text(json.dumps(older), encoding="utf-8")
    status = services.describe_learning(store, user_home)
    assert status.shipped_changed and status.pending and status.added == 0
    assert not services.retrain(store, user_home).skipped  # retrain agrees with the status: it trains again
    assert not services.describe_learning(store, user_home).pending


def test_given_a_retrained_model_when_reset_then_classify_is_the_shipped_models_again_and_labels_stay(
    store: Store, user_home: Path, small_corpus: Path
) -> None:
    shipped = services.load_screener(user_home)
    sender = SENDERS[1]
    services.record_label(store, find_id(store, "Ana Lima"), "recruiter_for_you")
    services.retrain(store, user_home)
    retrained = services.load_screener(user_home)
    assert retrained.model_id != shipped.model_id

    assert services.reset_learning(user_home) is True
    back = services.load_screener(user_home)
    packaged = json.loads((locate_packaged_models() / f"{INTENT_MODEL}.json").read_text(encoding="utf-8"))
    assert back.model_id == shipped.model_id and back.model_id.startswith(packaged["sha256"][:16])
    assert back.classify(sender) == shipped.classify(sender)
    assert not (locate_user_models(user_home) / f"{INTENT_MODEL}.npz").exists()
    status = services.describe_learning(store, user_home)
    assert (status.retrained, status.user_labels, status.pending) == (False, 1, True)
    assert services.reset_learning(user_home) is False


def test_a_retrain_report_describes_each_changed_request() -> None:
    report = services.RetrainReport(False, 2, 100, [(7, "Ana Lima", "sales_long_game", "recruiter_for_you")], 98,
                                    [("Can I show you a demo?", "sales_pitch", "scam_or_fake")])
    assert report.describe() == {"skipped": False, "user_labels": 2, "examples": 100, "changed": [
        {"id": 7, "name": "Ana Lima", "from": "sales_long_game", "to": "recruiter_for_you"}], "corpus_checked": 98,
        "corpus_changed": [{"text": "Can I show you a demo?", "from": "sales_pitch", "to": "scam_or_fake"}]}
