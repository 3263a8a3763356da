"""One reader per input kind; each turns a file's bytes into Documents (or Quarantines)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from veille.ingest.options import IngestOptions
from veille.model import Document, Quarantine

Item = Document | Quarantine
Reader = Callable[[Path, bytes, IngestOptions], Iterator[Item]]
