"""`linkscreen serve`: loopback by default, a token for anything else, printed for the user."""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner

from linkscreen.cli.app import app


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Capture what uvicorn would have been asked to run instead of running it."""
    import uvicorn

    calls: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda web_app, **options: calls.update(app=web_app, **options))
    return calls


def test_serve_listens_on_loopback_by_default_without_a_token(started: dict[str, Any]) -> None:
    """GIVEN no options WHEN serve starts THEN 127.0.0.1:8000, no access token, an API token printed."""
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 0, result.output
    assert (started["host"], started["port"]) == ("127.0.0.1", 8000)
    assert "http://127.0.0.1:8000/" in result.output and "?token=" not in result.output
    assert f"Bearer {started['app'].state.api_token}" in result.output


def test_serve_on_another_address_generates_and_prints_a_token(started: dict[str, Any]) -> None:
    """GIVEN a non-loopback host and no token WHEN serve starts THEN a token is made, printed and required."""
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0, result.output
    token = started["app"].state.api_token
    assert f"http://0.0.0.0:8123/?token={token}" in result.output and len(token) >= 16
    from fastapi.testclient import TestClient

    assert TestClient(started["app"]).get("/api/v1/stats").status_code == 401


def test_serve_uses_the_given_token(started: dict[str, Any]) -> None:
    """GIVEN --token WHEN serve starts THEN that token guards every request."""
    result = CliRunner().invoke(app, ["serve", "--token", "a-long-enough-token-123"])
    assert result.exit_code == 0
    assert started["app"].state.api_token == "a-long-enough-token-123"


def test_serve_refuses_a_short_token(started: dict[str, Any]) -> None:
    """GIVEN a guessable token WHEN serve starts THEN it refuses with exit status 2 and runs nothing."""
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--token", "short"])
    assert result.exit_code == 2 and "at least 16" in result.output and not started


def test_serve_refuses_a_database_it_cannot_open(started: dict[str, Any]) -> None:
    """GIVEN a --db that cannot be opened (#9) WHEN serve starts THEN one error line, exit status 1, nothing runs."""
    result = CliRunner().invoke(app, ["--db", "sqlite:////no/such/folder/x.db", "serve"])
    assert result.exit_code == 1 and not started
    assert result.output.startswith("error: cannot open database sqlite:////no/such/folder/x.db: ")
