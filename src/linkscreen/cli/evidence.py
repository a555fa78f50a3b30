"""`linkscreen evidence add|refresh|list|show|remove`: the sources that prove you know someone."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from linkscreen import services
from linkscreen.adapters.config import ConfigError
from linkscreen.adapters.evidence.sources import KINDS
from linkscreen.cli.app import BRING_IN, app
from linkscreen.cli.imports import has_changes, print_summary, reassess_queue
from linkscreen.cli.output import console, count_of, errors, print_jsonl, show_spinner

evidence_app = typer.Typer(
    help="Relationship evidence: your contacts, mail, calendar, CRM and LinkedIn export, indexed locally.",
    no_args_is_help=True,
)
app.add_typer(evidence_app, name="evidence", rich_help_panel=BRING_IN)
KIND_HELP = f"One of: {', '.join(KINDS)}."


@evidence_app.command("add")
def add_command(
    ctx: typer.Context,
    kind: Annotated[str, typer.Argument(help=KIND_HELP)],
    path: Annotated[str, typer.Argument(help="The file or folder (imap://user@host/FOLDER for imap).")],
    name: Annotated[str, typer.Option(help="Name to index it under (default: KIND:file name).")] = "",
) -> None:
    """Index a source; adding the same name again refreshes it (never duplicates).

    Malformed records are reported with file and position and skipped; the rest lands in one
    transaction. Run `linkscreen triage` afterwards to see decisions change. A LinkedIn export's
    invitations are imported into the queue too, which is then re-assessed (as after `linkscreen
    import`). For imap, PATH is imap[s]://user@host/FOLDER; only message headers are read,
    read-only; the password comes from LINKSCREEN_IMAP_PASSWORD or a prompt.
    """
    if kind not in KINDS:
        errors.print(f"error: unknown kind {kind!r}; one of: {', '.join(KINDS)}", markup=False, highlight=False)
        raise typer.Exit(2)
    settings = _load_settings()
    password = ""
    if kind == "imap":
        password = (
            os.environ.get(services.IMAP_PASSWORD_ENV) or typer.prompt(f"IMAP password for {path}", hide_input=True)
        )
    with show_spinner(f"reading {path}") as say:
        result = services.add_evidence(ctx.obj.store(), kind, _as_path(kind, path), name, settings, password,
                                       on_progress=lambda count: say(f"reading {path}: {count:,} records"))
    _report(result)
    if kind == "linkedin" and has_changes(result.summary):  # requests were imported: as after `import`
        reassess_queue(ctx, ctx.obj.store())
    if not result.ok or result.summary.errors:
        raise typer.Exit(1)


@evidence_app.command("refresh")
def refresh_command(ctx: typer.Context) -> None:
    """Re-read every source: those listed as evidence.sources in config.toml, and those you added.

    Each is read again from the path it was added from; one whose file is gone (or that was
    uploaded on the web page) is skipped with a note. An IMAP folder needs its password:
    LINKSCREEN_IMAP_PASSWORD, or a prompt when run in a terminal; without either it is skipped.
    """
    settings = _load_settings()
    store = ctx.obj.store()
    if not settings.sources and not services.list_evidence(store):
        console.print("no evidence sources (none added, no [[evidence.sources]] in config.toml): nothing to refresh",
                      markup=False, highlight=False)
        return
    results = services.refresh_evidence(store, settings, _ask_imap_password)
    for result in results:
        _report(result)
    if any(r.kind == "linkedin" and has_changes(r.summary) for r in results):  # an export's requests changed
        reassess_queue(ctx, store)
    if any(not r.ok or r.summary.errors for r in results):
        raise typer.Exit(1)


@evidence_app.command("list")
def list_command(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False
) -> None:
    """The sources in the index, with what each holds (people and meetings; for a LinkedIn export, its
    connections, messages, positions and invitations)."""
    store = ctx.obj.store()
    sources = [(s, services.describe_holdings(s, store)) for s in services.list_evidence(store)]
    if as_json:
        print_jsonl(
            {"name": s.name, "kind": s.kind, "path": s.path, "people": s.people, "meetings": s.meetings,
             "holds": holds, "added_at": s.added_at.isoformat(), "updated_at": s.updated_at.isoformat()}
            for s, holds in sources
        )
        return
    if not sources:
        console.print("no evidence yet: add some with `linkscreen evidence add KIND PATH`", highlight=False)
    for s, holds in sources:
        console.print(
            f"{s.name}  ({s.kind})  {describe_counts(holds)}, updated {s.updated_at:%Y-%m-%d %H:%M}",
            markup=False, highlight=False,
        )


def describe_counts(holds: dict[str, int]) -> str:
    """What a source holds in words: "3 people, 1 meeting", or "295 connections, 199 messages, ..."."""
    return ", ".join(count_of(n, "person", "people") if kind == "people" else count_of(n, kind.removesuffix("s"))
                     for kind, n in holds.items())


@evidence_app.command("show")
def show_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The source's name (see `linkscreen evidence list`).")],
    limit: Annotated[int, typer.Option(help="How many people and meetings to show.")] = 20,
) -> None:
    """One source: its most active people and newest meetings."""
    store = ctx.obj.store()
    detail = services.show_evidence(store, name, limit)
    if detail is None:
        errors.print(f"error: no evidence source named {name!r} (see `linkscreen evidence list`)", markup=False,
                     highlight=False)
        raise typer.Exit(1)
    s = detail.source
    console.print(
        f"{s.name} ({s.kind}) from {s.path}: {describe_counts(services.describe_holdings(s, store))}",
        markup=False, highlight=False,
    )
    for person in detail.people:
        emails = ", ".join(person.emails)
        counts = (
            f"sent {person.sent}, received {person.received}" if person.relation == "correspondent" else person.relation
        )
        company = f" ({person.company})" if person.company else ""
        console.print(f"  {person.name or '-'}{company} <{emails}> {counts}", markup=False, highlight=False)
    for meeting in detail.meetings:
        when = f"{meeting.started_at:%Y-%m-%d}" if meeting.started_at else "undated"
        console.print(
            f"  meeting {when}: {meeting.title} ({len(meeting.attendees)} people)", markup=False, highlight=False
        )


@evidence_app.command("remove")
def remove_command(ctx: typer.Context, name: Annotated[str, typer.Argument(help="The source's name.")]) -> None:
    """Forget a source and everything indexed from it."""
    if not services.remove_evidence(ctx.obj.store(), name):
        errors.print(f"error: no evidence source named {name!r}", markup=False, highlight=False)
        raise typer.Exit(1)
    console.print(f"removed {name}", markup=False, highlight=False)


def _ask_imap_password(url: str) -> str:
    """An IMAP source's password: LINKSCREEN_IMAP_PASSWORD, else asked when there is a terminal to ask at."""
    password = os.environ.get(services.IMAP_PASSWORD_ENV, "")
    if not password and sys.stdin.isatty():
        password = typer.prompt(f"IMAP password for {url}", hide_input=True, default="", show_default=False)
    return password


def _load_settings() -> services.EvidenceSettings:
    try:
        return services.load_evidence_settings()
    except ConfigError as error:
        errors.print(f"error: {error}", markup=False, highlight=False)
        raise typer.Exit(2) from error


def _as_path(kind: str, path: str) -> Path | str:
    return path if kind == "imap" else Path(path).expanduser()


def _report(result: services.ImportResult) -> None:
    print_summary(result)
    removed = ", ".join(f"{kind}: {count} removed" for kind, count in result.summary.removed.items())
    if removed:
        console.print(f"  {removed}", highlight=False)
