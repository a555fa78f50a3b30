"""`linkscreen decide`, `label`, `reply`, `history`, `retrain` and `export`: the user in the loop."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.markup import escape

from linkscreen import services
from linkscreen.adapters.userdir import resolve_home
from linkscreen.cli.app import LEARN, SCREEN, app
from linkscreen.cli.output import console, count_of, errors, print_jsonl, write_safe_csv
from linkscreen.core.challenge import ChallengeError
from linkscreen.core.taxonomy import Action, Intent


@app.command("decide", rich_help_panel=SCREEN)
def decide_command(
    ctx: typer.Context,
    invitation_id: Annotated[int, typer.Argument(metavar="ID", help="The request's id (see `linkscreen list`).")],
    action: Annotated[Action | None, typer.Argument(help="accept, ask (you sent the question) or ignore.")] = None,
    note: Annotated[str, typer.Option(help="Why, in your words (kept in the history).")] = "",
    undo: Annotated[bool, typer.Option("--undo", help="Take back your latest decision on it instead.")] = False,
) -> None:
    """Record your decision on a request; later requests from the same profile follow it.

    With --undo (and no action), your latest decision is taken back: the request returns to the status it
    had before it, as its history says; the history keeps both.
    """
    if undo == (action is not None):
        errors.print("error: give an action (accept, ask or ignore), or --undo alone", highlight=False)
        raise typer.Exit(2)
    with _user_errors():
        if action is None:
            restored = services.undo_decision(ctx.obj.store(), invitation_id)
            console.print(f"request {invitation_id}: decision undone (now {restored})", highlight=False)
            return
        status = services.record_decision(ctx.obj.store(), invitation_id, action.value, note=note)
    console.print(f"request {invitation_id}: {action.value} (now {status})", highlight=False)


@app.command("label", rich_help_panel=SCREEN)
def label_command(
    ctx: typer.Context,
    invitation_id: Annotated[int, typer.Argument(metavar="ID", help="The request's id.")],
    intent: Annotated[Intent, typer.Argument(help="The intent you judge the sender to have.")],
) -> None:
    """Correct a request's intent: it wins over the model's in the queue, and `linkscreen retrain` learns from it."""
    with _user_errors():
        triaged = services.label_and_reassess(ctx.obj.store(), ctx.obj.screener(), invitation_id, intent.value)
    action = f" (proposed: {triaged.assessment.action})" if triaged else ""
    console.print(f"request {invitation_id} labelled {intent.value}{action}", highlight=False)


@app.command("reply", rich_help_panel=SCREEN)
def reply_command(
    ctx: typer.Context,
    invitation_id: Annotated[int, typer.Argument(metavar="ID", help="The request's id.")],
    text: Annotated[str, typer.Argument(help="The sender's reply, or - to read it from standard input.")] = "-",
) -> None:
    """Record the sender's reply to "how have we met?", judge it and propose the final action."""
    body = sys.stdin.read() if text == "-" else text
    store, screener = ctx.obj.store(), ctx.obj.screener()
    with _user_errors():
        reply, triaged = services.reply_and_propose(store, screener, invitation_id, body)
    proposed = triaged.assessment.action if triaged else None
    console.print(f"outcome: {reply.outcome} ({reply.confidence:.0%}); proposed action: {proposed}", highlight=False)
    for reason in reply.reasons:
        console.print(f"  - {reason}", markup=False, highlight=False)


@app.command("history", rich_help_panel=SCREEN)
def history_command(
    ctx: typer.Context,
    invitation_id: Annotated[int, typer.Argument(metavar="ID", help="The request's id.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines, one event per line.")] = False,
) -> None:
    """Show every decision, label, question, reply and expiry for a request: who, what, when, why."""
    with _user_errors():
        item, events, _ = services.read_history(ctx.obj.store(), invitation_id)
    rows = [
        {"when": e.created_at.isoformat(), "who": e.actor, "what": e.kind, "value": e.value, "why": list(e.reasons)}
        for e in events
    ]
    if as_json:
        print_jsonl(rows)
        return
    console.print(f"[bold]{escape(item.invitation.name)}[/bold] (request {item.id}, {item.status})", highlight=False)
    if not rows:
        console.print("  nothing recorded yet")
    for row in rows:
        why = "; ".join(row["why"])
        console.print(
            f"  {row['when'][:16]}  {row['who']:<12} {row['what']:<9} {row['value']:<14} {why}",
            markup=False, highlight=False,
        )


