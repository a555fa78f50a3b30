"""The bait, fraud and trick vocabulary is re-exported by signal_vocabulary and read by the signals of its names."""

from __future__ import annotations

from linkscreen.core import bait_vocabulary, signal_vocabulary
from linkscreen.core.signals import SIGNALS

BAIT_TUPLES = {
    name: value for name, value in vars(bait_vocabulary).items()
    if name.isupper() and not name.startswith("_") and isinstance(value, tuple)  # private helpers are no signal's
}


def test_given_the_bait_tuples_then_signal_vocabulary_re_exports_the_same_objects() -> None:
    assert BAIT_TUPLES
    assert all(getattr(signal_vocabulary, name) is value for name, value in BAIT_TUPLES.items())


def test_given_a_bait_tuple_then_the_signal_of_its_name_reads_it() -> None:
    assert all(SIGNALS[name].PATTERNS is value for name, value in BAIT_TUPLES.items())
