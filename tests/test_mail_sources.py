"""Raw messages from mbox files, .eml files and Maildir folders, with a size limit."""

from __future__ import annotations

from pathlib import Path

from linkscreen.adapters.mail_sources import is_maildir, iterate_eml, iterate_mbox


def test_given_an_mbox_when_split_then_messages_lines_and_unescaped_from_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.mbox"
    path.write_bytes(b"From a@x Mon Jan 1 00:00:00 2026\nSubject: one\n\n>From here\nFrom inside\n\n"
                     b"From b@x Mon Jan 1 00:00:00 2026\nSubject: two\n\nbody\n")
    first, second = iterate_mbox(path)
    assert first.line == 1 and first.data == b"Subject: one\n\nFrom here\nFrom inside\n"
    assert second.line == 7 and second.data.startswith(b"Subject: two")


def test_given_a_message_over_the_limit_when_read_then_only_its_head_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "big.eml"
    path.write_bytes(b"Subject: big\n\n" + b"x" * 5000)
    (raw,) = iterate_eml(path, max_bytes=1000)
    assert raw.truncated and raw.size == 5014 and raw.data.startswith(b"Subject: big")
    big = tmp_path / "big.mbox"
    big.write_bytes(b"From a@x\nSubject: big\n\n" + b"y" * 5000 + b"\n\nFrom b@x\nSubject: small\n\nok\n")
    large, small = iterate_mbox(big, max_bytes=1000)
    assert large.truncated and not small.truncated and small.data == b"Subject: small\n\nok\n"


def test_given_folders_when_checked_then_maildir_needs_cur_new_tmp(tmp_path: Path) -> None:
    for part in ("cur", "new"):
        (tmp_path / part).mkdir()
    assert not is_maildir(tmp_path)
    (tmp_path / "tmp").mkdir()
    assert is_maildir(tmp_path)
