"""Tests for core.claims: what a note claims of shared history, and what the user's own data says of it."""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest

from linkscreen.core.claims import Claim, ClaimCheck, check_claims, find_claims
from linkscreen.core.evidence_records import Attendee, KnownPerson, Meeting
from linkscreen.core.models import Position

SUMMIT = Meeting("m1", "CIO Summit Auckland 2024 - Day 1", datetime(2024, 5, 2, 9, 0), "SkyCity")
PROJECT_MEETING = Meeting("m2", "ERP migration steering group", datetime(2023, 3, 1, 14, 0), "Level 3")
UNRELATED = Meeting("m3", "1:1 with Anna", datetime(2024, 6, 1, 10, 0))
POSITIONS = (Position("Datacom Group Ltd", "Architect", started_on=date(2015, 2, 1), finished_on=date(2019, 6, 30)),
             Position("Kiwibank", "CIO", started_on=date(2019, 7, 1)))
SARAH_MAIL = KnownPerson("sarah@example.co.nz", "correspondent", "Sarah Lee", sent=5, received=7)
SARAH_CARD = KnownPerson("uid-1", "contact", "Sarah Lee")


def claim(kind: str, subject: str) -> Claim:
    return Claim(kind, subject, subject)  # type: ignore[arg-type]


def only(note: str) -> Claim:
    claims = find_claims(note)
    assert len(claims) == 1, claims
    return claims[0]


# --- finding claims -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("note", "subject"), [
    ("Hi Anna, we met at the CIO Summit in Auckland last week.", "CIO Summit"),
    ("Great chatting at AWS re:Invent last week!", "AWS re:Invent"),
    ("It was pleasure to meet you during TechWeek 2024", "TechWeek 2024"),
    ("Nice to meet you in the CIO Summit last week", "CIO Summit"),
    ("we meet at Seamless expo last month, very interesting talk", "Seamless expo"),
    ("Great to see you at last year's Women in Tech Awards 2023", "Women in Tech Awards 2023"),
    ("Thanks for the chat at the Festival of Ideas.", "Festival of Ideas"),
    ("Hello Sir, I am glad to meet you in the Digital Nation Summit 2024 in Wellington",
     "Digital Nation Summit 2024"),
    ("Was nice chatting with you at the ANZ CIO Forum breakfast", "ANZ CIO Forum breakfast"),
    ("We have met at AWS Summit Sydney, I was at the booth", "AWS Summit Sydney"),
    ("we met at the aws summit in sydney", "aws summit"),
])
def test_given_a_note_naming_an_event_when_finding_claims_then_the_event_is_the_subject(
        note: str, subject: str) -> None:
    found = only(note)
    assert (found.kind, found.subject) == ("event", subject)


def test_given_an_event_in_a_city_when_finding_claims_then_the_city_stays_in_the_quote_only() -> None:
    found = only("Hi Anna, we met at the CIO Summit in Auckland last week.")
    assert found.subject == "CIO Summit"
    assert found.quote == "we met at the CIO Summit in Auckland last week"


@pytest.mark.parametrize(("note", "subject"), [
    ("We worked together at Datacom back in 2015.", "Datacom"),
    ("Fond memories from our days at Fonterra.", "Fonterra"),
    ("Hi, ex-colleague from Spark here.", "Spark"),
    ("I am your ex colleague from Spark", "Spark"),
    ("We was working together in Datacom before", "Datacom"),
    ("We are both ex-Fonterra, small world!", "Fonterra"),
    ("I worked with you at Air New Zealand years ago", "Air New Zealand"),
    ("we were both at Datacom in 2015", "Datacom"),
    ("We both worked at Bank of New Zealand", "Bank of New Zealand"),
    ("Trabajamos juntos en Accenture hace años", "Accenture"),
    ("I have worked with you at Datacom", "Datacom"),
    ("I still remember when we worked together at Datacom", "Datacom"),
])
def test_given_a_note_naming_a_shared_employer_when_finding_claims_then_it_is_an_employer_claim(
        note: str, subject: str) -> None:
    found = only(note)
    assert (found.kind, found.subject) == ("employer", subject)


