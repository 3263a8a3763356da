"""Munition counts: digits, number words, approximate and vague amounts."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.extract.normalise import normalise
from veille.extract.numbers import NumberReader
from veille.extract.pack import load_pack


@pytest.fixture(scope="module")
def french():
    return NumberReader(load_pack("fr"))


@pytest.mark.parametrize("text, value, approx", [
    ("30 roquettes", 30, False),
    ("trois missiles", 3, False),
    ("une trentaine de roquettes", 30, True),
    ("des dizaines de drones", None, True),
    ("au moins 118 attaques", 118, True),
    ("plus de 2 500 militaires", 2500, True),
    ("quatre-vingt-dix-neuf", 99, False),
    ("deux cent cinquante", 250, False),
])
def test_french_quantities(french, text, value, approx):
    q = french.quantities(normalise(text).text)[0]
    assert (q.value, q.approx) == (value, approx)


@given(st.text(alphabet="0123456789 abcdefghijklmnopqrstuvwxyz", max_size=120))
def test_any_text_reads_without_error(text):
    reader = NumberReader(load_pack("fr"))
    for q in reader.quantities(text):
        assert 0 <= q.start < q.end <= len(text)
