"""The HTML pages without a browser: CSRF on every form, settings validation, import jobs, CSV files."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from linkscreen.web import create_app
from linkscreen.web.charts import build_bar_chart, write_chart_csv

HOSTILE = {"id": "1", "name": "<script>alert(1)</script>", "headline": "{{7*7}}", "company": "=HYPERLINK(\"x\")",
           "message": "<img src=x onerror=alert(1)>", "sent_at": "2026-01-02T10:00:00Z",
           "profile_url": "javascript:alert(1)"}


@pytest.fixture
def client(tmp_path: Path, user_home: Path) -> TestClient:
    return TestClient(create_app(db_url=f"sqlite:///{tmp_path / 'web.db'}", home=user_home))


def read_csrf(client: TestClient, path: str = "/queue") -> str:
    page = client.get(path).text
    return re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)


def import_through_the_page(client: TestClient, name: str, body: bytes) -> str:
    token = read_csrf(client, "/import")
    response = client.post("/import", data={"csrf_token": token}, files=[("files", (name, body, "text/plain"))],
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    for _ in range(200):
        page = client.get(location).text
        if 'data-state="done"' in page or 'data-state="failed"' in page:
            return page
        time.sleep(0.05)
    raise AssertionError("the import did not finish")


def test_forms_without_the_csrf_token_are_refused(client: TestClient) -> None:
    """GIVEN no or a wrong CSRF token WHEN a form is posted THEN 403 and nothing happens."""
    client.get("/queue")
    assert client.post("/settings", data={"text": "[policy]\n"}).status_code == 403
    assert client.post("/settings", data={"text": "", "csrf_token": "x" * 32}).status_code == 403
    assert client.post("/queue/triage").status_code == 403
    assert client.post("/challenges/1/reply", data={"text": "hi"}).status_code == 403
    assert client.post("/import", files=[("files", ("a.jsonl", b"{}", "text/plain"))]).status_code == 403
    assert client.post("/queue/1/label", data={"intent": "sales_pitch"}).status_code == 403
    assert client.post("/queue/1/edit", data={"headline": "CIO", "csrf_token": "x" * 32}).status_code == 403
    assert client.post("/settings/retrain").status_code == 403
    assert client.post("/settings/retrain", data={"csrf_token": "x" * 32}).status_code == 403
    assert client.post("/settings/reset-model").status_code == 403
    assert client.get("/api/v1/model").json()["model"] == "shipped"


def test_import_page_runs_a_job_and_shows_the_summary_with_rejected_lines(client: TestClient) -> None:
    """GIVEN a file with one good and one bad line WHEN imported through the page THEN counts and file:line."""
    body = (json.dumps(HOSTILE) + "\n{broken\n").encode()
    page = import_through_the_page(client, "hostile.jsonl", body)
    assert "Done" in page and "hostile.jsonl:2" in page and 'class="rejected">1<' in page


def test_sender_text_is_escaped_in_every_page(client: TestClient) -> None:
    """GIVEN hostile sender text WHEN pages render THEN it is escaped and the profile is not linked."""
    import_through_the_page(client, "hostile.jsonl", (json.dumps(HOSTILE) + "\n").encode())
    queue = client.get("/queue").text
    assert "<script>alert(1)</script>" not in queue and "&lt;script&gt;alert(1)&lt;/script&gt;" in queue
    assert "<img src=x" not in queue and "{{7*7}}" in queue and "javascript:" not in queue
    dashboard = client.get("/dashboard").text
    assert "=HYPERLINK(&#34;x&#34;)" in dashboard
    csv_text = client.get("/dashboard/top_companies.csv").text
    assert "'=HYPERLINK" in csv_text


def test_settings_page_checks_then_saves(client: TestClient, user_home: Path) -> None:
    """GIVEN a bad then a good config WHEN saved through the page THEN 422 naming the line, then saved."""
    token = read_csrf(client, "/settings")
    bad = client.post("/settings", data={"text": '[policy]\npreset = "reckless"\n', "csrf_token": token})
    assert bad.status_code == 422 and "reckless" in bad.text and not (user_home / "config.toml").exists()
    good = client.post("/settings", data={"text": '[policy]\npreset = "hiring"\n', "csrf_token": token})
    assert good.status_code == 200 and "Saved" in good.text
    assert 'class="preset">hiring<' in client.get("/settings").text


def test_triage_button_and_reply_form(client: TestClient) -> None:
    """GIVEN an untriaged import WHEN triage and a pasted reply are posted THEN the tracker shows the outcome."""
    import_through_the_page(client, "one.jsonl", (json.dumps({**HOSTILE, "name": "Ana Lima"}) + "\n").encode())
    token = read_csrf(client)
    assert client.post("/queue/triage", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    identifier = client.get("/api/v1/invitations").json()["items"][0]["id"]
    reply = client.post(
        f"/challenges/{identifier}/reply", data={"text": "Oops, clicked by mistake", "csrf_token": token}
    )
    assert reply.status_code == 200 and "accidental" in reply.text
    empty = client.post(f"/challenges/{identifier}/reply", data={"text": " ", "csrf_token": token},
                        headers={"accept": "text/html"})
    assert empty.status_code == 400 and "the reply is empty" in empty.text


SALES = {"id": "s1", "name": "Ana Lima", "headline": "Sales Director", "message": "", "sent_at": "2026-01-02T10:00:00Z",
         "profile_url": "https://www.linkedin.com/in/ana"}


def import_and_triage(client: TestClient, row: dict) -> tuple[int, str]:
    """Import one request through the page and triage it; return its id and a CSRF token."""
    import_through_the_page(client, "one.jsonl", (json.dumps(row) + "\n").encode())
    token = read_csrf(client)
    assert client.post("/queue/triage", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    return client.get("/api/v1/invitations").json()["items"][0]["id"], token


def read_card_html(client: TestClient, identifier: int) -> str:
    page = client.get("/queue").text
    return re.search(rf'<article [^>]*id="request-{identifier}".*?</article>', page, re.S).group(0)


def test_an_asked_request_waits_for_its_reply_on_the_card_instead_of_proposing_the_question_again(
    client: TestClient,
) -> None:
    """GIVEN a triaged request the card proposes to ask WHEN the user says they asked THEN the card shows when, waits
    for the reply instead of offering the question again, and its reply form judges the answer."""
    pitch = {
        **SALES, "message": "Hi, our platform cuts cloud spend by 30%. Could I get 15 minutes next week to show you?"
    }
    identifier, token = import_and_triage(client, pitch)
    card = read_card_html(client, identifier)
    assert "proposed: ask" in card and "Copy reply" in card and "waiting for a reply" not in card
    decided = client.post(f"/api/v1/invitations/{identifier}/decision", json={"action": "ask"},
                          headers={"x-csrf-token": token})
    assert decided.status_code == 200, decided.text

    card = read_card_html(client, identifier)

    asked_on = client.get(f"/api/v1/invitations/{identifier}").json()["asked_at"][:10]
    assert "waiting for a reply" in card and f"You asked on {asked_on}" in card
    assert "proposed: ask" not in card and "Copy reply" not in card and 'data-action="ask"' not in card
    assert f'action="/challenges/{identifier}/reply"' in card
    reply = client.post(
        f"/challenges/{identifier}/reply", data={"text": "Sorry, clicked by mistake", "csrf_token": token}
    )
    assert reply.status_code == 200 and "accidental" in reply.text


def test_correct_this_labels_a_request_and_the_card_shows_the_label_at_once(client: TestClient) -> None:
    """GIVEN a triaged sales director WHEN "Correct this" posts recruiter_for_you THEN 303 back to the card, the card's
    intent badge and selected option are the label, its first reason says so and the action is the policy's for it."""
    identifier, token = import_and_triage(client, SALES)
    card = read_card_html(client, identifier)
    assert "<summary>Correct this</summary>" in card and f'action="/queue/{identifier}/label"' in card
    assert '<option value="sales_long_game" selected>' in card and f'<label for="intent-{identifier}">' in card

    response = client.post(f"/queue/{identifier}/label", data={"intent": "recruiter_for_you", "csrf_token": token},
                           follow_redirects=False)

    assert response.status_code == 303 and response.headers["location"] == f"/queue#request-{identifier}"
    card = read_card_html(client, identifier)
    assert re.search(r'class="badge intent">recruiter_for_you <small>100%', card)
    assert '<option value="recruiter_for_you" selected>' in card and "proposed: ask" in card
    item = client.get("/api/v1/invitations").json()["items"][0]
    assert item["signals"][0].startswith("you labelled this recruiter_for_you")
    history = client.get(f"/api/v1/invitations/{identifier}").json()["history"]
    assert [(e["what"], e["value"], e["who"]) for e in history] == [("label", "recruiter_for_you", "user")]


