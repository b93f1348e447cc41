"""Where networkapp keeps its files: the database, logs and backups.

The default database lives in the per-user data folder (``platformdirs``, the same
place ``QStandardPaths.AppDataLocation`` names on Linux). ``--db PATH`` and the
``NETWORKAPP_DB`` environment variable override it, in that order.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from networkapp import APP_NAME

DB_ENV = "NETWORKAPP_DB"
DATA_ENV = "NETWORKAPP_DATA_DIR"
DB_FILENAME = "networkapp.sqlite3"


def data_dir() -> Path:
    """Return the per-user data folder (``NETWORKAPP_DATA_DIR`` overrides it)."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """Return the default database file in the data folder."""
    return data_dir() / DB_FILENAME


def resolve_db_path(cli_value: str | None) -> Path:
    """Pick the database file: ``--db`` first, then ``NETWORKAPP_DB``, then the default."""
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser().absolute()
    return default_db_path()


def log_dir() -> Path:
    """Return the folder for the error log."""
    return data_dir() / "logs"


def backup_dir(db_path: Path) -> Path:
    """Return the folder where backups before a schema upgrade go (beside the file)."""
    return db_path.parent / "backups"
