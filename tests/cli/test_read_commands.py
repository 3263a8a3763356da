"""`incidents`, `show` and `export` on a real database built by `ingest`."""

from __future__ import annotations

import csv
import io
import json

from veille.cli.main import app


def test_both_outlets_report_one_incident(events, incident_id):
    sources = [e for e in events if e["incident_id"] == incident_id]
    assert {e["doc_id"] for e in sources} == {"agence-a-1", "journal-b-7"}
    assert {e["outlet"] for e in sources} == {"Agence A", "Journal B"}


def test_incidents_table(runner, db, incident_id):
    result = runner.invoke(app, ["incidents", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert incident_id in result.stdout and "2 / 2" in result.stdout


def test_incidents_filtered_by_country_and_limit(runner, db, incident_id):
    iraq = runner.invoke(app, ["incidents", "--db", str(db), "--country", "iq", "--limit", "1"])
    syria = runner.invoke(app, ["incidents", "--db", str(db), "--country", "SY"])
    assert incident_id in iraq.stdout and "1 of" in iraq.stdout
    assert incident_id not in syria.stdout


def test_show_a_real_incident_with_its_evidence(runner, db, incident_id):
    result = runner.invoke(app, ["show", incident_id, "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Agence A" in out and "journal-b-7" in out and "https://a.example/1" in out
    assert "[/red]" in out  # the source's brackets print as they are
    assert "fields:" in out and "place" in out


def test_show_an_unknown_incident(runner, db):
    result = runner.invoke(app, ["show", "no-such-id", "--db", str(db)])
    assert result.exit_code == 2
    assert result.stderr.startswith("veille: error: no incident 'no-such-id'")


def test_export_jsonl_is_the_contract(events):
    assert events and all(e["evidence"] for e in events)
    assert all({"doc_id", "incident_id", "place", "claim", "lang"} <= set(e) for e in events)


def test_export_csv_parses_one_row_per_incident(export_as, events, incident_id):
    rows = list(csv.DictReader(io.StringIO(export_as("csv"))))
    assert len(rows) == len({e["incident_id"] for e in events})
    (row,) = [r for r in rows if r["incident_id"] == incident_id]
    assert row["country"] == "Iraq" and row["source"] == "Agence A; Journal B"
    assert row["event_type"] == "Explosions/Remote violence" and row["n_sources"] == "2"


def test_export_geojson_is_a_feature_collection(export_as, incident_id):
    collection = json.loads(export_as("geojson"))
    assert collection["type"] == "FeatureCollection"
    (feature,) = [f for f in collection["features"] if f["id"] == incident_id]
    lon, lat = feature["geometry"]["coordinates"]
    assert 40 < lon < 45 and 32 < lat < 35  # western Iraq, in [lon, lat] order


def test_export_to_a_file(runner, db, tmp_path):
    target = tmp_path / "out.csv"
    result = runner.invoke(app, ["export", "-f", "csv", "-o", str(target), "--db", str(db)])
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,")
