"""`veille review`: merge, split and correct go through the store and show in exports."""

from __future__ import annotations

import json

from veille.cli.main import app


def incident_of(export_as, report_doc: str) -> set[str]:
    lines = [json.loads(line) for line in export_as("jsonl").splitlines()]
    return {e["incident_id"] for e in lines if e["doc_id"] == report_doc}


def test_split_then_merge_back(runner, db, export_as, incident_id):
    report_id = "journal-b-7#0"
    split = runner.invoke(app, ["review", "split", report_id, "--db", str(db)])
    assert split.exit_code == 0, split.output
    (alone,) = incident_of(export_as, "journal-b-7")
    assert alone != incident_id
    merge = runner.invoke(app, ["review", "merge", incident_id, alone, "--db", str(db)])
    assert merge.exit_code == 0, merge.output
    assert incident_of(export_as, "journal-b-7") == {incident_id}


def test_correct_a_field(runner, db, export_as):
    result = runner.invoke(
        app, ["review", "correct", "journal-b-7#0", "claim", "confirmed", "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in export_as("jsonl").splitlines()]
    assert [e["claim"] for e in lines if e["doc_id"] == "journal-b-7"] == ["confirmed"]


def test_bad_decisions_are_usage_errors(runner, db):
    bad_value = runner.invoke(
        app, ["review", "correct", "journal-b-7#0", "claim", "rumoured", "--db", str(db)]
    )
    bad_report = runner.invoke(app, ["review", "split", "nobody#9", "--db", str(db)])
    for result in (bad_value, bad_report):
        assert result.exit_code == 2
        assert result.stderr.startswith("veille: error:") and "Traceback" not in result.output