@pytest.mark.parametrize(("note", "subject"), [
    ("Sarah Lee suggested I get in touch.", "Sarah Lee"),
    ("I was introduced by Tom.", "Tom"),
    ("Hi Jane, Mike mentioned you.", "Mike"),
    ("At Tom Smith's suggestion I am reaching out", "Tom Smith"),
    ("I heard about you from Priya Ramanathan.", "Priya Ramanathan"),
    ("Our mutual friend José García said you are the person to talk to.", "José García"),
    ("Tom suggested to connect with you", "Tom"),
    ("Hello, Wiremu Te Whiti put us in touch last month", "Wiremu Te Whiti"),
    ("I got your name from Oluwaseun Adeyemi at the bank", "Oluwaseun Adeyemi"),
    ("We met through Aroha Ngata", "Aroha Ngata"),
])
def test_given_a_note_naming_an_introducer_when_finding_claims_then_it_is_a_person_claim(
        note: str, subject: str) -> None:
    found = only(note)
    assert (found.kind, found.subject) == ("person", subject)


@pytest.mark.parametrize(("note", "subject"), [
    ("It was great working with you on the ERP migration at Datacom.", "ERP migration"),
    ("we did the SAP rollout together", "SAP rollout"),
    ("Enjoyed collaborating on the Kiwibank data platform", "Kiwibank data platform"),
    ("We worked together on the Fonterra payroll project", "Fonterra payroll project"),
])
def test_given_a_note_naming_a_shared_project_when_finding_claims_then_it_is_a_project_claim(
        note: str, subject: str) -> None:
    found = only(note)
    assert (found.kind, found.subject) == ("project", subject)


@pytest.mark.parametrize("note", [
    "We met recently.",
    "We've met before at a conference.",
    "Great meeting you yesterday!",
    "We met in Auckland",
])
def test_given_a_claim_of_having_met_that_names_nothing_when_finding_claims_then_the_event_subject_is_empty(
        note: str) -> None:
    found = only(note)
    assert (found.kind, found.subject) == ("event", "")


def test_given_a_named_event_when_finding_claims_then_no_vague_claim_repeats_it() -> None:
    claims = find_claims("We met at the CIO Summit. Great to see you again at TechWeek.")
    assert [(c.kind, c.subject) for c in claims] == [("event", "CIO Summit"), ("event", "TechWeek")]


def test_given_several_claims_when_finding_claims_then_they_come_in_the_note_order() -> None:
    note = "Hi Priya! We both worked at Fonterra, and Mike Brown suggested I reach out. We also met at Seamless 2023."
    assert [(c.kind, c.subject) for c in find_claims(note)] == [
        ("employer", "Fonterra"), ("person", "Mike Brown"), ("event", "Seamless 2023")]


@pytest.mark.parametrize("note", [
    "I'd love to meet at an event sometime",
    "I work at Datacom and would like to connect.",
    "I worked at Datacom for ten years, now consulting.",
    "Would be great to meet you at the CIO Summit next week",
    "I don't think we have met at TechWeek",
    "Have we met before?",
    "Hi Anna, did we meet at TechWeek?",
    "Not sure if we met at the CIO Summit",
    "We haven't met yet but I'd like to connect",
    "Although we have never met, I follow your posts",
    "Nice to meet you. I am a recruiter.",
    "Nice to meet you on LinkedIn",
    "Looking forward to working with you on the ERP migration",
    "My former colleague at Acme suggested I connect with you",
    "Hi Tom, LinkedIn suggested you as a connection",
    "Will you be at the CIO Summit?",
    "I'd like to join your professional network.",
    "Looking forward to connecting. Regards, Sarah Lee, Datacom, Auckland",
    "",
])
def test_given_a_note_without_a_claim_when_finding_claims_then_none_is_found(note: str) -> None:
    assert find_claims(note) == []


def test_given_a_long_hostile_note_when_finding_claims_then_it_finishes_quickly() -> None:
    note = ("we met at " + "Aa " * 40 + ", ") * 200 + "Tom " * 2000
    started = time.perf_counter()
    find_claims(note)
    assert time.perf_counter() - started < 2.0


# --- checking event claims ------------------------------------------------------------------------------------

def test_given_a_meeting_titled_with_the_event_when_checking_then_the_claim_is_verified_with_its_date() -> None:
    (check,) = check_claims([claim("event", "CIO Summit")], [UNRELATED, SUMMIT], [], [])
    assert check == ClaimCheck(claim("event", "CIO Summit"), True,
                               "claim verified by your calendar: 'CIO Summit Auckland 2024 - Day 1' 2024-05-02")


