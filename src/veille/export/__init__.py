"""Exporters: pure writers from reports and incidents to a text stream.

- ``write_jsonl(reports, sources, out)``: one event report a line (the export contract)
- ``write_csv(incidents, sources, out, CsvOptions())``: ACLED columns, one row per incident
- ``write_geojson(incidents, sources, out) -> GeojsonResult``: incidents as points

``sources`` maps a doc_id to its Document (outlet, url and lang come from it).
"""

from veille.export.acled import COLUMNS as CSV_COLUMNS
from veille.export.acled import CsvOptions, write_csv
from veille.export.geojson import GeojsonResult, write_geojson
from veille.export.jsonl import write_jsonl
from veille.export.records import Sources, report_record
from veille.export.summary import IncidentSummary, summarize

__all__ = [
    "CSV_COLUMNS",
    "CsvOptions",
    "GeojsonResult",
    "IncidentSummary",
    "Sources",
    "report_record",
    "summarize",
    "write_csv",
    "write_geojson",
    "write_jsonl",
]
