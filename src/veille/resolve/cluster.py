"""Greedy, order-stable grouping of reports into incidents by the resolution rules.

Reports are taken in ingest order, so a report ingested later can join an
incident but never re-shape the ones before it: ids stay put as sources arrive.
Dated reports group first; month and undated reports then attach to at most
one dated group, so they can never chain two different days together.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from veille.model import EventReport, Place
from veille.resolve.compat import (
    actor_fits,
    day_of,
    days_back,
    month_of,
    place_distance,
    places_agree,
)
from veille.resolve.options import ResolveOptions
from veille.vocab import DateBasis


@dataclass(slots=True)
class Group:
    """Reports believed to describe one attack; `order` is its earliest report's position."""

    order: int
    day: str | None
    members: list[EventReport] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    places: dict[str, Place | None] = field(default_factory=dict)  # distinct places of members

    def add(self, report: EventReport) -> Group:
        self.members.append(report)
        self.docs.add(report.doc_id)
        if report.actor:
            self.actors.add(report.actor)
        self.places[report.place.id if report.place else ""] = report.place
        return self


def fits(group: Group, report: EventReport, options: ResolveOptions) -> bool:
    if report.doc_id in group.docs or not actor_fits(report.actor, group.actors):
        return False
    return all(places_agree(p, report.place, options.max_km) for p in group.places.values())


def closeness(group: Group, report: EventReport) -> tuple[int, float, int]:
    """Smaller is better: same site first, then nearest, then the older group."""
    assert report.place is not None
    places = [p for p in group.places.values() if p is not None]
    same_site = any(p.id == report.place.id for p in places)
    nearest = min(place_distance(p, report.place) for p in places)
    return (0 if same_site else 1, nearest, group.order)


def best_fit(groups: list[Group], report: EventReport, options: ResolveOptions) -> Group | None:
    candidates = [g for g in groups if fits(g, report, options)]
    return min(candidates, key=lambda g: closeness(g, report)) if candidates else None


class Grouping:
    """The groups built so far, indexed by day for cheap blocking."""

    def __init__(self, options: ResolveOptions) -> None:
        self.options = options
        self.groups: list[Group] = []
        self.by_day: dict[str, list[Group]] = {}

    def start(self, order: int, report: EventReport, day: str | None = None) -> None:
        group = Group(order, day).add(report)
        self.groups.append(group)
        if day:
            self.by_day.setdefault(day, []).append(group)

    def add_dated(self, order: int, report: EventReport, day: str) -> None:
        group = best_fit(self.by_day.get(day, []), report, self.options)
        if group is None:
            self.start(order, report, day)
        else:
            group.add(report)

    def add_month(self, order: int, report: EventReport, month: str) -> None:
        # Join only an unambiguous day: two attacks that month leave it alone.
        days = [g for day, gs in self.by_day.items() if day.startswith(month) for g in gs]
        candidates = [g for g in days if fits(g, report, self.options)]
        if len(candidates) == 1:
            candidates[0].add(report)
        else:
            self.start(order, report)

    def add_undated(self, order: int, report: EventReport, published: str | None) -> None:
        group = self.recent_fit(report, published)
        if group is None:
            # Filed under its publication day, so that another undated report of the same
            # day and place finds it.
            self.start(order, report, report.date if report.date_basis == DateBasis.PUBLICATION
                       else None)
        else:
            group.add(report)

    def recent_fit(self, report: EventReport, published: str | None) -> Group | None:
        # Without a publication day there is no window to search in.
        if not published or len(published) != 10:
            return None
        for day in days_back(published, self.options.undated_window_days):
            group = best_fit(self.by_day.get(day, []), report, self.options)
            if group is not None:
                return group
        return None


def group_reports(
    reports: list[EventReport], published: Mapping[str, str | None], options: ResolveOptions
) -> list[Group]:
    """Group reports (given in ingest order) into incidents by the rules alone."""
    grouping = Grouping(options)
    ordered = list(enumerate(reports))
    for order, report in ordered:
        if report.place is None:
            grouping.start(order, report)
        elif day := day_of(report):
            grouping.add_dated(order, report, day)
    for order, report in ordered:
        if report.place is not None and (month := month_of(report)):
            grouping.add_month(order, report, month)
    for order, report in ordered:
        if report.place is not None and not day_of(report) and not month_of(report):
            grouping.add_undated(order, report, published.get(report.doc_id))
    return grouping.groups
