"""The example generator: the committed examples are what the script makes; the large mode streams."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

from linkscreen.adapters.linkedin_export import read_linkedin_export

REPO = Path(__file__).resolve().parent.parent


def load_script() -> ModuleType:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        spec = importlib.util.spec_from_file_location("make_examples", REPO / "scripts" / "make_examples.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["make_examples"] = module  # dataclasses look their module up here
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(REPO / "scripts"))


def test_given_the_generator_when_run_again_then_the_committed_examples_are_identical(tmp_path: Path) -> None:
    load_script().main(["--examples-dir", str(tmp_path)])
    for name in ("linkedin-export.zip", "invitations.jsonl", "invitation-emails.mbox", "pasted-page.txt"):
        assert (tmp_path / name).read_bytes() == (REPO / "examples" / name).read_bytes(), name


def test_given_the_large_mode_when_run_small_then_the_export_parses_with_the_asked_counts(tmp_path: Path) -> None:
    out = tmp_path / "big.zip"
    load_script().main(["--invitations", "40", "--messages", "600", "--out", str(out)])
    counts = Counter(type(item).__name__ for item in read_linkedin_export(out))
    assert counts["Invitation"] == 40
    assert 580 <= counts["Message"] <= 600  # a few drafts are dropped
    assert counts["RowError"] == 0 and counts["FileNote"] == 0
