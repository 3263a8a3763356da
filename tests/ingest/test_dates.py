import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.ingest.dates import from_date_line, from_metadata, parse_declared
from veille.ingest.months import fold, month_table


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-01-08", ("2024-01-08", "day")),
        ("2023-12", ("2023-12", "month")),
        ("2024-01-08T22:15:00Z", ("2024-01-08", "day")),
        ("2024-01-08T22:15:00+03:00", ("2024-01-08", "day")),
    ],
)
def test_declared_dates(value, expected):
    assert parse_declared(value) == expected


@pytest.mark.parametrize("value", ["last Tuesday", "2024-13", "2024-02-30", "08/01/2024", ""])
def test_declared_non_dates_are_refused(value):
    with pytest.raises(ValueError):
        parse_declared(value)


def test_metadata_dates_in_common_formats():
    assert from_metadata("Mon, 08 Jan 2024 14:20:00 +0000") == ("2024-01-08", "day")
    assert from_metadata(time.strptime("2024-01-06", "%Y-%m-%d")) == ("2024-01-06", "day")
    assert from_metadata("January 2024") == ("2024-01", "month")
    assert from_metadata("yesterday") is None  # relative: would change from run to run
    assert from_metadata(None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TV\n date 2023-12 \nDes roquettes...", ("2023-12", "month")),
        ("Published: 2024-01-08\n\nBAGHDAD — rockets", ("2024-01-08", "day")),
        ("Titre\nMis à jour 2024-1-9 à 10h\n", ("2024-01-09", "day")),
    ],
)
def test_numeric_date_lines(text, expected):
    assert from_date_line(text) == expected


def test_dates_inside_prose_or_far_down_are_not_publication_dates():
    prose = "Le 8 janvier 2024 " + "une longue phrase sur une attaque qui continue " * 3
    assert from_date_line(prose) is None
    assert from_date_line("x\n" * 200 + "date 2024-01-08") is None


def test_month_word_date_lines_come_from_the_language_pack(months_pack):
    assert from_date_line("Publié le 8 janvier 2024 à 10h30\nTexte") == ("2024-01-08", "day")
    assert from_date_line("Publié le 1er FÉVRIER 2024") == ("2024-02-01", "day")
    assert from_date_line("Mis en ligne en décembre 2023") == ("2023-12", "month")
    assert from_date_line("نشر في ٨ كانون الثاني ٢٠٢٤") == ("2024-01-08", "day")
    assert from_date_line("الاثنين 8 يناير 2024") == ("2024-01-08", "day")


def test_month_words_absent_from_the_pack_give_nothing(months_pack):
    assert from_date_line("Published January 8, 2024") is None


def test_a_missing_or_broken_pack_falls_back_to_numbers(tmp_path):
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "dates.toml").write_text("[months\njanvier = ", encoding="utf-8")
    assert month_table(tmp_path) == {}
    assert month_table(tmp_path / "absent") == {}


def test_folding_ignores_case_accents_and_arabic_variants():
    assert fold("Février") == fold("fevrier")
    assert fold("كانون   الثانى") == fold("كانون الثاني")
    assert fold("إبريل") == fold("ابريل")


def test_the_shipped_french_pack_names_january_when_present():
    table = month_table()
    if fold("janvier") not in table:
        pytest.skip("lang/fr/dates.toml not written yet")
    assert table[fold("janvier")] == 1


@given(st.text(max_size=400))
def test_date_lines_never_raise_and_are_well_formed(text):
    found = from_date_line(text)
    assert found is None or found[1] in {"day", "month"}


@given(st.text(max_size=40))
def test_declared_dates_raise_only_value_error(value):
    try:
        published, precision = parse_declared(value)
    except ValueError:
        return
    assert len(published) == (10 if precision == "day" else 7)
