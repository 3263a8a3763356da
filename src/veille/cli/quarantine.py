"""`veille quarantine`: the inputs Veille could not take, with the reason."""

from __future__ import annotations

import typer

from veille.cli.common import DEFAULT_DB, DbOption, open_store, quarantine_line


def quarantine(db: DbOption = DEFAULT_DB) -> None:
    """List quarantined inputs, one line each: path[:line]: reason."""
    with open_store(db) as store:
        quarantined = store.quarantined()
    for item in quarantined:
        typer.echo(quarantine_line(item))
    typer.echo(f"{len(quarantined)} quarantined input(s)", err=True)
