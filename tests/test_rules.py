"""User rules: each match kind, in order, named in what they report; bad rules are clear errors."""

from __future__ import annotations

import pytest

from linkscreen.core.models import Invitation
from linkscreen.core.rules import RuleError, build_rule, find_matching_rule, match_rule

INVITATION = Invitation(
    name="Ana", headline="Senior Talent Acquisition Partner", company="Hays", message="Quick call about crypto?"
)


@pytest.mark.parametrize(
    ("field", "match", "pattern", "matches"),
    [
        ("headline", "any", "recruiter talent", True),
        ("headline", "any", "sales account", False),
        ("headline", "all", "talent partner", True),
        ("headline", "all", "talent sales", False),
        ("company", "literal", "hay", True),
        ("company", "literal", "Robert Walters", False),
        ("note", "regex", r"crypto|forex", True),
        ("note", "regex", r"^crypto", False),
        ("headline", "fuzzy", "talent aquisition", True),
        ("headline", "fuzzy", "plumbing", False),
        ("intent", "literal", "recruiter_networking", True),
        ("intent", "any", "sales_pitch", False),
    ],
)
def test_given_a_rule_when_matched_then_it_matches_exactly_when_expected(field, match, pattern, matches) -> None:
    rule = build_rule("r", field, match, pattern, "ignore")
    found = find_matching_rule((rule,), INVITATION, "recruiter_networking")
    assert (found is not None) is matches


def test_given_two_matching_rules_when_checked_then_the_first_in_order_wins_and_is_named() -> None:
    rules = (
        build_rule("first", "headline", "any", "talent", "accept"),
        build_rule("second", "note", "any", "crypto", "ignore"),
    )
    rule, detail = find_matching_rule(rules, INVITATION, "unknown")
    assert rule.name == "first" and "talent" in detail


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("r", "name", "any", "x", "ignore"), "field must be one of"),
        (("r", "note", "glob", "x", "ignore"), "match must be one of"),
        (("r", "note", "any", "x", "delete"), "action must be one of"),
        (("r", "note", "regex", "(unclosed", "ignore"), "bad regular expression"),
        (("r", "note", "any", "  ", "ignore"), "pattern is empty"),
    ],
)
def test_given_a_bad_rule_when_built_then_a_clear_error(args, message) -> None:
    with pytest.raises(RuleError, match=message):
        build_rule(*args)


def test_given_an_empty_field_when_matched_then_no_match() -> None:
    assert match_rule(build_rule("r", "note", "regex", ".*", "ignore"), "") is None
