"""Invitation e-mail parsing benchmark: messages/s reading an mbox of LinkedIn invitation e-mails.

    python benchmarks/bench_mail.py --copies 125

Builds an mbox from the example invitation e-mails (examples/invitation-emails.mbox, current and older
layouts, HTML and plain text) repeated `--copies` times, then reads it with the importer's mail
reader (headers, MIME parts, HTML to text, card extraction). Target: >= 2,000 messages/s.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=125)
    args = parser.parse_args()
    from linkscreen.adapters.invitation_mail import read_invitation_mail

    data = (REPO / "examples" / "invitation-emails.mbox").read_bytes()
    messages = (data.count(b"\nFrom ") + data.startswith(b"From ")) * args.copies
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "invitations.mbox"
        path.write_bytes(data * args.copies)
        started = time.perf_counter()
        items = sum(1 for _ in read_invitation_mail(path))
        seconds = time.perf_counter() - started
    print(json.dumps({"messages": messages, "seconds": round(seconds, 2),
                      "messages_per_second": round(messages / seconds), "items": items}, indent=2))


if __name__ == "__main__":
    main()
