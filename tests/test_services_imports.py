"""Importing through the service: one transaction per path, even when the process is killed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from linkscreen import services
from linkscreen.adapters.storage import Store

REPO = Path(__file__).resolve().parent.parent


def test_given_a_path_that_is_not_an_export_when_imported_then_a_failure_not_a_crash(
    sqlite_store: Store, tmp_path: Path
) -> None:
    fake = tmp_path / "export.zip"
    fake.write_bytes(b"%PDF-1.7 not a zip")
    (result,) = services.import_paths(sqlite_store, [fake])
    assert not result.ok and "zip" in result.failure.lower()
    assert sqlite_store.read_stats().imports == 0


def test_given_progress_callback_when_importing_then_it_reports_rows(sqlite_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "requests.jsonl"
    path.write_text("".join(f'{{"id": "{i}", "name": "Sender {i}"}}\n' for i in range(12000)), encoding="utf-8")
    seen: list[int] = []
    (result,) = services.import_paths(sqlite_store, [path], seen.append)
    assert result.ok and result.summary.new == {"invitations": 12000}
    assert seen[:2] == [5000, 10000]


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "export.zip"
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "make_examples.py"), "--invitations", "5000", "--messages", "80000",
         "--out", str(path)],
        check=True,
        capture_output=True,
    )
    return path


def test_given_an_import_killed_half_way_then_the_database_is_as_it_was_before(
    big_export: Path, tmp_path: Path
) -> None:
    database = tmp_path / "kill.db"
    url = f"sqlite:///{database}"
    store = Store.open(url)
    (first,) = services.import_paths(store, [REPO / "examples" / "linkedin-export.zip"])
    before = store.read_stats()
    store.close()
    journal = Path(f"{database}-journal")
    child = subprocess.Popen(
        [sys.executable, "-m", "linkscreen", "--db", url, "import", str(big_export)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not journal.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(0.3)
    assert child.poll() is None, "the import finished before it could be killed; use a bigger export"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    deadline = time.monotonic() + 10  # its reader process notices and exits too
    while _find_processes_mentioning(str(database)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _find_processes_mentioning(str(database)), "the import's reader process outlived it"

    after = Store.open(url)
    assert after.read_stats() == before
    with sqlite3.connect(database) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert first.ok


def _find_processes_mentioning(text: str) -> list[int]:
    """Process ids whose command line mentions `text` (a forked reader keeps its parent's command line)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text in (entry / "cmdline").read_bytes().decode("utf-8", "replace"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found
