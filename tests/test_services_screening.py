"""Screening use cases: stateless classify/outcome lines, and triage of the stored queue."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from linkscreen import services
from linkscreen.adapters.storage import Store
from linkscreen.core.classifier import IntentClassifier
from linkscreen.core.models import Invitation
from linkscreen.core.policy import Policy
from linkscreen.core.rules import build_rule


ANA = Invitation(name="Ana Lima", headline="Sales Director", message="", profile_url="https://www.linkedin.com/in/ana")


@pytest.fixture(scope="module")
def screener() -> services.Screener:
    return services.load_screener(Path("/nonexistent-home-for-tests"), policy=Policy())


def store_requests(store: Store, invitations: list[Invitation]) -> None:
    with store.importing("test", "jsonl") as writer:
        for invitation in invitations:
            writer.add(invitation)


def test_given_a_stored_queue_when_triaged_then_each_request_has_an_action_and_results_are_cached(
    sqlite_store, screener
) -> None:
    store_requests(sqlite_store, [
        ANA,
        Invitation(name="Bo Chen", headline="IT Recruiter", message="I have a role for you as CIO, keen to chat?",
                   profile_url="https://www.linkedin.com/in/bo"),
    ])
    triaged = services.assess_queue(sqlite_store, screener)
    actions = {t.stored.invitation.name: t.assessment.action for t in triaged}
    assert actions == {"Ana Lima": "ignore", "Bo Chen": "ask"}
    rows = {row["name"]: row for row in services.describe_queue(sqlite_store)}
    assert rows["Bo Chen"]["intent"] == "recruiter_for_you" and rows["Bo Chen"]["reply"].startswith("Hi Bo,")


def test_given_a_new_rule_when_triaged_again_then_decisions_change_without_reimport(sqlite_store, screener) -> None:
    store_requests(sqlite_store, [
        ANA,
    ])
    assert services.assess_queue(sqlite_store, screener)[0].assessment.action == "ignore"
    screener.policy = Policy(rules=(build_rule("sales welcome", "headline", "any", "sales", "accept"),))
    try:
        again = services.assess_queue(sqlite_store, screener)[0].assessment
    finally:
        screener.policy = Policy()
    assert again.action == "accept" and any("sales welcome" in r for r in again.decision_reasons)


def test_given_a_user_decision_when_the_request_is_assessed_again_then_the_decision_outranks_the_preset(
    sqlite_store, screener
) -> None:
    store_requests(sqlite_store, [
        ANA,
    ])
    request = sqlite_store.list_invitations()[0]
    assert services.assess_request(sqlite_store, screener, request.id).assessment.action == "ignore"

    services.record_decision(sqlite_store, request.id, "accept", now=datetime(2026, 1, 1, tzinfo=UTC))
    again = services.assess_request(sqlite_store, screener, request.id).assessment

    assert again.action == "accept"
    assert "you chose accept for this sender before" in again.decision_reasons
    assert services.assess_request(sqlite_store, screener, 999_999) is None


def test_given_an_undone_decision_when_the_profile_is_looked_up_then_it_is_forgotten(sqlite_store) -> None:
    from linkscreen.services.web_queries import decide_with_undo

    store_requests(sqlite_store, [
        Invitation(name="Ana Lima", headline="Sales Director", profile_url="https://www.linkedin.com/in/ana")
    ])
    request = sqlite_store.list_invitations()[0]
    decision = decide_with_undo(sqlite_store, request.id, "accept")
    assert sqlite_store.find_remembered_decisions(["https://www.linkedin.com/in/ana"]) == {
        "https://www.linkedin.com/in/ana": "accept"
    }
    services.undo_decision(sqlite_store, request.id, decision["previous_status"])
    assert sqlite_store.find_remembered_decisions(["https://www.linkedin.com/in/ana"]) == {}


def test_given_earlier_messages_from_the_user_when_triaged_then_accepted_with_that_evidence(
    sqlite_store, screener
) -> None:
    from linkscreen.core.models import Message, OwnerProfile

    me, them = "https://www.linkedin.com/in/me", "https://www.linkedin.com/in/wiremu"
    store_requests(sqlite_store, [
        OwnerProfile(first_name="Kiri", last_name="Tane", profile_url=me),
        Invitation(name="Wiremu Tane", headline="Sales Director", profile_url=them,
                   sent_at=datetime(2026, 3, 1, tzinfo=UTC)),
        Message("c1", "Kiri Tane", datetime(2024, 5, 2, tzinfo=UTC), "Thanks for the quote",
                sender_profile_url=me, recipient_profile_urls=them),
        Message("c1", "Kiri Tane", datetime(2025, 2, 9, tzinfo=UTC), "See you at the QBR",
                sender_profile_url=me, recipient_profile_urls=them),
        Message("c2", "Kiri Tane", datetime(2026, 3, 2, tzinfo=UTC), "Hi Wiremu, how have we met?",
                sender_profile_url=me, recipient_profile_urls=them),
    ])
    (triaged,) = services.assess_queue(sqlite_store, screener)
    assert triaged.assessment.action == "accept"
    assert any(
        "you wrote to them 2 times (2024-05-02 to 2025-02-09) before this request" in r
        for r in triaged.assessment.decision_reasons
    )


def test_given_only_a_cold_message_from_the_sender_when_triaged_then_no_evidence(sqlite_store, screener) -> None:
    from linkscreen.core.models import Message, OwnerProfile

    me, them = "https://www.linkedin.com/in/me", "https://www.linkedin.com/in/seller"
    store_requests(sqlite_store, [
        OwnerProfile(profile_url=me),
        Invitation(name="Sam Seller", headline="Sales Director", profile_url=them,
                   sent_at=datetime(2026, 3, 1, tzinfo=UTC)),
        Message("c9", "Sam Seller", datetime(2026, 2, 1, tzinfo=UTC), "Quick demo?",
                sender_profile_url=them, recipient_profile_urls=me),
    ])
    (triaged,) = services.assess_queue(sqlite_store, screener)
    assert triaged.assessment.action == "ignore" and triaged.evidence == []


BO_RECRUITER = Invitation(name="Bo Chen", headline="IT Recruiter", profile_url="https://www.linkedin.com/in/bo",
                          message="I have a role for you as CIO, keen to chat?")
BO_SELLER = Invitation(name="Bo Chen", headline="Account Executive", message="Quick demo of our platform?",
                       profile_url="https://www.linkedin.com/in/bo")


def test_given_a_user_label_when_assessed_then_the_label_wins_says_so_first_and_the_policy_decides_for_it(
    sqlite_store, screener
) -> None:
    """GIVEN a sales director the model calls sales_long_game (ignored) WHEN the user labels it recruiter_for_you
    THEN its intent is the label at 100%, the first reason says so, the model's reasons follow, and the policy
    proposes what it proposes for that intent (ask, with the reply)."""
    store_requests(sqlite_store, [ANA])
    request = sqlite_store.list_invitations()[0]
    model = services.assess_request(sqlite_store, screener, request.id).assessment
    assert (model.intent, model.action) == ("sales_long_game", "ignore")

    services.record_label(sqlite_store, request.id, "recruiter_for_you")
    labelled = services.assess_request(sqlite_store, screener, request.id).assessment

    assert (labelled.intent, labelled.confidence, labelled.action) == ("recruiter_for_you", 1.0, "ask")
    assert labelled.reasons[0].startswith("you labelled this recruiter_for_you (the model said sales_long_game")
    assert labelled.reasons[1:] == model.reasons
    assert labelled.reply.startswith("Hi Ana,")
    listed = {row["name"]: row for row in services.describe_queue(sqlite_store)}["Ana Lima"]
    assert listed["intent"] == "recruiter_for_you"
    assert listed["reasons"][0].startswith("you labelled this recruiter_for_you")


def test_given_a_cached_assessment_when_labelled_and_relabelled_then_never_the_stale_intent(
    sqlite_store, screener, monkeypatch
) -> None:
    """GIVEN a triaged queue (assessments cached) WHEN a request is labelled, then labelled again THEN each triage
    shows the latest label, the cache is used when nothing changed, and other requests keep the model's intent."""
    store_requests(sqlite_store, [ANA, BO_RECRUITER])
    services.assess_queue(sqlite_store, screener)
    ana = next(s for s in sqlite_store.list_invitations() if s.invitation.name == "Ana Lima")
    first, later = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 2, tzinfo=UTC)

    services.record_label(sqlite_store, ana.id, "peer_value", now=first)
    assert {t.stored.invitation.name: t.assessment.intent for t in services.assess_queue(sqlite_store, screener)} == {
        "Ana Lima": "peer_value", "Bo Chen": "recruiter_for_you"}
    services.record_label(sqlite_store, ana.id, "scam_or_fake", now=later)
    again = services.assess_request(sqlite_store, screener, ana.id).assessment

    assert (again.intent, again.action) == ("scam_or_fake", "ignore")
    assert sqlite_store.read_assessments([ana.id])[ana.id].intent == "scam_or_fake"
    classified = []
    original = screener.intents.classify_many
    monkeypatch.setattr(
        screener.intents, "classify_many", lambda invs, *rest: classified.extend(invs) or original(invs, *rest)
    )
    assert services.assess_request(sqlite_store, screener, ana.id).assessment == again
    assert classified == []


