"""Classify benchmark: `linkscreen classify` on N generated requests, start-up included.

    python benchmarks/bench_classify.py --requests 10000

The requests are built from the project's corpus (cycled, with numbered ids), written to a temporary
JSON Lines file, and classified by the installed `linkscreen` command in a child process. Reports
wall time, requests per second and the child's peak memory. Target: 10,000 in under 5 s, < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from linkscreen.adapters.corpus import read_corpus_folder  # noqa: E402


def write_requests(path: Path, count: int) -> None:
    examples = read_corpus_folder(REPO / "data" / "intent")
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            inv = examples[number % len(examples)].invitation
            record = {
                "id": number, "name": inv.name, "headline": inv.headline, "company": inv.company,
                "location": inv.location, "message": inv.message,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "requests.jsonl"
        write_requests(source, args.requests)
        started = time.perf_counter()
        result = subprocess.run(
            ["linkscreen", "classify", str(source)], capture_output=True, text=True,
            env=_environment(folder),
        )
        seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    lines = result.stdout.count("\n")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({
        "requests": args.requests, "classified": lines, "seconds": round(seconds, 2),
        "requests_per_second": round(lines / seconds), "peak_mb": round(peak_mb, 1),
    }, indent=2))


def _environment(home: str) -> dict[str, str]:
    """A clean environment for the child: a fresh user folder, and this one's PATH and PYTHONPATH (so that code in
    another checkout can be measured: `PYTHONPATH=/path/to/checkout/src python benchmarks/bench_classify.py`)."""
    import os

    passed = {name: os.environ[name] for name in ("PATH", "PYTHONPATH") if name in os.environ}
    return {"LINKSCREEN_HOME": home, **passed}


if __name__ == "__main__":
    main()
