"""The annotator's helpers held to the plain forms they replaced."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.extract.annotate import _datelines
from veille.extract.normalise import normalise
from veille.extract.pack import PackError, _dateline, load_pack

PIECES = ["BAGDAD", "Bagdad", ", ", " (AFP) ", "(Erbil) ", " - ", "— ", "\n", "\n ", " ",
          "23 nov 2023", "Des drones", "بغداد", " - ", "(Reuters)", "ERBIL, Kurdistan", ":", "x"]


def _datelines_by_finditer(text, pattern):
    norm = normalise(text)
    spans = []
    for m in pattern.finditer(norm.original):
        group = next((g for g in range(1, (pattern.groups or 1) + 1) if m.start(g) >= 0), 1)
        a, b = m.span(group)
        spans.append((norm.index_of(a), norm.index_of(b)))
    return spans


@pytest.mark.parametrize("code", ["fr", "en", "ar"])
@given(text=st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_datelines_tried_at_line_starts_are_those_finditer_found(code, text):
    pattern = load_pack(code).dateline
    assert _datelines(normalise(text), pattern) == _datelines_by_finditer(text, pattern)


def test_a_dateline_pattern_must_open_a_line():
    with pytest.raises(PackError, match="must open a line"):
        _dateline(r"([A-Z]+) \(AFP\)", Path("lang.toml"))
