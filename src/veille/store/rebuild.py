"""Recomputing incident rows from the reports they hold."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, delete, select

from veille.model import EventReport
from veille.store.queries import load_reports, report_query
from veille.store.schema import documents, incidents
from veille.store.summary import incident_row
from veille.store.writes import insert_many


def rebuild_incidents(conn: Connection) -> int:
    """Replace every incident row; returns how many incidents there are."""
    members: dict[str, list[EventReport]] = defaultdict(list)
    for report in load_reports(conn, report_query(), with_evidence=False):
        if report.incident_id:
            members[report.incident_id].append(report)
    docs = conn.execute(select(documents.c.id, documents.c.outlet, documents.c.ingested_seq))
    outlets, seqs = {}, {}
    for row in docs:
        outlets[row.id], seqs[row.id] = row.outlet, row.ingested_seq
    rows = [
        incident_row(iid, reports, seqs[reports[0].doc_id], outlets)
        for iid, reports in members.items()
    ]
    conn.execute(delete(incidents))
    insert_many(conn, incidents, rows)
    return len(rows)
