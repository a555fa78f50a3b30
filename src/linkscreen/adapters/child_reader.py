"""Parse in a child process while the parent writes to the database: both cores busy during an import.

The child runs the reader (with whatever per-item preparation the caller adds) and sends the items
back in batches over a bounded queue, so memory stays flat however large the file. An error in the
child is re-raised in the parent; if the parent stops reading, the child is stopped, and if the parent
dies (killed half way), the child notices within a second and exits instead of waiting on a full queue
for ever. Where `fork` is not available the reader simply runs in-process.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
from collections.abc import Callable, Iterable, Iterator
from typing import Any

BATCH = 5000
DEPTH = 8
_DONE = "__linkscreen_reader_done__"


def read_in_child(
    produce: Callable[[], Iterable[Any]],
    batch: int = BATCH,
    encode: Callable[[list[Any]], Any] = lambda items: items,
    decode: Callable[[Any], list[Any]] = lambda items: items,
) -> Iterator[Any]:
    """Yield what `produce()` yields, computed in a forked child process.

    Each batch crosses as `encode(items)` and is turned back by `decode`, for callers that know a
    cheaper form than pickling the items one by one.
    """
    if "fork" not in mp.get_all_start_methods():
        yield from produce()
        return
    context = mp.get_context("fork")
    pipe = context.Queue(maxsize=DEPTH)
    child = context.Process(
        target=_run_child, args=(produce, pipe, batch, encode), daemon=True, name="linkscreen-reader"
    )
    child.start()
    try:
        while True:
            try:
                message = pipe.get(timeout=1.0)
            except queue.Empty:
                if not child.is_alive():
                    raise RuntimeError(
                        f"the reader process stopped unexpectedly (exit code {child.exitcode})"
                    ) from None
                continue
            if isinstance(message, str) and message == _DONE:
                return
            if isinstance(message, BaseException):
                raise message
            yield from decode(message)
    finally:
        if child.is_alive():
            child.terminate()
        child.join(timeout=5)
        pipe.close()


def _run_child(produce: Callable[[], Iterable[Any]], pipe: Any, batch: int, encode: Callable[[list[Any]], Any]) -> None:
    parent = os.getppid()
    chunk: list[Any] = []
    try:
        for item in produce():
            chunk.append(item)
            if len(chunk) >= batch:
                _send(pipe, encode(chunk), parent)
                chunk = []
        if chunk:
            _send(pipe, encode(chunk), parent)
        _send(pipe, _DONE, parent)
    except _ParentGone:
        pipe.cancel_join_thread()  # nobody will read what is queued
        os._exit(1)
    except BaseException as error:  # handed to the parent, which re-raises it
        pipe.put(error)
    finally:
        pipe.close()
        pipe.join_thread()


class _ParentGone(Exception):
    """The process reading the queue has died."""


def _send(pipe: Any, message: Any, parent: int) -> None:
    """Put a message on the bounded queue, giving up when the parent that should read it has died."""
    while True:
        try:
            pipe.put(message, timeout=1.0)
            return
        except queue.Full:
            if os.getppid() != parent:
                raise _ParentGone from None
