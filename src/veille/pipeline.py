"""The one place that knows the order of stages: ingest -> store -> extract -> resolve.

Every document is stored before it is extracted, so an input that breaks the
extractor is still kept (as 'pending') and retried on the next run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from veille.ingest import IngestOptions, read_inputs
from veille.model import Document, Extraction, Quarantine
from veille.resolve import ResolveOptions, resolve
from veille.runtime import tune_for_batch

if TYPE_CHECKING:
    from veille.extract import Extractor
    from veille.geo.gazetteer import Gazetteer
    from veille.store import Store

Progress = Callable[[int], None]


@dataclass
class RunOptions:
    ingest: IngestOptions = field(default_factory=IngestOptions)
    batch_size: int = 200  # documents per transaction
    resolve: ResolveOptions = field(default_factory=ResolveOptions)
    tune_process: bool = True  # a batch run owns its process: see veille.runtime


@dataclass
class IngestReport:
    """What one run took, and what it could not."""

    new: int = 0
    unchanged: int = 0
    changed: int = 0
    unsupported: int = 0
    no_events: int = 0
    reports: int = 0
    tallies: int = 0
    incidents: int = 0  # in the whole store after the run
    quarantined: list[Quarantine] = field(default_factory=list)  # this run's

    @property
    def exit_code(self) -> int:
        return 1 if self.quarantined else 0

    def count_extraction(self, ext: Extraction) -> None:
        self.reports += len(ext.reports)
        self.tallies += len(ext.tallies)
        if not ext.supported:
            self.unsupported += 1
        elif not ext.reports:
            self.no_events += 1


def run_ingest(
    paths: Sequence[Path],
    store: Store,
    options: RunOptions | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read, store, extract and resolve every input; bad inputs are quarantined, not fatal."""
    options = options or RunOptions()
    extractor = make_extractor(store.gazetteer(shipped_gazetteer()))
    if options.tune_process:
        tune_for_batch()
    report = IngestReport()
    for batch in batched(read_inputs(paths, options.ingest), options.batch_size):
        to_extract = store_batch(batch, store, report)
        results = [extract_one(doc, extractor) for doc in to_extract]
        save_results(results, store, report)
        if progress is not None:
            progress(len(batch))
    report.incidents = resolve_incidents(store, options.resolve)
    return report


def store_batch(
    batch: list[Document | Quarantine], store: Store, report: IngestReport
) -> list[Document]:
    """Save documents and quarantine records (one transaction); return those to extract."""
    to_extract = []
    with store.batch():
        for item in batch:
            if isinstance(item, Quarantine):
                store.save_quarantine(item)
                report.quarantined.append(item)
            elif needs_extraction(store, item, report):
                to_extract.append(item)
    return to_extract


def needs_extraction(store: Store, doc: Document, report: IngestReport) -> bool:
    outcome = store.save_document(doc)
    setattr(report, outcome, getattr(report, outcome) + 1)
    # An unchanged document left pending by an interrupted run is extracted again.
    return outcome != "unchanged" or store.document_status(doc.id) == "pending"


def extract_one(doc: Document, extractor: Extractor) -> Extraction | Quarantine:
    """Extract one document; a crash quarantines it (it stays pending) and the run goes on."""
    try:
        return extractor.extract(doc)
    except Exception as error:  # one bad document must not stop a batch
        return Quarantine(
            source=doc.source or doc.id, code="extract-failed",
            reason=f"extraction failed for document {doc.id}: {type(error).__name__}: {error}",
        )


def save_results(
    results: list[Extraction | Quarantine], store: Store, report: IngestReport
) -> None:
    with store.batch():
        for result in results:
            if isinstance(result, Quarantine):
                store.save_quarantine(result)
                report.quarantined.append(result)
            else:
                store.save_extraction(result)
                report.count_extraction(result)


def resolve_incidents(store: Store, options: ResolveOptions | None = None) -> int:
    """Re-resolve every report of the store into incidents; returns how many there are."""
    reports = store.reports(evidence=False)
    mapping = resolve(reports, store.review_links(), options, store.publication_dates())
    return store.assign_incidents(mapping)


def extract_documents(
    docs: Iterable[Document], gazetteer: Gazetteer | None = None, tune_process: bool = True
) -> Iterator[Extraction]:
    """Extractions without any database (for `veille extract` and Spark workers)."""
    extractor = make_extractor(gazetteer or shipped_gazetteer())
    if tune_process:
        tune_for_batch()
    for doc in docs:
        yield extractor.extract(doc)


def make_extractor(gazetteer: Gazetteer) -> Extractor:
    # Built once per run: it compiles every language pack.
    from veille.extract import Extractor

    return Extractor(gazetteer)


def shipped_gazetteer() -> Gazetteer:
    from veille.geo.gazetteer import Gazetteer

    return Gazetteer.shipped()


def batched(items: Iterable[Document | Quarantine], size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(size, 1))):
        yield chunk
