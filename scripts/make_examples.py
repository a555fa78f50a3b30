#!/usr/bin/env python3
"""Regenerate the example inputs, deterministically, or stream a large synthetic export.

    python scripts/make_examples.py                 # examples/: the export ZIP, invitations.jsonl,
                                                    # invitation e-mails (mbox) and a pasted page
    python scripts/make_examples.py --invitations 100000 --messages 1000000 --out /tmp/big.zip

The example owner, the senders and every company are fictional (see example_texts.py). The large
mode writes rows into the ZIP members as it goes, so memory stays flat whatever N and M are.
"""

from __future__ import annotations

import argparse
import base64
import csv
import io
import json
import random
import sys
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import example_texts as texts  # noqa: E402

SEED = 20260129
UTC = timezone.utc
EXPORT_TIME = datetime(2026, 1, 29, 9, 0, tzinfo=UTC)
ZIP_TIME = (2026, 1, 29, 9, 0, 0)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
REPO = Path(__file__).resolve().parent.parent
PREAMBLE = (
    "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses "
    "are missing. You will only see email addresses for connections who have allowed their connections "
    "to see or download their email address using this setting https://www.linkedin.com/psettings/"
    "privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\n\n")
INVITATION_HEADER = ("From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
                     "inviteeProfileUrl")
CONNECTION_HEADER = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                     "Connected On")
MESSAGE_HEADER = ("CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                  "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS",
                  "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT")
PROFILE_HEADER = ("First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
                  "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
                  "Instant Messengers")
POSITION_HEADER = ("Company Name", "Title", "Description", "Location", "Started On", "Finished On")


@dataclass
class Person:
    """A fictional LinkedIn member."""

    first: str
    last: str
    url: str
    headline: str = ""
    company: str = ""
    location: str = ""
    kind: str = ""

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Request:
    """An incoming invitation with what the generator knows about it."""

    sender: Person
    intent: str
    note: str
    sent_at: datetime
    mutual: int


OWNER = Person(texts.OWNER["first"], texts.OWNER["last"],
               f"https://www.linkedin.com/in/{texts.OWNER['slug']}")


def slugify(text: str) -> str:
    """Return an ASCII URL slug: 'Łukasz Nowak' -> 'lukasz-nowak'."""
    text = text.replace("Ł", "L").replace("ł", "l").replace("ø", "o").replace("ı", "i")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in plain.lower()).split())


def make_person(rng: random.Random, kind: str = "") -> Person:
    """Draw a fictional person; the name is drawn independently of `kind`."""
    first, last = rng.choice(texts.FIRST_NAMES), rng.choice(texts.LAST_NAMES)
    url = f"https://www.linkedin.com/in/{slugify(first + ' ' + last)}-{rng.getrandbits(28):07x}"
    person = Person(first, last, url, kind=kind)
    person.location = rng.choices([p for p, _ in texts.LOCATIONS], [w for _, w in texts.LOCATIONS])[0]
    if kind:
        template, pool = rng.choice(texts.HEADLINES[kind])
        person.company = rng.choice(pool)
        person.headline = template.format(company=person.company)
    return person


def format_us(moment: datetime) -> str:
    """Invitations.csv 'Sent At': '1/29/26, 2:37 PM'."""
    hour = moment.hour % 12 or 12
    meridiem = "AM" if moment.hour < 12 else "PM"
    return f"{moment.month}/{moment.day}/{moment.year % 100:02d}, {hour}:{moment.minute:02d} {meridiem}"


def format_day(moment: datetime) -> str:
    """Connections.csv 'Connected On': '08 Feb 2026'."""
    return f"{moment.day:02d} {MONTHS[moment.month - 1]} {moment.year}"


def format_utc(moment: datetime) -> str:
    """messages.csv 'DATE': '2025-06-01 14:03:22 UTC'."""
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def random_moment(rng: random.Random, start: datetime, end: datetime) -> datetime:
    return start + timedelta(seconds=rng.randrange(int((end - start).total_seconds())))


