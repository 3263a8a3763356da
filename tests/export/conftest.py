"""Hand-built reports and incidents: two documents describe one rocket attack on a base."""

from __future__ import annotations

import pytest

from factories import OMAR
from veille.model import Document, EventReport, Evidence, Incident


@pytest.fixture
def sources() -> dict[str, Document]:
    return {
        "d1": Document(
            "d1",
            "Des roquettes ont visé la base d'al-Omar lundi.",
            url="http://a/1",
            outlet="Outlet A",
            lang="fr",
        ),
        "d2": Document(
            "d2", "Rockets hit al-Omar on Monday.", url="http://b/2", outlet="Outlet B", lang="en"
        ),
    }


@pytest.fixture
def omar_reports() -> list[EventReport]:
    first = EventReport(
        doc_id="d1",
        place=OMAR,
        date="2024-01-08",
        date_precision="day",
        actor="Islamic Resistance in Iraq",
        target="US forces",
        weapons=["rocket"],
        count=30,
        count_approx=True,
        claim="claimed",
        outcome="hit",
        casualties="unknown",
        evidence=[Evidence("place", 30, 37, "al-Omar")],
        incident_id="inc1",
    )
    second = EventReport(
        doc_id="d2",
        place=OMAR,
        date="2024-01-08",
        date_precision="day",
        actor=None,
        target="US forces",
        weapons=["rocket", "drone"],
        claim="confirmed",
        outcome="hit",
        casualties="some",
        killed=2,
        incident_id="inc1",
    )
    return [first, second]


@pytest.fixture
def incidents(omar_reports: list[EventReport]) -> list[Incident]:
    unplaced = EventReport(
        doc_id="d2",
        date="2024-01",
        date_precision="month",
        weapons=["ied"],
        outcome="intercepted",
        incident_id="inc2",
        seq=1,
    )
    return [Incident("inc1", omar_reports), Incident("inc2", [unplaced])]
