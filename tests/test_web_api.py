"""The HTTP API under /api/v1: listing, decisions, undo, labels, replies, stateless calls, imports, the model,
errors."""

from __future__ import annotations

import json
import re
import sys
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from linkscreen.web import create_app
from linkscreen.web.api import NOT_BLANK

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    app = create_app(db_url=f"sqlite:///{tmp_path / 'web.db'}")
    test_client = TestClient(app)
    test_client.headers["Authorization"] = f"Bearer {app.state.api_token}"
    return test_client


def import_jsonl(client: TestClient, rows: list[dict], name: str = "requests.jsonl") -> dict:
    body = "".join(json.dumps(row) + "\n" for row in rows).encode()
    response = client.post("/api/v1/import", files=[("files", (name, body, "application/json"))])
    assert response.status_code == 200, response.text
    return response.json()


def make_rows(count: int) -> list[dict]:
    return [
        {"id": f"r{i}", "name": f"Person {i}", "headline": "Account Executive at Acme", "company": "Acme",
         "message": "Hi, our platform cuts cloud spend by 30%. Can we book a demo?" if i % 2 else "",
         "sent_at": f"2026-01-{1 + i % 28:02d}T10:00:00Z", "profile_url": f"https://www.linkedin.com/in/person-{i}"}
        for i in range(count)
    ]


def test_import_of_the_example_export_reports_counts_and_triages(client: TestClient) -> None:
    """GIVEN the example export WHEN uploaded THEN the CLI's summary comes back and the queue is triaged."""
    with open(EXAMPLES / "linkedin-export.zip", "rb") as handle:
        response = client.post("/api/v1/import", files=[("files", ("linkedin-export.zip", handle, "application/zip"))])
    assert response.status_code == 200
    result = response.json()["results"][0]
    assert result["ok"] and result["source"] == "linkedin-export.zip"
    assert {c["kind"]: c["new"] for c in result["counts"]}["invitations"] > 100
    assert response.json()["triage"]["assessed"] > 0
    listed = client.get("/api/v1/invitations", params={"per_page": 5}).json()
    assert len(listed["items"]) == 5 and listed["has_next"] and listed["untriaged"] == 0
    assert all(item["intent"] and item["action"] for item in listed["items"])


def test_listing_filters_by_action_intent_and_name_and_paginates(client: TestClient) -> None:
    """GIVEN 30 requests WHEN filtered and paged THEN only matching rows come, newest first, 10 a page."""
    import_jsonl(client, make_rows(30))
    first = client.get("/api/v1/invitations", params={"per_page": 10}).json()
    assert first["total"] == 30 and first["pages"] == 3 and first["has_next"]
    dates = [item["sent_at"] for item in first["items"]]
    assert dates == sorted(dates, reverse=True)
    third = client.get("/api/v1/invitations", params={"per_page": 10, "page": 3}).json()
    assert len(third["items"]) == 10 and not third["has_next"]
    named = client.get("/api/v1/invitations", params={"q": "person 1"}).json()
    assert {item["name"] for item in named["items"]} == {"Person 1", *(f"Person {i}" for i in range(10, 20))}
    action = first["items"][0]["action"]
    by_action = client.get("/api/v1/invitations", params={"action": action, "per_page": 100}).json()
    assert by_action["items"] and all(item["action"] == action for item in by_action["items"])
    intent = first["items"][0]["intent"]
    by_intent = client.get("/api/v1/invitations", params={"intent": intent, "per_page": 100}).json()
    assert all(item["intent"] == intent for item in by_intent["items"])


def test_decide_undo_label_and_history(client: TestClient) -> None:
    """GIVEN a new request WHEN asked, undone, ignored and labelled THEN each step shows in its history."""
    import_jsonl(client, make_rows(2))
    identifier = client.get("/api/v1/invitations").json()["items"][0]["id"]
    asked = client.post(f"/api/v1/invitations/{identifier}/decision", json={"action": "ask"}).json()
    assert asked == {"id": identifier, "status": "asked", "previous_status": "new", "action": "ask"}
    undone = client.post(f"/api/v1/invitations/{identifier}/undo", json={"previous_status": "new"})
    assert undone.json()["status"] == "new"
    again = client.post(f"/api/v1/invitations/{identifier}/undo", json={"previous_status": "new"})
    assert again.status_code == 400 and "nothing to undo" in again.json()["error"]
    assert client.post(
        f"/api/v1/invitations/{identifier}/decision", json={"action": "ignore"}
    ).json()["status"] == "decided"
    assert client.post(f"/api/v1/invitations/{identifier}/label", json={"intent": "sales_pitch"}).status_code == 200
    card = client.get(f"/api/v1/invitations/{identifier}").json()
    assert [event["what"] for event in card["history"]] == ["decision", "undo", "decision", "label"]
    assert (card["intent"], card["confidence"]) == ("sales_pitch", 1.0)
    assert card["signals"][0].startswith("you labelled this sales_pitch")


