"""`linkscreen classify`, `outcome` and `eval`: stateless judgements on JSON Lines."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.markup import escape

from linkscreen import services
from linkscreen.adapters.corpus import CorpusError
from linkscreen.adapters.storage import StoreError
from linkscreen.cli.app import LEARN, TOOLS, app
from linkscreen.cli.output import INPUT_HELP, console, emit_results, errors, open_input
from linkscreen.core.evaluation import format_report, format_signal_table



@app.command("classify", rich_help_panel=TOOLS)
def classify_command(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help=INPUT_HELP)] = "-",
    evidence: Annotated[
        str | None,
        typer.Option(
            metavar="FILE", help="Consult the evidence stored in this database (SQLite file or URL), read-only."
        ),
    ] = None,
) -> None:
    """Classify requests (JSON Lines in, JSON Lines out); writes to no database.

    Each input line: {"id", "name", "headline", "company", "location", "mutual_connections",
    "message", "sent_at", "profile_url"}, all optional but id. Each output line: {"id", "intent",
    "confidence", "reasons", "action", "reply"}. Bad lines are reported on stderr and skipped
    (exit status 1). With --evidence, decisions weigh your stored evidence as the queue does.
    """
    index = None
    if evidence:
        try:
            index = services.load_stored_evidence(evidence)
        except StoreError as error:
            typer.echo(f"error: --evidence {evidence}: {error}", err=True)
            raise typer.Exit(2) from error
    with open_input(source) as lines:
        failed = emit_results(services.classify_lines(lines, ctx.obj.screener(), evidence=index), source)
    if failed:
        raise typer.Exit(1)


@app.command("outcome", rich_help_panel=TOOLS)
def outcome_command(
    ctx: typer.Context, source: Annotated[str, typer.Argument(help=INPUT_HELP)] = "-"
) -> None:
    """Judge replies to "how have we met?" (JSON Lines in and out); touches no database.

    Each input line: {"id", "reply", "invitation_message"?, "sender_headline"?}. Each output
    line: {"id", "outcome", "confidence", "reasons"}, outcome one of accidental, pitch, context_given.
    """
    with open_input(source) as lines:
        failed = emit_results(services.judge_reply_lines(lines, ctx.obj.screener()), source)
    if failed:
        raise typer.Exit(1)


@app.command("eval", rich_help_panel=LEARN)
def eval_command(
    ctx: typer.Context,
    path: Annotated[
        Path, typer.Argument(help="Labelled JSON Lines (label.intent or label.outcome).", exists=True, dir_okay=False)
    ],
    signals: Annotated[
        bool, typer.Option("--signals/--no-signals", help="Show how often each signal fires per label.")
    ] = True,
    misses: Annotated[bool, typer.Option(help="List the examples the model got wrong.")] = False,
) -> None:
    """Score the model on a labelled file: precision, recall, F1, macro-F1, confusion matrix.

    A line without a valid label stops it with `FILE:LINE: reason` (exit status 1): fix the file and run
    it again, so that every score counts every example.
    """
    screener = ctx.obj.screener()
    try:
        report = services.evaluate_file(path, screener)
    except CorpusError as error:
        _fail(str(error))
    except ValueError as error:  # the first line is not JSON, or the file not UTF-8
        _fail(f"{path}: not a labelled JSON Lines file ({error})")
    if not any(score.support for score in report.evaluation.per_label):
        _fail(f"{path}: no labelled examples")
    console.print(f"[bold]{report.kind} model on {escape(str(path))}[/bold]", highlight=False)
    console.print(format_report(report.evaluation), markup=False, highlight=False, soft_wrap=True)
    if report.actions_compared:
        share = report.actions_matched / report.actions_compared
        console.print(
            f"\npolicy action matches the label on {report.actions_matched}/{report.actions_compared} ({share:.1%})",
            highlight=False,
        )
    if signals and report.signal_counts:
        console.print("\nsignals fired per label", highlight=False)
        table = format_signal_table(report.signal_counts, report.label_counts)
        console.print(table, markup=False, highlight=False, soft_wrap=True)
    if misses:
        for identifier, truth, guess in report.misses:
            console.print(f"miss {identifier}: {truth} -> {guess}", markup=False, highlight=False)


def _fail(message: str) -> NoReturn:
    errors.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(1)
