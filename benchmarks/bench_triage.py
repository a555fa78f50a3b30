"""Triage benchmark: `linkscreen triage` on a generated store of N requests, cold then warm.

    python benchmarks/bench_triage.py --requests 200000

Builds a fresh SQLite store of N open requests from the project's corpus (cycled, each with its own
profile URL; 1 in 50 labelled by the user, 1 in 100 asked and replied to, 1 in 150 expired), then runs
`linkscreen triage` twice in a child process: cold (nothing assessed yet: every request is classified)
and warm (every assessment cached). Reports each run's wall time and the child's own peak memory
(max RSS, from wait4). Target: 200,000 requests in under 400 MB, memory roughly flat in N.

`--keep DIR` keeps (and reuses) the store in DIR; `--src DIR` runs another source tree's `linkscreen`
(say, a copy of an older commit's src/) on the same store, to compare before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from linkscreen import services  # noqa: E402
from linkscreen.adapters.corpus import LabelledInvitation, read_corpus_folder  # noqa: E402
from linkscreen.adapters.storage import Store, schema  # noqa: E402

REPLIES = ("We met at the Berlin meetup last spring.", "I'd love to show you our platform, 15 minutes?", "")


def build_store(folder: Path, count: int) -> str:
    """Import `count` corpus requests into a fresh SQLite store in `folder`; add labels, replies, expiries."""
    url = f"sqlite:///{folder / 'triage.db'}"
    source = folder / "requests.jsonl"
    examples = read_corpus_folder(REPO / "data" / "intent")
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with source.open("w", encoding="utf-8") as out:
        for number in range(count):
            inv = examples[number % len(examples)].invitation
            out.write(json.dumps({
                "id": f"t{number}", "name": inv.name, "headline": inv.headline, "company": inv.company,
                "location": inv.location, "mutual_connections": inv.mutual_connections, "message": inv.message,
                "sent_at": (start + timedelta(minutes=7 * number)).isoformat(),
                "profile_url": f"https://www.linkedin.com/in/triage-bench-{number}",
            }, ensure_ascii=False) + "\n")
    store = services.open_store(url)
    services.import_path(store, source)
    source.unlink()
    _add_history(store, examples)
    store.close()
    return url


def _add_history(store: Store, examples: list[LabelledInvitation]) -> None:
    """What a queue in use has: user labels, asked requests with replies, expired ones (one transaction)."""
    inv = schema.invitations
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        ids = list(conn.scalars(inv.select().with_only_columns(inv.c.id).order_by(inv.c.id)))
        events, replies = [], []
        for position, invitation_id in enumerate(ids):
            if position % 50 == 7:
                intent = examples[position % len(examples)].intent
                events.append({"invitation_id": invitation_id, "kind": "label", "value": intent, "actor": "user",
                               "reasons": "[]", "created_at": now})
            if position % 100 == 3:
                conn.execute(inv.update().where(inv.c.id == invitation_id).values(status="replied", asked_at=now))
                replies.append({"invitation_id": invitation_id, "key": f"bench-{invitation_id}",
                                "text": REPLIES[position % 3] or "hi", "received_at": now, "source": "manual",
                                "outcome": ("context_given", "pitch", "accidental")[position % 3],
                                "confidence": 0.9, "reasons": "[]"})
            elif position % 150 == 11:
                conn.execute(inv.update().where(inv.c.id == invitation_id).values(status="expired", asked_at=now))
        if events:
            conn.execute(schema.events.insert(), events)
        if replies:
            conn.execute(schema.replies.insert(), replies)


def run_triage(url: str, home: Path, src: Path, folder: Path) -> dict:
    """Run `linkscreen triage` in a child process; its wall time and own peak memory (wait4)."""
    env = {**os.environ, "LINKSCREEN_HOME": str(home), "PYTHONPATH": str(src), "COLUMNS": "120"}
    command = [sys.executable, "-m", "linkscreen", "--db", url, "triage", "--limit", "5"]
    started = time.perf_counter()
    with (folder / "out.txt").open("wb") as out, (folder / "err.txt").open("wb") as err:
        child = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(child.pid, 0)  # reaped here, not by Popen: its rusage is the child's alone
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit((folder / "err.txt").read_text())
    summary = (folder / "out.txt").read_text().strip().splitlines()[-1]
    return {"seconds": round(seconds, 1), "peak_mb": round(usage.ru_maxrss / 1024, 1), "summary": summary}


def forget_assessments(url: str) -> None:
    """Delete every stored assessment, so that the next triage is cold (a kept store is reused)."""
    store = services.open_store(url)
    with store.engine.begin() as conn:
        conn.execute(schema.assessments.delete())
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, help="Keep the store in this folder (reused when already there).")
    parser.add_argument("--src", type=Path, default=REPO / "src", help="The source tree whose linkscreen runs.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-triage-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        kept = folder / "triage.db"
        url = f"sqlite:///{kept}" if kept.exists() else build_store(folder, args.requests)
        built = time.perf_counter() - started
        home = folder / "home"
        home.mkdir(exist_ok=True)
        forget_assessments(url)
        cold = run_triage(url, home, args.src.resolve(), folder)
        warm = run_triage(url, home, args.src.resolve(), folder)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({"requests": args.requests, "build_seconds": round(built, 1), "cold": cold, "warm": warm},
                     indent=2))


if __name__ == "__main__":
    main()
