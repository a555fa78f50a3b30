"""Work on every core: forked worker processes that inherit what they work with (the loaded models), used by
`classify` (services.lines) and `triage` (open_classifier)."""

from __future__ import annotations

import multiprocessing as mp
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from linkscreen.core.classifier import Classification
    from linkscreen.core.models import Invitation
    from linkscreen.services.screening import Screener

PARALLEL_MIN = 500  # fewer requests are classified in this process: workers are not worth their start-up
PARALLEL_CHUNK = 100  # requests per task: small, so that at the end of a batch no core waits long
Pending = Callable[[], "list[Classification]"]  # the classifications, once they are there
Classify = Callable[["Sequence[Invitation]"], Pending]
Item = TypeVar("Item")
Chunk = TypeVar("Chunk")
Result = TypeVar("Result")
MapChunks = Callable[[Iterable[Chunk]], Iterator[Result]]  # fork_workers' mapping
_WORK: Any = None  # in a worker: the function it was forked with


def can_fork(workers: int) -> bool:
    """Whether `workers` processes are asked for and can be forked; else the caller works in this process."""
    return workers > 1 and "fork" in mp.get_all_start_methods()


def split_chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """The items `size` at a time (the last chunk may be shorter), read as needed."""
    rest = iter(items)
    return iter(lambda: list(islice(rest, size)), [])


@contextmanager
def fork_workers(work: Callable[[Chunk], Result], workers: int) -> Iterator[MapChunks[Chunk, Result]]:
    """Yield `map_chunks(chunks)`: `work` of each chunk, in the chunks' order, computed by `workers` forked processes.

    The processes are forked on the first call and stopped on leaving. Each inherits `work` (and what it holds, the
    loaded models), which is never pickled: fork only (check `can_fork` first). The chunks are read and sent by a
    thread of this process, so the caller goes on meanwhile (reads the next input, decides the last batch) and takes
    the results as they come. Workers ignore Ctrl-C: the parent stops them and says what was saved.
    """
    with ExitStack() as stack:
        pool: Any = None

        def map_chunks(chunks: Iterable[Chunk]) -> Iterator[Result]:
            nonlocal pool
            if pool is None:
                pool = stack.enter_context(mp.get_context("fork").Pool(workers, _adopt_work, (work,)))
            return pool.imap(_run_work, chunks)

        yield map_chunks


def _adopt_work(work: Callable[[Any], Any]) -> None:
    """A worker's start: keep the work it inherited, and leave Ctrl-C (sent to the whole process group by a terminal)
    to the parent, which stops the pool and says what was saved (a worker would print its own traceback)."""
    global _WORK
    _WORK = work
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_work(chunk: Any) -> Any:
    return _WORK(chunk)


@contextmanager
def open_classifier(screener: Screener, workers: int = 1) -> Iterator[Classify]:
    """Yield a function that starts classifying requests and returns how to wait for the result.

    With one worker, or few requests, it classifies at once in this process. Otherwise the requests are
    shared among `workers` forked processes (fork_workers), so that the caller can go on (read the next batch,
    decide the last one) meanwhile. Results are in the requests' order and the same as `screener.classify_many`
    gives.
    """
    parallel = can_fork(workers)
    with fork_workers(screener.classify_many, workers) as map_chunks:

        def classify(invitations: Sequence[Invitation]) -> Pending:
            if not parallel or len(invitations) < PARALLEL_MIN:
                found = screener.classify_many(invitations)
                return lambda: found
            started = map_chunks(list(split_chunks(invitations, PARALLEL_CHUNK)))  # the caller may reuse its list
            return cache(lambda: [one for chunk in started for one in chunk])  # read once, however often asked

        yield classify
