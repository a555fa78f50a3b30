"""The regex vocabulary of the intent signals: well-formed, bounded, and wired to its signals."""

from __future__ import annotations

import re

import pytest

from linkscreen.core import signal_vocabulary as vocab
from linkscreen.core.signals import SIGNAL_CLASSES, PatternSignal, compile_patterns

TUPLES = {name: value for name, value in vars(vocab).items() if name.isupper() and isinstance(value, tuple)}
ARTIFACT = re.compile(r"\(\d+, \d+\)|\{[A-Z_]+\}")  # a quantifier or name an f-string swallowed or left unfilled


def has_unbounded_quantifier(pattern: str) -> bool:
    """True when a character class, \\w-like escape or dot takes + or * (slow on long inputs)."""
    text = re.sub(r"\\.", lambda m: "W" if m.group(0)[1] in "wWsSdD" else "E", pattern)
    text = re.sub(r"\[[^\]]*\]", "C", text)
    return re.search(r"[WC.][+*]", text) is not None


def test_given_each_pattern_signal_then_its_patterns_are_the_vocabulary_tuple_of_its_name() -> None:
    pattern_signals = [cls for cls in SIGNAL_CLASSES if issubclass(cls, PatternSignal)]
    assert {cls.NAME for cls in pattern_signals} == set(TUPLES)
    assert all(cls.PATTERNS is TUPLES[cls.NAME] for cls in pattern_signals)


@pytest.mark.parametrize("name", sorted(TUPLES))
def test_given_a_vocabulary_tuple_then_every_pattern_compiles_alone(name: str) -> None:
    assert TUPLES[name]
    for pattern in TUPLES[name]:
        assert compile_patterns([pattern]) is not None


@pytest.mark.parametrize("name", sorted(TUPLES))
def test_given_a_vocabulary_tuple_then_no_pattern_is_malformed_or_unbounded(name: str) -> None:
    for pattern in TUPLES[name]:
        assert not pattern.endswith(" "), f"{name}: {pattern!r} ends in a space, so it can never match"
        assert not ARTIFACT.search(pattern), f"{name}: {pattern!r} has an f-string artifact"
        assert not has_unbounded_quantifier(pattern), f"{name}: {pattern!r} has an unbounded quantifier"


def test_given_the_unbounded_check_then_it_tells_bounded_from_unbounded() -> None:
    assert all(has_unbounded_quantifier(p) for p in (r"a\w+b", r"x.*y", "[^.]+"))
    assert not any(has_unbounded_quantifier(p) for p in (r"[\w.+-]{1,64}@", r"ap+|\.net|\?"))


def test_given_shared_fragments_then_they_match_their_typos_and_variants() -> None:
    opportunity = re.compile(rf"^{vocab.OPPORTUNITY}$", re.IGNORECASE)
    assert all(opportunity.match(w) for w in ("opportunity", "oportunity", "oppurtunity", "opportunities"))
    recruiter = re.compile(rf"^{vocab.RECRUITER}$", re.IGNORECASE)
    assert all(recruiter.match(w) for w in ("recruiter", "recuiter", "recruter", "recruitment", "recruiting"))
    assert not recruiter.match("recreation")
