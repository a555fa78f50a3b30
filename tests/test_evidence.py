"""Core evidence: matching a sender against the user's people, positions and LinkedIn messages."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from linkscreen.core.evidence import (
    EvidenceIndex,
    add_label_evidence,
    build_lookup_keys,
    build_sender_keys,
    find_evidence,
    find_shared_employer,
    read_headline_company,
)
from linkscreen.core.evidence_records import KnownPerson
from linkscreen.core.matching import Person
from linkscreen.core.models import Evidence, Invitation, Position

WHEN = datetime(2024, 5, 2, tzinfo=UTC)


def build_index(*people: KnownPerson, positions: tuple[Position, ...] = ()) -> EvidenceIndex:
    index = EvidenceIndex(positions=list(positions))
    for person in people:
        index.add_person(person, "test source")
    return index


def correspondent(name: str, email: str, sent: int = 5, received: int = 7) -> KnownPerson:
    return KnownPerson(f"mail:{email}", "correspondent", name, (email,), sent=sent, received=received,
                       first_seen=datetime(2023, 1, 5, tzinfo=UTC), last_seen=datetime(2025, 3, 1, tzinfo=UTC))


@pytest.mark.parametrize(
    ("headline", "company"),
    [
        ("Account Manager at Datacom | Cloud", "Datacom"),
        ("CIO @ Fonterra", "Fonterra"),
        ("Helping SaaS founders scale", ""),
        ("", ""),
    ],
)
def test_given_a_headline_when_read_then_the_employer_it_names(headline: str, company: str) -> None:
    assert read_headline_company(headline) == company


def test_given_a_name_in_either_order_when_keyed_then_both_orders_share_keys() -> None:
    assert build_lookup_keys("Smith, John") == build_lookup_keys("John Smith") == {"n:sm:j"}
    assert {"n:sm:w", "n:sm:b"} <= build_lookup_keys("Bill Smith")
    assert build_sender_keys(Person(name="Smith John")) >= {"n:jo:s", "n:sm:j"}
    assert "e:jane@x.example" in build_lookup_keys("", ["Jane@X.example"])


def test_given_mail_both_ways_when_the_sender_matches_by_name_and_domain_then_medium_evidence_with_counts() -> None:
    index = build_index(correspondent("Sarah Lee", "sarah.lee@datacom.co.nz"))
    [evidence] = find_evidence(index, Invitation(name="Sarah Lee", headline="Delivery Lead at Datacom"))
    assert evidence.strength == "medium" and evidence.is_known
    assert "12 e-mails 2023-2025 with Sarah Lee (you wrote 5)" in evidence.summary
    assert evidence.source == "mail: test source"


def test_given_mail_only_from_them_when_matched_then_weak_and_never_known() -> None:
    index = build_index(correspondent("Sarah Lee", "sarah.lee@datacom.co.nz", sent=0, received=9))
    [evidence] = find_evidence(index, Invitation(name="Sarah Lee", headline="Delivery Lead at Datacom"))
    assert evidence.strength == "weak" and not evidence.is_known
    assert "you never wrote to them" in evidence.summary


def test_given_a_namesake_at_another_company_when_matched_then_only_weak() -> None:
    index = build_index(correspondent("Sarah Lee", "sarah.lee@datacom.co.nz"))
    [evidence] = find_evidence(index, Invitation(name="Sarah Lee", headline="Sales Director at Oracle"))
    assert evidence.strength == "weak" and not evidence.is_known


def test_given_the_same_profile_url_when_matched_then_strong() -> None:
    url = "https://www.linkedin.com/in/tama-ngata"
    index = build_index(KnownPerson("c1", "connection", "Tama Ngata", profile_url=url, sent=1,
                                    first_seen=datetime(2021, 3, 4, tzinfo=UTC)))
    [evidence] = find_evidence(index, Invitation(name="T. Ngata", profile_url=url))
    assert evidence.strength == "strong"
    assert "already a LinkedIn connection since 2021-03-04" in evidence.summary


def test_given_nickname_and_diacritics_when_matched_then_found() -> None:
    index = build_index(KnownPerson("v1", "contact", "Michael Müller", ("mm@contoso.com",), company="Contoso", sent=1))
    [evidence] = find_evidence(index, Invitation(name="Mike Muller", company="Contoso Ltd"))
    assert evidence.strength == "medium" and "address book" in evidence.source


def test_given_a_current_shared_employer_when_found_then_medium_and_a_past_one_weak() -> None:
    current = Position("Datacom", "IT Manager", started_on=date(2019, 2, 1))
    past = Position("Fonterra", "Engineer", started_on=date(2012, 1, 1), finished_on=date(2016, 6, 30))
    [now] = find_shared_employer([current, past], "Datacom NZ")
    [then] = find_shared_employer([current, past], "Fonterra")
    assert now.strength == "medium" and "you both work at Datacom (you since 2019)" == now.summary
    assert then.strength == "weak" and "2012-2016" in then.summary
    assert find_shared_employer([current], "") == []


def test_given_the_users_own_messages_before_the_request_when_found_then_strong() -> None:
    url = "https://www.linkedin.com/in/ana"
    index = EvidenceIndex(written={url: [datetime(2024, 1, 3, tzinfo=UTC), datetime(2025, 2, 9, tzinfo=UTC)]})
    [evidence] = find_evidence(index, Invitation(name="Ana", profile_url=url, sent_at=datetime(2025, 6, 1, tzinfo=UTC)))
    assert evidence.strength == "strong" and "2 times (2024-01-03 to 2025-02-09)" in evidence.summary
    later = Invitation(name="Ana", profile_url=url, sent_at=datetime(2023, 6, 1, tzinfo=UTC))
    assert find_evidence(index, later) == []


def test_given_several_matches_when_found_then_strongest_first_and_capped() -> None:
    people = [correspondent("Sarah Lee", f"s{n}@gmail.com", sent=0) for n in range(8)]
    people.append(correspondent("Sarah Lee", "sarah@datacom.co.nz"))
    found = find_evidence(build_index(*people), Invitation(name="Sarah Lee", headline="PM at Datacom"))
    assert len(found) == 5 and found[0].strength == "medium"
    assert all(item.strength == "weak" for item in found[1:])


def test_given_an_empty_index_when_looked_up_then_nothing() -> None:
    assert find_evidence(EvidenceIndex(), Invitation(name="Sarah Lee")) == []


def test_given_an_email_address_in_the_note_when_looked_up_then_it_is_not_trusted_as_identity() -> None:
    index = build_index(correspondent("Sarah Lee", "sarah@datacom.co.nz"))
    spoof = Invitation(name="Sam Fake", message="I'm sarah@datacom.co.nz, accept me")
    assert find_evidence(index, spoof) == []


def test_given_the_matching_pairs_when_looked_up_through_the_index_then_the_same_verdicts_as_the_matcher() -> None:
    """The index's candidate keys never hide a match: every pair the matcher relates is found, with
    the same strength, so the pairs set's precision and recall hold for indexed lookups too."""
    from test_matching import load_pairs

    from linkscreen.core.matching import match_people

    missed = []
    for pair in load_pairs():
        sender, known = (
            Person(**{k: tuple(v) if k == "emails" else v for k, v in side.items()})
            for side in (pair["sender"], pair["known"])
        )
        expected = match_people(sender, known).strength
        index = build_index(
            KnownPerson("k", "contact", known.name, known.emails, known.profile_url, known.company, sent=1)
        )
        found = [c for c in index.find_candidates(sender)]
        strength = (
            match_people(sender, Person(known.name, known.emails, known.profile_url, known.company)).strength
            if found else "none"
        )
        if strength != expected:
            missed.append((pair["sender"], pair["known"], expected))
    assert missed == []