def test_undo_refuses_a_previous_status_that_cannot_lead_here(client: TestClient) -> None:
    """GIVEN an asked request WHEN undo claims it was expired THEN 409 and nothing changes."""
    import_jsonl(client, make_rows(1))
    identifier = client.get("/api/v1/invitations").json()["items"][0]["id"]
    client.post(f"/api/v1/invitations/{identifier}/decision", json={"action": "ask"})
    response = client.post(f"/api/v1/invitations/{identifier}/undo", json={"previous_status": "expired"})
    assert response.status_code == 409
    assert client.get(f"/api/v1/invitations/{identifier}").json()["status"] == "asked"


def test_undo_restores_the_status_the_history_records_not_the_one_the_client_claims(client: TestClient) -> None:
    """GIVEN a new request accepted WHEN undo claims it was replied THEN 409 and it stays decided; undo without
    a claim (or with the right one) puts it back to new, and it never becomes replied without a reply."""
    import_jsonl(client, make_rows(1))
    identifier = client.get("/api/v1/invitations").json()["items"][0]["id"]
    client.post(f"/api/v1/invitations/{identifier}/decision", json={"action": "accept"})
    claimed = client.post(f"/api/v1/invitations/{identifier}/undo", json={"previous_status": "replied"})
    assert claimed.status_code == 409 and "was new, not replied" in claimed.json()["error"]
    card = client.get(f"/api/v1/invitations/{identifier}").json()
    assert card["status"] == "decided" and card["replies"] == []
    assert client.post(f"/api/v1/invitations/{identifier}/undo").json() == {"id": identifier, "status": "new"}
    client.post(f"/api/v1/invitations/{identifier}/decision", json={"action": "ask"})
    client.post(f"/api/v1/invitations/{identifier}/decision", json={"action": "ignore"})
    undone = client.post(f"/api/v1/invitations/{identifier}/undo", json={"previous_status": "asked"})
    assert undone.json() == {"id": identifier, "status": "asked"}


def test_several_statuses_list_requests_in_any_of_them(client: TestClient) -> None:
    """GIVEN requests asked, decided and new WHEN listed with status=asked&status=decided THEN both kinds, no new
    ones; an unknown status among them is 422."""
    import_jsonl(client, make_rows(4))
    ids = [item["id"] for item in client.get("/api/v1/invitations").json()["items"]]
    client.post(f"/api/v1/invitations/{ids[0]}/decision", json={"action": "ask"})
    client.post(f"/api/v1/invitations/{ids[1]}/decision", json={"action": "ignore"})
    both = client.get("/api/v1/invitations", params=[("status", "asked"), ("status", "decided")]).json()
    assert sorted(item["id"] for item in both["items"]) == sorted(ids[:2]) and both["total"] == 2
    assert client.get("/api/v1/invitations", params=[("status", "new"), ("status", "lost")]).status_code == 422


def test_name_search_ignores_accents_and_case(client: TestClient) -> None:
    """GIVEN Lucía Nowak and Thảo Kovalenko WHEN searched as "lucia", "THAO" or "Lucía" THEN found."""
    rows = [{"id": str(i), "name": name, "message": "hello"}
            for i, name in enumerate(["Lucía Nowak", "Thảo Kovalenko", "Lucas Reed"])]
    import_jsonl(client, rows)

    def search(text: str) -> list[str]:
        return [item["name"] for item in client.get("/api/v1/invitations", params={"q": text}).json()["items"]]

    assert search("lucia") == search("LUCÍA") == ["Lucía Nowak"]
    assert search("thao") == search("Thảo") == ["Thảo Kovalenko"]
    assert search("nowak lucia") == []


def test_a_page_past_the_last_is_404_naming_the_last(client: TestClient) -> None:
    """GIVEN 5 requests, 2 a page WHEN page 3 then page 4 is asked for THEN the 3rd has one card, the 4th is 404."""
    import_jsonl(client, make_rows(5))
    assert len(client.get("/api/v1/invitations", params={"per_page": 2, "page": 3}).json()["items"]) == 1
    past = client.get("/api/v1/invitations", params={"per_page": 2, "page": 4})
    assert past.status_code == 404 and past.json()["error"] == "page 4 is past the end: the last page is 3"
    searched = client.get("/api/v1/invitations", params={"q": "nobody", "page": 2})
    assert searched.status_code == 404 and "last page is 1" in searched.json()["error"]
    assert client.get("/api/v1/invitations", params={"q": "nobody"}).json()["items"] == []


def test_a_label_returns_the_reassessed_intent_and_proposed_action(client: TestClient) -> None:
    """GIVEN a request WHEN labelled known_contact THEN the answer has that intent and the action proposed
    for it (accept), as `linkscreen label` prints."""
    import_jsonl(client, make_rows(1))
    identifier = client.get("/api/v1/invitations").json()["items"][0]["id"]
    answer = client.post(f"/api/v1/invitations/{identifier}/label", json={"intent": "known_contact"}).json()
    assert answer == {"id": identifier, "intent": "known_contact", "confidence": 1.0, "proposed_action": "accept"}
    assert client.get(f"/api/v1/invitations/{identifier}").json()["action"] == "accept"


