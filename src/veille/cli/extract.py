"""`veille extract PATH...`: events as JSONL on stdout, no database involved."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer

from veille.cli.common import check_paths, quarantine_line
from veille.cli.ingest import ingest_options
from veille.export import write_jsonl
from veille.model import Document, Quarantine


class InputSorter:
    """Passes documents on to extraction, reports quarantines at once, remembers both."""

    def __init__(self, inputs: Iterable[Document | Quarantine]) -> None:
        self.inputs = inputs
        self.documents: dict[str, Document] = {}
        self.quarantined = 0

    def __iter__(self) -> Iterator[Document]:
        for item in self.inputs:
            if isinstance(item, Quarantine):
                self.quarantined += 1
                typer.echo(quarantine_line(item), err=True)
            else:
                self.documents[item.id] = item
                yield item


def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (txt, html, jsonl, ...).")],
    lang: Annotated[str | None, typer.Option(help="Language of every input (fr, en, ar).")] = None,
) -> None:
    """Extract events and print them as JSONL (the export contract); nothing is stored.

    Exit 0 when every input was read, 1 when some were quarantined, 2 on a usage error.
    """
    check_paths(paths)  # before the heavy imports: a typo fails fast
    from veille.ingest import read_inputs
    from veille.pipeline import extract_documents

    inputs = InputSorter(read_inputs(paths, ingest_options(lang=lang)))
    for extraction in extract_documents(iter(inputs)):
        # Each document is needed only for its own lines: drop it once written.
        doc = inputs.documents.pop(extraction.doc_id, None)
        write_jsonl(extraction.reports, {doc.id: doc} if doc else {}, sys.stdout)
    raise typer.Exit(1 if inputs.quarantined else 0)
