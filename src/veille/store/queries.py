"""Reading reports, tallies and review decisions back as model objects."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, Select, select

from veille.model import EventReport, Evidence, Tally
from veille.store.corrections import apply_correction
from veille.store.rows import evidence_of, report_of, tally_of
from veille.store.schema import (
    documents,
    evidence,
    report_corrections,
    reports,
    tallies,
    tally_evidence,
)

Key = tuple[str, str | None, str | None, int]  # doc_id, place_id, date, nth


def report_query(doc_id: str | None = None, incident_id: str | None = None) -> Select[Any]:
    """Report rows in ingest order, optionally for one document or incident."""
    query = (
        select(reports, documents.c.ingested_seq)
        .join(documents, documents.c.id == reports.c.doc_id)
        .order_by(documents.c.ingested_seq, reports.c.seq)
    )
    if doc_id is not None:
        query = query.where(reports.c.doc_id == doc_id)
    if incident_id is not None:
        query = query.where(reports.c.incident_id == incident_id)
    return query


def row_key(row: Any) -> Key:
    return (row.doc_id, row.place_id, row.date, row.nth)


def load_reports(conn: Connection, query: Select[Any], with_evidence: bool = True) -> list[EventReport]:
    """Reports of `query` with reviewer corrections applied, and their evidence unless
    the caller only weighs fields (resolution, incident summaries)."""
    rows = conn.execute(query).all()
    ids = [row.id for row in rows]
    found = evidence_by_owner(conn, evidence, evidence.c.report_id, ids) if with_evidence else {}
    fixes = corrections_by_key(conn, {row.doc_id for row in rows})
    loaded = []
    for row in rows:
        report = report_of(row._mapping, found.get(row.id, []))
        for field, value in fixes.get(row_key(row), []):
            apply_correction(report, field, value)
        loaded.append(report)
    return loaded


def evidence_by_owner(
    conn: Connection, table: Any, owner: Any, owner_ids: list[str]
) -> dict[str, list[Evidence]]:
    found: dict[str, list[Evidence]] = defaultdict(list)
    for chunk in chunks(owner_ids):
        query = select(table).where(owner.in_(chunk)).order_by(table.c.id)
        for row in conn.execute(query).mappings():
            found[row[owner.name]].append(evidence_of(row))
    return found


def corrections_by_key(conn: Connection, doc_ids: set[str]) -> dict[Key, list[tuple[str, Any]]]:
    """Corrections per report key, oldest first so the latest one wins."""
    fixes: dict[Key, list[tuple[str, Any]]] = defaultdict(list)
    table = report_corrections
    for chunk in chunks(sorted(doc_ids)):
        query = select(table).where(table.c.doc_id.in_(chunk)).order_by(table.c.id)
        for row in conn.execute(query):
            fixes[row_key(row)].append((row.field, row.value))
    return fixes


def load_tallies(conn: Connection, doc_id: str | None) -> list[Tally]:
    query = (
        select(tallies)
        .join(documents, documents.c.id == tallies.c.doc_id)
        .order_by(documents.c.ingested_seq, tallies.c.seq)
    )
    if doc_id is not None:
        query = query.where(tallies.c.doc_id == doc_id)
    rows = conn.execute(query).mappings().all()
    ids = [row["id"] for row in rows]
    found = evidence_by_owner(conn, tally_evidence, tally_evidence.c.tally_id, ids)
    return [tally_of(row, found.get(row["id"], [])) for row in rows]


def chunks(items: list[str], size: int = 500) -> list[list[str]]:
    # Keeps IN (...) lists under every backend's bound-parameter limit.
    return [items[i : i + size] for i in range(0, len(items), size)]
