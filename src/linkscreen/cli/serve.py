"""`linkscreen serve`: the web app and HTTP API on this machine."""

from __future__ import annotations

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
    web_app = create_app(db_url=ctx.obj.db_url, token=token, loopback_only=is_loopback(host))
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{shown_host}:{port}/"
    typer.echo(f"linkscreen: open {url}?token={token}" if token else f"linkscreen: open {url}")
    typer.echo(f"API clients send the header: Authorization: Bearer {web_app.state.api_token}")
    uvicorn.run(web_app, host=host, port=port, log_level="warning", server_header=False)
