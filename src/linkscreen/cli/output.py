"""Shared output helpers for CLI commands: consoles, JSON Lines, safe CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console

if TYPE_CHECKING:
    from linkscreen.services import RunRecord

# Lines are never broken by the console (a terminal wraps them itself): a long path, URL or file:line stays
# one line that can be copied or grepped; tables still fit the width.
console = Console(soft_wrap=True)
errors = Console(stderr=True, soft_wrap=True)

INPUT_HELP = "JSON Lines file, or - (the default) for standard input."
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@contextmanager
def show_spinner(description: str) -> Iterator[Callable[[str], None]]:
    """A spinner with the time elapsed on stderr, gone when done; yields the function that sets its line.

    Its text is shown as typed (never read as markup); when stderr is not a terminal nothing is shown
    (a spinner there would only leave a blank line)."""
    if not errors.is_terminal:
        yield lambda _text: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn  # only commands that wait load it

    columns = (SpinnerColumn(), TextColumn("{task.description}", markup=False), TimeElapsedColumn())
    with Progress(*columns, console=errors, transient=True) as progress:
        task = progress.add_task(description, total=None)
        yield lambda text: progress.update(task, description=text)


@contextmanager
def report_interruption(run: RunRecord) -> Iterator[None]:
    """Turn Ctrl-C into one line on stderr saying what the run kept (`services.describe_interruption`, from what
    `run` recorded) and exit status 130, as a shell expects of an interrupted command."""
    try:
        yield
    except KeyboardInterrupt:
        from linkscreen.services import describe_interruption

        errors.print(f"interrupted: {describe_interruption(run)}", markup=False, highlight=False, soft_wrap=True)
        raise SystemExit(130) from None


def count_of(number: int, noun: str, plural: str = "") -> str:
    """Return "1 request" or "2 requests" (`plural` when it is not the noun plus "s")."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def print_jsonl(rows: Iterable[dict[str, Any]], stream: TextIO | None = None) -> None:
    """Write one JSON object per line."""
    out = stream or sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def neutralise_formula(value: Any) -> Any:
    """Return the cell so a spreadsheet shows it as text: formulas get a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_safe_csv(rows: Iterable[dict[str, Any]], columns: list[str], stream: TextIO | None = None) -> None:
    """Write rows as CSV with every formula-looking cell neutralised."""
    writer = csv.DictWriter(stream or sys.stdout, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: neutralise_formula(row.get(key)) for key in columns})


@contextmanager
def open_input(source: str) -> Iterator[TextIO]:
    """Open a file for reading, or standard input for "-"; a missing file is a clear error."""
    if source == "-":
        yield sys.stdin
        return
    try:
        handle = open(source, encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        errors.print(f"error: cannot read {source}: {error.strerror}", markup=False, highlight=False)
        raise SystemExit(2) from error
    with handle:
        yield handle


def emit_results(results: Iterable[Any], source: str) -> int:
    """Print each result as a JSON line as soon as it is ready, each failed line on stderr (with its
    number); return how many lines failed."""
    from linkscreen.services import LineFailure

    failed = 0
    name = "<stdin>" if source == "-" else source
    for result in results:
        if isinstance(result, LineFailure):
            failed += 1
            errors.print(f"{name}:{result.line}: {result.reason}; line skipped", markup=False, highlight=False)
        else:
            print_jsonl([result])
            sys.stdout.flush()
    return failed