def test_reply_is_judged_and_the_final_action_proposed(client: TestClient) -> None:
    """GIVEN an asked request WHEN the sender's reply gives context THEN outcome context_given, accept."""
    import_jsonl(client, make_rows(1))
    identifier = client.get("/api/v1/invitations").json()["items"][0]["id"]
    client.post(f"/api/v1/invitations/{identifier}/decision", json={"action": "ask"})
    text = "We met at the AWS summit in Auckland last year; I ran the workshop on backups you attended."
    result = client.post(f"/api/v1/invitations/{identifier}/reply", json={"text": text}).json()
    assert result["outcome"] == "context_given" and result["proposed_action"] == "accept"
    board = client.get("/api/v1/challenges").json()
    assert [item["id"] for item in board["replied"]] == [identifier]


def test_the_not_blank_pattern_lists_exactly_the_characters_python_reads_as_white_space() -> None:
    """GIVEN every Unicode character THEN the schema's pattern refuses one alone exactly when str.isspace() is true,
    and lists them rather than writing `\\s`, whose meaning differs between Python, Rust and ECMA regexes (a JSON
    Schema reader took U+0085 for text and the server refused it as blank), so every reader agrees."""
    assert not re.search(r"\\[sSwWdD]", NOT_BLANK)
    refused = re.compile(NOT_BLANK)
    assert all((refused.match(char) is None) == char.isspace() for char in map(chr, range(sys.maxunicode + 1)))


@pytest.mark.parametrize("blank", ["", "   ", "\x1e", " \x1c\n", "\x85", "\u3000\u2028"])
def test_a_blank_reply_is_refused_by_the_schema_as_python_reads_blank(client: TestClient, blank: str) -> None:
    """GIVEN a reply that is only white space to Python (the separators U+001C-U+001F too) WHEN posted THEN the
    schema refuses it (422), as it says, instead of the service (400) after the schema let it through."""
    import_jsonl(client, make_rows(1))
    identifier = client.get("/api/v1/invitations").json()["items"][0]["id"]
    client.post(f"/api/v1/invitations/{identifier}/decision", json={"action": "ask"})
    assert client.post(f"/api/v1/invitations/{identifier}/reply", json={"text": blank}).status_code == 422


def test_stateless_classify_and_outcome(client: TestClient) -> None:
    """GIVEN requests and replies WHEN classified THEN one result per item, in order, nothing stored."""
    items = [{"id": "a", "headline": "Technical Recruiter", "message": "I have a role for you as Head of IT"},
             {"id": "b", "message": ""}]
    results = client.post("/api/v1/classify", json={"items": items}).json()["results"]
    assert [r["id"] for r in results] == ["a", "b"] and all(r["action"] in ("accept", "ask", "ignore") for r in results)
    judged = client.post("/api/v1/outcome", json={"items": [{"id": "x", "reply": "Sorry, clicked by mistake!"}]}).json()
    assert judged["results"][0]["outcome"] in ("accidental", "pitch", "context_given")
    assert client.get("/api/v1/stats").json()["incoming"] == 0


def test_classify_checks_items_as_the_cli_does(client: TestClient) -> None:
    """GIVEN the items `linkscreen classify` reads as text (numbers) or rejects (a count that is no number, an
    unreadable date) THEN the API does the same: a result for the first, `{"item", "error"}` for the others."""
    items = [{"id": 5, "message": "Could I show you a quick demo of our platform?"},
             {"id": "b", "mutual_connections": "many"}, {"id": "c", "sent_at": "bad"}]
    response = client.post("/api/v1/classify", json={"items": items})
    assert response.status_code == 200
    first, count, date = response.json()["results"]
    assert first["id"] == "5" and first["intent"] == "sales_pitch"
    assert count == {"item": 2, "error": "'mutual_connections' is not a whole number: 'many'"}
    assert date == {"item": 3, "error": "unparseable date in 'sent_at': 'bad'"}


def test_errors_are_json_with_clear_messages_and_status_codes(client: TestClient) -> None:
    """GIVEN bad requests WHEN sent THEN 404, 422, 409 with an `error` message."""
    missing = client.get("/api/v1/invitations/4242")
    assert missing.status_code == 404 and missing.json() == {"error": "no request with id 4242", "status": 404}
    bad = client.get("/api/v1/invitations", params={"action": "maybe"})
    assert bad.status_code == 422 and "action" in bad.json()["error"]
    assert client.post("/api/v1/invitations/1/decision", json={"action": "shrug"}).status_code == 422
    assert client.get("/api/v1/nowhere").json()["status"] == 404
    import_jsonl(client, make_rows(1))
    identifier = client.get("/api/v1/invitations").json()["items"][0]["id"]
    empty = client.post(f"/api/v1/invitations/{identifier}/reply", json={"text": "   "})
    assert empty.status_code == 422 and "text" in empty.json()["error"]


