"""Storage: SQLAlchemy Core schema, SQLite by default (WAL, one transaction per batch).

Public entry point: ``Store.open(path_or_url)``.
"""

from veille.store.errors import StoreError
from veille.store.store import Store

__all__ = ["Store", "StoreError"]
