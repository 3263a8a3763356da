"""Imported gazetteer entries (e.g. from a GeoNames dump) kept in the database."""

from __future__ import annotations

from sqlalchemy import Connection, delete, select

from veille.model import Place
from veille.store.rows import place_from_row, place_row
from veille.store.schema import place_aliases, places
from veille.store.writes import insert_many

Alias = tuple[str, str, str]  # (lang or "*", alias, place_id)


def save_places(conn: Connection, found: list[Place], aliases: list[Alias]) -> int:
    ids = [p.id for p in found]
    for i in range(0, len(ids), 500):
        conn.execute(delete(places).where(places.c.id.in_(ids[i : i + 500])))
    insert_many(conn, places, [place_row(p) for p in found])
    known = {tuple(row) for row in conn.execute(select(place_aliases))}
    fresh = sorted(set(aliases) - known)
    insert_many(conn, place_aliases, [
        {"lang": lang, "alias": alias, "place_id": pid} for lang, alias, pid in fresh
    ])
    return len(found)


def load_places(conn: Connection) -> tuple[list[Place], list[Alias]]:
    found = [place_from_row(row) for row in conn.execute(select(places)).mappings()]
    aliases = [tuple(row) for row in conn.execute(select(place_aliases))]
    return found, aliases  # type: ignore[return-value]
