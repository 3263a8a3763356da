"""`veille incidents`: the incident table, newest first."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from veille.cli.common import DEFAULT_DB, DbOption, open_store, out_console, sources_of
from veille.export.summary import IncidentSummary, summarize


def incidents(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int | None, typer.Option(min=1, help="Show at most N incidents.")] = None,
    country: Annotated[str | None, typer.Option(help="Only this ISO2 country (IQ, SY).")] = None,
) -> None:
    """List incidents: id, date, place, country, actor, weapons, claim, sources."""
    with open_store(db) as store:
        sources = sources_of(store)
        summaries = [summarize(incident, sources) for incident in store.incidents()]
    chosen = newest_first(in_country(summaries, country))[:limit]
    out_console().print(incident_table(chosen, total=len(summaries)))


def in_country(summaries: list[IncidentSummary], country: str | None) -> list[IncidentSummary]:
    if not country:
        return summaries
    wanted = country.strip().upper()
    return [s for s in summaries if s.place and s.place.country.upper() == wanted]


def newest_first(summaries: list[IncidentSummary]) -> list[IncidentSummary]:
    # Undated incidents go last; the id keeps the order stable between runs.
    dated = sorted((s for s in summaries if s.date), key=lambda s: (s.date, s.id), reverse=True)
    return dated + sorted((s for s in summaries if not s.date), key=lambda s: s.id)


def incident_table(summaries: list[IncidentSummary], total: int) -> Table:
    table = Table(title=f"{len(summaries)} of {total} incidents", title_justify="left")
    table.add_column("incident", no_wrap=True, style="cyan")
    for name in ("date", "place", "country", "actor", "weapons", "claim"):
        table.add_column(name)
    table.add_column("sources (docs / outlets)", justify="right", no_wrap=True)
    for s in summaries:
        table.add_row(*row_cells(s))
    return table


def row_cells(s: IncidentSummary) -> list[Text]:
    # Text cells: names from sources must never be read as rich markup.
    values = [
        s.id,
        s.date or "?",
        s.place.name if s.place else "?",
        s.place.country if s.place else "?",
        s.actor or "?",
        ", ".join(s.weapons) or "?",
        s.claim,
        f"{s.n_sources} / {s.n_outlets}",
    ]
    return [Text(v) for v in values]