ZOE = Invitation(name="Zoë Ngata", headline="Account Executive at CloudCost",
                 profile_url="https://www.linkedin.com/in/zoe",
                message="Our platform cuts AWS bills by 30%. Could I have 15 minutes next week for a demo?")
LUKASZ = Invitation(name="Łukasz Nowak", headline="Data Engineer", profile_url="https://www.linkedin.com/in/lukasz",
                    message="Hello, I am looking for a job in your team. Could you refer me?")


def test_given_uncached_requests_when_triaged_then_classified_in_one_batch_with_one_by_one_results_in_order(
    sqlite_store, screener, monkeypatch
) -> None:
    """GIVEN a queue of four requests, one already assessed (cached) and one labelled WHEN triaged THEN the three
    not cached are classified in one batch, in queue order, and each verdict is the one classifying it alone gives
    (the labelled one with the label over it)."""
    store_requests(sqlite_store, [ANA, BO_RECRUITER, ZOE, LUKASZ])
    queue = sqlite_store.list_invitations()
    by_name = {s.invitation.name: s for s in queue}
    services.assess_request(sqlite_store, screener, by_name["Ana Lima"].id)
    services.record_label(sqlite_store, by_name["Zoë Ngata"].id, "peer_value")
    alone = {s.invitation.name: IntentClassifier(screener.intents.model).classify(s.invitation) for s in queue}
    batches: list[list[Invitation]] = []
    original = screener.intents.classify_many
    monkeypatch.setattr(
        screener.intents, "classify_many", lambda invs, *rest: batches.append(list(invs)) or original(invs, *rest)
    )

    triaged = services.assess_queue(sqlite_store, screener)

    assert batches == [[s.invitation for s in queue if s.invitation.name != "Ana Lima"]]
    assert [t.stored.id for t in triaged] == [s.id for s in queue]
    for item in triaged:
        name, verdict = item.stored.invitation.name, item.assessment
        expected = alone[name]
        if name == "Zoë Ngata":
            assert (verdict.intent, verdict.confidence) == ("peer_value", 1.0)
            assert verdict.reasons[0].startswith(f"you labelled this peer_value (the model said {expected.intent}")
            assert verdict.reasons[1:] == expected.reasons
        else:
            assert (verdict.intent, verdict.confidence, verdict.reasons) == (
                expected.intent, expected.confidence, expected.reasons)


