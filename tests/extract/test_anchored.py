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
