"""The clues shipped with the package: used only when derived by the running code and Python, and complete."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linkscreen.core import pattern_sets, shipped_clues


def test_given_the_shipped_clues_when_read_then_they_are_every_signals_patterns_own() -> None:
    shipped_file = shipped_clues.read_clue_file()
    if shipped_file["derived_under"] != shipped_clues.describe_python():
        pytest.skip(f"clues were derived under Python {shipped_file['derived_under']}; this is another one")
    assert shipped_file["derived_by"] == shipped_clues.describe_derivation(), (
        "pattern_sets.py changed since the clues were derived: run python scripts/build_models.py")
    shipped, registered = shipped_clues.read_shipped_clues(), shipped_clues.list_registered_patterns()
    assert len(registered) > 900  # intent and reply signals
    missing = [p for p in sorted(registered) if shipped_clues.name_pattern(p) not in shipped]
    assert not missing, f"{len(missing)} patterns have no shipped clues: run python scripts/build_models.py"
    for pattern in registered:
        assert shipped[shipped_clues.name_pattern(pattern)] == pattern_sets.compute_clues(pattern), pattern


def test_given_clues_derived_by_other_code_when_read_then_none_is_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    foreign = tmp_path / "clues.json"
    key = shipped_clues.name_pattern(r"quick (?:call|chat)")
    foreign.write_text(json.dumps({"derived_by": shipped_clues.describe_derivation(), "derived_under": "x",
                                   "clues": {key: [["wrong"], []]}}), encoding="utf-8")
    monkeypatch.setattr(shipped_clues, "SHIPPED", foreign)
    shipped_clues.read_shipped_clues.cache_clear()
    try:
        assert shipped_clues.read_shipped_clues() == {key: (("wrong",), ())}
        monkeypatch.setattr(shipped_clues, "describe_derivation", lambda: "another code")
        shipped_clues.read_shipped_clues.cache_clear()
        assert shipped_clues.read_shipped_clues() == {}
    finally:
        shipped_clues.read_shipped_clues.cache_clear()


@pytest.mark.parametrize("damage", ["", "{not json", '{"derived_by": "%s"}', '{"derived_by": "%s", "clues": [1]}',
                                    '{"derived_by": "%s", "clues": {"k": "ab"}}', "[1, 2]"])
def test_given_a_damaged_clue_file_when_read_then_no_clue_is_used_and_nothing_fails(
        damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = tmp_path / "clues.json"
    damaged.write_text(damage.replace("%s", shipped_clues.describe_derivation()), encoding="utf-8")
    monkeypatch.setattr(shipped_clues, "SHIPPED", damaged)
    shipped_clues.read_shipped_clues.cache_clear()
    try:
        assert shipped_clues.read_shipped_clues() == {}
    finally:
        shipped_clues.read_shipped_clues.cache_clear()


def test_given_a_pattern_not_shipped_when_deriving_then_its_clues_are_worked_out() -> None:
    pattern = r"zorbluk (?:call|chat)s?"
    assert shipped_clues.name_pattern(pattern) not in shipped_clues.read_shipped_clues()
    assert pattern_sets.derive_clues(pattern) == pattern_sets.compute_clues(pattern) == (("zorbluk c",), ())
