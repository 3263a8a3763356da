"""Incident ids: derived from one report id so they survive re-runs and new sources."""

from __future__ import annotations

from veille.model import stable_id


def incident_id_for(anchor_report_id: str) -> str:
    """The id of an incident whose earliest-ingested report is `anchor_report_id`."""
    return "inc-" + stable_id(anchor_report_id)


def split_incident_id(report_id: str) -> str:
    """The id of the incident a reviewer split `report_id` out into.

    Distinct from `incident_id_for` so the incident it left keeps its own id
    even when the split report was that incident's anchor.
    """
    return "inc-" + stable_id("split", report_id)
