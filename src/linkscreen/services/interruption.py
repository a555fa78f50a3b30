"""What an interrupted `import` or `triage` keeps, said in one line.

What is saved follows the transactions: a file (or export) is imported in one transaction, whole or not at all;
an IMAP folder a batch of messages at a time; the challenge found in the stored messages a step at a time; the
open queue's verdicts a batch of requests at a time (`screening.QUEUE_BATCH`).
"""

from __future__ import annotations

import signal
import threading
from dataclasses import dataclass, field
from types import FrameType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from linkscreen.services.challenge import SyncReport

NAMED_AT_MOST = 3  # kept imports named in the line; more are counted


@dataclass(slots=True)
class RunRecord:
    """What a run of `import` or `triage` has saved so far; the command updates it as it goes."""

    imported: list[str] = field(default_factory=list)  # sources whose import was committed
    importing: str = ""  # the source being imported now
    in_batches: bool = False  # the source now being imported commits a batch at a time (an IMAP folder)
    batched_messages: int = 0  # messages of that source read in batches already written
    syncing: bool = False  # reading the stored messages for the challenge
    challenge: SyncReport | None = None  # what that reading found, once done (saved step by step)
    assessing: bool = False  # assessing the open queue
    assessed: int = 0  # requests whose verdicts are saved
    to_assess: int = 0
    finished: bool = False  # everything is saved; only printing is left

    def start_import(self, source: str, in_batches: bool = False) -> None:
        self.importing, self.in_batches, self.batched_messages = source, in_batches, 0

    def keep_import(self, *_result: Any) -> None:
        """The source being imported was committed (an import's `on_saved`, called as it commits)."""
        self.finish_import(kept=True)

    def count_batch(self, messages: int) -> None:
        """A batch of the source being imported was written (an IMAP folder's progress callback)."""
        self.batched_messages = messages

    def finish_import(self, kept: bool) -> None:
        """The source being imported is done: `kept` when it was stored (a file that could not be read was not)."""
        if kept and self.importing:
            self.imported.append(self.importing)
        self.importing, self.in_batches, self.batched_messages = "", False, 0

    def start_challenge(self) -> None:
        self.syncing = True

    def finish_challenge(self, report: SyncReport) -> None:
        self.syncing, self.challenge = False, report

    def start_assessing(self) -> None:
        self.assessing = True

    def count_assessed(self, done: int, total: int) -> None:
        """A batch of verdicts was saved (the queue's progress callback: requests done so far, requests to do)."""
        self.assessed, self.to_assess = done, total

    def finish_assessing(self) -> None:
        self.assessing, self.finished = False, True


def describe_interruption(run: RunRecord) -> str:
    """What an interrupted run kept, in one line (after "interrupted: "), as its transactions decide."""
    if run.finished:
        return "everything was saved; only what was being printed was cut short"
    said = []
    if run.imported:
        names = join_names(run.imported)
        said.append(f"{names} {'was' if len(run.imported) == 1 else 'were'} imported and "
                    f"{'is' if len(run.imported) == 1 else 'are'} kept")
    if run.importing and run.in_batches and run.batched_messages:
        said.append(f"{run.importing}: the batches of mail read so far ({run.batched_messages:,} messages) are "
                    "saved; the same command again carries on from there")
    elif run.importing and said:
        said.append(f"nothing from {run.importing} was saved")
    if run.syncing:
        said.append("the challenge steps found in the stored messages so far are saved")
    elif run.challenge and (steps := describe_steps(run.challenge)):
        said.append(f"the challenge steps found in the stored messages are saved ({steps})")
    if run.assessing and run.assessed:
        said.append(f"{run.assessed:,} of {run.to_assess:,} open requests were assessed and keep their new verdicts; "
                    "`linkscreen triage` assesses the rest")
    elif said:  # something was saved, and the queue not assessed after it
        said.append("no verdict was saved yet: `linkscreen triage` assesses the queue")
    return "; ".join(said) or "nothing from this run was saved"


def describe_steps(report: SyncReport) -> str:
    """The challenge steps found, in words: "2 asked, 1 expired" ("" when none)."""
    return ", ".join(f"{count} {step}" for step, count in
                     (("asked", report.asked), ("replied", report.replied), ("expired", report.expired)) if count)


def join_names(names: list[str]) -> str:
    """"a", "a and b", "a, b and c", "a, b, c and 2 more"."""
    if len(names) > NAMED_AT_MOST:
        return f"{', '.join(names[:NAMED_AT_MOST])} and {len(names) - NAMED_AT_MOST} more"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


class InterruptGuard:
    """Hold Ctrl-C from `hold()` to the end of the block, then let it through: a commit and the callback that
    reports it go together, so an interrupted run never says less (or more) was saved than was.

    Only in the main thread (signals are delivered there; the web app's threads are left alone), and only a
    handler Python installed is replaced."""

    def __init__(self) -> None:
        self._previous: Any = None
        self._held: list[tuple[int, FrameType | None]] = []

    def __enter__(self) -> InterruptGuard:
        return self

    def hold(self) -> None:
        if self._previous is not None or threading.current_thread() is not threading.main_thread():
            return
        previous = signal.getsignal(signal.SIGINT)
        if previous is not None:
            signal.signal(signal.SIGINT, lambda number, frame: self._held.append((number, frame)))
            self._previous = previous

    def __exit__(self, *_error: object) -> None:
        if self._previous is None:
            return
        previous, self._previous = self._previous, None
        signal.signal(signal.SIGINT, previous)
        if self._held and callable(previous):
            previous(*self._held[0])  # Python's own handler raises KeyboardInterrupt


def hold_interrupts() -> InterruptGuard:
    """An InterruptGuard holding Ctrl-C from now to the end of its block."""
    guard = InterruptGuard()
    guard.hold()
    return guard
