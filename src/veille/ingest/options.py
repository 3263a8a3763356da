"""Settings of one ingest run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class IngestOptions:
    """What the caller may tune; defaults suit a batch of news reports."""

    max_bytes: int = 20_000_000  # a file (or WARC record) over this is quarantined
    lang: str | None = None  # force a language when the input does not declare one
    outlet: str | None = None  # outlet for inputs that do not name one
