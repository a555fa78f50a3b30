"""Generate data/matching/pairs.jsonl: fictional people, hand-written variant kinds. Seeded."""
from __future__ import annotations

import json
import random
import sys
import unicodedata

rng = random.Random(20260506)

FIRST = ["Aroha", "Wiremu", "Priya", "Rahul", "Mei", "Hiroshi", "Olivia", "Liam", "Sione", "Losa", "Fatima",
         "Omar", "Ingrid", "Lars", "Chloe", "Noah", "Hannah", "Tama", "Anahera", "Grace", "Ethan", "Ruby",
         "Jun", "Min-jun", "Siobhan", "Declan", "Amara", "Kwame", "Zara", "Ivan", "Leilani", "Mateo", "Yuki",
         "Harriet", "Oscar", "Esther", "Felix", "Nadia", "Caleb", "Mereana"]
LAST = ["Smith", "Ngata", "Patel", "Chen", "Tanaka", "Williams", "Brown", "Taufa", "Haddad", "Nilsen",
        "Walker", "Kaur", "Wong", "O'Connor", "Mensah", "Petrov", "Kealoha", "Rossi", "Sato", "Fletcher",
        "Kowalski", "Henare", "Lindqvist", "Okafor", "Reid", "Tuilagi", "Marsh", "Delaney", "Fraser", "Huang",
        "Parata", "Iyer", "Moreau", "Stewart", "Campbell", "Nakamura", "Vaifale", "Brennan", "Goldberg", "Lam"]
NICK = [("Mike", "Michael"), ("Bob", "Robert"), ("Bill", "William"), ("Liz", "Elizabeth"), ("Kate", "Katherine"),
        ("Alex", "Alexander"), ("Alex", "Alexandra"), ("Sasha", "Alexander"), ("Chris", "Christopher"),
        ("Chris", "Christine"), ("Tom", "Thomas"), ("Jim", "James"), ("Dave", "David"), ("Sam", "Samuel"),
        ("Sam", "Samantha"), ("Nick", "Nicholas"), ("Pete", "Peter"), ("Tony", "Anthony"), ("Ben", "Benjamin"),
        ("Dan", "Daniel"), ("Matt", "Matthew"), ("Andy", "Andrew"), ("Rob", "Robert"), ("Rick", "Richard"),
        ("Steve", "Stephen"), ("Steve", "Steven"), ("Jen", "Jennifer"), ("Jo", "Joanna"), ("Jo", "Josephine"),
        ("Pepe", "José"), ("Paco", "Francisco"), ("Sasha", "Aleksandr"), ("Greg", "Gregory"), ("Tim", "Timothy"),
        ("Becky", "Rebecca"), ("Jess", "Jessica"), ("Charlie", "Charlotte"), ("Ted", "Edward"), ("Maggie", "Margaret"),
        ("Jeff", "Jeffrey")]
DIACRITIC = [("José", "Jose"), ("Zoë", "Zoe"), ("Renée", "Renee"), ("Björn", "Bjorn"), ("Søren", "Soren"),
             ("Łukasz", "Lukasz"), ("François", "Francois"), ("Jürgen", "Jurgen"), ("Māia", "Maia"),
             ("Hēmi", "Hemi"), ("Inés", "Ines"), ("Ångström", "Angstrom"), ("Dvořák", "Dvorak"), ("Müller", "Mueller"),
             ("Núñez", "Nunez"), ("Ōtaki", "Otaki"), ("Çelik", "Celik"), ("Šimek", "Simek"), ("Nguyễn", "Nguyen"),
             ("Thérèse", "Therese")]
