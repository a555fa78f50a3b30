"""Print the model comparison (docs/results/*.json, written by compare_models.py) as Markdown tables.

    python scripts/comparison_table.py > /tmp/table.md

Three tables: one row per model (pooled and mean held-out-voice macro-F1, the weakest voice, the held-out
headline-free copies, the dev sets for the report); per-label F1 held out; and per voice, one column per model.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from linkscreen.core.taxonomy import SHORT_NAMES, Intent  # noqa: E402

RESULTS = Path(__file__).resolve().parent.parent / "docs" / "results"
ORDER = [
    "rules", "signals-linear", "tfidf-linear", "tfidf+signals", "tfidf+signals+headline-free",
    "tfidf+signals+headline-free+dropout", "embeddings-linear", "embeddings+tfidf+signals", "static-linear",
    "static+tfidf+signals",
]
SHORT = {intent.value: SHORT_NAMES[intent.value] for intent in Intent}


def format_score(value: float | None) -> str:
    """A score to three places, or a dash when the run did not measure it."""
    return "-" if value is None else f"{value:.3f}"


def print_models(results: dict[str, dict], names: list[str]) -> None:
    """One row per model: the held-out-voice scores, then the dev sets (report only)."""
    print("| model | held-out voices, pooled | mean of voices | weakest voice | headline-free | dev invitations | "
          "dev real-world |")
    print("|---|---|---|---|---|---|---|")
    for name in names:
        r = results[name]
        voices = r["held_out_per_voice"]
        weakest = min(voices, key=voices.get)
        print(
            f"| {name} | **{r['held_out_voice_macro_f1']:.3f}** | {mean(voices.values()):.3f} | `{weakest}` "
            f"{voices[weakest]:.3f} | {format_score(r.get('held_out_headline_free_macro_f1'))} | "
            f"{format_score(r.get('dev_invitations_macro_f1'))} | {format_score(r.get('dev_real_world_macro_f1'))} |"
        )


def print_labels(results: dict[str, dict], names: list[str]) -> None:
    """Per-label F1 of the pooled held-out predictions."""
    print("| model | " + " | ".join(SHORT.values()) + " |")
    print("|---|" + "---|" * len(SHORT))
    for name in names:
        f1 = results[name]["held_out_per_label_f1"]
        print(f"| {name} | " + " | ".join(f"{f1.get(label, 0):.2f}" for label in SHORT) + " |")


def print_voices(results: dict[str, dict], names: list[str]) -> None:
    """Held-out macro-F1 of each voice (rows) under each model (columns)."""
    voices = sorted({voice for name in names for voice in results[name]["held_out_per_voice"]})
    print("| voice | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for voice in voices:
        scores = (results[name]["held_out_per_voice"].get(voice) for name in names)
        print(f"| `{voice}` | " + " | ".join(format_score(score) for score in scores) + " |")


def main() -> None:
    results = {path.stem: json.loads(path.read_text()) for path in RESULTS.glob("*.json")}
    names = [name for name in ORDER if name in results]
    print_models(results, names)
    print("\nPer-label F1, held-out voices:\n")
    print_labels(results, names)
    print("\nPer voice, held out:\n")
    print_voices(results, names)


if __name__ == "__main__":
    main()