def test_import_reports_rejected_lines_like_the_cli(client: TestClient) -> None:
    """GIVEN a JSON Lines file with a broken line WHEN imported THEN the good rows land, the bad is file:line."""
    body = b'{"id": "1", "name": "Ana Lima", "sent_at": "2026-01-02T10:00:00Z"}\nnot json\n'
    result = client.post("/api/v1/import", files=[("files", ("mixed.jsonl", body, "application/json"))]).json()
    summary = result["results"][0]
    assert summary["rejected"] == 1 and summary["errors"][0].startswith("mixed.jsonl:2")


@pytest.mark.parametrize(
    ("name", "body", "status"),
    [("notes.txt", b"hello", 415), ("fake.zip", b"not a zip at all", 415), ("data.csv", b"a,b\x00\x01", 415)],
)
def test_uploads_of_the_wrong_type_are_refused(client: TestClient, name: str, body: bytes, status: int) -> None:
    """GIVEN a file that is not a ZIP, JSON Lines or CSV WHEN uploaded THEN 415 and nothing is imported."""
    response = client.post("/api/v1/import", files=[("files", (name, body, "application/octet-stream"))])
    assert response.status_code == status and response.json()["error"]


def test_uploads_over_the_limit_are_refused(tmp_path: Path) -> None:
    """GIVEN a 1 KiB upload limit WHEN a larger file is sent THEN 413."""
    app = create_app(db_url=f"sqlite:///{tmp_path / 'web.db'}", upload_limit=1024)
    client = TestClient(app, headers={"Authorization": f"Bearer {app.state.api_token}"})
    body = b'{"id": "1", "name": "' + b"x" * 4000 + b'"}\n'
    response = client.post("/api/v1/import", files=[("files", ("big.jsonl", body, "application/json"))])
    assert response.status_code == 413 and "limit" in response.json()["error"]


def test_json_bodies_are_limited_too(client: TestClient) -> None:
    """GIVEN a 9 MiB JSON body WHEN posted to a non-upload endpoint THEN 413."""
    big = {"items": [{"id": "x", "message": "y" * (9 * 1024 * 1024)}]}
    assert client.post("/api/v1/classify", json=big).status_code == 413


def test_writes_need_the_api_token_or_the_pages_csrf_token(tmp_path: Path) -> None:
    """GIVEN no token WHEN a write is attempted THEN 403; reads on loopback stay open."""
    app = create_app(db_url=f"sqlite:///{tmp_path / 'web.db'}")
    anonymous = TestClient(app)
    assert anonymous.get("/api/v1/invitations").status_code == 200
    refused = anonymous.post("/api/v1/classify", json={"items": []})
    assert refused.status_code == 403 and "Bearer" in refused.json()["error"]
    anonymous.get("/queue")
    csrf = anonymous.cookies.get("linkscreen_csrf")
    assert anonymous.post("/api/v1/classify", json={"items": []}, headers={"X-CSRF-Token": csrf}).status_code == 200
    assert anonymous.post(
        "/api/v1/classify", json={"items": []}, headers={"X-CSRF-Token": "forged" * 5}
    ).status_code == 403