TYPO = [("Micheal", "Michael"), ("Jonathon", "Jonathan"), ("Katharine", "Katherine"), ("Phillip", "Philip"),
        ("Bryan", "Brian"), ("Sara", "Sarah"), ("Catherine", "Katherine"), ("Stephanie", "Stefanie"),
        ("Rebbeca", "Rebecca"), ("Christpher", "Christopher"), ("Andrea", "Andera"), ("Thompson", "Thomson"),
        ("Smyth", "Smith"), ("McDonald", "MacDonald"), ("Jonson", "Johnson"), ("Fletcher", "Flecther"),
        ("Goldburg", "Goldberg"), ("Lindquist", "Lindqvist"), ("Campbel", "Campbell"), ("Nakamora", "Nakamura")]
SIMILAR = [("Daniel", "Daniela"), ("Paul", "Paula"), ("Mario", "Maria"), ("Louis", "Louise"), ("Mark", "Mary"),
           ("John", "Joan"), ("Erin", "Erik"), ("Carlo", "Carla"), ("Francesco", "Francesca"), ("Eric", "Erica"),
           ("Jean", "Joan"), ("Dana", "Dan"), ("Adrian", "Adriana"), ("Gabriel", "Gabriela"), ("Simon", "Simone"),
           ("Julian", "Juliana"), ("Ian", "Ivan"), ("Lena", "Lina"), ("Anna", "Anne"), ("Kim", "Kit"),
           ("Tina", "Nina"), ("Ross", "Rose"), ("Rita", "Rina"), ("Leon", "Leona"), ("Jake", "Jane")]
COMMON = ["John Smith", "David Brown", "Sarah Wilson", "James Taylor", "Michael Lee", "Emma Thompson",
          "Mohammed Khan", "Wei Zhang", "Maria Garcia", "Anna Nguyen", "Peter Jones", "Lisa Chen", "Raj Sharma",
          "Mark Williams", "Karen White", "Tom Walker", "Jessica Martin", "Daniel King", "Sione Tuilagi",
          "Hemi Walker", "Priya Patel", "Chris Taylor", "Laura Scott", "Ben Harris", "Sam Wood"]
# Fictional organisations: (name as written, variant as written elsewhere, domain).
COMPANIES = [("Kauri Systems Ltd", "Kauri Systems", "kaurisystems.co.nz"),
             ("Harbourline Logistics Limited", "Harbourline Logistics", "harbourline.co.nz"),
             ("Tūī Analytics", "Tui Analytics Ltd", "tuianalytics.co.nz"),
             ("Southern Cross Data Pty Ltd", "Southern Cross Data", "scdata.com.au"),
             ("Pohutukawa Health NZ", "Pohutukawa Health", "pohutukawahealth.co.nz"),
             ("Greywacke Consulting Group", "Greywacke Consulting", "greywacke.co.nz"),
             ("Northwind Software GmbH", "Northwind Software", "northwind-software.de"),
             ("Bellbird Bank of New Zealand", "Bellbird Bank", "bbnz.co.nz"),
             ("Tasman Energy Inc", "Tasman Energy", "tasmanenergy.com"),
             ("Kea Robotics LLC", "Kea Robotics", "kearobotics.io"),
             ("Matariki Media Group Ltd", "Matariki Media", "matarikimedia.co.nz"),
             ("Riverstone Legal LLP", "Riverstone Legal", "riverstonelegal.co.uk"),
             ("Kōwhai Cloud Limited", "Kowhai Cloud", "kowhaicloud.nz"),
             ("Ironbark Mining Pty", "Ironbark Mining", "ironbarkmining.com.au"),
             ("Silverfern Insurance", "SilverFern Insurance Ltd", "silverfern.co.nz"),
             ("Blue Penguin Telecom", "Blue Penguin Telecom NZ", "bluepenguin.net.nz"),
             ("Wharf Street Partners", "Wharf Street Partners Ltd", "wharfstreet.co.nz"),
             ("Orbital Freight Corp", "Orbital Freight", "orbitalfreight.com"),
             ("Rimu Payments Ltd", "Rimu Payments", "rimupay.co.nz"),
             ("Aurora Civil Engineering", "Aurora Civil Engineering Ltd", "auroracivil.co.nz"),
             ("Hokianga Foods Co", "Hokianga Foods", "hokiangafoods.co.nz"),
             ("Glacier Point Software Inc", "Glacier Point Software", "glacierpoint.io")]
FREEMAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.co.nz", "icloud.com", "xtra.co.nz"]

pairs: list[dict] = []


def ascii_slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum() or c in ".-")


def work_email(first: str, last: str, domain: str) -> str:
    style = rng.choice(["{f}.{l}", "{f}{l}", "{i}{l}", "{f}"])
    return style.format(f=ascii_slug(first), l=ascii_slug(last), i=ascii_slug(first)[:1]) + "@" + domain


def person(name: str = "", emails: tuple[str, ...] = (), url: str = "", company: str = "") -> dict:
    out: dict = {"name": name}
    if emails:
        out["emails"] = list(emails)
    if url:
        out["profile_url"] = url
    if company:
        out["company"] = company
    return out


def add(kind: str, label: str, sender: dict, known: dict) -> None:
    pairs.append({"sender": sender, "known": known, "label": label, "kind": kind})


def name() -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def company() -> tuple[str, str, str]:
    return rng.choice(COMPANIES)


def two_companies() -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    a, b = rng.sample(COMPANIES, 2)
    return a, b


# ---- true matches -------------------------------------------------------------------------------
for _ in range(20):  # same e-mail, name written differently or missing company
    f, l = name(); c = company(); e = work_email(f, l, c[2])
    add("same_email", "match", person(f"{f} {l}", (e.upper() if rng.random() < .3 else e,)),
        person(rng.choice([f"{l}, {f}", f"{f[0]}. {l}", f"{f} {l}"]), (e,)))
for _ in range(10):  # Gmail dots / plus tags / display-name form
    f, l = name(); base = f"{ascii_slug(f)}.{ascii_slug(l)}"
    add("same_email_variant", "match",
        person(f"{f} {l}", (f"{f} {l} <{base.replace('.', '')}+linkedin@googlemail.com>",)),
        person(f"{f} {l}", (f"{base}@gmail.com",)))
for i in range(20):  # same profile URL, written differently
    f, l = name(); slug = f"{ascii_slug(f)}-{ascii_slug(l)}-{rng.randint(1000, 9999):x}"
    a = rng.choice([f"https://www.linkedin.com/in/{slug}/", f"https://nz.linkedin.com/in/{slug}?trk=people",
                    f"linkedin.com/in/{slug.upper()}", f"http://linkedin.com/in/{slug}/#about"])
    add("same_profile_url", "match", person(f"{f} {l}", url=a),
        person(rng.choice([f"{f} {l}", f"{f[0]}. {l}", ""]), url=f"https://www.linkedin.com/in/{slug}"))
for _ in range(15):  # married / maiden name with the same e-mail
    f, l = name(); l2 = rng.choice([x for x in LAST if x != l]); c = company(); e = work_email(f, l, c[2])
    add("married_name_same_email", "match", person(f"{f} {l2}", (e,), company=c[1]),
        person(f"{f} {l}", (e,), company=c[0]))
for short, formal in NICK:  # nickname + company agreement (name or e-mail domain)
    l = rng.choice(LAST); c = company()
    if rng.random() < .5:
        add("nickname_company", "match", person(f"{short} {l}", company=c[1]), person(f"{formal} {l}", company=c[0]))
    else:
        add("nickname_email_domain", "match", person(f"{short} {l}", (work_email(short, l, c[2]),)),
            person(f"{formal} {l}", company=c[0]))
GIVEN_ACCENTED = {
    "José", "Zoë", "Renée", "Björn", "Søren", "Łukasz", "François", "Jürgen", "Māia", "Hēmi", "Inés", "Thérèse",
}
for accented, plain in DIACRITIC + [
    ("Pérez", "Perez"), ("Gonçalves", "Goncalves"), ("Sørensen", "Sorensen"), ("Kovač", "Kovac"),
]:
    f, l = name(); c = company()
    if accented in GIVEN_ACCENTED:
        add("diacritics_company", "match",
            person(f"{accented} {l}", company=c[0]), person(f"{plain} {l}", company=c[1]))
    else:
        add("diacritics_company", "match",
            person(f"{f} {accented}", company=c[1]), person(f"{f} {plain}", company=c[0]))
