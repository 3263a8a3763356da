from __future__ import annotations

from pathlib import Path

from store_factory import AIN_ASAD, OMAR

from veille.geo.gazetteer import Gazetteer


def base_gazetteer(tmp_path: Path) -> Gazetteer:
    places = tmp_path / "places.tsv"
    places.write_text("id\tname\tcountry\tadmin1\tlat\tlon\tkind\tparent\n"
                      "tanf\tAl-Tanf\tSY\tHoms\t33.5\t38.6\tbase\t\n", encoding="utf-8")
    return Gazetteer.load(places, {})


def test_imported_places_and_aliases_join_the_base_gazetteer(store, tmp_path):
    store.save_places([OMAR], [("*", "al-Omar", "omar"), ("ar", "عين الأسد", "ain_asad")])
    store.save_places([OMAR, AIN_ASAD], [("*", "al-Omar", "omar"), ("fr", "Tanf", "tanf")])
    gazetteer = store.gazetteer(base_gazetteer(tmp_path))
    assert {p.id for p in gazetteer} == {"tanf", "omar", "ain_asad"}
    assert gazetteer.place("ain_asad") == AIN_ASAD
    assert ("عين الأسد", "ain_asad") in gazetteer.aliases("ar")
    assert ("Tanf", "tanf") in gazetteer.aliases("fr")


def test_without_imports_the_base_gazetteer_is_returned(store, tmp_path):
    base = base_gazetteer(tmp_path)
    assert store.gazetteer(base) is base
