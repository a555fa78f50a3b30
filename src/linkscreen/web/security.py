"""The web app's guards: the access token, CSRF tokens, request-size limits and security headers."""

from __future__ import annotations

import hmac
import html
import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import HTTPException, Request

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "linkscreen_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
TOKEN_COOKIE = "linkscreen_token"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
# Where bodies may be as large as the upload limit (a pasted page counts as an upload).
UPLOAD_PATHS = ("/import", "/import/paste", "/api/v1/evidence", "/api/v1/paste")
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'; connect-src 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


def is_loopback(host: str) -> bool:
    """True for addresses that only this machine can reach."""
    return host in LOOPBACK_HOSTS or host.startswith("127.")


def generate_token() -> str:
    """Return a fresh random token (for the access token, the API token and CSRF tokens)."""
    return secrets.token_urlsafe(24)


def match_token(given: str | None, expected: str | None) -> bool:
    """Compare tokens in constant time; an empty one never matches."""
    return bool(given and expected) and hmac.compare_digest(given.encode(), expected.encode())


def read_cookies(scope: Scope) -> dict[str, str]:
    """Return the request's cookies."""
    jar: SimpleCookie = SimpleCookie()
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # noqa: BLE001  (a malformed cookie header is ignored, not fatal)
                continue
    return {key: morsel.value for key, morsel in jar.items()}


def read_header(scope: Scope, name: bytes) -> str:
    """Return one request header (the first), or ""."""
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return ""


def read_host_name(scope: Scope) -> str:
    """Return the Host header's name without the port (and without IPv6 brackets)."""
    host = read_header(scope, b"host").strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def read_bearer(scope: Scope) -> str:
    """Return the token of an `Authorization: Bearer` header, or ""."""
    value = read_header(scope, b"authorization")
    return value[7:].strip() if value.lower().startswith("bearer ") else ""


def wants_json(path: str, accept: str) -> bool:
    """True for the API (under /api/) and for clients that ask for JSON rather than HTML; browsers get pages."""
    accept = accept.lower()
    return path.startswith("/api/") or ("application/json" in accept and "text/html" not in accept)


ERROR_PAGE = (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Error {status} · linkscreen</title>'
    '<link rel="stylesheet" href="/static/app.css"></head>\n<body><header class="top"><a class="brand" href="/queue">'
    'linkscreen</a></header>\n<main><h1>Something went wrong ({status})</h1>\n<p class="problem">{message}</p>\n'
    '<p><a href="/queue">Back to the queue</a></p></main></body></html>\n'
)


async def send_error(
    send: Send, status: int, message: str, headers: list[tuple[bytes, bytes]] = (), scope: Scope | None = None
) -> None:
    """Answer with a JSON error body, or (given the scope of a browser's request for a page) a small page
    (the middleware answers before the app, so without the site's templates)."""
    if scope is not None and not wants_json(scope.get("path", ""), read_header(scope, b"accept")):
        content_type = b"text/html; charset=utf-8"
        body = ERROR_PAGE.format(status=status, message=html.escape(message)).encode()
    else:
        content_type, body = b"application/json", json.dumps({"error": message, "status": status}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type), *headers, *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


class GuardMiddleware:
    """Every request: the access token (when one is set), a body-size limit, security headers and a
    CSRF cookie for browsers."""

    def __init__(
        self, app: ASGIApp, token: str | None, body_limit: int, upload_limit: int, loopback_only: bool = False
    ) -> None:
        self.app = app
        self.token = token
        self.loopback_only = loopback_only
        self.body_limit = body_limit
        self.upload_limit = upload_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.loopback_only and not is_loopback(read_host_name(scope)):
            # DNS rebinding: a web page elsewhere may resolve its own name to 127.0.0.1; refuse other names
            await send_error(send, 421, "this server answers only to localhost, 127.0.0.1 or [::1]", scope=scope)
            return
        cookies = read_cookies(scope)
        if self.token and not await self._check_access(scope, cookies, send):
            return
        limit = self.upload_limit if scope["path"].endswith(UPLOAD_PATHS) else self.body_limit
        length = read_header(scope, b"content-length")
        if length.isdigit() and int(length) > limit:
            await send_error(send, 413, f"the request is larger than the limit of {limit:,} bytes", scope=scope)
            return
        csrf = cookies.get(CSRF_COOKIE) or ""
        if len(csrf) < 20:
            csrf = generate_token()
        scope.setdefault("state", {})["csrf"] = csrf
        set_cookie = CSRF_COOKIE not in cookies or cookies[CSRF_COOKIE] != csrf
        started = False
        received = 0

        async def receive_limited() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLarge(limit)
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                headers.extend(SECURITY_HEADERS)
                if set_cookie:
                    cookie = f"{CSRF_COOKIE}={csrf}; Path=/; HttpOnly; SameSite=Strict"
                    headers.append((b"set-cookie", cookie.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive_limited, send_with_headers)
        except BodyTooLarge as error:
            if not started:
                await send_error(send, 413, str(error), scope=scope)

    async def _check_access(self, scope: Scope, cookies: dict[str, str], send: Send) -> bool:
        if match_token(read_bearer(scope), self.token) or match_token(cookies.get(TOKEN_COOKIE), self.token):
            return True
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if match_token(query.get("token"), self.token) and scope["method"] == "GET":
            query.pop("token")
            location = scope["path"] + ("?" + urlencode(query) if query else "")
            cookie = f"{TOKEN_COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"
            await send({"type": "http.response.start", "status": 303,
                        "headers": [(b"location", location.encode()), (b"set-cookie", cookie.encode()),
                                    *SECURITY_HEADERS]})
            await send({"type": "http.response.body", "body": b""})
            return False
        await send_error(send, 401, "this server needs its access token: open the link `linkscreen serve` "
                         "printed, or send `Authorization: Bearer <token>`", [(b"www-authenticate", b"Bearer")],
                         scope=scope)
        return False


class BodyTooLarge(Exception):
    """The request body went past the limit while it was being read."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the request is larger than the limit of {limit:,} bytes")


def read_csrf(request: Request) -> str:
    """Return this browser's CSRF token (the middleware sets it)."""
    return str(request.scope.get("state", {}).get("csrf", ""))


async def require_csrf(request: Request) -> None:
    """Refuse a form post or htmx call whose CSRF token does not match the browser's cookie."""
    expected = read_csrf(request)
    given = request.headers.get(CSRF_HEADER, "")
    if not given and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        given = str(form.get(CSRF_FIELD, ""))
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not (match_token(given, expected) and match_token(cookie, expected)):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")


async def require_api_auth(request: Request) -> None:
    """Let an API call change data only with the API token (a header) or the page's CSRF token."""
    api_token = getattr(request.app.state, "api_token", "")
    if match_token(read_bearer(request.scope), api_token):
        return
    expected = read_csrf(request)
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if match_token(request.headers.get(CSRF_HEADER), expected) and match_token(cookie, expected):
        return
    raise HTTPException(403, "send the API token as `Authorization: Bearer <token>` (printed by `linkscreen serve`)")