@pytest.mark.parametrize(("subject", "title", "location", "verified"), [
    ("CIO Summit", "cio summit – day 2", "", True),
    ("TechWeek", "Tech Week 2024 opening night", "", True),
    ("AWS re:Invent", "AWS reInvent 2024", "", True),
    ("Summit on Cloud Security", "Cloud Security Summit", "", True),
    ("Cloud Security Conference", "Cloud Security Conferense", "", True),
    ("Datacom", "Datacorp kickoff", "", False),
    ("AWS", "Lawsuit review", "", False),
    ("Festival of Ideas", "Keynote", "Festival of Ideas, Aotea Centre", True),
    ("Tāmaki Innovation Week", "Tamaki Innovation Week drinks", "", True),
    ("CIO Summit", "CISO Summit", "", False),
    ("Datacom Christmas Party", "Party", "", False),
    ("AWS Summit Sydney", "AWS Summit", "", False),
    ("Seamless", "Seamless Expo 2024", "", True),
])
def test_given_meeting_titles_when_checking_an_event_then_only_close_titles_verify(
        subject: str, title: str, location: str, verified: bool) -> None:
    meeting = Meeting("m", title, datetime(2024, 5, 2), location)
    assert check_claims([claim("event", subject)], [meeting], [], [])[0].verified is verified


@pytest.mark.parametrize(("year", "verified"), [(2024, True), (2023, False)])
def test_given_a_year_in_the_event_when_checking_then_the_meeting_year_must_agree(year: int, verified: bool) -> None:
    meeting = Meeting("m", "TechWeek keynote", datetime(year, 5, 20))
    assert check_claims([claim("event", "TechWeek 2024")], [meeting], [], [])[0].verified is verified


def test_given_the_sender_attended_when_checking_an_event_then_that_meeting_is_preferred_and_named() -> None:
    with_sender = Meeting("a", "CIO Summit workshop", datetime(2024, 5, 1), attendees=(Attendee("Lee, Sarah"),))
    later = Meeting("b", "CIO Summit dinner", datetime(2024, 5, 3), attendees=(Attendee("Bob Smith"),))
    (check,) = check_claims([claim("event", "CIO Summit")], [later, with_sender], [], [], sender_name="Sarah Lee")
    assert check.summary == "claim verified by your calendar: 'CIO Summit workshop' 2024-05-01, with Sarah Lee"


def test_given_no_matching_meeting_when_checking_an_event_then_it_says_no_trace_in_the_calendar() -> None:
    (check,) = check_claims([claim("event", "CIO Summit")], [UNRELATED], [], [])
    assert (check.verified, check.summary) == (False, "no trace of 'CIO Summit' in your calendar")


def test_given_no_calendar_when_checking_an_event_then_it_says_it_cannot_check() -> None:
    (check,) = check_claims([claim("event", "CIO Summit")], [], [SARAH_CARD], POSITIONS)
    assert (check.verified, check.summary) == (False, "can't check: no calendar added")


def test_given_a_vague_event_claim_when_checking_then_it_is_too_vague_even_with_a_calendar() -> None:
    (check,) = check_claims([claim("event", "")], [SUMMIT], [], [])
    assert check.verified is False
    assert "too vague to check" in check.summary


@pytest.mark.parametrize("sender_name", ["Sarah Lee", "Nguyễn Văn An", "Oluwaseun Adeyemi", "Mohammed Al-Farsi",
                                         "Zhang Wei", "Aroha Ngata", "José García", ""])
def test_given_a_sender_who_did_not_attend_when_checking_then_their_name_changes_nothing(sender_name: str) -> None:
    meeting = Meeting("m", "CIO Summit Auckland 2024 - Day 1", datetime(2024, 5, 2), attendees=(Attendee("Bob Smith"),))
    baseline = check_claims([claim("event", "CIO Summit")], [meeting], [], [], sender_name="Sarah Lee")
    assert check_claims([claim("event", "CIO Summit")], [meeting], [], [], sender_name=sender_name) == baseline
    assert baseline[0].verified is True


def test_given_an_attending_sender_when_checking_then_only_the_wording_changes_not_the_verdict() -> None:
    meeting = Meeting("m", "CIO Summit", datetime(2024, 5, 2), attendees=(Attendee("Nguyễn Văn An"),))
    attending = check_claims([claim("event", "CIO Summit")], [meeting], [], [], sender_name="Nguyen Van An")[0]
    stranger = check_claims([claim("event", "CIO Summit")], [meeting], [], [], sender_name="Sarah Lee")[0]
    assert attending.verified is stranger.verified is True
    assert attending.summary.endswith(", with Nguyen Van An") and not stranger.summary.endswith("Sarah Lee")


# --- checking employer, person and project claims -------------------------------------------------------------

def test_given_a_matching_position_when_checking_an_employer_then_it_names_the_years() -> None:
    (check,) = check_claims([claim("employer", "Datacom")], [], [], POSITIONS)
    assert (check.verified, check.summary) == (
        True, "claim verified by your positions: you worked at Datacom Group Ltd 2015-2019")


