"""The stored queue's use cases: the name search the CLI's `list` and the web queue share (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from linkscreen.adapters.storage import Store
from linkscreen.core.models import Invitation
from linkscreen.services import queue, web_queries

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def fill(store: Store, names: list[str]) -> None:
    with store.importing("test", "jsonl") as writer:
        for i, name in enumerate(names):
            writer.add(Invitation(name=name, sent_at=START + timedelta(days=i), source="jsonl"))


def test_given_accented_names_when_searched_then_the_list_and_the_web_page_find_the_same_requests(
    store: Store,
) -> None:
    """GIVEN Lucía, Lucas, Thảo and Zoë WHEN searched without accents or case THEN `find_queue_rows` (what the web
    queue's page reads) and `describe_queue` (what `list` prints) give the same requests, newest first."""
    fill(store, ["Lucía Nowak", "Thảo Kovalenko", "ZOË  Smith", "Lucas Reed"])

    def listed(text: str) -> list[str]:
        return [row["name"] for row in queue.describe_queue(store, search=text)]

    assert listed("lucia") == listed("LUCÍA") == ["Lucía Nowak"]
    assert listed("luc") == ["Lucas Reed", "Lucía Nowak"]
    assert listed("thao") == ["Thảo Kovalenko"] and listed("zoe smith") == ["ZOË  Smith"]
    assert [s.invitation.name for s, _ in queue.find_queue_rows(store, search="luc")] == listed("luc")
    assert [item["name"] for item in web_queries.list_queue_page(store, "all", search="luc").items] == listed("luc")
    assert listed("   ") == [row["name"] for row in queue.describe_queue(store)]  # blank: no search


def test_given_more_matches_than_a_page_when_listed_then_every_one_once_and_the_limit_and_offset_hold(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN seven matching names read three at a time WHEN listed with a search THEN all seven, newest first, each
    once; a limit and an offset cut them as they cut the list without a search."""
    fill(sqlite_store, [f"Lucía {n}" for n in range(7)] + ["Ana Lima"])
    monkeypatch.setattr(queue, "SEARCH_PAGE", 3)

    found = [row["name"] for row in queue.describe_queue(sqlite_store, search="lucia")]

    assert found == [f"Lucía {n}" for n in reversed(range(7))]
    assert [row["name"] for row in queue.describe_queue(sqlite_store, search="lucia", limit=4, offset=2)] == found[2:6]
    assert all("sources" in row for row in queue.describe_queue(sqlite_store, search="lucia"))
