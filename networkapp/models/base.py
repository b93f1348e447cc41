"""The database handle and the base model every table derives from.

``db`` is bound later by :func:`networkapp.models.database.open_database` (or by
tests to an in-memory file), so importing the models never opens anything.
"""

from __future__ import annotations

from peewee import Model, SqliteDatabase

db = SqliteDatabase(None)


class StorageError(Exception):
    """An environment problem with the database file, shown to the user as is.

    The message always names the file: not a database, corrupt, read-only,
    locked by another program, or written by a newer version.
    """

    def __init__(self, message: str, path: object = None) -> None:
        super().__init__(message)
        self.path = path


class BaseModel(Model):
    """Base for all tables: binds to the shared ``db``."""

    class Meta:
        database = db
        legacy_table_names = False
