"""One incident seen as a single row: the fields its reports agree on, and its sources.

Shared by the CSV and GeoJSON writers and the CLI table, so every view of an
incident says the same thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from veille.export.records import Sources
from veille.model import EventFields, EventReport, Incident, Place
from veille.vocab import CLAIM_RANK, Casualties, Claim, DateBasis, DatePrecision, Outcome, Weapon

T = TypeVar("T", bound=Hashable)


@dataclass(slots=True)
class IncidentSummary(EventFields):
    id: str
    doc_ids: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)  # the named ones, for display
    n_outlets: int = 0  # corroboration: a document of unknown outlet counts as its own

    @property
    def n_sources(self) -> int:
        return len(self.doc_ids)


def most_common(values: Iterable[T | None]) -> T | None:
    """The most frequent non-null value; on a tie, the one seen first."""
    counts = Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None


def summarize(incident: Incident, sources: Sources) -> IncidentSummary:
    reports = incident.reports
    date, precision, basis = incident_date(reports)
    doc_ids = sorted(incident.doc_ids)
    outlets = {sources[d].outlet for d in doc_ids if d in sources and sources[d].outlet}
    count = most_common(r.count for r in reports)
    return IncidentSummary(
        id=incident.id,
        date=date,
        date_precision=precision,
        date_basis=basis,
        place=incident_place(reports),
        actor=most_common(r.actor for r in reports),
        target=most_common(r.target for r in reports),
        weapons=incident_weapons(reports),
        count=count,
        count_approx=any(r.count_approx for r in reports if r.count == count),
        claim=strongest_claim(reports),
        outcome=incident_outcome(reports),
        casualties=incident_casualties(reports),
        killed=_max_known(r.killed for r in reports),
        injured=_max_known(r.injured for r in reports),
        doc_ids=doc_ids,
        outlets=sorted(outlets),  # type: ignore[arg-type]
        n_outlets=count_outlets(doc_ids, sources),
    )


def count_outlets(doc_ids: list[str], sources: Sources) -> int:
    # The corroboration rule of veille.resolve: a document of unknown outlet is its own outlet.
    named = {(sources[d].outlet if d in sources else None) or f"document:{d}" for d in doc_ids}
    return len(named)


def incident_date(reports: list[EventReport]) -> tuple[str | None, str, str]:
    """The most precise date any source gives; among several, the most often stated. A
    publication day counts only when no source's words date the attack. Returns the date,
    its precision and its basis."""
    stated = [r for r in reports if r.date_basis == DateBasis.TEXT]
    basis = DateBasis.TEXT if stated else DateBasis.PUBLICATION
    for precision in (DatePrecision.DAY, DatePrecision.MONTH):
        dated = sorted(r.date for r in stated or reports if r.date and r.date_precision == precision)
        if dated:
            return most_common(dated), str(precision), str(basis)
    return None, str(DatePrecision.UNKNOWN), str(DateBasis.TEXT)


def incident_place(reports: list[EventReport]) -> Place | None:
    places = {r.place.id: r.place for r in reports if r.place}
    best = most_common(r.place.id for r in reports if r.place)
    return places.get(best) if best else None


def incident_weapons(reports: list[EventReport]) -> list[str]:
    """Known weapons in vocabulary order; "unknown" only when no source names one."""
    named = {str(w) for r in reports for w in r.weapons}
    known = [str(w) for w in Weapon if w != Weapon.UNKNOWN and str(w) in named]
    if known:
        return known
    return [str(Weapon.UNKNOWN)] if named else []


def strongest_claim(reports: list[EventReport]) -> str:
    if not reports:
        return str(Claim.REPORTED)
    return str(max((Claim(r.claim) for r in reports), key=lambda c: CLAIM_RANK[c]))


def incident_outcome(reports: list[EventReport]) -> str:
    # One source seeing a hit outweighs another reporting an interception of the salvo.
    return _first_stated({str(r.outcome) for r in reports}, [Outcome.HIT, Outcome.INTERCEPTED])


def incident_casualties(reports: list[EventReport]) -> str:
    stated = {str(r.casualties) for r in reports}
    return _first_stated(stated, [Casualties.SOME, Casualties.NONE])


def _first_stated(stated: set[str], ranked: list[str]) -> str:
    for value in ranked:
        if str(value) in stated:
            return str(value)
    return "unknown"


def _max_known(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None
