"""Turning a path or URL into a ready SQLAlchemy engine (SQLite tuned for batch writes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from veille.store.errors import StoreError


def database_url(url_or_path: str | Path) -> str:
    """A SQLAlchemy URL; a plain path means an SQLite file."""
    text = str(url_or_path)
    if "://" in text:
        return text
    path = Path(text).expanduser()
    if not path.parent.is_dir():
        raise StoreError(f"cannot create database {text}: folder {path.parent} does not exist")
    if path.is_dir():
        raise StoreError(f"cannot use {text} as a database: it is a folder")
    return f"sqlite:///{path}"


def make_engine(url_or_path: str | Path) -> Engine:
    url = database_url(url_or_path)
    try:
        parsed = make_url(url)
        engine = create_engine(parsed)
    except (ArgumentError, ImportError) as error:
        raise StoreError(f"cannot open database {url}: {error}") from error
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", tune_sqlite)
    return engine


def tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers (the web UI) work while a batch writes; foreign keys are
    # off by default in SQLite and the schema relies on them for cascades.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
