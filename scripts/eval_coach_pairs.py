"""Score both notes of each pair with the coach: does the better note score higher?

    python scripts/eval_coach_pairs.py data/coach/pairs.jsonl

A pairs file has one JSON object per line: {"id", "situation"?, "better": {"message", "recipient_name"?,
"context"?}, "worse": {...}, "why"?}. Prints wins / ties / losses and lists every tie and loss with both
scores and the checks that differ. Exit status 1 when the file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from linkscreen.core.coach import CoachReport, coach_note  # noqa: E402


def read_pairs(path: Path) -> list[dict[str, Any]]:
    """Return the pairs of a JSON Lines file, skipping blank lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def score_note(note: dict[str, Any] | str, recipient: str = "") -> CoachReport:
    """Coach one side of a pair: {"message", "recipient_name"?, "context"?}, or the note as a plain
    string with the pair's "recipient" (the layout of the shared evaluation pairs)."""
    if isinstance(note, str):
        return coach_note(note, recipient)
    return coach_note(note.get("message") or "", note.get("recipient_name") or recipient, note.get("context") or "")


def describe_difference(better: CoachReport, worse: CoachReport) -> list[str]:
    """Return one line per check whose detail differs between the two reports."""
    lines = []
    for mine, theirs in zip(better.checks, worse.checks):
        if mine.detail != theirs.detail:
            lines.append(f"    {mine.name}: better [{mine.detail}] / worse [{theirs.detail}]")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print wins / ties / losses over a pairs file and list the failures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, help="pairs file (JSON Lines)")
    args = parser.parse_args(argv)
    try:
        pairs = read_pairs(args.file)
    except (OSError, json.JSONDecodeError) as error:
        print(f"error: cannot read {args.file}: {error}", file=sys.stderr)
        return 1
    counts = {"wins": 0, "ties": 0, "losses": 0}
    failures: list[str] = []
    for number, pair in enumerate(pairs, 1):
        recipient = pair.get("recipient") if isinstance(pair.get("recipient"), str) else ""
        better, worse = score_note(pair["better"], recipient), score_note(pair["worse"], recipient)
        outcome = "wins" if better.score > worse.score else "ties" if better.score == worse.score else "losses"
        counts[outcome] += 1
        if outcome != "wins":
            failures.append(
                f"{outcome[:-1].upper()} {pair.get('id', number)}: better {better.score}, worse {worse.score}"
            )
            failures.extend(describe_difference(better, worse))
    total = len(pairs) or 1
    print(f"{len(pairs)} pairs: {counts['wins']} wins ({counts['wins'] / total:.1%}), {counts['ties']} ties, "
          f"{counts['losses']} losses")
    for line in failures:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
