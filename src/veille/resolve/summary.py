"""Corroboration counts: how many documents and distinct outlets support an incident."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from veille.model import EventReport


def corroboration(
    reports: Iterable[EventReport], outlets: Mapping[str, str | None]
) -> tuple[int, int]:
    """(n_documents, n_outlets); a document of unknown outlet counts as its own outlet."""
    doc_ids = {r.doc_id for r in reports}
    sources = {outlets.get(d) or f"document:{d}" for d in doc_ids}
    return len(doc_ids), len(sources)