def test_correct_this_refuses_a_bad_intent_an_unknown_id_and_a_missing_token(client: TestClient) -> None:
    """GIVEN a triaged request WHEN labelled with no CSRF token, a made-up intent or an unknown id THEN 403, 400, 404
    and nothing is recorded."""
    identifier, token = import_and_triage(client, SALES)
    assert client.post(f"/queue/{identifier}/label", data={"intent": "known_contact"}).status_code == 403
    bad = client.post(f"/queue/{identifier}/label", data={"intent": "friend", "csrf_token": token},
                      headers={"accept": "text/html"})
    assert bad.status_code == 400 and "intent must be one of" in bad.text
    assert client.post("/queue/999/label", data={"intent": "known_contact", "csrf_token": token}).status_code == 404
    assert client.get(f"/api/v1/invitations/{identifier}").json()["history"] == []
    assert '<option value="sales_long_game" selected>' in read_card_html(client, identifier)


def test_correct_this_edits_fields_keeps_them_and_reassesses(client: TestClient) -> None:
    """GIVEN a triaged request WHEN the fields form changes headline, location and mutual connections THEN 303, the
    card shows them, the intent follows the new headline, only the changed fields are the user's; a bad count is a
    400 saying why, an unknown id a 404."""
    identifier, token = import_and_triage(client, SALES)
    form = {"headline": "IT Recruiter", "company": "", "location": "Wellington", "mutual_connections": "7",
            "csrf_token": token}

    response = client.post(f"/queue/{identifier}/edit", data=form, follow_redirects=False)

    assert response.status_code == 303 and response.headers["location"] == f"/queue#request-{identifier}"
    card = read_card_html(client, identifier)
    assert "IT Recruiter" in card and "7 mutual" in card and 'value="Wellington"' in card
    assert 'class="badge intent">recruiter_networking' in card
    sources = client.get(f"/api/v1/invitations/{identifier}").json()["sources"]
    assert sources["headline"] == "user" and sources["location"] == "user" and sources.get("company") != "user"
    bad = client.post(f"/queue/{identifier}/edit", data={**form, "mutual_connections": "-2"},
                      headers={"accept": "text/html"})
    assert bad.status_code == 400 and "mutual_connections must be a whole number" in bad.text
    assert client.post("/queue/999/edit", data=form).status_code == 404