def test_with_an_access_token_every_request_needs_it(tmp_path: Path) -> None:
    """GIVEN a server token WHEN a request lacks it THEN 401; the ?token= link sets a cookie that works."""
    token = "s3cret-token-for-tests"
    client = TestClient(create_app(db_url=f"sqlite:///{tmp_path / 'web.db'}", token=token))
    assert client.get("/api/v1/invitations").status_code == 401
    assert client.get("/queue").status_code == 401
    assert client.get("/static/app.css").status_code == 401
    assert client.get("/api/v1/invitations", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/api/v1/invitations", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    login = client.get(f"/queue?token={token}&status=all", follow_redirects=False)
    assert login.status_code == 303 and login.headers["location"] == "/queue?status=all"
    assert client.get("/queue").status_code == 200


def test_responses_carry_security_headers(client: TestClient) -> None:
    """GIVEN any page WHEN served THEN a strict CSP, nosniff and no framing."""
    headers = client.get("/queue").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"


def test_chart_rows_and_stats(client: TestClient) -> None:
    """GIVEN imported requests WHEN the charts are read THEN weeks, empty notes and companies add up."""
    import_jsonl(client, make_rows(10))
    weeks = client.get("/api/v1/charts/requests_per_week").json()["rows"]
    assert sum(row["total"] for row in weeks) == 10
    notes = {row["note"]: row["count"] for row in client.get("/api/v1/charts/empty_notes").json()["rows"]}
    assert notes == {"empty": 5, "written": 5}
    assert client.get("/api/v1/charts/top_companies").json()["rows"] == [{"company": "Acme", "count": 10}]
    assert client.get("/api/v1/charts/nope").status_code == 422


def test_an_invitation_email_can_be_uploaded_and_imported(client: TestClient) -> None:
    """GIVEN LinkedIn's invitation e-mail as an .eml upload WHEN imported THEN its sender is in the queue."""
    from mail_fixtures import modern_invitation

    body = modern_invitation().as_bytes()
    result = client.post("/api/v1/import", files=[("files", ("invite.eml", body, "message/rfc822"))])
    assert result.status_code == 200, result.text
    names = [item["name"] for item in client.get("/api/v1/invitations").json()["items"]]
    assert "Aroha Ngata" in names


@pytest.mark.parametrize(("host", "status"), [
    ("127.0.0.1:8000", 200), ("localhost", 200), ("[::1]:8000", 200), ("evil.example", 421), ("evil.example:8000", 421),
])
def test_a_loopback_server_refuses_other_host_names(tmp_path: Path, host: str, status: int) -> None:
    """GIVEN the app as served on loopback WHEN a request names another host (DNS rebinding) THEN 421."""
    app = create_app(db_url=f"sqlite:///{tmp_path / 'web.db'}", loopback_only=True)
    response = TestClient(app).get("/api/v1/stats", headers={"host": host})
    assert response.status_code == status


def test_a_request_can_be_corrected_and_later_imports_keep_the_correction(client: TestClient) -> None:
    """GIVEN an imported request WHEN PATCHed THEN the fields change, show `user` as their source and survive
    re-import; the history has each change, and the field sent with the value it had as kept as the user's."""
    rows = make_rows(1)
    import_jsonl(client, rows)
    identifier = client.get("/api/v1/invitations").json()["items"][0]["id"]
    before = client.get(f"/api/v1/invitations/{identifier}").json()
    assert before["sources"]["headline"] == "jsonl" and before["resurfaced"] == []
    assert before["intent"] == "sales_long_game"

    response = client.patch(f"/api/v1/invitations/{identifier}",
                            json={"headline": "CIO at Example Ltd", "company": "Example Ltd",
                                  "mutual_connections": None})
    import_jsonl(client, [{**rows[0], "headline": "Account Director at Acme", "mutual_connections": 7}])

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["changes"] == ["headline: 'Account Executive at Acme' -> 'CIO at Example Ltd'",
                               "company: 'Acme' -> 'Example Ltd'"]
    assert body["sources"]["headline"] == "user" and "mutual_connections" not in body["sources"]
    assert body["intent"] == "unknown"  # re-assessed at once: an empty note under a CIO's title says nothing
    card = client.get(f"/api/v1/invitations/{identifier}").json()
    assert (card["headline"], card["company"], card["mutual_connections"]) == (
        "CIO at Example Ltd", "Example Ltd", None
    )
    assert [(event["what"], event["why"]) for event in card["history"]] == [
        ("edit", ["headline: 'Account Executive at Acme' -> 'CIO at Example Ltd'"]),
        ("edit", ["company: 'Acme' -> 'Example Ltd'"]),
        ("edit", ["mutual_connections: none already so; now kept as yours"]),  # sent as it was: now the user's
    ]


def test_corrections_are_checked_and_need_the_api_token(client: TestClient, tmp_path: Path) -> None:
    """GIVEN bad corrections WHEN sent THEN 404 for an unknown id, 422 for unknown or empty fields, 403 without a
    token."""
    import_jsonl(client, make_rows(1))
    identifier = client.get("/api/v1/invitations").json()["items"][0]["id"]
    assert client.patch("/api/v1/invitations/4242", json={"headline": "x"}).status_code == 404
    assert client.patch(f"/api/v1/invitations/{identifier}", json={"status": "decided"}).status_code == 422
    assert client.patch(f"/api/v1/invitations/{identifier}", json={"name": "  "}).status_code == 422
    assert client.patch(f"/api/v1/invitations/{identifier}", json={"headline": None}).status_code == 422
    assert client.patch(f"/api/v1/invitations/{identifier}", json={"mutual_connections": True}).status_code == 422
    unchanged = client.patch(f"/api/v1/invitations/{identifier}", json={})
    assert unchanged.status_code == 200 and unchanged.json()["changes"] == []
    anonymous = TestClient(client.app)
    assert anonymous.patch(f"/api/v1/invitations/{identifier}", json={"headline": "x"}).status_code == 403


def test_a_decided_request_whose_headline_changes_comes_back_with_the_reason(client: TestClient) -> None:
    """GIVEN an ignored request WHEN a later import changes the headline THEN it is open again, the reason shown."""
    rows = make_rows(1)
    import_jsonl(client, rows)
    identifier = client.get("/api/v1/invitations").json()["items"][0]["id"]
    client.post(f"/api/v1/invitations/{identifier}/decision", json={"action": "ignore"})
    assert client.get("/api/v1/invitations").json()["items"] == []

    import_jsonl(client, [{**rows[0], "headline": "Head of IT at Example Ltd", "company": "Example Ltd"}])

    (item,) = client.get("/api/v1/invitations").json()["items"]
    assert item["id"] == identifier and item["status"] == "new"
    assert item["resurfaced"][0] == "headline: 'Account Executive at Acme' -> 'Head of IT at Example Ltd'"
    assert item["decision_reasons"][0].startswith("back in the queue: headline: 'Account Executive at Acme'")
    assert "you chose ignore before" in item["decision_reasons"][0]
    card = client.get(f"/api/v1/invitations/{identifier}").json()
    assert [event["what"] for event in card["history"]][-3:] == ["changed", "changed", "resurfaced"]
    assert client.post(f"/api/v1/invitations/{identifier}/decision", json={"action": "accept"}).status_code == 200
    assert client.get(f"/api/v1/invitations/{identifier}").json()["resurfaced"] == []


CARD = "BEGIN:VCARD\nVERSION:3.0\nUID:card-1\nFN:Sarah Lee\nEMAIL:sarah.lee@datacom.co.nz\nORG:Datacom\nEND:VCARD\n"
SARAH = {"id": "s1", "name": "Sarah Lee", "headline": "Account Director at Datacom", "company": "Datacom",
         "message": "", "sent_at": "2026-01-05T10:00:00Z", "profile_url": "https://www.linkedin.com/in/sarahlee"}


def add_evidence(client: TestClient, name: str, body: bytes, **data: str) -> dict:
    response = client.post("/api/v1/evidence", data=data, files=[("files", (name, body, "text/plain"))])
    assert response.status_code == 200, response.text
    return response.json()


def test_evidence_upload_list_show_and_delete(client: TestClient) -> None:
    """GIVEN a vCard WHEN posted twice, listed, shown and deleted THEN one source, refreshed (not duplicated), gone."""
    first = add_evidence(client, "contacts.vcf", CARD.encode())["results"][0]
    assert first["ok"] and first["evidence"] == "vcard:contacts.vcf" and first["kind"] == "vcard"
    assert first["counts"] == [{"kind": "people", "new": 1, "updated": 0, "unchanged": 0, "removed": 0}]
    again = add_evidence(client, "contacts.vcf", CARD.replace("ORG:Datacom", "ORG:Spark").encode(), kind="vcard")
    assert again["results"][0]["counts"][0]["updated"] == 1
    sources = client.get("/api/v1/evidence").json()["sources"]
    assert [(s["name"], s["people"]) for s in sources] == [("vcard:contacts.vcf", 1)]
    shown = client.get("/api/v1/evidence/vcard:contacts.vcf").json()
    assert [(p["name"], p["company"]) for p in shown["top_people"]] == [("Sarah Lee", "Spark")]
    deleted = client.delete("/api/v1/evidence/vcard:contacts.vcf")
    assert deleted.status_code == 200 and deleted.json()["removed"] is True
    assert client.get("/api/v1/evidence").json()["sources"] == []
    assert client.delete("/api/v1/evidence/vcard:contacts.vcf").status_code == 404
    assert client.get("/api/v1/evidence/vcard:contacts.vcf").status_code == 404


def test_evidence_changes_the_stored_assessments_of_the_open_queue(client: TestClient) -> None:
    """GIVEN Sarah Lee's request with an empty note WHEN her vCard is uploaded, then deleted THEN her stored
    assessment turns to accept with the address book as the reason, then back."""
    import_jsonl(client, [SARAH])
    (before,) = client.get("/api/v1/invitations").json()["items"]
    assert before["action"] != "accept"
    assert add_evidence(client, "contacts.vcf", CARD.encode())["triage"]["assessed"] == 1
    (after,) = client.get("/api/v1/invitations").json()["items"]
    assert after["action"] == "accept"
    assert any("address book" in reason for reason in after["decision_reasons"])
    client.delete("/api/v1/evidence/vcard:contacts.vcf")
    (removed,) = client.get("/api/v1/invitations").json()["items"]
    assert removed["action"] == before["action"]


def test_calendar_crm_and_mail_kinds_and_a_vcard_sent_to_import(client: TestClient) -> None:
    """GIVEN an .ics, a CRM CSV and an .eml WHEN posted as evidence (and a .vcf to /import) THEN each is a source
    of its kind."""
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:m1\nDTSTART:20260105T090000Z\nSUMMARY:Pilot review\n"
           "ORGANIZER;CN=Me:mailto:me@example.org\nATTENDEE;CN=Sam Roe:mailto:sam@cloudco.example\nEND:VEVENT\n"
           "END:VCALENDAR\n")
    assert add_evidence(client, "work.ics", ics.encode())["results"][0]["evidence"] == "ics:work.ics"
    crm = b"Record ID,First Name,Last Name,Email,Company Name\n51,Jane,Doe,jane@acme.example,Acme Corp\n"
    assert add_evidence(client, "deals.csv", crm, kind="crm")["results"][0]["evidence"] == "crm:deals.csv"
    eml = b"From: Me <me@example.org>\nTo: Sam <sam@cloudco.example>\nDate: Tue, 03 Mar 2026 09:15:00 +1300\n\nHi\n"
    assert add_evidence(client, "note.eml", eml)["results"][0]["evidence"] == "eml:note.eml"
    imported = client.post("/api/v1/import", files=[("files", ("contacts.vcf", CARD.encode(), "text/vcard"))]).json()
    assert imported["results"][0]["evidence"] == "vcard:contacts.vcf"
    kinds = {s["name"]: s["kind"] for s in client.get("/api/v1/evidence").json()["sources"]}
    assert kinds == {"ics:work.ics": "ics", "crm:deals.csv": "crm", "eml:note.eml": "eml",
                     "vcard:contacts.vcf": "vcard"}


