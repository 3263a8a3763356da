"""French golden set: the reports in reports/ (written for Veille in the style of AFP,
RFI and Al Mayadeen French). For every document, every expected event (place id, date,
actor, weapons, count, claim, outcome, casualties) must be extracted and nothing else.
Documents that trip over a known engine gap are marked xfail with the gap named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.extract import Extractor
from veille.model import Document

HERE = Path(__file__).parent
GOLD = [json.loads(line) for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()]

ENGINE_GAPS = {
}


def _row(r) -> dict:
    return {"place_id": r.place.id, "date": r.date, "actor": r.actor,
            "weapons": sorted(map(str, r.weapons)), "count": r.count, "claim": str(r.claim),
            "outcome": str(r.outcome), "casualties": str(r.casualties)}


def _params():
    for gold in GOLD:
        marks = [pytest.mark.xfail(reason=ENGINE_GAPS[gold["id"]], strict=True)] \
            if gold["id"] in ENGINE_GAPS else []
        yield pytest.param(gold, id=gold["id"], marks=marks)


def _key(row: dict) -> tuple:
    return (row["place_id"], row["date"] or "")


@pytest.mark.parametrize("gold", list(_params()))
def test_golden_document(extractor: Extractor, gold: dict) -> None:
    text = (HERE / "reports" / f"{gold['id']}.txt").read_text(encoding="utf-8")
    result = extractor.extract(Document(id=gold["id"], text=text, published=gold["published"],
                                        lang="fr"))
    for r in result.reports:
        for e in r.evidence:
            assert text[e.start:e.end] == e.text
    assert sorted(map(_row, result.reports), key=_key) == sorted(gold["events"], key=_key)


def test_every_report_has_its_gold() -> None:
    assert {p.stem for p in (HERE / "reports").glob("*.txt")} == {g["id"] for g in GOLD}