def make_conversation_id(rng: random.Random) -> str:
    raw = f"{rng.getrandbits(128):032x}"
    uuid = f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}_010"
    return "2-" + base64.b64encode(uuid.encode()).decode()


def mutual_count(rng: random.Random, intent: str, kind: str) -> int:
    """Mutual connections: a realistic spread by kind of sender (never by name or place)."""
    if intent in ("known_contact", "peer_value"):
        return rng.randint(6, 85)
    spans = {"recruiter": (3, 60), "sales": (0, 25), "leader": (2, 40), "engineer": (0, 18),
             "seeker": (0, 6), "lion": (0, 12), "scam": (0, 1)}
    low, high = spans.get(kind, (0, 10))
    return rng.randint(low, high)


def make_requests(rng: random.Random) -> list[Request]:
    """~150 incoming requests: the 38 notes of example_texts plus ~112 empty notes."""
    plan: list[tuple[str, str, str]] = []
    for intent, (kind, notes) in texts.NOTES.items():
        plan.extend((intent, kind, note) for note in notes)
    for kind, count in texts.EMPTY_NOTE_KINDS:
        plan.extend(("", kind, "") for _ in range(count))
    rng.shuffle(plan)
    start = EXPORT_TIME - timedelta(days=180)
    requests = []
    for intent, kind, note in plan:
        sender = make_person(rng, kind)
        mutual = rng.choice(texts.FIRST_NAMES) + " " + rng.choice(texts.LAST_NAMES)
        text = note.format(owner=OWNER.first, mutual=mutual)
        sent_at = random_moment(rng, start, EXPORT_TIME).replace(second=0)  # the export shows minutes
        requests.append(Request(sender, intent, text, sent_at, mutual_count(rng, intent, kind)))
    requests.sort(key=lambda request: request.sent_at, reverse=True)
    return requests


def message_row(conversation: str, sender: Person, recipient: Person, moment: datetime,
                content: str, *, subject: str = "", draft: bool = False,
                sender_url: str | None = None) -> list[str]:
    """One messages.csv row in the 13-column layout of 2026."""
    url = sender.url if sender_url is None else sender_url
    return [conversation, "", sender.name, url, recipient.name, recipient.url, format_utc(moment),
            subject, content, "INBOX", "", "Yes" if draft else "No", "No"]


def make_challenge_threads(rng: random.Random, requests: list[Request]) -> tuple[list[list[str]], set[int]]:
    """Challenge 25 empty-note senders; 15 reply (4 accidental, 6 pitch, 5 context)."""
    askable = [i for i, r in enumerate(requests) if not r.note and r.sender.kind in
               ("recruiter", "sales", "engineer", "leader", "seeker")]
    asked = rng.sample(askable, 25)
    sellers = [i for i in asked if requests[i].sender.kind in ("recruiter", "sales")][:6]
    others = [i for i in asked if i not in sellers]
    context = [i for i in others if requests[i].sender.kind in ("engineer", "leader")][:5]
    accidental = [i for i in others if i not in context][:4]
    outcomes = {i: "context_given" for i in context} | {i: "accidental" for i in accidental}
    outcomes |= {i: "pitch_" + ("recruiter" if requests[i].sender.kind == "recruiter" else "sales")
                 for i in sellers}
    rows: list[list[str]] = []
    accepted = set(context)
    for index in asked:
        request = requests[index]
        conversation, sender = make_conversation_id(rng), request.sender
        moment = request.sent_at + timedelta(hours=rng.randint(3, 96))
        rows.append(message_row(conversation, OWNER, sender, moment,
                                texts.CHALLENGE.format(first=sender.first)))
        outcome = outcomes.get(index)
        if outcome is None:
            continue
        moment += timedelta(minutes=rng.randint(20, 3000))
        mutual = rng.choice(texts.FIRST_NAMES) + " " + rng.choice(texts.LAST_NAMES)
        reply = rng.choice(texts.REPLIES[outcome]).format(owner=OWNER.first, mutual=mutual)
        rows.append(message_row(conversation, sender, OWNER, moment, reply))
        if rng.random() < 0.6:
            moment += timedelta(minutes=rng.randint(30, 600))
            rows.append(message_row(conversation, OWNER, sender, moment,
                                    rng.choice(texts.OWNER_FOLLOW_UPS[outcome])))
    return rows, accepted


