"""Merging one request's records from several sources: the pure rules, and the issue's scenario end to end
(the example export, then the example e-mails, then a pasted page)."""

from __future__ import annotations

import mailbox
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from linkscreen import services
from linkscreen.adapters.storage import Store
from linkscreen.core.merging import (
    MATCH_WINDOW, FieldChange, add_resurfaced_reasons, could_be_same_request, extends, find_match_window, fold_name,
    merge_fields, name_source)
from linkscreen.core.models import StoredAssessment

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
PAGE_TIME = datetime(2026, 1, 29, 9, 0, tzinfo=UTC)
AT = datetime(2026, 1, 20, 10, 0, tzinfo=UTC)
STORED = {"name": "Aroha Ngata", "headline": "Head of Talent at Kowhai", "company": "Kowhai", "location": "",
          "mutual_connections": 3, "message": "", "sent_at": AT, "profile_url": "https://www.linkedin.com/in/aroha",
          "source": "linkedin-export", "direction": "INCOMING", "external_id": ""}


def merge(incoming: dict, source: str = "email", sources: dict | None = None, edited: frozenset = frozenset()):
    return merge_fields(STORED, sources or {}, edited, incoming, source)


def test_given_names_in_different_forms_when_folded_then_they_compare_equal() -> None:
    assert fold_name("  Zoë   Müller-Łukasz ") == fold_name("zoe muller-lukasz")
    assert fold_name("Liam O\u2019Connor") == fold_name("Liam O'Connor")
    assert name_source("linkedin-export") == "export" and name_source("pasted") == "paste"


def test_given_two_records_of_one_name_when_compared_then_urls_decide_and_times_must_be_close() -> None:
    a, b = "https://www.linkedin.com/in/a", "https://www.linkedin.com/in/b"
    assert not could_be_same_request(a, AT, b, AT)
    assert could_be_same_request(a, AT, a, AT + timedelta(days=90))
    assert could_be_same_request(a, AT, "", AT - timedelta(days=8))
    assert not could_be_same_request("", AT, "", AT + timedelta(days=9))
    assert not could_be_same_request("", None, a, AT)


def test_given_a_pasted_pages_coarse_time_when_matched_then_the_window_is_as_wide_as_its_unit() -> None:
    """"1 month ago" may be 30 to 59 days: records that far apart can still be one request, exact ones cannot."""
    assert find_match_window(PAGE_TIME - timedelta(days=45), "linkedin-export", PAGE_TIME) == MATCH_WINDOW
    assert find_match_window(PAGE_TIME - timedelta(days=14), "pasted", PAGE_TIME) == MATCH_WINDOW
    assert find_match_window(PAGE_TIME - timedelta(days=30), "pasted", PAGE_TIME) == timedelta(days=31)
    assert find_match_window(PAGE_TIME - timedelta(days=400), "pasted", PAGE_TIME) == timedelta(days=366)
    assert find_match_window(None, "pasted", PAGE_TIME) == MATCH_WINDOW
    estimate = PAGE_TIME - timedelta(days=30)
    window = find_match_window(estimate, "pasted", PAGE_TIME)
    assert could_be_same_request("", estimate, "https://www.linkedin.com/in/a", estimate - timedelta(days=25), window)
    assert not could_be_same_request("", estimate, "https://www.linkedin.com/in/a", estimate - timedelta(days=25))


def test_given_an_exported_request_when_a_pasted_card_says_1_month_ago_then_they_merge(sqlite_store: Store,
                                                                                      tmp_path: Path) -> None:
    """GIVEN a request exported with its exact time WHEN the invitations page is pasted weeks later
    THEN its "1 month ago" card (no profile URL in pasted text) lands on the same request, not a new one."""
    exported = tmp_path / "requests.jsonl"
    sent = (PAGE_TIME - timedelta(days=52)).isoformat()
    exported.write_text('{"id": "r1", "name": "Aroha Ngata", "headline": "Talent Partner at Kowhai", "message": "", '
                        f'"sent_at": "{sent}", "profile_url": "https://www.linkedin.com/in/aroha-ngata"}}\n',
                        encoding="utf-8")
    services.import_path(sqlite_store, exported)
    page = ("Manage invitations\nAroha Ngata\nHead of Talent at Kowhai\n12 mutual connections\n1 month ago\n"
            "Ignore\nAccept\n")
    pasted = services.import_pasted_page(sqlite_store, text=page, source="page.txt", now=PAGE_TIME)
    stored = sqlite_store.list_invitations()
    assert pasted.ok and not pasted.summary.new and len(stored) == 1
    assert (stored[0].invitation.headline, stored[0].invitation.mutual_connections) == ("Head of Talent at Kowhai", 12)


def test_given_a_poorer_source_when_merged_then_nothing_is_blanked_and_gaps_fill() -> None:
    result = merge({"headline": "", "location": "Wellington, New Zealand", "mutual_connections": None})

    assert result.values["headline"] == "Head of Talent at Kowhai"
    assert result.values["location"] == "Wellington, New Zealand"
    assert result.sources == {"location": "email"} and result.changes == []


def test_given_a_different_headline_when_merged_then_it_replaces_the_old_and_the_change_is_reported() -> None:
    result = merge({"headline": "Recruitment Lead at Tui Talent", "company": "Tui Talent"})

    assert result.values["headline"] == "Recruitment Lead at Tui Talent"
    assert [c.describe() for c in result.changes] == [
        "headline: 'Head of Talent at Kowhai' -> 'Recruitment Lead at Tui Talent'", "company: 'Kowhai' -> 'Tui Talent'"]


