"""The coach in the web app: the /coach page, its live partial (CSRF, escaping) and POST /api/v1/coach."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from linkscreen import services
from linkscreen.core.coach import WEIGHTS
from linkscreen.web import create_app

HOSTILE_DRAFT = '<img src=x onerror="alert(1)"> could you share the slides? <script>alert(2)</script> can we talk?'
GOOD_DRAFT = ("Hi Ana, I enjoyed your ITx talk on backups. I'm rolling out the same setup at work; "
              "happy to share my notes.")
REPORT_KEYS = {"id", "score", "checks", "suggestions", "predicted_intent", "predicted_action"}


@pytest.fixture
def app(tmp_path: Path, user_home: Path) -> object:
    return create_app(db_url=f"sqlite:///{tmp_path / 'web.db'}", home=user_home)


@pytest.fixture
def client(app: object) -> TestClient:
    return TestClient(app)


@pytest.fixture
def api(app: object) -> TestClient:
    test_client = TestClient(app)
    test_client.headers["Authorization"] = f"Bearer {app.state.api_token}"
    return test_client


def read_csrf(client: TestClient) -> str:
    return re.search(r'name="csrf-token" content="([^"]+)"', client.get("/coach").text).group(1)


def test_coach_page_renders_the_form_wired_for_live_checks(client: TestClient) -> None:
    """GIVEN a browser WHEN it opens /coach THEN the form posts to the partial on debounced input, with the
    CSRF token, and the nav marks Coach as the current page."""
    page = client.get("/coach")
    assert page.status_code == 200
    html = page.text
    assert 'hx-post="/coach/check"' in html and 'hx-trigger="input changed delay:400ms, submit"' in html
    assert 'name="message"' in html and 'name="recipient_name"' in html and 'name="context"' in html
    assert re.search(r'name="csrf_token" value="[^"]{20,}"', html)
    assert '<a href="/coach" aria-current="page">Coach</a>' in html
    assert "<script>" not in html.replace('<script src="/static/htmx.min.js" defer></script>', "").replace(
        '<script src="/static/app.js" defer></script>', "")
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_partial_returns_score_checks_suggestions_prediction_and_length(client: TestClient, user_home: Path) -> None:
    """GIVEN a draft, a recipient and a context WHEN checked THEN the partial alone (no page) shows the score,
    every check with its detail, the suggestions, the predicted intent and action, and the length."""
    token = read_csrf(client)
    response = client.post("/coach/check", data={"message": GOOD_DRAFT, "recipient_name": "Ana Silva",
                                                 "context": "ITx 2025", "csrf_token": token})
    assert response.status_code == 200
    html = response.text
    assert "<html" not in html and "<nav" not in html
    score = int(re.search(r'data-score="(\d+)"', html).group(1))
    expected = services.coach_draft(services.load_screener(user_home), GOOD_DRAFT, "Ana Silva", "ITx 2025")
    assert score == expected.score and 0 <= score <= 100
    assert re.findall(r'data-check="(\w+)"', html) == list(WEIGHTS)
    assert html.count('class="check passed"') == sum(c.passed for c in expected.checks)
    assert f'<span class="chars">{len(GOOD_DRAFT)}</span> characters' in html and "200" in html and "300" in html
    assert f">{expected.predicted_intent}<" in html and f">{expected.predicted_action}<" in html
    assert "this would be read as" in html


def test_partial_marks_a_note_over_the_limits(client: TestClient) -> None:
    """GIVEN a 350-character draft WHEN checked THEN the length is flagged over both limits and both checks fail."""
    token = read_csrf(client)
    html = client.post("/coach/check", data={"message": "word " * 70, "csrf_token": token}).text
    assert 'class="length over-premium"' in html and "LinkedIn will not send it" in html
    for name in ("fits_free_limit", "fits_premium_limit"):
        assert f'class="check failed" data-check="{name}"' in html


def test_draft_text_quoted_back_is_escaped(client: TestClient) -> None:
    """GIVEN a draft with <script> and <img onerror> that the checks and suggestions quote WHEN checked
    THEN the markup comes back as escaped text only, in the partial and in the no-JavaScript page."""
    token = read_csrf(client)
    fields = {"message": HOSTILE_DRAFT, "recipient_name": "<b>Eve</b>", "context": "<i>ITx</i>", "csrf_token": token}
    for path in ("/coach/check", "/coach"):
        html = client.post(path, data=fields).text
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "<b>Eve" not in html and "<i>ITx" not in html
        assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html and "&lt;img src=x onerror=" in html
    partial = client.post("/coach/check", data=fields).text
    suggestions = re.search(r'<ol class="suggestions">(.*?)</ol>', partial, re.S).group(1)
    assert "&lt;script&gt;" in suggestions  # the suggestion quotes the draft, escaped


def test_partial_and_form_need_the_csrf_token(client: TestClient) -> None:
    """GIVEN no or a wrong CSRF token WHEN the draft is posted THEN 403."""
    client.get("/coach")
    assert client.post("/coach/check", data={"message": "hi"}).status_code == 403
    assert client.post("/coach/check", data={"message": "hi", "csrf_token": "x" * 32}).status_code == 403
    assert client.post("/coach/check", data={"message": "hi"}, headers={"X-CSRF-Token": "y" * 32}).status_code == 403
    assert client.post("/coach", data={"message": "hi"}).status_code == 403
    token = read_csrf(client)
    assert client.post("/coach/check", data={"message": "hi"}, headers={"X-CSRF-Token": token}).status_code == 200


def test_api_returns_the_same_shape_as_the_cli(api: TestClient, user_home: Path) -> None:
    """GIVEN drafts WHEN posted to /api/v1/coach THEN one report each, in order, equal to `linkscreen coach`'s lines."""
    items = [{"id": "a", "message": GOOD_DRAFT, "recipient_name": "Ana Silva", "context": "ITx 2025"},
             {"id": "b", "message": ""}, {"id": "c", "message": HOSTILE_DRAFT, "recipient_name": None}]
    response = api.post("/api/v1/coach", json={"items": items})
    assert response.status_code == 200, response.text
    reports = response.json()["items"]
    assert [r["id"] for r in reports] == ["a", "b", "c"] and all(set(r) == REPORT_KEYS for r in reports)
    assert reports[1]["score"] == 0 and reports[0]["score"] > reports[1]["score"]
    assert all(set(check) == {"name", "passed", "detail"} for check in reports[0]["checks"])
    cli = list(services.coach_lines([json.dumps(item) for item in items], services.load_screener(user_home)))
    assert reports == cli


