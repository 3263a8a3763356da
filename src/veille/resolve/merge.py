"""resolve(): event reports of many documents -> incident id per report."""

from __future__ import annotations

from collections.abc import Mapping

from veille.model import EventReport
from veille.resolve.cluster import Group, group_reports
from veille.resolve.ids import incident_id_for
from veille.resolve.options import ResolveOptions, ReviewLinks
from veille.resolve.review import Incidents, apply_decisions


def resolve(
    reports: list[EventReport],
    links: ReviewLinks | None = None,
    options: ResolveOptions | None = None,
    published: Mapping[str, str | None] | None = None,
) -> dict[str, str]:
    """Map every report id to its incident id.

    `reports` must come in ingest order (document ingest sequence, then report
    seq): an incident's id is derived from its earliest report, so the order is
    what keeps ids stable when later documents join. `published` maps doc_id to
    its publication date, which bounds how far back an undated report may attach.
    """
    options = options or ResolveOptions()
    order = {r.id: i for i, r in enumerate(reports)}
    groups = group_reports(reports, published or {}, options)
    incidents = name_groups(groups, order)
    apply_decisions(incidents, links or ReviewLinks(), order)
    return incidents.of_report


def name_groups(groups: list[Group], order: dict[str, int]) -> Incidents:
    incidents = Incidents()
    for group in groups:
        anchor = min(group.members, key=lambda r: order[r.id])
        incident_id = incident_id_for(anchor.id)
        incidents.anchor[incident_id] = order[anchor.id]
        for report in group.members:
            incidents.of_report[report.id] = incident_id
    return incidents
