"""`veille show INCIDENT_ID`: an incident's fields, then each source with its evidence."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from veille.cli.common import DEFAULT_DB, DbOption, fail, open_store, out_console
from veille.cli.evidence_view import evidence_sentences, highlighted
from veille.export.summary import IncidentSummary, summarize
from veille.model import Document, EventReport


def show(
    incident_id: Annotated[str, typer.Argument(help="An id from `veille incidents`.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show one incident: its fields, then every source with the highlighted evidence."""
    with open_store(db) as store:
        incident = store.incident(incident_id)
        if incident is None:
            fail(f"no incident {incident_id!r} in {db} (list them with `veille incidents`)")
        documents = {doc_id: store.document(doc_id) for doc_id in incident.doc_ids}
    sources = {doc_id: doc for doc_id, doc in documents.items() if doc is not None}
    console = out_console()
    console.print(field_table(summarize(incident, sources)))
    for report in sorted(incident.reports, key=lambda r: (r.doc_id, r.seq)):
        print_source(console, report, sources.get(report.doc_id))


def field_table(summary: IncidentSummary) -> Table:
    place = summary.place
    rows = {
        "incident": summary.id,
        "date": f"{summary.date or 'unknown'} ({summary.date_precision})",
        "place": f"{place.name}, {place.admin1 or '-'}, {place.country}" if place else "unknown",
        "coordinates": f"{place.lat}, {place.lon}" if place else "-",
        "actor": summary.actor or "unknown",
        "target": summary.target or "unknown",
        "weapons": ", ".join(summary.weapons) or "unknown",
        "count": _count(summary),
        "claim": summary.claim,
        "outcome": summary.outcome,
        "casualties": summary.casualties,
        "sources": f"{summary.n_sources} documents, {summary.n_outlets} outlets",
    }
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    for name, value in rows.items():
        table.add_row(name, Text(value))
    return table


def print_source(console: Console, report: EventReport, doc: Document | None) -> None:
    console.print()
    console.print(source_header(report, doc))
    if doc is None:
        console.print(Text("  (document missing from the database)", style="red"))
        return
    for sentence in evidence_sentences(doc.text, report.evidence):
        console.print(Padding(highlighted(doc.text, sentence), (0, 0, 0, 2), expand=False))
        fields = Text(f"fields: {', '.join(sentence.fields)}", style="dim")
        console.print(Padding(fields, (0, 0, 0, 4), expand=False))


def source_header(report: EventReport, doc: Document | None) -> Text:
    outlet = (doc.outlet if doc else None) or "unknown outlet"
    parts = [
        outlet,
        report.doc_id,
        (doc.url if doc else None) or "no url",
        f"published {(doc.published if doc else None) or 'unknown'}",
    ]
    header = Text("source: ", style="bold")
    return header.append(Text(" · ".join(parts)))


def _count(summary: IncidentSummary) -> str:
    if summary.count is None:
        return "-"
    return f"about {summary.count}" if summary.count_approx else str(summary.count)
