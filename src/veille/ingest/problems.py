"""Bad input as a value: a Problem raised inside a reader becomes a Quarantine record."""

from __future__ import annotations

from enum import StrEnum

from veille.model import Quarantine

RAW_LIMIT = 64 * 1024  # keep enough of the offending bytes to diagnose, no more


class Code(StrEnum):
    """Stable quarantine codes; the CLI and the store show them as they are."""

    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    TOO_LARGE = "too-large"
    BAD_JSON = "bad-json"
    MISSING_TEXT = "missing-text"
    BAD_FIELD = "bad-field"
    UNREADABLE = "unreadable"
    UNSUPPORTED_KIND = "unsupported-kind"
    NOT_FOUND = "not-found"


class Problem(Exception):
    """Why one input (a file, a line, an entry) cannot become a Document."""

    def __init__(self, code: Code, reason: str, raw: bytes | None = None) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.raw = raw


def quarantine(source: str, problem: Problem, line: int | None = None) -> Quarantine:
    return Quarantine(
        source=source,
        reason=one_line(problem.reason),
        code=str(problem.code),
        line=line,
        raw=truncate(problem.raw),
    )


def truncate(raw: bytes | str | None) -> bytes | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        raw = raw.encode("utf-8", errors="replace")
    return raw[:RAW_LIMIT]


def one_line(reason: str) -> str:
    # a reason is printed on one terminal line, whatever the parser's message held
    return " ".join(reason.split())


def short(value: object, size: int = 60) -> str:
    """A field value quoted in a reason, cut so one line stays one line."""
    text = repr(value)
    return text if len(text) <= size else text[: size - 1] + "…"
