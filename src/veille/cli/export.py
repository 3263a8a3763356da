"""`veille export --format jsonl|csv|geojson [-o FILE]`: the database as files for analysts."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from veille.cli.common import DEFAULT_DB, DbOption, fail, open_store, sources_of
from veille.export import write_csv, write_geojson, write_jsonl


class Format(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    GEOJSON = "geojson"


def export(
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export event reports (jsonl) or incidents (csv in ACLED's layout, geojson for QGIS)."""
    with open_store(db) as store, output_stream(output) as out:
        sources = sources_of(store)
        if fmt is Format.JSONL:
            count = write_jsonl(store.reports(), sources, out)
        elif fmt is Format.CSV:
            count = write_csv(store.incidents(), sources, out)
        else:
            result = write_geojson(store.incidents(), sources, out)
            count = result.written
            if result.unlocated:
                typer.echo(f"left out {result.unlocated} incident(s) without coordinates", err=True)
    if output is not None:
        typer.echo(
            f"wrote {count} {'reports' if fmt is Format.JSONL else 'incidents'} to {output}",
            err=True,
        )


@contextmanager
def output_stream(output: Path | None) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
        return
    try:
        # newline="" lets the csv module write its own line ends.
        handle = output.open("w", encoding="utf-8", newline="")
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror}")
    with handle:
        yield handle
