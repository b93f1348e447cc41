"""Schema versions and the numbered steps that upgrade an older file.

The version lives in ``PRAGMA user_version``. A new file is created at
:data:`SCHEMA_VERSION` directly; an older one is backed up with SQLite's backup
API and then upgraded step by step inside one transaction, so a failed step
leaves the file as it was. A file from a newer version is refused.

History:
    1. The first release: contacts, child tables, interactions, exchanges,
       signals, clarifications, status changes, tags, settings.
    2. Cached columns on ``contact`` (sort name, last interaction, gave and
       received counts, open warning weight, search text) and their indexes, so
       the contact table sorts and filters 100,000 rows in SQL.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from networkapp.models.base import StorageError, db
from networkapp.models.cache import refresh_cached_columns
from networkapp.models.tables import ALL_TABLES

SCHEMA_VERSION = 2

_V2_COLUMNS = (
    "sort_name VARCHAR(255) NOT NULL DEFAULT ''",
    "last_interaction_on DATE",
    "gave_count INTEGER NOT NULL DEFAULT 0",
    "received_count INTEGER NOT NULL DEFAULT 0",
    "open_warning_weight INTEGER NOT NULL DEFAULT 0",
    "search_text TEXT NOT NULL DEFAULT ''",
)

_V2_INDEXES = (
    'CREATE INDEX IF NOT EXISTS "contact_sort_name" ON "contact" ("sort_name")',
    'CREATE INDEX IF NOT EXISTS "contact_last_interaction_on" ON "contact" '
    '("last_interaction_on")',
)


def _upgrade_to_2() -> None:
    for column in _V2_COLUMNS:
        db.execute_sql(f"ALTER TABLE contact ADD COLUMN {column}")
    for statement in _V2_INDEXES:
        db.execute_sql(statement)
    refresh_cached_columns()


UPGRADE_STEPS: dict[int, Callable[[], None]] = {2: _upgrade_to_2}


def user_version() -> int:
    """Return the schema version stored in the bound file."""
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _set_user_version(version: int) -> None:
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def create_schema() -> None:
    """Create every table of the current version in an empty file."""
    with db.atomic():
        db.create_tables(ALL_TABLES)
        _set_user_version(SCHEMA_VERSION)


def backup_file(path: Path, version: int) -> Path:
    """Copy ``path`` with SQLite's backup API before an upgrade; return the copy."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}.v{version}.{stamp}{path.suffix}"
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def upgrade(path: Path, version: int) -> Path | None:
    """Bring the bound file from ``version`` to :data:`SCHEMA_VERSION`.

    Returns the backup made before upgrading, or ``None`` when nothing was to do.
    """
    if version == SCHEMA_VERSION:
        return None
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"{path} was written by a newer version of networkapp (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION}). Please update networkapp.",
            path,
        )
    backup = backup_file(path, version)
    with db.atomic():
        for step in range(version + 1, SCHEMA_VERSION + 1):
            UPGRADE_STEPS[step]()
        _set_user_version(SCHEMA_VERSION)
    return backup
