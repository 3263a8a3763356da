"""Model objects <-> table rows. Nothing here touches the database."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from veille.model import Document, EventReport, Evidence, Place, Tally

DOCUMENT_FIELDS = (
    "id", "url", "outlet", "published", "published_precision", "lang",
    "lang_confidence", "title", "source", "kind", "text",
)


def document_row(doc: Document) -> dict[str, Any]:
    row = {name: getattr(doc, name) for name in DOCUMENT_FIELDS}
    row["content_hash"] = doc.content_hash
    return row


def document_of(row: Mapping[str, Any]) -> Document:
    return Document(**{name: row[name] for name in DOCUMENT_FIELDS})


def report_row(report: EventReport) -> dict[str, Any]:
    return {
        "id": report.id, "doc_id": report.doc_id, "seq": report.seq,
        **place_columns(report.place),
        "date": report.date, "date_precision": str(report.date_precision),
        "date_basis": str(report.date_basis), "actor": report.actor, "target": report.target,
        "weapons": json.dumps([str(w) for w in report.weapons]),
        "count": report.count, "count_approx": report.count_approx,
        "claim": str(report.claim), "outcome": str(report.outcome),
        "casualties": str(report.casualties),
        "killed": report.killed, "injured": report.injured,
        "incident_id": report.incident_id,
    }


def place_columns(place: Place | None) -> dict[str, Any]:
    if place is None:
        return dict.fromkeys(
            ("place_id", "place_name", "lat", "lon", "country", "admin1", "place_kind")
        )
    return {
        "place_id": place.id, "place_name": place.name, "lat": place.lat, "lon": place.lon,
        "country": place.country, "admin1": place.admin1, "place_kind": place.kind,
    }


def place_of(row: Mapping[str, Any]) -> Place | None:
    if row["place_id"] is None:
        return None
    return Place(
        id=row["place_id"], name=row["place_name"], country=row["country"],
        admin1=row["admin1"], lat=row["lat"], lon=row["lon"], kind=row["place_kind"],
    )


def report_of(row: Mapping[str, Any], evidence: list[Evidence]) -> EventReport:
    return EventReport(
        doc_id=row["doc_id"], seq=row["seq"], place=place_of(row),
        date=row["date"], date_precision=row["date_precision"], date_basis=row["date_basis"],
        actor=row["actor"], target=row["target"], weapons=json.loads(row["weapons"]),
        count=row["count"], count_approx=bool(row["count_approx"]),
        claim=row["claim"], outcome=row["outcome"], casualties=row["casualties"],
        killed=row["killed"], injured=row["injured"],
        evidence=evidence, incident_id=row["incident_id"],
    )


def tally_row(tally: Tally, doc_id: str, seq: int) -> dict[str, Any]:
    return {
        "id": f"{doc_id}#t{seq}", "doc_id": doc_id, "seq": seq,
        "count": tally.count, "since": tally.since, "as_of": tally.as_of, "by": tally.by,
        "scope": tally.scope, "count_approx": tally.count_approx,
    }


def tally_of(row: Mapping[str, Any], evidence: list[Evidence]) -> Tally:
    return Tally(
        doc_id=row["doc_id"], count=row["count"], since=row["since"], as_of=row["as_of"],
        by=row["by"], scope=row["scope"], count_approx=bool(row["count_approx"]),
        evidence=evidence,
    )


def evidence_rows(owner: str, owner_id: str, items: list[Evidence]) -> list[dict[str, Any]]:
    return [
        {owner: owner_id, "field": e.field, "start": e.start, "end": e.end, "text": e.text}
        for e in items
    ]


def evidence_of(row: Mapping[str, Any]) -> Evidence:
    return Evidence(field=row["field"], start=row["start"], end=row["end"], text=row["text"])


def place_row(place: Place) -> dict[str, Any]:
    return place.to_dict()


def place_from_row(row: Mapping[str, Any]) -> Place:
    return Place(**{f.name: row[f.name] for f in fields(Place)})
