"""Every row of a language pack's tables says something once: a repeated row is an edit
that did not look for the phrase it added."""

from __future__ import annotations

from collections import Counter

import pytest

from veille.extract.pack import lang_root, read_tsv


@pytest.mark.parametrize("table", ["lexicon.tsv", "actors.tsv", "places.tsv"])
@pytest.mark.parametrize("lang", ["fr", "en", "ar"])
def test_no_row_is_repeated(lang: str, table: str) -> None:
    rows = [tuple(v for k, v in r.items() if k != "_line") for r in read_tsv(lang_root() / lang / table)]
    repeated = sorted(r for r, n in Counter(rows).items() if n > 1)
    assert not repeated
