"""JSONL writer: one event report a line, the contract score.py reads."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from veille.export.records import Sources, report_record
from veille.model import EventReport


def write_jsonl(reports: Iterable[EventReport], sources: Sources, out: TextIO) -> int:
    """Write every report; return how many lines were written."""
    written = 0
    for report in reports:
        record = report_record(report, sources.get(report.doc_id))
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += 1
    return written
