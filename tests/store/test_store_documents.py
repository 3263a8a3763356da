"""Documents, extractions, tallies and quarantine in a real SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from store_factory import document, extraction, report, with_evidence

from veille.model import Evidence, Extraction, Quarantine, Tally
from veille.store import Store, StoreError


def count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()


def test_save_document_reports_new_unchanged_and_changed(store):
    assert store.save_document(document("a")) == "new"
    assert store.save_document(document("a")) == "unchanged"
    assert store.save_document(document("a", text="Autre texte.")) == "changed"
    assert store.document("a").text == "Autre texte."
    assert count(store, "documents") == 1


def test_document_round_trips_every_field(store):
    doc = document("a", url="https://x.example/1", outlet="Al Mayadeen", published="2024-01-08",
                   published_precision="day", lang="fr", lang_confidence=0.98, title="T",
                   source="in.jsonl:3", kind="jsonl")
    store.save_document(doc)
    assert store.document("a") == doc


def test_document_is_pending_until_extracted(store):
    store.save_document(document("a"))
    assert store.document_status("a") == "pending"
    store.save_extraction(extraction("a", report("a")))
    assert store.document_status("a") == "extracted"


def test_statuses_for_no_events_and_unsupported(store):
    store.save_document(document("a"))
    store.save_document(document("b", lang="de"))
    store.save_extraction(extraction("a"))
    store.save_extraction(Extraction(doc_id="b", lang="de", supported=False))
    assert store.document_status("a") == "no-events"
    assert [d.id for d in store.documents(status="unsupported")] == ["b"]
    assert [d.id for d in store.documents(lang="de")] == ["b"]


def test_reports_round_trip_with_place_and_evidence(store):
    store.save_document(document("a"))
    original = with_evidence(report("a", weapons=("rocket", "drone")))
    original.count, original.count_approx, original.killed = 30, True, 2
    store.save_extraction(extraction("a", original))
    [loaded] = store.reports(doc_id="a")
    assert loaded == original


def test_save_extraction_replaces_the_previous_one(store):
    store.save_document(document("a"))
    store.save_extraction(extraction("a", with_evidence(report("a", seq=0)), report("a", seq=1)))
    store.save_extraction(extraction("a", with_evidence(report("a", seq=0))))
    assert len(store.reports(doc_id="a")) == 1
    assert count(store, "evidence") == 2


def test_changed_document_drops_its_old_reports(store):
    store.save_document(document("a"))
    store.save_extraction(extraction("a", report("a")))
    store.save_document(document("a", text="Texte corrigé."))
    assert store.reports(doc_id="a") == []
    assert store.document_status("a") == "pending"


def test_repeated_report_seqs_are_renumbered(store):
    store.save_document(document("a"))
    store.save_extraction(extraction("a", report("a"), report("a", date="2024-01-07")))
    assert [r.id for r in store.reports()] == ["a#0", "a#1"]


def test_tallies_round_trip(store):
    store.save_document(document("a"))
    tally = Tally(doc_id="a", count=118, since="2023-10-17", as_of="2024-01-04",
                  by="Pentagon", evidence=[Evidence("count", 0, 3, "Une")])
    store.save_extraction(Extraction(doc_id="a", tallies=[tally]))
    assert store.tallies(doc_id="a") == [tally]


def test_same_bad_input_is_quarantined_once(store):
    bad = Quarantine(source="in.jsonl", reason="line 3 is not JSON", code="bad-json", line=3,
                     raw=b"{oops")
    assert store.save_quarantine(bad) is True
    assert store.save_quarantine(bad) is False
    assert store.save_quarantine(Quarantine("in.jsonl", "no text", "no-text", line=4)) is True
    assert store.quarantined()[0] == bad
    assert count(store, "quarantine") == 2


def test_batch_is_one_transaction(store):
    with pytest.raises(RuntimeError), store.batch():
        store.save_document(document("a"))
        raise RuntimeError("extractor crashed")
    assert store.documents() == []


def test_ingest_sequence_gives_document_order(store):
    for doc_id in ("z", "a", "m"):
        store.save_document(document(doc_id))
    assert [d.id for d in store.documents()] == ["z", "a", "m"]


def test_sqlite_runs_in_wal_mode_with_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_open_accepts_a_sqlalchemy_url(tmp_path: Path):
    with Store.open(f"sqlite:///{tmp_path / 'x.db'}") as opened:
        opened.save_document(document("a"))
    with Store.open(tmp_path / "x.db") as reopened:
        assert reopened.document("a") is not None


def test_missing_folder_is_one_clear_error(tmp_path: Path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "nowhere" / "x.db")


def test_a_database_from_an_older_schema_is_one_clear_error(tmp_path: Path):
    path = tmp_path / "old.db"
    with Store.open(path):
        pass
    with sqlite3.connect(path) as conn:  # as made before reports had a date_basis
        conn.execute("ALTER TABLE reports DROP COLUMN date_basis")
    with pytest.raises(StoreError, match="lacks column.*date_basis.*older Veille"):
        Store.open(path)
