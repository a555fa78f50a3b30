"""Places, nationalities and languages: left out of the text features, with their articles."""

from __future__ import annotations

import pytest

from linkscreen.core.features import extract_text_features, fold_for_terms, split_words, tokenise
from linkscreen.core.places import drop_places, index_phrases


def read(text: str) -> list[str]:
    return tokenise(fold_for_terms(text))


@pytest.mark.parametrize("text, expected", [
    ("a software company in Vietnam", ["a", "software", "company", "in"]),
    ("Nos vemos em São Paulo!", ["nos", "vemos", "em"]),
    ("I live in New York City now", ["i", "live", "in", "now"]),
    ("Sales Director ANZ | UK, Canada, Australia", ["sales", "director"]),
    ("a Nigerian nurse who speaks inglés", ["nurse", "who", "speaks"]),
    ("U.S. and U.K. clients", ["and", "clients"]),
    ("an Indian nurse in the Philippines", ["nurse", "in"]),
    ("Canada the UK", []),
])
def test_given_places_nationalities_and_languages_when_dropped_then_each_goes_with_its_article(
    text: str, expected: list[str]
) -> None:
    assert drop_places(split_words(fold_for_terms(text))) == expected


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
    assert read(text) == split_words(fold_for_terms(text))


def test_given_the_longest_phrase_at_a_position_when_indexed_then_it_comes_first() -> None:
    index = index_phrases("new york|new york city|york")
    assert index["new"] == (("new", "york", "city"), ("new", "york"))


def test_given_no_place_when_dropped_then_the_same_list_comes_back() -> None:
    tokens = ["open", "to", "a", "chat"]
    assert drop_places(tokens) == ["open", "to", "a", "chat"]


def test_given_headlines_naming_different_countries_when_featurised_then_the_features_are_the_same() -> None:
    one = extract_text_features("Sales Manager, Canada", "", "We help exporters from Canada reach Europe.")
    other = extract_text_features("Sales Manager, Ghana", "", "We help exporters from Ghana reach Asia.")
    assert one == other == extract_text_features("Sales Manager,", "", "We help exporters from reach.")
    assert "m:from reach" in one
