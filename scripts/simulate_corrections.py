"""Simulate a user correcting the model on their own inbox: how much do their labels help `retrain`?

    python scripts/simulate_corrections.py                      # train on the four oldest voices
    python scripts/simulate_corrections.py --train all-others   # train on every other voice

For each inbox voice: a model is trained without it (as the shipped model never saw the user's inbox);
the voice's first half is the inbox so far, its second half the inbox to come. The user corrects the
model's first K errors in the first half ("Correct this" / `linkscreen label`); `retrain` learns from
those labels repeated R times (USER_LABEL_REPEATS in services/learning.py); the script prints the
macro-F1 on the inbox to come for each K and R. Only the project's corpus is read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from linkscreen.adapters.corpus import read_corpus_folder  # noqa: E402
from linkscreen.adapters.training import (  # noqa: E402
    Featurised, TrainingSettings, featurise_examples, fit_featurised, predict_intents)
from linkscreen.core.evaluation import evaluate_predictions  # noqa: E402
from linkscreen.core.linear import LinearModel  # noqa: E402
from linkscreen.core.taxonomy import INTENTS  # noqa: E402

OLDEST_VOICES = ("anz", "global", "inmail", "terse")
INBOX_VOICES = ("titles", "trade", "realmsg", "plainspoken", "followup", "agency")
SETTINGS = TrainingSettings()  # as `retrain` trains


def score_inbox(model: LinearModel, items: list[Featurised]) -> float:
    """Macro-F1 of the model on these labelled requests."""
    guesses = predict_intents(model, items, SETTINGS)
    return evaluate_predictions([i.example.intent for i in items], guesses, INTENTS).macro_f1


def simulate_voice(
    corpus: list[Featurised], voice: str, train_voices: str, corrections: list[int], repeats: list[int]
) -> dict[str, float | int | str]:
    """One inbox: the base score on the inbox to come, then one score per number of corrections and repeat."""
    if train_voices == "oldest":
        base_items = [i for i in corpus if i.example.voice in OLDEST_VOICES and i.example.voice != voice]
    else:
        base_items = [i for i in corpus if i.example.voice != voice]
    inbox = [i for i in corpus if i.example.voice == voice]
    seen, future = inbox[: len(inbox) // 2], inbox[len(inbox) // 2:]
    base = fit_featurised(base_items, SETTINGS)
    wrong = [i for i, guess in zip(seen, predict_intents(base, seen, SETTINGS)) if guess != i.example.intent]
    row: dict[str, float | int | str] = {
        "voice": voice, "errors_seen": len(wrong), "base": round(score_inbox(base, future), 4)
    }
    for count in corrections:
        labels = wrong[:count]  # the user's labels: the requests with their true intent
        for repeat in repeats:
            model = fit_featurised(base_items + labels * repeat, SETTINGS)
            row[f"k{count}r{repeat}"] = round(score_inbox(model, future), 4)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", choices=("oldest", "all-others"), default="oldest",
                        help="train the base model on the four oldest voices, or on every voice but the inbox")
    parser.add_argument("--voices", nargs="*", default=list(INBOX_VOICES), help="the voices used as inboxes")
    parser.add_argument(
        "--corrections", nargs="*", type=int, default=[10, 100], help="how many errors the user corrects"
    )
    parser.add_argument("--repeats", nargs="*", type=int, default=[1, 3, 10], help="how often each label is repeated")
    args = parser.parse_args()
    corpus = featurise_examples(read_corpus_folder(REPO / "data" / "intent"))
    for voice in args.voices:
        print(simulate_voice(corpus, voice, args.train, args.corrections, args.repeats), flush=True)


if __name__ == "__main__":
    main()
