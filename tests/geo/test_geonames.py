"""GeoNames dump parsing on a sample written in the dump format (tests/geo/data/)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from veille.geo import Gazetteer
from veille.geo.geonames import (
    GeonamesOptions,
    GeonamesResult,
    kind_of,
    parse_lines,
    read_geonames,
)
from veille.model import Place

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "IQ_sample.txt"
ADMIN1 = DATA / "admin1_sample.txt"


def by_id(result: GeonamesResult) -> dict[str, tuple[Place, list[str]]]:
    return {place.id: (place, names) for place, names in result.entries}


def test_sample_places_kinds_and_ids():
    result = read_geonames(SAMPLE, GeonamesOptions())
    kinds = {place.id: place.kind for place, _ in result.entries}
    assert kinds == {
        "gn:9100001": "town", "gn:9100002": "city", "gn:9100003": "governorate",
        "gn:9100004": "district", "gn:9100005": "airport", "gn:9100006": "airbase",
        "gn:9100007": "base", "gn:9100008": "oilfield", "gn:9100009": "country",
        "gn:9100010": "landmark", "gn:9100011": "landmark", "gn:9100012": "town",
    }
    assert result.skipped == 1  # the road junction: feature class R is not imported


def test_malformed_lines_are_reported_with_file_and_line_and_skipped():
    result = read_geonames(SAMPLE, GeonamesOptions())
    assert result.errors == [
        f"{SAMPLE}:14: expected 19 tab-separated columns, got 3",
        f"{SAMPLE}:15: latitude 'north' is not a number",
    ]


def test_place_fields_and_alternate_names():
    place, names = by_id(read_geonames(SAMPLE, GeonamesOptions()))["gn:9100001"]
    assert place == Place("gn:9100001", "Qaryat al-Tajriba", "IQ", None, 34.512, 41.203, "town")
    assert names == ["Tajriba", "Tadjriba", "قرية التجربة"]


def test_codes_are_not_kept_as_alternate_names():
    _, names = by_id(read_geonames(SAMPLE, GeonamesOptions()))["gn:9100005"]
    assert names == ["Matar al-Mithal", "Mithal Airport", "مطار المثال"]


def test_admin1_names_come_from_the_codes_file():
    options = GeonamesOptions(admin1_codes=ADMIN1)
    result = read_geonames(SAMPLE, options)
    entries = by_id(result)
    assert entries["gn:9100001"][0].admin1 == "Anbar"
    assert entries["gn:9100002"][0].admin1 == "Baghdad"
    assert entries["gn:9100008"][0].admin1 == "Deir ez-Zor"
    assert entries["gn:9100003"][0].admin1 == "Muḩāfaẓat al-Mithāl"  # an ADM1 is its own admin1
    assert f"{ADMIN1}:4: expected code, name, ascii name (tab-separated)" in result.errors


def test_min_population_only_filters_populated_places():
    result = read_geonames(SAMPLE, GeonamesOptions(min_population=1000))
    ids = set(by_id(result))
    assert "gn:9100012" not in ids  # a hamlet of 40
    assert {"gn:9100001", "gn:9100002", "gn:9100010"} <= ids  # a mountain has no population
    assert result.skipped == 2


def test_feature_classes_option():
    result = read_geonames(SAMPLE, GeonamesOptions(feature_classes=frozenset({"S"})))
    assert {p.kind for p, _ in result.entries} == {"airport", "airbase", "base", "oilfield"}


def test_undecodable_line_is_an_error_not_a_crash(tmp_path):
    dump = tmp_path / "bad.txt"
    dump.write_bytes(SAMPLE.read_bytes().splitlines(keepends=True)[0] + b"\xff\xfe broken\n")
    result = read_geonames(dump, GeonamesOptions())
    assert len(result.entries) == 1
    assert result.errors == [f"{dump}:2: not valid UTF-8"]


def test_kind_of_populated_places_by_size():
    assert kind_of("PPL", 99_999) == "town"
    assert kind_of("PPL", 100_000) == "city"
    assert kind_of("PPLC", 0) == "city"
    assert kind_of("RDJCT", 0) == "landmark"


def test_imported_places_extend_a_gazetteer():
    result = read_geonames(SAMPLE, GeonamesOptions())
    places = [place for place, _ in result.entries]
    aliases = [("*", name, place.id) for place, names in result.entries for name in names]
    grown = Gazetteer.shipped().with_places(places, aliases)
    assert grown.place("gn:9100005").kind == "airport"
    assert ("Mithal Airport", "gn:9100005") in grown.aliases("fr")
    assert Gazetteer.shipped().place("gn:9100005") is None


def parse(lines: list[str]) -> GeonamesResult:
    result = GeonamesResult()
    numbered = ((f"x:{n}", line) for n, line in enumerate(lines, 1))
    parse_lines(numbered, GeonamesOptions(), {}, result)
    return result


@given(st.lists(st.text(max_size=80), max_size=5))
def test_arbitrary_lines_never_raise(lines):
    result = parse(lines)
    assert len(result.entries) + len(result.errors) + result.skipped <= len(lines)


cell = st.one_of(st.text(max_size=12), st.sampled_from(["", "P", "PPL", "IQ", "33.5", "-1", "9"]))


@given(st.lists(st.lists(cell, min_size=17, max_size=21), max_size=5))
def test_arbitrary_tab_rows_never_raise(rows):
    lines = ["\t".join(cells) for cells in rows]
    result = parse(lines)
    for place, _ in result.entries:
        assert place.id.startswith("gn:") and -90 <= place.lat <= 90 and -180 <= place.lon <= 180
