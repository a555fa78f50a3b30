"""Field readers shared by the e-mail and pasted-page importers: profile URLs, mutual connections,
relative times ("2 days ago"), LinkedIn's stock notes, and a company taken from a headline."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from urllib.parse import unquote, urlsplit

from linkscreen.core.generic_notes import is_default_note as is_stock_or_empty

UTC = timezone.utc
PROFILE_BASE = "https://www.linkedin.com/in/"
_PROFILE_PATH = re.compile(r"^/(?:comm/)?in/([^/?#\s]+)/?", re.I)
_SLUG_OK = re.compile(r"^[\w\-.%~]{2,100}$", re.UNICODE)
_NUMBER = r"(\d{1,3}(?:[,.]\d{3})+|\d+)"
_MUTUAL_PATTERNS = (
    (re.compile(rf"^{_NUMBER}\+?\s+(?:mutual|shared)\s+connections?\b", re.I), 0),
    (re.compile(rf"^{_NUMBER}\+?\s+connections?\s+in\s+common\b", re.I), 0),
    (re.compile(rf"^.+?\s+and\s+{_NUMBER}\s+other\s+(?:mutual|shared)\s+connections?\b", re.I), 1),
    (re.compile(rf"^.+?\s+and\s+{_NUMBER}\s+others?\s+(?:you\s+(?:both\s+)?know|in\s+common)\b", re.I), 1),
    (re.compile(rf"^.+?\s+and\s+{_NUMBER}\s+other\s+connections?\s+in\s+common\b", re.I), 1),
)
_ONE_MUTUAL = re.compile(r"^.+?\s+is\s+a\s+(?:mutual|shared)\s+connection\b", re.I)
_TWO_MUTUAL = re.compile(r"^.+?\s+and\s+.+?\s+are\s+(?:mutual|shared)\s+connections\b", re.I)
_UNITS = {"s": 1 / 60, "sec": 1 / 60, "second": 1 / 60, "m": 1, "min": 1, "minute": 1, "h": 60,
          "hr": 60, "hour": 60, "d": 1440, "day": 1440, "w": 10080, "wk": 10080, "week": 10080,
          "mo": 43200, "month": 43200, "y": 525600, "yr": 525600, "year": 525600}
_RELATIVE = re.compile(
    r"^(?:(?:sent|invited|received)\s+)?(?:(\d+|an?|one)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"wks?|months?|years?|yrs?|mo|[smhdwy])\b\.?(?:\s+ago)?)\s*$", re.I)
_NAMED_DAYS = {"just now": 0, "now": 0, "today": 0, "yesterday": 1}
_QUOTES = "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb"


def canonical_profile_url(url: str) -> str:
    """Return https://www.linkedin.com/in/<slug> for a LinkedIn profile link, else "".

    Tracking query parameters and fragments are dropped; /comm/in/ links from e-mails count too;
    any other host (look-alikes included) gives "".
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() not in ("http", "https") or not is_linkedin_host(host):
        return ""
    match = _PROFILE_PATH.match(parts.path)
    if not match:
        return ""
    slug = match.group(1)
    if not _SLUG_OK.match(unquote(slug)):
        return ""
    return PROFILE_BASE + slug


def is_linkedin_host(host: str) -> bool:
    """True for linkedin.com and its subdomains (www, country sites, e-mail link hosts)."""
    host = host.lower().rstrip(".")
    return host == "linkedin.com" or host.endswith(".linkedin.com")


def read_mutual_count(line: str) -> int | None:
    """Return the number of mutual connections a line states ("12 mutual connections", ...), else None."""
    text = line.strip().rstrip(".")
    lowered = text.lower()
    if "connection" not in lowered and "know" not in lowered:
        return None
    for pattern, extra in _MUTUAL_PATTERNS:
        match = pattern.match(text)
        if match:
            return int(re.sub(r"[,.]", "", match.group(1))) + extra
    if _TWO_MUTUAL.match(text):
        return 2
    if _ONE_MUTUAL.match(text):
        return 1
    return None


def read_relative_time(line: str, now: datetime) -> datetime | None:
    """Return the moment a relative time ("2 days ago", "3w", "Yesterday") names, before `now` (UTC).

    Minutes and hours are kept to the hour, anything coarser to the day, so pasting the same page
    later gives the same time.
    """
    text = line.strip().lower().rstrip(".")
    now = now.astimezone(UTC) if now.tzinfo else now.replace(tzinfo=UTC)
    if text in _NAMED_DAYS:
        return _floor_day(now - timedelta(days=_NAMED_DAYS[text]))
    match = _RELATIVE.match(text)
    if not match or (len(match.group(2)) <= 2 and "ago" not in text and not match.group(1).isdigit()):
        return None
    amount_text, unit = match.group(1), match.group(2).lower()
    amount = 1 if amount_text in ("a", "an", "one") else int(amount_text)
    unit = unit if unit in _UNITS else unit.rstrip("s")
    minutes = _UNITS.get(unit)
    if minutes is None:
        return None
    moment = now - timedelta(minutes=amount * minutes)
    if minutes < 1440:
        return moment.replace(minute=0, second=0, microsecond=0)
    return _floor_day(moment)


def _floor_day(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def is_default_note(text: str) -> bool:
    """True when `text` is one of LinkedIn's stock invitation notes (with or without a greeting or quotes)."""
    note = unquote_note(text)
    return bool(note.strip()) and is_stock_or_empty(note)


def unquote_note(text: str) -> str:
    """Remove the quotation marks an e-mail or page puts around a note."""
    text = text.strip()
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        return text[1:-1].strip()
    return text


def split_company(headline: str) -> str:
    """Return the company of a "Title at Company" headline ("" when the headline names none)."""
    first = re.split(r"\s[|\u2022\u00b7]\s", headline, maxsplit=1)[0]
    parts = re.split(r"\s(?:at|@)\s", first)
    if len(parts) != 2 or not parts[0].strip():
        return ""
    return parts[1].strip(" ,;-")
