"""Forked workers: work inherited (never pickled), mapped over chunks in order, Ctrl-C left to the parent."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
from collections.abc import Sequence

import pytest

import linkscreen.services.parallel as parallel
from linkscreen.services.parallel import can_fork, fork_workers, open_classifier, split_chunks

needs_fork = pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="no fork on this platform")


class PidScreener:
    """Stands in for a Screener: each request "classified" as the process that did it and the request."""

    def classify_many(self, invitations: Sequence[int]) -> list[tuple[int, int]]:
        return [(os.getpid(), one) for one in invitations]


def test_given_items_when_split_then_chunks_of_the_size_in_order_the_last_shorter() -> None:
    assert list(split_chunks(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(split_chunks([], 3)) == []


def test_given_an_endless_input_when_split_then_only_what_is_asked_for_is_read() -> None:
    chunks = split_chunks(iter(int, 1), 2)  # zeros for ever
    assert next(chunks) == [0, 0]


def test_given_one_worker_when_asked_whether_to_fork_then_no() -> None:
    assert not can_fork(1)
    assert can_fork(2) == ("fork" in mp.get_all_start_methods())


@needs_fork
def test_given_work_that_cannot_be_pickled_when_mapped_by_workers_then_results_in_order_from_other_processes() -> None:
    """GIVEN work that is a local function holding a lock (pickle refuses both) WHEN mapped over chunks by two
    workers THEN each chunk's result, in the chunks' order, computed in forked processes: inherited, not sent."""
    lock = threading.Lock()

    def work(chunk: list[int]) -> tuple[int, list[int]]:
        with lock:
            return os.getpid(), [n * n for n in chunk]

    with fork_workers(work, 2) as map_chunks:
        results = list(map_chunks(split_chunks(range(50), 4)))
    assert [squares for _, squares in results] == [[n * n for n in range(at, min(at + 4, 50))]
                                                   for at in range(0, 50, 4)]
    assert os.getpid() not in {pid for pid, _ in results}


@needs_fork
def test_given_workers_when_not_used_then_none_is_forked_and_leaving_stops_those_that_were() -> None:
    before = set(mp.active_children())
    with fork_workers(len, 2) as map_chunks:
        assert set(mp.active_children()) == before  # forked on the first call only
        assert list(map_chunks([[1], [1, 2]])) == [1, 2]
        assert len(set(mp.active_children()) - before) == 2
    assert set(mp.active_children()) == before


@needs_fork
def test_given_workers_when_ctrl_c_reaches_the_whole_process_group_then_only_the_parent_handles_it() -> None:
    """GIVEN forked workers WHEN asked how each treats SIGINT THEN ignored: Ctrl-C in a terminal reaches every
    process, and only the parent should stop the pool and say what was saved (a worker would print a traceback)."""
    with fork_workers(lambda _chunk: signal.getsignal(signal.SIGINT), 2) as map_chunks:
        assert set(map_chunks([[0]] * 4)) == {signal.SIG_IGN}
    assert signal.getsignal(signal.SIGINT) != signal.SIG_IGN  # this process still stops on Ctrl-C


@needs_fork
def test_given_few_and_many_requests_when_classified_with_workers_then_few_here_many_in_workers_in_order(
    monkeypatch,
) -> None:
    """GIVEN a triage classifier with two workers WHEN a batch under PARALLEL_MIN and one over it are classified
    THEN the small one here, at once, and the large one by the workers, in order, chunk by chunk."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 10)
    monkeypatch.setattr(parallel, "PARALLEL_CHUNK", 3)
    with open_classifier(PidScreener(), workers=2) as classify:  # type: ignore[arg-type]
        small = classify(list(range(5)))
        large = classify(list(range(40)))
        assert [(pid, n) for pid, n in small()] == [(os.getpid(), n) for n in range(5)]
        found = large()
        assert large() == found  # asking again gives the same, not an exhausted iterator
    assert [n for _, n in found] == list(range(40))
    assert os.getpid() not in {pid for pid, _ in found}


def test_given_one_worker_when_many_requests_are_classified_then_all_here() -> None:
    with open_classifier(PidScreener(), workers=1) as classify:  # type: ignore[arg-type]
        found = classify(list(range(parallel.PARALLEL_MIN + 1)))()
    assert found == [(os.getpid(), n) for n in range(parallel.PARALLEL_MIN + 1)]
