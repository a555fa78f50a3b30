"""Coaching use cases: score draft notes as a recipient's screener would read them, one, many or the user's
sent ones."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from linkscreen.adapters.storage import Store
from linkscreen.core.coach import SCORE_BANDS, CoachReport, coach_note, find_score_band
from linkscreen.core.models import Invitation, StoredInvitation, normalise_profile_url
from linkscreen.core.policy import Policy, decide_action
from linkscreen.core.taxonomy import Direction
from linkscreen.services.lines import LineFailure, parse_json_lines
from linkscreen.services.screening import Screener

RECIPIENT_POLICY = Policy(preset="guarded")  # the essay's policy, no personal rules: how a careful recipient screens


@dataclass(frozen=True, slots=True)
class SentScore:
    """One of the user's sent invitations, its coaching report, and whether it was accepted (None: cannot tell)."""

    stored: StoredInvitation
    report: CoachReport
    accepted: bool | None


@dataclass(frozen=True, slots=True)
class BandRate:
    """Acceptance within one score band: how many were sent, how many can be told, how many were accepted."""

    band: str
    sent: int
    known: int
    accepted: int

    @property
    def rate(self) -> float | None:
        """The share accepted among those that can be told, or None when none can."""
        return self.accepted / self.known if self.known else None


@dataclass(frozen=True, slots=True)
class SentReport:
    """Every sent invitation scored, and acceptance by score band."""

    scores: tuple[SentScore, ...]
    bands: tuple[BandRate, ...]
    connections_on_file: bool


def coach_draft(screener: Screener, message: str, recipient_name: str = "", context: str = "") -> CoachReport:
    """Score a draft note and predict how the guarded policy would treat it, as if a stranger had sent it."""
    invitation = Invitation(name="", message=message or "", direction=Direction.INCOMING)
    classification = screener.classify(invitation)
    decision = decide_action(invitation, classification, (), RECIPIENT_POLICY)
    return coach_note(message or "", recipient_name, context, classification, decision)


def describe_report(report: CoachReport) -> dict[str, Any]:
    """The JSON shape of a coaching report (without the id)."""
    return {
        "score": report.score,
        "checks": [{"name": c.name, "passed": c.passed, "detail": c.detail} for c in report.checks],
        "suggestions": list(report.suggestions),
        "predicted_intent": report.predicted_intent,
        "predicted_action": report.predicted_action,
    }


def coach_lines(lines: Iterable[str], screener: Screener) -> Iterator[dict[str, Any] | LineFailure]:
    """Stateless `coach`: {"id", "message", "recipient_name"?, "context"?} in, one report (or failure) per line out."""
    for number, record in parse_json_lines(lines, required="message"):
        if isinstance(record, LineFailure):
            yield record
            continue
        wrong = [
            key for key in ("recipient_name", "context")
            if record.get(key) is not None and not isinstance(record[key], str)
        ]
        if wrong:
            yield LineFailure(number, f'"{wrong[0]}" must be a string')
            continue
        report = coach_draft(
            screener, record["message"], record.get("recipient_name") or "", record.get("context") or ""
        )
        yield {"id": record["id"], **describe_report(report)}


def score_sent_invitations(store: Store, screener: Screener) -> SentReport:
    """Score the user's own sent invitations and, where Connections tell, acceptance by score band."""
    connected = store.read_connection_urls()
    cache: dict[tuple[str, str], CoachReport] = {}
    scores = []
    for stored in store.list_invitations(direction=Direction.OUTGOING.value):
        invitation = stored.invitation
        key = (invitation.message, invitation.name)
        if key not in cache:
            cache[key] = coach_draft(screener, invitation.message, invitation.name)
        url = normalise_profile_url(invitation.profile_url)
        accepted = (url in connected) if url and connected else None
        scores.append(SentScore(stored, cache[key], accepted))
    return SentReport(tuple(scores), summarise_bands(scores), bool(connected))


def summarise_bands(scores: Iterable[SentScore]) -> tuple[BandRate, ...]:
    """Count sent, known and accepted invitations per score band (every band listed, empty ones too)."""
    counts = {f"{low}-{high}": [0, 0, 0] for low, high in SCORE_BANDS}
    for item in scores:
        band = counts[find_score_band(item.report.score)]
        band[0] += 1
        band[1] += item.accepted is not None
        band[2] += bool(item.accepted)
    return tuple(BandRate(name, sent, known, accepted) for name, (sent, known, accepted) in counts.items())


def describe_sent_score(item: SentScore) -> dict[str, Any]:
    """The JSON shape of one scored sent invitation."""
    invitation = item.stored.invitation
    return {
        "id": item.stored.id,
        "name": invitation.name,
        "profile_url": invitation.profile_url,
        "sent_at": invitation.sent_at.isoformat() if invitation.sent_at else None,
        "message": invitation.message,
        "accepted": item.accepted,
        **describe_report(item.report),
    }
