"""Classify many requests on every core: a pool of forked workers, each with the loaded models (`triage`)."""

from __future__ import annotations

import multiprocessing as mp
import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from linkscreen.core.classifier import Classification
    from linkscreen.core.models import Invitation
    from linkscreen.services.screening import Screener

PARALLEL_MIN = 500  # fewer requests are classified in this process: workers are not worth their start-up
PARALLEL_CHUNK = 100  # requests per task: small, so that at the end of a batch no core waits long
Pending = Callable[[], "list[Classification]"]  # the classifications, once they are there
Classify = Callable[["Sequence[Invitation]"], Pending]
_SCREENER: Any = None  # in a worker: the screener it was forked with


@contextmanager
def open_classifier(screener: Screener, workers: int = 1) -> Iterator[Classify]:
    """Yield a function that starts classifying requests and returns how to wait for the result.

    With one worker, or few requests, it classifies at once in this process. Otherwise the requests are
    shared among `workers` forked processes (started on first need, stopped on leaving), so that the caller
    can go on (read the next batch, decide the last one) meanwhile. Results are in the requests' order and
    the same as `screener.classify_many` gives. Fork only: no pool where processes cannot fork.
    """
    parallel = workers > 1 and "fork" in mp.get_all_start_methods()
    with ExitStack() as stack:
        pool: Any = None

        def classify(invitations: Sequence[Invitation]) -> Pending:
            nonlocal pool
            if not parallel or len(invitations) < PARALLEL_MIN:
                found = screener.classify_many(invitations)
                return lambda: found
            if pool is None:
                pool = stack.enter_context(mp.get_context("fork").Pool(workers, _adopt_screener, (screener,)))
            chunks = [list(invitations[at: at + PARALLEL_CHUNK]) for at in range(0, len(invitations), PARALLEL_CHUNK)]
            started = pool.map_async(_classify_chunk, chunks)
            return lambda: [one for chunk in started.get() for one in chunk]

        yield classify


def _adopt_screener(screener: Screener) -> None:
    """A worker's start: keep the screener it inherited (forked, so never pickled), and leave Ctrl-C to the parent,
    which stops the pool and says what was saved (a worker would print its own traceback)."""
    global _SCREENER
    _SCREENER = screener
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _classify_chunk(invitations: list[Invitation]) -> list[Classification]:
    return _SCREENER.classify_many(invitations)
