"""Reply drafting: first names from real-world name strings, and never an unfilled placeholder."""

from __future__ import annotations

import pytest

from linkscreen.core.replies import DEFAULT_TEMPLATES, TemplateError, check_template, draft_reply, extract_first_name


@pytest.mark.parametrize(
    ("full_name", "first"),
    [
        ("Jane Smith", "Jane"),
        ("Dr. Jane Smith", "Jane"),
        ("Smith, Jane", "Jane"),
        ("Jane Smith, MBA, PhD", "Jane"),
        ("🚀 JANE SMITH ✨", "Jane"),
        ("Ngũgĩ wa Thiong'o", "Ngũgĩ"),
        ("李伟", "李伟"),
        ("Seán O'Brien", "Seán"),
        ("", ""),
        ("--- ✨ ---", ""),
    ],
)
def test_given_a_name_when_first_name_extracted_then_the_greeting_name(full_name: str, first: str) -> None:
    assert extract_first_name(full_name) == first


def test_given_the_default_template_when_drafted_then_the_essay_question_with_the_name() -> None:
    assert draft_reply(DEFAULT_TEMPLATES["ask"], "Aroha Ngata") == "Hi Aroha, how have we met or done business before?"


@pytest.mark.parametrize("name", ["", "   ", "🙂", "1234"])
def test_given_a_name_that_cannot_be_split_when_drafted_then_a_polite_greeting_without_braces(name: str) -> None:
    reply = draft_reply(DEFAULT_TEMPLATES["ask"], name)
    assert reply == "Hi there, how have we met or done business before?"
    assert "{" not in reply and "}" not in reply


def test_given_a_template_with_an_unknown_placeholder_when_checked_then_a_clear_error() -> None:
    with pytest.raises(TemplateError, match=r"unknown placeholder \{company\}"):
        check_template("Hi {first_name} from {company}")


def test_given_a_malformed_template_when_checked_then_a_clear_error() -> None:
    with pytest.raises(TemplateError, match="malformed"):
        check_template("Hi {first_name")


def test_given_a_name_with_braces_when_drafted_then_it_is_inserted_verbatim_not_formatted() -> None:
    assert draft_reply("Hello {name}!", "Evil {first_name} Person") == "Hello Evil {first_name} Person!"
