"""Read address books (vCard 2.1, 3.0 and 4.0) into KnownPerson records.

Covers the exports of Google Contacts, Apple Contacts, Outlook and Android: grouped properties
(`item1.EMAIL`), LinkedIn profiles in `URL` or `X-SOCIALPROFILE`, `ORG` units, `N` without `FN`,
quoted-printable 2.1 values with a CHARSET, folded lines, a BOM, CRLF or LF line ends.

The file is split into cards here (BEGIN:VCARD ... END:VCARD, with the line each starts on)
and each card goes to `vobject.readOne` on its own, so one broken card is reported as a
RowError and skipped while the others still come through.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import vobject

from linkscreen.adapters.errors import ImportFileError
from linkscreen.adapters.evidence.files import list_files, read_lines
from linkscreen.core.evidence_records import KnownPerson
from linkscreen.core.models import RowError, fingerprint, normalise_profile_url

VCARD_SUFFIXES = (".vcf", ".vcard")
PROFILE_PREFIX = "https://www.linkedin.com/in/"
MAX_NOTE_CHARS = 160
_PROFILE_PROPERTIES = frozenset({"URL", "X-SOCIALPROFILE", "SOCIALPROFILE"})
_VOBJECT_LINE = re.compile(r"^At line \d+: ")
_PROFILE = re.compile(r"linkedin\.com/in/([^/?#\s\\]+)", re.IGNORECASE)

CardText = tuple[int, str]


def read_vcards(path: Path) -> Iterator[KnownPerson | RowError]:
    """Yield one KnownPerson per card of a .vcf file, or of each .vcf file of a folder (sorted).

    A card that cannot be parsed, or names nobody (no name, e-mail or LinkedIn profile), is a
    RowError with the file and the line its BEGIN:VCARD is on. A file holding no vCard at all
    raises ImportFileError.
    """
    for file in list_files(Path(path), VCARD_SUFFIXES, "vCard"):
        yield from read_vcard_file(file)


def read_vcard_file(path: Path) -> Iterator[KnownPerson | RowError]:
    """Yield the people (and RowErrors) of one vCard file."""
    name = path.name
    lines = read_lines(path)
    found = False
    for item in split_cards(lines, name):
        if isinstance(item, RowError):
            yield item
            continue
        found = True
        start, text = item
        yield build_person(text, name, start)
    if not found:
        raise ImportFileError(f"{name}: not a vCard file (no BEGIN:VCARD ... END:VCARD found)")


def split_cards(lines: Iterable[str], name: str) -> Iterator[CardText | RowError]:
    """Yield (start line, card text) per complete card; RowErrors for unclosed cards and stray text.

    Only lines that do not start with a space or tab can open or close a card, so folded
    continuation lines never do; quoted-printable soft line breaks are left for vobject.
    """
    card: list[str] = []
    start = stray = 0
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        marker = line.strip().upper() if line[:1] not in (" ", "\t") else ""
        if marker == "BEGIN:VCARD":
            if card:
                yield RowError(name, start, f"card has no END:VCARD before the next card (line {number})")
            card, start, stray = [line], number, 0
        elif not card:
            if line.strip() and not stray:
                stray = number
                yield RowError(name, number, "text outside BEGIN:VCARD ... END:VCARD; skipped")
        elif marker == "END:VCARD":
            card.append(line)
            yield start, "\r\n".join(card) + "\r\n"
            card = []
        else:
            card.append(line)
    if card:
        yield RowError(name, start, "card has no END:VCARD (file ends inside it)")


def build_person(text: str, name: str, start: int) -> KnownPerson | RowError:
    """Parse one card with vobject and turn it into a KnownPerson, or a RowError (never half)."""
    try:
        card = vobject.readOne(text, allowQP=True)
        person = _person_from(card)
    except Exception as error:  # vobject raises many kinds (ParseError, binascii, Unicode...)
        reason = _VOBJECT_LINE.sub("", str(error)).strip() or type(error).__name__
        return RowError(name, start, f"bad vCard: {reason}")
    if person is None:
        return RowError(name, start, "card has no name, e-mail address or LinkedIn profile")
    return person


def _person_from(card: vobject.base.Component) -> KnownPerson | None:
    children = list(card.getChildren())
    display = _first_text(children, "FN")
    if _first_text(children, "X-ABSHOWAS").upper() == "COMPANY":
        display = ""  # an Apple company card: FN is the company name
    name = display or _name_from_n(children)
    emails = _emails(children)
    profile = _profile(children)
    if not (name or emails or profile):
        return None
    uid = _first_text(children, "UID")
    key = uid or fingerprint(*((normalise_name(name), *sorted(emails)) if name or emails else (profile,)))
    note = " ".join(_first_text(children, "NOTE").split())
    return KnownPerson(
        key=f"vcard:{key}", relation="contact", name=name, emails=emails, profile_url=profile,
        company=_company(children), title=_first_text(children, "TITLE"), sent=1,
        notes=(f"note: {_shorten(note)}",) if note else ())


def _first_text(children: list[vobject.base.ContentLine], prop: str) -> str:
    """Return the first non-empty text value of a property (lists joined), '' when absent."""
    for child in children:
        if child.name.upper() == prop:
            value = child.value
            text = " ".join(str(part) for part in value) if isinstance(value, list) else str(value)
            if text.strip():
                return " ".join(text.split())
    return ""


def _name_from_n(children: list[vobject.base.ContentLine]) -> str:
    """Compose 'Given Additional Family' from the structured N property."""
    for child in children:
        if child.name.upper() == "N" and isinstance(child.value, vobject.vcard.Name):
            value = child.value
            parts = [_join_part(part) for part in (value.given, value.additional, value.family)]
            name = " ".join(part for part in parts if part)
            if name:
                return name
    return ""


def _join_part(part: object) -> str:
    return " ".join(str(piece).strip() for piece in part if str(piece).strip()) \
        if isinstance(part, list) else str(part or "").strip()


def _emails(children: list[vobject.base.ContentLine]) -> tuple[str, ...]:
    """Return the card's e-mail addresses, lower-cased, in file order, without duplicates."""
    found: dict[str, None] = {}
    for child in children:
        if child.name.upper() != "EMAIL":
            continue
        address = re.sub(r"^mailto:", "", str(child.value).strip(), flags=re.IGNORECASE).lower()
        if "@" in address and " " not in address:
            found.setdefault(address, None)
    return tuple(found)


