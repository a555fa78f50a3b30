"""`linkscreen serve`: loopback by default, a token for anything else, printed for the user."""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner

from linkscreen.cli import serve
from linkscreen.cli.app import app


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Capture what uvicorn would have been asked to run instead of running it."""
    import uvicorn

    calls: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda web_app, **options: calls.update(app=web_app, **options))
    return calls


@pytest.fixture
def free_ports(started: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """As `started`, with every port free (the tests below name ports this machine may be using)."""
    monkeypatch.setattr(serve, "check_can_listen", lambda host, port: "")
    return started


def test_serve_listens_on_loopback_by_default_without_a_token(free_ports: dict[str, Any]) -> None:
    """GIVEN no options WHEN serve starts THEN 127.0.0.1:8000, no access token, an API token printed."""
    started = free_ports
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 0, result.output
    assert (started["host"], started["port"]) == ("127.0.0.1", 8000)
    assert "http://127.0.0.1:8000/" in result.output and "?token=" not in result.output
    assert f"Bearer {started['app'].state.api_token}" in result.output


def test_serve_on_another_address_generates_and_prints_a_token(free_ports: dict[str, Any]) -> None:
    """GIVEN a non-loopback host and no token WHEN serve starts THEN a token is made, printed and required."""
    result = CliRunner().invoke(app, ["serve", "--host", "10.1.2.3", "--port", "8123"])
    assert result.exit_code == 0, result.output
    started = free_ports
    token = started["app"].state.api_token
    assert f"http://10.1.2.3:8123/?token={token}" in result.output and len(token) >= 16
    from fastapi.testclient import TestClient

    assert TestClient(started["app"]).get("/api/v1/stats").status_code == 401


def test_serve_uses_the_given_token(free_ports: dict[str, Any]) -> None:
    """GIVEN --token WHEN serve starts THEN that token guards every request."""
    result = CliRunner().invoke(app, ["serve", "--token", "a-long-enough-token-123"])
    assert result.exit_code == 0
    assert free_ports["app"].state.api_token == "a-long-enough-token-123"


def test_serve_refuses_a_short_token(started: dict[str, Any]) -> None:
    """GIVEN a guessable token WHEN serve starts THEN it refuses with exit status 2 and runs nothing."""
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--token", "short"])
    assert result.exit_code == 2 and "at least 16" in result.output and not started


def test_serve_refuses_a_database_it_cannot_open(started: dict[str, Any]) -> None:
    """GIVEN a --db that cannot be opened (#9) WHEN serve starts THEN one error line, exit status 1, nothing runs."""
    result = CliRunner().invoke(app, ["--db", "sqlite:////no/such/folder/x.db", "serve"])
    assert result.exit_code == 1 and not started
    assert result.output.startswith("error: cannot open database sqlite:////no/such/folder/x.db: ")


@pytest.mark.parametrize("host", ["0.0.0.0", "::"])
def test_serve_on_all_interfaces_prints_a_link_with_this_machines_name(free_ports: dict[str, Any], host: str) -> None:
    """#25: GIVEN --host 0.0.0.0 (or ::) WHEN serve starts THEN it says it listens on all interfaces and the link
    names this machine, which a browser elsewhere can open (never http://0.0.0.0/)."""
    import socket

    result = CliRunner().invoke(app, ["serve", "--host", host, "--port", "8123"])
    assert result.exit_code == 0, result.output
    token = free_ports["app"].state.api_token
    assert f"listening on all interfaces ({host} port 8123)" in result.output
    assert f"linkscreen: open http://{socket.gethostname()}:8123/?token={token}" in result.output
    assert "0.0.0.0:8123/" not in result.output and free_ports["host"] == host


def test_serve_on_a_busy_port_says_so_in_one_line_before_printing_any_link(started: dict[str, Any]) -> None:
    """#25: GIVEN a port another program listens on WHEN serve starts there THEN one error line naming the address,
    exit status 1, no link or token printed (it would lead to that program), and no server started."""
    import socket

    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--port", str(port)])
    assert result.exit_code == 1 and not started
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}: address already in use")
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_listening_check_accepts_a_free_port_and_names_an_address_not_this_machines() -> None:
    """A free port passes; an address no interface has is refused with the system's reason."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert serve.check_can_listen("127.0.0.1", port) == ""
    assert serve.check_can_listen("192.0.2.1", port).startswith(f"cannot listen on 192.0.2.1:{port}: ")
