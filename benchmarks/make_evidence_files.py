"""Generate evidence files for the evidence index benchmark: an mbox and a vCard address book.

    python benchmarks/make_evidence_files.py --out /tmp/evidence --messages 100000 --contacts 10000

Writes `mail.mbox` (N messages with realistic headers: Received chains, RFC 2047 encoded names,
folded recipient lists, mailing-list and no-reply mail, a few broken Date headers; bodies of 1-4 KB;
about 8,000 distinct correspondents; a quarter of the mail sent by the user) and `contacts.vcf`
(M vCard 3.0 contacts, many sharing addresses with the mail). Everything comes from one seeded
random generator, so the same arguments give the same bytes. Prints a JSON summary.
"""

from __future__ import annotations

import argparse
import base64
import bisect
import itertools
import json
import random
import time
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

USER = ("Kiri Halvorsen", "kiri.halvorsen@example.org")
FIRST = ("Aroha", "Sam", "Priya", "Tomasz", "Liam", "Mei", "Jürgen", "Zoë", "José", "Björn", "Ngozi", "Hiroshi",
         "Fatima", "Olga", "Mateus", "Anaïs", "Søren", "Chloé", "Rangi", "Wei", "Dmitri", "Ana", "Kofi", "Léa",
         "Emma", "Noah", "Ava", "Lucas", "Isla", "Mia", "Oliver", "Jack", "Ruby", "Leo", "Grace", "Hemi")
LAST = ("Ngata", "Patel", "Raman", "Wiśniewski", "O'Connor", "Chen", "Müller", "Ødegård", "García", "Lindström",
        "Okafor", "Tanaka", "Haddad", "Ivanova", "Silva", "Dubois", "Kristensen", "Lefèvre", "Parata", "Zhang",
        "Smirnov", "Costa", "Mensah", "Moreau", "Smith", "Brown", "Wilson", "Taylor", "Martin", "Walker")
CJK = ("王伟", "李娜", "张敏", "陈静", "田中 花子", "佐藤 健", "김민준", "이서연")
COMPANIES = ("kowhai-recruitment", "baltic-data", "cloudco", "harbour-legal", "tui-analytics", "finops-partners",
             "northwind", "contoso", "fabrikam", "tailspin", "wingtip", "adatum", "litware", "proseware")
FREE_MAIL = ("mail.example", "post.example", "inbox.test")
ROBOTS = ("noreply@updates.shop.example", "no-reply@accounts.cloudco.example", "notifications@tracker.example",
          "donotreply@bank.example", "MAILER-DAEMON@mx.example.org")
LISTS = (("dev@lists.python.example", "<dev.lists.python.example>"),
         ("news@letters.example", "<weekly.letters.example>"))
WORDS = ("meeting", "proposal", "budget", "thanks", "review", "contract", "schedule", "quarter", "team", "update",
         "draft", "client", "deadline", "invoice", "project", "notes", "call", "agenda", "follow", "next", "week",
         "please", "attached", "could", "would", "should", "regarding", "confirm", "available", "Tuesday")
ZONES = (timezone.utc, timezone(timedelta(hours=12)), timezone(timedelta(hours=13)), timezone(timedelta(hours=-5)),
         timezone(timedelta(hours=1)), timezone(timedelta(hours=5, minutes=30)))
CORRESPONDENTS = 8_000


