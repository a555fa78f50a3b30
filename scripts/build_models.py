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
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from linkscreen.core import pattern_sets, shipped_clues  # noqa: E402
from linkscreen.services import build_models  # noqa: E402

if __name__ == "__main__":
    report = build_models(REPO / "data", REPO / "src" / "linkscreen" / "models")
    report["pattern_clues"] = shipped_clues.write_clue_file(shipped_clues.list_registered_patterns(),
                                                            pattern_sets.compute_clues)
    print(json.dumps(report, indent=2))
