"""`veille ingest PATH...`: read inputs, extract, resolve, store; report what was taken."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated, Any

import typer

from veille.cli.common import DEFAULT_DB, DbOption, check_paths, open_store, quarantine_line
from veille.cli.progress import document_progress


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (txt, html, jsonl, ...).")],
    db: DbOption = DEFAULT_DB,
    max_bytes: Annotated[
        int | None, typer.Option(min=1, help="Quarantine files larger than this.")
    ] = None,
    lang: Annotated[str | None, typer.Option(help="Language of every input (fr, en, ar).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for every input.")] = None,
) -> None:
    """Ingest reports into the database: documents, event reports, tallies, incidents.

    Exit 0 when every input was taken, 1 when some were quarantined, 2 on a usage error.
    """
    check_paths(paths)  # before the heavy imports: a typo fails fast
    from veille.pipeline import RunOptions, run_ingest

    options = RunOptions(ingest=ingest_options(max_bytes=max_bytes, lang=lang, outlet=outlet))
    with open_store(db, must_exist=False) as store, document_progress() as tick:
        report = run_ingest(paths, store, options, progress=tick)
    print_summary(report)
    raise typer.Exit(report.exit_code)


def ingest_options(**given: Any) -> Any:
    """The library defaults, overridden only by what the user gave."""
    from veille.ingest import IngestOptions

    chosen = {name: value for name, value in given.items() if value is not None}
    return dataclasses.replace(IngestOptions(), **chosen)


def print_summary(report: Any) -> None:
    typer.echo(
        f"documents: {report.new} new, {report.unchanged} unchanged, "
        f"{report.changed} changed, {report.unsupported} unsupported, "
        f"{report.no_events} without events"
    )
    typer.echo(
        f"reports: {report.reports}  tallies: {report.tallies}  "
        f"incidents in database: {report.incidents}"
    )
    print_quarantined(report.quarantined)


def print_quarantined(quarantined: list[Any]) -> None:
    if quarantined:
        typer.echo(f"quarantined: {len(quarantined)}", err=True)
    for item in quarantined:
        typer.echo(quarantine_line(item), err=True)