def build_people(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """Return (name, address) pairs with distinct addresses; some names need RFC 2047 encoding."""
    people = []
    seen = set()
    while len(people) < count:
        if rng.random() < 0.05:
            name = rng.choice(CJK)
            local = f"user{len(people)}"
        else:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            name = f"{first} {last}"
            local = to_ascii(f"{first}.{last}".lower()).replace("'", "")
        domain = rng.choice(FREE_MAIL) if rng.random() < 0.3 else f"{rng.choice(COMPANIES)}.example"
        address = f"{local}{'' if rng.random() < 0.5 else len(people)}@{domain}"
        if address.lower() not in seen:
            seen.add(address.lower())
            people.append((name, address))
    return people


def to_ascii(text: str) -> str:
    """Return text without accents (ø, ł and ß spelt out), as people write their mail address."""
    text = text.replace("ø", "o").replace("ł", "l").replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def format_mailbox(rng: random.Random, name: str, address: str) -> str:
    """Return `name <address>` as a mail client would write it: quoted, Q- or B-encoded when needed."""
    if name.isascii():
        if "'" in name or rng.random() < 0.2:
            return f'"{name}" <{address}>'
        if rng.random() < 0.1:
            last, _, first = name.rpartition(" ")
            return f'"{first}, {last}" <{address}>'  # Outlook's "Last, First"
        return f"{name} <{address}>"
    data = name.encode("utf-8")
    if rng.random() < 0.5:
        return f"=?UTF-8?B?{base64.b64encode(data).decode()}?= <{address}>"
    quoted = "".join(chr(b) if chr(b).isalnum() and b < 128 else "_" if b == 32 else f"={b:02X}" for b in data)
    return f"=?utf-8?Q?{quoted}?= <{address}>"


def fold(name: str, mailboxes: list[str]) -> str:
    """Return a header line, folded before a mailbox once a line passes 78 characters."""
    lines = [f"{name}: {mailboxes[0]}"]
    for mailbox in mailboxes[1:]:
        if len(lines[-1]) + len(mailbox) + 2 > 78:
            lines[-1] += ","
            lines.append(f" {mailbox}")
        else:
            lines[-1] += f", {mailbox}"
    return "\n".join(lines)


def build_bodies(rng: random.Random, count: int) -> list[str]:
    """Return plain-text bodies of 1-4 KB, some with a line that must be escaped in an mbox."""
    bodies = []
    for number in range(count):
        target = rng.randint(1024, 4096)
        lines, size = ["Hi,", ""], 4
        while size < target:
            line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 12))).capitalize() + "."
            lines.append(line)
            size += len(line) + 1
        if number % 10 == 0:
            lines.insert(3, ">From the notes of last week:")
        lines += ["", "Best regards"]
        bodies.append("\n".join(lines))
    return bodies


def write_mbox(path: Path, rng: random.Random, messages: int, people: list[tuple[str, str]]) -> None:
    """Write the mbox, one message at a time, in date order; some people write far more than others."""
    ranks = list(itertools.accumulate(1.0 / (rank + 20) ** 0.6 for rank in range(len(people))))
    own = [format_mailbox(rng, *person) for person in people]  # how each person signs their mail
    listed = [format_mailbox(rng, *person) for person in people]  # how the user's address book shows them
    bodies = build_bodies(rng, 400)
    subjects = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 7))).capitalize() for _ in range(500)]
    moment = datetime(2021, 1, 4, 8, 0, tzinfo=timezone.utc)
    step = (5 * 365 * 86400) / max(messages, 1)
    user = format_mailbox(rng, *USER)
    count = len(people)
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        for number in range(messages):
            moment += timedelta(seconds=rng.uniform(0.2, 1.8) * step)
            rolled = rng.random()
            extra: list[str] = []
            if rolled < 0.25:
                sender = user
                recipients = [listed[index] for index in {pick(rng, ranks) for _ in range(rng.randint(1, 3))}]
                copies = [listed[int(rng.random() * count)]] if rng.random() < 0.3 else []
            elif rolled < 0.33:
                address, list_id = rng.choice(LISTS)
                sender, recipients, copies = own[int(rng.random() * count)], [address], []
                extra = [f"List-Id: {list_id}", f"List-Unsubscribe: <mailto:leave-{number}@{address.split('@')[1]}>",
                         "Precedence: list"]
            elif rolled < 0.38:
                sender, recipients, copies = rng.choice(ROBOTS), [user], []
                extra = ["Auto-Submitted: auto-generated"]
            else:
                sender = own[pick(rng, ranks)]
                recipients = [user] + [listed[int(rng.random() * count)] for _ in range(rng.randint(0, 2))]
                copies = [listed[int(rng.random() * count)]] if rng.random() < 0.2 else []
            local = moment.astimezone(ZONES[number % len(ZONES)])
            date = "Thursday sometime" if number % 997 == 0 else local.strftime("%a, %d %b %Y %H:%M:%S %z")
            head = [
                f"From sender@example.org {moment.strftime('%a %b %d %H:%M:%S %Y')}",
                "Return-Path: <bounce@example.org>",
                f"Received: from mx{number % 7}.example.org (mx{number % 7}.example.org [192.0.2.{number % 250}])\n"
                f"\tby mail.example.org with ESMTPS id {number:x}\n\tfor <{USER[1]}>; {date}",
                f"Received: from [198.51.100.{number % 200}] by smtp.example.net; {date}",
                f"Message-ID: <{number:08d}.{rng.getrandbits(40):x}@mail.example.org>",
                f"Date: {date}",
                f"From: {sender}",
                fold("To", recipients),
            ]
            if copies:
                head.append(fold("Cc", copies))
            head += [f"Subject: Re: {subjects[number % 500]}", "MIME-Version: 1.0",
                     "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", *extra]
            stream.write("\n".join(head) + "\n\n" + rng.choice(bodies) + "\n\n")


