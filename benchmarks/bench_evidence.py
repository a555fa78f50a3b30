"""Evidence index benchmark: index N e-mails and M contacts, then look senders up.

    python benchmarks/bench_evidence.py --messages 100000 --contacts 10000

Generates an mbox and a vCard file (benchmarks/make_evidence_files.py), then, in a fresh SQLite
database, times `linkscreen evidence add` for each (reading, matching keys and writing the index),
loading the index, and looking up 2,000 senders (half of them people in the index, half strangers).
Targets: index built in under 60 s; one lookup under 5 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--lookups", type=int, default=2_000)
    args = parser.parse_args()
    from linkscreen.adapters.evidence_settings import EvidenceSettings
    from linkscreen.adapters.storage import Store
    from linkscreen.core.evidence import find_evidence
    from linkscreen.core.models import Invitation
    from linkscreen.services import add_evidence

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        subprocess.run([sys.executable, str(REPO / "benchmarks" / "make_evidence_files.py"), "--out", str(out),
                        "--messages", str(args.messages), "--contacts", str(args.contacts)],
                       check=True, capture_output=True)
        store = Store.open(f"sqlite:///{out / 'bench.db'}")
        settings = EvidenceSettings()
        started = time.perf_counter()
        mail = add_evidence(store, "mbox", out / "mail.mbox", settings=settings)
        mail_seconds = time.perf_counter() - started
        started = time.perf_counter()
        cards = add_evidence(store, "vcard", out / "contacts.vcf", settings=settings)
        cards_seconds = time.perf_counter() - started
        started = time.perf_counter()
        index = store.load_evidence_index()
        load_seconds = time.perf_counter() - started
        rng = random.Random(7)
        known = [entry.person for entry in rng.sample(index.people, min(len(index.people), args.lookups // 2))]
        senders = [Invitation(name=p.name, headline=f"Manager at {p.company or 'Contoso'}") for p in known]
        senders += [
            Invitation(name=f"Stranger {n} Person{n}", headline="Sales at Nowhere")
            for n in range(args.lookups - len(senders))
        ]
        timings, found = [], 0
        for sender in senders:
            began = time.perf_counter()
            found += bool(find_evidence(index, sender))
            timings.append((time.perf_counter() - began) * 1000)
        timings.sort()
        result = {
            "messages": args.messages,
            "contacts": args.contacts,
            "mail_index_seconds": round(mail_seconds, 2),
            "mail_people": sum(mail.summary.new.values()),
            "vcard_index_seconds": round(cards_seconds, 2),
            "vcard_people": sum(cards.summary.new.values()),
            "index_build_seconds": round(mail_seconds + cards_seconds, 2),
            "index_load_seconds": round(load_seconds, 2),
            "lookup_ms_p50": round(statistics.median(timings), 3),
            "lookup_ms_p95": round(timings[int(len(timings) * 0.95)], 3),
            "lookup_ms_max": round(timings[-1], 3),
            "lookups_with_evidence": found,
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
        store.close()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
