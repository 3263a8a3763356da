"""Date expressions resolve against the publication date and never after it."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.extract.dates import Anchor, DateReader, resolve
from veille.extract.normalise import normalise
from veille.extract.numbers import NumberReader
from veille.extract.pack import load_pack


@pytest.fixture(scope="module")
def french():
    pack = load_pack("fr")
    return DateReader(pack, NumberReader(pack))


def dates(reader, text, published):
    anchor = Anchor.parse(published)
    return [resolve(m, anchor).value for m in reader.mentions(normalise(text).text) if not m.since]


@pytest.mark.parametrize("text, published, expected", [
    ("hier vendredi", "2023-12-09", ["2023-12-08"]),
    ("lundi matin", "2024-01-08", ["2024-01-08"]),
    ("dimanche à l'aube", "2024-01-08", ["2024-01-07"]),
    ("mardi 12 décembre dans la soirée", "2023-12-13", ["2023-12-12"]),
    ("le 28 décembre", "2024-01-04", ["2023-12-28"]),
    ("avant-hier", "2024-01-08", ["2024-01-06"]),
    ("il y a deux jours", "2023-12-12", ["2023-12-10"]),
    ("samedi dernier", "2024-01-06", ["2023-12-30"]),
    ("en décembre", "2024-01-04", ["2023-12"]),
    ("ce samedi", "2023-12", ["2023-12"]),  # only the month of publication is known
    ("la semaine dernière", "2024-01-24", ["2024-01"]),  # 7 to 13 days back: January
    ("la semaine dernière", "2024-01-09", [None]),  # straddles December and January
    ("le mois dernier", "2024-01-09", ["2023-12"]),
    ("ce mois-ci", "2024-01-09", ["2024-01"]),
    # another zone's day after the local time is not the day told; a lone one is
    ("à environ 02H50 (23H50 GMT mercredi)", "2024-10-17", []),
    ("vers 01h30 GMT vendredi", "2023-10-28", ["2023-10-27"]),
    # a night told by its two days is the second
    ("dans la nuit de mercredi à jeudi", "2023-12-28", ["2023-12-28"]),
    ("mercredi et jeudi", "2023-12-28", ["2023-12-27", "2023-12-28"]),
])
def test_french_expressions(french, text, published, expected):
    assert dates(french, text, published) == expected


def test_since_is_a_start_not_an_event_date(french):
    mentions = french.mentions(normalise("118 attaques depuis le 17 octobre").text)
    assert [m.since for m in mentions] == [True]


@pytest.mark.parametrize("lang, text", [
    ("fr", "la première attaque depuis le début de la guerre entre Israël et le Hamas le 7 octobre"),
    ("en", "the first attack since the beginning of the Israel-Hamas war on Oct. 7"),
    ("ar", "أول هجوم منذ بدء الحرب بين إسرائيل وحماس في 7 أكتوبر"),
    ("fr", "c'est la première fois depuis la fin du mois de mars"),
])
def test_a_start_named_a_few_words_after_since_is_a_start(lang, text):
    pack = load_pack(lang)
    reader = DateReader(pack, NumberReader(pack))
    mentions = reader.mentions(normalise(text, pack.normalise).text)
    assert [m.since for m in mentions] == [True]


def test_a_date_well_after_a_plain_since_is_an_event_date(french):
    text = "depuis des semaines les bases sont visées, et une attaque a eu lieu le 7 octobre"
    explicit = [m for m in french.mentions(normalise(text).text) if m.kind == "explicit"]
    assert [m.since for m in explicit] == [False]


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)),
       st.sampled_from(["hier", "lundi", "vendredi 5 janvier", "le 31 décembre", "avant-hier",
                        "dimanche dernier", "en mars", "il y a trois jours", "1er mai"]))
def test_never_after_publication(published, text):
    pack = load_pack("fr")
    reader = DateReader(pack, NumberReader(pack))
    for value in dates(reader, text, published.isoformat()):
        if value and len(value) == 10:
            assert date.fromisoformat(value) <= published
            assert published - date.fromisoformat(value) < timedelta(days=366)
        elif value:
            assert value <= published.isoformat()[:7]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "last week", "2024-01"),
    ("en", "earlier this month", "2024-01"),
    ("ar", "الأسبوع الماضي", "2024-01"),
    ("ar", "الشهر الماضي", "2023-12"),
])
def test_periods_name_a_month_at_best(lang, text, expected):
    pack = load_pack(lang)
    reader = DateReader(pack, NumberReader(pack))
    assert dates(reader, normalise(text, pack.normalise).text, "2024-01-24") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("overnight Saturday into Sunday", ["2024-01-07"]),
    ("on the night of Saturday to Sunday", ["2024-01-07"]),
    ("at 2:50 a.m. (2350 GMT Saturday)", []),
])
def test_english_nights_and_other_zones(text, expected):
    pack = load_pack("en")
    reader = DateReader(pack, NumberReader(pack))
    assert dates(reader, normalise(text, pack.normalise).text, "2024-01-08") == expected


@pytest.mark.parametrize("text", ["ليلة السبت على الأحد", "ليل السبت إلى الأحد"])
def test_arabic_nights_are_dated_by_their_second_day(text):
    pack = load_pack("ar")
    reader = DateReader(pack, NumberReader(pack))
    assert dates(reader, normalise(text, pack.normalise).text, "2024-01-08") == ["2024-01-07"]
