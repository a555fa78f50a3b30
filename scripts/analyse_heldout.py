"""Error analysis of the intent model on held-out voices (never the dev sets).

    python scripts/analyse_heldout.py                      # scores, confusion, errors of the two weakest voices
    python scripts/analyse_heldout.py --voices titles plainspoken --limit 40
    python scripts/analyse_heldout.py --summary            # numbers only (for a log of experiments)

Each voice is predicted by a model trained on the other voices only, with the shipped pipeline
(`TrainingSettings`, the classifier's features and signals). For every misclassified example of the
chosen voices it prints the headline, the note, the truth, the prediction and the features that
pushed most towards the prediction and towards the truth.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from linkscreen.adapters.corpus import LabelledInvitation, read_corpus_folder  # noqa: E402
from linkscreen.adapters.training import (  # noqa: E402
    Featurised, TrainingSettings, featurise_examples, fit_held_out_voices, predict_intents)
from linkscreen.core.classifier import build_extras  # noqa: E402
from linkscreen.core.evaluation import evaluate_predictions, format_report  # noqa: E402
from linkscreen.core.linear import LinearModel  # noqa: E402
from linkscreen.core.generic_notes import is_default_note  # noqa: E402
from linkscreen.core.taxonomy import INTENTS  # noqa: E402


@dataclass(frozen=True)
class Item:
    """One featurised example with its held-out prediction and the model that made it."""

    featurised: Featurised
    predicted: str
    model: LinearModel

    @property
    def example(self) -> LabelledInvitation:
        return self.featurised.example


def predict_held_out(items: list[Featurised], settings: TrainingSettings) -> list[Item]:
    """Predict each voice with a model trained on the other voices, plus their headline-free copies, as the
    shipped model is trained; in the order of the items."""
    found: dict[int, Item] = {}
    for voice, model in fit_held_out_voices(items, settings):
        positions = [n for n, item in enumerate(items) if item.example.voice == voice]
        guesses = predict_intents(model, [items[n] for n in positions], settings)
        found.update((n, Item(items[n], guess, model)) for n, guess in zip(positions, guesses))
    return [found[n] for n in range(len(items))]


def summarise(items: list[Item]) -> dict:
    """Pooled and per-voice macro-F1, per-label F1, and macro-F1 of empty-note requests."""
    pooled = evaluate_predictions([i.example.intent for i in items], [i.predicted for i in items], INTENTS)
    voices = sorted({item.example.voice for item in items})
    per_voice = {}
    for voice in voices:
        chosen = [i for i in items if i.example.voice == voice]
        per_voice[voice] = round(
            evaluate_predictions([i.example.intent for i in chosen], [i.predicted for i in chosen], INTENTS).macro_f1, 4
        )
    empty = [i for i in items if is_default_note(i.example.invitation.message)]  # empty or LinkedIn's stock text
    empty_eval = evaluate_predictions([i.example.intent for i in empty], [i.predicted for i in empty], INTENTS)
    return {
        "macro_f1": round(pooled.macro_f1, 4),
        "per_voice": per_voice,
        "per_label": {s.label: round(s.f1, 3) for s in pooled.per_label},
        "empty_note_macro_f1": round(empty_eval.macro_f1, 4),
        "empty_note_accuracy": round(empty_eval.accuracy, 4),
        "_pooled": pooled,
    }


def explain_item(item: Item, label: str, top: int) -> str:
    """The features of item that pushed most towards label, with their contributions."""
    counts = dict(item.featurised.counts)
    scored = item.model.score_terms(counts, build_extras(counts, item.featurised.hits, item.model.signal_scale))
    return ", ".join(f"{name}={value:.2f}" for name, value in item.model.explain_scored(scored, label, top=top))


def print_errors(items: list[Item], voices: list[str], limit: int, top: int) -> None:
    """Print the misclassified examples of the given voices, grouped by (truth, predicted)."""
    for voice in voices:
        errors = [i for i in items if i.example.voice == voice and i.predicted != i.example.intent]
        errors.sort(key=lambda i: (i.example.intent, i.predicted))
        print(f"\n=== {voice}: {len(errors)} errors of {sum(i.example.voice == voice for i in items)} ===")
        for item in errors[:limit]:
            inv = item.example.invitation
            note = inv.message.replace("\n", " / ")
            print(f"\n[{inv.external_id}] truth={item.example.intent} predicted={item.predicted}")
            print(f"  headline: {inv.headline!r}  company: {inv.company!r}")
            print(f"  note: {note[:300]!r}")
            print(f"  signals: {', '.join(hit.name for hit in item.featurised.hits)}")
            print(f"  -> predicted: {explain_item(item, item.predicted, top)}")
            print(f"  -> truth:     {explain_item(item, item.example.intent, top)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--voices", nargs="*", help="voices whose errors to print (default: the two weakest)")
    parser.add_argument("--limit", type=int, default=60, help="errors to print per voice")
    parser.add_argument("--top", type=int, default=6, help="features to show per explanation")
    parser.add_argument("--summary", action="store_true", help="print the numbers only")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    parser.add_argument("--corpus", type=Path, default=REPO / "data" / "intent", help="intent corpus folder")
    args = parser.parse_args()
    started = time.perf_counter()
    items = predict_held_out(featurise_examples(read_corpus_folder(args.corpus)), TrainingSettings())
    summary = summarise(items)
    pooled = summary.pop("_pooled")
    print(f"held-out-voice macro-F1 {summary['macro_f1']:.4f}  "
          f"empty-note macro-F1 {summary['empty_note_macro_f1']:.4f} "
          f"(accuracy {summary['empty_note_accuracy']:.4f})  [{time.perf_counter() - started:.0f} s]")
    print("per voice: " + "  ".join(f"{voice} {score:.3f}" for voice, score in summary["per_voice"].items()))
    print("per label: " + "  ".join(f"{label[:10]} {score:.3f}" for label, score in summary["per_label"].items()))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n")
    if args.summary:
        return
    print("\n" + format_report(pooled))
    weakest = sorted(summary["per_voice"], key=summary["per_voice"].get)[:2]
    print_errors(items, args.voices or weakest, args.limit, args.top)


if __name__ == "__main__":
    main()