def read_problem(page: str) -> str:
    """The message of an error page (unescaped enough for the tests)."""
    found = re.search(r'<p class="problem"[^>]*>(.*?)</p>', page, re.S)
    return found.group(1).replace("&#39;", "'") if found else ""


def test_the_decision_buttons_are_a_form_that_works_without_javascript(client: TestClient) -> None:
    """GIVEN a card WHEN its Ignore button's form is posted (no JavaScript) THEN the decision is recorded and the
    browser goes back to the same queue page at that card; without the CSRF token 403, with a made-up action 400."""
    identifier, token = import_and_triage(client, SALES)
    card = read_card_html(client, identifier)
    form = re.search(r'<form class="buttons" method="post" action="([^"]+)">(.*?)</form>', card, re.S)
    assert form and form.group(1) == f"/queue/{identifier}/decision"
    assert re.findall(r'<button type="submit" class="decide" name="action" value="(\w+)"', form.group(2)) == [
        "accept", "ask", "ignore"]
    assert f'name="csrf_token" value="{token}"' in form.group(2)

    response = client.post(form.group(1), data={"csrf_token": token, "action": "ignore", "next": "/queue?status=all"},
                           follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"] == f"/queue?status=all&decided={identifier}#flash"
    assert client.get(f"/api/v1/invitations/{identifier}").json()["status"] == "decided"
    assert client.post(form.group(1), data={"action": "accept"}).status_code == 403
    bad = client.post(form.group(1), data={"action": "shrug", "csrf_token": token})
    assert bad.status_code == 400 and "action must be one of" in read_problem(bad.text)
    elsewhere = client.post(form.group(1), data={"action": "accept", "csrf_token": token,
                                                 "next": "https://evil.example/queue"}, follow_redirects=False)
    assert elsewhere.headers["location"] == f"/queue?decided={identifier}#flash"


def test_given_a_decision_made_through_the_plain_form_when_the_page_loads_then_its_undo_is_a_form_too(
    client: TestClient,
) -> None:
    """GIVEN a card decided through its form (no JavaScript) WHEN the browser lands on the queue THEN a confirmation
    names the decision and offers an Undo form (CSRF-protected) that takes it back through `services.undo_decision`,
    as the API's undo does, and then says so; undoing again is refused and changes nothing."""
    identifier, token = import_and_triage(client, SALES)
    decided = client.post(f"/queue/{identifier}/decision", follow_redirects=False,
                          data={"csrf_token": token, "action": "ignore", "next": "/queue?status=all"})
    landing = client.get(decided.headers["location"]).text
    flash = re.search(r'<div id="flash"[^>]*>(.*?)</div>', landing, re.S)
    assert flash and "Ignore recorded for Ana Lima (now decided)." in " ".join(flash.group(1).split())
    form = re.search(r'<form class="undo" method="post" action="([^"]+)">(.*?)</form>', flash.group(1), re.S)
    assert form and form.group(1) == f"/queue/{identifier}/undo"
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', form.group(2)))
    assert fields == {"csrf_token": token, "next": "/queue?status=all", "previous_status": "new"}
    assert client.post(form.group(1), data={"previous_status": "new"}).status_code == 403
    assert client.get(f"/api/v1/invitations/{identifier}").json()["status"] == "decided"

    undone = client.post(form.group(1), data=fields, follow_redirects=False)

    assert undone.status_code == 303 and undone.headers["location"] == f"/queue?status=all&undone={identifier}#flash"
    detail = client.get(f"/api/v1/invitations/{identifier}").json()
    assert detail["status"] == "new" and [h["what"] for h in detail["history"]][-2:] == ["decision", "undo"]
    after = client.get(undone.headers["location"]).text
    said = re.search(r'<div id="flash"[^>]*>(.*?)</div>', after, re.S)
    assert said and "Undid ignore for Ana Lima: back to new." in " ".join(said.group(1).split())
    assert 'class="undo"' not in after
    again = client.post(form.group(1), data=fields)
    assert again.status_code == 400 and "nothing to undo" in read_problem(again.text)
    assert 'id="flash"' not in client.get(f"/queue?decided={identifier}").text  # no longer its latest step
    assert 'id="flash"' not in client.get("/queue?decided=99999").text


def test_given_a_stale_undo_form_when_the_request_was_decided_again_elsewhere_then_409_and_nothing_changes(
    client: TestClient,
) -> None:
    """GIVEN an Undo form for "ask" (back to new) WHEN the request was meanwhile asked, then ignored through the API
    THEN the form's expected status disagrees with the history: 409, and the request stays decided."""
    identifier, token = import_and_triage(client, SALES)
    client.post(f"/queue/{identifier}/decision", data={"csrf_token": token, "action": "ask"})
    client.post(f"/api/v1/invitations/{identifier}/decision", json={"action": "ignore"},
                headers={"x-csrf-token": token})
    stale = client.post(f"/queue/{identifier}/undo", data={"csrf_token": token, "previous_status": "new"})
    assert stale.status_code == 409 and "nothing undone" in read_problem(stale.text)
    assert client.get(f"/api/v1/invitations/{identifier}").json()["status"] == "decided"


def test_a_decision_that_empties_the_last_page_goes_back_to_the_page_before(client: TestClient) -> None:
    """GIVEN 3 new requests, 2 a page WHEN the one card of page 2 is decided THEN back to page 1, not past the end."""
    rows = [{**SALES, "id": f"s{i}", "name": f"Ana {i}", "profile_url": f"https://www.linkedin.com/in/a{i}",
             "sent_at": f"2026-01-0{i + 1}T10:00:00Z"} for i in range(3)]
    import_through_the_page(client, "three.jsonl", "".join(json.dumps(row) + "\n" for row in rows).encode())
    token = read_csrf(client)
    last = re.search(r'action="/queue/(\d+)/decision"', client.get("/queue?per_page=2&page=2").text).group(1)
    response = client.post(f"/queue/{last}/decision", follow_redirects=False,
                           data={"csrf_token": token, "action": "ignore", "next": "/queue?per_page=2&page=2"})
    assert response.headers["location"] == f"/queue?per_page=2&decided={last}#flash"


def test_page_errors_are_pages_in_the_site_layout_with_a_way_back(client: TestClient) -> None:
    """GIVEN requests as curl or htmx send them (Accept */*) WHEN a form value, the CSRF token, a path, a filter
    or a page number is wrong THEN an HTML page with the message and a link back; /api/ and clients that ask for
    JSON still get JSON."""
    identifier, token = import_and_triage(client, SALES)
    cases = [
        (client.post(f"/queue/{identifier}/edit", data={"mutual_connections": "abc", "csrf_token": token}), 400,
         "mutual_connections must be a whole number", f"/queue#request-{identifier}"),
        (client.post(f"/queue/{identifier}/edit", data={"headline": "CIO", "csrf_token": "x" * 32}), 403,
         "CSRF token", f"/queue#request-{identifier}"),
        (client.get("/evidence/source", params={"name": "nope"}), 404, "no evidence source named 'nope'", "/evidence"),
        (client.get("/queue", params={"status": "bogus"}), 400, "status must be open, all or one of", "/queue"),
        (client.get("/queue", params={"page": 0}), 422, "page", "/queue"),
        (client.get("/nowhere"), 404, "There is no page at /nowhere.", "/queue"),
        (client.get("/queue", params={"page": 999}), 404, "page 999 is past the end: the last page is 1", "/queue"),
    ]
    for response, status, message, back in cases:
        assert response.status_code == status and response.headers["content-type"].startswith("text/html")
        assert message in read_problem(response.text), response.text
        assert '<nav>' in response.text and f'<a href="{back}">Back to' in response.text
    assert 'href="/queue">Go to the last page (1)</a>' in client.get("/queue", params={"page": 999}).text
    assert client.get("/api/v1/nowhere").json()["status"] == 404
    assert client.get("/nowhere", headers={"accept": "application/json"}).json()["status"] == 404


def test_the_access_token_and_size_limits_answer_browsers_with_a_page(tmp_path: Path) -> None:
    """GIVEN a server with an access token and a small upload limit WHEN a page is asked for without the token, or
    an upload is too large THEN a small HTML page saying so (the API keeps JSON)."""
    app = create_app(db_url=f"sqlite:///{tmp_path / 'web.db'}", token="s3cret-token-for-tests", upload_limit=1024)
    anonymous = TestClient(app)
    page = anonymous.get("/queue")
    assert page.status_code == 401 and "needs its access token" in read_problem(page.text)
    assert anonymous.get("/api/v1/stats").json()["status"] == 401
    client = TestClient(app, headers={"Authorization": "Bearer s3cret-token-for-tests"})
    big = client.post("/import", files=[("files", ("big.jsonl", b"x" * 4000, "text/plain"))])
    assert big.status_code == 413 and "larger than the limit" in read_problem(big.text)


def test_several_statuses_filter_the_queue_page_together(client: TestClient) -> None:
    """GIVEN one asked and one decided request WHEN /queue?status=asked&status=decided THEN both cards show."""
    rows = [{**SALES, "id": f"s{i}", "name": f"Ana {i}", "profile_url": f"https://www.linkedin.com/in/a{i}"}
            for i in range(3)]
    import_through_the_page(client, "three.jsonl", "".join(json.dumps(row) + "\n" for row in rows).encode())
    ids = [item["id"] for item in client.get("/api/v1/invitations").json()["items"]]
    token = read_csrf(client)
    client.post(f"/queue/{ids[0]}/decision", data={"csrf_token": token, "action": "ask"})
    client.post(f"/queue/{ids[1]}/decision", data={"csrf_token": token, "action": "ignore"})
    page = client.get("/queue", params=[("status", "asked"), ("status", "decided")]).text
    assert sorted(int(i) for i in re.findall(r'<article [^>]*data-id="(\d+)"', page)) == sorted(ids[:2])
    assert "2 requests" in page and '<option value="asked" selected>' in page


def test_queue_partial_for_htmx_and_bad_filters(client: TestClient) -> None:
    """GIVEN an htmx filter request WHEN served THEN only the list; a bad filter is a 400 page."""
    partial = client.get("/queue", params={"status": "all"}, headers={"hx-request": "true", "hx-target": "queue-list"})
    assert partial.text.lstrip().startswith('<section id="queue-list"')
    bad = client.get("/queue", params={"intent": "friend"}, headers={"accept": "text/html"})
    assert bad.status_code == 400 and "intent must be one of" in bad.text


def test_static_assets_come_from_the_package(client: TestClient) -> None:
    """GIVEN the app WHEN htmx and its licence are fetched THEN they are served locally."""
    assert "htmx" in client.get("/static/htmx.min.js").text[:2000]
    assert "Zero-Clause BSD" in client.get("/static/htmx-LICENSE.txt").text
    assert "cdn" not in client.get("/queue").text.lower()


def test_bar_chart_geometry_and_csv() -> None:
    """GIVEN counts WHEN charted THEN bars scale to the largest; CSV has a header and every row."""
    chart = build_bar_chart([{"a": "x", "count": 4}, {"a": "y", "count": 2}], "a")
    assert chart["bars"][1]["width"] == chart["bars"][0]["width"] / 2
    assert write_chart_csv(
        [{"week": "2026-01-05", "unknown": 2}, {"week": "2026-01-12", "sales_pitch": 1}]
    ).splitlines() == ["week,unknown,sales_pitch", "2026-01-05,2,0", "2026-01-12,0,1"]


def test_a_request_back_in_the_queue_shows_why_on_its_card(client: TestClient, tmp_path: Path) -> None:
    """GIVEN a decided request whose headline changed on a later import WHEN the queue is shown THEN the card says
    why."""
    from datetime import UTC, datetime

    from linkscreen.adapters.storage import Store
    from linkscreen.core.models import HistoryEvent, Invitation

    store = Store.open(f"sqlite:///{tmp_path / 'web.db'}")
    card = Invitation(name="Aroha Ngata", headline="Recruiter at Kowhai",
                      profile_url="https://www.linkedin.com/in/aroha",
                      sent_at=datetime(2026, 1, 5, tzinfo=UTC), source="invitation-email")
    with store.importing("a.eml", "invitation-email") as writer:
        writer.add(card)
    (stored,) = store.list_invitations()
    store.change_status(stored.id, "decided")
    store.record_event(HistoryEvent(stored.id, "decision", "ignore", "user", (), datetime(2026, 1, 6, tzinfo=UTC)))
    with store.importing("b.eml", "invitation-email") as writer:
        writer.add(Invitation(**{**{f: getattr(card, f) for f in ("name", "profile_url", "sent_at", "source")},
                                 "headline": "CTO at Tui Software"}))
    store.close()

    page = client.get("/queue").text

    assert "Back in the queue:" in page
    assert "headline: &#39;Recruiter at Kowhai&#39; -&gt; &#39;CTO at Tui Software&#39;" in page


CARDS = """BEGIN:VCARD
VERSION:3.0
UID:card-1
FN:Sarah Lee
EMAIL:sarah.lee@datacom.co.nz
ORG:Datacom
END:VCARD
BEGIN:VCARD
VERSION:3.0
UID:card-2
NOTE:nobody
END:VCARD
"""
HOSTILE_CARD = "BEGIN:VCARD\nVERSION:3.0\nUID:x\nFN:<img src=x onerror=alert(1)>\nORG:<b>Evil</b> Ltd\nEND:VCARD\n"


def upload_evidence(client: TestClient, name: str, body: bytes, treat_as: str = "requests") -> str:
    """Upload through the import page's form and wait for the job; return its page."""
    token = read_csrf(client, "/import")
    response = client.post("/import", data={"csrf_token": token, "treat_as": treat_as},
                           files=[("files", (name, body, "application/octet-stream"))], follow_redirects=False)
    assert response.status_code == 303, response.text
    for _ in range(200):
        page = client.get(response.headers["location"]).text
        if 'data-state="done"' in page or 'data-state="failed"' in page:
            return page
        time.sleep(0.05)
    raise AssertionError("the import did not finish")


def test_a_vcard_upload_is_indexed_as_evidence_and_uploading_it_again_refreshes_it(client: TestClient) -> None:
    """GIVEN a .vcf with a good and a bad card WHEN uploaded twice on the import page THEN one source
    `vcard:contacts.vcf`, the summary with the bad card as file:line, and the second time nothing new."""
    first = upload_evidence(client, "contacts.vcf", ("\ufeff\n" + CARDS).encode())
    assert 'data-state="done"' in first and "vcard:contacts.vcf" in first
    assert "contacts.vcf:9: card has no name, e-mail address or LinkedIn profile" in first
    assert "<td>people</td><td>1</td><td>0</td><td>0</td><td>0</td>" in first
    again = upload_evidence(client, "contacts.vcf", ("\ufeff\n" + CARDS).encode())
    assert "<td>people</td><td>0</td><td>0</td><td>1</td><td>0</td>" in again
    sources = client.get("/api/v1/evidence").json()["sources"]
    assert [(s["name"], s["kind"], s["people"], s["path"]) for s in sources] == [
        ("vcard:contacts.vcf", "vcard", 1, "upload:contacts.vcf")]
    listing = client.get("/evidence").text
    assert "vcard:contacts.vcf" in listing and 'href="/evidence/source?name=vcard%3Acontacts.vcf"' in listing
    assert "Sarah Lee" in client.get("/evidence/source", params={"name": "vcard:contacts.vcf"}).text


def test_csv_and_mbox_go_to_the_evidence_index_when_the_user_says_so(client: TestClient) -> None:
    """GIVEN a CRM CSV and an mbox WHEN uploaded as evidence THEN they are CRM and mail sources, not requests."""
    crm = b"Record ID,First Name,Last Name,Email,Company Name\r\n51,Jane,Doe,jane@acme.example,Acme Corp\r\n"
    page = upload_evidence(client, "hubspot.csv", crm, treat_as="evidence")
    assert "crm:hubspot.csv" in page and 'class="problem"' not in page
    mbox = (b"From MAILER-DAEMON Tue Mar  3 09:15:00 2026\nFrom: Me <me@example.org>\nTo: Sam <sam@cloudco.example>\n"
            b"Date: Tue, 03 Mar 2026 09:15:00 +1300\nMessage-ID: <1@example.org>\nSubject: pilot\n\nHi Sam\n\n")
    assert "mbox:Sent.mbox" in upload_evidence(client, "Sent.mbox", mbox, treat_as="evidence")
    sources = {s["name"]: s for s in client.get("/api/v1/evidence").json()["sources"]}
    assert sources["crm:hubspot.csv"]["kind"] == "crm" and sources["crm:hubspot.csv"]["people"] == 1
    assert sources["mbox:Sent.mbox"]["kind"] == "mbox"
    assert client.get("/api/v1/invitations", params={"status": "all"}).json()["items"] == []


@pytest.mark.parametrize(("name", "body", "message"), [
    ("contacts.vcf", b"Name,Email\nSarah,s@x.example\n", "this is not a vCard file"),
    ("contacts.vcard", b"BEGIN:VCALENDAR\n", "this is not a vCard file"),
    ("meetings.ics", b"BEGIN:VCARD\nEND:VCARD\n", "this is not an iCalendar file"),
])
def test_evidence_files_that_are_not_what_their_name_says_are_refused(
    client: TestClient, name: str, body: bytes, message: str
) -> None:
    """GIVEN a .vcf or .ics that does not start as one WHEN uploaded THEN 415 saying so, and nothing is indexed."""
    token = read_csrf(client, "/import")
    response = client.post("/import", data={"csrf_token": token}, files=[("files", (name, body, "text/plain"))],
                           headers={"accept": "text/html"})
    assert response.status_code == 415 and message in response.text
    assert client.get("/api/v1/evidence").json()["sources"] == []


def test_json_lines_cannot_be_uploaded_as_evidence(client: TestClient) -> None:
    """GIVEN a .jsonl WHEN uploaded as evidence THEN 415: requests are not evidence."""
    token = read_csrf(client, "/import")
    response = client.post("/import", data={"csrf_token": token, "treat_as": "evidence"},
                           files=[("files", ("a.jsonl", b"{}\n", "text/plain"))])
    assert response.status_code == 415 and "not evidence" in response.text and 'class="problem"' in response.text


def test_uploaded_files_are_removed_after_the_job(
    client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN uploads WHEN the job is done THEN its temporary folder is gone."""
    import tempfile

    uploads = tmp_path / "uploads"
    uploads.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(uploads))
    upload_evidence(client, "contacts.vcf", CARDS.encode())
    for _ in range(100):
        if not list(uploads.iterdir()):
            break
        time.sleep(0.05)
    assert list(uploads.iterdir()) == []


def test_sender_text_from_a_vcard_is_escaped_on_every_evidence_page(client: TestClient) -> None:
    """GIVEN a vCard whose FN is an <img onerror> WHEN the job, sources and source pages render THEN it is text."""
    job = upload_evidence(client, "contacts.vcf", HOSTILE_CARD.encode())
    shown = client.get("/evidence/source", params={"name": "vcard:contacts.vcf"}).text
    for page in (job, client.get("/evidence").text, shown):
        assert "<img src=x" not in page and "<b>Evil" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown and "&lt;b&gt;Evil&lt;/b&gt; Ltd" in shown


def test_a_source_is_removed_from_the_page_with_the_csrf_token_only(client: TestClient) -> None:
    """GIVEN an indexed vCard WHEN removed without, then with, the CSRF token THEN 403, then gone with a notice."""
    upload_evidence(client, "contacts.vcf", CARDS.encode())
    assert client.post("/evidence/remove", data={"name": "vcard:contacts.vcf"}).status_code == 403
    token = read_csrf(client, "/evidence")
    removed = client.post("/evidence/remove", data={"name": "vcard:contacts.vcf", "csrf_token": token})
    assert removed.status_code == 200
    assert 'Removed <span class="removed-name">vcard:contacts.vcf</span>' in removed.text
    assert client.get("/api/v1/evidence").json()["sources"] == []
    missing = client.post("/evidence/remove", data={"name": "vcard:contacts.vcf", "csrf_token": token},
                          headers={"accept": "text/html"})
    assert missing.status_code == 404
    assert client.get("/evidence/source", params={"name": "nope"}, headers={"accept": "text/html"}).status_code == 404


PEOPLE = [
    {"id": f"p{i}", "name": name, "headline": headline, "message": message, "sent_at": f"2026-01-0{i + 1}T10:00:00Z",
     "profile_url": f"https://www.linkedin.com/in/p{i}"}
    for i, (name, headline, message) in enumerate([
        ("Ana Lima", "Sales Director at Kowhai", ""),
        ("Ben Ode", "Technical Recruiter", "I have a Head of IT role for you, open to a chat?"),
        ("Cai Wu", "Software Engineer at Contoso", ""),
        ("Dee Roa", "Account Executive at Acme", "Our platform cuts cloud spend by 30%. 15 minutes next week?"),
        ("Eru Tane", "LION | 30k+ connections", "I accept all invitations, let's grow our networks"),
    ])
]


def wait_for_retrain(client: TestClient, location: str) -> str:
    for _ in range(600):
        page = client.get(location).text
        if re.search(r'class="learning-job"[^>]*data-state="(done|failed)"', page):
            return page
        time.sleep(0.05)
    raise AssertionError("the retrain did not finish")


def test_settings_show_the_labels_retrain_lists_the_changes_and_reset_goes_back(
    client: TestClient, small_corpus: Path
) -> None:
    """GIVEN a labelled request WHEN "Retrain now" is posted without JavaScript THEN a redirect to a page that shows
    the job, then the requests whose intent changed (each linking to its card) and the state "up to date"; WHEN
    "Go back to the shipped model" is posted THEN the shipped model is in use again and its button is gone."""
    import_through_the_page(client, "people.jsonl", "".join(json.dumps(row) + "\n" for row in PEOPLE).encode())
    page = client.get("/settings").text
    assert "Learning from your corrections" in page and 'class="user-labels">0<' in page
    assert 'data-model="shipped"' in page and 'data-pending="no"' in page
    assert "Retrain now" in page and "Go back to the shipped model" not in page
    token = read_csrf(client, "/settings")
    labelled = next(i["id"] for i in client.get("/api/v1/invitations").json()["items"] if i["name"] == "Ana Lima")
    client.post(f"/queue/{labelled}/label", data={"intent": "recruiter_for_you", "csrf_token": token})
    page = client.get("/settings").text
    assert 'class="user-labels">1<' in page and 'data-pending="yes"' in page

    started = client.post("/settings/retrain", data={"csrf_token": token}, follow_redirects=False)
    assert started.status_code == 303 and started.headers["location"].startswith("/settings/retrain/")
    page = wait_for_retrain(client, started.headers["location"])
    assert 'data-state="done"' in page and "Retrained on" in page and "1 of your labels" in page
    assert re.search(r'class="corpus-check">0 of the 66 corpus examples now read differently\.<', page)
    assert 'data-model="retrained"' in page and 'data-pending="no"' in page
    items = client.get("/api/v1/invitations", params={"status": "all"}).json()["items"]
    links = re.findall(r'<a href="(/queue\?[^"]*#request-(\d+))">', page)
    assert links, page
    for href, identifier in links:
        target = client.get(href.replace("&amp;", "&").split("#")[0]).text
        assert f'id="request-{identifier}"' in target  # the link's filter shows the card
    model_intents = {str(item["id"]): item["intent"] for item in items}
    shown = re.findall(r'#request-(\d+)">[^<]*</a>:\s*<span class="from">[^<]*</span> → <span class="to">([^<]*)<',
                       page)
    assert len(shown) == len(links)
    for identifier, new in shown:  # the queue was re-assessed with the new model (the label still wins)
        assert model_intents[identifier] == ("recruiter_for_you" if int(identifier) == labelled else new)
    assert "Go back to the shipped model" in page
    assert client.get(started.headers["location"].replace("/settings/retrain/", "/import/jobs/")).status_code == 404

    reset = client.post("/settings/reset-model", data={"csrf_token": token})
    assert reset.status_code == 200 and "Back to the shipped model" in reset.text
    assert 'data-model="shipped"' in reset.text and 'class="user-labels">1<' in reset.text
    assert "Go back to the shipped model" not in reset.text
    assert client.get("/api/v1/model").json()["model"] == "shipped"


def test_retrain_with_htmx_answers_the_section_that_polls_its_job(client: TestClient, small_corpus: Path) -> None:
    """GIVEN htmx WHEN "Retrain now" is posted THEN only the learning section comes back, polling its job until done."""
    token = read_csrf(client, "/settings")
    section = client.post("/settings/retrain", data={"csrf_token": token}, headers={"hx-request": "true"})
    assert section.status_code == 200 and section.text.lstrip().startswith('<section id="learning"')
    job = re.search(r'hx-get="(/settings/retrain/[^"]+)"', section.text)
    assert job and 'hx-trigger="every 1s"' in section.text and "<h1>" not in section.text
    for _ in range(600):
        polled = client.get(job.group(1), headers={"hx-request": "true"}).text
        if 'data-state="done"' in polled:
            break
        time.sleep(0.05)
    assert 'data-state="done"' in polled and "hx-get" not in polled and "Retrain now" in polled
    assert client.get("/settings/retrain/unknown").status_code == 404


def test_a_retrain_that_moved_corpus_examples_shows_how_many_and_the_first_five() -> None:
    """GIVEN a finished retrain whose labels flipped seven corpus requests WHEN its section is rendered THEN the
    count, the hint that a label may be a misclick, and five of them, escaped."""
    from types import SimpleNamespace

    from linkscreen import services
    from linkscreen.web.app import build_templates

    moved = [(f"<b>Can I show you a demo {n}?</b>", "sales_pitch", "scam_or_fake") for n in range(7)]
    outcome = services.RetrainReport(False, 1, 7334, [], 7331, moved).describe()
    job = SimpleNamespace(id="j1", state="done", outcome=outcome, failure=None)
    learning = services.LearningStatus(user_labels=1, retrained=True)
    html = build_templates().get_template("_learning.html").render(job=job, learning=learning, message=None)
    assert "7 of the 7,331 corpus examples now read differently: many mean a label" in html
    flipped = r'<li><span class="from">sales_pitch</span> → <span class="to">scam_or_fake</span>: ([^<]+)</li>'
    shown = re.findall(flipped, html)
    assert shown == [f"&lt;b&gt;Can I show you a demo {n}?&lt;/b&gt;" for n in range(5)]


def test_import_page_pastes_the_manage_invitations_page_without_javascript(client: TestClient) -> None:
    """GIVEN the example pasted page WHEN posted through the import page's paste form THEN the import's summary
    and the triage line are shown at once, and the queue holds the requests."""
    page = client.get("/import").text
    assert 'action="/import/paste"' in page and 'name="text"' in page
    text = (Path(__file__).resolve().parent.parent / "examples" / "pasted-page.txt").read_text(encoding="utf-8")
    token = read_csrf(client, "/import")
    response = client.post("/import/paste", data={"text": text, "csrf_token": token})
    assert response.status_code == 200, response.text
    shown = response.text
    assert "Done" in shown and "pasted page" in shown and "invitations read from the page" in shown
    assert 'class="rejected">0<' in shown and "open requests assessed" in shown
    assert "James Tuilagi" in client.get("/queue").text


def test_import_page_paste_explains_empty_text_and_needs_the_csrf_token(client: TestClient) -> None:
    """GIVEN blank text, text without cards, or no CSRF token WHEN the paste form is posted THEN a message
    on the page (or 403), and nothing is imported."""
    token = read_csrf(client, "/import")
    empty = client.post("/import/paste", data={"text": "  \n", "csrf_token": token})
    assert empty.status_code == 422 and 'id="paste-problem"' in empty.text and "the pasted text is empty" in empty.text
    assert 'id="paste-form"' in empty.text
    nothing = client.post("/import/paste", data={"text": "Home\nMy Network", "csrf_token": token})
    assert nothing.status_code == 200 and "no invitations found" in nothing.text
    assert client.post("/import/paste", data={"text": "Home"}).status_code == 403
    assert client.get("/api/v1/stats").json()["incoming"] == 0
