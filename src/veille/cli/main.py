"""The `veille` command: one module per subcommand, each thin over library functions."""

from __future__ import annotations

import typer

from veille.cli import export, extract, gazetteer, incidents, ingest, quarantine, review, show

app = typer.Typer(
    name="veille",
    help="Conflict-event monitoring: news reports in, grounded and deduplicated incidents out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals can hold whole documents
)

app.command()(ingest.ingest)
app.command()(incidents.incidents)
app.command()(show.show)
app.command()(export.export)
app.command()(extract.extract)
app.command()(quarantine.quarantine)
app.add_typer(gazetteer.app, name="gazetteer")
app.add_typer(review.app, name="review")

if __name__ == "__main__":
    app()