def make_ordinary_threads(rng: random.Random, partners: Sequence[Person]) -> list[list[str]]:
    """Ordinary conversations with connections, from the scripts in example_texts."""
    rows: list[list[str]] = []
    start = EXPORT_TIME - timedelta(days=240)
    for number, person in enumerate(partners):
        script = texts.CONVERSATIONS[number % len(texts.CONVERSATIONS)]
        conversation = make_conversation_id(rng)
        moment = random_moment(rng, start, EXPORT_TIME - timedelta(days=3))
        mutual = rng.choice(texts.FIRST_NAMES) + " " + rng.choice(texts.LAST_NAMES)
        for who, line in script:
            text = line.format(owner=OWNER.first, first=person.first, mutual=mutual)
            sender, recipient = (OWNER, person) if who == "O" else (person, OWNER)
            rows.append(message_row(conversation, sender, recipient, moment, text))
            moment += timedelta(minutes=rng.randint(2, 2000))
    return rows


def make_connections(rng: random.Random, known: Iterable[Person], count: int) -> list[list[str]]:
    """~`count` connections, newest first, with a few hidden profiles and e-mail addresses."""
    rows: list[tuple[datetime, list[str]]] = []
    for person in known:
        moment = random_moment(rng, EXPORT_TIME - timedelta(days=150), EXPORT_TIME)
        rows.append((moment, [person.first, person.last, person.url, "", person.company,
                              person.headline.split(" at ")[0][:60], format_day(moment)]))
    while len(rows) < count - 5:
        person = make_person(rng, rng.choice(("engineer", "leader", "engineer", "sales", "recruiter")))
        moment = random_moment(rng, datetime(2009, 5, 1, tzinfo=UTC), EXPORT_TIME)
        email = ""
        if rng.random() < 0.03:
            email = f"{slugify(person.first)}.{slugify(person.last)}@mail.example".replace("-", "")
        position = person.headline.split(" at ")[0].split(" | ")[0]
        rows.append((moment, [person.first, person.last, person.url, email, person.company,
                              position, format_day(moment)]))
    for _ in range(5):
        moment = random_moment(rng, datetime(2015, 1, 1, tzinfo=UTC), EXPORT_TIME)
        rows.append((moment, ["", "", "", "", "", "", format_day(moment)]))
    rows.sort(key=lambda pair: pair[0], reverse=True)
    return [row for _, row in rows]


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]], *, quote_all: bool = False,
           preamble: str = "") -> bytes:
    buffer = io.StringIO()
    buffer.write(preamble)
    writer = csv.writer(buffer, lineterminator="\n",
                        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def build_example(rng: random.Random) -> tuple[dict[str, bytes], list[Request]]:
    """Return the export's files (name -> bytes) and the incoming requests."""
    requests = make_requests(rng)
    outgoing = [make_person(rng, rng.choice(("leader", "engineer"))) for _ in range(20)]
    out_times = [random_moment(rng, EXPORT_TIME - timedelta(days=200), EXPORT_TIME) for _ in outgoing]
    invitations: list[tuple[datetime, list[str]]] = []
    for request in requests:
        invitations.append((request.sent_at, [request.sender.name, OWNER.name, format_us(request.sent_at),
                                              request.note, "INCOMING", request.sender.url, OWNER.url]))
    for person, moment in zip(outgoing, out_times):
        note = "" if rng.random() < 0.8 else f"Hi {person.first}, great to meet you at ITx yesterday!"
        invitations.append((moment, [OWNER.name, person.name, format_us(moment), note, "OUTGOING",
                                     OWNER.url, person.url]))
    invitations.sort(key=lambda pair: pair[0], reverse=True)
    challenge_rows, accepted = make_challenge_threads(rng, requests)
    known = [r.sender for i, r in enumerate(requests)
             if i in accepted or r.intent in ("known_contact", "peer_value")]
    partners = [make_person(rng, rng.choice(("engineer", "leader", "sales"))) for _ in range(40)]
    connections = make_connections(rng, known + outgoing[:12] + partners, 300)
    message_rows = challenge_rows + make_ordinary_threads(rng, partners)
    message_rows.append(make_sponsored(rng))
    draft_to = partners[3]
    message_rows.append(message_row(make_conversation_id(rng), OWNER, draft_to,
                                    EXPORT_TIME - timedelta(hours=5),
                                    f"Hi {draft_to.first}, sorry for the slow reply - I", draft=True))
    message_rows.sort(key=lambda row: row[6], reverse=True)
    files = {
        "Profile.csv": to_csv(PROFILE_HEADER, [[OWNER.first, OWNER.last, "", "", "", texts.OWNER["headline"],
                                                texts.OWNER["summary"], texts.OWNER["industry"],
                                                texts.OWNER["zip"], texts.OWNER["location"], "", "", ""]]),
        "Positions.csv": to_csv(POSITION_HEADER, texts.POSITIONS),
        "Connections.csv": to_csv(CONNECTION_HEADER, connections, preamble=PREAMBLE),
        "Invitations.csv": to_csv(INVITATION_HEADER, [row for _, row in invitations]),
        "messages.csv": to_csv(MESSAGE_HEADER, message_rows, quote_all=True),
        "Email Addresses.csv": to_csv(("Email Address", "Confirmed", "Primary", "Updated On"),
                                      [["kiri.halvorsen@mail.example", "Yes", "Yes", "1/3/19, 8:12 AM"]]),
        "Company Follows.csv": to_csv(("Organization", "Followed On"),
                                      [["Tasman Harbour Logistics", "Wed Jun 02 09:14:55 UTC 2021"]]),
    }
    return files, requests


def make_sponsored(rng: random.Random) -> list[str]:
    sender = Person("CloudSpan", "NZ", "")
    return message_row(make_conversation_id(rng), sender, OWNER, EXPORT_TIME - timedelta(days=9),
                       texts.SPONSORED["content"].format(owner=OWNER.first),
                       subject=texts.SPONSORED["subject"].format(owner=OWNER.first), sender_url="")


def write_example(out_dir: Path) -> None:
    """Write examples/linkedin-export.zip and examples/invitations.jsonl."""
    rng = random.Random(SEED)
    files, requests = build_example(rng)
    out_dir.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out_dir / "linkedin-export.zip", "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name])
    with open(out_dir / "invitations.jsonl", "w", encoding="utf-8", newline="\n") as stream:
        for number, request in enumerate(requests, start=1):
            record = {"id": f"inv-{number:04d}", "name": request.sender.name,
                      "headline": request.sender.headline, "company": request.sender.company,
                      "location": request.sender.location, "mutual_connections": request.mutual,
                      "message": request.note,
                      "sent_at": request.sent_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                      "profile_url": request.sender.url}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    write_mail_examples(out_dir, requests)


MAIL_SEED = SEED + 1
MAIL_COUNT = 40
PAGE_CARDS = 12
PAGE_TIME = EXPORT_TIME  # when the example "Manage invitations" page was copied
MAIL_FOOTER = ("----------------------------------------\n\n"
               f"This email was intended for {OWNER.name} (IT Manager at Tasman Harbour Logistics)\n"
               "You are receiving Invitation emails.\n"
               "Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=example\n"
               "\u00a9 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n")


def write_mail_examples(out_dir: Path, requests: list[Request]) -> None:
    """Write examples/invitation-emails.mbox and examples/pasted-page.txt for some of the same requests.

    Most e-mails are in today's layout with the sender's profile link; every fourth is in the 2016
    layout, whose link is no /in/ profile URL (so it merges by name and time). Only senders whose name
    no other request shares get a URL-less copy, so every copy names exactly one request.
    """
    rng = random.Random(MAIL_SEED)
    names = [request.sender.name for request in requests]
    unique = {name for name in names if names.count(name) == 1}
    chosen = sorted(rng.sample(range(len(requests)), MAIL_COUNT))
    with open(out_dir / "invitation-emails.mbox", "wb") as stream:
        for number, index in enumerate(chosen, start=1):
            request = requests[index]
            old_layout = number % 4 == 0 and request.sender.name in unique
            message = make_invitation_mail(rng, request, number, old_layout)
            stamp = (request.sent_at + timedelta(minutes=1)).strftime("%a %b %d %H:%M:%S %Y")
            body = message.as_bytes().replace(b"\nFrom ", b"\n>From ")
            stream.write(f"From invitations@linkedin.com {stamp}\n".encode() + body + b"\n")
    recent = [r for r in requests if r.sender.name in unique and PAGE_TIME - r.sent_at < timedelta(days=28)]
    write_pasted_page(out_dir / "pasted-page.txt", recent[:PAGE_CARDS])


def make_invitation_mail(rng: random.Random, request: Request, number: int, old_layout: bool) -> EmailMessage:
    """One LinkedIn invitation e-mail (plain text), sent a few minutes after the request."""
    sender = request.sender
    slug = sender.url.rsplit("/", 1)[1]
    if old_layout:
        text = (f"Hi {OWNER.first},\n{request.note or 'I would like to join your LinkedIn network.'}\n\n"
                f"{sender.name}\n{sender.headline}\n{sender.location}\n\n"
                f"Accept: https://www.linkedin.com/comm/people/invite-accept?mboxid=I{number}&invitationId={number}\n\n"
                f"View {sender.name}'s profile: "
                f"https://www.linkedin.com/comm/profile/view?id=AAsAA{rng.getrandbits(40):010x}"
                "&authType=name&trk=eml-M2M_Invitation-hero-1-text~profile\n\n"
                ".....................................\n\nYou are receiving Invitation emails.\n")
        subject, display = f"{OWNER.first}, please add me to your LinkedIn network", sender.name
    else:
        mutual = {0: "", 1: "1 mutual connection\n"}.get(request.mutual, f"{request.mutual} mutual connections\n")
        note = f"\n\u201c{request.note}\u201d\n" if request.note else ""
        token = f"AQ{rng.getrandbits(48):012x}"
        text = (f"{sender.name}\n{sender.headline}\n{sender.location}\n{mutual}{note}\n"
                f"Accept: https://www.linkedin.com/comm/mynetwork/invite-accept"
                f"?invitationId={number}&midToken={token}\n\n"
                f"View profile: https://www.linkedin.com/comm/in/{slug}?midToken={token}"
                "&trk=eml-email_m2m_invite_single_01-hero-0-profile~text\n\n" + MAIL_FOOTER)
        subject, display = f"{sender.name} wants to connect", f"{sender.name} via LinkedIn"
    message = EmailMessage()
    message["From"] = f"{display} <invitations@linkedin.com>"
    message["To"] = f"{OWNER.name} <kiri.halvorsen@mail.example>"
    message["Subject"] = subject
    message["Date"] = format_datetime(request.sent_at + timedelta(seconds=rng.randint(20, 900)))
    message["Message-ID"] = f"<invitation-{number:03d}@mail.example>"
    message.set_content(text, charset="utf-8", cte="quoted-printable")
    return message


def write_pasted_page(path: Path, requests: list[Request]) -> None:
    """The text of LinkedIn's "Manage invitations" page as copied at PAGE_TIME: names, headlines,
    mutual connections, "3 days ago", notes cut at about 90 characters, and the page's noise."""
    lines = ["Skip to main content", "Home", "My Network", "Manage invitations", "Received", "Sent",
             f"People ({len(requests)})", "Newsletters (0)"]
    for request in requests:
        lines += [request.sender.name, request.sender.headline]
        if request.mutual:
            lines.append(f"{request.mutual} mutual connection{'s' if request.mutual != 1 else ''}")
        lines.append(describe_age(PAGE_TIME - request.sent_at))
        if request.note:
            lines.append(request.note if len(request.note) <= 90 else request.note[:90].rstrip() + "\u2026see more")
        lines += ["Ignore", "Accept"]
    lines += ["Show more", "About", "Accessibility"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def describe_age(age: timedelta) -> str:
    """How the page says when a request came: "5 hours ago", "3 days ago", "2 weeks ago"."""
    minutes, days = int(age.total_seconds() // 60), age.days
    amount, unit = ((minutes, "minute") if minutes < 60 else (minutes // 60, "hour") if days < 1
                    else (days, "day") if days < 7 else (days // 7, "week"))
    return f"{amount} {unit}{'s' if amount != 1 else ''} ago"


def stream_member(archive: zipfile.ZipFile, name: str, header: Sequence[str], rows: Iterator[list[str]],
                  *, quote_all: bool = False) -> int:
    """Write a CSV member row by row (nothing held in memory); return the row count."""
    count = 0
    with archive.open(name, "w", force_zip64=True) as raw, \
            io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
        writer = csv.writer(text, lineterminator="\n",
                            quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def big_invitations(rng: random.Random, count: int) -> Iterator[list[str]]:
    notes = [note.format(owner=OWNER.first, mutual="Ana Silva")
             for _kind, pool in texts.NOTES.values() for note in pool]
    moment = EXPORT_TIME
    for _ in range(count):
        person = make_person(rng)
        moment -= timedelta(seconds=rng.randint(60, 1800))
        note = rng.choice(notes) if rng.random() < 0.25 else ""
        if rng.random() < 0.9:
            yield [person.name, OWNER.name, format_us(moment), note, "INCOMING", person.url, OWNER.url]
        else:
            yield [OWNER.name, person.name, format_us(moment), note, "OUTGOING", OWNER.url, person.url]


def big_messages(rng: random.Random, count: int) -> Iterator[list[str]]:
    lines = [line for script in texts.CONVERSATIONS for _who, line in script]
    lines += [reply for pool in texts.REPLIES.values() for reply in pool]
    lines = [line.format(owner=OWNER.first, first="Sam", mutual="Ana Silva") for line in lines]
    sponsored = texts.SPONSORED["content"].format(owner=OWNER.first)
    moment, written = EXPORT_TIME, 0
    while written < count:
        person, conversation = make_person(rng), make_conversation_id(rng)
        for _ in range(min(rng.randint(2, 8), count - written)):
            moment -= timedelta(seconds=rng.randint(5, 600))
            content = " ".join(rng.sample(lines, rng.randint(1, 3)))
            sender, recipient = (OWNER, person) if rng.random() < 0.5 else (person, OWNER)
            row = message_row(conversation, sender, recipient, moment, content,
                              draft=rng.random() < 0.002)
            if rng.random() < 0.001:
                row[3], row[8] = "", sponsored
            written += 1
            yield row


def write_big_export(out: Path, invitations: int, messages: int) -> None:
    """Stream a large synthetic export (for benchmarks) into `out`."""
    rng = random.Random(SEED)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("Profile.csv", to_csv(PROFILE_HEADER, [[OWNER.first, OWNER.last, "", "", "",
                                                                texts.OWNER["headline"], "", "", "", "",
                                                                "", "", ""]]))
        stream_member(archive, "Invitations.csv", INVITATION_HEADER, big_invitations(rng, invitations))
        stream_member(archive, "messages.csv", MESSAGE_HEADER, big_messages(rng, messages), quote_all=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--invitations", type=int, help="large mode: number of invitations")
    parser.add_argument("--messages", type=int, help="large mode: number of messages")
    parser.add_argument("--out", type=Path, help="large mode: the ZIP file to write")
    parser.add_argument("--examples-dir", type=Path, default=REPO / "examples",
                        help="where the small examples go (default: examples/)")
    args = parser.parse_args(argv)
    if args.invitations is None and args.messages is None and args.out is None:
        write_example(args.examples_dir)
        print(f"wrote linkedin-export.zip, invitations.jsonl, invitation-emails.mbox and pasted-page.txt "
              f"in {args.examples_dir}")
        return 0
    if args.out is None:
        parser.error("--out is required with --invitations/--messages")
    write_big_export(args.out, args.invitations or 0, args.messages or 0)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
