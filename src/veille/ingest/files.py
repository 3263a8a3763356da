"""From the paths a user gives to the files to read, and their bytes, safely."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from veille.ingest.problems import RAW_LIMIT, Code, Problem, quarantine
from veille.model import Quarantine


def expand(path: Path) -> Iterator[Path | Quarantine]:
    """A file as itself; a directory as its visible files, recursively, in a stable order."""
    if not path.is_dir():
        yield path
        return
    problems: list[OSError] = []
    found: list[Path] = []
    for folder, dirs, files in os.walk(path, onerror=problems.append):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found.extend(Path(folder, name) for name in files if not name.startswith("."))
    yield from sorted(found, key=lambda file: file.relative_to(path).parts)
    for error in problems:
        reason = f"cannot list folder: {error.strerror or error}"
        yield quarantine(str(error.filename or path), Problem(Code.UNREADABLE, reason))


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, or a Problem: missing, not a regular file, unreadable, too large."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise Problem(Code.UNSUPPORTED_KIND, "not a regular file")
        if info.st_size > max_bytes:
            raise too_large(info.st_size, max_bytes, head(path))
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise Problem(Code.UNREADABLE, "the file vanished before it could be read") from None
    except OSError as error:
        raise Problem(Code.UNREADABLE, f"cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:  # it grew while we looked
        raise too_large(len(data), max_bytes, data)
    return data


def too_large(size: int, max_bytes: int, raw: bytes | None) -> Problem:
    return Problem(
        Code.TOO_LARGE, f"too large: {size:,} bytes, over the limit of {max_bytes:,} bytes", raw
    )


def head(path: Path) -> bytes | None:
    try:
        with path.open("rb") as stream:
            return stream.read(RAW_LIMIT)
    except OSError:
        return None
