"""Correspondents read from mail headers: who the user wrote to, who wrote to the user, and when."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from linkscreen.adapters.errors import ImportFileError
from linkscreen.adapters.evidence.mail import decode_words, read_correspondents
from linkscreen.core.evidence_records import KnownPerson
from linkscreen.core.models import RowError

UTC = timezone.utc
KIRI = "Kiri Halvorsen <kiri.halvorsen@example.org>"
ME = frozenset({"kiri.halvorsen@example.org"})
_counter = iter(range(1, 10_000))


def mail(sender: str = KIRI, to: str = "", cc: str = "", bcc: str = "", date: str = "Tue, 03 Mar 2026 09:15:00 +1300",
         extra: tuple[str, ...] = (), message_id: str | None = None, newline: str = "\n") -> bytes:
    """One message as a mail client stores it (Received chain, MIME headers, a short body)."""
    lines = ["Return-Path: <bounce@example.org>",
             "Received: from mx1.example.org (mx1.example.org [192.0.2.1])\n\tby mail.example.org with ESMTPS;\n"
             "\tTue, 03 Mar 2026 09:15:02 +1300"]
    lines += [f"Date: {date}"] if date else []
    lines += [f"From: {sender}"] if sender else []
    lines += [f"{name}: {value}" for name, value in (("To", to), ("Cc", cc), ("Bcc", bcc)) if value]
    lines += [f"Message-ID: {message_id or f'<{next(_counter)}.test@mail.example.org>'}", "Subject: Re: pilot",
              "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", *extra]
    text = "\n".join(lines) + "\n\nHi,\nFrom the notes: see you Tuesday.\n"
    return text.replace("\n", newline).encode("utf-8")


def write_mbox(path: Path, *messages: bytes) -> Path:
    parts = []
    for message in messages:
        body = message.replace(b"\nFrom ", b"\n>From ")
        body += b"" if body.endswith(b"\n") else b"\n"
        parts.append(b"From MAILER-DAEMON Tue Mar  3 09:15:00 2026\n" + body + b"\n")
    path.write_bytes(b"".join(parts))
    return path


def write_maildir(path: Path, *messages: bytes) -> Path:
    for part in ("cur", "new", "tmp"):
        (path / part).mkdir(parents=True)
    for number, message in enumerate(messages, start=1):
        (path / "cur" / f"17725{number:05d}.M{number}P42.host:2,S").write_bytes(message)
    return path


def read(path: Path, me: frozenset[str] = ME) -> tuple[dict[str, KnownPerson], list[RowError]]:
    people, errors = {}, []
    for item in read_correspondents(path, me):
        if isinstance(item, KnownPerson):
            people[item.emails[0]] = item
        else:
            errors.append(item)
    return people, errors


def counts(people: dict[str, KnownPerson]) -> dict[str, tuple[int, int]]:
    return {address: (person.sent, person.received) for address, person in people.items()}


def test_given_mail_both_ways_when_read_then_sent_to_every_recipient_and_received_from_senders(tmp_path: Path) -> None:
    box = write_mbox(tmp_path / "all.mbox",
                     mail(to="Aroha Ngata <aroha@kowhai.example>", cc="sam@cloudco.example",
                          bcc="<Priya@Baltic.example>"),
                     mail(to="aroha@kowhai.example, Sam Patel <sam@cloudco.example>", cc="aroha@kowhai.example"),
                     mail(sender="Aroha Ngata <aroha@kowhai.example>", to=KIRI, cc="Liam <liam@harbour.example>",
                          extra=("Reply-To: Kowhai Desk <desk@kowhai.example>",)),
                     mail(sender="liam@harbour.example", to="team@harbour.example", cc=KIRI),
                     mail(sender="liam@harbour.example", to="aroha@kowhai.example"),  # not to the user: nothing
                     mail(to=KIRI))  # a note to self
    people, errors = read(box)
    assert errors == []
    assert counts(people) == {"aroha@kowhai.example": (2, 1), "sam@cloudco.example": (2, 0),
                              "priya@baltic.example": (1, 0), "liam@harbour.example": (0, 1)}
    aroha = people["aroha@kowhai.example"]
    assert aroha.key == "mail:aroha@kowhai.example" and aroha.relation == "correspondent"
    assert aroha.name == "Aroha Ngata" and aroha.company == "" and aroha.emails == ("aroha@kowhai.example",)


def test_given_a_binary_body_when_read_then_only_the_header_matters(tmp_path: Path) -> None:
    head = mail(to="sam@cloudco.example").split(b"\n\n")[0]
    binary = head + b"\n\n" + bytes(range(256)) * 64 + b"\nFrom: nobody@x.example\nTo: other@x.example\n"
    people, errors = read(write_mbox(tmp_path / "a.mbox", binary))
    assert errors == [] and counts(people) == {"sam@cloudco.example": (1, 0)}


def test_given_the_same_message_twice_when_read_then_counted_once(tmp_path: Path) -> None:
    copy = mail(to="aroha@kowhai.example", message_id="<same@mail.example.org>")
    people, _ = read(write_mbox(tmp_path / "a.mbox", copy, copy))
    assert counts(people) == {"aroha@kowhai.example": (1, 0)}


def test_given_no_me_and_an_inbox_mostly_to_and_from_one_address_when_read_then_it_is_the_user(tmp_path: Path) -> None:
    """A quarter of the mail sent by the user, the rest to them: they take part in all of it."""
    messages = [mail(to=f"person{n}@example.net") for n in range(4)]
    messages += [mail(sender=f"person{n}@example.net", to=KIRI) for n in range(6)]
    people, _ = read(write_mbox(tmp_path / "a.mbox", *messages), me=frozenset())
    assert "kiri.halvorsen@example.org" not in people
    assert counts(people)["person1@example.net"] == (1, 1)
    assert sum(person.sent for person in people.values()) == 4


def test_given_no_me_and_nobody_in_over_half_the_mail_when_read_then_everything_counts_as_received(
    tmp_path: Path
) -> None:
    messages = [mail(to=f"person{n}@example.net") for n in range(5)]  # exactly half: not more
    messages += [mail(sender=f"person{n}@example.net", to=f"other{n}@example.net") for n in range(5)]
    people, _ = read(write_mbox(tmp_path / "a.mbox", *messages), me=frozenset())
    assert people["kiri.halvorsen@example.org"].sent == 0
    assert all(person.sent == 0 for person in people.values())
    assert counts(people)["person4@example.net"] == (0, 1)


def test_given_no_me_and_a_newsletter_writing_most_mail_when_read_then_it_is_never_taken_for_the_user(
        tmp_path: Path) -> None:
    news = [mail(sender="news@letters.example", to=KIRI, extra=("List-Id: <weekly.letters.example>",))
            for _ in range(6)]
    people, _ = read(write_mbox(tmp_path / "a.mbox", *news, mail(sender="sam@cloudco.example", to=KIRI)), frozenset())
    assert counts(people) == {"sam@cloudco.example": (0, 1)}


def test_given_my_addresses_in_any_case_when_read_then_each_is_me(tmp_path: Path) -> None:
    box = write_mbox(tmp_path / "a.mbox", mail(sender="Kiri <KIRI@Work.Example>", to="aroha@kowhai.example"),
                     mail(sender="aroha@kowhai.example", to="kiri@work.example"))
    people, _ = read(box, frozenset({" Kiri@Work.example ", "kiri.halvorsen@example.org"}))
    assert counts(people) == {"aroha@kowhai.example": (1, 1)}


@pytest.mark.parametrize("marker", ["List-Id: Python dev <dev.lists.python.example>",
                                    "List-Unsubscribe: <https://letters.example/u/123>",
                                    "Precedence: bulk", "Precedence: junk", "Auto-Submitted: auto-replied",
                                    "Auto-Submitted: auto-generated; owner-email=x@example.net"])
def test_given_list_or_automated_mail_when_read_then_it_counts_on_neither_side(tmp_path: Path, marker: str) -> None:
    box = write_mbox(tmp_path / "a.mbox", mail(sender="Sam <sam@cloudco.example>", to=KIRI, extra=(marker,)),
                     mail(to="aroha@kowhai.example", extra=(marker,)))  # e.g. the user's out-of-office reply
    people, _ = read(box)
    assert people == {}


def test_given_auto_submitted_no_when_read_then_it_is_ordinary_mail(tmp_path: Path) -> None:
    people, _ = read(write_mbox(tmp_path / "a.mbox", mail(sender="sam@cloudco.example", to=KIRI,
                                                          extra=("Auto-Submitted: no", "Precedence: first-class"))))
    assert counts(people) == {"sam@cloudco.example": (0, 1)}


@pytest.mark.parametrize("robot", ["noreply@github.example", "no-reply@accounts.cloudco.example",
                                   "donotreply@bank.example", "do_not_reply@hr.example", "MAILER-DAEMON@mx.example",
                                   "notifications@tracker.example", "jira-noreply@acme.example",
                                   "postmaster@x.example"])
def test_given_no_reply_addresses_when_read_then_they_never_become_people(tmp_path: Path, robot: str) -> None:
    box = write_mbox(tmp_path / "a.mbox", mail(sender=f"Service <{robot}>", to=KIRI),
                     mail(to=f"{robot}, aroha@kowhai.example"))
    people, _ = read(box)
    assert counts(people) == {"aroha@kowhai.example": (1, 0)}


def test_given_addresses_that_only_look_alike_when_read_then_they_are_people(tmp_path: Path) -> None:
    box = write_mbox(tmp_path / "a.mbox", mail(to="noreen@kowhai.example, notify.me.of.jobs@example.net"))
    assert set(read(box)[0]) == {"noreen@kowhai.example", "notify.me.of.jobs@example.net"}


def test_given_encoded_names_when_read_then_decoded(tmp_path: Path) -> None:
    box = write_mbox(tmp_path / "a.mbox",
                     mail(sender="=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen@baltic.example>", to=KIRI),
                     mail(sender="=?utf-8?B?546L5Lyf?= <wei@cloudco.example>", to=KIRI),
                     mail(sender="=?ISO-8859-1?Q?Jos=E9_Garc=EDa?= <jose@harbour.example>", to=KIRI),
                     mail(sender='"=?utf-8?Q?Tomasz_Wi=C5=9Bniewski?=" <tomasz@baltic.example>', to=KIRI),
                     mail(sender="=?utf-8?Q?Zo=C3?= =?utf-8?Q?=AB_Chen?= <zoe@x.example>", to=KIRI),
                     mail(sender='"=?windows-1252?Q?O=92Connor=2C_Liam?=" <liam@harbour.example>', to=KIRI),
                     mail(sender="Søren Kristensen <soren@fjord.example>", to=KIRI),  # raw UTF-8 (RFC 6532)
                     mail(sender="=?x-unknown?Q?Ana=C3=AFs?= <ana@x.example>", to=KIRI))
    names = {address: person.name for address, person in read(box)[0].items()}
    assert names["juergen@baltic.example"] == "Jürgen Müller"
    assert names["wei@cloudco.example"] == "王伟"
    assert names["jose@harbour.example"] == "José García"
    assert names["tomasz@baltic.example"] == "Tomasz Wiśniewski"
    assert names["zoe@x.example"] == "Zoë Chen"  # a character split across two encoded words
    assert names["liam@harbour.example"] == "O\u2019Connor, Liam"
    assert names["soren@fjord.example"] == "Søren Kristensen"
    assert names["ana@x.example"] == "Anaïs"


def test_given_raw_8_bit_headers_in_mixed_charsets_when_read_then_each_name_decoded(tmp_path: Path) -> None:
    utf8_name = "From: J\u00fcrgen M\u00fcller <juergen@baltic.example>\n".encode("utf-8")
    latin1_subject = "Subject: Caf\u00e9 on Tuesday\n".encode("latin-1")
    latin1_name = "From: Jos\u00e9 Garc\u00eda <jose@harbour.example>\n".encode("latin-1")
    rest = f"To: {KIRI}\nDate: Tue, 03 Mar 2026 09:15:00 +1300\n\nHola\n".encode()
    box = write_mbox(tmp_path / "a.mbox", utf8_name + latin1_subject + rest, latin1_name + rest)
    names = {address: person.name for address, person in read(box)[0].items()}
    assert names == {"juergen@baltic.example": "J\u00fcrgen M\u00fcller",
                     "jose@harbour.example": "Jos\u00e9 Garc\u00eda"}


@pytest.mark.parametrize(("encoded", "decoded"), [
    ("=?utf-8?q?a?= b =?utf-8?q?c?=", "a b c"), ("=?utf-8?q?a?=  =?utf-8?q?b?=", "ab"),
    ("=?utf-8?B?bad*?= Sam", "=?utf-8?B?bad*?= Sam"), ("=?koi8-r?B?8NLJ18XU?=", "Привет"),
    ("=?ks_c_5601-1987?B?jGO55rCix88=?=", "똠방각하"), ("=?utf-8*en?Q?Hi?=", "Hi"), ("plain", "plain")])
def test_given_encoded_words_when_decoded_then_rfc_2047_rules(encoded: str, decoded: str) -> None:
    assert decode_words(encoded) == decoded


def test_given_several_names_for_one_address_when_read_then_the_most_used_non_empty_one(tmp_path: Path) -> None:
    box = write_mbox(tmp_path / "a.mbox", mail(to="'sam@cloudco.example' <sam@cloudco.example>"),
                     mail(to="Sam <sam@cloudco.example>"), mail(to="sam@cloudco.example"),
                     mail(sender="Sam Patel <sam@cloudco.example>", to=KIRI),
                     mail(sender="Sam Patel <Sam@CloudCo.example>", to=KIRI))
    assert read(box)[0]["sam@cloudco.example"].name == "Sam Patel"


def test_given_folded_headers_and_crlf_when_read_then_every_recipient_and_name(tmp_path: Path) -> None:
    folded = mail(sender="\n Kiri Halvorsen\n <kiri.halvorsen@example.org>",
                  to='"Doe, Jane" <jane@x.example>,\n\tSam Patel\n <sam@cloudco.example>,\n  aroha@kowhai.example',
                  newline="\r\n")
    reply = mail(sender="=?utf-8?Q?Hemi_?=\n =?utf-8?Q?P=C4=81rata?= <hemi@kowhai.example>", to=KIRI, newline="\r\n")
    people, errors = read(write_mbox(tmp_path / "a.mbox", folded, reply))
    assert errors == []
    assert counts(people) == {"jane@x.example": (1, 0), "sam@cloudco.example": (1, 0), "aroha@kowhai.example": (1, 0),
                              "hemi@kowhai.example": (0, 1)}
    assert people["jane@x.example"].name == "Doe, Jane" and people["sam@cloudco.example"].name == "Sam Patel"
    assert people["hemi@kowhai.example"].name == "Hemi P\u0101rata"


def test_given_dates_in_zones_and_broken_dates_when_read_then_first_and_last_seen_in_utc(tmp_path: Path) -> None:
    box = write_mbox(tmp_path / "a.mbox", mail(to="sam@cloudco.example", date="Tue, 03 Mar 2026 09:15:00 +1300"),
                     mail(sender="sam@cloudco.example", to=KIRI, date="1 Jun 2024 08:00:00 -0500"),
                     mail(to="sam@cloudco.example", date="Thursday sometime"),
                     mail(to="sam@cloudco.example", date=""),
                     mail(to="aroha@kowhai.example", date="Wed, 4 Mar 2026 10:00:00"))  # no zone: UTC
    people, _ = read(box)
    sam = people["sam@cloudco.example"]
    assert (sam.sent, sam.received) == (3, 1)
    assert sam.first_seen == datetime(2024, 6, 1, 13, 0, tzinfo=UTC)
    assert sam.last_seen == datetime(2026, 3, 2, 20, 15, tzinfo=UTC)
    assert people["aroha@kowhai.example"].first_seen == datetime(2026, 3, 4, 10, 0, tzinfo=UTC)
    undated, _ = read(write_mbox(tmp_path / "b.mbox", mail(to="liam@x.example", date="")))
    assert undated["liam@x.example"].first_seen is None and undated["liam@x.example"].last_seen is None


def test_given_unreadable_messages_in_an_mbox_when_read_then_each_reported_and_the_rest_counted(tmp_path: Path) -> None:
    box = write_mbox(tmp_path / "a.mbox", mail(to="sam@cloudco.example"),
                     b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
                     mail(sender="", to="", extra=("X-Note: headers without anybody",)),
                     mail(sender="undisclosed", to="undisclosed-recipients:;"),
                     mail(to="aroha@kowhai.example"))
    people, errors = read(box)
    assert counts(people) == {"sam@cloudco.example": (1, 0), "aroha@kowhai.example": (1, 0)}
    assert [(error.file, error.line) for error in errors] == [("a.mbox", 17), ("a.mbox", 22), ("a.mbox", 37)]
    assert errors[0].reason.startswith("message 2: ") and "binary" in errors[0].reason
    assert errors[1].reason == "message 3: no From or To header; skipped"
    assert errors[2].reason.startswith("message 4: no readable address")


def test_given_a_maildir_with_sent_and_drafts_folders_when_read_then_drafts_are_not_mail_sent(tmp_path: Path) -> None:
    root = write_maildir(tmp_path / "Maildir", mail(sender="sam@cloudco.example", to=KIRI), b"\x00\x01garbage")
    write_maildir(root / ".Sent", mail(to="sam@cloudco.example"), mail(to="aroha@kowhai.example"))
    write_maildir(root / ".Drafts", mail(to="liam@harbour.example"))
    people, errors = read(root)
    assert counts(people) == {"sam@cloudco.example": (1, 1), "aroha@kowhai.example": (1, 0)}
    assert len(errors) == 1 and errors[0].line == 2 and errors[0].reason.startswith("message 2: ")
    assert errors[0].file.startswith("Maildir/")


def test_given_a_folder_of_eml_files_when_read_then_each_file_is_a_message(tmp_path: Path) -> None:
    (tmp_path / "export" / "2026").mkdir(parents=True)
    (tmp_path / "export" / "Drafts").mkdir()
    (tmp_path / "export" / "a.eml").write_bytes(mail(to="sam@cloudco.example", newline="\r\n"))
    (tmp_path / "export" / "2026" / "b.EML").write_bytes(mail(sender="sam@cloudco.example", to=KIRI))
    (tmp_path / "export" / "Drafts" / "c.eml").write_bytes(mail(to="liam@harbour.example"))
    (tmp_path / "export" / "notes.txt").write_text("not mail")
    (tmp_path / "export" / "broken.eml").write_bytes(b"just some text\n")
    people, errors = read(tmp_path / "export")
    assert counts(people) == {"sam@cloudco.example": (1, 1)}
    assert [(error.file, error.line) for error in errors] == [("broken.eml", 1)]
    assert errors[0].reason.startswith("message 3: no e-mail header")


def test_given_thunderbird_local_folders_when_read_then_mbox_files_without_suffix_but_not_junk(tmp_path: Path) -> None:
    folders = tmp_path / "Local Folders"
    (folders / "Inbox.sbd").mkdir(parents=True)
    write_mbox(folders / "Inbox", mail(sender="sam@cloudco.example", to=KIRI))
    write_mbox(folders / "Inbox.sbd" / "Clients", mail(sender="aroha@kowhai.example", to=KIRI))
    write_mbox(folders / "Sent", mail(to="sam@cloudco.example"))
    write_mbox(folders / "Junk", mail(sender="win@prize.example", to=KIRI))
    write_mbox(folders / "Drafts", mail(to="liam@harbour.example"))
    (folders / "Inbox.msf").write_text("// <!-- <mdb:mork:z v=\"1.4\"/> -->")
    (folders / "draft.eml").write_bytes(mail(to="hemi@kowhai.example"))  # a message named draft, not a folder
    assert counts(read(folders)[0]) == {"sam@cloudco.example": (1, 1), "aroha@kowhai.example": (0, 1),
                                        "hemi@kowhai.example": (1, 0)}


def test_given_a_single_eml_and_gmail_labels_when_read_then_spam_and_drafts_are_skipped(tmp_path: Path) -> None:
    single = tmp_path / "reply.eml"
    separator = b"From sam@cloudco.example Tue Mar  3 09:15:00 2026\n"  # saved by a client that keeps it
    single.write_bytes(separator + mail(sender="sam@cloudco.example", to=KIRI))
    assert counts(read(single)[0]) == {"sam@cloudco.example": (0, 1)}
    box = write_mbox(tmp_path / "All mail Including Spam and Trash.mbox",
                     mail(to="liam@harbour.example", extra=("X-Gmail-Labels: Drafts",)),
                     mail(sender="win@prize.example", to=KIRI, extra=("X-Gmail-Labels: Spam,Unread",)),
                     mail(to="sam@cloudco.example", extra=('X-Gmail-Labels: "Sent,Opened"',)))
    assert counts(read(box)[0]) == {"sam@cloudco.example": (1, 0)}


@pytest.mark.parametrize(("name", "data"), [("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
                                            ("contacts.csv", b"name,email\nSam,sam@cloudco.example\n"),
                                            ("notes.eml", b"title: not mail\nauthor: me\n\nbody\n"),
                                            ("takeout.mbox", b"PK\x03\x04\x14\x00\x00\x00\x08\x00")])
def test_given_a_file_that_is_not_mail_when_read_then_import_file_error(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(ImportFileError, match="not an e-mail message"):
        list(read_correspondents(tmp_path / name, ME))


def test_given_one_eml_without_sender_or_recipients_when_read_then_a_row_error_not_a_file_error(
        tmp_path: Path) -> None:
    (tmp_path / "draft.eml").write_bytes(mail(sender="", to="", newline="\r\n"))
    assert list(read_correspondents(tmp_path / "draft.eml", ME)) == [
        RowError("draft.eml", 1, "message 1: no From or To header; skipped")]


def test_given_no_mail_an_empty_file_or_a_padded_mbox_when_read_then_error_nothing_or_its_mail(
        tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.txt").write_text("nothing here")
    with pytest.raises(ImportFileError, match="no mail in this folder"):
        list(read_correspondents(tmp_path / "empty"))
    with pytest.raises(ImportFileError, match="no such file"):
        list(read_correspondents(tmp_path / "missing.mbox"))
    (tmp_path / "Drafts").write_bytes(b"")  # Thunderbird's empty local folder
    assert list(read_correspondents(tmp_path / "Drafts")) == []
    padded = tmp_path / "padded"
    padded.write_bytes(b"\n\n" + write_mbox(tmp_path / "a.mbox", mail(to="sam@cloudco.example")).read_bytes())
    assert counts(read(padded)[0]) == {"sam@cloudco.example": (1, 0)}


def test_given_the_same_mail_read_twice_or_from_another_format_when_read_then_the_same_keys(tmp_path: Path) -> None:
    messages = [mail(to="Sam <SAM@cloudco.example>"), mail(sender="=?utf-8?Q?Aroha?= <aroha@kowhai.example>", to=KIRI)]
    box = write_mbox(tmp_path / "a.mbox", *messages)
    first = list(read_correspondents(box, ME))
    assert first == list(read_correspondents(box, ME))
    assert [person.key for person in first] == ["mail:aroha@kowhai.example", "mail:sam@cloudco.example"]
    assert first == list(read_correspondents(write_maildir(tmp_path / "md", *messages), ME))
