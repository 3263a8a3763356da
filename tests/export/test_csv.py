import csv
import io

from veille.export import CSV_COLUMNS, CsvOptions, write_csv
from veille.export.acled_map import (
    AIR_STRIKE,
    REMOTE_EXPLOSIVE,
    SHELLING,
    event_type,
    time_precision,
)
from veille.export.summary import IncidentSummary


def rows(incidents, sources) -> list[dict]:
    out = io.StringIO()
    write_csv(incidents, sources, out, CsvOptions(timestamp=1700000000))
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_one_row_per_incident_in_acled_then_veille_columns(incidents, sources):
    out = io.StringIO()
    assert write_csv(incidents, sources, out, CsvOptions(timestamp=1)) == 2
    header = out.getvalue().splitlines()[0].split(",")
    assert header[:3] == ["event_id_cnty", "event_date", "year"]
    assert header[-6:] == ["incident_id", "claim", "outcome", "weapons", "n_sources", "doc_ids"]
    assert header == CSV_COLUMNS


def test_incident_row_merges_its_sources(incidents, sources):
    row = rows(incidents, sources)[0]
    assert row["event_id_cnty"] == "SYRinc1"
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2024-01-08", "2024", "1")
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == SHELLING
    assert (row["country"], row["iso"], row["admin1"]) == ("Syria", "760", "Deir ez-Zor")
    assert (row["latitude"], row["longitude"], row["location"]) == (
        "35.07",
        "40.44",
        "Al-Omar oil field",
    )
    assert row["source"] == "Outlet A; Outlet B"
    assert (row["claim"], row["weapons"], row["n_sources"]) == ("confirmed", "rocket;drone", "2")
    assert row["doc_ids"] == "d1;d2" and row["fatalities"] == "2"
    assert row["inter1"] == "Political militia" and row["inter2"] == "State forces"
    assert row["interaction"] == "State forces-Political militia"


def test_notes_are_built_from_fields_only(incidents, sources):
    notes = rows(incidents, sources)[0]["notes"]
    assert notes.startswith(
        "On 8 January 2024, Islamic Resistance in Iraq attacked US forces"
        " at Al-Omar oil field (Deir ez-Zor, Syria)"
        " with about 30 rockets and drones."
    )
    assert "roquettes" not in notes and "2 killed" in notes


def test_month_precision_and_interception(incidents, sources):
    row = rows(incidents, sources)[1]
    assert (row["event_date"], row["time_precision"]) == ("2024-01-01", "3")
    assert row["tags"] == "intercepted"
    assert row["sub_event_type"] == REMOTE_EXPLOSIVE
    assert row["actor1"] == "Unidentified Armed Group" and row["latitude"] == ""


def test_state_drone_strike_is_an_air_strike():
    us = IncidentSummary("x", actor="United States", weapons=["drone"])
    militia = IncidentSummary("y", actor="Kataib Hezbollah", weapons=["drone"])
    assert event_type(us)[1] == AIR_STRIKE
    assert event_type(militia)[1] == SHELLING


def test_a_day_known_only_from_publication_is_within_the_week():
    assert (time_precision("day"), time_precision("day", "publication"),
            time_precision("month", "publication")) == (1, 2, 3)