def test_api_limits_and_errors(api: TestClient, app: object) -> None:
    """GIVEN too many items, wrong types, a missing message or no token WHEN posted THEN JSON errors."""
    many = {"items": [{"id": str(i), "message": "hi"} for i in range(101)]}
    assert api.post("/api/v1/coach", json={"items": many["items"][:100]}).status_code == 200
    wrong = [{"id": "a"}, {"id": "a", "message": 3}, {"id": "", "message": "x"}, {"id": "a", "message": "x" * 20001},
             {"id": "a", "message": "x", "context": ["ITx"]}]
    for body in (many, {}, *({"items": [item]} for item in wrong)):
        response = api.post("/api/v1/coach", json=body)
        assert response.status_code == 422 and response.json()["status"] == 422 and "error" in response.json()
    anonymous = TestClient(app).post("/api/v1/coach", json={"items": []})
    assert anonymous.status_code == 403 and anonymous.json()["status"] == 403


def test_api_is_in_the_openapi_schema(client: TestClient) -> None:
    """GIVEN the schema WHEN read THEN POST /api/v1/coach is documented with its request and response."""
    schema = client.get("/openapi.json").json()
    operation = schema["paths"]["/api/v1/coach"]["post"]
    assert "requestBody" in operation and "200" in operation["responses"] and "403" in operation["responses"]
    assert set(schema["components"]["schemas"]["CoachReportOut"]["properties"]) == REPORT_KEYS
