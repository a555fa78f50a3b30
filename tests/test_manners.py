"""What a request says about its writer, hidden from the models: names, employers and salutations."""

from __future__ import annotations

import random
import re

import pytest

from linkscreen.core.manners import (
    drop_personal, drop_salutations, mask_company, mask_employer, mask_names, mask_word)


def test_given_the_greeted_and_the_senders_name_when_masked_then_neither_remains() -> None:
    masked = mask_names("Hi Hamish, Priya Sharma here from Acme.", ["Priya Sharma"])
    assert masked == "Hi xnamex, xnamex here from Acme."

def test_given_a_greeting_before_a_common_word_when_masked_then_the_word_stays() -> None:
    """GIVEN "Hi, happy to connect" THEN only names are masked, not the word after the greeting."""
    assert mask_names("Hi, happy to connect") == "Hi, happy to connect"
    assert mask_names("hello, looking for work") == "hello, looking for work"
    assert mask_names("Hi Hamish, happy to connect") == "Hi xnamex, happy to connect"

def test_given_any_text_when_a_word_is_masked_then_the_same_as_the_whole_word_regex() -> None:
    """GIVEN random ASCII and non-ASCII texts and words WHEN mask_word runs THEN it returns what
    re.sub(r"\\bWORD\\b", "xnamex", text, flags=re.I) returns (the quick path is only a shortcut)."""
    rng = random.Random(3)
    alphabet = "aAbBkKsS_-'. ,0123456789\u00e9\u0130\u0131\u017f\u212a()"
    words = ["ann", "Anna", "O'Neil", "Smith-Jones", "jones", "k_9", "ab", "Ka", "(Jo", "-x"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        word = rng.choice(words)
        text = text[: len(text) // 2] + rng.choice([word, word.upper(), word.lower()]) + text[len(text) // 2:]
        assert mask_word(text, word) == re.sub(rf"\b{re.escape(word)}\b", "xnamex", text, flags=re.I), (text, word)

@pytest.mark.parametrize("note, masked", [
    ("Hi, my name is Priya Sharma and I recruit for fintechs.", "Hi, my name is xnamex and I recruit for fintechs."),
    ("Chidi here, fixed the printer at your office in 2021", "xnamex here, fixed the printer at your office in 2021"),
    ("Hey! I'm Ana, a data analyst looking for work.", "Hey! I'm xnamex, a data analyst looking for work."),
    ("Thanks for connecting.\n\nBest regards,\nNguyen Van An\nSales Director, Acme",
     "Thanks for connecting.\n\nBest regards,\nxnamex\nSales Director, Acme"),
    ("Keen to connect. Cheers, Tom", "Keen to connect. Cheers, xnamex"),
])
def test_given_a_note_that_says_the_senders_name_when_masked_then_the_name_is_gone(note: str, masked: str) -> None:
    assert mask_names(note) == masked

@pytest.mark.parametrize("note", [
    "I'm Head of Sales, at Acme.",  # a title, not a name
    "Regards\nThe Acme Team",
    "Thank you Sione for the talk",  # a name, but not signed
    "We are here to help. Mark here",  # "... here" counts only at the start
])
def test_given_capitalised_words_that_are_not_the_senders_name_when_masked_then_they_stay(note: str) -> None:
    assert mask_names(note) == note

@pytest.mark.parametrize("tokens, kept", [
    (["good", "morning", "ma'am", "thank", "you", "ji"], ["thank", "you"]),
    (["good", "to", "connect"], ["good", "to", "connect"]),  # "good" opens a greeting only before a time of day
    (["dear", "mr", "xnamex", "i", "saw", "your", "post"], ["i", "saw", "your", "post"]),
    (["hello", "sir"], ["hello", "sir"]),  # nothing but a greeting: kept as it is
])
def test_given_tokens_when_salutations_dropped_then_only_the_greeting_and_honorifics_go(
    tokens: list[str], kept: list[str]
) -> None:
    assert drop_salutations(tokens) == kept


@pytest.mark.parametrize("headline, company, masked", [
    ("Key Account Manager at Unilever | FMCG", "", "Key Account Manager at xcompanyx | FMCG"),
    ("Founder @ GrowthLab - helping SaaS teams grow", "", "Founder @ xcompanyx - helping SaaS teams grow"),
    ("Recruiter at Hays (ex-Google), Talent Partner at Amazon", "", "Recruiter at xcompanyx (ex-Google), "
     "Talent Partner at xcompanyx"),
    ("IT Manager, Tōtara Polytechnic", "Tōtara Polytechnic", "IT Manager, xcompanyx"),
    ("CEO, Acme Inc.", "Acme Inc.", "CEO, xcompanyx."),
    ("Senior Consultant", "Deloitte", "Senior Consultant"),  # the company field itself is never read as words
    ("Sales Director | reach me: ana@example.com", "", "Sales Director | reach me: ana@example.com"),
    ("Chatbot builder", "A", "Chatbot builder"),  # a one-letter company would mask every "a"
    ("Vertriebsleiter bei Siemens | DACH", "", "Vertriebsleiter bei xcompanyx | DACH"),
    ("Ingénieur d'affaires chez Capgemini", "", "Ingénieur d'affaires chez xcompanyx"),
    ("Recruiter bij Randstad - IT", "", "Recruiter bij xcompanyx - IT"),
    ("Responsabile commerciale presso Eni", "", "Responsabile commerciale presso xcompanyx"),
    ("Especialista en Ventas | Gerente na Ambev", "", "Especialista en Ventas | Gerente na Ambev"),  # "in" too
    ("Beiratsmitglied, Chezmoi Design", "", "Beiratsmitglied, Chezmoi Design"),  # only whole words
])
def test_given_a_headline_naming_an_employer_when_masked_then_only_the_employer_is_a_placeholder(
    headline: str, company: str, masked: str
) -> None:
    assert mask_employer(headline, company) == masked


def test_given_a_note_naming_the_senders_company_when_masked_then_only_that_name_is_a_placeholder() -> None:
    note = "Hi, we at Harbourview Insurance help brokers; Harbourview's clients love it. We met at the expo."
    assert mask_company(note, "Harbourview Insurance") == (
        "Hi, we at xcompanyx help brokers; Harbourview's clients love it. We met at the expo.")
    assert mask_company(note, "") == note and mask_company(note, "A") == note


@pytest.mark.parametrize("note, masked", [
    ("Hi Tom, Rebecca Tane suggested I reach out.", "Hi xnamex, xnamex suggested I reach out."),
    ("We met through Tom at the expo, via Ana Kiriona.", "We met through xnamex at the expo, via xnamex."),
    ("Our mutual friend Nguyen Van An said hi.", "Our mutual friend xnamex said hi."),
    ("LinkedIn suggested you as a connection.", "LinkedIn suggested you as a connection."),
    ("You mentioned my company; someone recommended you.", "You mentioned my company; someone recommended you."),
    ("The Chamber suggested we talk, through our mutual friend.", "The Chamber suggested we talk, through our mutual "
     "friend."),
])
def test_given_a_note_naming_a_third_person_when_masked_then_only_their_name_is_a_placeholder(
    note: str, masked: str
) -> None:
    assert mask_names(note) == masked


def test_given_words_of_faith_gender_or_family_when_dropped_then_the_rest_stays_in_order() -> None:
    tokens = "god fearing family man and civil engineer at xcompanyx , inshallah we talk soon".split()
    assert drop_personal(tokens) == "family and civil engineer at xcompanyx , we talk soon".split()
    assert drop_personal(["single", "sign", "on"]) == ["single", "sign", "on"]  # "single" means more than that


def test_given_a_title_before_the_greeted_name_when_masked_then_title_and_name_go() -> None:
    """GIVEN "Hallo Herr Becker," or "Hello Senhora Silva," THEN the name is masked, not mistaken for the title."""
    assert mask_names("Hallo Herr Becker, ich war letztes Semester") == "Hallo xnamex, ich war letztes Semester"
    assert mask_names("Hello Senhora Silva, how are you?") == "Hello xnamex, how are you?"
    assert drop_salutations("thanks herr xnamex for the talk".split()) == "thanks xnamex for the talk".split()
