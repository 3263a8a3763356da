"""Documents and extractions around the shared hand-built reports (tests/factories.py)."""

from __future__ import annotations

from factories import AIN_ASAD, CONOCO, GREEN_VILLAGE, OMAR, report
from veille.model import Document, EventReport, Evidence, Extraction

__all__ = ["AIN_ASAD", "CONOCO", "GREEN_VILLAGE", "OMAR", "document", "extraction", "report",
           "with_evidence"]


def document(doc_id: str, text: str = "Une attaque a visé la base.", **fields: object) -> Document:
    return Document(id=doc_id, text=text, **fields)  # type: ignore[arg-type]


def extraction(doc_id: str, *reports: EventReport) -> Extraction:
    return Extraction(doc_id=doc_id, reports=list(reports), lang="fr")


def with_evidence(r: EventReport) -> EventReport:
    r.evidence = [Evidence("place", 0, 4, "Une "), Evidence("weapons", 5, 12, "attaque")]
    return r
