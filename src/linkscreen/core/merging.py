"""Merging records of one request that came from several sources (export, e-mail, pasted page, ...).

Pure rules, no storage: when two records are the same request, which value each field keeps, which
source set it, and which changes are worth telling the user about.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from linkscreen.core.names import fold_text
from linkscreen.core.models import StoredAssessment

TRACKED_FIELDS: tuple[str, ...] = (
    "name", "headline", "company", "location", "mutual_connections", "message", "sent_at", "profile_url",
)
EDITABLE_FIELDS: tuple[str, ...] = ("name", "headline", "company", "location", "mutual_connections")
CHANGE_FIELDS: tuple[str, ...] = ("headline", "company")
KEPT_COLUMNS: frozenset[str] = frozenset({"direction", "source"})
USER = "user"
SOURCE_NAMES: dict[str, str] = {
    "linkedin-export": "export", "invitation-email": "email", "pasted": "paste", "jsonl": "jsonl", "csv": "csv",
    USER: USER,
}
APPROXIMATE_SOURCES: frozenset[str] = frozenset({"paste"})
MATCH_WINDOW = timedelta(days=8)
# LinkedIn's relative times ("3 weeks ago", "1 month ago") name a span as wide as their unit: at least
# this old, the estimate may be a whole unit (plus a day) from the real time.
ESTIMATE_SPANS: tuple[tuple[timedelta, timedelta], ...] = (
    (timedelta(days=365), timedelta(days=366)), (timedelta(days=28), timedelta(days=31)),
)
_ELLIPSIS = re.compile(r"\s*(?:\u2026|\.\.\.)\s*(?:see more|more)?\s*$", re.I)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """A stored value that a later source (or the user) replaced with a different one."""

    field: str
    old: Any
    new: Any

    def describe(self) -> str:
        """The change in words: "headline: 'old' -> 'new'"; a value the user set to what it already was:
        "headline: 'same' already so; now kept as yours"."""
        if self.old == self.new:
            return f"{self.field}: {_show(self.new)} already so; now kept as yours"
        return f"{self.field}: {_show(self.old)} -> {_show(self.new)}"


@dataclass(slots=True)
class MergeResult:
    """The merged values, which source set each field they changed, and the changes worth recording."""

    values: dict[str, Any]
    sources: dict[str, str] = field(default_factory=dict)
    changes: list[FieldChange] = field(default_factory=list)


def fold_name(name: str) -> str:
    """A name as compared across sources: transliterated, casefolded, spaces collapsed."""
    if name.isascii():  # most names: no transliteration needed (a hundred thousand per import)
        return " ".join(name.casefold().split())
    return " ".join(fold_text(name).split())


def name_source(raw: str) -> str:
    """The short name of a record's source ("linkedin-export" -> "export"); unknown ones as they are."""
    return SOURCE_NAMES.get(raw, raw)


def could_be_same_request(
    url_a: str, sent_a: datetime | None, url_b: str, sent_b: datetime | None, window: timedelta = MATCH_WINDOW
) -> bool:
    """True when two records of the same name may be one request: never two different profile URLs,
    and (when either lacks a URL) sent within `window` of each other (see `find_match_window`)."""
    if url_a and url_b:
        return url_a == url_b
    if sent_a is None or sent_b is None:
        return False
    return abs(sent_a - sent_b) <= window


def find_match_window(sent_at: datetime | None, source: str, now: datetime) -> timedelta:
    """How far from `sent_at` another record of the same request may say it was sent: MATCH_WINDOW (a pasted
    page's "1 week ago" included), or for a pasted page's "2 months ago" / "1 year ago" that whole unit and a day."""
    if sent_at is None or name_source(source) not in APPROXIMATE_SOURCES:
        return MATCH_WINDOW
    age = now - sent_at
    return next((span for oldest, span in ESTIMATE_SPANS if age >= oldest), MATCH_WINDOW)


def merge_fields(
    stored: Mapping[str, Any],
    stored_sources: Mapping[str, str],
    edited: frozenset[str] | set[str],
    incoming: Mapping[str, Any],
    source: str,
) -> MergeResult:
    """Merge an incoming record into a stored one.

    A value is never blanked by a poorer source, never replaces what the user edited, and a shorter
    or truncated copy ("Head of Talent at Ko...") never replaces the full text. A pasted page's
    estimated time never replaces an exact one. Any other different value replaces the stored one;
    a changed headline or company is reported.
    """
    result = MergeResult(dict(stored))
    for column, new in incoming.items():
        if column in KEPT_COLUMNS or column not in stored:
            continue
        old = stored[column]
        if new in ("", None) or new == old or column in edited:
            continue
        if old in ("", None):
            _take(result, column, new, source)
        elif column == "sent_at":
            if stored_sources.get(column) in APPROXIMATE_SOURCES and source not in APPROXIMATE_SOURCES:
                _take(result, column, new, source)
        elif column == "profile_url":
            continue
        elif isinstance(old, str) and isinstance(new, str):
            _merge_text(result, column, old, new, source)
        else:
            _take(result, column, new, source)
    return result


def _merge_text(result: MergeResult, column: str, old: str, new: str, source: str) -> None:
    if is_same_text(old, new):
        return
    if extends(new, old):
        _take(result, column, new, source)
        return
    if extends(old, new):
        return
    _take(result, column, new, source)
    if column in CHANGE_FIELDS:
        result.changes.append(FieldChange(column, old, new))


def _take(result: MergeResult, column: str, value: Any, source: str) -> None:
    result.values[column] = value
    if column in TRACKED_FIELDS:
        result.sources[column] = source


def is_same_text(a: str, b: str) -> bool:
    """True when two texts differ only in case, accents, quotes or spacing."""
    return _fold_text(a) == _fold_text(b)


def extends(longer: str, shorter: str) -> bool:
    """True when `shorter` is a cut-off copy of `longer` ("CTO at Kiwi Fr..." or a prefix of it)."""
    stem = _fold_text(_ELLIPSIS.sub("", shorter))
    full = _fold_text(longer)
    return bool(stem) and len(full) > len(stem) and full.startswith(stem)


def _fold_text(text: str) -> str:
    return " ".join(fold_text(text).replace('"', "").replace("'", "").split())


RESURFACED_PREFIX = "back in the queue: "  # how the reason that a decided request is back in the queue begins


def add_resurfaced_reasons(assessment: StoredAssessment, reasons: tuple[str, ...]) -> StoredAssessment:
    """Put why a decided request is back in the queue first among its decision reasons."""
    if not reasons:
        return assessment
    shown = RESURFACED_PREFIX + "; ".join(reasons)
    kept = tuple(reason for reason in assessment.decision_reasons if reason != shown)
    return replace(assessment, decision_reasons=(shown, *kept))


def _show(value: Any) -> str:
    if isinstance(value, str):
        return repr(value if len(value) <= 120 else value[:117] + "...")
    return "none" if value is None else str(value)