def pick(rng: random.Random, cumulative: list[float]) -> int:
    """Return an index drawn with the weights whose running totals are given."""
    return bisect.bisect(cumulative, rng.random() * cumulative[-1])


def write_vcards(path: Path, rng: random.Random, contacts: int, people: list[tuple[str, str]]) -> None:
    """Write the address book: vCard 3.0, CRLF line ends, lines folded at 75 octets."""
    with open(path, "w", encoding="utf-8", newline="") as stream:
        for number in range(contacts):
            shared = number < CORRESPONDENTS and rng.random() < 0.7
            name, address = people[number if shared else CORRESPONDENTS + number]
            first, _, last = name.partition(" ")
            domain = address.partition("@")[2]
            company = rng.choice(COMPANIES) if domain in FREE_MAIL else domain.partition(".")[0]
            company = company.replace("-", " ").title()
            lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:urn:uuid:{rng.getrandbits(128):032x}", f"FN:{name}",
                     f"N:{last};{first};;;", f"EMAIL;TYPE=INTERNET;TYPE=WORK:{address}",
                     f"TEL;TYPE=CELL:+64 21 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                     f"ORG:{company}", f"TITLE:{rng.choice(('Head of Talent', 'CTO', 'Account Executive, APAC'))}"
                     .replace(",", "\\,")]
            if rng.random() < 0.4:
                lines.append(f"URL:https://www.linkedin.com/in/{to_ascii(first.lower())}-{number:x}")
            if rng.random() < 0.1:
                lines.insert(6, f"EMAIL;TYPE=INTERNET;TYPE=HOME:{to_ascii(first.lower())}{number}@{FREE_MAIL[0]}")
            if rng.random() < 0.2:
                lines.append("NOTE:Met at the Wellington IT leaders breakfast\\, talked about data platforms\\n"
                             "and a possible pilot next year with the analytics team.")
            lines.append("END:VCARD")
            stream.write("".join(fold_vcard_line(line) + "\r\n" for line in lines))


def fold_vcard_line(line: str) -> str:
    """Fold a content line at 75 octets (never inside a UTF-8 sequence)."""
    if len(line.encode("utf-8")) <= 75:
        return line
    parts, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > (75 if not parts else 74):
            parts.append(current)
            current = ""
        current += char
    return "\r\n ".join(parts + [current])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder to write mail.mbox and contacts.vcf into")
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    started = time.perf_counter()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    people = build_people(rng, CORRESPONDENTS + args.contacts)  # the first CORRESPONDENTS write mail
    mbox, vcf = args.out / "mail.mbox", args.out / "contacts.vcf"
    write_mbox(mbox, rng, args.messages, people[:CORRESPONDENTS])
    write_vcards(vcf, rng, args.contacts, people)
    print(json.dumps({"mbox": str(mbox), "messages": args.messages, "mbox_mb": round(mbox.stat().st_size / 2**20, 1),
                      "vcf": str(vcf), "contacts": args.contacts, "vcf_mb": round(vcf.stat().st_size / 2**20, 1),
                      "seconds": round(time.perf_counter() - started, 2)}))


if __name__ == "__main__":
    main()
