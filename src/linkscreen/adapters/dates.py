"""Fast parsers for the date formats of LinkedIn exports and generic files (all results UTC).

Each file gets one parser, chosen from a sample of its values (`choose_parser`), so the hot
path never tries formats in turn. Values without a zone are taken as UTC.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timezone
from typing import TypeVar

UTC = timezone.utc
MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_SLASHED = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4}|\d{2}),?"
                      r"(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?\s*\Z")
_DAY_MONTH_YEAR = re.compile(r"\s*(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})\s*\Z")
_MONTH_YEAR = re.compile(r"\s*(?:([A-Za-z]{3,9})\.?\s+)?(\d{4})\s*\Z")
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})(?:-(\d{2}))?\s*\Z")

DatetimeParser = Callable[[str], datetime]
DateParser = Callable[[str], date]
ParserT = TypeVar("ParserT", bound=Callable[[str], object])


def parse_iso_datetime(text: str) -> datetime:
    """Parse ISO 8601 ('2025-06-01 14:03:22 UTC', '...T14:03:22Z', '+13:00', naive = UTC)."""
    if len(text) == 23 and text.endswith(" UTC"):
        return datetime.fromisoformat(text[:19] + "+00:00")
    text = text.strip()
    if text.endswith((" UTC", " GMT")):
        text = text[:-4]
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_us_datetime(text: str) -> datetime:
    """Parse LinkedIn's US form '1/29/26, 2:37 PM' (month first; 2- or 4-digit year; 24 h too)."""
    month, day, year, hour, minute, second = _split_slashed(text)
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def parse_day_first_datetime(text: str) -> datetime:
    """Parse the day-first form Excel writes outside the US: '29/01/2026 14:37'."""
    day, month, year, hour, minute, second = _split_slashed(text)
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def parse_day_month_year(text: str) -> date:
    """Parse '08 Feb 2026' (Connections.csv) and '8-Feb-2026'."""
    match = _DAY_MONTH_YEAR.match(text)
    if match is None:
        raise ValueError(f"not a 'DD Mon YYYY' date: {text!r}")
    return date(int(match[3]), _month_number(match[2]), int(match[1]))


def parse_month_year(text: str) -> date:
    """Parse 'Mar 2019', 'March 2019', '2019' or '2019-03' (Positions.csv) as the month's 1st."""
    match = _MONTH_YEAR.match(text)
    if match is not None:
        return date(int(match[2]), _month_number(match[1]) if match[1] else 1, 1)
    match = _ISO_DATE.match(text)
    if match is not None:
        return date(int(match[1]), int(match[2]), int(match[3] or 1))
    raise ValueError(f"not a 'Mon YYYY' date: {text!r}")


def parse_us_date(text: str) -> date:
    """Parse a month-first '2/8/26' date (older Connections.csv)."""
    return parse_us_datetime(text).date()


def parse_day_first_date(text: str) -> date:
    """Parse a day-first '8/2/26' date (re-saved by Excel outside the US)."""
    return parse_day_first_datetime(text).date()


def parse_iso_date(text: str) -> date:
    """Parse '2026-02-08' (or an ISO datetime, keeping its UTC date)."""
    text = text.strip()
    return date.fromisoformat(text) if len(text) == 10 else parse_iso_datetime(text).date()


DATETIME_PARSERS: tuple[DatetimeParser, ...] = (
    parse_us_datetime, parse_day_first_datetime, parse_iso_datetime)
DATE_PARSERS: tuple[DateParser, ...] = (
    parse_day_month_year, parse_us_date, parse_day_first_date, parse_iso_date)


def choose_parser(samples: Iterable[str], parsers: Sequence[ParserT]) -> ParserT:
    """Return the parser that reads the most samples (earliest wins ties; first if no samples).

    Month-first and day-first slash forms are told apart by any day above 12.
    """
    values = [value for value in samples if value.strip()]
    best, best_score = parsers[0], -1
    for parser in parsers:
        score = sum(1 for value in values if _parses(parser, value))
        if score > best_score:
            best, best_score = parser, score
    return best


def _parses(parser: Callable[[str], object], value: str) -> bool:
    try:
        parser(value)
    except (ValueError, OverflowError):
        return False
    return True


def _split_slashed(text: str) -> tuple[int, int, int, int, int, int]:
    """Return (first, second, year, hour, minute, second) of 'A/B/YY[, h:mm[:ss] [AM]]'."""
    match = _SLASHED.match(text)
    if match is None:
        raise ValueError(f"not a 'M/D/YY, h:mm AM' date: {text!r}")
    first, second_part, year_text, hour_text, minute_text, second_text, meridiem = match.groups()
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    hour = int(hour_text or 0)
    if meridiem:
        if not 1 <= hour <= 12:
            raise ValueError(f"bad 12-hour time: {text!r}")
        hour = hour % 12 + (12 if meridiem[0] in "Pp" else 0)
    return (int(first), int(second_part), year, hour, int(minute_text or 0), int(second_text or 0))


def _month_number(name: str) -> int:
    number = MONTHS.get(name[:3].casefold())
    if number is None:
        raise ValueError(f"unknown month name: {name!r}")
    return number
