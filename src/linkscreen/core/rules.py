"""User rules: match a request's headline, company, note or intent, and set an action.

Matching is data, as in paperless-ngx: each rule has a kind (any word, all words, literal, regex,
fuzzy). Rules are checked in order; the first that matches decides, and is named in the reasons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from linkscreen.core.models import Invitation
from linkscreen.core.taxonomy import ACTIONS

FIELDS = ("headline", "company", "note", "intent")
MATCH_KINDS = ("any", "all", "literal", "regex", "fuzzy")
WORD_RE = re.compile(r"\w+")
DEFAULT_FUZZY_THRESHOLD = 85


class RuleError(ValueError):
    """A rule that cannot work: unknown field, kind or action, or a bad regular expression."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One user rule. Build it with `build_rule`, which checks and compiles it."""

    name: str
    field: str
    match: str
    pattern: str
    action: str
    threshold: int = DEFAULT_FUZZY_THRESHOLD
    compiled: re.Pattern[str] | None = None


def build_rule(
    name: str, field: str, match: str, pattern: str, action: str, threshold: int = DEFAULT_FUZZY_THRESHOLD
) -> Rule:
    """Check a rule's parts and return it ready to match; raise RuleError with a clear message."""
    if field not in FIELDS:
        raise RuleError(f"rule {name!r}: field must be one of {', '.join(FIELDS)}, not {field!r}")
    if match not in MATCH_KINDS:
        raise RuleError(f"rule {name!r}: match must be one of {', '.join(MATCH_KINDS)}, not {match!r}")
    if action not in ACTIONS:
        raise RuleError(f"rule {name!r}: action must be one of {', '.join(ACTIONS)}, not {action!r}")
    if not pattern.strip():
        raise RuleError(f"rule {name!r}: pattern is empty")
    if not 0 < threshold <= 100:
        raise RuleError(f"rule {name!r}: threshold must be between 1 and 100")
    compiled = None
    if match == "regex":
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as error:
            raise RuleError(f"rule {name!r}: bad regular expression {pattern!r}: {error}") from error
    return Rule(name, field, match, pattern, action, threshold, compiled)


def find_matching_rule(rules: tuple[Rule, ...], invitation: Invitation, intent: str) -> tuple[Rule, str] | None:
    """Return the first rule that matches, with a description of what it matched, or None."""
    for rule in rules:
        value = _read_field(rule.field, invitation, intent)
        detail = match_rule(rule, value)
        if detail is not None:
            return rule, detail
    return None


def match_rule(rule: Rule, value: str) -> str | None:
    """Return what matched (for the reasons), or None when the rule does not match the value."""
    if not value:
        return None
    if rule.match == "regex" and rule.compiled is not None:
        found = rule.compiled.search(value)
        return f'{rule.field} matches /{rule.pattern}/ at "{found.group(0)[:40]}"' if found else None
    if rule.match == "literal":
        return f'{rule.field} contains "{rule.pattern}"' if rule.pattern.casefold() in value.casefold() else None
    if rule.match == "fuzzy":
        score = fuzz.partial_ratio(rule.pattern.casefold(), value.casefold())
        return f'{rule.field} is like "{rule.pattern}" ({score:.0f}%)' if score >= rule.threshold else None
    words = {word.casefold() for word in WORD_RE.findall(value)}
    wanted = [word.casefold() for word in WORD_RE.findall(rule.pattern)]
    found_words = [word for word in wanted if word in words]
    if rule.match == "all" and len(found_words) == len(wanted):
        return f"{rule.field} has all of: {', '.join(wanted)}"
    if rule.match == "any" and found_words:
        return f"{rule.field} has: {', '.join(found_words)}"
    return None


def _read_field(field: str, invitation: Invitation, intent: str) -> str:
    if field == "note":
        return invitation.message
    if field == "intent":
        return intent
    return getattr(invitation, field)
