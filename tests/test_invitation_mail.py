"""Invitation e-mails: every layout read, other mail counted, phishing refused, bad input survived."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

import mail_fixtures as mails
from linkscreen.adapters import invitation_mail
from linkscreen.adapters.invitation_mail import is_lookalike_domain, read_invitation_mail
from linkscreen.adapters.readers import detect_source_kind, read_source
from linkscreen.core.models import FileNote, Invitation, RowError

UTC = timezone.utc


def items_of(path: Path, **options: int) -> tuple[list[Invitation], list[RowError], list[FileNote]]:
    items = list(read_invitation_mail(path, **options))
    return ([i for i in items if isinstance(i, Invitation)], [i for i in items if isinstance(i, RowError)],
            [i for i in items if isinstance(i, FileNote)])


def test_given_a_current_invitation_eml_when_read_then_every_field_and_a_clean_profile_url(tmp_path: Path) -> None:
    path = mails.write_eml(tmp_path / "invite.eml", mails.modern_invitation())
    assert detect_source_kind(path) == "invitation-email"
    (invitation,) = [item for item in read_source(path) if isinstance(item, Invitation)]
    assert invitation.name == "Aroha Ngata"
    assert invitation.headline == "Head of Talent at K\u014dwhai Recruitment | Tech & Digital"
    assert invitation.company == "K\u014dwhai Recruitment"
    assert invitation.location == "Wellington, New Zealand"
    assert invitation.mutual_connections == 12
    assert invitation.message.startswith("Hi Kiri, I saw your talk") and "\u201c" not in invitation.message
    assert invitation.sent_at == datetime(2026, 2, 3, 8, 14, 5, tzinfo=UTC)
    assert invitation.profile_url == "https://www.linkedin.com/in/aroha-ngata-4b1a2c"
    assert invitation.source == "invitation-email"


def test_given_html_only_with_scripts_when_read_then_text_only_and_nothing_of_the_scripts(tmp_path: Path) -> None:
    path = mails.write_eml(tmp_path / "html.eml", mails.html_only_invitation())
    invitations, errors, _ = items_of(path)
    (invitation,) = invitations
    assert not errors
    assert (invitation.name, invitation.headline) == ("Liam O\u2019Connor", "Account Executive @ CloudCo \u00b7 FinOps")
    assert invitation.profile_url == "https://www.linkedin.com/in/liam-o-connor-x9"
    assert invitation.mutual_connections == 4 and invitation.location == "Auckland, New Zealand"
    assert invitation.sent_at == datetime(2026, 2, 3, 12, 0, tzinfo=UTC)
    text = repr(invitation)
    assert "steal" not in text and "<" not in text.replace("<Direction", "") and "preheader" not in text


def test_given_html_part_with_script_and_plain_part_when_read_then_html_fills_no_markup(tmp_path: Path) -> None:
    message = mails.make_message("Aroha Ngata wants to connect", "LinkedIn <invitations@linkedin.com>",
                                 mails.MODERN_TEXT.split("View profile")[0], mails.MODERN_HTML)
    (invitation,), _, _ = items_of(mails.write_eml(tmp_path / "a.eml", message))
    assert invitation.profile_url == "https://www.linkedin.com/in/aroha-ngata-4b1a2c"
    assert "alert" not in repr(invitation) and "document" not in repr(invitation)


def test_given_older_layouts_when_read_then_name_headline_location_and_note(tmp_path: Path) -> None:
    path = mails.write_mbox(tmp_path / "old.mbox", [mails.old_2016_invitation(), mails.old_2012_invitation()])
    (tomasz, priya), errors, _ = items_of(path)
    assert not errors
    assert tomasz.name == "Tomasz Wi\u015bniewski" and tomasz.location == "Greater Wellington Area"
    assert tomasz.headline == "Principal Solutions Architect at Baltic Data Systems"
    assert tomasz.message == "" and tomasz.profile_url == ""  # a /profile/view?id= link is not a profile URL
    assert priya.name == "Priya Raman" and priya.headline == ""
    assert priya.message == "We worked together on the Harbour Board ERP migration in 2011; I'd like to stay in touch."
    assert priya.sent_at == datetime(2012, 9, 10, 3, 0, tzinfo=UTC)


def test_given_an_invitation_and_its_reminder_when_read_then_one_record_with_the_invitation_time(
    tmp_path: Path
) -> None:
    path = mails.write_mbox(tmp_path / "inbox.mbox", [mails.modern_invitation(), mails.reminder()])
    (invitation,), _, _ = items_of(path)
    assert invitation.sent_at == datetime(2026, 2, 3, 8, 14, 5, tzinfo=UTC)


def test_given_a_reminder_alone_when_read_then_its_sent_time_is_estimated_from_days_ago(tmp_path: Path) -> None:
    (invitation,), _, _ = items_of(mails.write_eml(tmp_path / "r.eml", mails.reminder()))
    assert invitation.name == "Aroha Ngata" and invitation.sent_at == datetime(2026, 2, 3, tzinfo=UTC)
    assert invitation.profile_url == "https://www.linkedin.com/in/aroha-ngata-4b1a2c"


def test_given_other_mail_when_read_then_skipped_and_counted_in_one_note(tmp_path: Path) -> None:
    path = mails.write_mbox(tmp_path / "inbox.mbox", [mails.newsletter(), mails.modern_invitation(), mails.job_alert()])
    invitations, errors, notes = items_of(path)
    assert len(invitations) == 1 and not errors
    assert [note.text for note in notes] == ["2 messages were not LinkedIn invitations"]


@pytest.mark.parametrize(
    "domain", ["linkedln.com", "linkedin-mail.com", "mail.linkedin.com.evil.example", "l1nkedin.net"]
)
def test_given_a_look_alike_sender_when_read_then_possible_phishing_and_not_imported(
    tmp_path: Path, domain: str
) -> None:
    invitations, errors, _ = items_of(mails.write_eml(tmp_path / "p.eml", mails.phishing(domain)))
    assert invitations == []
    (error,) = errors
    assert error.reason.startswith("possible phishing") and domain in error.reason


def test_given_linkedin_from_address_failing_dmarc_when_read_then_possible_phishing(tmp_path: Path) -> None:
    invitations, (error,), _ = items_of(mails.write_eml(tmp_path / "s.eml", mails.spoofed()))
    assert invitations == [] and "DMARC" in error.reason


def test_given_domains_when_checked_then_only_imitations_look_alike() -> None:
    assert is_lookalike_domain("linkedln.com") and is_lookalike_domain("linked1n.co")
    assert is_lookalike_domain("xn--lnkedin-9db.com")
    assert not is_lookalike_domain("linkedin.com") and not is_lookalike_domain("e.linkedin.com")
    assert not is_lookalike_domain("example.org")


def test_given_malformed_mime_when_read_then_no_crash_and_what_can_be_read_is(tmp_path: Path) -> None:
    broken = (b"From: LinkedIn <invitations@linkedin.com>\nSubject: Mere Tapsell wants to connect\n"
              b"Date: not a date\nContent-Type: multipart/alternative; boundary=\"zzz\"\n\n"
              b"--zzz\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
              b"!!!not base64\xff\xfe\n--zzz\nContent-Type: text/html\n\n<p>unclosed <b>Mere Tapsell<td>")
    garbage = tmp_path / "garbage.eml"
    garbage.write_bytes(bytes(range(256)) * 40)
    no_boundary = (b"From: LinkedIn <invitations@linkedin.com>\nSubject: Ana Lima wants to connect\n"
                   b"Content-Type: multipart/mixed\n\nbody without parts\n")
    invitations = []
    for index, data in enumerate((broken, no_boundary)):
        path = tmp_path / f"m{index}.eml"
        path.write_bytes(data)
        found, errors, _ = items_of(path)
        assert not errors
        invitations += found
    assert [i.name for i in invitations] == ["Mere Tapsell", "Ana Lima"]
    assert invitations[0].sent_at is None
    _, errors, notes = items_of(garbage)
    assert not errors and notes[0].text == "1 message was not a LinkedIn invitation"


def test_given_wrong_or_unknown_charsets_when_read_then_text_is_right_and_noted(tmp_path: Path) -> None:
    text = mails.MODERN_TEXT.replace("Aroha Ngata", "Zo\u00eb M\u00fcller")
    mislabelled = mails.make_message(
        "Zo\u00eb M\u00fcller wants to connect", "LinkedIn <invitations@linkedin.com>", text
    )
    raw = mislabelled.as_bytes().replace(b'charset="utf-8"', b'charset="iso-8859-1"')
    unknown = raw.replace(b'charset="iso-8859-1"', b'charset="x-no-such-charset"')
    cp1252 = (raw.replace(b'charset="iso-8859-1"', b'charset="utf-8"').replace(b"Zo=C3=AB", b"Zo=EB")
              .replace(b"M=C3=BCller", b"M=FCller").replace(b"K=C5=8Dwhai", b"Kowhai"))
    results = []
    for name, data in (("a.eml", raw), ("b.eml", unknown), ("c.eml", cp1252)):
        (tmp_path / name).write_bytes(data)
        results.append(items_of(tmp_path / name))
    for (invitation,), errors, _ in results:
        assert invitation.location == "Wellington, New Zealand" and not errors
    assert results[0][0][0].name == "Zo\u00eb M\u00fcller" and results[0][2] == []
    assert "charset" in results[1][2][-1].text and "charset" in results[2][2][-1].text
    assert results[2][0][0].headline == "Head of Talent at Kowhai Recruitment | Tech & Digital"


def test_given_a_huge_attachment_when_read_then_skipped_unparsed_and_the_invitation_read(tmp_path: Path) -> None:
    message = mails.modern_invitation()
    message.add_attachment(b"\x00" * (3 * 1024 * 1024), maintype="application", subtype="octet-stream",
                           filename="huge.bin")
    path = mails.write_eml(tmp_path / "big.eml", message)
    (invitation,), errors, _ = items_of(path)
    assert invitation.name == "Aroha Ngata" and not errors


def test_given_messages_over_the_size_limit_when_read_then_headers_only_and_reported(tmp_path: Path) -> None:
    big_invite = mails.modern_invitation()
    big_invite.add_attachment(b"x" * 200_000, maintype="application", subtype="pdf", filename="cv.pdf")
    big_other = mails.newsletter()
    big_other.add_attachment(b"y" * 200_000, maintype="image", subtype="png", filename="photo.png")
    path = mails.write_mbox(tmp_path / "big.mbox", [big_invite, big_other, mails.old_2012_invitation()])
    invitations, (error,), notes = items_of(path, max_message_bytes=100_000)
    assert [i.name for i in invitations] == ["Priya Raman"]
    assert "over the size limit" in error.reason and error.line == 1
    assert "only their headers were read" in notes[-1].text


def test_given_a_text_part_over_the_part_limit_when_read_then_it_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(invitation_mail, "MAX_PART_BYTES", 1000)
    (invitation,), _, _ = items_of(mails.write_eml(tmp_path / "a.eml", mails.modern_invitation()))
    assert invitation.name == "Aroha Ngata" and invitation.headline == ""  # name from the subject only


def test_given_a_maildir_when_detected_and_read_then_invitations_from_cur_and_new(tmp_path: Path) -> None:
    folder = mails.write_maildir(tmp_path / "Maildir", [mails.modern_invitation(), mails.newsletter(),
                                                        mails.old_2012_invitation()])
    assert detect_source_kind(folder) == "invitation-email"
    items = list(read_source(folder))
    assert sorted(i.name for i in items if isinstance(i, Invitation)) == ["Aroha Ngata", "Priya Raman"]
    assert any(isinstance(i, FileNote) and "1 message was not" in i.text for i in items)


def test_given_an_mbox_with_from_lines_in_bodies_when_read_then_messages_are_not_split(tmp_path: Path) -> None:
    invite = mails.make_message("Aroha Ngata wants to connect", "LinkedIn <invitations@linkedin.com>",
                                mails.MODERN_TEXT.replace("\u201cHi Kiri,", "\u201cFrom the team: Hi Kiri,"))
    path = mails.write_mbox(tmp_path / "x.mbox", [invite, mails.newsletter()])
    (invitation,), _, notes = items_of(path)
    assert invitation.message.startswith("From the team: Hi Kiri")
    assert notes[0].text == "1 message was not a LinkedIn invitation"


def test_given_many_invitations_in_an_mbox_when_read_then_one_each(tmp_path: Path) -> None:
    path = mails.write_mbox(tmp_path / "many.mbox", [mails.invitation_number(n) for n in range(200)])
    invitations, errors, notes = items_of(path)
    assert len(invitations) == 200 and not errors and not notes
    assert len({i.profile_url for i in invitations}) == 200
