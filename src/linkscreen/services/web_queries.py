"""Use cases the web app and the HTTP API need beyond the CLI's: a paginated, filtered queue, the
challenge tracker, decisions that return the status to undo to, the dashboard's numbers and the settings file.
(Undo itself and triage after an import are the CLI's too: services.challenge.)"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import tomli_w

from linkscreen.adapters.config import CONFIG_FILE, EXAMPLE, ConfigError, load_policy, parse_policy, read_toml
from linkscreen.adapters.storage import Store
from linkscreen.core.challenge import days_left
from linkscreen.core.models import HistoryEvent, StoredAssessment, StoredInvitation
from linkscreen.core.policy import PRESETS
from linkscreen.core.replies import TemplateError, check_template
from linkscreen.core.taxonomy import ACTIONS, INTENTS, OUTCOMES, Status
from linkscreen.services.challenge import NotFoundError, propose_final_action, record_decision
from linkscreen.services.queue import build_queue_filter, describe_invitation, find_queue_rows, read_sources
from linkscreen.services.screening import OPEN_STATUSES, Screener

STATUSES: tuple[str, ...] = tuple(status.value for status in Status)
MAX_PER_PAGE = 100
COUNT_CAP = 10_000
SAFE_PROFILE_RE = re.compile(r"^https://www\.linkedin\.com/[A-Za-z0-9\-._~%/]*$")


@dataclass(slots=True)
class QueuePage:
    """One page of the queue: its cards, where it is, whether there is more, and how many of its cards
    are not triaged yet. The total is None for searches and intent/action filters (too costly to count)."""

    items: list[dict[str, Any]]
    page: int
    per_page: int
    total: int | None
    total_capped: bool
    has_next: bool
    unassessed: int = 0

    @property
    def pages(self) -> int | None:
        """How many pages there are, when the total is known exactly."""
        if self.total is None or self.total_capped:
            return None
        return max(1, math.ceil(self.total / self.per_page))


@dataclass(slots=True)
class ChallengeBoard:
    """The challenge tracker: requests asked and waiting, replied, and expired."""

    waiting: list[dict[str, Any]] = field(default_factory=list)
    replied: list[dict[str, Any]] = field(default_factory=list)
    expired: list[dict[str, Any]] = field(default_factory=list)


def check_choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    """Return `value` when it is empty or one of `allowed`; raise ValueError naming the choices."""
    if value and value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


class PageOutOfRange(NotFoundError):
    """A page number past the last page of the queue (404): `last_page` is the last one there is."""

    def __init__(self, page: int, last_page: int) -> None:
        super().__init__(f"page {page} is past the end: the last page is {last_page}")
        self.page = page
        self.last_page = last_page


def list_queue_page(
    store: Store,
    status: str | Sequence[str] = "open",
    intent: str = "",
    action: str = "",
    search: str = "",
    page: int = 1,
    per_page: int = 25,
) -> QueuePage:
    """Return one page of incoming requests, newest first: "open" means every status but decided.

    Several statuses show the requests in any of them. A page past the last raises PageOutOfRange.
    """
    check_choice("intent", intent, INTENTS)
    check_choice("action", action, ACTIONS)
    statuses = resolve_statuses(status)
    if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
        raise ValueError(f"page must be >= 1 and per_page between 1 and {MAX_PER_PAGE}")
    wanted = build_queue_filter(statuses, intent, action, search)  # the filter `list --search` uses too
    rows = find_queue_rows(store, statuses, search, intent, action, per_page + 1, (page - 1) * per_page)
    if not rows and page > 1:  # counted only here: a search or a join would cost more than the page
        raise PageOutOfRange(page, max(1, math.ceil(store.count_queue_rows(wanted) / per_page)))
    total: int | None = None
    if not (wanted.name or intent or action):
        total = store.count_queue_rows(wanted, cap=COUNT_CAP + 1)
    items = [describe_card(stored, assessment) for stored, assessment in rows[:per_page]]
    resurfaced = store.read_resurfaced([item["id"] for item in items])
    for item in items:
        item["resurfaced"] = list(resurfaced.get(item["id"], ()))
    capped = total is not None and total > COUNT_CAP
    untriaged = sum(1 for item in items if item["intent"] is None)
    return QueuePage(items, page, per_page, COUNT_CAP if capped else total, capped, len(rows) > per_page, untriaged)


def resolve_statuses(status: str | Sequence[str]) -> tuple[str, ...]:
    """The statuses a filter names, in their usual order: "open" is all but decided, "all" every one;
    several values add up. Raise ValueError naming the choices for an unknown one."""
    chosen: set[str] = set()
    for value in [status] if isinstance(status, str) else list(status) or ["open"]:
        if value not in ("open", "all") and value not in STATUSES:
            raise ValueError(f"status must be open, all or one of {', '.join(STATUSES)}, not {value!r}")
        chosen.update(OPEN_STATUSES if value == "open" else STATUSES if value == "all" else (value,))
    return tuple(name for name in STATUSES if name in chosen)


def describe_card(stored: StoredInvitation, assessment: StoredAssessment | None) -> dict[str, Any]:
    """The JSON-ready card of a request: who, the note, and the verdict with its reasons (if triaged)."""
    item = describe_invitation(stored)
    item["asked_at"] = stored.asked_at.isoformat() if stored.asked_at else None
    item["safe_profile_url"] = select_safe_profile_url(stored.invitation.profile_url)
    if assessment is None:
        item.update(intent=None, confidence=None, action=None, signals=[], decision_reasons=[], reply=None)
        return item
    item.update(
        intent=assessment.intent,
        confidence=round(assessment.confidence, 4),
        action=assessment.action,
        signals=list(assessment.reasons),
        decision_reasons=list(assessment.decision_reasons),
        reply=assessment.reply,
    )
    return item


def select_safe_profile_url(url: str) -> str:
    """Return the URL when it is a plain https://www.linkedin.com/ address, else ""."""
    return url if url and SAFE_PROFILE_RE.match(url) else ""


