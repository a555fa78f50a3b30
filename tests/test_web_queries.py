"""The web app's use cases and their storage queries (SQLite and PostgreSQL): the queue page, undo,
the challenge tracker, the dashboard numbers and the settings file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from linkscreen import services
from linkscreen.adapters.config import ConfigError
from linkscreen.adapters.storage import Store
from linkscreen.adapters.storage.web_tables import QueueFilter
from linkscreen.core.models import Invitation
from linkscreen.core.policy import Policy
from linkscreen.services import web_queries

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def screener() -> services.Screener:
    return services.load_screener(Path("/nonexistent-home-for-tests"), policy=Policy(waiting_days=14))


def fill(store: Store, count: int) -> None:
    with store.importing("test", "jsonl") as writer:
        for i in range(count):
            writer.add(Invitation(
                name=f"Person {i}" if i % 5 else f"O'Brien_{i}%", headline="Account Executive at Acme",
                company="Acme" if i % 2 else "Globex", message="Can we book a demo of our platform?" if i % 3 else "",
                sent_at=START + timedelta(days=i), profile_url=f"https://www.linkedin.com/in/p{i}", source="jsonl"))


def test_queue_rows_are_newest_first_filtered_and_paged(store: Store, screener: services.Screener) -> None:
    """GIVEN 12 stored requests, triaged WHEN listed by page and filter THEN order, counts and filters hold."""
    fill(store, 12)
    services.assess_queue(store, screener)
    everything = QueueFilter(statuses=("new",))
    first = store.list_queue_rows(everything, 5, 0)
    assert [s.invitation.name for s, _ in first][:2] == ["Person 11", "O'Brien_10%"]
    assert all(a is not None for _, a in first)
    assert len(store.list_queue_rows(everything, 5, 10)) == 2
    assert store.count_queue_rows(everything) == 12 and store.count_queue_rows(everything, cap=4) == 4
    action = first[0][1].action
    assert all(a.action == action for _, a in store.list_queue_rows(QueueFilter(("new",), action=action), 50))
    assert [
        s.invitation.name for s, _ in store.list_queue_rows(QueueFilter(("new",), name="brien_1"), 50)
    ] == ["O'Brien_10%"]
    assert [
        s.invitation.name for s, _ in store.list_queue_rows(QueueFilter(("new",), name="_1"), 50)
    ] == ["O'Brien_10%"]
    assert {
        s.invitation.name for s, _ in store.list_queue_rows(QueueFilter(("new",), name="0%"), 50)
    } == {"O'Brien_0%", "O'Brien_10%"}


def test_dashboard_counts(store: Store, screener: services.Screener) -> None:
    """GIVEN stored requests with decisions WHEN the dashboard is read THEN every chart adds up."""
    fill(store, 9)
    services.assess_queue(store, screener)
    ids = [s.id for s in store.list_invitations()]
    services.record_decision(store, ids[0], "accept")
    services.record_decision(store, ids[1], "ask")
    dashboard = web_queries.read_dashboard(store)
    assert sum(row["total"] for row in dashboard["requests_per_week"]) == 9
    assert {r["action"]: r["count"] for r in dashboard["actions_taken"]} == {"accept": 1, "ask": 1, "ignore": 0}
    assert {r["note"]: r["count"] for r in dashboard["empty_notes"]} == {"empty": 3, "written": 6}
    assert dashboard["top_companies"] == [{"company": "Globex", "count": 5}, {"company": "Acme", "count": 4}]


def test_weeks_start_on_monday(sqlite_store: Store) -> None:
    """GIVEN requests on a Monday and the next Sunday WHEN bucketed THEN one week, starting that Monday."""
    fill(sqlite_store, 7)
    weeks = web_queries.read_dashboard(sqlite_store)["requests_per_week"]
    assert [(w["week"], w["total"]) for w in weeks] == [("2026-01-05", 7)]


def test_list_queue_page_validates_and_reports_paging(sqlite_store: Store) -> None:
    """GIVEN 30 requests WHEN paged by 10 THEN three pages; a bad filter is a clear ValueError."""
    fill(sqlite_store, 30)
    page = web_queries.list_queue_page(sqlite_store, per_page=10, page=3)
    assert (page.total, page.pages, page.has_next, len(page.items), page.unassessed) == (30, 3, False, 10, 10)
    assert web_queries.list_queue_page(sqlite_store).unassessed == 25
    assert web_queries.list_queue_page(sqlite_store, action="ask").total is None
    searched = web_queries.list_queue_page(sqlite_store, search="person 2")
    assert searched.total is None and searched.pages is None
    for bad in ({"intent": "friend"}, {"action": "maybe"}, {"status": "lost"}, {"per_page": 1000}):
        with pytest.raises(ValueError):
            web_queries.list_queue_page(sqlite_store, **bad)


def test_undo_goes_back_one_decision_and_keeps_the_history(sqlite_store: Store) -> None:
    """GIVEN a decision WHEN undone THEN the earlier status returns; undoing twice is refused."""
    fill(sqlite_store, 1)
    identifier = sqlite_store.list_invitations()[0].id
    assert web_queries.decide_with_undo(sqlite_store, identifier, "ignore") == {
        "status": "decided", "previous_status": "new", "action": "ignore"}
    assert services.undo_decision(sqlite_store, identifier, "new") == "new"
    with pytest.raises(ValueError, match="nothing to undo"):
        services.undo_decision(sqlite_store, identifier, "new")
    assert [e.kind for e in sqlite_store.list_events(identifier)] == ["decision", "undo"]
    with pytest.raises(services.NotFoundError):
        services.undo_decision(sqlite_store, 999, "new")


def test_undo_restores_the_status_before_the_decision_as_the_history_records_it(
    sqlite_store: Store, screener: services.Screener
) -> None:
    """GIVEN decisions after new, after a reply, and an undone one WHEN undone THEN each goes back to the status
    its history records; a caller's claim that disagrees is refused (ChallengeError) and changes nothing."""
    from linkscreen.core.challenge import ChallengeError

    fill(sqlite_store, 2)
    fresh, replied = (s.id for s in sqlite_store.list_invitations())
    web_queries.decide_with_undo(sqlite_store, fresh, "accept")
    with pytest.raises(ChallengeError, match="was new, not replied"):
        services.undo_decision(sqlite_store, fresh, "replied")
    assert sqlite_store.get_invitation(fresh).status == "decided"
    assert services.undo_decision(sqlite_store, fresh) == "new"
    web_queries.decide_with_undo(sqlite_store, fresh, "ask")
    web_queries.decide_with_undo(sqlite_store, fresh, "ignore")
    assert services.undo_decision(sqlite_store, fresh) == "asked"
    services.record_reply(sqlite_store, screener, replied, "We met at the ITx conference in Wellington last year.")
    web_queries.decide_with_undo(sqlite_store, replied, "accept")
    assert services.undo_decision(sqlite_store, replied, "replied") == "replied"


