"""Shared fixtures: every test gets its own user folder, and storage tests run on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from dovecot_server import DovecotServer, find_dovecot, run_dovecot  # noqa: E402
from postgres_server import find_pg_bin, run_postgres  # noqa: E402

from linkscreen.adapters.storage import Store  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user folder: LINKSCREEN_HOME points at a temp folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("LINKSCREEN_HOME", str(home))
    monkeypatch.delenv("LINKSCREEN_DB", raising=False)
    return home


SMALL_CORPUS_PER_INTENT = 6


@pytest.fixture
def small_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`retrain` reads a corpus of six requests per intent (the packaged corpus's first ones) instead of all
    6,881: it takes seconds, for tests of the mechanics. Returns the corpus folder."""
    import json

    from linkscreen.adapters.models import locate_packaged_corpus
    from linkscreen.services import learning

    taken: dict[str, int] = {}
    lines = []
    for path in sorted((locate_packaged_corpus() / "intent").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            intent = json.loads(line)["intent"] if line.strip() else None
            if intent and taken.get(intent, 0) < SMALL_CORPUS_PER_INTENT:
                taken[intent] = taken.get(intent, 0) + 1
                lines.append(line)
    folder = tmp_path / "small-corpus"
    (folder / "intent").mkdir(parents=True)
    (folder / "intent" / "small.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(learning, "locate_packaged_corpus", lambda: folder)
    return folder


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL server on loopback. In CI its absence is a failure, elsewhere a skip."""
    given = os.environ.get("LINKSCREEN_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    if find_pg_bin() is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL storage tests: install Debian's postgresql package")
        pytest.skip("PostgreSQL is not installed")
    with run_postgres() as url:
        yield url


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: SQLite in a temp folder, or a reset PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    url = request.getfixturevalue("postgres_url")
    _reset_postgres(url)
    return url


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    opened = Store.open(database_url)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'test.db'}")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """A real Dovecot (STARTTLS and imaps, self-signed certificate) shared by the IMAP tests; each test
    uses folders of its own name."""
    if find_dovecot() is None:
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
    with run_dovecot() as server:
        yield server