def test_given_a_label_and_a_remembered_decision_or_a_reply_when_assessed_then_they_still_apply(
    sqlite_store, screener
) -> None:
    """GIVEN a request labelled sales_pitch WHEN the user accepted this sender before THEN accept is still proposed,
    for the labelled intent; GIVEN a labelled request with a reply giving context THEN the reply decides."""
    store_requests(sqlite_store, [
        ANA,
        BO_SELLER,
    ])
    ana, bo = sorted(sqlite_store.list_invitations(), key=lambda s: s.invitation.name)
    services.record_label(sqlite_store, ana.id, "sales_pitch")
    services.record_decision(sqlite_store, ana.id, "accept", now=datetime(2026, 1, 1, tzinfo=UTC))
    services.record_label(sqlite_store, bo.id, "peer_value")
    services.record_reply(sqlite_store, screener, bo.id,
                          "We met at the AWS summit in Auckland; I ran the backup workshop you attended.")

    remembered = services.assess_request(sqlite_store, screener, ana.id).assessment
    replied = services.assess_request(sqlite_store, screener, bo.id)

    assert (remembered.intent, remembered.action) == ("sales_pitch", "accept")
    assert "you chose accept for this sender before" in remembered.decision_reasons
    assert replied.reply.outcome == "context_given"
    assert (replied.assessment.intent, replied.assessment.action) == ("peer_value", "accept")


