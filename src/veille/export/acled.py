"""CSV writer in ACLED's column layout, one row per incident, then Veille's own columns."""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TextIO

from veille.export import acled_map as acled
from veille.export.notes import incident_notes
from veille.export.records import Sources
from veille.export.summary import IncidentSummary, summarize
from veille.model import Incident

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
VEILLE_COLUMNS = ["incident_id", "claim", "outcome", "weapons", "n_sources", "doc_ids"]
COLUMNS = ACLED_COLUMNS + VEILLE_COLUMNS


@dataclass(slots=True)
class CsvOptions:
    timestamp: int | None = None  # ACLED's last-modified stamp; None = now


def write_csv(
    incidents: Iterable[Incident], sources: Sources, out: TextIO, options: CsvOptions | None = None
) -> int:
    """Write one row per incident; return how many rows were written."""
    stamp = (options.timestamp if options else None) or int(time.time())
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    written = 0
    for incident in incidents:
        writer.writerow(incident_row(summarize(incident, sources), stamp))
        written += 1
    return written


def incident_row(summary: IncidentSummary, stamp: int) -> dict[str, Any]:
    return {
        **_when(summary),
        **_who(summary),
        **_where(summary),
        "source": "; ".join(summary.outlets),
        "source_scale": "",
        "notes": incident_notes(summary),
        "fatalities": summary.killed or 0,
        "tags": "intercepted" if summary.outcome == "intercepted" else "",
        "timestamp": stamp,
        **_veille(summary),
    }


def _when(summary: IncidentSummary) -> dict[str, Any]:
    event_date = summary.date if summary.date_precision == "day" else None
    if summary.date and summary.date_precision == "month":
        event_date = summary.date[:7] + "-01"  # ACLED dates a month-precise event to its first day
    country = acled.country_of(summary.place)
    kind, sub_kind = acled.event_type(summary)
    return {
        "event_id_cnty": f"{country.iso3 if country else 'XXX'}{summary.id}",
        "event_date": event_date or "",
        "year": event_date[:4] if event_date else "",
        "time_precision": acled.time_precision(summary.date_precision, summary.date_basis),
        "disorder_type": acled.DISORDER,
        "event_type": kind,
        "sub_event_type": sub_kind,
    }


def _who(summary: IncidentSummary) -> dict[str, Any]:
    country = acled.country_of(summary.place)
    inter1 = acled.inter_of(summary.actor)
    inter2 = acled.inter_of(summary.target) if summary.target else ""
    return {
        "actor1": acled.actor_name(summary.actor, country),
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": summary.target or "",
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": acled.interaction(inter1, inter2) if inter2 else inter1,
        "civilian_targeting": "",
    }


def _where(summary: IncidentSummary) -> dict[str, Any]:
    place = summary.place
    country = acled.country_of(place)
    return {
        "iso": country.iso if country else "",
        "region": country.region if country else "",
        "country": country.name if country else (place.country if place else ""),
        "admin1": (place.admin1 or "") if place else "",
        "admin2": "",
        "admin3": "",
        "location": place.name if place else "",
        "latitude": place.lat if place else "",
        "longitude": place.lon if place else "",
        "geo_precision": acled.geo_precision(place) or "",
    }


def _veille(summary: IncidentSummary) -> dict[str, Any]:
    return {
        "incident_id": summary.id,
        "claim": summary.claim,
        "outcome": summary.outcome,
        "weapons": ";".join(summary.weapons),
        "n_sources": summary.n_sources,
        "doc_ids": ";".join(summary.doc_ids),
    }
