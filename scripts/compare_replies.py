"""Score the reply-outcome model by holding out one whole reply voice at a time.

    python scripts/compare_replies.py [--without VOICE ...]

Trains on the other voices of data/replies/, predicts the held-out one, and prints its macro-F1, accuracy and
the accuracy on its replies of up to five words. `--without` leaves voices out entirely (to see what adding
one changed). Deterministic; about 10 seconds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from linkscreen.adapters.corpus import read_reply_folder  # noqa: E402
from linkscreen.adapters.training import TrainingSettings, train_outcome_model  # noqa: E402
from linkscreen.core.evaluation import evaluate_predictions  # noqa: E402
from linkscreen.core.outcome import OutcomeClassifier  # noqa: E402

SHORT_WORDS = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--without", nargs="*", default=[], help="voices to leave out entirely")
    args = parser.parse_args()
    replies = [reply for reply in read_reply_folder(REPO / "data" / "replies") if reply.voice not in args.without]
    truth, predicted = [], []
    for voice in sorted({reply.voice for reply in replies}):
        judge = OutcomeClassifier(train_outcome_model([r for r in replies if r.voice != voice], TrainingSettings()))
        held_out = [reply for reply in replies if reply.voice == voice]
        guesses = [judge.classify(r.reply, r.invitation_message, r.sender_headline).outcome for r in held_out]
        scores = evaluate_predictions([r.outcome for r in held_out], guesses)
        short = [(r.outcome, g) for r, g in zip(held_out, guesses) if len(r.reply.split()) <= SHORT_WORDS]
        short_accuracy = sum(t == g for t, g in short) / len(short) if short else float("nan")
        print(f"{voice:<10} n={len(held_out):<4} macro-F1 {scores.macro_f1:.3f}  accuracy {scores.accuracy:.3f}  "
              f"replies of <= {SHORT_WORDS} words: {short_accuracy:.3f} (n={len(short)})")
        truth += [r.outcome for r in held_out]
        predicted += guesses
    print(f"pooled     macro-F1 {evaluate_predictions(truth, predicted).macro_f1:.3f}")


if __name__ == "__main__":
    main()
