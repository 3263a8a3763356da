"""JSON Lines: one document a line; a bad line is quarantined alone, the rest go on."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from veille.ingest.dates import parse_declared
from veille.ingest.decode import decode_text, decode_utf8, describe_empty
from veille.ingest.language import normalise_code
from veille.ingest.options import IngestOptions
from veille.ingest.problems import Code, Problem, quarantine, short
from veille.ingest.readers import Item
from veille.model import Document

OPTIONAL_TEXT_FIELDS = ("url", "outlet", "lang", "title")


def read_jsonl(path: Path, data: bytes, options: IngestOptions) -> Iterator[Item]:
    found = False
    for number, raw in numbered_lines(data):
        if not raw.strip():
            continue  # blank lines separate nothing and hold nothing
        found = True
        try:
            yield line_document(raw, f"{path}:{number}")
        except Problem as problem:
            problem.reason = f"line {number}: {problem.reason}"
            yield quarantine(str(path), problem, line=number)
    if not found:
        raise Problem(Code.EMPTY, describe_empty(data), raw=data)


def numbered_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(1-based line number, bytes) so one undecodable line spoils only itself."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        lines = [line.encode("utf-8") for line in decode_text(data).split("\n")]
    else:
        lines = data.removeprefix(codecs.BOM_UTF8).split(b"\n")
    for index, line in enumerate(lines, start=1):
        yield index, line.rstrip(b"\r")


def line_document(raw: bytes, source: str) -> Document:
    record = parse_line(raw)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise Problem(Code.MISSING_TEXT, "no non-empty string `text`", raw=raw)
    doc_id = record_id(record, raw)
    url, outlet, lang, title = (optional_text(record, name, raw) for name in OPTIONAL_TEXT_FIELDS)
    published, precision = declared_date(record.get("published"), raw)
    lang = normalise_code(lang) if lang else None
    return Document(
        id=doc_id,
        text=text,
        url=url,
        outlet=outlet,
        published=published,
        published_precision=precision,
        lang=lang or None,
        lang_confidence=1.0 if lang else None,
        title=title,
        source=source,
        kind="jsonl",
    )


def parse_line(raw: bytes) -> dict[str, Any]:
    text = decode_utf8(raw)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise Problem(
            Code.BAD_JSON, f"malformed JSON: {error.msg} (column {error.colno})", raw=raw
        ) from None
    if not isinstance(record, dict):
        raise Problem(
            Code.BAD_JSON, f"a line must be a JSON object, not {type(record).__name__}", raw=raw
        )
    return record


def record_id(record: dict[str, Any], raw: bytes) -> str:
    value = record.get("id")
    if value is None or value == "":
        raise Problem(Code.MISSING_TEXT, "no `id`", raw=raw)
    if isinstance(value, bool) or not isinstance(value, str | int):
        reason = f"`id` must be a string or an integer: {short(value)}"
        raise Problem(Code.BAD_FIELD, reason, raw=raw)
    return str(value)


def optional_text(record: dict[str, Any], name: str, raw: bytes) -> str | None:
    value = record.get(name)
    if value is not None and not isinstance(value, str):
        raise Problem(Code.BAD_FIELD, f"`{name}` must be a string: {short(value)}", raw=raw)
    return value or None


def declared_date(value: Any, raw: bytes) -> tuple[str | None, str]:
    if value is None or value == "":
        return None, "unknown"
    if not isinstance(value, str):
        raise Problem(Code.BAD_FIELD, f"`published` must be a date string: {short(value)}", raw=raw)
    try:
        return parse_declared(value)
    except ValueError as error:
        raise Problem(Code.BAD_FIELD, f"`published` {error}", raw=raw) from None
