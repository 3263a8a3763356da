"""Writing documents, extractions and quarantine records inside a caller's transaction."""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from veille.model import Document, EventReport, Extraction, Quarantine, stable_id
from veille.store.rows import document_row, evidence_rows, report_row, tally_row
from veille.store.schema import documents, evidence, quarantine, reports, tallies, tally_evidence

PENDING = "pending"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def save_document(conn: Connection, doc: Document) -> str:
    known = conn.execute(
        select(documents.c.content_hash).where(documents.c.id == doc.id)
    ).scalar_one_or_none()
    if known is None:
        conn.execute(insert(documents).values(new_document_row(conn, doc)))
        return "new"
    if known == doc.content_hash:
        return "unchanged"
    clear_extraction(conn, doc.id)
    # The document keeps its first ingest position, so its incidents keep their ids.
    values = {**document_row(doc), "status": PENDING}
    conn.execute(update(documents).where(documents.c.id == doc.id).values(values))
    return "changed"


def new_document_row(conn: Connection, doc: Document) -> dict[str, Any]:
    last = conn.execute(select(func.max(documents.c.ingested_seq))).scalar()
    seq = 1 if last is None else last + 1
    return {**document_row(doc), "status": PENDING, "ingested_seq": seq, "ingested_at": now()}


def clear_extraction(conn: Connection, doc_id: str) -> None:
    # Children first: portable even where cascades are off.
    report_ids = select(reports.c.id).where(reports.c.doc_id == doc_id)
    conn.execute(delete(evidence).where(evidence.c.report_id.in_(report_ids)))
    conn.execute(delete(reports).where(reports.c.doc_id == doc_id))
    tally_ids = select(tallies.c.id).where(tallies.c.doc_id == doc_id)
    conn.execute(delete(tally_evidence).where(tally_evidence.c.tally_id.in_(tally_ids)))
    conn.execute(delete(tallies).where(tallies.c.doc_id == doc_id))


def extraction_status(ext: Extraction) -> str:
    if not ext.supported:
        return "unsupported"
    return "extracted" if ext.reports else "no-events"


def save_extraction(conn: Connection, ext: Extraction) -> None:
    clear_extraction(conn, ext.doc_id)
    numbered = numbered_reports(ext)
    report_rows = [{**report_row(r), "nth": nth} for r, nth in numbered]
    insert_many(conn, reports, report_rows)
    insert_many(conn, evidence, [
        row for r, _ in numbered for row in evidence_rows("report_id", r.id, r.evidence)
    ])
    save_tallies(conn, ext)
    status = extraction_status(ext)
    conn.execute(update(documents).where(documents.c.id == ext.doc_id).values(status=status))


def numbered_reports(ext: Extraction) -> list[tuple[EventReport, int]]:
    """Reports with unique seqs (renumbered if the extractor repeated one) and their nth."""
    items = ext.reports
    if len({r.seq for r in items}) != len(items) or any(r.doc_id != ext.doc_id for r in items):
        items = [dataclasses.replace(r, seq=i, doc_id=ext.doc_id) for i, r in enumerate(items)]
    seen: Counter[tuple[str | None, str | None]] = Counter()
    numbered = []
    for report in sorted(items, key=lambda r: r.seq):
        key = (report.place.id if report.place else None, report.date)
        numbered.append((report, seen[key]))
        seen[key] += 1
    return numbered


def save_tallies(conn: Connection, ext: Extraction) -> None:
    rows = [tally_row(t, ext.doc_id, i) for i, t in enumerate(ext.tallies)]
    insert_many(conn, tallies, rows)
    insert_many(conn, tally_evidence, [
        ev for row, t in zip(rows, ext.tallies, strict=True)
        for ev in evidence_rows("tally_id", row["id"], t.evidence)
    ])


def insert_many(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def quarantine_key(q: Quarantine) -> str:
    raw_hash = hashlib.sha256(q.raw).hexdigest() if q.raw is not None else ""
    return stable_id(q.source, str(q.line), q.code, raw_hash, size=32)


def save_quarantine(conn: Connection, q: Quarantine) -> bool:
    key = quarantine_key(q)
    if conn.execute(select(quarantine.c.key).where(quarantine.c.key == key)).first():
        return False
    conn.execute(insert(quarantine).values(
        key=key, source=q.source, line=q.line, code=q.code, reason=q.reason, raw=q.raw,
        first_seen=now(),
    ))
    return True
