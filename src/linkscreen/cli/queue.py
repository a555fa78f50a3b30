"""`linkscreen list`, `triage` and `stats`: look at the stored queue."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.markup import escape
from rich.panel import Panel

from linkscreen import services
from linkscreen.cli.app import LEARN, SCREEN, app
from linkscreen.cli.imports import run_imports
from linkscreen.cli.output import (
    console, count_of, print_jsonl, report_interruption, show_spinner, write_safe_csv,
)
from linkscreen.core.taxonomy import Status

CSV_COLUMNS = [
    "id", "name", "headline", "company", "location", "mutual_connections", "message", "sent_at", "profile_url",
    "status", "intent", "action",
]
ACTION_ORDER = ("accept", "ask", "ignore")
ACTION_STYLE = {"accept": "green", "ask": "yellow", "ignore": "red"}


@app.command("list", rich_help_panel=SCREEN)
def list_command(
    ctx: typer.Context,
    status: Annotated[list[Status] | None, typer.Option("--status", help="Only these statuses (repeatable).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines, one request per line.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV (formula-looking cells neutralised).")] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    search: Annotated[str, typer.Option(
        "--search", metavar="TEXT",
        help="Only senders whose name contains this, without case or accents (lucia finds Lucía), as the web "
             "queue's search.")] = "",
) -> None:
    """List incoming requests, newest first (with intent and action once triaged)."""
    rows = services.describe_queue(ctx.obj.store(), statuses=[s.value for s in status or []], limit=limit,
                                   search=search)
    if as_json:
        print_jsonl(rows)
    elif as_csv:
        write_safe_csv(rows, CSV_COLUMNS)
    else:
        for row in rows:
            verdict = f"{row.get('intent', '-')} -> {row.get('action', '-')}"
            console.print(
                f"{row['id']:>6}  {(row['sent_at'] or '')[:10]}  {row['status']:<8} {escape(row['name'])}: "
                f"{escape(row['headline'] or '')}  {escape(f'[{verdict}]')}",
                highlight=False,
            )


@app.command("triage", rich_help_panel=SCREEN)
def triage_command(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None, typer.Argument(help="Optional exports, files or imap[s]:// folders to import first.")
    ] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many requests per action.")] = 20,
    reasons: Annotated[int, typer.Option(help="How many reasons to show per request.")] = 3,
) -> None:
    """Import (optionally), then show open requests grouped by proposed action, with replies to copy.

    Decisions follow your current policy (config.toml): change the preset or a rule and run
    triage again; nothing needs re-importing. Interrupted (Ctrl-C), it says in one line what it
    kept (exit status 130): the verdicts are saved 1,000 requests at a time.
    """
    run = services.RunRecord()
    with report_interruption(run):
        store, screener = ctx.obj.store(), ctx.obj.screener()
        sync, triaged = import_and_triage(store, screener, paths or [], limit, run)
        show_triage(screener, sync, triaged, bool(paths), limit, reasons)


def import_and_triage(
    store: services.Store, screener: services.Screener, paths: list[str], limit: int, run: services.RunRecord
) -> tuple[services.SyncReport, services.QueueTriage]:
    """`triage`'s work: import the paths, sync the challenge and assess the open queue, `run` following each step."""
    if paths:
        run_imports(store, paths, run=run)
    run.start_challenge()
    sync = services.sync_challenges(store, screener)
    run.finish_challenge(sync)
    if sync.asked or sync.replied or sync.expired:
        console.print(
            f"challenge: {sync.asked} asked, {sync.replied} replied, {sync.expired} expired (from messages)",
            highlight=False,
        )
    run.start_assessing()
    with show_spinner("assessing the open queue") as say:  # on stderr, and only when it is a terminal
        def progress(done: int, total: int) -> None:
            say(f"assessed {done:,} of {total:,} open requests")
            run.count_assessed(done, total)

        triaged = services.triage_queue(store, screener, shown=limit, on_progress=progress, workers=os.cpu_count() or 1)
    run.finish_assessing()
    return sync, triaged


def show_triage(
    screener: services.Screener, sync: services.SyncReport, triaged: services.QueueTriage, imported: bool,
    limit: int, reasons: int,
) -> None:
    """The assessed queue grouped by proposed action, each group's newest `limit` requests as cards."""
    gap = "\n" if imported or sync.asked or sync.replied or sync.expired else ""  # a blank line after what came before
    for action in ACTION_ORDER:
        count = triaged.counts.get(action, 0)
        console.print(f"{gap}[bold {ACTION_STYLE[action]}]{action.upper()}[/] ({count})")
        gap = "\n"
        for item in triaged.shown.get(action, [])[:limit]:
            console.print(render_card(item, reasons))
        if count > limit:
            console.print(f"  ... {count - limit} more (use --limit)")
    console.print(f"\npolicy: {screener.policy.preset}; {count_of(triaged.total, 'open request')}", highlight=False)


@app.command("stats", rich_help_panel=LEARN)
def stats_command(ctx: typer.Context) -> None:
    """Show counts of what is stored."""
    stats = services.read_stats(ctx.obj.store())
    rows = [
        ("incoming requests", stats.incoming),
        ("  with a note", stats.incoming_with_note),
        *((f"  {status}", count) for status, count in sorted(stats.by_status.items())),
        ("outgoing requests", stats.outgoing),
        ("connections", stats.connections),
        ("hidden profiles", stats.hidden_connections),
        ("messages", stats.messages),
        ("sponsored InMail", stats.sponsored_messages),
        ("own positions", stats.positions),
        ("imports", stats.imports),
    ]
    for label, value in rows:
        console.print(f"{label:<22}{value:>10}", highlight=False)


def render_card(item: services.Triaged, reason_count: int) -> Panel:
    """One request as a panel: who, the note, the verdict with reasons, and the reply to copy."""
    inv, a = item.stored.invitation, item.assessment
    lines = [f"[bold]{escape(inv.name)}[/bold]  {escape(inv.headline or '(no headline)')}"]
    lines.append(f"note: {escape(inv.message) if inv.message else '(default note)'}")
    lines.append(f"intent: {a.intent} ({a.confidence:.0%}); status: {item.stored.status}")
    for reason in (list(a.decision_reasons) + list(a.reasons))[:reason_count]:
        lines.append(f"  - {escape(reason)}")
    if item.reply is not None:
        lines.append(f"reply ({item.reply.outcome}): {escape(item.reply.text[:200])}")
    if a.reply:
        lines.append(f"[yellow]send:[/yellow] {escape(a.reply)}")
    if inv.profile_url:
        lines.append(f"profile: {escape(inv.profile_url)}")
    return Panel("\n".join(lines), title=f"#{item.stored.id}", title_align="left", expand=True)