def test_given_assessments_cached_by_older_code_when_the_code_changes_then_requests_are_assessed_again(
    sqlite_store, monkeypatch
) -> None:
    """GIVEN a triaged request whose cached verdict came from older code WHEN assessed by the same code THEN the cache
    serves it; WHEN the domain code changes (an upgrade) THEN the request is classified again, not served stale."""
    import linkscreen.services.screening as screening

    store_requests(sqlite_store, [BO_RECRUITER])
    old_code = services.load_screener(Path("/nonexistent-home-for-tests"), policy=Policy())
    services.assess_queue(sqlite_store, old_code)
    bo = sqlite_store.list_invitations()[0]
    fresh = sqlite_store.read_assessments([bo.id])[bo.id]
    stale = replace(fresh, intent="open_networker", reasons=("what older code said",))
    sqlite_store.save_assessments([stale], datetime.now(UTC))
    assert services.assess_request(sqlite_store, old_code, bo.id).assessment.intent == "open_networker"

    monkeypatch.setattr(screening, "read_code_revision", lambda: "newcode1")
    new_code = services.load_screener(Path("/nonexistent-home-for-tests"), policy=Policy())
    again = services.assess_request(sqlite_store, new_code, bo.id).assessment

    assert new_code.model_id != old_code.model_id
    assert (again.intent, again.model_id) == ("recruiter_for_you", new_code.model_id)
    assert "what older code said" not in again.reasons