def read_card(store: Store, invitation_id: int) -> dict[str, Any]:
    """Return one request's card with its history and replies; raise NotFoundError when unknown."""
    stored = store.get_invitation(invitation_id)
    if stored is None:
        raise NotFoundError(f"no request with id {invitation_id}")
    item = describe_card(stored, store.read_assessments([invitation_id]).get(invitation_id))
    item["sources"] = read_sources(store, [stored])[invitation_id]
    item["resurfaced"] = list(store.read_resurfaced([invitation_id]).get(invitation_id, ()))
    item["history"] = [describe_event(event) for event in store.list_events(invitation_id)]
    item["replies"] = [
        {"text": r.text, "received_at": r.received_at.isoformat(), "source": r.source, "outcome": r.outcome,
         "confidence": round(r.confidence, 4), "reasons": list(r.reasons)}
        for r in store.list_replies(invitation_id)
    ]
    return item


def describe_event(event: HistoryEvent) -> dict[str, Any]:
    """The JSON shape of one history event."""
    return {"when": event.created_at.isoformat(), "who": event.actor, "what": event.kind, "value": event.value,
            "why": list(event.reasons)}


def decide_with_undo(store: Store, invitation_id: int, action: str, note: str = "") -> dict[str, str]:
    """Record the user's decision and return the new status with the one before it (for undo)."""
    stored = store.get_invitation(invitation_id)
    if stored is None:
        raise NotFoundError(f"no request with id {invitation_id}")
    status = record_decision(store, invitation_id, action, note=note)
    return {"status": status, "previous_status": stored.status, "action": action}


def read_challenges(store: Store, screener: Screener, now: datetime | None = None, limit: int = 200) -> ChallengeBoard:
    """The challenge tracker: days left for the asked, outcome and final action for the replied."""
    now = now or datetime.now(UTC)
    board = ChallengeBoard()
    waiting_days = screener.policy.waiting_days
    for stored in store.list_invitations(statuses=[Status.ASKED.value], limit=limit):
        item = describe_card(stored, None)
        item["days_left"] = days_left(stored.asked_at, now, waiting_days) if stored.asked_at else waiting_days
        board.waiting.append(item)
    replied = store.list_invitations(statuses=[Status.REPLIED.value], limit=limit)
    assessments = store.read_assessments([s.id for s in replied])
    for stored in replied:
        item = describe_card(stored, assessments.get(stored.id))
        replies = store.list_replies(stored.id)
        latest = replies[-1] if replies else None
        item["reply_text"] = latest.text if latest else ""
        item["reply_outcome"] = latest.outcome if latest else None
        item["reply_reasons"] = list(latest.reasons) if latest else []
        intent = item["intent"] or screener.classify(stored.invitation).intent
        item["final_action"] = propose_final_action(screener, intent, latest) if latest else None
        board.replied.append(item)
    for stored in store.list_invitations(statuses=[Status.EXPIRED.value], limit=limit):
        board.expired.append(describe_card(stored, None))
    return board


