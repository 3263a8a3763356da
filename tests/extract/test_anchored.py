"""The date and number readers find the same expressions whether they scan for their
opener words themselves (standalone use) or take them from the matcher's pass (the
annotator): the two ways of finding openers must agree."""

import json
from pathlib import Path

import pytest

from veille.extract.anchored import digit_starts
from veille.extract.extractor import Extractor
from veille.extract.normalise import normalise

ROOT = Path(__file__).resolve().parents[2]


def _texts(lang: str) -> list[str]:
    if lang == "fr":
        rows = (ROOT / "examples" / "reports.jsonl").read_text(encoding="utf-8").splitlines()
        return [json.loads(r)["text"] for r in rows if r.strip()]
    reports = ROOT / "tests" / "lang" / lang / "reports"
    return [p.read_text(encoding="utf-8") for p in sorted(reports.glob("*"))]


@pytest.mark.parametrize("lang", ["fr", "en", "ar"])
def test_openers_from_the_matcher_find_what_the_readers_own_scan_finds(lang):
    annotator = Extractor()._engine(lang).annotator
    texts = _texts(lang)
    assert texts
    for text in texts:
        norm = normalise(text, annotator.pack.normalise).text
        _, openers = annotator.matcher.scan(norm)
        digits = set(digit_starts(norm))
        dates = sorted(digits | set(openers.get("dates", [])))
        numbers = sorted(digits | set(openers.get("numbers", [])))
        assert annotator.dates.mentions(norm, (), dates) == annotator.dates.mentions(norm)
        assert annotator.numbers.quantities(norm, numbers) == annotator.numbers.quantities(norm)


def _spans(pattern, norm: str, starts) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(norm, starts)]


@pytest.mark.parametrize("lang", ["fr", "en", "ar"])
def test_trying_the_readers_only_at_their_opening_phrases_misses_nothing(lang):
    """Whole phrases ("la veille", "il y a") open the readers' patterns, not their first
    words: trying the patterns at every word start must find nothing more."""
    annotator = Extractor()._engine(lang).annotator
    for text in _texts(lang):
        norm = normalise(text, annotator.pack.normalise).text
        every_word = [0] + [i + 1 for i, ch in enumerate(norm) if ch == " "]
        for pattern in (annotator.dates._pattern, annotator.numbers._pattern):
            anchored = _spans(pattern, norm, None)
            everywhere = _spans(pattern, norm, every_word)
            if lang == "ar":  # clitic-glued openers ("وأمس") start inside a word
                assert set(everywhere) <= set(anchored)
            else:
                assert everywhere == anchored
