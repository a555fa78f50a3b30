"""Pattern clues derived ahead of time, so that a start need not derive them all (about a seventh of a second).

`scripts/build_models.py` (its `write_clue_file`) writes `pattern_clues.json` beside this module: each registered
pattern's clues (see `pattern_sets.derive_clues`), keyed by a digest of the pattern, with a digest of the code and
the Python that derived them. They are used only when both agree with what runs now; a pattern added or changed
since is simply derived at start, as before, so a stale file costs time, never a wrong match.
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

Clues = tuple[tuple[str, ...], tuple[str, ...]]  # (prefixes, triggers)
DERIVING_CODE = Path(__file__).with_name("pattern_sets.py")
SHIPPED = Path(__file__).with_name("pattern_clues.json")


def name_pattern(pattern: str) -> str:
    """A pattern's key among the shipped clues."""
    return hashlib.sha256(pattern.encode()).hexdigest()[:20]


def describe_derivation() -> str:
    """What clues depend on besides their pattern: the deriving code and the Python whose regex parser read the
    pattern ("" when the code cannot be read, and then nothing shipped is trusted)."""
    try:
        code = DERIVING_CODE.read_bytes()
    except OSError:  # pragma: no cover
        return ""
    return hashlib.sha256(code + describe_python().encode()).hexdigest()[:20]


def describe_python() -> str:
    """The running Python's version, whose regex parser derives clues."""
    return ".".join(map(str, sys.version_info[:3]))


def read_clue_file() -> Any:
    """The shipped clue file as `scripts/build_models.py` writes it: {"derived_by", "derived_under", "clues": {key:
    [prefixes, triggers]}}; {} if there is none or it is not JSON. The one read of a file in `core`: the clues are
    needed while the signals are defined, at import, before any adapter could hand them over."""
    try:
        return json.loads(SHIPPED.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@lru_cache(maxsize=1)
def read_shipped_clues() -> dict[str, Clues]:
    """The shipped clues, if derived by the code and Python that run now; else none."""
    shipped = read_clue_file()
    if not isinstance(shipped, dict) or not shipped.get("derived_by") or shipped["derived_by"] != describe_derivation():
        return {}
    clues = shipped.get("clues")
    if not isinstance(clues, dict) or not all(map(is_clue_pair, clues.values())):
        return {}  # a damaged file: every clue is derived, as without one
    return {key: (tuple(prefixes), tuple(triggers)) for key, (prefixes, triggers) in clues.items()}


def is_clue_pair(value: Any) -> bool:
    """Whether a shipped value is what the build writes: [prefixes, triggers], two lists of strings."""
    return (isinstance(value, list) and len(value) == 2
            and all(isinstance(part, list) and all(isinstance(s, str) for s in part) for part in value))


def list_registered_patterns() -> set[str]:
    """Every pattern of every registered signal, of requests and of replies: what the shipped clues cover."""
    from linkscreen.core.reply_signals import REPLY_SIGNALS
    from linkscreen.core.signals import SIGNALS

    sets = (getattr(signal, "_patterns", None) for signal in (*SIGNALS.values(), *REPLY_SIGNALS.values()))
    return {alternative.pattern for found in sets if found is not None for alternative in found.alternatives}
