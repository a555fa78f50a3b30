"""Person names: parse and normalise them, and decide whether two name the same person.

Pure: no I/O. Handles "Last, First" order, titles and credentials, nicknames (Mike ~ Michael),
spelling variants (Catherine ~ Katherine), initials, middle names, diacritics and typos.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein
from unidecode import unidecode

FUZZY_THRESHOLD = 90.0

# Nickname groups separated by ";": a formal name first, then its variants. A name may sit in several groups.
_NICKNAME_GROUPS = """
michael mike mick mickey micky mikey mikhail misha; robert bob bobby rob robbie robby bert; william bill billy
will willy liam wil; elizabeth liz lizzie lizzy beth betty eliza elisabeth libby bess; katherine kate katie
kathy kat catherine kathryn cathy cat kath katharine cate kathleen katy; alexander alex sasha sandy xander
aleksandr aleksander alexandr alec lex; alexandra alex sasha sandy lexi lexie alexa aleksandra; christopher
chris kit topher; christine chris chrissy tina christina kristina kristine; thomas tom tommy; james jim jimmy
jamie jim; david dave davey davy; samuel sam sammy; samantha sam sammy; nicholas nick nicky nico nicolas
nikolas; peter pete; anthony tony antony anton; benjamin ben benny benji; daniel dan danny; matthew matt
matty; andrew andy drew; richard rick ricky rich richie dick; stephen steve stevie steven stephan; steven
steve stevie stephen; jennifer jen jenny jenn; joanna jo joanne jojo; josephine jo josie; joseph joe joey;
jose pepe; francisco paco pancho; francis frank fran; edward ed eddie ted ned; margaret maggie meg peggy marge
margo; patricia pat patty trish; patrick pat paddy; john johnny jack jon; jonathan jon jonny; gregory greg;
timothy tim timmy; kenneth ken kenny; ronald ron ronnie; donald don donny; joshua josh; zachary zach zack;
nathan nate; nathaniel nate nat; natalie nat; victoria vicky vic tori; rebecca becky becca bec; susan sue suzy
susie; deborah deb debbie debra; jessica jess jessie; abigail abby abbie; charles charlie chuck chas;
charlotte charlie lottie; frederick fred freddie; henry harry hank; harold harry hal; lawrence larry laurie;
leonard len lenny leo; raymond ray; gerald gerry jerry; jeffrey jeff geoffrey geoff; philip phil; douglas
doug; stuart stu stewart; cameron cam; isabella bella izzy isabel isabelle; amanda mandy; melissa mel missy;
melanie mel; pamela pam; kimberly kim; ekaterina katya katia yekaterina katerina; dmitry dima dmitri; vladimir
vova volodya; ivan vanya; guillermo memo; eduardo lalo; enrique quique; ignacio nacho; manuel manolo manu;
dolores lola; giuseppe beppe peppe; giovanni gianni; johannes hans
"""

_TITLE_WORDS = frozenset("dr mr mrs ms miss mx prof sir dame rev".split())


@dataclass(frozen=True)
class NameParts:
    """A parsed, normalised person name (ASCII, casefolded)."""

    first: str
    middles: tuple[str, ...]
    last: str
    nicknames: tuple[str, ...] = ()

    @property
    def full(self) -> str:
        return " ".join(part for part in (self.first, *self.middles, self.last) if part)


@dataclass(frozen=True)
class NameMatch:
    """Two names that agree, how (exact, nickname, initials, ...), and a 0..100 score."""

    method: str
    score: float


@lru_cache(maxsize=1)
def _build_nickname_index() -> dict[str, frozenset[int]]:
    index: dict[str, set[int]] = {}
    for number, group in enumerate(_NICKNAME_GROUPS.split(";")):
        for name in group.split():
            index.setdefault(name, set()).add(number)
    return {name: frozenset(groups) for name, groups in index.items()}


def fold_text(text: str) -> str:
    """Transliterate to ASCII and casefold: "José Müller" -> "jose muller"."""
    return unidecode(text or "").casefold()


def _clean_token(token: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold_text(token))


def _split_given(raw: str) -> list[str]:
    """Split a given-name field into tokens; "J.A." gives two initials, "Anna-Lena" stays one name."""
    tokens: list[str] = []
    for piece in re.split(r"[\s.]+", fold_text(raw)):
        cleaned = re.sub(r"[^a-z0-9]", "", piece)
        if cleaned:
            tokens.append(cleaned)
    return tokens


@lru_cache(maxsize=65536)
def normalise_name(raw: str) -> NameParts:
    """Parse a display name: "Last, First" order, titles, suffixes, credentials, nicknames, diacritics."""
    from nameparser import HumanName  # imported on first use: commands that match no names start quicker

    text = unidecode(raw or "").strip()
    text = re.split(r"\s[|\u2013\u2014-]\s", text)[0]  # "Jane Doe | CIO", "Jane Doe - Recruiter"
    nicknames: list[str] = []
    for inner in re.findall(r"\(([^)]*)\)|\"([^\"]*)\"", text):
        word = "".join(inner).strip()
        if re.fullmatch(r"[A-Za-z']+", word) and word.casefold() not in {"she", "he", "they", "her", "him", "them"}:
            nicknames.append(_clean_token(word))
    text = re.sub(r"\([^)]*\)|\"[^\"]*\"", " ", text)
    parsed = HumanName(text)
    given = _split_given(parsed.first) + _split_given(parsed.middle)
    last = " ".join(_clean_token(part) for part in re.split(r"[\s-]+", parsed.last) if _clean_token(part))
    given = [token for token in given if token not in _TITLE_WORDS]
    if not given and not last:
        return NameParts("", (), "", tuple(nicknames))
    if not given:
        given, last = last.split()[:1], " ".join(last.split()[1:])
    return NameParts(given[0], tuple(given[1:]), last, tuple(nicknames))


@lru_cache(maxsize=65536)
def _spelling_key(name: str) -> str:
    """Collapse common spelling variants: Catherine/Katherine, Brian/Bryan, Sarah/Sara, Philip/Phillip."""
    key = re.sub(r"^mac", "mc", name)
    key = key.replace("ph", "f").replace("y", "i")
    key = re.sub(r"c(?=[aoulrk]|$)", "k", key)
    key = re.sub(r"(?<=[aeiou])h(?![aeiou])", "", key)
    return re.sub(r"(.)\1+", r"\1", key)


def _is_gendered_variant(a: str, b: str) -> bool:
    """Daniel/Daniela, Paul/Paula, Mario/Maria, Louis/Louise: distinct names, not typos."""
    stem_a, stem_b = a.rstrip("aeio"), b.rstrip("aeio")
    return a != b and (stem_a == stem_b or stem_a == b or stem_b == a)


@lru_cache(maxsize=1)
def _build_group_letters() -> dict[int, frozenset[str]]:
    letters: dict[int, set[str]] = {}
    for name, groups in _build_nickname_index().items():
        for group in groups:
            letters.setdefault(group, set()).add(name[0])
    return {group: frozenset(found) for group, found in letters.items()}


def list_given_letters(parts: NameParts) -> frozenset[str]:
    """First letters under which a name's given names could match another's: the given names,
    nicknames and middle names themselves, their spelling variants (Catherine ~ Katherine) and every
    name sharing a nickname group (Bill ~ William). Two names that `match_names` relates by their
    given names always share one of these letters (in one order or the other)."""
    index, group_letters = _build_nickname_index(), _build_group_letters()
    letters: set[str] = set()
    for given in (parts.first, *parts.nicknames, *parts.middles):
        if not given:
            continue
        letters.update((given[0], _spelling_key(given)[0]))
        for group in index.get(given, ()):
            letters.update(group_letters[group])
    return frozenset(letters)


def build_surname_prefix(token: str) -> str:
    """The first two letters of a surname token's spelling key: the same for the spelling variants
    and most typos `match_names` accepts (Smith ~ Smyth, MacDonald ~ McDonald, Fletcher ~ Flecther)."""
    return _spelling_key(token)[:2]


def share_nickname_group(a: str, b: str) -> bool:
    """True when two first names are variants of one another (Mike ~ Michael, Pepe ~ José)."""
    index = _build_nickname_index()
    return bool(index.get(a, frozenset()) & index.get(b, frozenset()))


@lru_cache(maxsize=65536)
def _relate_given(a: str, b: str) -> str | None:
    if not a or not b:
        return None
    if a == b:
        return "exact"
    if len(a) == 1 or len(b) == 1:
        return "initials" if a[0] == b[0] else None
    if share_nickname_group(a, b):
        return "nickname"
    if _is_gendered_variant(a, b):
        return None
    if _spelling_key(a) == _spelling_key(b):
        return "spelling"
    if min(len(a), len(b)) >= 5 and (fuzz.ratio(a, b) >= 85 or DamerauLevenshtein.distance(a, b) <= 1):
        return "typo"
    return None


def _relate_first(a: NameParts, b: NameParts) -> str | None:
    relation = _relate_given(a.first, b.first)
    if relation:
        return relation
    for nick in a.nicknames:
        if _relate_given(nick, b.first) in {"exact", "nickname"}:
            return "nickname"
    for nick in b.nicknames:
        if _relate_given(a.first, nick) in {"exact", "nickname"}:
            return "nickname"
    full_middles_a = [m for m in a.middles if len(m) > 1]
    full_middles_b = [m for m in b.middles if len(m) > 1]
    if any(_relate_given(m, b.first) in {"exact", "nickname"} for m in full_middles_a):
        return "middle name"
    if any(_relate_given(a.first, m) in {"exact", "nickname"} for m in full_middles_b):
        return "middle name"
    return None


def _relate_last(a: NameParts, b: NameParts) -> str | None:
    if not a.last or not b.last:
        return None
    if a.last == b.last:
        return "exact"
    tokens_a, tokens_b = set(a.last.split()), set(b.last.split())
    if tokens_a <= set(b.middles) | tokens_b or tokens_b <= set(a.middles) | tokens_a:
        return "compound"
    joined_a, joined_b = a.last.replace(" ", ""), b.last.replace(" ", "")
    if joined_a == joined_b or _spelling_key(joined_a) == _spelling_key(joined_b):
        return "spelling"
    if min(len(joined_a), len(joined_b)) >= 5 and fuzz.ratio(joined_a, joined_b) >= 85:
        return "typo"
    return None


def _relate_parts(a: NameParts, b: NameParts) -> NameMatch | None:
    first, last = _relate_first(a, b), _relate_last(a, b)
    if first is None or last is None:
        return None
    short_a, short_b = f"{a.first} {a.last}", f"{b.first} {b.last}"
    score = fuzz.token_sort_ratio(short_a, short_b)
    if "typo" in (first, last) and score < FUZZY_THRESHOLD:
        return None
    if first == "exact" and last == "exact":
        return NameMatch("exact", 100.0)
    method = first if first != "exact" else f"{last} surname"
    return NameMatch(method, max(score, 80.0))


@lru_cache(maxsize=65536)
def match_names(a: NameParts, b: NameParts) -> NameMatch | None:
    """Compare two parsed names; None when they do not plausibly name the same person."""
    if not a.first or not b.first or not a.last or not b.last:
        return None
    if a.full == b.full:
        return NameMatch("exact", 100.0)
    direct = _relate_parts(a, b)
    if direct:
        return direct
    swapped = NameParts(b.last.replace(" ", ""), b.middles, b.first, b.nicknames)
    reordered = _relate_parts(a, swapped)
    if reordered and (reordered.method == "exact" or reordered.method.endswith("surname")):
        return NameMatch("name order", 95.0)
    return None
