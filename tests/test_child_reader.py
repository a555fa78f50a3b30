"""Reading in a child process: same items in the same order, errors re-raised, early stops clean."""

from __future__ import annotations

import pytest

from linkscreen.adapters.child_reader import read_in_child
from linkscreen.adapters.errors import ImportFileError


def produce_numbers():
    return iter(range(12_345))


def produce_then_fail():
    yield from range(10)
    raise ImportFileError("Invitations.csv: not a LinkedIn file")


def test_given_a_reader_when_run_in_a_child_then_every_item_arrives_in_order() -> None:
    assert list(read_in_child(produce_numbers, batch=1000)) == list(range(12_345))


def test_given_a_reader_that_fails_when_run_in_a_child_then_its_error_is_raised_in_the_parent() -> None:
    seen = []
    with pytest.raises(ImportFileError, match="not a LinkedIn file"):
        for item in read_in_child(produce_then_fail, batch=3):
            seen.append(item)
    assert seen == list(range(9))  # the last, incomplete batch never left the child


def test_given_a_consumer_that_stops_early_when_closed_then_the_child_is_stopped() -> None:
    reader = read_in_child(produce_numbers, batch=100)
    assert [next(reader) for _ in range(5)] == [0, 1, 2, 3, 4]
    reader.close()
