"""The pipeline end to end on tiny JSONL inputs and a real SQLite file.

Meaningful with or without events: the assertions are about documents,
statuses, quarantine, idempotence and the agreement of counts with the store.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import OMAR
from veille.model import Document, EventReport, Evidence, Extraction
from veille.pipeline import IngestReport, RunOptions, extract_documents, run_ingest
from veille.store import Store

ATTACK = ("La base américaine du champ pétrolier d'al-Omar, dans l'est de la Syrie, "
          "a été attaquée ce matin, lundi 8 janvier, avec une trentaine de roquettes.")
SAME_ATTACK = ("Une attaque à la roquette a visé lundi la base d'al-Omar, "
               "dans le gouvernorat de Deir Ezzor.")


def write_jsonl(path: Path, *lines: dict | str) -> Path:
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
        encoding="utf-8",
    )
    return path


def doc(doc_id: str, text: str = ATTACK, **fields: str) -> dict:
    return {"id": doc_id, "text": text, "published": "2024-01-08", "lang": "fr", **fields}


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "veille.db") as opened:
        yield opened


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    return write_jsonl(
        tmp_path / "in.jsonl",
        doc("a", outlet="Al Mayadeen"),
        doc("b", SAME_ATTACK, outlet="Press TV"),
        "{not json",
        {"id": "c"},
    )


def use_extractor(monkeypatch: pytest.MonkeyPatch, extractor: object) -> None:
    """Run the pipeline with a stand-in extractor (and no shipped gazetteer to load)."""
    monkeypatch.setattr("veille.pipeline.shipped_gazetteer", lambda: None)
    monkeypatch.setattr("veille.pipeline.make_extractor", lambda gazetteer: extractor)


def snapshot(store: Store) -> tuple:
    return (
        [(d.id, store.document_status(d.id)) for d in store.documents()],
        [(r.id, r.incident_id) for r in store.reports()],
        [i.id for i in store.incidents()],
        len(store.quarantined()),
    )


def test_documents_are_stored_and_bad_lines_quarantined(store, inputs):
    report = run_ingest([inputs], store)
    assert (report.new, report.unchanged, report.changed) == (2, 0, 0)
    assert [d.id for d in store.documents()] == ["a", "b"]
    assert len(report.quarantined) == 2 and report.exit_code == 1
    assert len(store.quarantined()) == 2


def test_statuses_and_counts_agree_with_the_store(store, inputs):
    report = run_ingest([inputs], store)
    statuses = [store.document_status(d.id) for d in store.documents()]
    assert set(statuses) <= {"extracted", "no-events"}
    assert report.no_events == statuses.count("no-events")
    assert report.reports == len(store.reports())
    assert report.incidents == len(store.incidents())


def test_re_ingesting_the_same_inputs_changes_nothing(store, inputs):
    run_ingest([inputs], store)
    before = snapshot(store)
    again = run_ingest([inputs], store)
    assert (again.new, again.unchanged, again.reports) == (0, 2, 0)
    assert again.exit_code == 1  # the bad lines are still reported, not re-recorded
    assert snapshot(store) == before


def test_changed_document_is_extracted_again(store, inputs, tmp_path):
    run_ingest([inputs], store)
    edited = write_jsonl(tmp_path / "edited.jsonl", doc("a", SAME_ATTACK))
    report = run_ingest([edited], store)
    assert report.changed == 1 and report.exit_code == 0
    assert store.document("a").text == SAME_ATTACK
    assert store.document_status("a") in {"extracted", "no-events"}


def test_all_good_inputs_exit_zero(store, tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", doc("a"))
    assert run_ingest([good], store).exit_code == 0


def test_progress_counts_every_input(store, inputs):
    seen: list[int] = []
    run_ingest([inputs], store, RunOptions(batch_size=1), progress=seen.append)
    assert sum(seen) == 4 and len(seen) == 4


def test_language_without_a_pack_is_unsupported(store, tmp_path, monkeypatch):
    class NoPack:
        def extract(self, doc: Document) -> Extraction:
            return Extraction(doc_id=doc.id, lang=doc.lang, supported=False)

    use_extractor(monkeypatch, NoPack())
    german = write_jsonl(tmp_path / "de.jsonl", doc("d", "Ein Angriff.", lang="de"))
    report = run_ingest([german], store)
    assert (report.unsupported, report.no_events, report.exit_code) == (1, 0, 0)
    assert store.document_status("d") == "unsupported"


def test_extractor_crash_keeps_the_document_and_quarantines_it(store, tmp_path, monkeypatch):
    class Broken:
        def extract(self, doc: Document) -> Extraction:
            raise ValueError("boom")

    use_extractor(monkeypatch, Broken())
    report = run_ingest([write_jsonl(tmp_path / "x.jsonl", doc("a"))], store)
    assert store.document_status("a") == "pending"
    assert [q.code for q in report.quarantined] == ["extract-failed"]
    use_extractor(monkeypatch, OneAttackPerDocument())
    retried = run_ingest([tmp_path / "x.jsonl"], store)
    assert retried.unchanged == 1 and store.document_status("a") != "pending"



class OneAttackPerDocument:
    """Stands in for the extractor: every document reports the al-Omar attack of 8 January."""

    def extract(self, doc: Document) -> Extraction:
        evidence = [Evidence("place", 0, 2, doc.text[:2])]
        attack = EventReport(doc_id=doc.id, place=OMAR, date="2024-01-08",
                             date_precision="day", evidence=evidence)
        return Extraction(doc_id=doc.id, reports=[attack], lang=doc.lang)


def test_incident_ids_hold_across_runs_and_new_sources(store, inputs, tmp_path, monkeypatch):
    use_extractor(monkeypatch, OneAttackPerDocument())
    first = run_ingest([inputs], store)
    [incident] = store.incidents()
    assert first.incidents == 1 and incident.doc_ids == {"a", "b"}
    later = write_jsonl(tmp_path / "later.jsonl", doc("c", outlet="Al Mayadeen"))
    run_ingest([inputs, later], store)
    [grown] = store.incidents()
    assert grown.id == incident.id and grown.doc_ids == {"a", "b", "c"}
    [summary] = store.incident_summaries()
    assert (summary["n_documents"], summary["n_outlets"]) == (3, 2)


def test_extract_documents_needs_no_database():
    docs = [Document(id="a", text=ATTACK, lang="fr", published="2024-01-08")]
    [extraction] = list(extract_documents(docs))
    assert extraction.doc_id == "a"
    assert all(r.evidence for r in extraction.reports)


def test_ingest_report_exit_code():
    assert IngestReport().exit_code == 0
