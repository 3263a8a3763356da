"""Plain text and Markdown files: one document each, named after the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from veille.ingest.decode import decode_text
from veille.ingest.options import IngestOptions
from veille.ingest.readers import Item
from veille.model import Document


def read_text(path: Path, data: bytes, options: IngestOptions) -> Iterator[Item]:
    yield Document(id=path.stem, text=decode_text(data), source=str(path), kind="txt")
