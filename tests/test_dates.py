"""Date parsers of LinkedIn exports: fixed formats by hand, one parser chosen per file."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from linkscreen.adapters.dates import (
    DATE_PARSERS, DATETIME_PARSERS, UTC, choose_parser, parse_day_first_datetime, parse_day_month_year,
    parse_iso_date, parse_iso_datetime, parse_month_year, parse_us_date, parse_us_datetime)


@pytest.mark.parametrize(("text", "expected"), [
    ("1/29/26, 2:37 PM", datetime(2026, 1, 29, 14, 37, tzinfo=UTC)),
    ("12/1/25, 12:05 AM", datetime(2025, 12, 1, 0, 5, tzinfo=UTC)),
    ("3/4/2024, 12:00 PM", datetime(2024, 3, 4, 12, 0, tzinfo=UTC)),
    ("3/4/2024 17:45:09", datetime(2024, 3, 4, 17, 45, 9, tzinfo=UTC)),
    ("3/4/24", datetime(2024, 3, 4, tzinfo=UTC)),
])
def test_given_us_invitation_dates_when_parsed_then_utc_datetimes(text: str, expected: datetime) -> None:
    assert parse_us_datetime(text) == expected


@pytest.mark.parametrize("text", ["13/29/26, 2:37 PM", "1/29/26, 13:37 PM", "yesterday", "", "1/29/26, 2:37 XM"])
def test_given_bad_us_dates_when_parsed_then_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_us_datetime(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-06-01 14:03:22 UTC", datetime(2025, 6, 1, 14, 3, 22, tzinfo=UTC)),
    ("2025-06-01T14:03:22Z", datetime(2025, 6, 1, 14, 3, 22, tzinfo=UTC)),
    ("2025-06-01T14:03:22+13:00", datetime(2025, 6, 1, 1, 3, 22, tzinfo=UTC)),
    ("2025-06-01 14:03", datetime(2025, 6, 1, 14, 3, tzinfo=UTC)),
    ("2025-06-01", datetime(2025, 6, 1, tzinfo=UTC)),
])
def test_given_iso_dates_when_parsed_then_aware_utc(text: str, expected: datetime) -> None:
    parsed = parse_iso_datetime(text)
    assert parsed == expected and parsed.utcoffset() == timedelta(0)
    assert parsed.tzinfo is timezone.utc


def test_given_connection_and_position_dates_when_parsed_then_dates() -> None:
    assert parse_day_month_year("08 Feb 2026") == date(2026, 2, 8)
    assert parse_day_month_year("8-Feb-2026") == date(2026, 2, 8)
    assert parse_month_year("Mar 2019") == date(2019, 3, 1)
    assert parse_month_year("September 2019") == date(2019, 9, 1)
    assert parse_month_year("2019") == date(2019, 1, 1)
    assert parse_month_year("2019-03") == date(2019, 3, 1)
    assert parse_us_date("2/8/26") == date(2026, 2, 8)
    assert parse_iso_date("2026-02-08") == date(2026, 2, 8)
    with pytest.raises(ValueError):
        parse_month_year("Smarch 2019")
    with pytest.raises(ValueError):
        parse_day_month_year("31 Feb 2026")


def test_given_us_samples_when_choosing_then_the_us_parser_is_chosen() -> None:
    samples = ["1/29/26, 2:37 PM", "12/3/25, 9:00 AM"]
    assert choose_parser(samples, DATETIME_PARSERS) is parse_us_datetime


def test_given_an_excel_resave_with_day_first_dates_when_choosing_then_day_first_wins() -> None:
    samples = ["03/01/2026 14:37", "29/01/2026 09:12", "11/01/2026 10:00"]
    assert choose_parser(samples, DATETIME_PARSERS) is parse_day_first_datetime
    assert parse_day_first_datetime("29/01/2026 09:12") == datetime(2026, 1, 29, 9, 12, tzinfo=UTC)


def test_given_iso_samples_or_none_when_choosing_then_iso_or_the_first_parser() -> None:
    assert choose_parser(["2025-06-01 14:03:22 UTC"], DATETIME_PARSERS) is parse_iso_datetime
    assert choose_parser(["08 Feb 2026", ""], DATE_PARSERS) is parse_day_month_year
    assert choose_parser([], DATE_PARSERS) is DATE_PARSERS[0]
