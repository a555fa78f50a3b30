"""`linkscreen serve`: the web app and HTTP API on this machine."""

from __future__ import annotations

import errno
import socket
from typing import Annotated

import typer

from linkscreen.cli.app import WEB, app
from linkscreen.cli.output import errors


@app.command("serve", rich_help_panel=WEB)
def serve_command(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on. Anything but loopback needs a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(envvar="LINKSCREEN_TOKEN", help="Access token every request must carry (generated when a "
                     "non-loopback address is given without one)."),
    ] = None,
) -> None:
    """Start the web app (queue, challenges, import, dashboard, settings) and the HTTP API under /api/v1.

    It listens on 127.0.0.1:8000 by default and opens nothing to the network unless told: binding any
    other address requires an access token, and every request then needs it.
    """
    import uvicorn

    from linkscreen.web import create_app
    from linkscreen.web.security import generate_token, is_loopback

    if token is not None and len(token) < 16:
        errors.print("error: the token must be at least 16 characters long", highlight=False)
        raise typer.Exit(2)
    if not is_loopback(host) and not token:
        token = generate_token()
    ctx.obj.store().close()  # a database that cannot be opened is an error now, not on the first page
    problem = check_can_listen(host, port)  # before printing a link that would lead to whatever holds the port
    if problem:
        errors.print(f"error: {problem}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(1)
    web_app = create_app(db_url=ctx.obj.db_url, token=token, loopback_only=is_loopback(host))
    if host in ALL_INTERFACES:
        typer.echo(f"linkscreen: listening on all interfaces ({host} port {port}); from another machine use "
                   "this machine's name or address")
    url = f"http://{name_host(host)}:{port}/"
    typer.echo(f"linkscreen: open {url}?token={token}" if token else f"linkscreen: open {url}")
    typer.echo(f"API clients send the header: Authorization: Bearer {web_app.state.api_token}")
    uvicorn.run(web_app, host=host, port=port, log_level="warning", server_header=False)


ALL_INTERFACES = ("0.0.0.0", "::", "")


def name_host(host: str) -> str:
    """The host part of a link a user can open: this machine's name for an all-interfaces address (a browser
    cannot open 0.0.0.0 from elsewhere), an IPv6 address in brackets, any other as given."""
    if host in ALL_INTERFACES:
        host = socket.gethostname() or "localhost"
    return f"[{host}]" if ":" in host else host


def check_can_listen(host: str, port: int) -> str:
    """Bind every address `host` names on `port` for a moment, as the server will; return why one cannot be
    bound (the port is taken, the address is not this machine's), or "" when all can."""
    shown = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    try:
        addresses = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as error:
        return f"cannot listen on {shown}: {str(error.strerror).lower()}"
    for family, kind, protocol, _, address in addresses:
        try:
            with socket.socket(family, kind, protocol) as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server: TIME_WAIT is no bar
                if family == socket.AF_INET6:
                    probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                probe.bind(address)
        except OSError as error:
            busy = error.errno == errno.EADDRINUSE
            hint = " (another server, or linkscreen already? choose another --port)" if busy else ""
            return f"cannot listen on {shown}: {(error.strerror or str(error)).lower()}{hint}"
    return ""
