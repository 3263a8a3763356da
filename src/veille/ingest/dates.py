"""Publication dates: declared fields, page/feed metadata, or a date line atop the text.

A date is returned as (value, precision): ("2024-01-08", "day"), ("2023-12", "month").
"""

from __future__ import annotations

import email.utils
import re
import time
from datetime import date, datetime
from functools import cache
from typing import Any

from veille.ingest.months import fold, month_table
from veille.vocab import PublishedPrecision

Published = tuple[str, str]

HEAD_CHARS = 300  # a date line is only trusted near the start of the text
DATE_LINE_CHARS = 100  # longer lines are prose, whose dates are events, not publication
ISO_DECLARED = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
ISO_IN_TEXT = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)")
_WORDS = r"([^\W\d_]+(?:\s+[^\W\d_]+)?)"
_DAY = r"(\d{1,2})(?:[^\W\d_]{1,3})?"  # 1er, 1st, 2nd: any short suffix
DAY_MONTH_YEAR = re.compile(rf"(?<!\d){_DAY}\.?\s+{_WORDS}\.?,?\s+(\d{{4}})(?!\d)")
MONTH_DAY_YEAR = re.compile(rf"{_WORDS}\.?\s+{_DAY},?\s+(\d{{4}})(?!\d)")
MONTH_YEAR = re.compile(rf"{_WORDS}\.?,?\s+(\d{{4}})(?!\d)")


def parse_declared(value: str) -> Published:
    """A date an input states itself: YYYY-MM-DD, YYYY-MM, or an ISO datetime (-> its day)."""
    text = value.strip()
    match = ISO_DECLARED.fullmatch(text)
    found = _valid(*match.groups()) if match else _iso_datetime(text)
    if found is None:
        raise ValueError(f"not a date (want YYYY-MM-DD or YYYY-MM): {value!r}")
    return found


def _iso_datetime(text: str) -> Published | None:
    if len(text) <= 10:  # bare dates went through the stricter pattern already
        return None
    try:
        return _day(datetime.fromisoformat(text.replace("Z", "+00:00")).date())
    except ValueError:
        return None


def from_metadata(value: Any) -> Published | None:
    """A date string from page or feed metadata, in whatever common format it comes."""
    if isinstance(value, time.struct_time):
        return _day(date(value.tm_year, value.tm_mon, value.tm_mday))
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return parse_declared(value)
    except ValueError:
        pass
    return _rfc2822(value) or _dateparser(value)


def from_date_line(text: str) -> Published | None:
    """A publication date on a short line near the top ("date 2023-12", "Published: 2024-01-08")."""
    for line in text[:HEAD_CHARS].split("\n"):
        if len(line) <= DATE_LINE_CHARS:
            found = _date_in_line(line)
            if found:
                return found
    return None


def _date_in_line(line: str) -> Published | None:
    for match in ISO_IN_TEXT.finditer(line):
        found = _valid(*match.groups())
        if found:
            return found
    for pattern, order in ((DAY_MONTH_YEAR, (3, 2, 1)), (MONTH_DAY_YEAR, (3, 1, 2))):
        for match in pattern.finditer(line):
            year, words, day = (match.group(i) for i in order)
            found = _with_month_word(year, words, day)
            if found:
                return found
    for match in MONTH_YEAR.finditer(line):
        found = _with_month_word(match.group(2), match.group(1), None)
        if found:
            return found
    return None


def _with_month_word(year: str, words: str, day: str | None) -> Published | None:
    month = month_number(words)
    return _valid(year, str(month), day) if month else None


def month_number(words: str) -> int | None:
    """The month a phrase names; the regex may have taken one word too many on either side."""
    table = month_table()
    parts = words.split()
    for candidate in (words, parts[-1], parts[0]):
        month = table.get(fold(candidate.rstrip(".")))
        if month:
            return month
    return None


def _valid(year: str, month: str, day: str | None) -> Published | None:
    try:
        y, m = int(year), int(month)
        if not 1900 <= y <= 2100:
            return None
        if day is None:
            date(y, m, 1)
            return f"{y:04d}-{m:02d}", str(PublishedPrecision.MONTH)
        return _day(date(y, m, int(day)))
    except ValueError:
        return None


def _day(value: date) -> Published:
    return value.isoformat(), str(PublishedPrecision.DAY)


def _rfc2822(value: str) -> Published | None:
    try:
        return _day(email.utils.parsedate_to_datetime(value).date())
    except (TypeError, ValueError, IndexError):
        return None


def _dateparser(value: str) -> Published | None:
    found = _date_parser().get_date_data(value[:200])
    if found is None or found.date_obj is None:
        return None
    when = found.date_obj.date()
    if found.period == "month":
        return f"{when.year:04d}-{when.month:02d}", str(PublishedPrecision.MONTH)
    return _day(when) if found.period in ("day", "time") else None


@cache
def _date_parser() -> Any:
    # imported late: dateparser is slow to load and only metadata strings need it.
    # Relative expressions ("yesterday") are excluded so a re-run gives the same date.
    import dateparser

    return dateparser.DateDataParser(
        settings={"PARSERS": ["timestamp", "custom-formats", "absolute-time"]}
    )