@pytest.mark.parametrize(("name", "body", "data", "status", "message"), [
    ("contacts.vcf", b"hello", {}, 415, "this is not a vCard file"),
    ("cal.ics", b"\xef\xbb\xbf  BEGIN:VCARD\n", {}, 415, "this is not an iCalendar file"),
    ("contacts.vcf", CARD.encode(), {"kind": "ics"}, 415, "the ics kind takes only .ics files"),
    ("requests.jsonl", b"{}\n", {}, 415, "not evidence"),
    ("contacts.txt", b"BEGIN:VCARD\n", {}, 415, "only .zip"),
    ("contacts.vcf", CARD.encode(), {"kind": "fax"}, 422, "body.kind"),
])
def test_evidence_uploads_of_the_wrong_type_are_refused(
    client: TestClient, name: str, body: bytes, data: dict, status: int, message: str
) -> None:
    """GIVEN a file that is not what its name or kind says WHEN posted as evidence THEN refused, nothing indexed."""
    response = client.post("/api/v1/evidence", data=data, files=[("files", (name, body, "text/plain"))])
    assert response.status_code == status and message in response.json()["error"]
    assert client.get("/api/v1/evidence").json()["sources"] == []


def test_evidence_uploads_have_the_upload_limit_and_need_the_api_token(tmp_path: Path) -> None:
    """GIVEN a 1 KiB upload limit WHEN a larger vCard is posted THEN 413; without the token 403; and the
    limit is the upload limit, not the 8 MiB of other bodies."""
    app = create_app(db_url=f"sqlite:///{tmp_path / 'small.db'}", upload_limit=1024)
    client = TestClient(app)
    assert client.post("/api/v1/evidence", files=[("files", ("a.vcf", CARD.encode(), "text/vcard"))]).status_code == 403
    assert client.delete("/api/v1/evidence/vcard:a.vcf").status_code == 403
    client.headers["Authorization"] = f"Bearer {app.state.api_token}"
    big = [("files", ("big.vcf", (CARD * 40).encode(), "text/vcard"))]
    assert client.post("/api/v1/evidence", files=big).status_code == 413
    roomy = create_app(db_url=f"sqlite:///{tmp_path / 'big.db'}")
    nine_mib = b"not a card\n" * (900 * 1024)
    response = TestClient(roomy).post("/api/v1/evidence", headers={"Authorization": f"Bearer {roomy.state.api_token}"},
                                      files=[("files", ("big.vcf", nine_mib, "text/vcard"))])
    assert response.status_code == 415


