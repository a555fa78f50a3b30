"""`linkscreen import`: read exports and files into the database."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from linkscreen import services
from linkscreen.cli.app import BRING_IN, app
from linkscreen.cli.output import console, count_of, errors, report_interruption, show_spinner
from linkscreen.core.models import ImportSummary

MAX_ERRORS_SHOWN = 50
_URL_SECRET = re.compile(r"(://[^:@/]*):[^@/]*@")
ImapJob = tuple["services.ImapSettings", str]  # a string: the services are imported on first use


@app.command("import", rich_help_panel=BRING_IN)
def import_command(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(
        help="LinkedIn export (ZIP or folder), .jsonl or .csv files, invitation e-mails (.eml, .mbox, Maildir), "
             "or an IMAP folder: imaps://user@host[:port]/FOLDER or imap://... (STARTTLS).",
        metavar="PATH_OR_URL")],
    since: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="IMAP only: read the messages that arrived on or after this day.")] = None,
) -> None:
    """Import LinkedIn exports, JSON Lines/CSV files and invitation e-mails (files or IMAP); never duplicates.

    Each path is one transaction: it lands whole or not at all. An IMAP folder is read
    read-only and committed in batches: a broken connection keeps what was read, and the
    same command again continues after it. The IMAP password comes from
    LINKSCREEN_IMAP_PASSWORD or a prompt (never the URL); LINKSCREEN_IMAP_CAFILE trusts a
    server's own certificate; ?tls=off (plain text) is for a trusted network only.
    Malformed rows are reported with file and line and skipped. When anything new or changed
    was stored, the open queue is then re-assessed (as the web import does), so `list` shows
    verdicts of what is stored now. Interrupted (Ctrl-C), it says in one line what it kept
    (exit status 130).
    """
    run = services.RunRecord()
    with report_interruption(run):
        store = ctx.obj.store()
        results = run_imports(store, paths, since.date() if since else None, run)
        if any(has_changes(result.summary) for result in results):
            reassess_queue(ctx, store, run)
    if any(not result.ok or result.summary.errors for result in results):
        raise typer.Exit(1)


def reassess_queue(ctx: typer.Context, store: services.Store, run: services.RunRecord | None = None) -> None:
    """Sync the challenge and re-assess the open queue after an import (`services.triage_stored`, the web
    import's own call) and say so in one line; the imported rows stay even when the policy cannot load.
    `run` follows what is saved, for the line an interrupted command prints."""
    try:
        screener = ctx.obj.screener()
    except typer.Exit:
        errors.print("note: the imported rows are stored, but the queue was not re-assessed: fix the error, "
                     "then run `linkscreen triage`", highlight=False)
        raise
    with show_spinner("re-assessing the open queue"):
        done = services.triage_stored(store, screener, workers=os.cpu_count() or 1, run=run)
    moved = [f"{done[key]} {key}" for key in ("asked", "replied", "expired") if done[key]]
    challenge = f" (challenge: {', '.join(moved)})" if moved else ""
    console.print(f"re-assessed {count_of(done['assessed'], 'open request')}{challenge}", highlight=False)


def run_imports(
    store: services.Store, paths: Sequence[Path | str], since: date | None = None,
    run: services.RunRecord | None = None,
) -> list[services.ImportResult]:
    """Import with a progress display and print each summary (shared by `import` and `triage`); `run` follows
    what is saved, for the line an interrupted command prints."""
    jobs = prepare_imports(paths)  # passwords are asked before the progress display starts
    run = run if run is not None else services.RunRecord()
    results = []
    with show_spinner("importing") as say:
        for job in jobs:
            if isinstance(job, services.ImportResult):
                results.append(job)
            elif isinstance(job, Path):
                say(f"importing {job.name}")
                run.start_import(str(job))
                on_progress = lambda rows, p=job: say(f"importing {p.name}: {rows:,} rows")  # noqa: E731
                results.extend(services.import_paths(store, [job], on_progress, on_saved=run.keep_import))
                run.finish_import(kept=False)  # not saved, unless `keep_import` said so as it was
            else:
                settings, password = job
                say(f"reading {settings.label}")
                run.start_import(settings.label, in_batches=True)

                def on_mail(count: int, s: services.ImapSettings = settings) -> None:
                    say(f"reading {s.label}: {count:,} messages")
                    run.count_batch(count)

                result = services.import_imap(store, settings, password, since, on_mail)
                results.append(result)
                run.finish_import(kept=result.ok or run.batched_messages > 0)  # a dropped connection keeps its batches
    for result in results:
        print_summary(result)
    return results


def prepare_imports(paths: Sequence[Path | str]) -> list[Path | ImapJob | services.ImportResult]:
    """Paths stay paths; an IMAP URL gets its settings and password (asked once per user and server),
    or becomes a failed result when it is not valid."""
    jobs: list[Path | ImapJob | services.ImportResult] = []
    passwords: dict[tuple[str, str, int], str] = {}
    for path in paths:
        if isinstance(path, Path) or not services.is_imap_url(path):
            jobs.append(Path(path))
            continue
        try:
            settings = services.parse_imap_url(path)
        except services.ImapError as error:
            jobs.append(
                services.ImportResult(_URL_SECRET.sub(r"\1:***@", path), "", ImportSummary(), failure=str(error))
            )
            continue
        if settings.tls == "off":
            errors.print(f"[yellow]warning[/yellow]: {escape(settings.label)}: TLS is off, so the password "
                         "and the mail cross the network in plain text; use this on a trusted network only",
                         highlight=False)
        server = (settings.user, settings.host, settings.port)
        if server not in passwords:
            passwords[server] = os.environ.get(services.IMAP_PASSWORD_ENV) or typer.prompt(
                f"IMAP password for {settings.user} at {settings.host}", hide_input=True, err=True)
        jobs.append((settings, passwords[server]))
    return jobs


def print_summary(result: services.ImportResult) -> None:
    """Print what one import did: counts per kind, notes, and the rejected rows with file:line.

    A failed import prints its error; one that stopped half-way (IMAP) also prints what it kept.
    """
    if not result.ok:
        errors.print(f"[red]error[/red]: {escape(describe_failure(result.source, result.failure))}", highlight=False)
        if not _has_counts(result.summary):
            return
    summary = result.summary
    console.print(f"[bold]{escape(result.source)}[/bold] ({result.kind})", highlight=False)
    kinds = sorted(set(summary.new) | set(summary.updated) | set(summary.unchanged))
    for kind in kinds:
        console.print(
            f"  {kind}: {summary.new.get(kind, 0)} new, {summary.updated.get(kind, 0)} updated, "
            f"{summary.unchanged.get(kind, 0)} unchanged",
            highlight=False,
        )
    if summary.hidden_connections:
        console.print(f"  hidden profiles among connections: {summary.hidden_connections}", highlight=False)
    for note in summary.notes:
        console.print(f"  note: {note}", highlight=False, markup=False)
    console.print(f"  rejected: {summary.rejected}", highlight=False)
    for error in summary.errors[:MAX_ERRORS_SHOWN]:
        errors.print(f"  rejected {error}", highlight=False, markup=False)
    if summary.rejected > MAX_ERRORS_SHOWN:
        errors.print(f"  ... and {count_of(summary.rejected - MAX_ERRORS_SHOWN, 'more rejected row')}", highlight=False)


def describe_failure(source: str, failure: str) -> str:
    """Return "source: failure", naming the file once when the failure already starts with it (its path,
    its name, or the file of an evidence source's default name "kind:file")."""
    named, separator, rest = failure.partition(": ")
    if separator and named:
        if named == source or source.endswith(f":{Path(named).name}"):
            return failure
        if named == Path(source).name:
            return f"{source}: {rest}"
    return f"{source}: {failure}"


def has_changes(summary: ImportSummary) -> bool:
    """True when an import stored something new or changed (what makes the queue's verdicts stale)."""
    return any(summary.new.values()) or any(summary.updated.values())


def _has_counts(summary: ImportSummary) -> bool:
    return bool(summary.new or summary.updated or summary.unchanged or summary.errors)