for _ in range(20):  # "Last, First" order + company
    f, l = name(); c = company()
    add("last_first_order", "match", person(rng.choice([f"{l}, {f}", f"{l.upper()}, {f}"]), company=c[1]),
        person(f"{f} {l}", company=c[0]))
for _ in range(15):  # initials + company
    f, l = name(); c = company(); m = rng.choice(FIRST)
    add("initials", "match", person(rng.choice([f"{f[0]}. {l}", f"{f[0]}.{m[0]}. {l}", f"{f[0]} {l}"]), company=c[1]),
        person(f"{f} {m} {l}", company=c[0]))
for _ in range(15):  # middle names + company
    f, l = name(); m = rng.choice(FIRST); c = company()
    s, k = rng.choice([(f"{f} {m} {l}", f"{f} {l}"), (f"{f} {l}", f"{f} {m} {l}"), (f"{m[0]}. {f} {l}", f"{f} {l}")])
    add("middle_name", "match", person(s, company=c[0]), person(k, company=c[1]))
for a, b in TYPO:  # typos + company/domain
    c = company()
    if a[0].isupper() and a in ("Thompson", "Smyth", "McDonald", "Jonson", "Fletcher", "Goldburg", "Lindquist",
                                "Campbel", "Nakamora"):
        f = rng.choice(FIRST); s, k = f"{f} {a}", f"{f} {b}"
    else:
        l = rng.choice(LAST); s, k = f"{a} {l}", f"{b} {l}"
    add("typo", "match", person(s, (work_email(*s.split()[:2], c[2]),)), person(k, company=c[0]))
for _ in range(20):  # name exact, work e-mail domain on one side, company name on the other
    f, l = name(); c = company()
    if rng.random() < .5:
        add("email_domain_vs_company", "match",
            person(f"{f} {l}", (work_email(f, l, c[2]),)), person(f"{f} {l}", company=c[0]))
    else:
        add("email_domain_vs_company", "match",
            person(f"{f} {l}", company=c[1]), person(f"{f} {l}", (work_email(f, l, c[2]),)))
for _ in range(10):  # same work domain, different mailbox spellings
    f, l = name(); c = company()
    add("same_email_domain", "match", person(f"{f} {l}", (f"{ascii_slug(f)}.{ascii_slug(l)}@{c[2]}",)),
        person(f"{f} {l}", (f"{ascii_slug(f)[0]}{ascii_slug(l)}@mail.{c[2]}",)))
for _ in range(15):  # titles, suffixes, credentials, pronouns, headlines
    f, l = name(); c = company()
    s = rng.choice([f"Dr {f} {l}", f"{f} {l}, MBA", f"{f} {l} PhD", f"{f} {l} (she/her)", f"{f} {l} | Head of Data",
                    f"Prof. {f} {l}", f"{f} {l} Jr.", f"Mr. {f} {l}", f"{f} {l} CPA"])
    add("titles_suffixes", "match", person(s, company=c[0]), person(f"{f} {l}", company=c[1]))
for _ in range(5):  # nickname given in parentheses / quotes
    l = rng.choice(LAST); c = company(); short, formal = rng.choice(NICK[:20])
    add("quoted_nickname", "match",
        person(f'{formal} "{short}" {l}', company=c[1]), person(f"{short} {l}", company=c[0]))
for _ in range(5):  # name order swapped (family name first, no comma)
    f, l = name(); c = company()
    add("family_name_first", "match", person(f"{l} {f}", company=c[0]), person(f"{f} {l}", company=c[1]))

