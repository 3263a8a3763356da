"""Reviewer decisions applied on top of the rule-based groups: they always win."""

from __future__ import annotations

from dataclasses import dataclass, field

from veille.resolve.ids import split_incident_id
from veille.resolve.options import Decision, ReviewLinks


@dataclass(slots=True)
class Incidents:
    """Report id -> incident id, with each incident's anchor position (earliest ingested)."""

    of_report: dict[str, str] = field(default_factory=dict)
    anchor: dict[str, int] = field(default_factory=dict)

    def members(self, incident_id: str) -> list[str]:
        return [rid for rid, iid in self.of_report.items() if iid == incident_id]


def merge(incidents: Incidents, report_id: str, other_id: str) -> None:
    a = incidents.of_report.get(report_id)
    b = incidents.of_report.get(other_id)
    if a is None or b is None or a == b:
        return  # a decision about reports that no longer exist is kept but inert
    keep, gone = sorted((a, b), key=lambda i: incidents.anchor[i])
    for rid in incidents.members(gone):
        incidents.of_report[rid] = keep
    del incidents.anchor[gone]


def split(incidents: Incidents, report_id: str, order: int) -> None:
    current = incidents.of_report.get(report_id)
    if current is None or len(incidents.members(current)) == 1:
        return
    new_id = split_incident_id(report_id)
    incidents.of_report[report_id] = new_id
    incidents.anchor[new_id] = order


def apply_decisions(incidents: Incidents, links: ReviewLinks, order: dict[str, int]) -> None:
    for decision in links.decisions:
        apply_decision(incidents, decision, order)


def apply_decision(incidents: Incidents, decision: Decision, order: dict[str, int]) -> None:
    if decision.action == "merge" and decision.other_id is not None:
        merge(incidents, decision.report_id, decision.other_id)
    elif decision.action == "split" and decision.report_id in order:
        split(incidents, decision.report_id, order[decision.report_id])
