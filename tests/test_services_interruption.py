"""What an interrupted `import` or `triage` says it kept, GIVEN/WHEN/THEN, phase by phase."""

from __future__ import annotations

from linkscreen.services.challenge import SyncReport
from linkscreen.services.interruption import RunRecord, describe_interruption


def test_given_nothing_committed_when_interrupted_then_nothing_from_this_run_was_saved() -> None:
    """GIVEN a run stopped before anything, or while its only file or the first batch of verdicts was written
    THEN "nothing from this run was saved"."""
    reading = RunRecord()
    reading.start_import("a.csv")
    assessing = RunRecord()
    assessing.finish_challenge(SyncReport())
    assessing.start_assessing()
    for run in (RunRecord(), reading, assessing):
        assert describe_interruption(run) == "nothing from this run was saved"


def test_given_files_imported_before_when_interrupted_then_each_named_as_kept() -> None:
    """GIVEN two files imported and a third being read THEN the two are kept (named), nothing of the third, and the
    queue is still to be assessed; past three files, the rest are counted."""
    run = RunRecord()
    for name in ("a.csv", "b.zip"):
        run.start_import(name)
        run.finish_import(kept=True)
    run.start_import("broken.csv")
    run.finish_import(kept=False)  # a file that could not be read stored nothing
    run.start_import("c.jsonl")
    assert describe_interruption(run) == ("a.csv and b.zip were imported and are kept; nothing from c.jsonl was "
                                          "saved; no verdict was saved yet: `linkscreen triage` assesses the queue")
    for name in ("c.jsonl", "d.jsonl"):
        run.start_import(name)
        run.finish_import(kept=True)
    assert describe_interruption(run).startswith("a.csv, b.zip, c.jsonl and 1 more were imported and are kept; ")


def test_given_an_imap_folder_read_in_batches_when_interrupted_then_its_saved_batches_are_kept() -> None:
    """GIVEN an IMAP folder with 400 messages read (two batches written) THEN those batches stay, and the same command
    again carries on; before any batch, nothing."""
    run = RunRecord()
    run.start_import("imaps://me@mail.example.org/INBOX", in_batches=True)
    assert describe_interruption(run) == "nothing from this run was saved"
    run.count_batch(400)
    assert describe_interruption(run) == ("imaps://me@mail.example.org/INBOX: the batches of mail read so far "
                                          "(400 messages) are saved; the same command again carries on from there; "
                                          "no verdict was saved yet: `linkscreen triage` assesses the queue")


def test_given_the_challenge_and_some_verdicts_saved_when_interrupted_then_both_said() -> None:
    """GIVEN questions found in the messages and 2,000 of 5,000 requests assessed THEN both are said to be saved, and
    how to finish; interrupted while the messages were being read, the steps found so far are kept."""
    reading = RunRecord()
    reading.start_challenge()
    assert describe_interruption(reading) == ("the challenge steps found in the stored messages so far are saved; "
                                              "no verdict was saved yet: `linkscreen triage` assesses the queue")
    run = RunRecord()
    run.start_challenge()
    run.finish_challenge(SyncReport(asked=2, expired=1))
    run.start_assessing()
    run.count_assessed(2000, 5000)
    assert describe_interruption(run) == (
        "the challenge steps found in the stored messages are saved (2 asked, 1 expired); 2,000 of 5,000 open "
        "requests were assessed and keep their new verdicts; `linkscreen triage` assesses the rest")


def test_given_everything_saved_when_interrupted_while_printing_then_only_the_output_was_cut_short() -> None:
    run = RunRecord()
    run.start_assessing()
    run.count_assessed(1, 1)
    run.finish_assessing()
    assert describe_interruption(run) == "everything was saved; only what was being printed was cut short"


def test_given_a_held_ctrl_c_when_the_block_ends_then_it_comes_through_after_the_work_and_its_report() -> None:
    """GIVEN a guard holding Ctrl-C WHEN SIGINT arrives part-way THEN the rest of the block still runs (a commit and
    the callback counting it), KeyboardInterrupt comes at its end, and Python's own handler is back; an unarmed
    guard changes nothing."""
    import os
    import signal

    import pytest

    from linkscreen.services.interruption import InterruptGuard, hold_interrupts

    done = []
    with pytest.raises(KeyboardInterrupt):
        with hold_interrupts():
            os.kill(os.getpid(), signal.SIGINT)
            done.append("committed")
            done.append("counted")
    assert done == ["committed", "counted"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    with InterruptGuard():
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    with hold_interrupts():
        done.append("nothing held")
    assert done[-1] == "nothing held"
