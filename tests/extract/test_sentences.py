"""Sentence boundaries on the original text, as scraped pages write them."""

import pytest

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
])
def test_boundaries(text, count):
    assert len(sentences(text)) == count
