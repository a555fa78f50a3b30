"""The coach's specificity measure, read as GIVEN/WHEN/THEN: concrete details, vague stand-ins, names, levels."""

from __future__ import annotations

import pytest

from linkscreen.core.coach_parts import (
    LEVEL_SHARES,
    MERGE_EXTRA,
    VALUE_SHARES,
    Specifics,
    count_words,
    find_clause,
    find_specifics,
    is_named,
    rate_specifics,
    split_clauses,
    strip_frame,
)


@pytest.mark.parametrize(
    ("clause", "details"),
    [
        ("we met at Nordic Wind Day in Aarhus last October", ("Nordic Wind Day", "Aarhus", "October")),
        ("we met at the Cape Town Fintech Week panel on 14 September", ("Cape Town Fintech Week", "14 September")),
        ("Maria de la Cruz from Banco do Brasil suggested I write", ("Maria de la Cruz", "Banco do Brasil")),
        ("I have five years of readings from our borewells near Tumkur", ("five", "Tumkur")),
        ("张伟 suggested I get in touch about the SD-WAN tender", ("张伟", "SD-WAN")),
        ("we spoke yesterday about the tender", ("yesterday",)),
        ("I'm chairing the talk in May", ("May",)),
    ],
)
def test_given_a_clause_when_read_then_each_named_thing_number_or_date_is_one_detail(
    clause: str, details: tuple
) -> None:
    assert find_specifics(clause).details == details


@pytest.mark.parametrize(
    "clause",
    [
        "we met at some event a while back",
        "Thanks for the help with it",  # a capitalised first word is no name
        "May I ask how you chose a vendor",
        "WE ARE THE BEST COMPANY IN TOWN FOR YOU",  # capitals that carry no meaning
        "Hope You Are Doing Well And Thriving",
        "I work in IT and HR on LinkedIn",
        "as a fellow member of [Group Name], I'd love to connect",  # an unfilled placeholder names nothing
    ],
)
def test_given_a_clause_without_concrete_things_when_read_then_no_details(clause: str) -> None:
    assert find_specifics(clause).details == ()


@pytest.mark.parametrize(
    ("clause", "vague"),
    [
        ("I think we met at the expo", "I think"),
        ("we met at some event", "some event"),
        ("great working with you in the past", "in the past"),
        ("I'm working on a project in your area", "your area"),
        ("I'm working on a project and would value your view", "a project"),
        ("we have a mutual friend who speaks highly of you", "a mutual friend"),
        ("thanks for your help the other day", "the other day"),
    ],
)
def test_given_a_vague_stand_in_or_hedge_when_read_then_it_is_found(clause: str, vague: str) -> None:
    assert find_specifics(clause).vague == vague


def test_given_a_named_friend_when_read_then_the_friend_is_no_vague_stand_in() -> None:
    assert find_specifics("our mutual friend Leilani Akana speaks highly of you").vague == ""
    assert find_specifics("our mutual friend Émilie speaks highly of you").vague == ""


def test_given_the_recipients_names_when_read_then_they_are_never_a_detail() -> None:
    specifics = find_specifics("great to see you at Te Papa, Aroha Ngata", frozenset({"aroha", "ngata"}))
    assert specifics.details == ("Te Papa",)


def test_given_a_starter_word_that_is_also_a_name_when_it_reports_something_then_it_is_a_name() -> None:
    assert find_specifics("Hope suggested I get in touch").details == ("Hope",)
    assert find_specifics("Hope you are well").details == ()


@pytest.mark.parametrize(
    ("details", "vague", "level"),
    [((), "", 0), (("ITx",), "", 1), (("ITx", "Rotorua"), "", 2), (("ITx", "Rotorua", "9 July"), "", 2),
     (("ITx",), "some notes", 0), (("ITx", "Rotorua"), "I think", 1), ((), "some event", 0)],
)
def test_given_details_and_a_vague_stand_in_then_the_level_counts_two_at_most_less_one_for_vagueness(
    details: tuple, vague: str, level: int
) -> None:
    assert Specifics(details, vague).level == level


def test_given_a_level_then_a_check_earns_its_share_of_the_weight() -> None:
    assert [rate_specifics(25, Specifics(("a",) * n)) for n in (0, 1, 2)] == [15, 20, 25]
    assert [rate_specifics(20, Specifics(("a",) * n), VALUE_SHARES) for n in (0, 1, 2)] == [14, 17, 20]
    assert LEVEL_SHARES[-1] == VALUE_SHARES[-1] == 1.0


@pytest.mark.parametrize(
    ("note", "body"),
    [
        ("Hi Sarah, Ben suggested I get in touch.", "Ben suggested I get in touch."),
        ("Hi, Sarah Lee suggested I get in touch.", "Sarah Lee suggested I get in touch."),
        ("Dear Mr Okonkwo, thank you for the help. Thanks, Sanjay Kumar", "thank you for the help"),
        ("Kia ora Aroha, happy to help. - Maria de la Cruz", "happy to help."),
        ("Hi 张伟, happy to help.\nBest,\n王芳", "happy to help"),
        ("Hi Ana, thanks for the chat!", "thanks for the chat!"),
    ],
)
def test_given_a_note_when_framed_then_the_greeting_and_sign_off_are_stripped_and_the_body_kept(
    note: str, body: str
) -> None:
    assert strip_frame(note) == body


def test_given_a_note_and_evidence_then_the_clause_holding_it_is_found() -> None:
    note = "Hi Sven, we met at Nordic Wind Day; I was at the blade table. Keen to stay in touch."
    assert split_clauses(note) == ["we met at Nordic Wind Day;", "I was at the blade table.", "Keen to stay in touch."]
    assert find_clause(note, "KEEN TO STAY") == "Keen to stay in touch."
    assert find_clause(note, "not there") == ""


def test_given_notes_with_names_of_different_lengths_then_each_name_is_one_word() -> None:
    assert count_words("Hi Jo, Ben Li suggested I write.") == count_words(
        "Hi Jo, María José de la Cruz suggested I write."
    ) == 4


@pytest.mark.parametrize(("word", "named"), [("Aroha", True), ("ITx", True), ("张伟", True), ("Ōtaki", True),
                                             ("event", False), ("émilie", False)])
def test_given_a_word_then_it_is_written_as_a_name_or_not(word: str, named: bool) -> None:
    assert is_named(word) is named


@pytest.mark.parametrize("text", ["Hi [First Name],", "member of [Group Name]", "Hi {first_name}", "about {{topic}}",
                                  "Hi XXX", "at (insert company)", "Hi <first name>"])
def test_given_an_unfilled_placeholder_then_the_merge_pattern_finds_it(text: str) -> None:
    assert MERGE_EXTRA.search(text)


@pytest.mark.parametrize("text", ["I met [sic] you", "see note [1]", "we met at ITx"])
def test_given_ordinary_brackets_then_no_placeholder(text: str) -> None:
    assert not MERGE_EXTRA.search(text)
