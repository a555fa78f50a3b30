"""Rebuild the models shipped in the package from the project's corpus (data/), and the patterns' clues.

    python scripts/build_models.py

Writes src/linkscreen/models/{intent,outcome}.{npz,json}; each manifest carries the format version,
the SHA-256 of its arrays and the hash of the corpus it was trained on. Deterministic. Then writes
src/linkscreen/core/pattern_clues.json, the clues of every signal's patterns derived ahead of time (see
`core/shipped_clues.py`): run it after changing a signal's patterns, as the models read the signals too.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from linkscreen.core import pattern_sets, shipped_clues  # noqa: E402
from linkscreen.core.shipped_clues import Clues  # noqa: E402
from linkscreen.services import build_models  # noqa: E402


def write_clue_file(patterns: set[str], compute: Callable[[str], Clues], path: Path) -> int:
    """Write every pattern's clues as `compute(pattern)` gives them, with what derived them (read back by
    `shipped_clues.read_shipped_clues`); return how many."""
    clues = {shipped_clues.name_pattern(pattern): compute(pattern) for pattern in patterns}
    if len(clues) != len(patterns):
        raise ValueError("two patterns share a key: lengthen shipped_clues.name_pattern")
    head = {"derived_by": shipped_clues.describe_derivation(), "derived_under": shipped_clues.describe_python()}
    entries = [f"{json.dumps(key)}: {json.dumps([list(parts[0]), list(parts[1])], ensure_ascii=False)}"
               for key, parts in sorted(clues.items())]  # one a line, so that a change shows as one
    path.write_text(json.dumps(head)[:-1] + ', "clues": {\n' + ",\n".join(entries) + "\n}}\n", encoding="utf-8")
    return len(clues)


if __name__ == "__main__":
    report = build_models(REPO / "data", REPO / "src" / "linkscreen" / "models")
    report["pattern_clues"] = write_clue_file(shipped_clues.list_registered_patterns(), pattern_sets.compute_clues,
                                              shipped_clues.SHIPPED)
    print(json.dumps(report, indent=2))
