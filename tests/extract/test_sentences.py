"""Sentence boundaries on the original text, as scraped pages write them."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.extract.normalise import normalise
from veille.extract.sentences import split_sentences

ABBREVIATIONS = frozenset({"m", "mme", "gen"})


def sentences(text: str) -> list[str]:
    norm = normalise(text)
    return [norm.text[s.start : s.end].strip() for s in split_sentences(norm, ABBREVIATIONS)]


@pytest.mark.parametrize("text, count", [
    ("Deux drones ont visé la base. Les sources confirment.", 2),
    ("Deux drones ont visé la base.Les sources confirment.", 2),  # glued by a scraper
    ("La base a été visée.À Bagdad, rien.", 2),
    ("Selon M. Ryder, les forces U.S. ont riposté.", 1),  # abbreviations stay inside
    ("Le 24.10.2023, des drones ont visé la base.", 1),
    ("Le groupe ISIS.Il a frappé.", 1),  # a capitalised word before the stop: left alone
    ("Les FDS ont dénoncé « une attaque (...) qui a visé al-Omar ».", 1),  # words left out
    ("Le groupe a dit « avoir frappé […] la base de Conoco ».", 1),
])
def test_boundaries(text, count):
    assert len(sentences(text)) == count


# The boundary as first written: each alternative opening on its own class. The pattern
# in use opens on one class (so that `re` skips ahead) and must cut in the same places.
_BOUNDARY_AS_WRITTEN = re.compile(
    r"[.!?؟…]+[\"»”’)\]]*\s+|\n\s*|[.!?](?<=[^\W\d_]{3}[.!?])(?<=[^\W\dA-Z_][.!?])(?=[A-ZÀ-Ý])"
)


@given(st.lists(st.sampled_from(list("ab AÉ.!?؟…\"»”’)]\n\t1") + ["des", "Deux"])).map("".join))
def test_the_boundary_cuts_where_its_first_form_did(text):
    from veille.extract.sentences import _BOUNDARY
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [
        m.span() for m in _BOUNDARY_AS_WRITTEN.finditer(text)]


_WORD_BEFORE_AS_WRITTEN = re.compile(r"(\w+)\W*$")


@given(st.lists(st.sampled_from(list("ab É_1 .-)(\u0661ع\u064e") + ["Etats", "M."])).map("".join),
       st.integers(min_value=0, max_value=60))
def test_the_word_before_a_stop_is_the_regex_search_it_replaced(text, at):
    from veille.extract.sentences import word_before
    at = min(at, len(text))
    found = _WORD_BEFORE_AS_WRITTEN.search(text[max(0, at - 20) : at])
    assert word_before(text, at) == (found.group(1) if found else "")
