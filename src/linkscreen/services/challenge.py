"""Use cases of the challenge loop: the user's decisions (and their undoing) and labels, replies, expiry,
history, and triaging the stored queue after an import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from linkscreen.adapters.storage import Store
from linkscreen.core.challenge import TRANSITIONS, ChallengeError, Event, advance_status, is_overdue
from linkscreen.core.models import HistoryEvent, Message, StoredInvitation, StoredReply, fingerprint
from linkscreen.core.policy import decide_after_reply
from linkscreen.core.taxonomy import ACTIONS, INTENTS, Action, Status
from linkscreen.services.interruption import RunRecord
from linkscreen.services.screening import Screener, Triaged, assess_request, triage_queue


class NotFoundError(LookupError):
    """No stored request has that id."""


@dataclass(slots=True)
class SyncReport:
    """What `sync_challenges` found in the stored messages and the calendar."""

    asked: int = 0
    replied: int = 0
    expired: int = 0


def record_decision(store: Store, invitation_id: int, action: str, now: datetime | None = None, note: str = "") -> str:
    """Store the user's decision (ask means the question was sent); return the new status."""
    if action not in ACTIONS:
        raise ValueError(f"action must be one of {', '.join(ACTIONS)}, not {action!r}")
    item = _require(store, invitation_id)
    now = now or datetime.now(UTC)
    event = Event.ASK if action == Action.ASK else Event.DECIDE
    status = advance_status(item.status, event)
    store.change_status(invitation_id, status, asked_at=now if event == Event.ASK else None)
    store.record_event(HistoryEvent(invitation_id, "decision", action, "user", (note,) if note else (), now))
    return status.value


def undo_decision(
    store: Store, invitation_id: int, previous_status: str | None = None, now: datetime | None = None
) -> str:
    """Put a request back where it was before the user's latest decision, as its history says; return its status
    (`linkscreen decide ID --undo`, the web's `u`, `POST /api/v1/invitations/{id}/undo`).

    `previous_status` (optional) is what the caller believes that was: when the history says otherwise,
    ChallengeError (409) and nothing changes. The history keeps both the decision and its undoing.
    """
    statuses = tuple(status.value for status in Status)
    if previous_status is not None and previous_status not in statuses:
        raise ValueError(f"previous_status must be one of {', '.join(statuses)}, not {previous_status!r}")
    stored = _require(store, invitation_id)
    events = store.list_events(invitation_id)
    last = events[-1] if events else None
    if last is None or last.kind != "decision" or last.actor != "user":
        raise ValueError("the latest event of this request is not a decision of yours: nothing to undo")
    restored = find_status_before_decision(events[:-1])
    event = Event.ASK if last.value == "ask" else Event.DECIDE
    if TRANSITIONS.get((Status(restored), event)) != Status(stored.status):
        raise ChallengeError(f"the history does not show how this request became {stored.status}: "
                             "nothing undone (decide again instead)")
    if previous_status and previous_status != restored:
        raise ChallengeError(f"before {last.value!r} this request was {restored}, not {previous_status}: "
                             "nothing undone")
    store.change_status(invitation_id, restored)
    reasons = (f"undid {last.value}; back to {restored}",)
    store.record_event(HistoryEvent(invitation_id, "undo", last.value, "user", reasons, now or datetime.now(UTC)))
    return restored


@dataclass(slots=True)
class LatestStep:
    """The user's latest decision on a request, or its undoing, while it is the request's latest event: what the
    queue page confirms after a form, with the status an undo goes back to (`before`) for a decision."""

    invitation_id: int
    name: str
    kind: str  # "decision" or "undo"
    action: str  # accept, ask or ignore: the decision made, or undone
    status: str  # the request's status now
    before: str = ""


def read_latest_step(store: Store, invitation_id: int) -> LatestStep | None:
    """The user's decision or undo that is the request's latest event, else None (no such request, or something
    happened to it since: then there is nothing to confirm or undo from the page)."""
    stored = store.get_invitation(invitation_id)
    events = store.list_events(invitation_id) if stored else []
    last = events[-1] if events else None
    if stored is None or last is None or last.actor != "user" or last.kind not in ("decision", "undo"):
        return None
    before = find_status_before_decision(events[:-1]) if last.kind == "decision" else ""
    return LatestStep(invitation_id, stored.invitation.name, last.kind, last.value, stored.status, before)


STATUS_AFTER_EVENT = {"ask": Status.ASKED.value, "reply": Status.REPLIED.value, "expire": Status.EXPIRED.value,
                      "resurfaced": Status.NEW.value}


def find_status_before_decision(events: list[HistoryEvent]) -> str:
    """Replay a request's history (oldest first) from `new`: the status these events leave it in.

    The user's decisions ask or decide; an undo goes back to the status before the decision it undid;
    questions, replies, expiry and a return to the queue set theirs; labels and edits change nothing.
    """
    status = before_decision = Status.NEW.value
    for event in events:
        if event.kind == "decision" and event.actor == "user":
            before_decision = status
            status = Status.ASKED.value if event.value == "ask" else Status.DECIDED.value
        elif event.kind == "undo" and event.actor == "user":
            status = before_decision
        elif event.kind in STATUS_AFTER_EVENT:
            status = STATUS_AFTER_EVENT[event.kind]
    return status


def record_label(store: Store, invitation_id: int, intent: str, now: datetime | None = None) -> None:
    """Store the user's own intent label for a request (it wins when the request is next assessed, as
    `label_and_reassess` does at once; `retrain` learns from it)."""
    if intent not in INTENTS:
        raise ValueError(f"intent must be one of {', '.join(INTENTS)}, not {intent!r}")
    _require(store, invitation_id)
    store.record_event(HistoryEvent(invitation_id, "label", intent, "user", (), now or datetime.now(UTC)))


