"""The JSONL export contract (DESIGN.md "Export contract"): one event report as a dict."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from veille.model import Document, EventReport, Place

Sources = Mapping[str, Document]  # doc_id -> the document a report came from


def place_record(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "id": place.id,
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "admin1": place.admin1,
    }


def report_record(report: EventReport, doc: Document | None) -> dict[str, Any]:
    """The contract's fields in the contract's order; killed/injured only when known."""
    record: dict[str, Any] = {
        "doc_id": report.doc_id,
        "incident_id": report.incident_id,
        "date": report.date,
        "date_precision": str(report.date_precision),
        "date_basis": str(report.date_basis),
        "place": place_record(report.place),
        "actor": report.actor,
        "target": report.target,
        "weapons": [str(w) for w in report.weapons],
        "count": report.count,
        "count_approx": report.count_approx,
        "claim": str(report.claim),
        "outcome": str(report.outcome),
        "casualties": str(report.casualties),
        "outlet": doc.outlet if doc else None,
        "url": doc.url if doc else None,
        "lang": doc.lang if doc else None,
        "evidence": [e.to_dict() for e in report.evidence],
    }
    _add_known(record, "killed", report.killed)
    _add_known(record, "injured", report.injured)
    return record


def _add_known(record: dict[str, Any], key: str, value: int | None) -> None:
    if value is not None:
        record[key] = value
