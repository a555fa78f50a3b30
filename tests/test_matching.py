"""Tests for core.matching: normalisation, each match strength, and the matching test set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linkscreen.core.matching import (
    Match,
    Person,
    companies_agree,
    domain_matches_company,
    is_freemail,
    match_people,
    normalise_company,
    normalise_email,
    normalise_profile_url,
    registered_domain,
)

PAIRS = Path(__file__).resolve().parent.parent / "data" / "matching" / "pairs.jsonl"


def to_person(data: dict) -> Person:
    return Person(
        name=data.get("name", ""),
        emails=tuple(data.get("emails", ())),
        profile_url=data.get("profile_url", ""),
        company=data.get("company", ""),
    )


def load_pairs() -> list[dict]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]


# --- name normalisation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Mike.Smith@Datacom.co.nz", "mike.smith@datacom.co.nz"),
        ("Mike Smith <mike+linkedin@datacom.co.nz>", "mike@datacom.co.nz"),
        ("mailto:M.I.K.E@googlemail.com", "mike@gmail.com"),
        ("not an address", ""),
        ("a@b", ""),
    ],
)
def test_given_raw_email_when_normalised_then_canonical_form(raw, expected) -> None:
    assert normalise_email(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["https://www.linkedin.com/in/Mike-Smith-1a2b/", "nz.linkedin.com/in/mike-smith-1a2b?trk=people",
     "http://linkedin.com/in/MIKE-SMITH-1A2B#about", "https://www.linkedin.com/pub/mike-smith-1a2b"],
)
def test_given_profile_url_variants_when_normalised_then_they_are_equal(raw) -> None:
    assert normalise_profile_url(raw) == "linkedin.com/in/mike-smith-1a2b"


def test_given_empty_url_then_empty() -> None:
    assert normalise_profile_url("  ") == ""


def test_given_company_names_when_normalised_then_legal_forms_and_places_are_dropped() -> None:
    assert normalise_company("Datacom Group Ltd") == ("datacom",)
    assert normalise_company("Bellbird Bank of New Zealand") == ("bellbird", "bank")
    assert normalise_company("Northwind Software GmbH") == ("northwind", "software")


@pytest.mark.parametrize(
    ("a", "b"),
    [("Datacom", "Datacom Group Ltd"), ("Moana Freight", "Moana Freight Services Ltd"),
     ("Air NZ", "Air New Zealand"), ("IBM", "International Business Machines Corp")],
)
def test_given_same_company_written_differently_then_companies_agree(a, b) -> None:
    assert companies_agree(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kauri Systems", "Kauri Security"), ("Tasman Energy", "Tasman Education Trust"),
     ("Global Logistics", "Global Finance"), ("Datacom", ""), ("Southern Cross Data", "Southern Cross Dental")],
)
def test_given_different_companies_then_they_do_not_agree(a, b) -> None:
    assert not companies_agree(a, b)


def test_given_domains_then_registered_domain_uses_offline_suffix_list() -> None:
    assert registered_domain("mail.datacom.co.nz") == ("datacom.co.nz", "datacom")
    assert registered_domain("xero.com") == ("xero.com", "xero")


@pytest.mark.parametrize(
    ("domain", "company"),
    [("datacom.co.nz", "Datacom Group Ltd"), ("bnz.co.nz", "Bank of New Zealand"),
     ("wharfstreet.co.nz", "Wharf Street Partners"), ("scdata.com.au", "Southern Cross Data Pty Ltd"),
     ("rimupay.co.nz", "Rimu Payments Ltd")],
)
def test_given_company_domain_then_it_matches_company(domain, company) -> None:
    assert domain_matches_company(domain, company)


def test_given_freemail_or_other_domain_then_it_does_not_match_company() -> None:
    assert is_freemail("gmail.com") and is_freemail("xtra.co.nz")
    assert not domain_matches_company("gmail.com", "Gmail Consulting")
    assert not domain_matches_company("kaurisystems.co.nz", "Kauri Security Ltd")


# --- strengths ------------------------------------------------------------------------------------


def test_given_same_profile_url_then_strong() -> None:
    match = match_people(Person("Mike S", profile_url="nz.linkedin.com/in/mike-s/"),
                         Person("", profile_url="https://www.linkedin.com/in/Mike-S"))
    assert match == Match("strong", 1.0, ("same profile URL",))


def test_given_same_email_and_married_name_then_strong() -> None:
    match = match_people(Person("Aroha Walker", emails=("aroha.ngata@kauri.co.nz",)),
                         Person("Aroha Ngata", emails=("Aroha.Ngata@kauri.co.nz",)))
    assert match.strength == "strong"
    assert match.reasons[0].startswith("same e-mail address")


def test_given_shared_role_mailbox_then_not_strong() -> None:
    match = match_people(
        Person("Ann Lee", emails=("info@kauri.co.nz",)), Person("Bob Marsh", emails=("info@kauri.co.nz",))
    )
    assert match.strength == "none"


def test_given_nickname_and_company_agreement_then_medium_with_readable_reason() -> None:
    match = match_people(Person("Mike Smith", company="Datacom"), Person("Michael Smith", company="Datacom Group Ltd"))
    assert match.strength == "medium"
    assert match.reasons == (
        "name matches (Mike Smith ~ Michael Smith, nickname) and company agrees (Datacom Group Ltd)",
    )


def test_given_name_and_work_email_domain_then_medium() -> None:
    match = match_people(
        Person("Mike Smith", emails=("mike@datacom.co.nz",)), Person("Michael Smith", company="Datacom Group Ltd")
    )
    assert match.strength == "medium"
    assert "datacom.co.nz" in match.reasons[0]


def test_given_namesake_at_other_company_then_weak_at_most() -> None:
    match = match_people(Person("John Smith", emails=("john.smith@xero.com",), company="Xero"),
                         Person("John Smith", emails=("jsmith@kiwibank.co.nz",), company="Kiwibank"))
    assert match.strength == "weak"
    assert "no shared company or e-mail" in match.reasons[0]


def test_given_namesakes_with_personal_mail_then_weak() -> None:
    match = match_people(
        Person("John Smith", emails=("john.smith@gmail.com",)), Person("John Smith", emails=("js77@gmail.com",))
    )
    assert match.strength == "weak"


def test_given_different_people_then_none() -> None:
    assert match_people(
        Person("Sarah Chen", company="Xero"), Person("Michael Chen", company="Xero")
    ) == Match("none", 0.0, ())


def test_given_scores_then_they_order_by_strength() -> None:
    strong = match_people(Person(emails=("a@kauri.co.nz",)), Person(emails=("a@kauri.co.nz",)))
    medium = match_people(Person("Ann Lee", company="Kauri"), Person("Ann Lee", company="Kauri Ltd"))
    weak = match_people(Person("Ann Lee"), Person("Ann Lee"))
    assert strong.score > medium.score > weak.score > 0.0


# --- evaluation over the matching test set ---------------------------------------------------------


def test_given_pairs_file_then_it_is_large_and_balanced_enough() -> None:
    pairs = load_pairs()
    labels = [pair["label"] for pair in pairs]
    assert len(pairs) >= 300
    assert labels.count("match") >= 100 and labels.count("non_match") >= 100


def test_given_matching_test_set_then_precision_and_recall_of_strong_and_medium_meet_targets() -> None:
    pairs = load_pairs()
    tp = fp = fn = 0
    for pair in pairs:
        known = match_people(to_person(pair["sender"]), to_person(pair["known"])).strength in {"strong", "medium"}
        is_match = pair["label"] == "match"
        tp += known and is_match
        fp += known and not is_match
        fn += is_match and not known
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\nmatching: pairs={len(pairs)} tp={tp} fp={fp} fn={fn} precision={precision:.3f} recall={recall:.3f}")
    assert precision >= 0.99
    assert recall >= 0.95


def test_given_namesake_pairs_then_none_is_strong_or_medium() -> None:
    namesakes = [pair for pair in load_pairs() if "namesake" in pair["kind"]]
    assert len(namesakes) >= 50
    for pair in namesakes:
        match = match_people(to_person(pair["sender"]), to_person(pair["known"]))
        assert match.strength in {"weak", "none"}, pair
