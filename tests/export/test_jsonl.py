import io
import json
import sys
from pathlib import Path

import pytest

from veille.export import write_jsonl

CONTRACT_KEYS = [
    "doc_id",
    "incident_id",
    "date",
    "date_precision",
    "date_basis",
    "place",
    "actor",
    "target",
    "weapons",
    "count",
    "count_approx",
    "claim",
    "outcome",
    "casualties",
    "outlet",
    "url",
    "lang",
    "evidence",
]
SCORER = Path("/work/shared/eval/score.py")


def export_lines(reports, sources) -> list[dict]:
    out = io.StringIO()
    assert write_jsonl(reports, sources, out) == len(reports)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_lines_carry_exactly_the_contract(omar_reports, sources):
    first, second = export_lines(omar_reports, sources)
    assert list(first) == CONTRACT_KEYS  # no killed/injured when the source does not say
    assert list(second) == CONTRACT_KEYS + ["killed"]
    assert first["place"] == {
        "id": "omar",
        "name": "Al-Omar oil field",
        "lat": 35.07,
        "lon": 40.44,
        "country": "SY",
        "admin1": "Deir ez-Zor",
    }
    assert first["evidence"] == [{"field": "place", "start": 30, "end": 37, "text": "al-Omar"}]
    assert (first["count"], first["count_approx"], first["claim"]) == (30, True, "claimed")


def test_outlet_url_lang_come_from_the_document(omar_reports, sources):
    first, second = export_lines(omar_reports, sources)
    assert (first["outlet"], first["url"], first["lang"]) == ("Outlet A", "http://a/1", "fr")
    assert second["lang"] == "en"


def test_a_report_without_place_or_document_still_exports(incidents):
    (line,) = export_lines(incidents[1].reports, {})
    assert line["place"] is None and line["outlet"] is None and line["date"] == "2024-01"


@pytest.mark.skipif(not SCORER.exists(), reason="shared eval kit absent")
def test_score_py_reads_the_export(omar_reports, sources, tmp_path):
    sys.path.insert(0, str(SCORER.parent))
    try:
        import score
    finally:
        sys.path.pop(0)
    gold = [
        {
            "id": "d1",
            "events": [
                {
                    "date": "2024-01-08",
                    "place_id": "omar",
                    "country": "SY",
                    "actor": "Islamic Resistance in Iraq",
                    "weapons": ["rocket"],
                    "count": 30,
                    "claim": "claimed",
                    "outcome": "hit",
                    "casualties": "unknown",
                }
            ],
        }
    ]
    result = score.score(gold, export_lines(omar_reports[:1], sources), {"omar": (35.07, 40.44)})
    assert result["f1"] == 1.0
    assert set(result["fields"].values()) == {1.0}
