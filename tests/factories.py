"""Hand-built places and reports for resolve and store tests (no extractor involved)."""

from __future__ import annotations

from veille.model import EventReport, Place

OMAR = Place("omar", "Al-Omar oil field", "SY", "Deir ez-Zor", 35.07, 40.44, "oilfield")
# About 10 km from al-Omar: sources name the two interchangeably.
GREEN_VILLAGE = Place("green_village", "Green Village", "SY", "Deir ez-Zor", 35.02, 40.53, "base")
CONOCO = Place("conoco", "Conoco gas field", "SY", "Deir ez-Zor", 35.38, 40.28, "oilfield")
AIN_ASAD = Place("ain_asad", "Ain al-Asad Air Base", "IQ", "Anbar", 33.80, 42.44, "base")


def report(
    doc_id: str,
    place: Place | None = OMAR,
    date: str | None = "2024-01-08",
    actor: str | None = "Islamic Resistance in Iraq",
    seq: int = 0,
    weapons: tuple[str, ...] = ("rocket",),
) -> EventReport:
    precision = "unknown" if date is None else ("day" if len(date) == 10 else "month")
    return EventReport(
        doc_id=doc_id, seq=seq, place=place, date=date, date_precision=precision,
        actor=actor, weapons=list(weapons),
    )
