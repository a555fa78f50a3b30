"""Audit the shipped intent model's single words for who-a-sender-is leaks: the heaviest headline and note words,
and the heaviest of those the corpus writes capitalised (names, brands, places: the kind that should carry no weight).

    python scripts/audit_features.py [--top 40]

A reading aid for a person, not a test: session 9 found employer names (`h:unilever` +3.14), "family man" and
"God-fearing" this way. Each row: the word, the intent it pushes hardest towards (or away from), the weight, and how
often the corpus's notes write it capitalised inside a sentence (a name, a brand, a place, rarely a title: never
lower case).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from linkscreen.adapters.corpus import read_corpus_folder  # noqa: E402
from linkscreen.adapters.models import load_named_model  # noqa: E402

WORD_RE = re.compile(r"(?<=[a-z,;:] )[A-Za-z][\w'-]+")  # a word inside a sentence (after a lower-case word)


class Row(NamedTuple):
    """One single-word feature: its strongest weight, the intent it is for, and how often notes capitalise it."""

    feature: str
    intent: str
    weight: float
    capitalised: float  # share of its in-sentence occurrences in notes
    seen: int  # its in-sentence occurrences in notes

    @property
    def word(self) -> str:
        return self.feature[2:]


def count_capitalised(texts: list[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each word (folded) is seen inside a sentence, and how often capitalised there."""
    seen: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for text in texts:
        for word in WORD_RE.findall(text):
            folded = word.casefold()
            seen[folded] += 1
            capitalised[folded] += word[0].isupper()
    return seen, capitalised


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=40, help="rows per table")
    args = parser.parse_args()
    model, _ = load_named_model("intent", None)
    examples = read_corpus_folder(REPO / "data" / "intent")
    seen, capitalised = count_capitalised([example.invitation.message for example in examples])  # headlines: Title Case
    rows = []
    for name, position in model.index.items():
        if name[:2] not in ("h:", "m:") or " " in name:
            continue
        weights = model.weights[position]
        strongest = int(abs(weights).argmax())
        word = name[2:]
        share = capitalised[word] / seen[word] if seen[word] else 0.0
        rows.append(Row(name, model.labels[strongest], float(weights[strongest]), share, seen[word]))
    rows.sort(key=lambda row: -abs(row.weight))
    print_rows("heaviest words", rows[: args.top])
    proper = [row for row in rows if row.capitalised >= 0.95 and row.seen >= 3 and not row.word.startswith("i'")]
    print_rows("heaviest words the corpus writes capitalised (names, brands, places?)", proper[: args.top])

def print_rows(title: str, rows: list[Row]) -> None:
    print(f"\n{title}\n{'word':<24} {'intent':<24} {'weight':>7} {'capitalised':>11}")
    for row in rows:
        print(f"{row.feature:<24} {row.intent:<24} {row.weight:>+7.2f} {row.capitalised:>10.0%}")

if __name__ == "__main__":
    main()
