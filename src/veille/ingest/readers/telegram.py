"""Telegram Desktop channel exports (result.json): each text message is one document."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from veille.ingest.dates import from_metadata
from veille.ingest.decode import decode_text
from veille.ingest.options import IngestOptions
from veille.ingest.problems import Code, Problem, quarantine, short
from veille.ingest.readers import Item
from veille.model import Document, stable_id

log = logging.getLogger("veille.ingest")


def read_telegram(path: Path, data: bytes, options: IngestOptions) -> Iterator[Item]:
    export = load_export(decode_text(data))
    channel = export.get("name") if isinstance(export.get("name"), str) else None
    prefix = channel_prefix(export, channel)
    yielded = skipped = 0
    for number, message in enumerate(export["messages"], start=1):
        try:
            document = message_document(message, prefix, channel, path)
        except Problem as problem:
            problem.reason = f"message {number}: {problem.reason}"
            yield quarantine(str(path), problem, line=number)
            yielded += 1
            continue
        if document is None:
            skipped += 1
        else:
            yielded += 1
            yield document
    report_skipped(path, skipped, yielded)


def load_export(text: str) -> dict[str, Any]:
    try:
        export = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise Problem(Code.BAD_JSON, f"malformed JSON: {error.msg} ({where})") from None
    if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
        raise Problem(
            Code.UNSUPPORTED_KIND, 'JSON file is not a Telegram export (no "messages" list)'
        )
    return export


def channel_prefix(export: dict[str, Any], channel: str | None) -> str:
    """Message ids repeat across channels; the channel's own id (or name) sets them apart."""
    channel_id = export.get("id")
    if isinstance(channel_id, int | str) and not isinstance(channel_id, bool) and channel_id != "":
        return f"tg-{channel_id}"
    return f"tg-{stable_id(channel or '', size=8)}"


def message_document(message: Any, prefix: str, channel: str | None, path: Path) -> Document | None:
    """The message as a document, or None for service messages and messages without text."""
    if not isinstance(message, dict):
        raise Problem(Code.BAD_FIELD, f"a message must be an object: {short(message)}")
    if message.get("type", "message") != "message":
        return None
    text = message_text(message.get("text"))
    if not text.strip():
        return None
    message_id = message.get("id")
    if isinstance(message_id, bool) or not isinstance(message_id, int | str):
        raise Problem(Code.BAD_FIELD, f"message `id` must be a number: {short(message_id)}")
    published, precision = from_metadata(message.get("date")) or (None, "unknown")
    return Document(
        id=f"{prefix}-{message_id}",
        text=text,
        outlet=channel,
        published=published,
        published_precision=precision,
        source=f"{path}:{message_id}",
        kind="telegram",
    )


def message_text(value: Any) -> str:
    """Telegram stores formatted text as a list of plain strings and {"type", "text"} entities."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return ""
    parts = (
        part if isinstance(part, str) else part.get("text", "") if isinstance(part, dict) else ""
        for part in value
    )
    return "".join(part for part in parts if isinstance(part, str))


def report_skipped(path: Path, skipped: int, yielded: int) -> None:
    if skipped:
        log.info("%s: skipped %d service or empty messages (not reports)", path, skipped)
    if not yielded:
        raise Problem(Code.EMPTY, f"no text messages ({skipped} service or empty skipped)")
