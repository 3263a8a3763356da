"""GeoJSON writer: a FeatureCollection of incidents for QGIS and web maps."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TextIO

from veille.export.records import Sources
from veille.export.summary import IncidentSummary, summarize
from veille.model import Incident


@dataclass(slots=True)
class GeojsonResult:
    written: int = 0
    unlocated: int = 0  # incidents left out because no source placed them


def write_geojson(incidents: Iterable[Incident], sources: Sources, out: TextIO) -> GeojsonResult:
    result = GeojsonResult()
    features = []
    for incident in incidents:
        summary = summarize(incident, sources)
        if summary.place is None:
            result.unlocated += 1
            continue
        features.append(incident_feature(summary))
    result.written = len(features)
    collection = {"type": "FeatureCollection", "features": features}
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")
    return result


def incident_feature(summary: IncidentSummary) -> dict[str, Any]:
    place = summary.place
    assert place is not None  # callers leave unlocated incidents out
    return {
        "type": "Feature",
        "id": summary.id,
        "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
        "properties": {
            "incident_id": summary.id,
            "date": summary.date,
            "place": place.name,
            "country": place.country,
            "actor": summary.actor,
            "target": summary.target,
            "weapons": ", ".join(summary.weapons),
            "claim": summary.claim,
            "outcome": summary.outcome,
            "n_sources": summary.n_sources,
            "doc_ids": ", ".join(summary.doc_ids),
        },
    }
