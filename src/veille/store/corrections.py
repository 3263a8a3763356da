"""Reviewer field corrections: which fields may change, checking values, applying them.

Corrections are kept apart from extracted rows and re-applied when reports are
read, so re-extracting a document never loses a reviewer's work.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from veille.model import EventReport
from veille.store.errors import StoreError
from veille.vocab import Casualties, Claim, DatePrecision, Outcome, Weapon

DATE_PATTERN = re.compile(r"\d{4}-\d{2}(-\d{2})?")
NULL_WORDS = {"", "null", "none", "-"}


def check_date(value: Any) -> str | None:
    if value is None or str(value).lower() in NULL_WORDS:
        return None
    if not DATE_PATTERN.fullmatch(str(value)):
        raise StoreError(f"date must be YYYY-MM-DD, YYYY-MM or null, not {value!r}")
    return str(value)


def check_text(value: Any) -> str | None:
    return None if value is None or str(value).lower() in NULL_WORDS else str(value)


def check_count(value: Any) -> int | None:
    if value is None or str(value).lower() in NULL_WORDS:
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = -1
    if number < 0 or isinstance(value, bool):
        raise StoreError(f"expected a whole number >= 0 or null, not {value!r}")
    return number


def check_flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if str(value).lower() in {"true", "yes", "1"}:
        return True
    if str(value).lower() in {"false", "no", "0"}:
        return False
    raise StoreError(f"expected true or false, not {value!r}")


def check_weapons(value: Any) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    names = [str(item).strip() for item in items if str(item).strip()]
    return [one_of(Weapon, name) for name in names]


def one_of(vocab: type, value: Any) -> str:
    allowed = [str(v) for v in vocab]
    if str(value) not in allowed:
        raise StoreError(f"{value!r} is not one of: {', '.join(allowed)}")
    return str(value)


CHECKS: dict[str, Callable[[Any], Any]] = {
    "date": check_date,
    "actor": check_text,
    "target": check_text,
    "weapons": check_weapons,
    "count": check_count,
    "count_approx": check_flag,
    "claim": lambda v: one_of(Claim, v),
    "outcome": lambda v: one_of(Outcome, v),
    "casualties": lambda v: one_of(Casualties, v),
    "killed": check_count,
    "injured": check_count,
}


def checked_value(field: str, value: Any) -> Any:
    """The value to record for `field`, or one clear StoreError."""
    check = CHECKS.get(field)
    if check is None:
        raise StoreError(f"cannot correct {field!r}; correctable fields: {', '.join(CHECKS)}")
    return check(value)


def precision_of(date: str | None) -> str:
    if date is None:
        return DatePrecision.UNKNOWN
    return DatePrecision.DAY if len(date) == 10 else DatePrecision.MONTH


def apply_correction(report: EventReport, field: str, value_json: str | None) -> None:
    value = json.loads(value_json) if value_json is not None else None
    setattr(report, field, value)
    if field == "date":
        report.date_precision = precision_of(value)
