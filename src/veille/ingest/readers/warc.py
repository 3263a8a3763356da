"""WARC archives (plain or gzipped): each HTML response record is one article page."""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from veille.ingest.decode import require_content
from veille.ingest.htmltext import extract_page
from veille.ingest.options import IngestOptions
from veille.ingest.problems import Code, Problem, quarantine
from veille.ingest.readers import Item
from veille.ingest.readers.html import page_document
from veille.model import stable_id

HTML_TYPES = ("text/html", "application/xhtml+xml")
GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 1 << 20  # most bytes inflated at once: a gzip bomb cannot fill memory
PIECE = 1 << 16
log = logging.getLogger("veille.ingest")


def read_warc(path: Path, data: bytes, options: IngestOptions) -> Iterator[Item]:
    require_content(data)
    intact, damage = gzip_intact_prefix(data)
    pages = skipped = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data[:intact])):
            if record.format != "warc":
                raise Problem(Code.UNSUPPORTED_KIND, "not a WARC archive (no WARC record header)")
            if not is_html_response(record):
                skipped += 1
                continue
            pages += 1
            yield record_item(record, path, pages, options)
    except ArchiveLoadFailed as error:
        if not pages + skipped:
            raise Problem(Code.UNSUPPORTED_KIND, f"not a WARC archive: {error}", raw=data) from None
        damage = damage or str(error)
    if damage:
        reason = f"truncated or corrupt WARC after {pages} pages: {damage}"
        raise Problem(Code.UNREADABLE, reason, raw=data)
    finish(path, pages, skipped)


def gzip_intact_prefix(data: bytes) -> tuple[int, str | None]:
    """How many leading bytes are whole gzip members, and what spoils the rest.

    WARC writers compress record by record; warcio stops quietly at a cut
    member, so a truncated download would otherwise pass for a shorter archive
    and its last record would come out half-read.
    """
    if not data.startswith(GZIP_MAGIC):
        return len(data), None
    view, position = memoryview(data), 0
    while position < len(data):
        end = member_end(view, position)
        if isinstance(end, str):
            return position, end
        position = end
    return position, None


def member_end(view: memoryview, start: int) -> int | str:
    """Offset just past the gzip member at start, or why it is broken (bounded memory)."""
    inflater, offset = zlib.decompressobj(31), start
    while offset < len(view):
        piece = view[offset : offset + PIECE]
        try:
            inflater.decompress(piece, CHUNK)
            while inflater.unconsumed_tail and not inflater.eof:
                inflater.decompress(inflater.unconsumed_tail, CHUNK)
        except zlib.error as error:
            return f"corrupt gzip data ({error})"
        if inflater.eof:
            return offset + len(piece) - len(inflater.unused_data)
        offset += len(piece)
    return "the gzip stream ends in the middle of a record"


def is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def record_item(record: Any, path: Path, number: int, options: IngestOptions) -> Item:
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    body = record.content_stream().read(options.max_bytes + 1)
    try:
        if len(body) > options.max_bytes:
            raise Problem(
                Code.TOO_LARGE,
                f"too large: over the limit of {options.max_bytes:,} bytes",
                raw=body,
            )
        page = extract_page(body, url=url)
    except Problem as problem:
        problem.reason = f"page {number} ({url}): {problem.reason}"
        return quarantine(str(path), problem, line=number)
    return page_document(stable_id(url or page.text), page, f"{path}:{number}", "warc")


def finish(path: Path, pages: int, skipped: int) -> None:
    if skipped:
        log.info("%s: skipped %d records that are not HTML responses", path, skipped)
    if not skipped and not pages:
        raise Problem(Code.UNSUPPORTED_KIND, "not a WARC archive (no records found)")
    if not pages:
        raise Problem(Code.EMPTY, f"no HTML response records ({skipped} other records)")
