"""Importing a pasted page through the service: one transaction, no duplicates on re-paste."""

from __future__ import annotations

from datetime import datetime, timezone

from linkscreen import services
from linkscreen.adapters.storage import Store

NOW = datetime(2026, 2, 10, 15, 30, tzinfo=timezone.utc)
PAGE = ("Manage invitations\nInvitations (2)\nAroha Ngata\nHead of Talent at Example Recruitment\n"
        "12 mutual connections\n2 days ago\nIgnore\nAccept\nLiam Ode\nAccount Executive at CloudCo\n"
        "1 week ago\nIgnore\nAccept\nShow more\n")
HTML = ('<ul><li><a href="https://www.linkedin.com/in/aroha-ngata-4b1a2c/"><span>Aroha Ngata</span></a>'
        '<p>Head of Talent at Example Recruitment</p><p>12 mutual connections</p><p>2 days ago</p>'
        '<button>Accept</button></li></ul>')


def test_given_a_pasted_page_when_imported_twice_then_stored_once(sqlite_store: Store) -> None:
    first = services.import_pasted_page(sqlite_store, text=PAGE, source="page.txt", now=NOW)
    second = services.import_pasted_page(sqlite_store, text=PAGE, source="page.txt", now=NOW)
    assert first.ok and first.kind == "pasted" and first.summary.new == {"invitations": 2}
    assert second.summary.unchanged == {"invitations": 2} and not second.summary.new
    stored = {s.invitation.name: s.invitation for s in sqlite_store.list_invitations()}
    assert stored["Aroha Ngata"].headline == "Head of Talent at Example Recruitment"
    assert stored["Aroha Ngata"].mutual_connections == 12 and stored["Liam Ode"].source == "pasted"


def test_given_the_html_page_when_imported_then_the_profile_url_is_stored(sqlite_store: Store) -> None:
    result = services.import_pasted_page(sqlite_store, html=HTML, html_source="page.html", now=NOW)
    assert result.summary.new == {"invitations": 1}
    (stored,) = sqlite_store.list_invitations()
    assert stored.invitation.profile_url == "https://www.linkedin.com/in/aroha-ngata-4b1a2c"
    assert sqlite_store.read_stats().imports == 1
