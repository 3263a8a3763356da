"""One incidents row summarising its reports, for listing and SQL use."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from typing import Any

from veille.model import EventReport
from veille.resolve import corroboration
from veille.store.rows import place_columns
from veille.vocab import CLAIM_RANK, Casualties, Outcome

PRECISION_RANK = {"day": 0, "month": 1}
OUTCOME_RANK = {Outcome.HIT: 2, Outcome.INTERCEPTED: 1, Outcome.UNKNOWN: 0}
CASUALTY_RANK = {Casualties.SOME: 2, Casualties.NONE: 1, Casualties.UNKNOWN: 0}


def most_common(values: list[str | None]) -> str | None:
    """The most frequent known value; ties go to the earliest report's."""
    known = [v for v in values if v]
    if not known:
        return None
    counts = Counter(known)
    return max(known, key=lambda v: (counts[v], -known.index(v)))


def best_dated(reports: list[EventReport]) -> EventReport:
    """The report whose date is most precise (then most repeated), to date the incident."""
    days = Counter(r.date for r in reports if r.date)
    return min(
        reports,
        key=lambda r: (PRECISION_RANK.get(str(r.date_precision), 2), -days[r.date]),
    )


def strongest(values: list[str], rank: Mapping[str, int]) -> str:
    return max((str(v) for v in values), key=lambda v: rank.get(v, 0))


def weapons_of(reports: list[EventReport]) -> list[str]:
    named = {str(w) for r in reports for w in r.weapons}
    # Sources disagree on weapons; "unknown" only stands when nobody named one.
    return sorted(named - {"unknown"}) or sorted(named)


def incident_row(
    incident_id: str, reports: list[EventReport], first_seq: int, outlets: Mapping[str, str | None]
) -> dict[str, Any]:
    """`reports` in ingest order; `first_seq` the ingest sequence of the earliest one."""
    dated = best_dated(reports)
    place_id = most_common([r.place.id if r.place else None for r in reports])
    place = next((r.place for r in reports if r.place and r.place.id == place_id), None)
    n_documents, n_outlets = corroboration(reports, outlets)
    return {
        "id": incident_id, "first_seq": first_seq,
        "date": dated.date, "date_precision": str(dated.date_precision),
        **{k: v for k, v in place_columns(place).items() if k != "place_kind"},
        "actor": most_common([r.actor for r in reports]),
        "target": most_common([r.target for r in reports]),
        "weapons": json.dumps(weapons_of(reports)),
        "claim": strongest([r.claim for r in reports], CLAIM_RANK),
        "outcome": strongest([r.outcome for r in reports], OUTCOME_RANK),
        "casualties": strongest([r.casualties for r in reports], CASUALTY_RANK),
        "n_reports": len(reports), "n_documents": n_documents, "n_outlets": n_outlets,
    }
