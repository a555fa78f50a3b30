"""`linkscreen list`, `triage` and `stats`: look at the stored queue."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from linkscreen import services
from linkscreen.cli.app import app
from linkscreen.cli.imports import run_imports
from linkscreen.cli.output import console, print_jsonl, write_safe_csv
from linkscreen.core.taxonomy import Status

CSV_COLUMNS = ["id", "name", "headline", "company", "location", "mutual_connections", "message", "sent_at", "profile_url", "status"]


@app.command("list")
def list_command(
    ctx: typer.Context,
    status: Annotated[list[Status] | None, typer.Option("--status", help="Only these statuses (repeatable).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines, one request per line.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV (formula-looking cells neutralised).")] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
) -> None:
    """List incoming requests, newest first."""
    rows = services.list_queue(ctx.obj.store(), statuses=[s.value for s in status or []], limit=limit)
    described = [services.describe_invitation(row) for row in rows]
    if as_json:
        print_jsonl(described)
    elif as_csv:
        write_safe_csv(described, CSV_COLUMNS)
    else:
        console.print(build_queue_table(described))


@app.command("triage")
def triage_command(
    ctx: typer.Context,
    paths: Annotated[list[Path] | None, typer.Argument(help="Optional exports or files to import first.")] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many requests.")] = 50,
) -> None:
    """Import (optionally) and show the queue of new requests."""
    store = ctx.obj.store()
    if paths:
        run_imports(store, paths)
    rows = services.list_queue(store, statuses=[Status.NEW.value], limit=limit)
    console.print(build_queue_table([services.describe_invitation(row) for row in rows]))


@app.command("stats")
def stats_command(ctx: typer.Context) -> None:
    """Show counts of what is stored."""
    stats = services.read_stats(ctx.obj.store())
    table = Table(title="linkscreen", show_header=False)
    table.add_row("incoming requests", str(stats.incoming))
    table.add_row("  with a note", str(stats.incoming_with_note))
    for status, count in sorted(stats.by_status.items()):
        table.add_row(f"  {status}", str(count))
    table.add_row("outgoing requests", str(stats.outgoing))
    table.add_row("connections", str(stats.connections))
    table.add_row("hidden profiles", str(stats.hidden_connections))
    table.add_row("messages", str(stats.messages))
    table.add_row("sponsored InMail", str(stats.sponsored_messages))
    table.add_row("own positions", str(stats.positions))
    table.add_row("imports", str(stats.imports))
    console.print(table)


def build_queue_table(rows: list[dict]) -> Table:
    """Return a Rich table of requests (sender text is shown as text, never as markup)."""
    table = Table(show_lines=False)
    for column in ("id", "sent", "name", "headline", "note"):
        table.add_column(column, overflow="fold")
    for row in rows:
        note = row["message"] or "(default note)"
        table.add_row(
            str(row["id"]), (row["sent_at"] or "")[:10], _plain(row["name"]), _plain(row["headline"]), _plain(note[:120])
        )
    return table


def _plain(text: str) -> str:
    from rich.markup import escape

    return escape(text or "")
