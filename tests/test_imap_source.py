"""Reading invitation e-mails from IMAP: URL parsing, and a real Dovecot server (read-only, TLS, batches,
size limits, a connection that breaks half-way and a run that carries on)."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

import mail_fixtures as mails
from dovecot_server import PASSWORD, USER, CuttingProxy, DovecotServer, find_dovecot, run_dovecot
from linkscreen import services
from linkscreen.adapters.imap_source import (
    HEAD_BYTES, ImapError, ImapLoginError, encode_mailbox_name, iterate_imap_messages,
    open_folder, parse_imap_url)
from linkscreen.adapters.storage import Store
from linkscreen.core.models import Invitation

_folders = itertools.count(1)


@pytest.fixture
def folder() -> str:
    """A fresh folder name per test, so tests share one server without sharing mail."""
    return f"Test{next(_folders)}"


def url_for(server: DovecotServer, folder: str, scheme: str = "imap", port: int | None = None, query: str = "") -> str:
    default = server.imaps_port if scheme == "imaps" else server.imap_port
    return f"{scheme}://{USER}@127.0.0.1:{port or default}/{folder}{query}"


def settings_for(server: DovecotServer, folder: str, scheme: str = "imap", port: int | None = None, query: str = ""):
    return parse_imap_url(url_for(server, folder, scheme, port, query), cafile=str(server.cafile))


def mailbox_messages() -> list:
    """Invitations, a reminder of one of them, other mail and a phishing copy."""
    return [mails.modern_invitation(), mails.newsletter(), mails.html_only_invitation(), mails.phishing(),
            mails.old_2016_invitation(), mails.job_alert(), mails.reminder(), mails.old_2012_invitation(),
            *(mails.invitation_number(n) for n in range(5))]


def stored(store: Store) -> list[Invitation]:
    return sorted((row.invitation for row in store.list_invitations()), key=lambda i: (i.name, i.profile_url))


# --- the URL ---------------------------------------------------------------------------------------------------

def test_given_imap_and_imaps_urls_when_parsed_then_starttls_or_implicit_tls_with_default_ports() -> None:
    plain = parse_imap_url("imap://kiri@mail.example.org/INBOX", cafile="")
    implicit = parse_imap_url("IMAPS://kiri@mail.example.org", cafile="")
    assert (plain.tls, plain.port, plain.folder) == ("starttls", 143, "INBOX")
    assert (implicit.tls, implicit.port, implicit.folder) == ("implicit", 993, "INBOX")


def test_given_percent_encoded_user_and_folder_when_parsed_then_decoded() -> None:
    settings = parse_imap_url("imaps://kiri%40example.org@[::1]:1993/Archive/Linked%20In%20%C3%BC", cafile="")
    assert (settings.user, settings.host, settings.port) == ("kiri@example.org", "::1", 1993)
    assert settings.folder == "Archive/Linked In \u00fc"
    assert settings.label == "imaps://kiri@example.org@[::1]:1993/Archive/Linked In \u00fc"


@pytest.mark.parametrize("url, message", [
    ("imap://kiri:hunter2@mail.example.org/INBOX", "never put the password in the URL"),
    ("imaps://kiri@mail.example.org/INBOX?tls=off", "imaps:// is TLS"),
    ("imap://mail.example.org/INBOX", "needs a user and a host"),
    ("imap://kiri@mail.example.org/INBOX?verify=no", "unknown option"),
    ("imap://kiri@mail.example.org:99999/INBOX", "bad port"),
])
def test_given_a_bad_imap_url_when_parsed_then_a_clear_error_without_the_password(url: str, message: str) -> None:
    with pytest.raises(ImapError, match=message) as caught:
        parse_imap_url(url, cafile="")
    assert "hunter2" not in str(caught.value)


def test_given_tls_off_when_parsed_then_plain_text_and_shown_in_the_label() -> None:
    settings = parse_imap_url("imap://kiri@10.0.0.5/INBOX?tls=off", cafile="")
    assert settings.tls == "off" and settings.label.endswith("?tls=off")


def test_given_the_cafile_variable_when_parsed_then_used_and_a_missing_file_is_an_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    monkeypatch.setenv("LINKSCREEN_IMAP_CAFILE", str(ca))
    assert parse_imap_url("imaps://kiri@host/INBOX").cafile == str(ca)
    monkeypatch.setenv("LINKSCREEN_IMAP_CAFILE", str(tmp_path / "missing.pem"))
    with pytest.raises(ImapError, match="does not exist"):
        parse_imap_url("imaps://kiri@host/INBOX")


def test_given_folder_names_when_encoded_then_modified_utf7_and_quoted() -> None:
    assert encode_mailbox_name("Entw\u00fcrfe") == '"Entw&APw-rfe"'
    assert encode_mailbox_name('A&B "x"') == '"A&-B \\"x\\""'
    assert encode_mailbox_name("\u53f0\u5317") == '"&U,BTFw-"'


# --- a real server ---------------------------------------------------------------------------------------------

def test_given_a_folder_when_imported_then_the_same_invitations_as_the_same_messages_in_an_mbox(
        dovecot: DovecotServer, folder: str, tmp_path: Path) -> None:
    messages = mailbox_messages()
    dovecot.append([m.as_bytes() for m in messages], folder)
    from_imap = Store.open(f"sqlite:///{tmp_path / 'imap.db'}")
    from_file = Store.open(f"sqlite:///{tmp_path / 'file.db'}")
    result = services.import_imap(from_imap, settings_for(dovecot, folder), PASSWORD, batch_size=3)
    (expected,) = services.import_paths(from_file, [mails.write_mbox(tmp_path / "same.mbox", messages)])
    assert result.ok, result.failure
    assert stored(from_imap) == stored(from_file) and len(stored(from_file)) == 9
    assert [e.reason for e in result.summary.errors] == [e.reason for e in expected.summary.errors]
    assert [str(e).split(":")[:2] for e in result.summary.errors] == [["imap", folder]]
    assert [n.text for n in result.summary.notes] == [n.text for n in expected.summary.notes]
    assert from_imap.read_stats().imports == 1


def test_given_a_reminder_in_an_earlier_batch_than_its_invitation_then_the_invitation_wins_as_in_a_file(
        dovecot: DovecotServer, folder: str, tmp_path: Path) -> None:
    messages = [mails.reminder(), mails.newsletter(), mails.modern_invitation()]
    dovecot.append([m.as_bytes() for m in messages], folder)
    from_imap = Store.open(f"sqlite:///{tmp_path / 'imap.db'}")
    from_file = Store.open(f"sqlite:///{tmp_path / 'file.db'}")
    services.import_imap(from_imap, settings_for(dovecot, folder), PASSWORD, batch_size=1)
    services.import_paths(from_file, [mails.write_mbox(tmp_path / "same.mbox", messages)])
    (invitation,) = stored(from_imap)
    assert [invitation] == stored(from_file) and invitation.sent_at == datetime(
        2026, 2, 3, 8, 14, 5, tzinfo=timezone.utc
    )


def test_given_flagged_and_unread_mail_when_imported_then_no_flag_changes(dovecot: DovecotServer, folder: str,
                                                                          sqlite_store: Store) -> None:
    dovecot.append([mails.modern_invitation().as_bytes()], folder)
    dovecot.append([mails.old_2012_invitation().as_bytes()], folder, flags="\\Seen \\Flagged")
    dovecot.append([mails.newsletter().as_bytes()], folder, flags="\\Answered")
    before = dovecot.read_flags(folder)
    result = services.import_imap(sqlite_store, settings_for(dovecot, folder), PASSWORD)
    assert result.ok and result.summary.new == {"invitations": 2}
    assert dovecot.read_flags(folder) == before
    assert before[1] == frozenset() and before[2] == {b"\\Seen", b"\\Flagged"}


def test_given_a_wrong_password_when_imported_then_a_login_error_naming_server_and_user_and_nothing_stored(
        dovecot: DovecotServer, folder: str, sqlite_store: Store) -> None:
    dovecot.append([mails.modern_invitation().as_bytes()], folder)
    result = services.import_imap(sqlite_store, settings_for(dovecot, folder), "wrong password")
    assert not result.ok
    assert f"127.0.0.1:{dovecot.imap_port}" in result.failure and "'kiri'" in result.failure
    assert "refused the login" in result.failure and "wrong password" not in result.failure
    assert sqlite_store.read_stats().incoming == 0 and sqlite_store.read_stats().imports == 0
    with pytest.raises(ImapLoginError):
        list(iterate_imap_messages(settings_for(dovecot, folder), "wrong password"))


def test_given_a_missing_folder_when_imported_then_a_clear_error(dovecot: DovecotServer, sqlite_store: Store) -> None:
    result = services.import_imap(sqlite_store, settings_for(dovecot, "NoSuchFolder"), PASSWORD)
    assert "'NoSuchFolder' cannot be opened" in result.failure


def import_through_cutting_proxy(
    store: Store, dovecot: DovecotServer, folder: str, limit: int, batch_size: int
) -> tuple[services.ImportResult, bool]:
    """Import the folder through a proxy that drops the connection after `limit` bytes; say whether it cut."""
    proxy = CuttingProxy(dovecot.imap_port, limit=limit)
    try:
        result = services.import_imap(store, settings_for(dovecot, folder, port=proxy.port), PASSWORD,
                                      batch_size=batch_size)
    finally:
        proxy.close()
    return result, proxy.cut.is_set()


def test_given_a_connection_cut_half_way_then_what_was_read_stays_and_a_rerun_completes_without_duplicates(
        dovecot: DovecotServer, folder: str, tmp_path: Path, sqlite_store: Store) -> None:
    messages = [mails.invitation_number(n) for n in range(30)]
    dovecot.append([m.as_bytes() for m in messages], folder)
    cut, was_cut = import_through_cutting_proxy(sqlite_store, dovecot, folder, limit=60_000, batch_size=4)
    assert was_cut and not cut.ok
    assert "connection to 127.0.0.1" in cut.failure and "lost" in cut.failure
    assert "run the same command again" in cut.failure
    kept = len(stored(sqlite_store))
    assert 0 < kept < 30 and cut.summary.new == {"invitations": kept}
    rerun = services.import_imap(sqlite_store, settings_for(dovecot, folder), PASSWORD, batch_size=4)
    assert rerun.ok and rerun.summary.new == {"invitations": 30 - kept} and not rerun.summary.unchanged
    from_file = Store.open(f"sqlite:///{tmp_path / 'file.db'}")
    services.import_paths(from_file, [mails.write_mbox(tmp_path / "same.mbox", messages)])
    assert stored(sqlite_store) == stored(from_file)


def test_given_a_cut_after_a_held_back_reminder_then_the_rerun_reads_it_again_and_ends_as_a_file_would(
        dovecot: DovecotServer, folder: str, tmp_path: Path, sqlite_store: Store) -> None:
    messages = [mails.reminder(), *(mails.invitation_number(n) for n in range(20)), mails.modern_invitation()]
    dovecot.append([m.as_bytes() for m in messages], folder)
    cut, _ = import_through_cutting_proxy(sqlite_store, dovecot, folder, limit=50_000, batch_size=3)
    kept = len(stored(sqlite_store))
    assert not cut.ok and 0 < kept < 20 and "Aroha Ngata" not in {i.name for i in stored(sqlite_store)}
    rerun = services.import_imap(sqlite_store, settings_for(dovecot, folder), PASSWORD, batch_size=3)
    assert rerun.summary.new == {"invitations": 21 - kept} and rerun.summary.unchanged == {"invitations": kept}
    from_file = Store.open(f"sqlite:///{tmp_path / 'file.db'}")
    services.import_paths(from_file, [mails.write_mbox(tmp_path / "same.mbox", messages)])
    assert stored(sqlite_store) == stored(from_file)


def test_given_a_folder_read_before_when_imported_again_then_only_new_mail_is_read(
        dovecot: DovecotServer, folder: str, store: Store) -> None:
    dovecot.append([mails.invitation_number(n).as_bytes() for n in range(3)], folder)
    first = services.import_imap(store, settings_for(dovecot, folder), PASSWORD)
    again = services.import_imap(store, settings_for(dovecot, folder), PASSWORD)
    dovecot.append([mails.invitation_number(7).as_bytes()], folder)
    later = services.import_imap(store, settings_for(dovecot, folder), PASSWORD)
    assert first.summary.new == {"invitations": 3}
    assert again.ok and not again.summary.new and not again.summary.unchanged
    assert later.summary.new == {"invitations": 1} and len(stored(store)) == 4
    assert store.read_stats().imports == 3


def test_given_since_when_imported_then_only_mail_that_arrived_from_that_day(
        dovecot: DovecotServer, folder: str, sqlite_store: Store) -> None:
    dovecot.append([mails.old_2012_invitation().as_bytes()], folder, arrived=datetime(2012, 9, 10, tzinfo=timezone.utc))
    dovecot.append([mails.modern_invitation().as_bytes()], folder, arrived=datetime(2026, 2, 3, tzinfo=timezone.utc))
    result = services.import_imap(sqlite_store, settings_for(dovecot, folder), PASSWORD, since=date(2025, 1, 1))
    assert [i.name for i in stored(sqlite_store)] == ["Aroha Ngata"] and result.ok
    everything = services.import_imap(sqlite_store, settings_for(dovecot, folder), PASSWORD)
    assert everything.summary.new == {"invitations": 1}  # another --since starts its own bookmark


def test_given_imaps_with_the_ca_file_when_read_then_it_works(dovecot: DovecotServer, folder: str) -> None:
    dovecot.append([mails.modern_invitation().as_bytes()], folder)
    (raw,) = iterate_imap_messages(settings_for(dovecot, folder, scheme="imaps"), PASSWORD)
    assert raw.file == f"imap:{folder}" and raw.line == 1 and b"Aroha Ngata" in raw.data and not raw.truncated


@pytest.mark.parametrize("scheme", ["imap", "imaps"])
def test_given_a_self_signed_server_without_the_ca_file_then_refused_with_the_way_out(
        dovecot: DovecotServer, scheme: str) -> None:
    settings = parse_imap_url(url_for(dovecot, "INBOX", scheme), cafile="")
    with pytest.raises(ImapError, match="could not be verified") as caught:
        list(iterate_imap_messages(settings, PASSWORD))
    assert "LINKSCREEN_IMAP_CAFILE" in str(caught.value)


def test_given_a_server_without_starttls_then_imap_refuses_and_tls_off_reads(tmp_path: Path) -> None:
    if find_dovecot() is None:
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
    with run_dovecot(use_ssl=False) as plain:
        plain.append([mails.modern_invitation().as_bytes()], "Plain")
        logins_before = (plain.root / "dovecot.log").read_text().count("Login: user=<kiri>")
        with pytest.raises(ImapError, match="does not offer STARTTLS"):
            list(iterate_imap_messages(parse_imap_url(url_for(plain, "Plain"), cafile=""), PASSWORD))
        assert (plain.root / "dovecot.log").read_text().count("Login: user=<kiri>") == logins_before
        (raw,) = iterate_imap_messages(parse_imap_url(url_for(plain, "Plain", query="?tls=off"), cafile=""), PASSWORD)
        assert b"Aroha Ngata" in raw.data


def test_given_a_huge_message_when_read_then_only_its_head_is_fetched(dovecot: DovecotServer, folder: str,
                                                                       sqlite_store: Store) -> None:
    big = mails.modern_invitation()
    big.add_attachment(b"x" * 300_000, maintype="application", subtype="pdf", filename="cv.pdf")
    dovecot.append([big.as_bytes(), mails.old_2012_invitation().as_bytes()], folder)
    huge, small = iterate_imap_messages(settings_for(dovecot, folder), PASSWORD, max_message_bytes=100_000)
    assert huge.truncated and len(huge.data) == HEAD_BYTES and huge.size > 300_000
    assert not small.truncated and len(small.data) == small.size
    result = services.import_imap(sqlite_store, settings_for(dovecot, folder), PASSWORD, max_message_bytes=100_000)
    assert [i.name for i in stored(sqlite_store)] == ["Priya Raman"]
    assert "over the size limit" in result.summary.errors[0].reason and result.summary.errors[0].line == 1


def test_given_headers_only_when_read_then_each_message_header_block_without_body(dovecot: DovecotServer,
                                                                                 folder: str) -> None:
    dovecot.append([mails.modern_invitation().as_bytes(), mails.newsletter().as_bytes()], folder)
    heads = list(iterate_imap_messages(settings_for(dovecot, folder), PASSWORD, headers_only=True))
    assert [h.line for h in heads] == [1, 2] and all(h.truncated for h in heads)
    assert b"Subject: Aroha Ngata wants to connect" in heads[0].data and b"Wellington" not in heads[0].data
    assert heads[0].data.endswith(b"\r\n\r\n") and heads[0].size > len(heads[0].data)


def test_given_a_non_ascii_folder_in_the_url_when_read_then_found(dovecot: DovecotServer) -> None:
    name = "Linked&In Entw\u00fcrfe"
    dovecot.append([mails.modern_invitation().as_bytes()], encode_mailbox_name(name))
    settings = settings_for(dovecot, "Linked%26In%20Entw%C3%BCrfe")
    (raw,) = iterate_imap_messages(settings, PASSWORD)
    assert raw.file == f"imap:{name}"


def test_given_an_open_folder_then_uidvalidity_is_known_and_batches_end_at_the_last_uid(
        dovecot: DovecotServer, folder: str) -> None:
    dovecot.append([mails.invitation_number(n).as_bytes() for n in range(5)], folder)
    with open_folder(settings_for(dovecot, folder), PASSWORD) as opened:
        batches = list(opened.iterate_batches(after_uid=1, batch_size=2))
        assert opened.uidvalidity > 0
    assert [b.last_uid for b in batches] == [3, 5] and [m.line for b in batches for m in b.messages] == [2, 3, 4, 5]


def test_given_the_server_gone_when_connecting_then_a_clear_error(dovecot: DovecotServer) -> None:
    proxy = CuttingProxy(dovecot.imap_port, limit=0)
    proxy.close()
    with pytest.raises(ImapError, match=f"cannot connect to the IMAP server 127.0.0.1:{proxy.port}"):
        list(iterate_imap_messages(settings_for(dovecot, "INBOX", port=proxy.port), PASSWORD))
