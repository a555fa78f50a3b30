"""Print the model comparison (docs/results/*.json, written by compare_models.py) as Markdown tables.

    python scripts/comparison_table.py > /tmp/table.md
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from linkscreen.core.taxonomy import SHORT_NAMES, Intent  # noqa: E402

RESULTS = Path(__file__).resolve().parent.parent / "docs" / "results"
ORDER = [
    "rules", "signals-linear", "tfidf-linear", "tfidf+signals", "embeddings-linear", "embeddings+tfidf+signals",
    "static-linear", "static+tfidf+signals",
]
SHORT = {intent.value: SHORT_NAMES[intent.value] for intent in Intent}


def main() -> None:
    results = {path.stem: json.loads(path.read_text()) for path in RESULTS.glob("*.json")}
    names = [name for name in ORDER if name in results]
    print(
        "| model | held-out-voice macro-F1 | " + " | ".join(results[names[0]]["held_out_per_voice"])
        + " | dev invitations | dev real-world |"
    )
    print("|---|---|" + "---|" * len(results[names[0]]["held_out_per_voice"]) + "---|---|")
    for name in names:
        r = results[name]
        voices = " | ".join(f"{v:.3f}" for v in r["held_out_per_voice"].values())
        dev = r.get("dev_invitations_macro_f1")
        real = r.get("dev_real_world_macro_f1")
        print(
            f"| {name} | **{r['held_out_voice_macro_f1']:.3f}** | {voices} | {dev if dev is not None else '-'} "
            f"| {real if real is not None else '-'} |"
        )
    print()
    print("Per-label F1, held-out voices:")
    print()
    print("| model | " + " | ".join(SHORT.values()) + " |")
    print("|---|" + "---|" * len(SHORT))
    for name in names:
        f1 = results[name]["held_out_per_label_f1"]
        print(f"| {name} | " + " | ".join(f"{f1.get(label, 0):.2f}" for label in SHORT) + " |")


if __name__ == "__main__":
    main()
