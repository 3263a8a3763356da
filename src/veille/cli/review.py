"""`veille review merge|split|correct`: a reviewer's decisions, recorded through the store."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import typer

from veille.cli.common import DEFAULT_DB, DbOption, fail, open_store

app = typer.Typer(
    help="Record a reviewer's decisions on incidents and reports.", no_args_is_help=True
)

# The store owns the list of correctable fields and checks values; this is only the help.
FIELDS_HELP = "date, actor, target, weapons, count, count_approx, claim, outcome, casualties, ..."


@app.command()
def merge(
    first: Annotated[str, typer.Argument(help="Incident id to keep.")],
    second: Annotated[str, typer.Argument(help="Incident id merged into the first.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Merge two incidents that are the same attack."""
    result = decide(db, lambda store: store.merge_incidents(first, second))
    typer.echo(f"merged {second} into {result or first}")


@app.command()
def split(
    report_id: Annotated[str, typer.Argument(help="Report id (DOC_ID#N) to take out.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Take one report out of its incident into an incident of its own."""
    result = decide(db, lambda store: store.split_report(report_id))
    typer.echo(f"split {report_id} into its own incident" + (f" {result}" if result else ""))


@app.command()
def correct(
    report_id: Annotated[str, typer.Argument(help="Report id (DOC_ID#N) to correct.")],
    field: Annotated[str, typer.Argument(help=f"Field to correct: {FIELDS_HELP}")],
    value: Annotated[str, typer.Argument(help="The right value (as in the export).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Correct one field of a report; the correction survives re-ingests."""
    decide(db, lambda store: store.correct_report(report_id, field, value))
    typer.echo(f"corrected {field} of {report_id} to {value!r}")


def decide(db: str, decision: Callable[[Any], Any]) -> Any:
    """Run one decision; an unknown id or a bad value is the user's mistake, not a crash."""
    with open_store(db) as store:
        try:
            return decision(store)
        except (KeyError, ValueError) as error:
            fail(_reason(error))


def _reason(error: Exception) -> str:
    # KeyError wraps its message in quotes; show the words only.
    return str(error.args[0]) if error.args else type(error).__name__
