"""Field readers: profile URLs, mutual connections, relative times, stock notes, companies."""

from __future__ import annotations

from datetime import datetime, timezone

from linkscreen.adapters.invitation_fields import (
    canonical_profile_url, is_default_note, read_mutual_count, read_relative_time, split_company)

UTC = timezone.utc
NOW = datetime(2026, 2, 10, 15, 30, tzinfo=UTC)


def test_given_profile_links_when_canonicalised_then_only_linkedin_in_slugs_without_tracking() -> None:
    assert canonical_profile_url("https://www.linkedin.com/comm/in/jane-doe-1?midToken=x&trk=y#z") == \
        "https://www.linkedin.com/in/jane-doe-1"
    assert canonical_profile_url("http://nz.linkedin.com/in/jane/") == "https://www.linkedin.com/in/jane"
    assert canonical_profile_url("https://linkedln.com/in/jane") == ""
    assert canonical_profile_url("https://www.linkedin.com/comm/profile/view?id=AAs") == ""


def test_given_mutual_wordings_when_read_then_counts() -> None:
    assert read_mutual_count("12 mutual connections") == 12
    assert read_mutual_count("Jane Doe and 3 other mutual connections") == 4
    assert read_mutual_count("1,204 shared connections") == 1204
    assert read_mutual_count("Sam is a mutual connection") == 1
    assert read_mutual_count("Head of Talent") is None


def test_given_relative_times_when_read_then_floored_moments_before_now() -> None:
    assert read_relative_time("2 days ago", NOW) == datetime(2026, 2, 8, tzinfo=UTC)
    assert read_relative_time("3 hours ago", NOW) == datetime(2026, 2, 10, 12, tzinfo=UTC)
    assert read_relative_time("an hour ago", NOW) == datetime(2026, 2, 10, 14, tzinfo=UTC)
    assert read_relative_time("1w", NOW) == datetime(2026, 2, 3, tzinfo=UTC)
    assert read_relative_time("Yesterday", NOW) == datetime(2026, 2, 9, tzinfo=UTC)
    assert read_relative_time("Dana Whitfield", NOW) is None


def test_given_notes_and_headlines_when_checked_then_stock_text_and_company_found() -> None:
    assert is_default_note("Hi Kiri, I\u2019d like to add you to my professional network on LinkedIn.")
    assert not is_default_note("We met at ITx.")
    assert is_default_note("\u201cMe gustar\u00eda agregarte a mi red profesional de LinkedIn.\u201d")
    assert not is_default_note("") and not is_default_note("  ")
    assert is_default_note("Kia ora Kiri, I'd like to join your LinkedIn network.")
    assert split_company("Recruiter at Acme Ltd | Tech") == "Acme Ltd"
    assert split_company("Helping teams at scale at Acme") == ""
