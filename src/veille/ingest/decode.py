"""Bytes of a text input -> str, or the Problem that stops it.

UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted; anything else
is refused rather than guessed, because a wrong guess silently corrupts the
evidence offsets of every event found later in the text.
"""

from __future__ import annotations

import codecs
import unicodedata

from veille.ingest.problems import Code, Problem

BINARY_SHARE = 0.3  # above this share of control characters a "text" is binary
ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def require_content(data: bytes) -> None:
    """Every kind of input refuses a file of nothing (or only ASCII whitespace) the same way."""
    if not data.strip():
        raise Problem(Code.EMPTY, describe_empty(data), raw=data)


def decode_text(data: bytes) -> str:
    """Decode a whole text file; raises Problem for empty, binary or undecodable bytes."""
    require_content(data)
    text = _decode_utf16(data)
    if text is None:
        if b"\x00" in data:
            raise Problem(Code.BINARY, "binary content (NUL bytes), not a text file", raw=data)
        text = decode_utf8(data)
    if not text.strip():
        raise Problem(Code.EMPTY, "only whitespace", raw=data)
    if control_share(text) > BINARY_SHARE:
        raise Problem(Code.BINARY, "binary content (mostly control characters)", raw=data)
    return normalise_newlines(text)


def decode_utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Problem(
            Code.UNDECODABLE,
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}) "
            "and no BOM; save it as UTF-8",
            raw=data,
        ) from None


def _decode_utf16(data: bytes) -> str | None:
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    try:
        return data.decode("utf-16")  # the BOM picks the byte order and is dropped
    except UnicodeDecodeError as error:
        raise Problem(
            Code.UNDECODABLE, f"invalid UTF-16 at offset {error.start}", raw=data
        ) from None


def describe_empty(data: bytes) -> str:
    return "empty file (0 bytes)" if not data else "only whitespace"


def control_share(text: str) -> float:
    sample = text[:65536]
    controls = sum(
        1 for ch in sample if ch not in ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    return controls / len(sample)


def normalise_newlines(text: str) -> str:
    # evidence offsets refer to the stored text, so this is the only rewrite allowed
    return text.replace("\r\n", "\n").replace("\r", "\n")