@app.command("retrain", rich_help_panel=LEARN)
def retrain_command(
    ctx: typer.Context,
    status: Annotated[bool, typer.Option(help="Show your labels and whether the model has learnt them.")] = False,
    reset: Annotated[bool, typer.Option(help="Go back to the shipped model (your labels stay).")] = False,
) -> None:
    """Retrain the intent model on the corpus plus your labels (skipped when nothing changed)."""
    if status and reset:
        errors.print("error: --status and --reset go alone", highlight=False)
        raise typer.Exit(2)
    if status:
        print_learning(services.describe_learning(ctx.obj.store(), resolve_home()))
        return
    if reset:
        removed = services.reset_learning(resolve_home())
        said = "back to the shipped model" if removed else "the shipped model is already in use"
        console.print(said, highlight=False)
        return
    report = services.retrain(ctx.obj.store(), resolve_home())
    if report.skipped:
        console.print(f"nothing changed since the last retrain ({count_of(report.user_labels, 'label')}): skipped",
                      highlight=False)
        return
    console.print(f"retrained on {report.examples} examples, {report.user_labels} of your labels", highlight=False)
    changes = "changes" if len(report.changed) == 1 else "change"
    console.print(f"{count_of(len(report.changed), 'stored request')} {changes} intent", highlight=False)
    for identifier, name, old, new in report.changed[:50]:
        console.print(f"  {identifier} {name}: {old} -> {new}", markup=False, highlight=False)
    print_corpus_changes(report)


def print_corpus_changes(report: services.RetrainReport, shown: int = 5) -> None:
    """How many of the corpus's own requests the labels moved: a few is learning, many a label that says the
    opposite of the corpus (a misclick), so the first few are quoted for the user to check."""
    moved = report.corpus_changed
    console.print(f"{count_of(len(moved), 'corpus example')} of {report.corpus_checked:,} now read differently",
                  highlight=False)
    for text, old, new in moved[:shown]:
        console.print(f"  {old} -> {new}: {' '.join(text.split())[:100]}", markup=False, highlight=False,
                      soft_wrap=True)
    if len(moved) > shown:
        console.print(f"  ... and {len(moved) - shown} more; a label you did not mean? relabel it, or "
                      "`linkscreen retrain --reset`", highlight=False, soft_wrap=True)


def print_learning(status: services.LearningStatus) -> None:
    """`retrain --status`: which model is in use, what it learnt, and whether a retrain would change it."""
    console.print(f"your labels: {status.user_labels}", highlight=False)
    if status.retrained:
        when = f"{status.trained_at:%Y-%m-%d %H:%M} UTC" if status.trained_at else "at an unknown time"
        console.print(f"model: retrained {when}, on {status.trained_labels} of your labels", highlight=False)
        console.print(f"since then: {count_of(status.added, 'label')} added, {status.changed} changed, "
                      f"{status.removed} gone" + ("; the shipped model was updated" if status.shipped_changed else ""),
                      highlight=False)
    else:
        console.print("model: the shipped one", highlight=False)
    console.print("a retrain would change the model: run `linkscreen retrain`" if status.pending
                  else "up to date: a retrain would change nothing", highlight=False)


@app.command("export", rich_help_panel=SCREEN)
def export_command(
    ctx: typer.Context,
    action: Annotated[Action, typer.Option("--action", help="Which proposed action to export.")] = Action.ACCEPT,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of CSV.")] = False,
) -> None:
    """Write the requests with this proposed action (profile URLs) for you to act on in LinkedIn.

    linkscreen never logs in to LinkedIn or automates it; you accept or ignore there yourself.
    """
    triaged = services.assess_queue(ctx.obj.store(), ctx.obj.screener())
    rows = [services.describe_triaged(t) for t in triaged if t.assessment.action == action.value]
    if as_json:
        print_jsonl(rows)
    else:
        write_safe_csv(rows, ["id", "name", "profile_url", "intent", "action", "reply"])


class _user_errors:
    """Turn the services' typed errors into a message and exit status 1."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, _trace) -> bool:
        if isinstance(error, (services.NotFoundError, ChallengeError, ValueError)):
            errors.print(f"error: {error}", markup=False, highlight=False)
            raise typer.Exit(1)
        return False
