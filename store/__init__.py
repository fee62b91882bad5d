"""The SQLite store: schema, migrations, queries, revisions, FTS.

The only package that speaks SQL; it imports `extract` for record types only.
"""

from dateline.store.db import Store, open_store
from dateline.store.errors import StaleEditError, StoreError
from dateline.store.filters import EventFilter
from dateline.store.paths import default_db_path, resolve_db_path
from dateline.store.rows import EXPORT_FIELDS, EventRow

__all__ = [
    "Store", "open_store", "StoreError", "StaleEditError", "EventFilter",
    "default_db_path", "resolve_db_path", "EXPORT_FIELDS", "EventRow",
]
