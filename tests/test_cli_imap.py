"""`linkscreen import imap[s]://...` end to end against a real Dovecot, through Typer's runner."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from typer.testing import CliRunner

import mail_fixtures as mails
from dovecot_server import PASSWORD, USER, CuttingProxy, DovecotServer
from linkscreen.cli import app

runner = CliRunner()
_folders = itertools.count(1)


@pytest.fixture
def folder(dovecot: DovecotServer) -> str:
    """A fresh folder holding two invitations and a newsletter."""
    name = f"Cli{next(_folders)}"
    messages = [mails.modern_invitation(), mails.newsletter(), mails.old_2012_invitation()]
    dovecot.append([m.as_bytes() for m in messages], name)
    return name


@pytest.fixture
def trusted(dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test server's CA is trusted, no password in the environment."""
    monkeypatch.setenv("LINKSCREEN_IMAP_CAFILE", str(dovecot.cafile))
    monkeypatch.delenv("LINKSCREEN_IMAP_PASSWORD", raising=False)


class Ran:
    """A CLI run with its output lines unwrapped (the console wraps long lines at 80 columns)."""

    def __init__(self, result) -> None:
        self.exit_code = result.exit_code
        self.stdout = result.stdout
        self.stderr = " ".join(result.stderr.split())
        self.output = result.output


def run(*args: str, stdin: str | None = None, password: str | None = PASSWORD) -> Ran:
    env = {"LINKSCREEN_IMAP_PASSWORD": password} if password is not None else {}
    return Ran(runner.invoke(app, list(args), input=stdin, env=env))


def counts_of(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines() if "new," in line]


def test_given_an_imaps_folder_when_imported_twice_then_the_invitations_once_and_nothing_new_after(
        dovecot: DovecotServer, folder: str, trusted: None) -> None:
    url = f"imaps://{USER}@127.0.0.1:{dovecot.imaps_port}/{folder}"
    first = run("import", url)
    second = run("import", url)
    assert first.exit_code == 0, first.output
    assert f"imaps://{USER}@127.0.0.1:{dovecot.imaps_port}/{folder} (invitation-email)" in first.stdout
    assert counts_of(first.stdout) == ["invitations: 2 new, 0 updated, 0 unchanged"]
    assert f"note: imap:{folder}: 1 message was not a LinkedIn invitation" in first.stdout
    assert second.exit_code == 0 and counts_of(second.stdout) == []
    assert len(run("list", "--json").stdout.splitlines()) == 2


def test_given_no_password_variable_when_imported_then_asked_hidden_and_never_shown(
        dovecot: DovecotServer, folder: str, trusted: None) -> None:
    result = run("import", f"imap://{USER}@127.0.0.1:{dovecot.imap_port}/{folder}", stdin=PASSWORD + "\n",
                 password=None)
    assert result.exit_code == 0, result.output
    assert "IMAP password for kiri at 127.0.0.1" in result.stderr
    assert PASSWORD not in result.output and counts_of(result.stdout)[0].startswith("invitations: 2 new")


def test_given_a_wrong_password_when_imported_then_exit_1_naming_server_and_user_and_nothing_imported(
        dovecot: DovecotServer, folder: str, trusted: None) -> None:
    result = run("import", f"imap://{USER}@127.0.0.1:{dovecot.imap_port}/{folder}", password="not it")
    assert result.exit_code == 1
    assert "refused the login of user 'kiri'" in result.stderr and f"127.0.0.1:{dovecot.imap_port}" in result.stderr
    assert "[AUTHENTICATIONFAILED]" in result.stderr and "not it" not in result.output
    assert run("list", "--json").stdout == ""


def test_given_a_password_in_the_url_when_imported_then_refused_without_showing_it(trusted: None) -> None:
    result = run("import", "imaps://kiri:hunter2@127.0.0.1:1/INBOX")
    assert result.exit_code == 1
    assert "never put the password in the URL" in result.stderr and "hunter2" not in result.output
    assert "imaps://kiri:***@127.0.0.1:1/INBOX" in result.stderr


def test_given_tls_off_when_imported_then_a_warning_and_it_reads(dovecot: DovecotServer, folder: str,
                                                                 trusted: None) -> None:
    result = run("import", f"imap://{USER}@127.0.0.1:{dovecot.imap_port}/{folder}?tls=off")
    assert result.exit_code == 0, result.output
    assert "warning" in result.stderr and "plain text" in result.stderr
    assert counts_of(result.stdout)[0].startswith("invitations: 2 new")


