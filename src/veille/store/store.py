"""Store: the one gateway to the database for every other stage."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, bindparam, select, update

from veille.model import Document, EventReport, Extraction, Incident, Place, Quarantine, Tally
from veille.resolve import ReviewLinks
from veille.store import places as place_table
from veille.store import review, writes
from veille.store.corrections import checked_value
from veille.store.engine import make_engine
from veille.store.queries import load_reports, load_tallies, report_query
from veille.store.rebuild import rebuild_incidents
from veille.store.rows import document_of
from veille.store.schema import check_columns, documents, incidents, metadata, quarantine, reports

if TYPE_CHECKING:
    from veille.geo.gazetteer import Gazetteer


class Store:
    """Documents, reports, incidents and reviewer decisions in one SQL database.

    Each call is its own transaction, unless made inside `with store.batch():`,
    which groups them into one (the pipeline writes a batch of documents so).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn: Connection | None = None

    @classmethod
    def open(cls, url: str | Path) -> Store:
        """A file path (SQLite) or a SQLAlchemy URL; creates the tables when missing."""
        engine = make_engine(url)
        metadata.create_all(engine)
        check_columns(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Run the calls made inside as one transaction (committed at the end)."""
        if self._conn is not None:
            yield
            return
        with self.engine.begin() as conn:
            self._conn = conn
            try:
                yield
            finally:
                self._conn = None

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        if self._conn is not None:
            yield self._conn
        else:
            with self.engine.begin() as conn:
                yield conn

    # -- ingest side ---------------------------------------------------------

    def save_document(self, doc: Document) -> str:
        """'new', 'unchanged' or 'changed' (same id, other text: its reports are dropped)."""
        with self._tx() as conn:
            return writes.save_document(conn, doc)

    def save_extraction(self, ext: Extraction) -> None:
        """Replace the document's reports and tallies and set its status."""
        with self._tx() as conn:
            writes.save_extraction(conn, ext)

    def save_quarantine(self, q: Quarantine) -> bool:
        """Record a bad input; False when the same one was already recorded."""
        with self._tx() as conn:
            return writes.save_quarantine(conn, q)

    # -- documents -------------------------------------------------------------

    def documents(self, lang: str | None = None, status: str | None = None) -> list[Document]:
        query = select(documents).order_by(documents.c.ingested_seq)
        if lang is not None:
            query = query.where(documents.c.lang == lang)
        if status is not None:
            query = query.where(documents.c.status == status)
        with self._tx() as conn:
            return [document_of(row) for row in conn.execute(query).mappings()]

    def document(self, doc_id: str) -> Document | None:
        with self._tx() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).mappings()
            found = row.first()
        return document_of(found) if found else None

    def document_status(self, doc_id: str) -> str | None:
        query = select(documents.c.status).where(documents.c.id == doc_id)
        with self._tx() as conn:
            return conn.execute(query).scalar_one_or_none()

    def publication_dates(self) -> dict[str, str | None]:
        with self._tx() as conn:
            rows = conn.execute(select(documents.c.id, documents.c.published))
            return {row.id: row.published for row in rows}

    # -- reports and incidents ---------------------------------------------------

    def reports(
        self, doc_id: str | None = None, incident_id: str | None = None, evidence: bool = True
    ) -> list[EventReport]:
        """Reports in ingest order, with incident id, reviewer corrections and (unless
        `evidence` is False) their evidence."""
        with self._tx() as conn:
            return load_reports(conn, report_query(doc_id, incident_id), evidence)

    def tallies(self, doc_id: str | None = None) -> list[Tally]:
        with self._tx() as conn:
            return load_tallies(conn, doc_id)

    def incidents(self) -> list[Incident]:
        """Every incident with its reports, most recent date first, then by id."""
        members: dict[str, list[EventReport]] = defaultdict(list)
        for report in self.reports():
            if report.incident_id:
                members[report.incident_id].append(report)
        with self._tx() as conn:
            rows = conn.execute(select(incidents.c.id, incidents.c.date)).all()
        rows.sort(key=lambda r: r.id)
        rows.sort(key=lambda r: r.date or "", reverse=True)
        return [Incident(id=row.id, reports=members[row.id]) for row in rows]

    def incident(self, incident_id: str) -> Incident | None:
        found = self.reports(incident_id=incident_id)
        return Incident(id=incident_id, reports=found) if found else None

    def incident_summaries(self) -> list[dict[str, Any]]:
        """The incidents table as dicts (counts of reports, documents and outlets included)."""
        with self._tx() as conn:
            return [dict(row) for row in conn.execute(select(incidents)).mappings()]

    def assign_incidents(self, mapping: Mapping[str, str]) -> int:
        """Set every report's incident (reports left out get none); returns the incident count."""
        rows = [{"rid": rid, "iid": iid} for rid, iid in mapping.items()]
        with self._tx() as conn:
            conn.execute(update(reports).values(incident_id=None))
            if rows:
                statement = (
                    update(reports)
                    .where(reports.c.id == bindparam("rid"))
                    .values(incident_id=bindparam("iid"))
                )
                conn.execute(statement, rows)
            return rebuild_incidents(conn)

    # -- reviewer decisions --------------------------------------------------------

    def merge_incidents(self, a: str, b: str) -> str:
        """Record and apply "a and b are one attack"; returns the surviving incident id."""
        with self._tx() as conn:
            keep = review.merge(conn, a, b)
            rebuild_incidents(conn)
            return keep

    def split_report(self, report_id: str) -> str:
        """Record and apply "this report is another attack"; returns its new incident id."""
        with self._tx() as conn:
            new_id = review.split(conn, report_id)
            rebuild_incidents(conn)
            return new_id

    def correct_report(self, report_id: str, field: str, value: Any) -> None:
        """Record a field correction; it applies now and after any re-extraction.

        Incidents are not re-resolved here (the store knows no rules): run
        `veille.pipeline.resolve_incidents` when a date or actor changed.
        """
        checked = checked_value(field, value)
        with self._tx() as conn:
            review.record_correction(conn, review.report_key(conn, report_id), field, checked)
            rebuild_incidents(conn)

    def review_links(self) -> ReviewLinks:
        with self._tx() as conn:
            return review.review_links(conn)

    # -- quarantine and places ---------------------------------------------------------

    def quarantined(self) -> list[Quarantine]:
        query = select(quarantine).order_by(quarantine.c.first_seen, quarantine.c.source)
        with self._tx() as conn:
            return [
                Quarantine(source=r.source, reason=r.reason, code=r.code, line=r.line, raw=r.raw)
                for r in conn.execute(query)
            ]

    def save_places(
        self, places: Iterable[Place], aliases: Iterable[tuple[str, str, str]] = ()
    ) -> int:
        """Add or replace imported places and their (lang, alias, place_id) aliases."""
        with self._tx() as conn:
            return place_table.save_places(conn, list(places), list(aliases))

    def gazetteer(self, base: Gazetteer) -> Gazetteer:
        """`base` (usually the shipped gazetteer) plus every imported place."""
        with self._tx() as conn:
            found, aliases = place_table.load_places(conn)
        return base.with_places(found, aliases) if found or aliases else base
