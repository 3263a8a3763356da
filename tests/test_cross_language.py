"""One attack, three languages: the reports merge into one incident with three sources.

The texts are written for this test in the style of a French correspondent's
report, an English wire story and an Arabic militia communiqué.
"""

from __future__ import annotations

import json
from pathlib import Path

from veille.pipeline import RunOptions, run_ingest
from veille.store import Store

REPORTS = [
    {
        "id": "fr-omar", "lang": "fr", "published": "2024-01-15", "outlet": "Le Veilleur (fictif)",
        "text": "Une salve de roquettes a visé dimanche soir la base américaine du champ pétrolier "
                "d'al-Omar, dans la campagne de Deir ez-Zor, a rapporté notre correspondant. "
                "Aucune victime n'a été signalée.",
    },
    {
        "id": "en-omar", "lang": "en", "published": "2024-01-15", "outlet": "Wire (fictional)",
        "text": "BAGHDAD, Jan 15 (Wire) - Several rockets were fired at U.S. forces at the Al-Omar "
                "oil field in eastern Syria late on Sunday, a U.S. military official said. "
                "There were no injuries.",
    },
    {
        "id": "ar-omar", "lang": "ar", "published": "2024-01-15", "outlet": "قناة (خيالية)",
        "text": "أعلنت المقاومة الإسلامية في العراق أن مجاهديها استهدفوا مساء أمس الأحد قاعدة "
                "الاحتلال الأمريكي في حقل العمر النفطي بريف دير الزور برشقة صاروخية.",
    },
]


def _ingest(tmp_path: Path) -> Store:
    source = tmp_path / "reports.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in REPORTS), encoding="utf-8")
    store = Store.open(tmp_path / "veille.db")
    report = run_ingest([source], store, RunOptions())
    assert report.exit_code == 0
    return store


def test_each_language_yields_its_report(tmp_path):
    store = _ingest(tmp_path)
    for doc in REPORTS:
        reports = store.reports(doc_id=doc["id"])
        assert [(r.place.id, r.date) for r in reports] == [("omar", "2024-01-14")], doc["id"]


def test_three_languages_make_one_incident_with_three_sources(tmp_path):
    store = _ingest(tmp_path)
    omar = [i for i in store.incidents() if any(r.place and r.place.id == "omar" for r in i.reports)]
    assert len(omar) == 1
    assert omar[0].doc_ids == {"fr-omar", "en-omar", "ar-omar"}
