"""Match a sender to a known person by profile URL, e-mail, name and company/e-mail domain.

Pure: no I/O. Strength is "strong" (same profile URL or e-mail address), "medium" (name match and
company/domain agreement), "weak" (name match only) or "none". Only strong/medium may count as known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit


from linkscreen.core.names import fold_text, match_names, normalise_name


# Nickname groups separated by ";": a formal name first, then its variants. A name may sit in several groups.
_ROLE_MAILBOXES = frozenset(
    "info admin sales hello contact office support enquiries noreply no-reply team hr jobs careers".split()
)
_FREEMAIL_LABELS = frozenset(
    "gmail googlemail outlook hotmail live msn yahoo ymail icloud me mac aol proton protonmail gmx web "
    "mail zoho xtra orcon slingshot vodafone bigpond fastmail qq 163 yandex".split()
)
_LEGAL_WORDS = frozenset(
    "ltd limited inc incorporated llc llp lp plc gmbh ag sa sas sarl bv nv pty pte co corp corporation "
    "company group holdings holding kg oy ab as spa srl".split()
)
_PLACE_WORDS = frozenset("nz aus au uk us usa new zealand australia international intl global".split())
_GENERIC_FIRST_WORDS = frozenset(
    "the new national first united global digital data general international pacific southern northern central "
    "north south east west western eastern city metro smart advanced blue green red".split()
)
_STOP_WORDS = frozenset("of and the for".split())


@dataclass(frozen=True)
class Person:
    """What is known about one person: a sender, or a contact found in the user's evidence."""

    name: str = ""
    emails: tuple[str, ...] = ()
    profile_url: str = ""
    company: str = ""


@dataclass(frozen=True)
class Match:
    """How strongly two people look like the same person, and why."""

    strength: str
    score: float
    reasons: tuple[str, ...]


def normalise_email(raw: str) -> str:
    """Lower-case address without display name, "mailto:" or "+tag"; Gmail dots ignored. "" if invalid."""
    text = (raw or "").strip()
    bracketed = re.search(r"<([^>]+)>", text)
    if bracketed:
        text = bracketed.group(1)
    text = re.sub(r"^mailto:", "", text.strip(), flags=re.IGNORECASE).casefold()
    if text.count("@") != 1:
        return ""
    local, domain = text.split("@")
    local, domain = local.split("+")[0], domain.strip(".")
    if not local or "." not in domain:
        return ""
    if domain in {"gmail.com", "googlemail.com"}:
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"


def normalise_profile_url(raw: str) -> str:
    """"https://nz.linkedin.com/in/Mike-S/?trk=x" -> "linkedin.com/in/mike-s"; "" if empty."""
    text = (raw or "").strip()
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").casefold()
    path = unquote(parts.path).casefold().rstrip("/")
    if host.endswith("linkedin.com"):
        host = "linkedin.com"
        path = re.sub(r"^/(pub|in)/", "/in/", path)
    elif host.startswith("www."):
        host = host[4:]
    return f"{host}{path}" if host else ""


@lru_cache(maxsize=1)
def _get_extractor() -> Any:
    """The offline public-suffix extractor, imported on first use (it pulls in `requests`: ~0.1 s)."""
    import tldextract

    # Offline: bundled public-suffix snapshot only, no cache files, never a network fetch.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=4096)
def registered_domain(domain: str) -> tuple[str, str]:
    """("datacom.co.nz", "datacom") for "mail.datacom.co.nz"; the label is the organisation's part."""
    result = _get_extractor()(domain.casefold())
    if not result.domain:
        return domain.casefold(), domain.casefold().split(".")[0]
    registered = f"{result.domain}.{result.suffix}" if result.suffix else result.domain
    return registered, result.domain


def is_freemail(domain: str) -> bool:
    """True for personal mail providers (gmail.com, xtra.co.nz, ...), which say nothing about employers."""
    return registered_domain(domain)[1] in _FREEMAIL_LABELS


def is_role_address(email: str) -> bool:
    """True for shared mailboxes such as info@ or sales@, which do not identify one person."""
    return email.split("@")[0] in _ROLE_MAILBOXES


def normalise_company(raw: str) -> tuple[str, ...]:
    """Company name tokens without legal forms or trailing place words: "Datacom Group Ltd" -> ("datacom",)."""
    words = [re.sub(r"[^a-z0-9]", "", word) for word in re.split(r"[\s,.&/()-]+", fold_text(raw))]
    words = [word for word in words if word and word not in _LEGAL_WORDS]
    while len(words) > 1 and (words[-1] in _PLACE_WORDS or words[-1] in _STOP_WORDS):
        words.pop()
    return tuple(words)


def _company_aliases(raw: str) -> set[str]:
    tokens = normalise_company(raw)
    if not tokens:
        return set()
    all_words = [re.sub(r"[^a-z0-9]", "", w) for w in re.split(r"[\s,.&/()-]+", fold_text(raw))]
    all_words = [w for w in all_words if w and w not in _LEGAL_WORDS]
    aliases = {"".join(tokens), "".join(all_words)}
    significant = [w for w in all_words if w not in _STOP_WORDS]
    if len(significant) >= 2:
        aliases.add("".join(w[0] for w in significant))
    if len(tokens[0]) >= 3 and tokens[0] not in _GENERIC_FIRST_WORDS:
        aliases.add(tokens[0])
    return aliases


