"""Places, nationalities and languages: found as one token, then left out of the text features."""

from __future__ import annotations

import pytest

from linkscreen.core.features import extract_text_features, normalise_text, split_words, tokenise
from linkscreen.core.places import PLACE_TOKEN, index_phrases, mask_places


def read(text: str) -> list[str]:
    return tokenise(normalise_text(text))


@pytest.mark.parametrize("text, expected", [
    ("a software company in Vietnam", ["a", "software", "company", "in", PLACE_TOKEN]),
    ("Nos vemos em São Paulo!", ["nos", "vemos", "em", PLACE_TOKEN]),
    ("I live in New York City now", ["i", "live", "in", PLACE_TOKEN, "now"]),
    ("Sales Director ANZ | UK, Canada, Australia", ["sales", "director", PLACE_TOKEN]),
    ("a Nigerian nurse who speaks inglés", [PLACE_TOKEN, "nurse", "who", "speaks", PLACE_TOKEN]),
    ("U.S. and U.K. clients", [PLACE_TOKEN, "and", PLACE_TOKEN, "clients"]),
    ("an Indian nurse in the Philippines", [PLACE_TOKEN, "nurse", "in", PLACE_TOKEN]),
])
def test_given_places_nationalities_and_languages_when_masked_then_each_is_one_place_token(
    text: str, expected: list[str]
) -> None:
    assert mask_places(split_words(normalise_text(text))) == expected


@pytest.mark.parametrize("text, expected", [
    ("Egyptian Copywriter", ["copywriter"]),
    ("an Indian nurse in the Philippines", ["nurse", "in"]),
    ("We place developers from Vietnam and Ukraine", ["we", "place", "developers", "from", "and"]),
])
def test_given_places_when_tokenised_then_they_are_left_out(text: str, expected: list[str]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "muito obrigado para a ajuda",  # "Pará" is a Brazilian state; "para" is a word in Portuguese and Spanish
    "een van de beste",  # Van is a Turkish city; "van" is Dutch
    "state of the art in the region I work in",  # "State of", "Region I": fragments of place names
    "thank you so much, happy new year",
    "a desert island and a nice reading list",
])
def test_given_words_that_are_also_place_names_when_tokenised_then_they_stay_words(text: str) -> None:
    assert PLACE_TOKEN not in read(text)


def test_given_the_longest_phrase_at_a_position_when_masked_then_it_wins() -> None:
    index = index_phrases("new york|new york city|york")
    assert index["new"] == (("new", "york", "city"), ("new", "york"))


def test_given_no_place_when_masked_then_the_same_list_comes_back() -> None:
    tokens = ["open", "to", "a", "chat"]
    assert mask_places(tokens) == ["open", "to", "a", "chat"]


def test_given_headlines_naming_different_countries_when_featurised_then_the_features_are_the_same() -> None:
    one = extract_text_features("Sales Manager, Canada", "", "We help exporters from Canada reach Europe.")
    other = extract_text_features("Sales Manager, Ghana", "", "We help exporters from Ghana reach Asia.")
    assert one == other == extract_text_features("Sales Manager,", "", "We help exporters from reach.")
    assert "m:from reach" in one and not any(PLACE_TOKEN in term for term in one)
