"""Which reader takes which file, by its extension."""

from __future__ import annotations

from pathlib import Path

from veille.ingest.problems import Code, Problem
from veille.ingest.readers import Reader
from veille.ingest.readers.feed import read_feed
from veille.ingest.readers.html import read_html
from veille.ingest.readers.jsonl import read_jsonl
from veille.ingest.readers.telegram import read_telegram
from veille.ingest.readers.text import read_text
from veille.ingest.readers.warc import read_warc

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
    ".warc": read_warc,
    ".warc.gz": read_warc,
    ".json": read_telegram,
}


def reader_for(path: Path) -> Reader:
    name = path.name.lower()
    for extension in sorted(READERS, key=len, reverse=True):  # ".warc.gz" before ".gz"
        if name.endswith(extension):
            return READERS[extension]
    known = ", ".join(READERS)
    suffix = "".join(path.suffixes[-1:]) or "no extension"
    raise Problem(Code.UNSUPPORTED_KIND, f"cannot read {suffix} files (Veille reads {known})")
