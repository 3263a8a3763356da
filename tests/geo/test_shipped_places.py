"""The shipped gazetteer: coverage, seed ids, and aliases as real reporting writes them."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from veille.extract.normalise import normalise_phrase
from veille.geo import KINDS, Gazetteer, distance_km

# The seed gold file's place ids and coordinates (public facts); the shipped file must agree.
SEED_PLACES = {
    "ain_asad": (33.80, 42.44), "harir": (36.53, 44.34), "erbil_airport": (36.24, 43.96),
    "baghdad_airport": (33.26, 44.23), "us_embassy_baghdad": (33.30, 44.39),
    "tanf": (33.50, 38.65), "rukban": (33.32, 38.70), "tower22": (33.32, 38.70),
    "omar": (35.07, 40.44), "conoco": (35.34, 40.33), "shaddadi": (36.06, 40.73),
    "kharab_jir": (36.87, 41.98), "rmelan": (37.02, 41.94), "malikiyah": (37.08, 42.13),
    "tal_baydar": (36.68, 40.98), "qasrak": (36.64, 40.78), "hasakah": (36.50, 40.75),
    "deir_ezzor": (35.33, 40.14), "qaim_bukamal": (34.39, 40.96), "baghdad": (33.31, 44.37),
    "eilat": (29.56, 34.95), "haifa": (32.79, 34.99), "karish": (33.20, 34.10),
    "golan": (33.00, 35.75),
}

# (language, text as a report writes it, expected place id): the examples the issue names.
RESOLVES = [
    ("fr", "Aïn al-Assad", "ain_asad"), ("en", "Ain al-Asad", "ain_asad"),
    ("fr", "Ain al-Assad", "ain_asad"), ("en", "Al-Asad Airbase", "ain_asad"),
    ("fr", "base d'al-Asad", "ain_asad"), ("ar", "عين الأسد", "ain_asad"),
    ("ar", "قاعدة عين الأسد", "ain_asad"),
    ("fr", "Koniko", "conoco"), ("en", "Conoco", "conoco"), ("ar", "كونيكو", "conoco"),
    ("en", "Mission Support Site Euphrates", "conoco"),
    ("fr", "al-Chaddadi", "shaddadi"), ("en", "al-Shadadi", "shaddadi"),
    ("en", "Shaddadi", "shaddadi"), ("fr", "Al-Shaddadi", "shaddadi"),
    ("ar", "الشدادي", "shaddadi"),
    ("en", "Green Village", "omar"), ("fr", "champ pétrolier d'al-Omar", "omar"),
    ("ar", "حقل العمر", "omar"),
    ("fr", "Al-Tanf", "tanf"), ("ar", "التنف", "tanf"),
    ("fr", "Rmeilan", "rmelan"), ("en", "Rmelan", "rmelan"), ("en", "Rumeilan", "rmelan"),
    ("ar", "رميلان", "rmelan"),
    ("en", "Tower 22", "tower22"), ("fr", "Tour 22", "tower22"), ("ar", "البرج 22", "tower22"),
    ("en", "Harir", "harir"), ("fr", "Hrir", "harir"),
    ("fr", "Qaïm-Bukamal", "qaim_bukamal"), ("fr", "al-Qaem – al-Bukamal", "qaim_bukamal"),
    ("fr", "Bukamal-Qaïm", "qaim_bukamal"),
    ("fr", "Hassaké", "hasakah"), ("en", "Hasakah", "hasakah"), ("en", "Hassakeh", "hasakah"),
    ("ar", "الحسكة", "hasakah"),
    ("en", "Deir ez-Zor", "deir_ezzor"), ("fr", "Deir Ezzor", "deir_ezzor"),
    ("en", "Deir el-Zor", "deir_ezzor"), ("ar", "دير الزور", "deir_ezzor"),
    ("fr", "Bagdad", "baghdad"), ("en", "Baghdad", "baghdad"), ("ar", "بغداد", "baghdad"),
    ("en", "Umm al-Rashrash", "eilat"), ("ar", "أم الرشراش", "eilat"),
    ("fr", "aéroport d'Erbil", "erbil_airport"),
    ("fr", "Zone verte", "us_embassy_baghdad"), ("en", "Green Zone", "us_embassy_baghdad"),
    ("fr", "Irak", "iraq"), ("fr", "Syrie", "syria"), ("fr", "Jordanie", "jordan"),
    ("fr", "Liban", "lebanon"), ("en", "Iraq", "iraq"), ("ar", "العراق", "iraq"),
    ("ar", "سوريا", "syria"), ("ar", "سورية", "syria"),
    ("en", "Muwaffaq Salti", "muwaffaq_salti"), ("fr", "Jourf al-Sakhar", "jurf_sakhar"),
    ("en", "Jurf al-Nasr", "jurf_sakhar"), ("en", "Abu Kamal", "albu_kamal"),
    ("fr", "Boukamal", "albu_kamal"), ("en", "Mayadin", "mayadin"),
]

# Words that look like a place after normalisation but name something else in the news.
# Bare القائم ("the existing") does name the town: the Arabic pack masks the phrases in
# which it does not ("الوضع القائم", "القائم بالأعمال"), see tests/lang/ar.
NOT_PLACES = [
    ("fr", "Bachar al-Assad"), ("en", "al-Assad"), ("en", "Al Mayadeen"), ("en", "Victory"),
    ("fr", "Victoire"), ("ar", "الميادين"), ("ar", "الأسد"), ("en", "Omar"),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.shipped()


def resolve(gazetteer: Gazetteer, lang: str, text: str) -> set[str]:
    key = normalise_phrase(text)
    return {pid for alias, pid in gazetteer.aliases(lang) if normalise_phrase(alias) == key}


def test_shipped_is_loaded_once(gazetteer):
    assert Gazetteer.shipped() is gazetteer


def test_size_and_kinds(gazetteer):
    assert len(gazetteer) >= 200
    assert {p.kind for p in gazetteer} <= KINDS


@pytest.mark.parametrize(("place_id", "where"), SEED_PLACES.items())
def test_seed_ids_exist_where_the_seed_puts_them(gazetteer, place_id, where):
    place = gazetteer.place(place_id)
    assert place is not None
    assert distance_km(place.lat, place.lon, *where) < 5


def test_every_governorate_of_the_four_countries(gazetteer):
    counts = Counter(p.country for p in gazetteer if p.kind == "governorate")
    assert counts["IQ"] == 19 and counts["SY"] == 14 and counts["JO"] == 12
    assert counts["LB"] >= 8


def test_countries_and_regions(gazetteer):
    countries = {p.country for p in gazetteer if p.kind == "country"}
    assert {"IQ", "SY", "JO", "LB", "IL", "IR", "YE"} <= countries
    assert gazetteer.place("red_sea").kind == "sea"  # seas only situate a coastal target


def test_every_place_has_an_alias_in_fr_en_and_ar(gazetteer):
    for lang in ("fr", "en", "ar"):
        named = {pid for _, pid in gazetteer.aliases(lang)}
        assert not {p.id for p in gazetteer} - named, lang


def test_arabic_aliases_are_arabic_and_latin_ones_are_not(gazetteer):
    for alias, pid in gazetteer.aliases("ar"):
        assert any("\u0600" <= ch <= "\u06ff" for ch in alias), (alias, pid)
    for lang in ("fr", "en"):
        for alias, pid in gazetteer.aliases(lang):
            assert not any("\u0600" <= ch <= "\u06ff" for ch in alias), (alias, pid)


def test_no_alias_names_two_places(gazetteer):
    for lang in ("fr", "en", "ar"):
        places_by_key = defaultdict(set)
        for alias, pid in gazetteer.aliases(lang):
            places_by_key[normalise_phrase(alias)].add(pid)
        assert {k: v for k, v in places_by_key.items() if len(v) > 1} == {}, lang


def test_every_parent_chain_ends_at_a_country_or_region_of_the_same_country(gazetteer):
    for place in gazetteer:
        chain = gazetteer.parent_chain(place.id)
        assert chain[-1].kind in {"country", "region"} or chain == [place], place.id
        assert {p.country for p in chain} == {place.country}, place.id


def test_sites_hang_under_their_governorate(gazetteer):
    assert [p.id for p in gazetteer.parent_chain("tower22")] == ["tower22", "mafraq_gov", "jordan"]
    assert [p.id for p in gazetteer.parent_chain("harir")][-2:] == ["kurdistan_region", "iraq"]


@pytest.mark.parametrize(("lang", "text", "place_id"), RESOLVES)
def test_issue_examples_resolve(gazetteer, lang, text, place_id):
    assert resolve(gazetteer, lang, text) == {place_id}


@pytest.mark.parametrize(("lang", "text"), NOT_PLACES)
def test_look_alike_words_are_not_places(gazetteer, lang, text):
    assert resolve(gazetteer, lang, text) == set()
