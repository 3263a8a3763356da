"""Incident assignment, summaries and reviewer decisions that survive re-extraction."""

from __future__ import annotations

import pytest
from store_factory import AIN_ASAD, OMAR, document, extraction, report

from veille.resolve import resolve
from veille.store import Store, StoreError


def ingest(store: Store, doc_id: str, *reports, outlet: str | None = None) -> None:
    store.save_document(document(doc_id, text=f"Texte {doc_id}.", outlet=outlet))
    store.save_extraction(extraction(doc_id, *reports))


def reresolve(store: Store) -> dict[str, str]:
    mapping = resolve(store.reports(), store.review_links(), None, store.publication_dates())
    store.assign_incidents(mapping)
    return mapping


@pytest.fixture
def two_sources(store: Store) -> Store:
    ingest(store, "a", report("a", place=OMAR), outlet="Al Mayadeen")
    ingest(store, "b", report("b", place=OMAR), report("b", place=AIN_ASAD, seq=1))
    reresolve(store)
    return store


def test_assigned_incidents_come_back_with_their_reports(two_sources):
    incidents = two_sources.incidents()
    assert sorted(len(i.reports) for i in incidents) == [1, 2]
    merged = next(i for i in incidents if len(i.reports) == 2)
    assert merged.doc_ids == {"a", "b"}
    assert two_sources.incident(merged.id).doc_ids == {"a", "b"}
    assert {r.incident_id for r in two_sources.reports(incident_id=merged.id)} == {merged.id}


def test_incident_summary_counts_documents_and_outlets(two_sources):
    summaries = {s["n_reports"]: s for s in two_sources.incident_summaries()}
    assert summaries[2]["n_documents"] == 2 and summaries[2]["n_outlets"] == 2
    assert summaries[2]["place_id"] == "omar" and summaries[2]["date"] == "2024-01-08"


def test_incidents_sorted_by_date_desc(store):
    ingest(store, "a", report("a", date="2024-01-02"), report("a", date=None, seq=1),
           report("a", date="2024-01-08", seq=2))
    reresolve(store)
    dates = [i.reports[0].date for i in store.incidents()]
    assert dates == ["2024-01-08", "2024-01-02", None]


def test_unknown_incident_is_none(store):
    assert store.incident("inc-nope") is None


def test_merge_survives_re_extraction(two_sources):
    omar = two_sources.reports(doc_id="a")[0].incident_id
    asad = two_sources.reports(doc_id="b")[1].incident_id
    assert two_sources.merge_incidents(asad, omar) == omar
    assert len(two_sources.incident(omar).reports) == 3
    two_sources.save_extraction(extraction("b", report("b", place=OMAR),
                                           report("b", place=AIN_ASAD, seq=1)))
    reresolve(two_sources)
    assert len(two_sources.incidents()) == 1
    assert two_sources.incidents()[0].id == omar


def test_split_survives_re_extraction_and_keeps_the_incident_id(two_sources):
    omar = two_sources.reports(doc_id="a")[0].incident_id
    new_id = two_sources.split_report("a#0")
    assert new_id != omar
    assert two_sources.incident(omar).doc_ids == {"b"}
    before = {r.id: r.incident_id for r in two_sources.reports()}
    two_sources.save_extraction(extraction("a", report("a", place=OMAR)))
    reresolve(two_sources)
    assert {r.id: r.incident_id for r in two_sources.reports()} == before


def test_correction_is_applied_and_survives_re_extraction(two_sources):
    two_sources.correct_report("a#0", "actor", "United States")
    two_sources.correct_report("a#0", "date", "2024-01")
    two_sources.save_extraction(extraction("a", report("a", place=OMAR)))
    [corrected] = two_sources.reports(doc_id="a")
    assert corrected.actor == "United States"
    assert (corrected.date, corrected.date_precision) == ("2024-01", "month")
    mapping = reresolve(two_sources)
    assert mapping["a#0"] != mapping["b#0"]  # a US strike is not the militia attack


def test_latest_correction_wins(two_sources):
    two_sources.correct_report("a#0", "weapons", "drone")
    two_sources.correct_report("a#0", "weapons", ["missile", "drone"])
    assert two_sources.reports(doc_id="a")[0].weapons == ["missile", "drone"]


@pytest.mark.parametrize(("field", "value", "message"), [
    ("claim", "rumoured", "not one of"),
    ("place", "omar", "cannot correct"),
    ("count", "many", "whole number"),
    ("date", "8 janvier", "YYYY-MM-DD"),
])
def test_bad_corrections_are_one_clear_error(two_sources, field, value, message):
    with pytest.raises(StoreError, match=message):
        two_sources.correct_report("a#0", field, value)


def test_review_of_unknown_ids_is_one_clear_error(two_sources):
    with pytest.raises(StoreError, match="no report"):
        two_sources.split_report("zz#9")
    with pytest.raises(StoreError, match="no incident"):
        two_sources.merge_incidents("inc-nope", "inc-none")


def test_reassigning_the_same_mapping_changes_nothing(two_sources):
    before = two_sources.incident_summaries()
    reresolve(two_sources)
    assert two_sources.incident_summaries() == before