def test_model_status_retrain_and_reset(client: TestClient, small_corpus: Path) -> None:
    """GIVEN requests WHEN one is labelled, the model retrained, then reset THEN GET /model says pending, learnt,
    then shipped; the retrain lists the requests whose intent changes, their cards and classify use the new
    model at once, a second retrain is skipped, and after the reset classify answers as the shipped model."""
    import_jsonl(client, make_rows(6))
    item = {"id": "q", "headline": "Account Executive", "message": "Keen to connect and share insights"}
    shipped = client.post("/api/v1/classify", json={"items": [item]}).json()
    assert client.get("/api/v1/model").json() == {
        "model": "shipped", "user_labels": 0, "trained_at": None, "trained_labels": 0, "added": 0, "changed": 0,
        "removed": 0, "shipped_changed": False, "pending": False}
    labelled = client.get("/api/v1/invitations").json()["items"][0]["id"]
    client.post(f"/api/v1/invitations/{labelled}/label", json={"intent": "peer_value"})
    assert {k: v for k, v in client.get("/api/v1/model").json().items() if k in ("user_labels", "pending")} == {
        "user_labels": 1, "pending": True}

    response = client.post("/api/v1/model/retrain")
    assert response.status_code == 200
    report = response.json()
    assert set(report) == {"skipped", "user_labels", "examples", "changed", "corpus_checked", "corpus_changed"}
    assert report["corpus_checked"] > 0
    assert all(set(entry) == {"text", "from", "to"} for entry in report["corpus_changed"])
    assert not report["skipped"] and report["user_labels"] == 1 and report["examples"] > 0
    assert report["changed"] and all(set(change) == {"id", "name", "from", "to"} for change in report["changed"])
    for change in report["changed"]:
        card = client.get(f"/api/v1/invitations/{change['id']}").json()
        assert card["intent"] == ("peer_value" if change["id"] == labelled else change["to"])
    status = client.get("/api/v1/model").json()
    assert (status["model"], status["trained_labels"], status["pending"]) == ("retrained", 1, False)
    assert status["trained_at"]
    assert client.post("/api/v1/classify", json={"items": [item]}).json() != shipped
    skipped = client.post("/api/v1/model/retrain").json()
    assert skipped == {"skipped": True, "user_labels": 1, "examples": 0, "changed": [], "corpus_checked": 0,
                       "corpus_changed": []}

    reset = client.delete("/api/v1/model")
    assert reset.status_code == 200
    assert {k: reset.json()[k] for k in ("model", "user_labels", "pending")} == {
        "model": "shipped", "user_labels": 1, "pending": True}
    assert client.post("/api/v1/classify", json={"items": [item]}).json() == shipped
    assert client.get(f"/api/v1/invitations/{labelled}").json()["intent"] == "peer_value"  # the label stays