def test_given_a_self_signed_server_without_the_ca_variable_then_exit_1_with_the_way_out(
        dovecot: DovecotServer, folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LINKSCREEN_IMAP_CAFILE", raising=False)
    result = run("import", f"imaps://{USER}@127.0.0.1:{dovecot.imaps_port}/{folder}")
    assert result.exit_code == 1
    assert "could not be verified" in result.stderr and "LINKSCREEN_IMAP_CAFILE" in result.stderr


def test_given_a_file_and_a_folder_when_imported_together_then_both_summaries_in_order(
        dovecot: DovecotServer, folder: str, trusted: None, tmp_path: Path) -> None:
    mbox = mails.write_mbox(tmp_path / "other.mbox", [mails.html_only_invitation()])
    result = run("import", str(mbox), f"imaps://{USER}@127.0.0.1:{dovecot.imaps_port}/{folder}")
    assert result.exit_code == 0, result.output
    assert counts_of(result.stdout) == ["invitations: 1 new, 0 updated, 0 unchanged",
                                        "invitations: 2 new, 0 updated, 0 unchanged"]
    assert result.stdout.index("other.mbox") < result.stdout.index("imaps://")


def test_given_a_connection_cut_half_way_then_exit_1_with_what_was_kept_and_a_rerun_finishes(
        dovecot: DovecotServer, trusted: None) -> None:
    name = f"Cli{next(_folders)}"
    dovecot.append([mails.invitation_number(n).as_bytes() for n in range(400)], name)
    proxy = CuttingProxy(dovecot.imap_port, limit=900_000)  # batches of 200 messages of about 3 KB
    try:
        cut = run("import", f"imap://{USER}@127.0.0.1:{proxy.port}/{name}")
    finally:
        proxy.close()
    assert cut.exit_code == 1 and "was lost" in cut.stderr and "run the same command again" in cut.stderr
    (kept,) = counts_of(cut.stdout)
    assert kept.startswith("invitations: 200 new")
    rerun = run("import", f"imap://{USER}@127.0.0.1:{dovecot.imap_port}/{name}")
    assert rerun.exit_code == 0 and counts_of(rerun.stdout) == ["invitations: 200 new, 0 updated, 0 unchanged"]


def test_given_since_when_imported_then_only_newer_mail(dovecot: DovecotServer, folder: str, trusted: None) -> None:
    result = run("import", "--since", "2999-01-01", f"imaps://{USER}@127.0.0.1:{dovecot.imaps_port}/{folder}")
    assert result.exit_code == 0 and counts_of(result.stdout) == []


def test_given_help_then_imap_is_explained() -> None:
    result = runner.invoke(app, ["import", "--help"], env={"COLUMNS": "200"})
    assert "imaps://user@host" in result.stdout and "LINKSCREEN_IMAP_PASSWORD" in result.stdout
    assert "--since" in result.stdout


def test_given_an_imap_folder_when_added_as_evidence_then_correspondents_from_headers_and_flags_untouched(
        dovecot: DovecotServer, trusted: None) -> None:
    """`evidence add imap`: who wrote to whom, from headers only, read-only; re-adding refreshes."""
    name = f"Evidence{next(_folders)}"
    me = "kiri@example.org"

    def message(sender: str, to: str, subject: str) -> bytes:
        return (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: Tue, 05 Mar 2024 10:00:00 +1300\r\n"
                f"Message-ID: <{subject.replace(' ', '.')}@example.org>\r\n\r\nbody\r\n").encode()

    dovecot.append([
        message(f"Kiri <{me}>", "Sarah Lee <sarah.lee@datacom.co.nz>", "budget one"),
        message(f"Kiri <{me}>", "Sarah Lee <sarah.lee@datacom.co.nz>", "budget two"),
        message("Sarah Lee <sarah.lee@datacom.co.nz>", me, "re budget"),
    ], name)
    flags_before = dovecot.read_flags(name)
    url = f"imaps://{USER}@127.0.0.1:{dovecot.imaps_port}/{name}"
    first = run("evidence", "add", "imap", url)
    again = run("evidence", "add", "imap", url)
    assert first.exit_code == 0, first.output
    assert "people: 1 new" in first.stdout and "people: 0 new" in again.stdout
    shown = run("evidence", "show", f"imap:{USER}@127.0.0.1:{dovecot.imaps_port}/{name}")
    assert "Sarah Lee <sarah.lee@datacom.co.nz> sent 2, received 1" in shown.stdout
    assert dovecot.read_flags(name) == flags_before
    refused = run("evidence", "add", "imap", url, password="wrong")
    assert refused.exit_code == 1 and "login" in refused.output.lower()


def test_given_an_imap_folder_when_triage_imports_it_first_then_its_requests_are_triaged(
        dovecot: DovecotServer, folder: str, trusted: None) -> None:
    url = f"imaps://{USER}@127.0.0.1:{dovecot.imaps_port}/{folder}"
    result = run("triage", url)
    assert result.exit_code == 0, result.output
    assert "invitations: 2 new" in result.stdout and "2 open requests" in result.stdout


def test_given_a_new_headline_in_a_later_imap_message_when_imported_then_the_change_is_noted(
        dovecot: DovecotServer, trusted: None) -> None:
    """Batch-committed IMAP imports report what merging did, as single-transaction imports do."""
    name = f"Changes{next(_folders)}"
    url = f"imaps://{USER}@127.0.0.1:{dovecot.imaps_port}/{name}"
    dovecot.append([mails.modern_invitation().as_bytes()], name)
    assert run("import", url).exit_code == 0
    old, new = "Head of Talent at K\u014dwhai Recruitment", "Chief People Officer at Rata Health"
    changed = mails.make_message("Aroha Ngata wants to connect", "Aroha Ngata via LinkedIn <invitations@linkedin.com>",
                                 mails.MODERN_TEXT.replace(old, new), mails.MODERN_HTML.replace(old, new))
    dovecot.append([changed.as_bytes()], name)
    second = run("import", url)
    assert second.exit_code == 0, second.output
    assert "got a new headline or company" in " ".join(second.stdout.split())
