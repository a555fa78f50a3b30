"""`linkscreen edit`: correct a request's fields; later imports never overwrite them."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from linkscreen import services
from linkscreen.cli.app import SCREEN, app
from linkscreen.cli.output import console, errors


@app.command("edit", rich_help_panel=SCREEN)
def edit_command(
    ctx: typer.Context,
    invitation_id: Annotated[int, typer.Argument(metavar="ID", help="The request's id (see `linkscreen list`).")],
    headline: Annotated[str | None, typer.Option(help="The sender's headline as you know it.")] = None,
    company: Annotated[str | None, typer.Option(help="The sender's company.")] = None,
    location: Annotated[str | None, typer.Option(help="Where the sender is.")] = None,
    name: Annotated[str | None, typer.Option(help="The sender's name.")] = None,
    mutual_connections: Annotated[int | None, typer.Option(min=0, help="How many connections you share.")] = None,
) -> None:
    """Correct a request's headline, company, location, name or mutual connections.

    What you set is kept: a later import (export, e-mail, pasted page) never overwrites it. The
    change is kept in the request's history (`linkscreen history ID`).
    """
    given: dict[str, Any] = {
        field: value
        for field, value in (("headline", headline), ("company", company), ("location", location), ("name", name),
                             ("mutual_connections", mutual_connections))
        if value is not None
    }
    if not given:
        errors.print("error: nothing to edit; give at least one of --headline, --company, --location, --name, "
                     "--mutual-connections", markup=False, highlight=False)
        raise typer.Exit(2)
    try:
        changes, triaged = services.edit_and_reassess(ctx.obj.store(), ctx.obj.screener(), invitation_id, **given)
    except ValueError as error:  # NotFoundError is a LookupError, caught below
        errors.print(f"error: {error}", markup=False, highlight=False)
        raise typer.Exit(1) from error
    except services.NotFoundError as error:
        errors.print(f"error: {error}", markup=False, highlight=False)
        raise typer.Exit(1) from error
    for change in changes:
        console.print(f"request {invitation_id}: {change.describe()}", markup=False, highlight=False, soft_wrap=True)
    unchanged = sorted(set(given) - {change.field for change in changes})
    if unchanged:
        console.print(f"request {invitation_id}: {', '.join(unchanged)} already so; now kept as yours",
                      markup=False, highlight=False)
    if changes and triaged:
        a = triaged.assessment
        console.print(f"request {invitation_id}: now {a.intent} ({a.confidence:.0%}), proposed: {a.action}",
                      markup=False, highlight=False)
