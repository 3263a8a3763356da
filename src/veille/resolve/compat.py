"""Whether two reports can describe the same attack: place, date and actor tests."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from veille.geo.gazetteer import distance_km
from veille.model import EventReport, Place
from veille.vocab import DateBasis


def day_of(report: EventReport) -> str | None:
    """The report's day (YYYY-MM-DD) when it has day precision and the text states it
    (a publication day is only a bound: the attack may be from the days before)."""
    if report.date_basis == DateBasis.PUBLICATION:
        return None
    return report.date if report.date and len(report.date) == 10 else None


def month_of(report: EventReport) -> str | None:
    """The report's month (YYYY-MM) when it has only month precision."""
    return report.date if report.date and len(report.date) == 7 else None


def days_back(day: str, n: int) -> list[str]:
    """`day` and the n days before it, most recent first."""
    start = date.fromisoformat(day)
    return [(start - timedelta(days=k)).isoformat() for k in range(n + 1)]


def place_distance(a: Place, b: Place) -> float:
    if a.id == b.id:
        return 0.0
    return _km(a.lat, a.lon, b.lat, b.lon)


@lru_cache(maxsize=1 << 16)
def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    # Few distinct places, many comparisons: each pair is measured once.
    return distance_km(lat1, lon1, lat2, lon2)


def places_agree(a: Place | None, b: Place | None, max_km: float) -> bool:
    # A report without a place cannot be tied to any site, so it never merges.
    if a is None or b is None:
        return False
    return a.id == b.id or place_distance(a, b) <= max_km


def actor_fits(actor: str | None, known: set[str]) -> bool:
    """An unknown actor fits anything; a known one only an incident of the same actor."""
    return actor is None or not known or known == {actor}