def build_busy_queue(store: Store, screener: services.Screener) -> None:
    """300 corpus requests with what a queue in use has: user labels, replies (two on one request), an expired
    one, a decision the user made before, a request back in the queue, and evidence (connections, messages)."""
    from linkscreen.adapters.corpus import read_corpus_folder
    from linkscreen.adapters.models import locate_packaged_corpus
    from linkscreen.core.models import Connection, Message, OwnerProfile

    examples = read_corpus_folder(locate_packaged_corpus() / "intent")[::23][:300]
    people = [
        replace(example.invitation, profile_url=f"https://www.linkedin.com/in/queue-{n}",
                sent_at=datetime(2026, 1, 1 + n % 28, n % 24, tzinfo=UTC))
        for n, example in enumerate(examples)
    ]
    me = "https://www.linkedin.com/in/me"
    store_requests(store, [
        OwnerProfile(first_name="Me", profile_url=me), *people,
        *(Connection(p.name.split()[0], p.name.split()[-1], p.profile_url) for p in people[5:40:5]),
        Message("c1", "Me", datetime(2025, 5, 2, tzinfo=UTC), "Thanks for the quote", sender_profile_url=me,
                recipient_profile_urls=people[11].profile_url),
    ])
    ids = {s.invitation.profile_url: s.id for s in store.list_invitations()}
    queue = [ids[p.profile_url] for p in people]
    for n in range(3, 300, 17):
        services.record_label(store, queue[n], ("peer_value", "sales_pitch", "recruiter_for_you")[n % 3])
    for n, text in ((8, "We met at the AWS summit; I ran the workshop you attended."), (9, "Wrong person, sorry!"),
                    (8, "Also: would you like a demo of our platform?")):
        services.record_reply(store, screener, queue[n], text, datetime(2026, 2, 1 + n, tzinfo=UTC))
    store.change_status(queue[12], "expired", asked_at=datetime(2026, 1, 2, tzinfo=UTC))
    services.record_decision(store, queue[13], "accept", now=datetime(2026, 1, 3, tzinfo=UTC))
    store.change_status(queue[13], "new")  # decided before: the remembered decision applies
    services.record_decision(store, queue[14], "ignore", now=datetime(2026, 1, 3, tzinfo=UTC))
    store_requests(store, [replace(people[14], headline="Chief Information Officer")])  # back in the queue


@pytest.mark.parametrize("batch", [7, 1000])
def test_given_a_busy_queue_when_assessed_in_batches_then_every_decision_is_the_one_batch_result(
    tmp_path, screener, monkeypatch, batch
) -> None:
    """GIVEN two identical stores of 300 requests (labels, replies, expiry, a remembered decision, one back in the
    queue, evidence) WHEN one is assessed as the queue was before (all requests in one `assess_stored`) and the other
    a batch at a time (7, or 1000 per batch) THEN every verdict, reply and piece of evidence is the same, newest
    first, and so is every stored assessment; assessed again, nothing is classified (all cached)."""
    import linkscreen.services.screening as screening

    stores = [Store.open(f"sqlite:///{tmp_path / name}") for name in ("one.db", "batched.db")]
    for store in stores:
        build_busy_queue(store, screener)
    whole, batched = stores
    at = datetime(2026, 3, 1, tzinfo=UTC)
    expected = screening.assess_stored(whole, screener, whole.list_invitations(statuses=screening.OPEN_STATUSES), at)
    monkeypatch.setattr(screening, "QUEUE_BATCH", batch)

    got = services.assess_queue(batched, screener, now=at)

    def shape(items: list[services.Triaged]) -> list[tuple]:
        return [(t.stored.id, t.stored.invitation, t.stored.status, t.assessment, t.reply, t.evidence) for t in items]

    assert len(got) == 300 and shape(got) == shape(expected)
    assert {t.assessment.action for t in got} == {"accept", "ask", "ignore"}
    assert any(t.reply for t in got) and any(t.evidence for t in got) and any(
        r.startswith("back in the queue") for t in got for r in t.assessment.decision_reasons) and any(
        "you chose accept for this sender before" in t.assessment.decision_reasons for t in got)
    everyone = [s.id for s in whole.list_invitations()]
    assert batched.read_assessments(everyone) == whole.read_assessments(everyone)
    monkeypatch.setattr(screener.intents, "classify_many", lambda *args: pytest.fail("classified again"))
    assert shape(services.assess_queue(batched, screener, now=at)) == shape(expected)
    for store in stores:
        store.close()