def test_given_a_truncated_or_respelled_copy_when_merged_then_the_full_text_stays_without_a_change() -> None:
    cut = merge({"headline": "Head of Talent at Ko\u2026see more", "company": "KOWHAI"})
    longer = merge({"headline": "Head of Talent at Kowhai | Tech & Digital"})

    assert cut.values["headline"] == "Head of Talent at Kowhai" and cut.changes == [] and cut.sources == {}
    assert longer.values["headline"] == "Head of Talent at Kowhai | Tech & Digital" and longer.changes == []
    assert extends("CTO at Kiwi Freight", "CTO at Kiwi Fr...") and not extends("CTO", "CTO")


def test_given_a_field_the_user_edited_when_a_source_differs_then_the_edit_stays() -> None:
    result = merge({"headline": "Something else"}, sources={"headline": "user"}, edited=frozenset({"headline"}))

    assert result.values["headline"] == "Head of Talent at Kowhai" and result.changes == []


def test_given_times_of_different_precision_when_merged_then_an_estimate_never_replaces_an_exact_time() -> None:
    estimate = AT.replace(hour=0) - timedelta(days=2)
    from_page = merge({"sent_at": estimate}, source="paste", sources={"sent_at": "export"})
    exact_after_page = merge_fields({**STORED, "sent_at": estimate}, {"sent_at": "paste"}, frozenset(),
                                    {"sent_at": AT}, "email")

    assert from_page.values["sent_at"] == AT
    assert exact_after_page.values["sent_at"] == AT and exact_after_page.sources == {"sent_at": "email"}


def test_given_a_resurfaced_request_when_its_reasons_are_added_then_they_come_first_once() -> None:
    assessment = StoredAssessment(1, "sales_pitch", 0.9, (), "ignore", ("preset guarded",), None, "m", "f")
    reasons = (FieldChange("headline", "a", "b").describe(), "you chose accept before")

    once = add_resurfaced_reasons(assessment, reasons)
    twice = add_resurfaced_reasons(once, reasons)

    assert once.decision_reasons == (
        "back in the queue: headline: 'a' -> 'b'; you chose accept before", "preset guarded"
    )
    assert twice == once and add_resurfaced_reasons(assessment, ()) is assessment


def load_example_requests() -> list:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import make_examples
    finally:
        sys.path.remove(str(REPO / "scripts"))
    import random

    _files, requests = make_examples.build_example(random.Random(make_examples.SEED))
    return requests


def test_given_the_example_export_then_e_mails_then_a_pasted_page_then_one_record_per_request_with_headlines(
    sqlite_store: Store,
) -> None:
    """The issue's "done when": every request once, its headline filled wherever any source had one."""
    requests = load_example_requests()
    mails = "\n".join(message.get_payload(decode=True).decode("utf-8")
                      for message in mailbox.mbox(str(EXAMPLES / "invitation-emails.mbox"), create=False))
    page = (EXAMPLES / "pasted-page.txt").read_text(encoding="utf-8")
    in_mail = {r.sender.url for r in requests if "/in/" + r.sender.url.rsplit("/", 1)[1] + "?" in mails
               or f"View {r.sender.name}'s profile" in mails}
    on_page = {r.sender.url for r in requests if f"\n{r.sender.name}\n{r.sender.headline}\n" in page}
    assert len(in_mail) == 40 and len(on_page) == 12
    assert len(on_page - in_mail) >= 5 and len(on_page & in_mail) >= 2

    export = services.import_path(sqlite_store, EXAMPLES / "linkedin-export.zip")
    email = services.import_path(sqlite_store, EXAMPLES / "invitation-emails.mbox")
    pasted = services.import_pasted_page(sqlite_store, text=page, source="pasted-page.txt", now=PAGE_TIME)

    assert export.summary.new["invitations"] == 170
    assert email.ok and not email.summary.new and email.summary.updated == {"invitations": 40}
    assert not pasted.summary.new and (
        sum(pasted.summary.updated.values()) + sum(pasted.summary.unchanged.values()) == 12
    )
    stored = sqlite_store.list_invitations()
    assert len(stored) == len(requests) == 150
    headlines = {s.invitation.profile_url: s.invitation.headline for s in stored}
    for request in requests:
        expected = request.sender.headline if request.sender.url in in_mail | on_page else ""
        assert headlines[request.sender.url] == expected, request.sender.name
    sources = {row["profile_url"]: row["sources"] for row in services.describe_queue(sqlite_store)}
    assert {sources[url]["headline"] for url in on_page - in_mail} == {"paste"}
    assert {sources[url]["headline"] for url in in_mail} == {"email"}
    assert {sources[url]["sent_at"] for url in in_mail | on_page} == {"export"}


def test_a_field_change_says_what_changed_or_that_the_value_is_now_kept() -> None:
    """GIVEN a change and a value set to what it was THEN the history's words: old -> new, or kept as yours
    (long values cut at 120 characters)."""
    assert FieldChange("headline", "CIO", "CTO").describe() == "headline: 'CIO' -> 'CTO'"
    assert FieldChange("company", "Kowhai", "Kowhai").describe() == "company: 'Kowhai' already so; now kept as yours"
    assert FieldChange("mutual_connections", None, 3).describe() == "mutual_connections: none -> 3"
    assert FieldChange("headline", "x" * 200, "x" * 200).describe().startswith(f"headline: '{'x' * 117}...'")