def test_given_a_current_position_when_checking_an_employer_then_it_runs_to_now() -> None:
    (check,) = check_claims([claim("employer", "Kiwibank Limited")], [], [], POSITIONS)
    assert check.summary == "claim verified by your positions: you worked at Kiwibank 2019-now"


def test_given_no_matching_position_when_checking_an_employer_then_it_says_no_trace() -> None:
    (check,) = check_claims([claim("employer", "Spark")], [SUMMIT], [SARAH_CARD], POSITIONS)
    assert (check.verified, check.summary) == (False, "no trace of Spark in your positions")


def test_given_no_positions_when_checking_an_employer_then_it_says_it_cannot_check() -> None:
    (check,) = check_claims([claim("employer", "Datacom")], [SUMMIT], [SARAH_CARD], [])
    assert (check.verified, check.summary) == (False, "can't check: no positions added")


def test_given_a_known_person_when_checking_an_introducer_then_it_counts_the_mail() -> None:
    (check,) = check_claims([claim("person", "Sarah Lee")], [], [SARAH_CARD, SARAH_MAIL], [])
    assert (check.verified, check.summary) == (True, "claim verified by your contacts and mail: Sarah Lee (12 e-mails)")


def test_given_a_nickname_when_checking_an_introducer_then_the_known_person_matches() -> None:
    known = KnownPerson("crm-7", "crm", "Michael Brown")
    (check,) = check_claims([claim("person", "Mike Brown")], [], [known], [])
    assert (check.verified, check.summary) == (True, "claim verified by your CRM: Michael Brown")


def test_given_an_unknown_introducer_when_checking_then_it_names_the_sources_consulted() -> None:
    (check,) = check_claims([claim("person", "Bob Smith")], [], [SARAH_CARD, SARAH_MAIL], [])
    assert (check.verified, check.summary) == (False, "no trace of Bob Smith in your contacts or mail")


def test_given_mail_that_only_came_from_them_when_checking_an_introducer_then_it_is_not_verified() -> None:
    inbound = KnownPerson("bob@example.com", "correspondent", "Bob Smith", sent=0, received=9)
    (check,) = check_claims([claim("person", "Bob Smith")], [], [inbound], [])
    assert (check.verified, check.summary) == (False, "no trace of Bob Smith in your mail")


def test_given_a_first_name_alone_when_checking_then_it_is_reported_never_verified() -> None:
    only_tom = KnownPerson("uid-2", "contact", "Tom Smith")
    (check,) = check_claims([claim("person", "Tom")], [], [only_tom], [])
    assert (check.verified, check.summary) == (False, "mentions Tom: can't check a first name alone")


def test_given_no_people_when_checking_an_introducer_then_it_says_it_cannot_check() -> None:
    (check,) = check_claims([claim("person", "Sarah Lee")], [SUMMIT], [], POSITIONS)
    assert (check.verified, check.summary) == (False, "can't check: no contacts or mail added")


def test_given_a_meeting_about_the_project_when_checking_then_the_project_is_verified() -> None:
    (check,) = check_claims([claim("project", "ERP migration")], [SUMMIT, PROJECT_MEETING], [], [])
    assert (check.verified, check.summary) == (
        True, "claim verified by your calendar: 'ERP migration steering group' 2023-03-01")


def test_given_only_a_location_naming_the_project_when_checking_then_it_is_not_verified() -> None:
    meeting = Meeting("m", "Weekly sync", datetime(2023, 3, 1), "ERP migration war room")
    (check,) = check_claims([claim("project", "ERP migration")], [meeting], [], [])
    assert (check.verified, check.summary) == (False, "no trace of 'ERP migration' in your calendar")


def test_given_no_calendar_when_checking_a_project_then_it_says_it_cannot_check() -> None:
    (check,) = check_claims([claim("project", "ERP migration")], [], [], [])
    assert (check.verified, check.summary) == (False, "can't check: no calendar added")


def test_given_a_real_note_when_finding_and_checking_then_each_claim_gets_a_verdict_in_order() -> None:
    note = "Hi! Sarah Lee suggested I get in touch - we met at the CIO Summit in Auckland and worked together at Spark."
    checks = check_claims(find_claims(note), [SUMMIT], [SARAH_MAIL], POSITIONS, sender_name="Ana Silva")
    assert [(c.claim.kind, c.verified) for c in checks] == [("person", True), ("event", True), ("employer", False)]