def test_the_status_before_a_decision_is_replayed_from_the_history() -> None:
    """GIVEN histories WHEN replayed THEN asks, replies, expiry, returns to the queue and undos set the status;
    labels and edits do not."""
    from linkscreen.core.models import HistoryEvent
    from linkscreen.services.challenge import find_status_before_decision

    def replay(*steps: tuple[str, str, str]) -> str:
        return find_status_before_decision(
            [HistoryEvent(1, kind, value, actor, (), START) for kind, value, actor in steps])

    assert replay() == "new"
    assert replay(("label", "sales_pitch", "user"), ("edit", "headline", "user")) == "new"
    assert replay(("ask", "ask", "import"), ("reply", "pitch", "messages.csv")) == "replied"
    assert replay(("decision", "ask", "user"), ("expire", "no_reply", "policy")) == "expired"
    assert replay(("decision", "ask", "user"), ("decision", "accept", "user"), ("undo", "accept", "user")) == "asked"
    assert replay(("decision", "ignore", "user"), ("resurfaced", "new", "import")) == "new"


def test_several_statuses_add_up_and_a_page_past_the_end_says_which_is_last(sqlite_store: Store) -> None:
    """GIVEN 5 requests, one asked and one decided WHEN listed by asked+decided, and past the last page THEN
    both show; PageOutOfRange names the last page (a search's too)."""
    fill(sqlite_store, 5)
    ids = [s.id for s in sqlite_store.list_invitations()]
    services.record_decision(sqlite_store, ids[0], "ask")
    services.record_decision(sqlite_store, ids[1], "ignore")
    page = web_queries.list_queue_page(sqlite_store, ["asked", "decided"])
    assert {item["id"] for item in page.items} == set(ids[:2]) and page.total == 2
    assert web_queries.resolve_statuses(["open", "decided"]) == web_queries.STATUSES
    with pytest.raises(ValueError, match="not 'lost'"):
        web_queries.list_queue_page(sqlite_store, ["new", "lost"])
    with pytest.raises(web_queries.PageOutOfRange, match="page 3 is past the end: the last page is 2") as raised:
        web_queries.list_queue_page(sqlite_store, "all", page=3, per_page=3)
    assert raised.value.last_page == 2
    with pytest.raises(web_queries.PageOutOfRange, match="last page is 1"):
        web_queries.list_queue_page(sqlite_store, search="person", page=2)