def test_given_a_queue_when_triaged_then_counts_per_action_the_newest_few_of_each_and_progress_per_batch(
    sqlite_store, screener, monkeypatch
) -> None:
    """GIVEN 300 open requests WHEN `triage_queue` shows 4 per action, in batches of 50 THEN the counts and the
    first 4 of each action are those of the whole assessed queue, and progress is reported after each batch."""
    import linkscreen.services.screening as screening

    build_busy_queue(sqlite_store, screener)
    monkeypatch.setattr(screening, "QUEUE_BATCH", 50)
    progress: list[tuple[int, int]] = []

    summary = services.triage_queue(sqlite_store, screener, shown=4, on_progress=lambda *p: progress.append(p))

    queue = services.assess_queue(sqlite_store, screener)
    assert summary.total == len(queue) == 300
    for action in ("accept", "ask", "ignore"):
        group = [t for t in queue if t.assessment.action == action]
        assert summary.counts[action] == len(group)
        assert [t.stored.id for t in summary.shown[action]] == [t.stored.id for t in group[:4]]
    assert progress == [(50, 300), (100, 300), (150, 300), (200, 300), (250, 300), (300, 300)]


def test_given_a_triage_cut_short_when_run_again_then_the_batches_saved_are_kept_and_the_rest_assessed(
    sqlite_store, screener, monkeypatch
) -> None:
    """GIVEN a triage stopped (killed) after its first batch of 100 WHEN the database is read THEN exactly that
    batch's assessments are stored, whole; WHEN triaged again THEN only the other requests are classified."""
    import linkscreen.services.screening as screening

    build_busy_queue(sqlite_store, screener)
    monkeypatch.setattr(screening, "QUEUE_BATCH", 100)
    everyone = [s.id for s in sqlite_store.list_invitations()]

    running = services.iterate_queue(sqlite_store, screener)
    first = [next(running) for _ in range(100)]
    running.close()

    assert set(sqlite_store.read_assessments(everyone)) == {t.stored.id for t in first}
    classified: list[Invitation] = []
    original = screener.intents.classify_many
    monkeypatch.setattr(
        screener.intents, "classify_many", lambda invs, *rest: classified.extend(invs) or original(invs, *rest)
    )
    assert len(services.assess_queue(sqlite_store, screener)) == 300
    assert len(classified) == 200 and len(sqlite_store.read_assessments(everyone)) == 300


def test_given_workers_when_the_queue_is_assessed_then_the_same_decisions_as_in_one_process(
    tmp_path, screener, monkeypatch
) -> None:
    """GIVEN two identical busy queues WHEN one is assessed in this process and the other with two forked workers
    (batches of 60, each classified by the workers while the one before is decided) THEN none is classified here,
    and the verdicts, their order and the stored assessments are the same."""
    import multiprocessing as mp

    import linkscreen.services.parallel as parallel
    import linkscreen.services.screening as screening

    if "fork" not in mp.get_all_start_methods():
        pytest.skip("no fork on this platform: triage classifies in one process")
    stores = [Store.open(f"sqlite:///{tmp_path / name}") for name in ("one.db", "workers.db")]
    for store in stores:
        build_busy_queue(store, screener)
    alone, shared = stores
    at = datetime(2026, 3, 1, tzinfo=UTC)
    expected = services.assess_queue(alone, screener, now=at)
    monkeypatch.setattr(screening, "QUEUE_BATCH", 60)
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 20)
    monkeypatch.setattr(parallel, "PARALLEL_CHUNK", 25)
    here: list[Invitation] = []  # what this process classifies; forked workers fill their own copies
    original = screener.intents.classify_many
    monkeypatch.setattr(
        screener.intents, "classify_many", lambda invs, *rest: here.extend(invs) or original(invs, *rest)
    )

    got = services.triage_queue(shared, screener, shown=300, now=at, workers=2)

    assert here == []  # every batch was classified by the workers
    assert [t.stored.id for a in ("accept", "ask", "ignore") for t in got.shown[a]] == [
        t.stored.id for a in ("accept", "ask", "ignore") for t in expected if t.assessment.action == a]
    assert [t.assessment for a in ("accept", "ask", "ignore") for t in got.shown[a]] == [
        t.assessment for a in ("accept", "ask", "ignore") for t in expected if t.assessment.action == a]
    everyone = [s.id for s in alone.list_invitations()]
    assert shared.read_assessments(everyone) == alone.read_assessments(everyone)
    for store in stores:
        store.close()
