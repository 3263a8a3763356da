"""HTML article pages: trafilatura's main text, title, date, site name and canonical URL."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from veille.ingest.dates import from_metadata
from veille.ingest.decode import decode_text, require_content
from veille.ingest.htmltext import Page, extract_page
from veille.ingest.options import IngestOptions
from veille.ingest.problems import Code, Problem
from veille.ingest.readers import Item
from veille.model import Document


def read_html(path: Path, data: bytes, options: IngestOptions) -> Iterator[Item]:
    yield page_document(path.stem, extract_page(html_source(data)), str(path), "html")


def html_source(data: bytes) -> bytes | str:
    """Checks shared with text files; other bytes go as they are, the page declares its charset."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data)
    require_content(data)
    if b"\x00" in data:
        raise Problem(Code.BINARY, "binary content (NUL bytes), not an HTML page", raw=data)
    return data


def page_document(doc_id: str, page: Page, source: str, kind: str) -> Document:
    published, precision = from_metadata(page.date) or (None, "unknown")
    return Document(
        id=doc_id,
        text=page.text,
        url=page.url,
        outlet=page.site,
        published=published,
        published_precision=precision,
        title=page.title,
        source=source,
        kind=kind,
    )