def test_name_search_folds_accents_and_case_on_both_sides(store: Store) -> None:
    """GIVEN Lucía, Thảo and Zoë stored WHEN searched without accents, in capitals or with them THEN found, on
    SQLite and PostgreSQL alike."""
    with store.importing("test", "jsonl") as writer:
        for i, name in enumerate(["Lucía Nowak", "Thảo Kovalenko", "ZOË  Smith", "Lucas Reed"]):
            writer.add(Invitation(name=name, sent_at=START + timedelta(days=i), source="jsonl"))

    def search(text: str) -> list[str]:
        return [s.invitation.name for s, _ in store.list_queue_rows(QueueFilter(("new",), name=text), 50)]

    assert search("lucia") == search("LUCÍA") == search("ucía n") == ["Lucía Nowak"]
    assert search("thao") == search("Thảo") == ["Thảo Kovalenko"]
    assert search("zoe smith") == search("Zoë") == ["ZOË  Smith"]
    assert store.count_queue_rows(QueueFilter(("new",), name="luc")) == 2


def test_challenge_board_shows_days_left_outcome_and_final_action(
    sqlite_store: Store, screener: services.Screener
) -> None:
    """GIVEN one asked request and one replied WHEN the board is read THEN days left, outcome, action."""
    fill(sqlite_store, 2)
    first, second = (s.id for s in sqlite_store.list_invitations())
    now = datetime.now(UTC)
    services.record_decision(sqlite_store, first, "ask", now=now - timedelta(days=4))
    services.record_reply(sqlite_store, screener, second, "Sorry, I clicked connect by mistake!")
    board = web_queries.read_challenges(sqlite_store, screener, now=now)
    assert [(i["id"], i["days_left"]) for i in board.waiting] == [(first, 10)]
    assert board.replied[0]["reply_outcome"] == "accidental" and board.replied[0]["final_action"] == "ignore"
    assert board.expired == []


def test_only_linkedin_profile_urls_are_linkable() -> None:
    """GIVEN profile URLs WHEN checked THEN only https://www.linkedin.com/... survive."""
    assert web_queries.select_safe_profile_url(
        "https://www.linkedin.com/in/jane-doe"
    ) == "https://www.linkedin.com/in/jane-doe"
    for bad in ("javascript:alert(1)", "http://www.linkedin.com/in/x", "https://www.linkedin.com.evil.io/in/x",
                "https://evil.io/https://www.linkedin.com/", 'https://www.linkedin.com/in/x"onmouseover=1', ""):
        assert web_queries.select_safe_profile_url(bad) == ""


def test_settings_are_checked_before_they_are_saved(tmp_path: Path) -> None:
    """GIVEN a config with a bad preset WHEN saved THEN ConfigError naming the line, and nothing written."""
    assert web_queries.read_settings(tmp_path)["preset"] == "guarded"
    with pytest.raises(ConfigError, match=":2:"):
        web_queries.save_settings(tmp_path, '[policy]\npreset = "reckless"\n')
    assert not (tmp_path / "config.toml").exists()
    web_queries.save_settings(tmp_path, '[policy]\npreset = "open"\nwaiting_days = 7\n')
    settings = web_queries.read_settings(tmp_path)
    assert (settings["preset"], settings["waiting_days"]) == ("open", 7)


def test_given_a_broken_config_when_the_settings_are_read_then_its_text_and_the_problem(tmp_path: Path) -> None:
    """GIVEN a config.toml that does not parse WHEN read for the settings page THEN its bare text and what is wrong;
    GIVEN none THEN the example's settings and no problem."""
    from linkscreen.services.web_queries import read_settings_or_text

    settings, problem = read_settings_or_text(tmp_path)
    assert problem == "" and settings["preset"]
    (tmp_path / "config.toml").write_text('[policy]\npreset = "paranoid"\n', encoding="utf-8")
    settings, problem = read_settings_or_text(tmp_path)
    assert settings == {"text": '[policy]\npreset = "paranoid"\n'} and "paranoid" in problem
