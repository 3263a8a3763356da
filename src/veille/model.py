"""The one data model shared by every stage: ingest, extract, geo, resolve, store, export.

Plain dataclasses so the same objects travel through the CLI, tests and Spark
workers (they pickle) without an ORM in the way.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from veille.vocab import Casualties, Claim, DateBasis, DatePrecision, Outcome


def stable_id(*parts: str, size: int = 16) -> str:
    """A short content hash: the same inputs always give the same id."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:size]


@dataclass(slots=True)
class Document:
    """One input report, stored raw before anything is extracted from it."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # "YYYY-MM-DD" or "YYYY-MM"
    published_precision: str = DatePrecision.UNKNOWN
    lang: str | None = None
    lang_confidence: float | None = None  # 1.0 when the input declared it
    title: str | None = None
    source: str | None = None  # the file (and line) it was read from
    kind: str = "text"  # txt, html, jsonl, rss, warc, telegram

    @property
    def content_hash(self) -> str:
        return stable_id(self.text, size=32)


@dataclass(slots=True, frozen=True)
class Evidence:
    """The characters of the document that support one field."""

    field: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True, frozen=True)
class Place:
    """A gazetteer entry."""

    id: str
    name: str
    country: str  # ISO 3166-1 alpha-2
    admin1: str | None
    lat: float
    lon: float
    kind: str  # base, airport, oilfield, city, governorate, crossing, embassy, region, ...

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True, kw_only=True)
class EventFields:
    """What is said about one attack; a report states it, an incident summary agrees on it."""

    place: Place | None = None
    date: str | None = None  # "YYYY-MM-DD", "YYYY-MM" or None
    date_precision: str = DatePrecision.UNKNOWN
    date_basis: str = DateBasis.TEXT  # PUBLICATION: no words date it (so no date evidence)
    actor: str | None = None
    target: str | None = None
    weapons: list[str] = field(default_factory=list)
    count: int | None = None
    count_approx: bool = False
    claim: str = Claim.REPORTED
    outcome: str = Outcome.UNKNOWN
    casualties: str = Casualties.UNKNOWN
    killed: int | None = None
    injured: int | None = None


@dataclass(slots=True)
class EventReport(EventFields):
    """One attack (or attempt) by one side on one place and day, as one document states it."""

    doc_id: str
    evidence: list[Evidence] = field(default_factory=list)
    incident_id: str | None = None
    seq: int = 0  # order within the document

    @property
    def id(self) -> str:
        return f"{self.doc_id}#{self.seq}"

    def evidence_for(self, name: str) -> list[Evidence]:
        return [e for e in self.evidence if e.field == name]


@dataclass(slots=True)
class Tally:
    """An aggregate count statement: "118 attacks since 17 October", says who."""

    doc_id: str
    count: int
    since: str | None = None
    as_of: str | None = None
    by: str | None = None
    scope: str | None = None
    count_approx: bool = False
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Incident:
    """The attack in the world: the reports of many documents that describe it."""

    id: str
    reports: list[EventReport] = field(default_factory=list)

    @property
    def doc_ids(self) -> set[str]:
        return {r.doc_id for r in self.reports}


@dataclass(slots=True)
class Quarantine:
    """An input Veille could not take, kept with the reason instead of being dropped."""

    source: str
    reason: str
    code: str
    line: int | None = None
    raw: bytes | None = None


@dataclass(slots=True)
class Extraction:
    """What extraction yields for one document."""

    doc_id: str
    reports: list[EventReport] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    lang: str | None = None
    supported: bool = True
