"""`linkscreen import`: read exports and files into the database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from linkscreen import services
from linkscreen.cli.app import app
from linkscreen.cli.output import console, errors

MAX_ERRORS_SHOWN = 50


@app.command("import")
def import_command(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="LinkedIn export (ZIP or folder), .jsonl or .csv files.")],
) -> None:
    """Import LinkedIn exports and JSON Lines/CSV files; re-importing never duplicates.

    Each path is one transaction: it lands whole or not at all. Malformed rows are
    reported with file and line and skipped.
    """
    results = run_imports(ctx.obj.store(), paths)
    if any(not result.ok or result.summary.errors for result in results):
        raise typer.Exit(1)


def run_imports(store: services.Store, paths: list[Path]) -> list[services.ImportResult]:
    """Import with a progress display and print each summary (shared by `import` and `triage`)."""
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=errors, transient=True) as progress:
        task = progress.add_task("importing", total=None)
        results = []
        for path in paths:
            progress.update(task, description=f"importing {path.name}")
            on_progress = lambda rows, p=path: progress.update(task, description=f"importing {p.name}: {rows:,} rows")  # noqa: E731
            results.extend(services.import_paths(store, [path], on_progress))
    for result in results:
        print_summary(result)
    return results


def print_summary(result: services.ImportResult) -> None:
    """Print what one import did: counts per kind, notes, and the rejected rows with file:line."""
    if not result.ok:
        errors.print(f"[red]error[/red]: {result.source}: {result.failure}", highlight=False)
        return
    summary = result.summary
    console.print(f"[bold]{result.source}[/bold] ({result.kind})", highlight=False)
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
        errors.print(f"  ... and {summary.rejected - MAX_ERRORS_SHOWN} more rejected rows", highlight=False)
