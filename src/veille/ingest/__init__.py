"""Ingest: input files of every kind -> Documents, and bad input -> Quarantine records."""

from veille.ingest.core import read_inputs
from veille.ingest.language import detect_language
from veille.ingest.options import IngestOptions

__all__ = ["IngestOptions", "detect_language", "read_inputs"]