def label_and_reassess(store: Store, screener: Screener, invitation_id: int, intent: str) -> Triaged | None:
    """Record the user's label and re-assess the request: its card shows the labelled intent at once."""
    record_label(store, invitation_id, intent)
    return assess_request(store, screener, invitation_id)


def reply_and_propose(
    store: Store, screener: Screener, invitation_id: int, text: str
) -> tuple[StoredReply, Triaged | None]:
    """Record the sender's reply and re-assess the request: the reply's outcome and the proposed final action."""
    reply = record_reply(store, screener, invitation_id, text)
    return reply, assess_request(store, screener, invitation_id)


def record_reply(
    store: Store, screener: Screener, invitation_id: int, text: str, received_at: datetime | None = None,
    source: str = "user",
) -> StoredReply:
    """Judge a reply to the question and move the request on; pasting a reply implies it was asked."""
    if not text.strip():
        raise ValueError("the reply is empty")
    item = _require(store, invitation_id)
    received_at = received_at or datetime.now(UTC)
    if item.status in (Status.NEW, Status.DECIDED):
        store.change_status(invitation_id, advance_status(item.status, Event.ASK), asked_at=received_at)
        store.record_event(HistoryEvent(invitation_id, "ask", "ask", source, ("a reply was recorded",), received_at))
        item = _require(store, invitation_id)
    inv = item.invitation
    judged = screener.judge_reply(text, inv.message, inv.headline, inv.name)
    reply = StoredReply(invitation_id, text, received_at, source, judged.outcome, judged.confidence, judged.reasons)
    if store.save_reply(reply, fingerprint(invitation_id, text, received_at.isoformat())):
        store.change_status(invitation_id, advance_status(item.status, Event.REPLY))
        store.record_event(HistoryEvent(invitation_id, "reply", judged.outcome, source, judged.reasons, received_at))
    return reply


def sync_challenges(store: Store, screener: Screener, now: datetime | None = None) -> SyncReport:
    """Read the stored messages: questions the user sent, the senders' replies; then expire silence."""
    now = now or datetime.now(UTC)
    report = SyncReport()
    owner_url, owner_name = store.read_owner()
    for question in store.find_owner_questions(owner_url, owner_name):
        for item in _find_asked(store, question, owner_url, owner_name):
            store.change_status(item.id, Status.ASKED, asked_at=question.sent_at)
            store.record_event(HistoryEvent(
                item.id, "ask", "ask", "import", ("question found in messages.csv",), question.sent_at or now
            ))
            report.asked += 1
    waiting = store.find_invitations_by_url_status([Status.ASKED.value, Status.EXPIRED.value])
    for item in waiting:
        for message in store.find_messages_from([item.invitation.profile_url], item.asked_at):
            before = item.status
            record_reply(store, screener, item.id, message.content, message.sent_at, source="messages.csv")
            item = _require(store, item.id)
            report.replied += before != item.status
    for item in store.list_invitations(statuses=[Status.ASKED.value]):
        if item.asked_at and is_overdue(item.asked_at, now, screener.policy.waiting_days):
            store.change_status(item.id, Status.EXPIRED)
            reasons = (f"no reply within {screener.policy.waiting_days} days",)
            store.record_event(HistoryEvent(item.id, "expire", "no_reply", "policy", reasons, now))
            report.expired += 1
    return report


def triage_stored(
    store: Store, screener: Screener, now: datetime | None = None, workers: int = 1, run: RunRecord | None = None
) -> dict[str, int]:
    """What `linkscreen triage` does after importing, and every import (CLI, web, API) after it: sync the
    challenge, then assess the open queue, so what the queue shows never lags behind what was imported.
    `workers` > 1 classifies on that many forked processes (the CLI; the web app, with its threads, keeps 1).
    `run` (the CLI's) follows what is saved, for the line an interrupted run prints."""
    run = run if run is not None else RunRecord()
    run.start_challenge()
    sync = sync_challenges(store, screener, now)
    run.finish_challenge(sync)
    run.start_assessing()
    triaged = triage_queue(store, screener, shown=0, now=now, workers=workers, on_progress=run.count_assessed)
    run.finish_assessing()
    return {"asked": sync.asked, "replied": sync.replied, "expired": sync.expired, "assessed": triaged.total}


def _find_asked(store: Store, question: Message, owner_url: str, owner_name: str) -> list[StoredInvitation]:
    """The new requests a question went to. Exports before 2020 (9 columns) name no recipient URL: then the
    other person who wrote in the conversation, else the one new request whose sender has the recipient's name."""
    new = [Status.NEW.value]
    urls = [url.strip() for url in question.recipient_profile_urls.replace(";", ",").split(",") if url.strip()]
    urls = urls or store.find_conversation_senders(question.conversation_id, owner_url, owner_name)
    if urls:
        return store.find_invitations_by_url(urls, statuses=new)
    names = [name.strip() for name in question.recipient_names.split(",") if name.strip()]
    matches = store.find_invitations_by_name(names[0], new) if len(names) == 1 else []
    return matches if len(matches) == 1 else []


def read_history(store: Store, invitation_id: int) -> tuple[StoredInvitation, list[HistoryEvent], list[StoredReply]]:
    """Return a request with every event and reply, oldest first."""
    return _require(store, invitation_id), store.list_events(invitation_id), store.list_replies(invitation_id)


def propose_final_action(screener: Screener, intent: str, reply: StoredReply) -> str:
    """The action the policy proposes once a reply has been judged."""
    return decide_after_reply(intent, reply.outcome, screener.policy).action


def _require(store: Store, invitation_id: int) -> StoredInvitation:
    item = store.get_invitation(invitation_id)
    if item is None:
        raise NotFoundError(f"no request with id {invitation_id}")
    return item
