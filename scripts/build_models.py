"""Rebuild the models shipped in the package from the project's corpus (data/).

    python scripts/build_models.py

Writes src/linkscreen/models/{intent,outcome}.{npz,json}; each manifest carries the format version,
the SHA-256 of its arrays and the hash of the corpus it was trained on. Deterministic.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from linkscreen.services import build_models  # noqa: E402

if __name__ == "__main__":
    report = build_models(REPO / "data", REPO / "src" / "linkscreen" / "models")
    print(json.dumps(report, indent=2))
