"""Extraction helpers for the language tests: every report they return has been checked
to cite the very characters of its text."""

from __future__ import annotations

from veille.extract import Extractor
from veille.model import Document, EventReport


def reports(extractor: Extractor, text: str, lang: str, published: str) -> list[EventReport]:
    found = extractor.extract(Document(id="t", text=text, published=published, lang=lang)).reports
    for report in found:
        for ev in report.evidence:
            assert text[ev.start : ev.end] == ev.text
    return found


def one(extractor: Extractor, text: str, lang: str, published: str) -> EventReport:
    found = reports(extractor, text, lang, published)
    assert len(found) == 1, [(r.place.id, r.date) for r in found]
    return found[0]
