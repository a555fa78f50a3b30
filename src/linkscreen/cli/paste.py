"""`linkscreen paste`: import the copied text (or saved HTML) of LinkedIn's "Manage invitations" page."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from linkscreen import services
from linkscreen.cli.app import BRING_IN, app
from linkscreen.cli.imports import has_changes, print_summary, reassess_queue
from linkscreen.cli.output import errors
from linkscreen.core.models import FileNote


@app.command("paste", rich_help_panel=BRING_IN)
def paste_command(
    ctx: typer.Context,
    source: Annotated[str | None, typer.Argument(
        metavar="[FILE|-]",
        help="The page's text (select all, copy, paste into a file); - or nothing reads stdin.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="The page saved as HTML (adds profile links).")] = None,
    copied_at: Annotated[datetime | None, typer.Option(
        "--copied-at", help="When the page was copied, in UTC (\"2 days ago\" is read from it); default: now.")] = None,
) -> None:
    """Import the invitations shown on LinkedIn's "Manage invitations" page, copied as text or saved as HTML.

    Names, headlines, mutual connections, notes and times ("2 days ago", read from now) are kept;
    navigation, counters and button texts are ignored. Re-pasting the same page never duplicates.
    As after `import`, the open queue is then re-assessed.
    """
    text = ""
    if source == "-" or (source is None and html is None):
        text, label = sys.stdin.read(), "<stdin>"
    elif source is not None:
        text, label = _read_text(Path(source)), source
    else:
        label = "<stdin>"
    page = _read_text(html) if html is not None else ""
    now = copied_at.replace(tzinfo=UTC) if copied_at is not None and copied_at.tzinfo is None else copied_at
    result = services.import_pasted_page(ctx.obj.store(), text=text, html=page, source=label,
                                         html_source=str(html) if html is not None else "", now=now)
    summary = result.summary
    found = sum(bucket.get("invitations", 0) for bucket in (summary.new, summary.updated, summary.unchanged))
    if not found and not summary.notes and not summary.errors:  # nothing was read at all
        summary.notes.append(FileNote(result.source, "no invitations found: the input is empty"))
    print_summary(result)
    if has_changes(summary):
        reassess_queue(ctx, ctx.obj.store())
    if summary.errors or not found:
        raise typer.Exit(1)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError as error:
        errors.print(f"error: cannot read {path}: {error.strerror}", markup=False, highlight=False)
        raise typer.Exit(2) from error