def test_given_a_note_claiming_an_event_when_checked_then_the_calendar_verifies_it_as_information() -> None:
    from linkscreen.core.evidence_records import Attendee, Meeting

    summit = Meeting("m1", "CIO Summit Auckland 2024", WHEN, "Auckland", (Attendee("Dana Scully", "dana@fbi.example"),))
    index = build_index(correspondent("Dana Scully", "dana@fbi.example"))
    index.meetings = [summit]
    note = "Great to meet you at the CIO Summit last month!"
    found = find_evidence(index, Invitation(name="Fox Mulder", message=note))
    assert [(e.source, e.strength) for e in found] == [("claim check", "info")]
    assert "claim verified by your calendar: 'CIO Summit Auckland 2024' 2024-05-02" in found[0].summary
    index.meetings = [Meeting("m2", "Budget review", WHEN)]
    [missing] = find_evidence(index, Invitation(name="Fox Mulder", message=note))
    assert "no trace of 'CIO Summit' in your calendar" in missing.summary and not missing.is_known


def test_given_a_known_contact_label_then_the_users_word_is_strong_evidence() -> None:
    """GIVEN the user labelled the sender a known contact THEN that is strong evidence; other labels add none."""
    shown = [Evidence("vcard", "weak", "a contact named Ana")]
    labelled = add_label_evidence(shown, "known_contact")
    assert labelled[:1] == shown and labelled[-1].strength == "strong" and labelled[-1].is_known
    assert add_label_evidence(shown, "sales_pitch") == shown
    assert add_label_evidence(shown, None) == shown
