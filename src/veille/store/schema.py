"""The database schema, in SQLAlchemy Core so SQLite and PostgreSQL share it.

Portable on purpose: JSON is stored as TEXT and no query uses dialect-only SQL.
Report and tally rows hold what extraction produced; reviewer corrections and
links live in their own tables so re-extraction can replace reports freely.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
)

from veille.store.errors import StoreError

metadata = MetaData()


def _place_columns() -> list[Column]:
    """Where a report or incident happened, copied from the gazetteer so rows read alone."""
    return [
        Column("place_id", String),
        Column("place_name", String),
        Column("lat", Float),
        Column("lon", Float),
        Column("country", String(2)),
        Column("admin1", String),
    ]

documents = Table(
    "documents",
    metadata,
    Column("id", String, primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("url", Text),
    Column("outlet", String),
    Column("published", String(10)),
    Column("published_precision", String(10), nullable=False),
    Column("lang", String(16)),
    Column("lang_confidence", Float),
    Column("title", Text),
    Column("source", Text),
    Column("kind", String(16), nullable=False),
    Column("text", Text, nullable=False),
    # pending (stored, not yet extracted) | extracted | unsupported | no-events
    Column("status", String(16), nullable=False),
    Column("ingested_seq", Integer, nullable=False, unique=True),
    Column("ingested_at", String(32), nullable=False),
)

reports = Table(
    "reports",
    metadata,
    Column("id", String, primary_key=True),  # doc_id#seq
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    # position among this document's reports of the same (place_id, date): with
    # them, the key reviewer decisions use to find the report after re-extraction
    Column("nth", Integer, nullable=False),
    *_place_columns(),
    Column("place_kind", String),
    Column("date", String(10)),
    Column("date_precision", String(10), nullable=False),
    Column("date_basis", String(16), nullable=False),
    Column("actor", String),
    Column("target", String),
    Column("weapons", Text, nullable=False),  # JSON list
    Column("count", Integer),
    Column("count_approx", Boolean, nullable=False),
    Column("claim", String(16), nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("casualties", String(16), nullable=False),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("incident_id", String),
    Index("ix_reports_doc", "doc_id"),
    Index("ix_reports_incident", "incident_id"),
)

def _evidence_table(name: str, owner: str, owner_table: str) -> Table:
    """The characters supporting each field of a report or tally (same shape for both)."""
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(owner, String, ForeignKey(f"{owner_table}.id", ondelete="CASCADE"), nullable=False),
        Column("field", String, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Index(f"ix_{name}_{owner_table}", owner),
    )


evidence = _evidence_table("evidence", "report_id", "reports")

tallies = Table(
    "tallies",
    metadata,
    Column("id", String, primary_key=True),  # doc_id#t<seq>
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("count", Integer, nullable=False),
    Column("since", String(10)),
    Column("as_of", String(10)),
    Column("by", String),
    Column("scope", Text),
    Column("count_approx", Boolean, nullable=False),
    Index("ix_tallies_doc", "doc_id"),
)

tally_evidence = _evidence_table("tally_evidence", "tally_id", "tallies")

incidents = Table(
    "incidents",
    metadata,
    Column("id", String, primary_key=True),
    Column("first_seq", Integer, nullable=False),  # ingest position of its earliest report
    Column("date", String(10)),
    Column("date_precision", String(10), nullable=False),
    *_place_columns(),
    Column("actor", String),
    Column("target", String),
    Column("weapons", Text, nullable=False),  # JSON list
    Column("claim", String(16), nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("casualties", String(16), nullable=False),
    Column("n_reports", Integer, nullable=False),
    Column("n_documents", Integer, nullable=False),
    Column("n_outlets", Integer, nullable=False),
)

quarantine = Table(
    "quarantine",
    metadata,
    # stable hash of (source, line, code, raw): the same bad input is recorded once
    Column("key", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("line", Integer),
    Column("code", String, nullable=False),
    Column("reason", Text, nullable=False),
    Column("raw", LargeBinary),
    Column("first_seen", String(32), nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("country", String(2), nullable=False),
    Column("admin1", String),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("kind", String, nullable=False),
)

place_aliases = Table(
    "place_aliases",
    metadata,
    Column("lang", String(16), nullable=False),  # a language code, or "*" for any
    Column("alias", String, nullable=False),
    # no foreign key: an alias may name a shipped place that has no row here
    Column("place_id", String, nullable=False),
    UniqueConstraint("lang", "alias", "place_id", name="uq_place_alias"),
)

# Reviewer decisions name reports by (doc_id, place_id, date, nth) as extracted,
# not by doc_id#seq, so they still find their report after re-extraction.
incident_links = Table(
    "incident_links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(8), nullable=False),  # merge | split
    Column("doc_id", String, nullable=False),
    Column("place_id", String),
    Column("date", String(10)),
    Column("nth", Integer, nullable=False),
    Column("other_doc_id", String),
    Column("other_place_id", String),
    Column("other_date", String(10)),
    Column("other_nth", Integer),
    Column("decided_at", String(32), nullable=False),
)

report_corrections = Table(
    "report_corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String, nullable=False),
    Column("place_id", String),
    Column("date", String(10)),
    Column("nth", Integer, nullable=False),
    Column("field", String, nullable=False),
    Column("value", Text),  # JSON
    Column("decided_at", String(32), nullable=False),
)


def check_columns(engine: Engine) -> None:
    """Refuse a database made by an older Veille whose tables lack columns this one
    writes: a clear message now rather than a failed insert mid-batch."""
    inspector = inspect(engine)
    for table in metadata.sorted_tables:
        have = {c["name"] for c in inspector.get_columns(table.name)}
        missing = sorted(c.name for c in table.columns if c.name not in have)
        if missing:
            raise StoreError(
                f"the database's table {table.name!r} lacks column(s) {', '.join(missing)}: "
                "it was made by an older Veille; ingest again into a new database"
            )
