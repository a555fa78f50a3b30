"""Benchmark: the queue page's server time with many stored, triaged requests.

    python benchmarks/bench_queue_page.py --requests 100000

Prints p50/p95 per view (in-process, through FastAPI's test client). Target: under 100 ms.
"""

from __future__ import annotations

import json
import argparse
import tempfile
import random
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient

from linkscreen import services
from linkscreen.core.models import StoredAssessment
from linkscreen.core.taxonomy import ACTIONS, INTENTS
from linkscreen.web import create_app

VIEWS = {
    "open queue, page 1": "/queue",
    "open queue, page 200": "/queue?page=200",
    "all statuses": "/queue?status=all",
    "by intent": "/queue?intent=sales_pitch",
    "by action": "/queue?action=ask",
    "name search": "/queue?q=person%2099",
}


def build_store(path: Path, count: int) -> str:
    """Import `count` requests and store a made-up assessment for each (classifying is not measured)."""
    url = f"sqlite:///{path / 'bench.db'}"
    source = path / "bench.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({
                "id": f"b{i}", "name": f"Person {i} Example", "headline": "Account Executive",
                "company": f"Company {i % 500}",
                "message": "" if i % 3 else "Hello, can we talk about our platform?",
                "sent_at": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z",
                "profile_url": f"https://www.linkedin.com/in/bench-{i}"}) + "\n")
    store = services.open_store(url)
    services.import_path(store, source)
    chooser = random.Random(7)
    assessments = [
        StoredAssessment(s.id, chooser.choice(INTENTS), 0.8, ("signal",), chooser.choice(ACTIONS), ("rule",),
                         "Hi, how have we met or done business before?", "bench", "bench")
        for s in store.list_invitations()
    ]
    store.save_assessments(assessments, datetime.now(UTC))
    store.close()
    return url


def measure(client: TestClient, path: str, rounds: int) -> tuple[float, float]:
    client.get(path)
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        if client.get(path).status_code != 200:
            raise SystemExit(f"{path} failed")
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[max(int(len(times) * 0.95) - 1, 0)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        client = TestClient(create_app(db_url=build_store(Path(folder), args.requests)))
        results = {name: measure(client, path, args.rounds) for name, path in VIEWS.items()}
    print(json.dumps(
        {name: {"p50_ms": round(p50, 1), "p95_ms": round(p95, 1)} for name, (p50, p95) in results.items()}, indent=2
    ))


if __name__ == "__main__":
    main()
