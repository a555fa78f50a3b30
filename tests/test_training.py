"""Training: models learn from labelled examples and round-trip through model files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from linkscreen.adapters.corpus import LabelledInvitation, LabelledReply
from linkscreen.adapters.modelfile import load_model, save_model
from linkscreen.adapters.training import (
    WORD_DROPOUT, WORD_DROPOUT_COPIES, TrainingSettings, build_document, featurise_examples, fit_featurised,
    fit_held_out_voices, leave_out_words, make_headline_free_copies, predict_intents, train_intent_model,
    train_outcome_model)
from linkscreen.core.classifier import (
    IntentClassifier, build_features, detect_invitation_signals, extract_request_terms, read_plain_note)
from linkscreen.core.models import Invitation
from linkscreen.core.outcome import OutcomeClassifier

PITCHES = [
    "Our platform saves 30% on cloud, quick demo?", "We help firms like yours cut costs, 15 min call?",
    "Can I show you our software in a short demo?",
]
ROLES = [
    "I have a senior role for you, open to a chat?", "Exciting opportunity for your background, keen?",
    "My client wants someone like you for a CIO role.",
]


def make_examples() -> list[LabelledInvitation]:
    examples = []
    for note in PITCHES * 2:
        examples.append(
            LabelledInvitation(Invitation(name="A", headline="Account Executive", message=note), "sales_pitch", "v1")
        )
    for note in ROLES * 2:
        examples.append(
            LabelledInvitation(Invitation(name="B", headline="Recruiter", message=note), "recruiter_for_you", "v1")
        )
    return examples


def test_given_labelled_requests_when_trained_then_the_model_separates_them(tmp_path: Path) -> None:
    model = train_intent_model(make_examples(), TrainingSettings(min_df=1))
    save_model(model, tmp_path / "intent")
    classifier = IntentClassifier(load_model(tmp_path / "intent")[0])
    assert classifier.classify(
        Invitation(name="C", headline="Account Executive", message="quick demo of our platform?")
    ).intent == "sales_pitch"
    assert classifier.classify(
        Invitation(name="C", headline="Recruiter", message="a role for your background?")
    ).intent == "recruiter_for_you"


def test_given_labelled_replies_when_trained_then_the_outcome_model_separates_them() -> None:
    replies = [
        LabelledReply(str(i), text, "", "", outcome)
        for i, (text, outcome) in enumerate(
            [("sorry clicked by accident", "accidental"), ("oops my mistake, wrong button", "accidental"),
             ("we haven't met, I sell cloud services, demo?", "pitch"), ("I'd like to introduce our services", "pitch"),
             ("we met at the Wellington ITx conference", "context_given"),
             ("we worked together at Datacom in 2015", "context_given")] * 2
        )
    ]
    judge = OutcomeClassifier(train_outcome_model(replies, TrainingSettings(min_df=1)))
    assert judge.classify("sorry, clicked by accident").outcome == "accidental"
    assert judge.classify("we worked together at Datacom").outcome == "context_given"


def test_given_requests_when_copied_without_headlines_then_only_notes_that_decide_their_label_are_copied() -> None:
    examples = [
        LabelledInvitation(
            Invitation(name="A", headline="Account Executive", company="Acme", message=PITCHES[0]), "sales_pitch", "v1"
        ),
        LabelledInvitation(Invitation(name="B", headline="Account Executive", message=""), "sales_long_game", "v1"),
        LabelledInvitation(
            Invitation(name="C", headline="Talent Partner", message="Hi, happy to connect!"),
            "recruiter_networking", "v1",
        ),
        LabelledInvitation(
            Invitation(name="D", headline="Talent Partner", message="Keen to build my network in Wellington."),
            "recruiter_networking", "v1",
        ),
        LabelledInvitation(
            Invitation(name="E", headline="Talent Partner",
                       message="I'm a recruiter in the data space, keen to connect."),
            "recruiter_networking", "v1",
        ),
        LabelledInvitation(Invitation(name="F", headline="", message=ROLES[0]), "recruiter_for_you", "v1"),
    ]
    copies = make_headline_free_copies(examples)
    assert [(c.invitation.name, c.intent) for c in copies] == [("A", "sales_pitch"), ("E", "recruiter_networking")]
    assert all(c.invitation.headline == "" and c.invitation.company == "" for c in copies)
    assert copies[0].invitation.message == PITCHES[0] and copies[0].voice == "v1"


def test_given_headline_free_copies_when_trained_then_a_message_without_a_headline_is_read_more_surely() -> None:
    headless = [Invitation(name="C", message="My client wants someone like you for a CIO role."),
                Invitation(name="C", message="We help firms like yours cut costs, 15 min call?")]
    settings = TrainingSettings(min_df=1, text_only_copies=False, word_dropout_copies=False)  # headline-free alone
    with_copies = IntentClassifier(train_intent_model(make_examples(), settings))
    without = IntentClassifier(fit_featurised(featurise_examples(make_examples()), settings, copies=False))
    for invitation, intent in zip(headless, ["recruiter_for_you", "sales_pitch"]):
        surer, plain = with_copies.classify(invitation), without.classify(invitation)
        assert surer.intent == plain.intent == intent
        assert surer.confidence > plain.confidence + 0.02


def test_given_text_only_copies_when_trained_then_a_note_no_signal_reads_is_read_more_surely() -> None:
    """GIVEN a corpus where a signal fires on most notes of a label WHEN trained with copies of each written note
    without its signals THEN the words carry the label too, so a note no signal reads (as many real ones) is read
    more surely, and as the same intent."""
    unsignalled = {"cut costs?": "sales_pitch", "saves 30% on cloud": "sales_pitch",
                   "your background, keen?": "recruiter_for_you", "senior CIO chat": "recruiter_for_you"}
    settings = TrainingSettings(min_df=1, text_only_copies=True, word_dropout_copies=False)  # text-only alone
    with_copies = IntentClassifier(train_intent_model(make_examples(), settings))
    without = IntentClassifier(train_intent_model(make_examples(), replace(settings, text_only_copies=False)))
    for note, intent in unsignalled.items():
        invitation = Invitation(name="C", message=note)
        assert not detect_invitation_signals(invitation)
        surer, plain = with_copies.classify(invitation), without.classify(invitation)
        assert surer.intent == plain.intent == intent
        assert surer.confidence > plain.confidence + 0.015


def test_given_a_note_when_words_are_left_out_then_whole_words_go_the_same_way_every_time() -> None:
    """GIVEN a 200-word note WHEN its words are left out THEN what stays is whole words in their order, about
    WORD_DROPOUT of them are gone, the headline stays, and the same text and copy number lose the same words every
    time (a rebuild is the same model) while another copy or another note loses others."""
    words = [f"word{number}" for number in range(200)]
    example = LabelledInvitation(Invitation(name="A", headline="Founder", message=" ".join(words)), "unknown", "v1")

    dropped = leave_out_words(example)

    kept = dropped.invitation.message.split()
    assert dropped.invitation.headline == "Founder" and dropped.intent == "unknown" and dropped.voice == "v1"
    assert kept == [word for word in words if word in set(kept)]
    assert 0.5 * WORD_DROPOUT < 1 - len(kept) / len(words) < 1.5 * WORD_DROPOUT
    assert leave_out_words(example) == dropped and leave_out_words(example, 1) != dropped
    other = replace(example, invitation=replace(example.invitation, message=" ".join(words) + " more"))
    assert leave_out_words(other).invitation.message.split()[:len(kept)] != kept


def test_given_linkedins_stock_note_when_featurised_then_it_gets_no_word_dropout_copies() -> None:
    """GIVEN LinkedIn's stock note with a greeting and a signature, which counts as no note WHEN featurised THEN it
    has no word-dropout copies (with words left out, "Hi" or "Sam" gone, it no longer reads as the stock note, and
    would teach a written note's label), while a written note has them."""
    note = "Hi Alex,\nI'd like to add you to my professional network on LinkedIn.\n- Sam Lee"
    stock = LabelledInvitation(Invitation(name="Sam Lee", headline="Account Executive", message=note),
                               "sales_long_game", "v1")
    written = replace(stock, invitation=replace(stock.invitation, message=PITCHES[0]), intent="sales_pitch")

    stock_item, written_item = featurise_examples([stock, written])

    assert stock_item.default_note and stock_item.dropped == ()
    assert len(written_item.dropped) == WORD_DROPOUT_COPIES


def test_given_word_dropout_copies_when_trained_then_a_note_without_the_usual_word_is_read_more_surely() -> None:
    """GIVEN pitches that all say "demo" and roles that all say "role" WHEN trained with copies that leave out some
    words THEN the other words carry the label too, so a note without the word every example used is read as the
    same intent and more surely."""
    pitches = [f"quick demo of our {thing} for your team?" for thing in
               ["platform", "software", "tool", "service", "product", "app", "suite", "solution"]]
    roles = [f"a senior role for you in {place} this quarter?" for place in
             ["finance", "product", "data", "cloud", "security", "retail", "health", "energy"]]
    examples = [LabelledInvitation(Invitation(name="A", message=note), intent, "v1")
                for notes, intent in [(pitches, "sales_pitch"), (roles, "recruiter_for_you")] for note in notes]
    settings = TrainingSettings(min_df=1, signal_scale=0.0)
    with_copies = IntentClassifier(train_intent_model(examples, settings))
    without = IntentClassifier(train_intent_model(examples, replace(settings, word_dropout_copies=False)))
    for note, intent in {"quick look at our platform for your team?": "sales_pitch",
                         "a senior opening in finance this quarter?": "recruiter_for_you"}.items():
        surer, plain = with_copies.classify(Invitation(name="C", message=note)), without.classify(
            Invitation(name="C", message=note))
        assert surer.intent == plain.intent == intent
        assert surer.confidence > plain.confidence + 0.03


def test_given_no_signal_features_when_trained_then_text_only_copies_change_nothing() -> None:
    """GIVEN settings that use no signals WHEN trained with and without text-only copies THEN the models are the same
    (a copy without signals would only be a duplicate that weighs its request twice)."""
    items = featurise_examples(make_examples())
    settings = TrainingSettings(min_df=1, signal_scale=0.0, text_only_copies=True)
    with_copies = fit_featurised(items, settings)
    without = fit_featurised(items, replace(settings, text_only_copies=False))
    assert (with_copies.weights == without.weights).all() and (with_copies.intercept == without.intercept).all()


def test_given_examples_when_featurised_then_as_the_classifier_reads_them_each_with_its_headline_free_copy() -> None:
    """GIVEN labelled requests (an InMail in HTML, an empty note, a pitch) WHEN featurised THEN each item holds the
    classifier's term counts and signals of its plain note, whether the note is LinkedIn's default, and a featurised
    copy exactly for the examples `make_headline_free_copies` copies."""
    examples = [
        LabelledInvitation(
            Invitation(name="Zoë", headline="Account Executive", message="<p>" + PITCHES[0] + "</p>"),
            "sales_pitch", "v1",
        ),
        LabelledInvitation(Invitation(name="Ana", headline="Account Executive", message=""), "sales_long_game", "v1"),
        LabelledInvitation(Invitation(name="Bo", headline="Recruiter", message=ROLES[0]), "recruiter_for_you", "v2"),
    ]
    items = featurise_examples(examples)

    for item, example in zip(items, examples):
        plain = read_plain_note(example.invitation)
        assert item.example == example and item.counts == extract_request_terms(plain)
        assert item.hits == detect_invitation_signals(example.invitation) and item.embedding is None
    assert [item.default_note for item in items] == [False, True, False]
    assert [item.copy.example for item in items if item.copy] == make_headline_free_copies(examples)
    assert items[1].copy is None and items[2].copy.hits == detect_invitation_signals(items[2].copy.example.invitation)
    assert items[1].dropped == ()  # an empty note has no words to leave out
    for item in (items[0], items[2]):
        assert [copy.example for copy in item.dropped] == [
            leave_out_words(item.example, number) for number in range(WORD_DROPOUT_COPIES)]
        for copy in item.dropped:
            assert copy.counts == extract_request_terms(read_plain_note(copy.example.invitation))
            assert copy.copy is None and copy.dropped == ()


def test_given_an_embedder_when_featurised_then_each_example_and_copy_gets_its_vector_in_order() -> None:
    examples = make_examples()[:2]
    items = featurise_examples(examples, lambda batch: [[float(len(e.invitation.headline)), 1.0] for e in batch])
    assert [item.embedding for item in items] == [[17.0, 1.0], [17.0, 1.0]]
    assert [copy.embedding for item in items for copy in item.dropped] == [[17.0, 1.0]] * 2 * WORD_DROPOUT_COPIES
    assert [item.copy.embedding for item in items] == [[0.0, 1.0], [0.0, 1.0]]


def test_given_settings_when_a_document_is_built_then_text_signals_and_embedding_as_chosen() -> None:
    """GIVEN a featurised pitch WHEN its document is built with the shipped settings THEN it equals the classifier's
    features; without text only signals remain; with no signal scale no signal; an embedding adds e:N features."""
    example = LabelledInvitation(Invitation(name="A", headline="Account Executive", message=PITCHES[1]), "sales_pitch")
    (item,) = featurise_examples([example], lambda batch: [[0.5, -1.0]])
    idf = {term: 1.5 for term in item.counts}
    shipped = TrainingSettings()

    assert build_document(item, idf, shipped) == build_features(example.invitation, idf, shipped.signal_scale)
    no_text = build_document(item, idf, TrainingSettings(text=False))
    assert no_text and all(name.startswith(("s:", "e:")) or name == "empty_note" for name in no_text)
    assert not any(name.startswith("s:") for name in build_document(item, idf, TrainingSettings(signal_scale=0.0)))
    embedded = build_document(item, idf, TrainingSettings(embedding_scale=2.0))
    assert (embedded["e:0"], embedded["e:1"]) == (1.0, -2.0)


def test_given_featurised_requests_when_fitted_then_predictions_match_the_shipped_classifier() -> None:
    """GIVEN a model fitted on featurised requests WHEN it predicts featurised requests THEN the intents are those
    the classifier gives for the same requests (and an empty note leaves only intents a headline can show)."""
    settings = TrainingSettings(min_df=1)
    networkers = [LabelledInvitation(Invitation(name="D", headline=title, message=""), "recruiter_networking", "v1")
                  for title in ["Talent Partner", "IT Recruiter"]]
    model = fit_featurised(featurise_examples([*make_examples(), *networkers]), settings)
    requests = [
        LabelledInvitation(
            Invitation(name="C", headline="Account Executive", message="quick demo of our platform?"), "sales_pitch"
        ),
        LabelledInvitation(
            Invitation(name="C", headline="Recruiter", message="a role for your background?"), "recruiter_for_you"
        ),
        LabelledInvitation(Invitation(name="C", headline="Recruiter", message=""), "recruiter_networking"),
    ]
    predicted = predict_intents(model, featurise_examples(requests), settings)
    assert predicted == [c.intent for c in IntentClassifier(model).classify_many([r.invitation for r in requests])]
    assert predicted == ["sales_pitch", "recruiter_for_you", "recruiter_networking"]


def test_given_voices_when_each_is_held_out_then_its_model_never_learnt_from_it() -> None:
    """GIVEN two voices, only v2 with job seekers WHEN each voice is held out in turn THEN the voices come in order
    and v2's model knows no job_seeker label while v1's does."""
    seekers = [LabelledInvitation(Invitation(name="J", headline="Graduate", message=note), "job_seeker", "v2")
               for note in ["Looking for a job in your team, please refer me.", "Seeking a role, attached my CV."]]
    pitches = [replace(example, voice="v2") for example in make_examples() if example.intent == "sales_pitch"]
    items = featurise_examples([*make_examples(), *seekers, *pitches])

    models = dict(fit_held_out_voices(items, TrainingSettings(min_df=1)))

    assert list(models) == ["v1", "v2"]
    assert "job_seeker" in models["v1"].labels and "job_seeker" not in models["v2"].labels
