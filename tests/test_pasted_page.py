"""The pasted "Manage invitations" page: cards read, noise ignored, times relative to now."""

from __future__ import annotations

from datetime import datetime, timezone

from linkscreen.adapters.pasted_page import read_pasted_html, read_pasted_text
from linkscreen.core.models import FileNote, Invitation, RowError

UTC = timezone.utc
NOW = datetime(2026, 2, 10, 15, 30, tzinfo=UTC)
PAGE = """Skip to main content
Home
My Network
Jobs
Messaging
3 notifications
Me
For Business
Manage invitations
Received
Sent
All (4)
People (3)
Newsletters (1)
Invitations (14)
Aroha Ngata\u2019s profile picture
Aroha Ngata
Head of Talent at K\u014dwhai Recruitment | Tech & Digital
Sam Patel and 11 other mutual connections
2 days ago
Hi Kiri, I saw your talk at the Wellington IT leaders breakfast and would value connecting.
\u2026see more
Reply to Aroha
Ignore
Accept
Liam O\u2019Connor
Account Executive @ CloudCo
4 mutual connections
1 week ago
Ignore
Accept
Dana Whitfield
Senior Software Engineer at Contoso
Yesterday
I'd like to add you to my professional network on LinkedIn.
Message
Ignore
Accept
Tech Weekly
Jo Bloggs invited you to subscribe to Tech Weekly newsletter
3 hours ago
Ignore
Accept
Show more
People you may know from Example Ltd
About
Accessibility
"""


def invitations_of(items: list) -> list[Invitation]:
    return [item for item in items if isinstance(item, Invitation)]


def test_given_a_pasted_page_when_read_then_one_invitation_per_person_card() -> None:
    aroha, liam, dana = invitations_of(list(read_pasted_text(PAGE, NOW)))
    assert (aroha.name, aroha.headline, aroha.mutual_connections) == (
        "Aroha Ngata", "Head of Talent at K\u014dwhai Recruitment | Tech & Digital", 12)
    assert aroha.message == (
        "Hi Kiri, I saw your talk at the Wellington IT leaders breakfast and would value connecting."
    )
    assert aroha.sent_at == datetime(2026, 2, 8, tzinfo=UTC) and aroha.source == "pasted"
    assert (liam.name, liam.company, liam.mutual_connections) == ("Liam O\u2019Connor", "CloudCo", 4)
    assert liam.sent_at == datetime(2026, 2, 3, tzinfo=UTC) and liam.message == ""
    assert dana.message == "" and dana.mutual_connections is None and dana.sent_at == datetime(2026, 2, 9, tzinfo=UTC)


def test_given_the_same_page_pasted_a_day_later_when_read_then_the_same_times() -> None:
    later = PAGE.replace("2 days ago", "3 days ago").replace("Yesterday", "2 days ago")
    first = [i.sent_at for i in invitations_of(list(read_pasted_text(PAGE, NOW)))]
    second = [i.sent_at for i in invitations_of(list(read_pasted_text(later, datetime(2026, 2, 11, 9, 0, tzinfo=UTC))))]
    assert first[0] == second[0] and first[2] == second[2]


def test_given_mutual_connection_wordings_when_read_then_counted() -> None:
    page = ("Ana Lima\nCIO at Example\nSam Lee is a mutual connection\nIgnore\nAccept\n"
            "Ben Ode\nCTO at Example\nSam Lee and Ana Lima are mutual connections\nIgnore\nAccept\n")
    ana, ben = invitations_of(list(read_pasted_text(page, NOW)))
    assert (ana.mutual_connections, ben.mutual_connections) == (1, 2)


def test_given_text_without_any_card_when_read_then_a_note_says_what_to_paste() -> None:
    (note,) = list(read_pasted_text("Home\nMy Network\nNo pending invitations\n", NOW))
    assert isinstance(note, FileNote) and "Manage invitations" in note.text


def test_given_a_card_of_only_counts_when_read_then_a_row_error() -> None:
    items = list(read_pasted_text("2 days ago\nIgnore\nAccept\n", NOW))
    assert any(isinstance(item, RowError) for item in items)


def test_given_the_page_saved_as_html_when_read_then_profile_links_and_no_scripts() -> None:
    html = """<html><head><script>alert('x')</script></head><body><nav><a href="/feed/">Home</a></nav>
    <h1>Manage invitations</h1><ul><li class="invitation-card">
    <a href="https://www.linkedin.com/in/aroha-ngata-4b1a2c/?miniProfileUrn=urn%3Ali">\
<img alt="Aroha Ngata\u2019s profile picture"></a>
    <a href="https://www.linkedin.com/in/aroha-ngata-4b1a2c/"><span class="title">Aroha Ngata</span></a>
    <p>Head of Talent at K\u014dwhai Recruitment</p><p>12 mutual connections</p><time>2 days ago</time>
    <p>&lt;b&gt;Hi Kiri&lt;/b&gt;, let's connect.</p>
    <button aria-label="Ignore an invitation">Ignore</button><button>Accept</button></li></ul>
    <button>Show more</button></body></html>"""
    (invitation,) = invitations_of(list(read_pasted_html(html, NOW)))
    assert invitation.profile_url == "https://www.linkedin.com/in/aroha-ngata-4b1a2c"
    assert invitation.mutual_connections == 12 and invitation.headline == "Head of Talent at K\u014dwhai Recruitment"
    assert invitation.message == "<b>Hi Kiri</b>, let's connect."  # text, never markup to render
    assert "alert" not in repr(invitation)
