"""Read a GeoNames dump (allCountries.txt, IQ.txt, ...) into gazetteer places.

The dump is 19 tab-separated columns a line. A malformed line is reported as
"file:line: reason" and skipped: one bad row in a million must not stop an import.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from veille.geo.gazetteer import parse_coordinate
from veille.model import Place

COLUMNS = 19
CITY_POPULATION = 100_000  # a populated place at least this big is a city, else a town
# Feature codes with a kind of their own; populated places (PPL*) are handled apart.
KIND_BY_CODE = {
    "ADM1": "governorate", "ADM2": "district", "AIRP": "airport", "AIRB": "airbase",
    "MILB": "base", "OILF": "oilfield", "GASF": "gasfield", "PCLI": "country",
}
MIN_ALIAS_LENGTH = 3  # shorter alternate names (codes, initials) match too much running text


@dataclass(slots=True)
class GeonamesOptions:
    feature_classes: frozenset[str] = frozenset({"P", "A", "S", "L", "T", "H"})
    min_population: int = 0  # applies to populated places (feature class P) only
    admin1_codes: Path | None = None  # admin1CodesASCII.txt, to name first-level regions


@dataclass(slots=True)
class GeonamesResult:
    entries: list[tuple[Place, list[str]]] = field(default_factory=list)  # place, alternate names
    errors: list[str] = field(default_factory=list)  # "file:line: reason"
    skipped: int = 0  # well-formed lines left out by the options


class _Malformed(ValueError):
    pass


def read_geonames(path: Path, options: GeonamesOptions) -> GeonamesResult:
    """Places (ids "gn:<geonameid>") and their alternate names from a GeoNames dump file."""
    result = GeonamesResult()
    admin1 = read_admin1_codes(options.admin1_codes, result.errors) if options.admin1_codes else {}
    lines = _decoded_lines(path, result.errors)
    parse_lines(lines, options, admin1, result)
    return result


def parse_lines(
    lines: Iterable[tuple[str, str]],
    options: GeonamesOptions,
    admin1: dict[str, str],
    result: GeonamesResult,
) -> None:
    """Parse ("file:line", text) pairs into ``result``."""
    for where, line in lines:
        if not line.strip():
            continue
        try:
            entry = parse_line(line, options, admin1)
        except _Malformed as e:
            result.errors.append(f"{where}: {e}")
            continue
        if entry is None:
            result.skipped += 1
        else:
            result.entries.append(entry)


def parse_line(
    line: str, options: GeonamesOptions, admin1: dict[str, str]
) -> tuple[Place, list[str]] | None:
    """One dump line as (place, alternate names); None when the options leave it out."""
    cells = line.rstrip("\r\n").split("\t")
    if len(cells) != COLUMNS:
        raise _Malformed(f"expected {COLUMNS} tab-separated columns, got {len(cells)}")
    geonameid, name, ascii_name, alternates = cells[0], cells[1].strip(), cells[2], cells[3]
    if not geonameid.isascii() or not geonameid.isdigit():
        raise _Malformed(f"geonameid {geonameid!r} is not a number")
    if not name:
        raise _Malformed("empty name")
    feature_class, feature_code, country = cells[6], cells[7], cells[8]
    population = _population(cells[14])
    # Validate every line fully before filtering, so errors do not depend on the options.
    place = Place(
        id=f"gn:{geonameid}",
        name=name,
        country=_country(country),
        admin1=_admin1_name(country, cells[10], feature_code, name, admin1),
        lat=_coordinate(cells[4], "latitude", 90.0),
        lon=_coordinate(cells[5], "longitude", 180.0),
        kind=kind_of(feature_code, population),
    )
    if not _wanted(feature_class, population, options):
        return None
    return place, _alternate_names(name, ascii_name, alternates)


def kind_of(feature_code: str, population: int) -> str:
    """Gazetteer kind for a GeoNames feature code."""
    if feature_code.startswith("PPL"):
        capital = feature_code in {"PPLC", "PPLA"}
        return "city" if capital or population >= CITY_POPULATION else "town"
    return KIND_BY_CODE.get(feature_code, "landmark")


def read_admin1_codes(path: Path, errors: list[str]) -> dict[str, str]:
    """admin1CodesASCII.txt: "IQ.08<TAB>Baghdad<TAB>Baghdad<TAB>98182" -> {"IQ.08": "Baghdad"}."""
    names: dict[str, str] = {}
    for where, line in _decoded_lines(path, errors):
        cells = line.rstrip("\r\n").split("\t")
        if not line.strip():
            continue
        if len(cells) < 3 or "." not in cells[0] or not (cells[2].strip() or cells[1].strip()):
            errors.append(f"{where}: expected code, name, ascii name (tab-separated)")
            continue
        # The ASCII name is English-looking ("Baghdad"), the first name may be local script.
        names[cells[0].strip()] = cells[2].strip() or cells[1].strip()
    return names


def _decoded_lines(path: Path, errors: list[str]) -> Iterator[tuple[str, str]]:
    """("file:line", text) for each line; undecodable lines go to ``errors``."""
    with path.open("rb") as f:
        for number, raw in enumerate(f, start=1):
            where = f"{path}:{number}"
            try:
                text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                errors.append(f"{where}: not valid UTF-8")
                continue
            yield where, text


def _wanted(feature_class: str, population: int, options: GeonamesOptions) -> bool:
    if feature_class not in options.feature_classes:
        return False
    return feature_class != "P" or population >= options.min_population


def _population(text: str) -> int:
    if not text.strip():
        return 0
    try:
        value = int(text)
    except ValueError:
        raise _Malformed(f"population {text!r} is not a whole number") from None
    if value < 0:
        raise _Malformed(f"population {text!r} is negative")
    return value


def _coordinate(text: str, what: str, limit: float) -> float:
    try:
        return parse_coordinate(text, what, limit)
    except ValueError as e:
        raise _Malformed(str(e)) from None


def _country(code: str) -> str:
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise _Malformed(f"country code {code!r} is not ISO 3166 alpha-2")
    return code.upper()


def _admin1_name(
    country: str, code: str, feature_code: str, name: str, admin1: dict[str, str]
) -> str | None:
    if feature_code == "ADM1":
        return name
    return admin1.get(f"{country.upper()}.{code}") if code else None


def _alternate_names(name: str, ascii_name: str, alternates: str) -> list[str]:
    """Distinct names other than ``name``; codes and initials left out."""
    candidates = [ascii_name, *alternates.split(",")]
    kept: dict[str, None] = {}
    for candidate in (c.strip() for c in candidates):
        if candidate and candidate != name and _usable_alias(candidate):
            kept.setdefault(candidate)
    return list(kept)


def _usable_alias(name: str) -> bool:
    # IATA/ICAO codes ("BGW", "ORBI") and short initials would match ordinary words.
    if len(name) < MIN_ALIAS_LENGTH:
        return False
    is_code = name.isascii() and name.isupper() and len(name) <= 4
    return not is_code and not name.isdigit() and "http" not in name