def _is_distinctive(word: str) -> bool:
    return len(word) >= 4 and word not in _GENERIC_FIRST_WORDS


def companies_agree(a: str, b: str) -> bool:
    """True when two company names plausibly name one organisation ("Datacom Group Ltd" ~ "Datacom")."""
    tokens_a, tokens_b = normalise_company(a), normalise_company(b)
    if not tokens_a or not tokens_b:
        return False
    if "".join(tokens_a) == "".join(tokens_b):
        return True
    shorter, longer = sorted((tokens_a, tokens_b), key=len)
    if longer[: len(shorter)] == shorter and (len(shorter) >= 2 or _is_distinctive(shorter[0])):
        return True  # "Moana Freight" ~ "Moana Freight Services Ltd"
    aliases_a, aliases_b = _company_aliases(a), _company_aliases(b)
    return "".join(tokens_a) in aliases_b or "".join(tokens_b) in aliases_a


def _label_spells_tokens(label: str, tokens: tuple[str, ...], used: int = 0) -> bool:
    """True when `label` spells the leading tokens in order, each whole, abbreviated (3+ letters) or as
    an initial: "wharfstreet", "rimupay" and "scdata" fit ("wharf","street"), ("rimu","payments"),
    ("southern","cross","data"). At least two tokens must be used unless the first is spelt whole."""
    if not label:
        return used >= 2
    if used >= len(tokens):
        return False
    token = tokens[used]
    for size in range(min(len(token), len(label)), 0, -1):
        if size < len(token) and 1 < size < 3:
            continue
        if label[:size] == token[:size]:
            rest = label[size:]
            if not rest and used == 0 and size == len(token) and size >= 3:
                return True
            if _label_spells_tokens(rest, tokens, used + 1):
                return True
    return False


def domain_matches_company(domain: str, company: str) -> bool:
    """True when an e-mail domain belongs to a company: "datacom.co.nz" ~ "Datacom Group Ltd"."""
    if not domain or not company or is_freemail(domain):
        return False
    label = registered_domain(domain)[1].replace("-", "")
    if label in _company_aliases(company):
        return True
    tokens = tuple(token for token in normalise_company(company) if token not in _STOP_WORDS)
    return len(label) >= 4 and _label_spells_tokens(label, tokens)


def _email_domains(person: Person) -> list[str]:
    emails = (normalise_email(email) for email in person.emails)
    return [email.split("@")[1] for email in emails if email]


def find_affiliation(sender: Person, known: Person) -> str | None:
    """A short phrase naming the company/domain both people share, or None."""
    if companies_agree(sender.company, known.company):
        return f"company agrees ({known.company.strip()})"
    for domain in _email_domains(sender):
        if domain_matches_company(domain, known.company):
            return f"e-mail domain {domain} matches company ({known.company.strip()})"
    for domain in _email_domains(known):
        if domain_matches_company(domain, sender.company):
            return f"company ({sender.company.strip()}) matches known e-mail domain {domain}"
    known_domains = {registered_domain(d)[0] for d in _email_domains(known) if not is_freemail(d)}
    for domain in _email_domains(sender):
        if not is_freemail(domain) and registered_domain(domain)[0] in known_domains:
            return f"same e-mail domain ({registered_domain(domain)[0]})"
    return None


def _find_identity(sender: Person, known: Person) -> tuple[str, float] | None:
    url_a, url_b = normalise_profile_url(sender.profile_url), normalise_profile_url(known.profile_url)
    if url_a and url_a == url_b:
        return "same profile URL", 1.0
    emails_a = {normalise_email(email) for email in sender.emails} - {""}
    emails_b = {normalise_email(email) for email in known.emails} - {""}
    shared = sorted(email for email in emails_a & emails_b if not is_role_address(email))
    if shared:
        return f"same e-mail address ({shared[0]})", 0.98
    return None


def match_people(sender: Person, known: Person) -> Match:
    """Decide how strongly `sender` is `known`: strong, medium, weak or none, with reasons."""
    identity = _find_identity(sender, known)
    if identity:
        return Match("strong", identity[1], (identity[0],))
    name = match_names(normalise_name(sender.name), normalise_name(known.name))
    if name is None:
        return Match("none", 0.0, ())
    how = "" if name.method == "exact" else f", {name.method}"
    name_reason = f"name matches ({sender.name.strip()} ~ {known.name.strip()}{how})"
    affiliation = find_affiliation(sender, known)
    if affiliation:
        return Match("medium", round(0.6 + 0.3 * name.score / 100, 3), (f"{name_reason} and {affiliation}",))
    return Match("weak", round(0.2 + 0.2 * name.score / 100, 3), (f"{name_reason}; no shared company or e-mail",))