def test_a_second_retrain_or_a_reset_while_a_retrain_runs_gets_409(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a retrain running WHEN another retrain or a reset is asked for THEN 409 saying so; afterwards both work."""
    from linkscreen import services

    started, finish = threading.Event(), threading.Event()

    def retrain_slowly(store: object, home: Path) -> services.RetrainReport:
        started.set()
        finish.wait(30)
        return services.RetrainReport(skipped=True, user_labels=0)

    monkeypatch.setattr(services, "retrain", retrain_slowly)
    answers: list = []
    first = threading.Thread(target=lambda: answers.append(client.post("/api/v1/model/retrain")))
    first.start()
    try:
        assert started.wait(30)
        second = client.post("/api/v1/model/retrain")
        assert second.status_code == 409 and "already running" in second.json()["error"]
        assert client.delete("/api/v1/model").status_code == 409
    finally:
        finish.set()
        first.join(30)
    assert answers[0].status_code == 200 and answers[0].json()["skipped"] is True
    assert client.post("/api/v1/model/retrain").status_code == 200
    assert client.delete("/api/v1/model").status_code == 200


def test_model_writes_need_the_api_token_or_the_pages_csrf_token(tmp_path: Path) -> None:
    """GIVEN no token WHEN a retrain or reset is asked for THEN 403; the status is a read; the page's CSRF token
    works."""
    anonymous = TestClient(create_app(db_url=f"sqlite:///{tmp_path / 'web.db'}"))
    assert anonymous.get("/api/v1/model").status_code == 200
    assert anonymous.post("/api/v1/model/retrain").status_code == 403
    assert anonymous.delete("/api/v1/model").status_code == 403
    anonymous.get("/queue")
    csrf = anonymous.cookies.get("linkscreen_csrf")
    assert anonymous.delete("/api/v1/model", headers={"X-CSRF-Token": "forged" * 5}).status_code == 403
    assert anonymous.delete("/api/v1/model", headers={"X-CSRF-Token": csrf}).json()["model"] == "shipped"


def test_paste_imports_the_manage_invitations_page_as_the_cli_does_and_triages(client: TestClient) -> None:
    """GIVEN the example pasted page WHEN posted twice THEN the import's summary (new, then unchanged) comes
    back with the triage counts, and the queue holds the triaged cards."""
    text = (EXAMPLES / "pasted-page.txt").read_text(encoding="utf-8")
    first = client.post("/api/v1/paste", json={"text": text})
    assert first.status_code == 200, first.text
    result = first.json()
    assert result["ok"] and result["source"] == "pasted page" and result["rejected"] == 0
    new = {c["kind"]: c["new"] for c in result["counts"]}["invitations"]
    assert new > 5 and any(f"{new} invitations read" in note for note in result["notes"])
    assert set(result) >= {"kind", "failure", "hidden_connections", "errors", "evidence"}
    assert result["triage"]["assessed"] >= new
    listed = client.get("/api/v1/invitations", params={"per_page": 100}).json()
    assert len(listed["items"]) == new and listed["untriaged"] == 0
    again = client.post("/api/v1/paste", json={"text": text}).json()
    counts = {c["kind"]: c for c in again["counts"]}["invitations"]
    assert counts["new"] == 0 and counts["unchanged"] == new


def test_paste_refuses_empty_text_too_large_text_and_other_bodies(client: TestClient, tmp_path: Path) -> None:
    """GIVEN empty or whitespace text, a missing field or a body over the upload limit WHEN posted
    THEN 422 or 413 with a message, and nothing is stored."""
    for body in ({"text": ""}, {"text": " \n\t"}, {}, {"text": 5}):
        response = client.post("/api/v1/paste", json=body)
        assert response.status_code == 422 and response.json()["error"], body
    assert client.get("/api/v1/invitations").json()["items"] == []
    small = create_app(db_url=f"sqlite:///{tmp_path / 'small.db'}", upload_limit=1000)
    small_client = TestClient(small)
    small_client.headers["Authorization"] = f"Bearer {small.state.api_token}"
    too_large = small_client.post("/api/v1/paste", json={"text": "é" * 600})  # 1,200 bytes in UTF-8
    assert too_large.status_code == 413 and "1,000 bytes" in too_large.json()["error"]


def test_paste_of_text_without_cards_says_no_invitations_were_found(client: TestClient) -> None:
    """GIVEN text that is not the invitations page WHEN pasted THEN nothing is new and a note says why."""
    result = client.post("/api/v1/paste", json={"text": "Home\nMy Network\nhello there"}).json()
    assert result["ok"] and all(c["new"] == 0 for c in result["counts"])
    assert any("no invitations found" in note for note in result["notes"])
