"""The places Veille knows, and the words each language's reporting uses for them.

Shipped data: ``geo/data/places.tsv`` (one place a line) and
``lang/<code>/places.tsv`` (one alias a line). Imported places (e.g. GeoNames)
are layered on top with :meth:`Gazetteer.with_places`, which never mutates the
shipped instance: it is cached and shared by every extractor.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from veille.model import Place

KINDS = frozenset({
    "base", "airport", "airbase", "oilfield", "gasfield", "embassy", "crossing", "city", "town",
    "village", "district", "governorate", "region", "country", "landmark", "sea",
})
PLACE_COLUMNS = ("id", "name", "country", "admin1", "lat", "lon", "kind", "parent")
ALIAS_COLUMNS = ("place_id", "alias")
ANY_LANGUAGE = "*"  # aliases that hold in every language (e.g. GeoNames alternate names)
EARTH_RADIUS_KM = 6371.0088


class GazetteerError(ValueError):
    """Bad gazetteer data; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class _Row:
    where: str  # "file:line", for error messages
    cells: dict[str, str]


@dataclass(slots=True)
class Gazetteer:
    places: dict[str, Place] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)
    by_lang: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # lang -> (alias, id)

    @classmethod
    def shipped(cls) -> Gazetteer:
        """The gazetteer packaged with Veille, read once per process."""
        return _shipped()

    @classmethod
    def load(cls, places_file: Path, alias_files: dict[str, Path]) -> Gazetteer:
        """Read and validate a places file and one alias file per language code."""
        gazetteer = cls()
        for row in _rows(places_file, PLACE_COLUMNS, required=7):
            gazetteer._add_place(row)
        gazetteer._check_parents(places_file)
        for lang, path in sorted(alias_files.items()):
            rows = _rows(path, ALIAS_COLUMNS, required=2)
            gazetteer.by_lang[lang] = [_alias(row, gazetteer.places) for row in rows]
        return gazetteer

    def place(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def aliases(self, lang: str) -> list[tuple[str, str]]:
        """(alias, place_id) pairs for ``lang``, plus those valid in any language."""
        own = self.by_lang.get(lang, []) if lang != ANY_LANGUAGE else []
        return own + self.by_lang.get(ANY_LANGUAGE, [])

    def own_aliases(self, lang: str) -> list[tuple[str, str]]:
        """(alias, place_id) pairs listed for ``lang`` alone."""
        return list(self.by_lang.get(lang, []))

    def languages(self) -> list[str]:
        return sorted(lang for lang in self.by_lang if lang != ANY_LANGUAGE)

    def with_places(
        self, places: Iterable[Place], aliases: Iterable[tuple[str, str, str]]
    ) -> Gazetteer:
        """A new gazetteer plus ``places`` (same id replaces) and (lang, alias, id) aliases."""
        merged = dict(self.places)
        merged.update((p.id, p) for p in places)
        by_lang = {lang: list(pairs) for lang, pairs in self.by_lang.items()}
        for lang, alias, place_id in aliases:
            if place_id not in merged:
                raise GazetteerError(f"alias {alias!r} ({lang}) names unknown place {place_id!r}")
            by_lang.setdefault(lang, []).append((alias, place_id))
        return Gazetteer(merged, dict(self.parents), by_lang)

    def parent_chain(self, place_id: str) -> list[Place]:
        """The place, then each place that contains it, outermost last."""
        chain: list[Place] = []
        current: str | None = place_id
        while current and current in self.places and all(p.id != current for p in chain):
            chain.append(self.places[current])
            current = self.parents.get(current)
        return chain

    def __len__(self) -> int:
        return len(self.places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self.places.values())

    def _add_place(self, row: _Row) -> None:
        place = _place(row)
        if place.id in self.places:
            raise GazetteerError(f"{row.where}: duplicate place id {place.id!r}")
        self.places[place.id] = place
        if row.cells["parent"]:
            self.parents[place.id] = row.cells["parent"]

    def _check_parents(self, path: Path) -> None:
        for child, parent in self.parents.items():
            if parent not in self.places:
                raise GazetteerError(f"{path}: place {child!r} has unknown parent {parent!r}")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@cache
def _shipped() -> Gazetteer:
    data = resources.files("veille") / "geo" / "data" / "places.tsv"
    lang_root = resources.files("veille") / "lang"
    alias_files = {
        folder.name: Path(str(folder / "places.tsv"))
        for folder in lang_root.iterdir()
        if folder.is_dir() and (folder / "places.tsv").is_file()
    }
    return Gazetteer.load(Path(str(data)), alias_files)


def _rows(path: Path, columns: tuple[str, ...], required: int) -> Iterator[_Row]:
    """Rows of a TSV whose first line is exactly ``columns``; blank and '#' lines skipped.

    Only the first ``required`` columns must be present on a line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GazetteerError(f"{path}: cannot read gazetteer file ({e})") from e
    if not lines or tuple(lines[0].split("\t")) != columns:
        raise GazetteerError(f"{path}:1: header must be {' '.join(columns)} (tab-separated)")
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not required <= len(cells) <= len(columns):
            raise GazetteerError(
                f"{path}:{number}: expected {len(columns)} tab-separated columns, got {len(cells)}"
            )
        cells += [""] * (len(columns) - len(cells))  # editors drop trailing empty cells
        yield _Row(f"{path}:{number}", dict(zip(columns, (c.strip() for c in cells), strict=True)))


def _place(row: _Row) -> Place:
    cells = row.cells
    if not cells["id"] or not cells["name"]:
        raise GazetteerError(f"{row.where}: id and name must not be empty")
    if cells["kind"] not in KINDS:
        raise GazetteerError(f"{row.where}: unknown kind {cells['kind']!r} for {cells['id']!r}")
    if len(cells["country"]) != 2 or not cells["country"].isupper():
        raise GazetteerError(f"{row.where}: country must be an ISO 3166 alpha-2 code")
    lat = _coordinate(row, "lat", 90.0)
    lon = _coordinate(row, "lon", 180.0)
    return Place(cells["id"], cells["name"], cells["country"], cells["admin1"] or None, lat, lon,
                 cells["kind"])


def _coordinate(row: _Row, column: str, limit: float) -> float:
    try:
        return parse_coordinate(row.cells[column], column, limit)
    except ValueError as e:
        raise GazetteerError(f"{row.where}: {e}") from None


def parse_coordinate(text: str, what: str, limit: float) -> float:
    """A latitude or longitude cell; ValueError says what is wrong with it."""
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{what} {text!r} is not a number") from None
    if not math.isfinite(value) or abs(value) > limit:
        raise ValueError(f"{what} {text!r} is outside ±{limit:g}")
    return value


def _alias(row: _Row, places: dict[str, Place]) -> tuple[str, str]:
    place_id, alias = row.cells["place_id"], row.cells["alias"]
    if place_id not in places:
        raise GazetteerError(f"{row.where}: alias {alias!r} names unknown place id {place_id!r}")
    if not alias:
        raise GazetteerError(f"{row.where}: empty alias for {place_id!r}")
    return alias, place_id
