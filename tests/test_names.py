"""Tests for core.names: parsing display names, nickname groups, and name-to-name matching."""

from __future__ import annotations

import pytest

from linkscreen.core.names import (
    build_surname_prefix, list_given_letters, match_names, normalise_name, share_nickname_group,
)


@pytest.mark.parametrize(
    ("raw", "first", "middles", "last"),
    [
        ("Smith, John", "john", (), "smith"),
        ("SMITH, John A.", "john", ("a",), "smith"),
        ("Dr. José María García Jr.", "jose", ("maria",), "garcia"),
        ("Jane Doe (she/her) | Head of Data", "jane", (), "doe"),
        ("Mike Smith, MBA", "mike", (), "smith"),
        ("J.A. Smith", "j", ("a",), "smith"),
        ("Søren Ångström", "soren", (), "angstrom"),
    ],
)


def test_given_display_name_when_normalised_then_parts_are_ascii_casefolded(raw, first, middles, last) -> None:
    parts = normalise_name(raw)
    assert (parts.first, parts.middles, parts.last) == (first, middles, last)


def test_given_quoted_nickname_when_normalised_then_it_is_kept_as_a_nickname() -> None:
    assert normalise_name('Michael "Mike" O\'Brien').nicknames == ("mike",)
    assert normalise_name("Jane Doe (she/her)").nicknames == ()


@pytest.mark.parametrize(
    ("short", "formal"),
    [("mike", "michael"), ("bob", "robert"), ("liz", "elizabeth"), ("sasha", "aleksandr"), ("sasha", "alexander"),
     ("pepe", "jose"), ("paco", "francisco"), ("jo", "josephine"), ("chris", "christine"), ("steve", "steven")],
)


def test_given_nickname_pair_then_they_share_a_group(short, formal) -> None:
    assert share_nickname_group(short, formal)


def test_given_unrelated_first_names_then_no_nickname_group() -> None:
    assert not share_nickname_group("mike", "robert")
    assert not share_nickname_group("john", "jonathan")


@pytest.mark.parametrize(
    ("a", "b", "method"),
    [
        ("Michael Smith", "Michael Smith", "exact"),
        ("Mike Smith", "Michael Smith", "nickname"),
        ("J. Smith", "John Smith", "initials"),
        ("Micheal Smith", "Michael Smith", "typo"),
        ("Catherine Lee", "Katherine Lee", "nickname"),
        ("Brian Lee", "Bryan Lee", "spelling"),
        ("Wang Wei", "Wei Wang", "name order"),
        ("José García López", "Jose Garcia", "compound surname"),
        ("M. Losa Fernandes", "Losa Fernandes", "middle name"),
    ],
)


def test_given_name_variants_when_compared_then_method_is_reported(a, b, method) -> None:
    result = match_names(normalise_name(a), normalise_name(b))
    assert result is not None and result.method == method


@pytest.mark.parametrize(
    ("a", "b"),
    [("Daniel Smith", "Daniela Smith"), ("Mark Smith", "Mary Smith"), ("John Smith", "Joan Smith"),
     ("Paul Lee", "Paula Lee"), ("Anna Lee", "Anna Chen"), ("Mike", "Michael"), ("Sarah Chen", "Michael Chen")],
)


def test_given_different_or_incomplete_names_then_no_name_match(a, b) -> None:
    assert match_names(normalise_name(a), normalise_name(b)) is None


# --- e-mail, URL, company and domain normalisation ------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("Bill Smith", "William Smith"), ("Kate Hay", "Catherine Hay"), ("J. Smith", "John Smith"),
    ("Peggy Lo", "Margaret Lo"),
])


def test_given_names_that_match_then_they_share_a_given_letter_and_a_surname_prefix(a: str, b: str) -> None:
    """The evidence index files people under these keys: a match must never hide behind different keys."""
    left, right = normalise_name(a), normalise_name(b)
    assert match_names(left, right) is not None
    assert list_given_letters(left) & list_given_letters(right)
    assert build_surname_prefix(left.last) == build_surname_prefix(right.last)
