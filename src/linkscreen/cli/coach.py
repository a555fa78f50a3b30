"""`linkscreen coach`: help senders write connection notes people accept."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from linkscreen import services
from linkscreen.cli.app import TOOLS, app
from linkscreen.cli.output import INPUT_HELP, console, count_of, emit_results, errors, open_input, print_jsonl

if TYPE_CHECKING:
    from linkscreen.core.coach import CoachReport

LOWEST_SHOWN = 5


@app.command("coach", rich_help_panel=TOOLS)
def coach_command(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help=INPUT_HELP)] = "-",
    message: Annotated[
        str | None, typer.Option("--message", "-m", help="Coach this one draft and show a readable report.")
    ] = None,
    recipient: Annotated[str, typer.Option(help="With --message: the recipient's name, to check the greeting.")] = "",
    context: Annotated[
        str, typer.Option(help="With --message: what you share with them, e.g. 'met at ITx 2025'.")
    ] = "",
    sent: Annotated[
        bool,
        typer.Option("--sent", help="Score your own sent invitations in the database, with acceptance by score band."),
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="With --sent: JSON Lines, one sent invitation per line.")
    ] = False,
) -> None:
    """Score draft connection notes 0-100 with named checks, say what to change, and predict their reception.

    JSON Lines in: {"id", "message", "recipient_name"?, "context"?}; out: {"id", "score", "checks":
    [{"name", "passed", "detail"}], "suggestions", "predicted_intent", "predicted_action"}. Bad lines
    go to stderr and are skipped (exit status 1). Touches no database, except with --sent.
    """
    _check_options(source, message, recipient, context, sent, as_json)
    if sent:
        _show_sent(services.score_sent_invitations(ctx.obj.store(), ctx.obj.screener()), as_json)
    elif message is not None:
        _show_report(services.coach_draft(ctx.obj.screener(), message, recipient, context))
    else:
        with open_input(source) as lines:
            if emit_results(services.coach_lines(lines, ctx.obj.screener()), source):
                raise typer.Exit(1)


def _check_options(source: str, message: str | None, recipient: str, context: str, sent: bool, as_json: bool) -> None:
    problem = ""
    if sent and message is not None:
        problem = "--sent and --message cannot be combined"
    elif (sent or message is not None) and source != "-":
        problem = "a FILE cannot be combined with --message or --sent"
    elif (recipient or context) and message is None:
        problem = "--recipient and --context go with --message"
    elif as_json and not sent:
        problem = "--json goes with --sent (the JSON Lines mode is the default without --message)"
    if problem:
        errors.print(f"error: {problem}", markup=False, highlight=False)
        raise typer.Exit(2)


def _show_report(report: CoachReport) -> None:
    from linkscreen.core.coach import WEIGHTS  # imported when needed: other commands start quicker

    say = _plain
    say(f"score {report.score}/100")
    for check in report.checks:
        mark = "✓" if check.passed else "✗"
        say(f"  {mark} {check.name} ({WEIGHTS[check.name]}): {check.detail}")
    if report.suggestions:
        say("suggestions:")
        for suggestion in report.suggestions:
            say(f"  - {suggestion}")
    if report.prediction:
        say(f"prediction: {report.prediction}")


def _show_sent(report: services.SentReport, as_json: bool) -> None:
    if as_json:
        print_jsonl(services.describe_sent_score(item) for item in report.scores)
        return
    if not report.scores:
        _plain("no sent invitations stored: import your LinkedIn export (Invitations.csv) first")
        return
    _plain(f"{count_of(len(report.scores), 'sent invitation')} scored")
    if not report.connections_on_file:
        _plain("acceptance unknown: import Connections.csv (with its URL column) to see which were accepted")
    _plain(f"{'score':<8}{'sent':>6}{'accepted':>12}{'rate':>8}")
    for band in report.bands:
        rate = f"{band.rate:.0%}" if band.rate is not None else "-"
        _plain(f"{band.band:<8}{band.sent:>6}{f'{band.accepted}/{band.known}':>12}{rate:>8}")
    lowest = sorted(report.scores, key=lambda item: item.report.score)[:LOWEST_SHOWN]
    _plain("lowest scores:")
    for item in lowest:
        hint = item.report.suggestions[0] if item.report.suggestions else "nothing to change"
        _plain(f"  {item.report.score:>3}  {item.stored.invitation.name}: {hint}")


def _plain(text: str) -> None:
    console.print(text, markup=False, highlight=False, soft_wrap=True)
