"""Loading and validating gazetteer files; the Gazetteer API on small data written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.geo import ANY_LANGUAGE, Gazetteer, GazetteerError, distance_km
from veille.model import Place

HEADER = "id\tname\tcountry\tadmin1\tlat\tlon\tkind\tparent\n"
ALIAS_HEADER = "place_id\talias\n"
GOOD_PLACES = [
    "syria\tSyria\tSY\t\t34.80\t38.99\tcountry\t",
    "deir_ezzor_gov\tDeir ez-Zor Governorate\tSY\tDeir ez-Zor\t35.00\t40.40\tgovernorate\tsyria",
    "omar\tAl-Omar oil field\tSY\tDeir ez-Zor\t35.07\t40.44\toilfield\tdeir_ezzor_gov",
]


def write(tmp_path: Path, places: list[str], aliases: list[str] | None = None) -> Gazetteer:
    places_file = tmp_path / "places.tsv"
    places_file.write_text(HEADER + "\n".join(places) + "\n", encoding="utf-8")
    alias_file = tmp_path / "fr.tsv"
    alias_file.write_text(ALIAS_HEADER + "\n".join(aliases or []) + "\n", encoding="utf-8")
    return Gazetteer.load(places_file, {"fr": alias_file})


def test_loads_places_aliases_and_parents(tmp_path):
    gazetteer = write(tmp_path, GOOD_PLACES, ["omar\tchamp d'al-Omar", "omar\tGreen Village"])
    assert len(gazetteer) == 3
    assert gazetteer.place("omar") == Place(
        "omar", "Al-Omar oil field", "SY", "Deir ez-Zor", 35.07, 40.44, "oilfield"
    )
    assert gazetteer.place("syria").admin1 is None
    assert gazetteer.place("nowhere") is None
    assert gazetteer.aliases("fr") == [("champ d'al-Omar", "omar"), ("Green Village", "omar")]
    assert gazetteer.aliases("en") == []
    assert [p.id for p in gazetteer.parent_chain("omar")] == ["omar", "deir_ezzor_gov", "syria"]
    assert {p.id for p in gazetteer} == {"syria", "deir_ezzor_gov", "omar"}


def test_comments_and_blank_lines_are_skipped(tmp_path):
    gazetteer = write(tmp_path, ["# countries", "", *GOOD_PLACES])
    assert len(gazetteer) == 3


def test_empty_trailing_parent_may_be_left_out(tmp_path):
    gazetteer = write(tmp_path, ["syria\tSyria\tSY\t\t34.80\t38.99\tcountry"])
    assert gazetteer.parent_chain("syria") == [gazetteer.place("syria")]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("omar\tAgain\tSY\t\t35.0\t40.0\toilfield\t", "duplicate place id 'omar'"),
        ("x\tX\tSY\t\tnorth\t40.0\ttown\t", "lat 'north' is not a number"),
        ("x\tX\tSY\t\t95.0\t40.0\ttown\t", "lat '95.0' is outside ±90"),
        ("x\tX\tSY\t\t35.0\t-181\ttown\t", "lon '-181' is outside ±180"),
        ("x\tX\tSY\t\t35.0\tnan\ttown\t", "lon 'nan' is outside ±180"),
        ("x\tX\tSY\t\t35.0\t40.0\tfortress\t", "unknown kind 'fortress'"),
        ("x\tX\tSyria\t\t35.0\t40.0\ttown\t", "country must be an ISO 3166 alpha-2 code"),
        ("x\tX\tSY\t35.0\t40.0\ttown", "expected 8 tab-separated columns, got 6"),
        ("x\tX\tSY\t\t35\t40\ttown\t\textra", "expected 8 tab-separated columns, got 9"),
        ("\tX\tSY\t\t35.0\t40.0\ttown\t", "id and name must not be empty"),
    ],
)
def test_bad_place_line_names_file_and_line(tmp_path, line, reason):
    with pytest.raises(GazetteerError) as error:
        write(tmp_path, [*GOOD_PLACES, line])
    assert f"places.tsv:5: {reason}" in str(error.value)


def test_unknown_parent_is_refused(tmp_path):
    with pytest.raises(GazetteerError, match="'omar' has unknown parent 'deir_gov'"):
        write(tmp_path, [*GOOD_PLACES[:2], GOOD_PLACES[2].replace("deir_ezzor_gov", "deir_gov")])


def test_alias_of_unknown_place_names_file_and_line(tmp_path):
    with pytest.raises(GazetteerError) as error:
        write(tmp_path, GOOD_PLACES, ["omar\tal-Omar", "omr\tal-Omr"])
    assert "fr.tsv:3: alias 'al-Omr' names unknown place id 'omr'" in str(error.value)


def test_empty_alias_is_refused(tmp_path):
    with pytest.raises(GazetteerError, match=r"fr.tsv:2: empty alias for 'omar'"):
        write(tmp_path, GOOD_PLACES, ["omar\t "])


def test_wrong_header_is_refused(tmp_path):
    places_file = tmp_path / "places.tsv"
    places_file.write_text("id,name\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"places.tsv:1: header must be id name"):
        Gazetteer.load(places_file, {})


def test_unreadable_file_is_one_clear_error(tmp_path):
    with pytest.raises(GazetteerError, match="cannot read gazetteer file"):
        Gazetteer.load(tmp_path / "missing.tsv", {})


def test_with_places_returns_a_new_gazetteer(tmp_path):
    base = write(tmp_path, GOOD_PLACES, ["omar\tal-Omar"])
    town = Place("gn:1", "Qaryat Tajriba", "IQ", None, 34.5, 43.2, "town")
    grown = base.with_places([town], [(ANY_LANGUAGE, "Tajriba", "gn:1"), ("fr", "Omar", "omar")])
    assert grown.place("gn:1") == town and base.place("gn:1") is None
    assert grown.aliases("fr") == [("al-Omar", "omar"), ("Omar", "omar"), ("Tajriba", "gn:1")]
    assert grown.aliases("ar") == [("Tajriba", "gn:1")]
    assert base.aliases("fr") == [("al-Omar", "omar")]
    assert [p.id for p in grown.parent_chain("omar")] == ["omar", "deir_ezzor_gov", "syria"]


def test_with_places_replaces_a_place_of_the_same_id(tmp_path):
    base = write(tmp_path, GOOD_PLACES)
    moved = Place("omar", "Al-Omar", "SY", None, 35.1, 40.5, "oilfield")
    assert base.with_places([moved], []).place("omar") == moved


def test_with_places_refuses_alias_of_unknown_place(tmp_path):
    base = write(tmp_path, GOOD_PLACES)
    with pytest.raises(GazetteerError, match="unknown place 'gn:9'"):
        base.with_places([], [(ANY_LANGUAGE, "Somewhere", "gn:9")])


def test_parent_chain_of_unknown_place_is_empty(tmp_path):
    assert write(tmp_path, GOOD_PLACES).parent_chain("atlantis") == []


def test_parent_chain_stops_on_a_cycle():
    a = Place("a", "A", "SY", None, 0.0, 0.0, "town")
    b = Place("b", "B", "SY", None, 0.0, 0.0, "town")
    looped = Gazetteer({"a": a, "b": b}, {"a": "b", "b": "a"}, {})
    assert [p.id for p in looped.parent_chain("a")] == ["a", "b"]


def test_distance_km_known_values():
    assert distance_km(33.31, 44.37, 33.31, 44.37) == 0.0
    # One degree of latitude is about 111.2 km anywhere.
    assert distance_km(33.0, 40.0, 34.0, 40.0) == pytest.approx(111.2, abs=0.1)
    # Baghdad to Erbil, about 320 km as the crow flies.
    assert distance_km(33.31, 44.37, 36.19, 44.01) == pytest.approx(321, abs=5)
    assert distance_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(20015, abs=1)
