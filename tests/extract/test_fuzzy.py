"""Place names spelt otherwise than any alias: guessed after a place cue, by similarity."""

import pytest

import grounded


@pytest.fixture(scope="module")
def extractor():
    from veille.extract import Extractor
    return Extractor()


@pytest.mark.parametrize(("text", "lang", "place", "written"), [
    ("Elle a assuré avoir bombardé mardi la base al-Rokbane au moyen de deux drones.",
     "fr", "rukban", "al-Rokbane"),
    ("Austin said U.S. aircraft struck on Sunday sites near Abukama used by the IRGC.",
     "en", "albu_kamal", "Abukama"),
])
def test_a_place_spelt_otherwise_after_a_cue_is_found_with_its_own_spelling(
        extractor, text, lang, place, written):
    report = grounded.one(extractor, text, lang, "2023-11-12")
    assert report.place.id == place
    assert [e.text for e in report.evidence if e.field == "place"] == [written]


@pytest.mark.parametrize(("text", "lang"), [
    # countries and provinces have settled spellings: never guessed
    ("Two drones were shot down on Sunday near Nineve, officials said.", "en"),
    # a name not close enough to any place ("Rami" / "Ramadi")
    ("Des roquettes ont été tirées dimanche près de Rami, selon des sources locales.", "fr"),
    # a script without capitals guesses nothing
    ("سقطت صواريخ قرب الركبانة يوم الأحد.", "ar"),
])
def test_no_place_is_guessed_from_a_name_far_from_every_site(extractor, text, lang):
    assert grounded.reports(extractor, text, lang, "2023-11-12") == []