# ---- true non-matches -----------------------------------------------------------------------------
for i in range(50):  # namesakes at other companies, no shared e-mail
    full = COMMON[i % len(COMMON)] if i < 30 else " ".join(name()); a, b = two_companies()
    f, l = full.split()
    s = person(full, (work_email(f, l, a[2]),) if rng.random() < .5 else (), company=a[0])
    k = person(full, (work_email(f, l, b[2]),) if rng.random() < .5 else (), company=b[rng.randint(0, 1)])
    add("namesake_other_company", "non_match", s, k)
for i in range(15):  # namesakes, both with personal mailboxes
    full = COMMON[(i * 3) % len(COMMON)]; f, l = full.split(); d1, d2 = rng.choice(FREEMAIL), rng.choice(FREEMAIL)
    add("namesake_freemail", "non_match", person(full, (f"{ascii_slug(f)}.{ascii_slug(l)}{rng.randint(1, 99)}@{d1}",)),
        person(full, (f"{ascii_slug(f)}{ascii_slug(l)}{rng.randint(100, 999)}@{d2}",)))
for i in range(10):  # namesakes with nickname variants at another company
    short, formal = NICK[i * 3]; l = rng.choice(LAST); a, b = two_companies()
    add("namesake_nickname_other_company", "non_match",
        person(f"{short} {l}", company=a[0]), person(f"{formal} {l}", company=b[0]))
for i in range(10):  # namesakes at companies whose names look alike
    full = COMMON[(i * 7) % len(COMMON)]
    a, b = rng.choice([("Kauri Systems Ltd", "Kauri Security Ltd"), ("Tasman Energy", "Tasman Education Trust"),
                       ("Blue Penguin Telecom", "Blue Ocean Telecom"), ("Rimu Payments", "Rimu Partners"),
                       ("Southern Cross Data", "Southern Cross Dental")])
    add("namesake_similar_company", "non_match", person(full, company=a), person(full, company=b))
for a, b in SIMILAR:  # similar first names, same surname, same company
    l = rng.choice(LAST); c = company()
    add("similar_name_same_company", "non_match", person(f"{a} {l}", company=c[0]), person(f"{b} {l}", company=c[1]))
for _ in range(30):  # same company, different person (shared surname or not)
    (f1, l1), (f2, l2) = name(), name(); c = company()
    if f1 == f2:
        continue
    if rng.random() < .4:
        l2 = l1
    add("same_company_different_person", "non_match", person(f"{f1} {l1}", (work_email(f1, l1, c[2]),), company=c[1]),
        person(f"{f2} {l2}", (work_email(f2, l2, c[2]),), company=c[0]))
for _ in range(15):  # same first name, different surname, same company
    f = rng.choice(FIRST); l1, l2 = rng.sample(LAST, 2); c = company()
    add("same_first_name_same_company", "non_match",
        person(f"{f} {l1}", company=c[0]), person(f"{f} {l2}", company=c[0]))
for _ in range(20):  # unrelated people, no company
    (f1, l1), (f2, l2) = name(), name()
    if (f1, l1) != (f2, l2):
        add("unrelated", "non_match", person(f"{f1} {l1}"), person(f"{f2} {l2}"))
for _ in range(6):  # a shared role mailbox is not one person's address
    (f1, l1), (f2, l2) = name(), name(); c = company()
    if l1 != l2 and f1 != f2:
        add("shared_role_mailbox", "non_match",
            person(f"{f1} {l1}", (f"info@{c[2]}",)), person(f"{f2} {l2}", (f"info@{c[2]}",)))
for _ in range(10):  # different profile URLs, namesakes with similar slugs
    full = rng.choice(COMMON); slug = ascii_slug(full.replace(" ", "-"))
    add("namesake_different_profile_url", "non_match",
        person(full, url=f"https://www.linkedin.com/in/{slug}-{rng.randint(10, 99)}"),
        person(full, url=f"https://www.linkedin.com/in/{slug}-{rng.randint(100, 999)}", company=company()[0]))

for row in pairs:
    sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
