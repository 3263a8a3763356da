"""RSS and Atom feeds: each entry is one document, its text the entry content or summary."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser

from veille.ingest.dates import from_metadata
from veille.ingest.decode import require_content
from veille.ingest.htmltext import fragment_text
from veille.ingest.options import IngestOptions
from veille.ingest.problems import Code, Problem, quarantine
from veille.ingest.readers import Item
from veille.model import Document, stable_id

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_feed(path: Path, data: bytes, options: IngestOptions) -> Iterator[Item]:
    require_content(data)
    # a stream, never bytes or str: feedparser would treat those as a file name or URL
    feed = feedparser.parse(io.BytesIO(data))
    if not feed.get("version") and not feed.entries:
        raise Problem(Code.UNSUPPORTED_KIND, f"not an RSS or Atom feed{parse_error(feed)}")
    if not feed.entries:
        raise Problem(Code.EMPTY, "the feed has no entries")
    outlet = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, start=1):
        try:
            yield entry_document(entry, outlet, f"{path}:{number}")
        except Problem as problem:
            problem.reason = f"entry {number}: {problem.reason}"
            yield quarantine(str(path), problem, line=number)


def parse_error(feed: Any) -> str:
    error = feed.get("bozo_exception")
    return f" ({error})" if error else ""


def entry_document(entry: Any, outlet: str | None, source: str) -> Document:
    text = entry_text(entry)
    if not text.strip():
        raise Problem(Code.MISSING_TEXT, "no content or summary", raw=repr(entry)[:4096])
    link = entry.get("link") or None
    published, precision = entry_date(entry)
    return Document(
        id=stable_id(link or entry.get("id") or text),
        text=text,
        url=link,
        outlet=outlet,
        published=published,
        published_precision=precision,
        title=entry.get("title") or None,
        source=source,
        kind="rss",
    )


def entry_text(entry: Any) -> str:
    """The fullest text the entry carries; HTML is reduced to its visible text."""
    parts = entry.get("content") or []
    detail = parts[0] if parts else entry.get("summary_detail")
    if not detail or not isinstance(detail.get("value"), str):
        return ""
    value = detail["value"]
    return fragment_text(value) if detail.get("type") in HTML_TYPES else value


def entry_date(entry: Any) -> tuple[str | None, str]:
    for key in ("published_parsed", "updated_parsed", "published", "updated"):
        found = from_metadata(entry.get(key))
        if found:
            return found
    return None, "unknown"
