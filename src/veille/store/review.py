"""Reviewer decisions: recorded by report key, applied at once, replayed by resolve."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert, select, update

from veille.resolve import ReviewLinks, split_incident_id
from veille.store.errors import StoreError
from veille.store.queries import Key, row_key
from veille.store.schema import documents, incident_links, report_corrections, reports
from veille.store.writes import now


def report_key(conn: Connection, report_id: str) -> Key:
    row = conn.execute(select(reports).where(reports.c.id == report_id)).first()
    if row is None:
        raise StoreError(f"no report {report_id!r}")
    return row_key(row)


def anchor_of(conn: Connection, incident_id: str) -> tuple[tuple[int, int], str]:
    """(ingest position, report id) of the incident's earliest report."""
    query = (
        select(documents.c.ingested_seq, reports.c.seq, reports.c.id)
        .join(documents, documents.c.id == reports.c.doc_id)
        .where(reports.c.incident_id == incident_id)
        .order_by(documents.c.ingested_seq, reports.c.seq)
        .limit(1)
    )
    row = conn.execute(query).first()
    if row is None:
        raise StoreError(f"no incident {incident_id!r}")
    return (row.ingested_seq, row.seq), row.id


def merge(conn: Connection, a: str, b: str) -> str:
    """Merge incidents a and b; the one first ingested keeps its id, which is returned."""
    (order_a, anchor_a), (order_b, anchor_b) = anchor_of(conn, a), anchor_of(conn, b)
    if a == b:
        return a
    record_link(conn, "merge", report_key(conn, anchor_a), report_key(conn, anchor_b))
    keep, gone = (a, b) if order_a <= order_b else (b, a)
    conn.execute(update(reports).where(reports.c.incident_id == gone).values(incident_id=keep))
    return keep


def split(conn: Connection, report_id: str) -> str:
    """Move a report into an incident of its own; returns that incident's id."""
    key = report_key(conn, report_id)
    current = conn.execute(select(reports.c.incident_id).where(reports.c.id == report_id)).scalar()
    record_link(conn, "split", key, None)
    others = conn.execute(
        select(reports.c.id).where(reports.c.incident_id == current, reports.c.id != report_id)
    ).first()
    if current is None or others is None:
        return current or split_incident_id(report_id)
    new_id = split_incident_id(report_id)
    conn.execute(update(reports).where(reports.c.id == report_id).values(incident_id=new_id))
    return new_id


def record_link(conn: Connection, action: str, key: Key, other: Key | None) -> None:
    doc_id, place_id, date, nth = key
    o_doc, o_place, o_date, o_nth = other or (None, None, None, None)
    conn.execute(insert(incident_links).values(
        action=action, doc_id=doc_id, place_id=place_id, date=date, nth=nth,
        other_doc_id=o_doc, other_place_id=o_place, other_date=o_date, other_nth=o_nth,
        decided_at=now(),
    ))


def record_correction(conn: Connection, key: Key, field: str, value: Any) -> None:
    doc_id, place_id, date, nth = key
    conn.execute(insert(report_corrections).values(
        doc_id=doc_id, place_id=place_id, date=date, nth=nth, field=field,
        value=json.dumps(value), decided_at=now(),
    ))


def review_links(conn: Connection) -> ReviewLinks:
    """Recorded decisions, in the order taken, on today's report ids."""
    current = {row_key(row): row.id for row in conn.execute(select(reports))}
    links = ReviewLinks()
    for row in conn.execute(select(incident_links).order_by(incident_links.c.id)):
        report_id = current.get((row.doc_id, row.place_id, row.date, row.nth))
        other = (row.other_doc_id, row.other_place_id, row.other_date, row.other_nth)
        if row.action == "split" and report_id:
            links.split(report_id)
        elif row.action == "merge" and report_id and current.get(other):
            links.merge(report_id, current[other])
    return links
