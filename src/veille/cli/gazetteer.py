"""`veille gazetteer import FILE`: add a GeoNames dump's places to the database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from veille.cli.common import DEFAULT_DB, DbOption, check_paths, open_store

app = typer.Typer(help="Manage the places Veille can recognise.", no_args_is_help=True)

ANY_LANGUAGE = "*"  # GeoNames alternate names come without a language we can trust


@app.command("import")
def import_geonames(
    file: Annotated[Path, typer.Argument(help="GeoNames dump (e.g. IQ.txt, tab-separated).")],
    admin1_codes: Annotated[
        Path | None, typer.Option(help="admin1CodesASCII.txt, to name first-level regions.")
    ] = None,
    min_population: Annotated[
        int, typer.Option(min=0, help="Skip populated places smaller than this.")
    ] = 0,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Import places and their alternate names; later ingests recognise them."""
    from veille.geo.geonames import GeonamesOptions, read_geonames

    check_paths([file] + ([admin1_codes] if admin1_codes else []))
    options = GeonamesOptions(admin1_codes=admin1_codes, min_population=min_population)
    result = read_geonames(file, options)
    places = [place for place, _ in result.entries]
    aliases = alias_rows(result.entries)
    with open_store(db, must_exist=False) as store:
        store.save_places(places, aliases)
    typer.echo(f"imported {len(places)} places and {len(aliases)} alternate names into {db}")
    report_malformed(result.errors)


def alias_rows(entries: list[tuple[Any, list[str]]]) -> list[tuple[str, str, str]]:
    """(language, alias, place_id) rows, the place's own name included."""
    rows = []
    for place, names in entries:
        for name in dict.fromkeys([place.name, *names]):
            rows.append((ANY_LANGUAGE, name, place.id))
    return rows


def report_malformed(errors: list[str]) -> None:
    if errors:
        typer.echo(f"{len(errors)} malformed line(s) skipped:", err=True)
    for error in errors:
        typer.echo(f"  {error}", err=True)
