"""What every subcommand shares: consoles, the --db option, clear failures, store opening."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

if TYPE_CHECKING:
    from veille.export import Sources
    from veille.model import Quarantine
    from veille.store import Store

USAGE_ERROR = 2
DEFAULT_DB = "veille.db"

DbOption = Annotated[str, typer.Option("--db", help="SQLite file (or database URL) to use.")]


PIPE_WIDTH = 160  # tables piped to a file or pager should not be squeezed to 80 columns


def out_console() -> Console:
    # Built per call so a test runner's swapped stdout is the one written to.
    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", PIPE_WIDTH))
    return Console(file=sys.stdout, highlight=False, width=width)


def err_console() -> Console:
    return Console(file=sys.stderr, highlight=False)


def fail(message: str, code: int = USAGE_ERROR) -> NoReturn:
    """One clear line on stderr instead of a traceback, then the given exit code."""
    print(f"veille: error: {message}", file=sys.stderr)
    raise typer.Exit(code)


def check_paths(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        fail(f"no such file or directory: {', '.join(missing)}")


def is_url(db: str) -> bool:
    return "://" in db


@contextmanager
def open_store(db: str, must_exist: bool = True) -> Iterator[Store]:
    """Open the database; a missing file for a read command is a usage error, not a new DB."""
    if must_exist and not is_url(db) and not Path(db).is_file():
        fail(f"no database at {db} (run `veille ingest PATH --db {db}` first)")
    from sqlalchemy.exc import DatabaseError  # imported late: keeps --help fast

    from veille.store import Store, StoreError

    try:
        with Store.open(db) as store:
            yield store
    except StoreError as error:
        fail(str(error))
    except DatabaseError as error:
        fail(f"{db} is not a usable Veille database ({error.orig or error})")


def sources_of(store: Store) -> Sources:
    return {doc.id: doc for doc in store.documents()}


def quarantine_line(item: Quarantine) -> str:
    where = f"{item.source}:{item.line}" if item.line is not None else item.source
    return f"{where}: {item.reason}"