def read_dashboard(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every dashboard chart as rows ready for a table, an SVG or a CSV file."""
    weeks: dict[str, Counter[str]] = {}
    for day, intent, count in store.count_days_by_intent():
        week = _start_of_week(day)
        if week:
            weeks.setdefault(week, Counter())[intent or "untriaged"] += count
    per_week = [{"week": week, **dict(counts), "total": sum(counts.values())} for week, counts in sorted(weeks.items())]
    decisions = store.count_user_decisions()
    outcomes = store.count_reply_outcomes()
    stats = store.read_stats()
    silence = stats.by_status.get(Status.EXPIRED.value, 0)
    empty = stats.incoming - stats.incoming_with_note
    return {
        "requests_per_week": per_week,
        "actions_taken": [{"action": action, "count": decisions.get(action, 0)} for action in ACTIONS],
        "challenge_outcomes": [{"outcome": "silence", "count": silence}]
        + [{"outcome": o, "count": outcomes.get(o, 0)} for o in OUTCOMES if o != "no_reply"],
        "empty_notes": [{"note": "empty", "count": empty}, {"note": "written", "count": stats.incoming_with_note}],
        "top_companies": [{"company": c, "count": n} for c, n in store.count_top_companies(10)],
    }


def _start_of_week(day: str) -> str:
    try:
        parsed = date.fromisoformat(day[:10])
    except ValueError:
        return ""
    return (parsed - timedelta(days=parsed.weekday())).isoformat()


def read_settings(home: Path) -> dict[str, Any]:
    """Return the user's config.toml text and what it means, for the settings page."""
    path = home / CONFIG_FILE
    text = path.read_text(encoding="utf-8") if path.exists() else EXAMPLE
    policy = parse_policy(read_toml(text, path), text, path)
    return {"text": text, "preset": policy.preset, "waiting_days": policy.waiting_days, "sure_scam": policy.sure_scam,
            "templates": dict(policy.templates), "rules": [r.name for r in policy.rules], "presets": list(PRESETS)}


def read_settings_or_text(home: Path) -> tuple[dict[str, Any], str]:
    """The settings as `read_settings` reads them, else config.toml's bare text and what is wrong in it."""
    try:
        return read_settings(home), ""
    except ConfigError as error:
        return {"text": (home / CONFIG_FILE).read_text(encoding="utf-8")}, str(error)


def save_settings(home: Path, text: str) -> None:
    """Check a new config.toml and write it; raise ConfigError (naming the line) when it is wrong."""
    parse_policy(read_toml(text), text, CONFIG_FILE)
    _write_config(home, text)


def update_settings(
    home: Path, preset: str, waiting_days: int | str, ask_template: str, sure_scam_percent: int | str = ""
) -> None:
    """Set the preset, the waiting period, the `ask` reply and (unless "") how sure, in percent, a scam call on a
    written note must be to ignore it, keeping the rest of config.toml.

    Raise ConfigError (and leave the file alone) when a value or the current file is wrong.
    """
    path = home / CONFIG_FILE
    text = path.read_text(encoding="utf-8") if path.exists() else EXAMPLE
    data = read_toml(text, path, " (fix it in the editor below first)")
    wanted = {("policy", "preset"): _check_preset(preset),
              ("policy", "waiting_days"): _check_waiting_days(waiting_days),
              ("replies", "ask"): _check_ask_template(ask_template)}
    if str(sure_scam_percent).strip():
        wanted[("policy", "sure_scam")] = _check_sure_scam_percent(sure_scam_percent)
    expected = {name: dict(value) if isinstance(value, dict) else value for name, value in data.items()}
    for (section, key), value in wanted.items():
        if not isinstance(expected.setdefault(section, {}), dict):
            raise ConfigError(f"{path}: [{section}] must be a table (fix it in the editor below first)")
        expected[section][key] = value
    new_text = _replace_config_values(text, wanted)
    try:
        kept_comments = tomllib.loads(new_text) == expected
    except tomllib.TOMLDecodeError:
        kept_comments = False
    _write_config(home, new_text if kept_comments else tomli_w.dumps(expected))


def _check_preset(preset: str) -> str:
    if preset not in PRESETS:
        raise ConfigError(f"unknown preset {preset!r}; choose one of {', '.join(PRESETS)}")
    return preset


def _check_waiting_days(waiting_days: int | str) -> int:
    try:
        days = int(str(waiting_days).strip())
    except ValueError:
        days = 0
    if isinstance(waiting_days, bool) or days < 1:
        raise ConfigError(f"waiting period {str(waiting_days)!r}: it must be a whole number of days, 1 or more")
    return days


def _check_sure_scam_percent(percent: int | str) -> float:
    """A whole percentage from 0 to 100, as config.toml's fraction (50 -> 0.5)."""
    try:
        whole = int(str(percent).strip().rstrip("%").strip())
    except ValueError:
        whole = -1
    if isinstance(percent, bool) or not 0 <= whole <= 100:
        raise ConfigError(f"scam confidence {str(percent)!r}: it must be a whole percentage from 0 to 100")
    return whole / 100


def _check_ask_template(template: str) -> str:
    if not template.strip():
        raise ConfigError("the ask reply is empty; write the question to send, e.g. "
                          "'Hi {first_name}, how have we met or done business before?'")
    try:
        check_template(template)
    except TemplateError as error:
        raise ConfigError(f"ask reply: {error}") from error
    return template


def _replace_config_values(text: str, wanted: dict[tuple[str, str], Any]) -> str:
    """Rewrite `key = value` lines in place (keeping comments); add missing keys under their table."""
    lines = text.splitlines()
    table, headers, done = "", dict[str, int](), set[tuple[str, str]]()
    for number, line in enumerate(lines):
        if re.match(r"^\s*\[", line):
            header = re.match(r"^\s*\[\s*([A-Za-z0-9_-]+)\s*\]\s*(#.*)?$", line)
            table = header.group(1) if header else "[[array]]"
            headers.setdefault(table, number)
            continue
        assignment = re.match(r"^(\s*)([A-Za-z0-9_-]+)\s*=(.*)$", line)
        key = (table, assignment.group(2)) if assignment else None
        if assignment and key in wanted and key not in done:
            new_line = assignment.group(1) + _format_value(key[1], wanted[key])
            lines[number] = new_line + _find_trailing_comment(assignment.group(3))
            done.add(key)
    missing = [key for key in wanted if key not in done]
    sections = dict.fromkeys(section for section, _ in missing)
    for section in sorted(sections, key=lambda name: -headers.get(name, -1)):
        added = [_format_value(key, wanted[(table, key)]) for table, key in missing if table == section]
        if section in headers:
            lines[headers[section] + 1:headers[section] + 1] = added
        else:
            lines += ["", f"[{section}]", *added]
    return "\n".join(lines) + "\n"


def _format_value(key: str, value: Any) -> str:
    return tomli_w.dumps({key: value}).strip()


def _find_trailing_comment(value: str) -> str:
    """The ` # comment` after a one-line TOML value, or "" (a `#` inside a string is not a comment)."""
    for position in [index for index, char in enumerate(value) if char == "#"]:
        try:
            tomllib.loads(f"x ={value[:position]}")
        except tomllib.TOMLDecodeError:
            continue
        return "  " + value[position:].strip()
    return ""


def _write_config(home: Path, text: str) -> None:
    """Write config.toml atomically once load_policy accepts the new text; otherwise leave the file alone."""
    home.mkdir(parents=True, exist_ok=True)
    target = home / CONFIG_FILE
    temporary = target.with_suffix(".toml.tmp")
    temporary.write_text(text, encoding="utf-8")
    try:
        load_policy(temporary)
    except ConfigError as error:
        temporary.unlink(missing_ok=True)
        raise ConfigError(str(error).replace(str(temporary), str(target))) from error
    temporary.replace(target)
