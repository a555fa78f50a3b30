"""The `linkscreen` command and its global options."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

import typer

from linkscreen import __version__, services
from linkscreen.adapters.config import ConfigError
from linkscreen.adapters.modelfile import ModelFileError

if TYPE_CHECKING:
    from linkscreen.adapters.storage import Store

app = typer.Typer(
    name="linkscreen",
    help="Decide which LinkedIn connection requests to accept, on your own machine.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


# `--help` lists the commands in these panels, panels in the order their modules register (_register_commands).
BRING_IN = "Bring requests and evidence in"
SCREEN = "Screen and decide"
LEARN = "Learn and measure"
TOOLS = "Stateless tools (JSON Lines in and out)"
WEB = "Web app and HTTP API"


@dataclass(slots=True)
class CliState:
    """What the global options set, handed to every command through the Typer context."""

    db_url: str | None = None
    _store: Store | None = None
    _screener: services.Screener | None = None

    def store(self) -> Store:
        """Open the database on first use; one that cannot be opened is a one-line error (exit status 1)."""
        if self._store is None:
            try:
                self._store = services.open_store(self.db_url)
            except services.StoreError as error:
                typer.echo(f"error: {error}", err=True)
                raise typer.Exit(1) from error
        return self._store

    def screener(self) -> services.Screener:
        """Load the models and the user's policy on first use; a bad config is a clear error."""
        if self._screener is None:
            try:
                self._screener = services.load_screener()
            except (ConfigError, ModelFileError) as error:
                typer.echo(f"error: {error}", err=True)
                raise typer.Exit(2) from error
        return self._screener


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"linkscreen {__version__}")
        raise typer.Exit()


@app.callback()
def configure(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db", envvar="LINKSCREEN_DB", help="SQLAlchemy database URL (default: SQLite in the user folder)."
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Decide which LinkedIn connection requests to accept, on your own machine."""
    ctx.obj = CliState(db_url=db)


def _register_commands() -> None:
    """Import the command modules: each registers its commands on `app`; `--help` lists them in this order."""
    from linkscreen.cli import (  # noqa: F401, I001
        imports, paste, evidence, queue, challenge, editing, screening, coach, serve,
    )


_register_commands()


def main() -> None:
    """Entry point of the console script."""
    app()
