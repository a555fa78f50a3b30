"""Import benchmark: a generated export of N invitations and M messages into a fresh SQLite database.

    python benchmarks/bench_import.py --invitations 100000 --messages 1000000

Runs the import in a child process so its peak memory (max RSS) is its own. Run it at two sizes to
see that peak memory does not grow with the file (the readers stream; the store writes in batches).
Target: >= 50,000 rows/s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_import(export: Path, database: Path) -> dict:
    code = (
        "import sys, time, json, resource\n"
        "from pathlib import Path\n"
        "from linkscreen.adapters.storage import Store\n"
        "from linkscreen.services import import_path\n"
        f"store = Store.open('sqlite:///{database}')\n"
        "started = time.perf_counter()\n"
        f"result = import_path(store, Path({str(export)!r}))\n"
        "seconds = time.perf_counter() - started\n"
        "rows = sum(result.summary.new.values()) + sum(result.summary.updated.values())"
        " + sum(result.summary.unchanged.values())\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(json.dumps({'rows': rows, 'seconds': round(seconds, 2), 'rows_per_second': round(rows / seconds),"
        " 'peak_mb': round(peak, 1), 'rejected': result.summary.rejected, 'failure': result.failure}))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=REPO)
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--invitations", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "export.zip"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, str(REPO / "scripts" / "make_examples.py"), "--invitations", str(args.invitations),
             "--messages", str(args.messages), "--out", str(export)],
            check=True,
        )
        generated = time.perf_counter() - started
        size_mb = round(export.stat().st_size / 2**20, 1)
        first = run_import(export, Path(folder) / "bench.db")
        again = run_import(export, Path(folder) / "bench.db")
    result = {
        "invitations": args.invitations,
        "messages": args.messages,
        "export_zip_mb": size_mb,
        "generate_seconds": round(generated, 1),
        "first_import": first,
        "re_import": again,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