def _company(children: list[vobject.base.ContentLine]) -> str:
    """Return the organisation name: the first unit of ORG ('Acme;Sales' -> 'Acme')."""
    for child in children:
        if child.name.upper() == "ORG":
            units = child.value if isinstance(child.value, list) else [child.value]
            for unit in units:
                if str(unit).strip():
                    return " ".join(str(unit).split())
    return ""


def _profile(children: list[vobject.base.ContentLine]) -> str:
    """Return the first LinkedIn /in/ profile in URL, X-SOCIALPROFILE or SOCIALPROFILE."""
    for child in children:
        prop = child.name.upper()
        if prop not in _PROFILE_PROPERTIES and "LINKEDIN" not in prop:
            continue
        profile = linkedin_profile(str(child.value))
        if profile:
            return profile
        services = " ".join(child.params.get("TYPE", []) + child.params.get("SERVICE-TYPE", []))
        user = (child.params.get("X-USER") or [""])[0].strip().strip("/")
        if "linkedin" in services.lower() and user and "/" not in user:
            return PROFILE_PREFIX + user
    return ""


def linkedin_profile(value: str) -> str:
    """Return the normalised linkedin.com/in/<slug> URL in a value, or '' (Google escapes ':')."""
    match = _PROFILE.search(value.replace("\\:", ":"))
    return normalise_profile_url(PROFILE_PREFIX + match[1]) if match else ""


def normalise_name(name: str) -> str:
    """Return a name in comparable form for keys: NFKC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_NOTE_CHARS else text[:MAX_NOTE_CHARS - 1].rstrip() + "…"
