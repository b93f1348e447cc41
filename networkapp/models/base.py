"""The database handle and the base model every table derives from.

``db`` is bound later by :func:`networkapp.models.database.open_database` (or by
tests to an in-memory file), so importing the models never opens anything.
"""

from __future__ import annotations

from peewee import Model, SqliteDatabase

from networkapp.i18n import Phrase

db = SqliteDatabase(None)


class StorageError(Exception):
    """An environment problem with the database file, shown to the user as is.

    The message always names the file: not a database, corrupt, read-only,
    locked by another program, or written by a newer version. ``kind`` says which
    (one of :data:`KINDS`), for callers that offer a way out (a damaged file: open
    its latest backup) or choose an exit code.
    """

    def __init__(self, message: str | Phrase, path: object = None,
                 kind: str = "unusable") -> None:
        super().__init__(message.english() if isinstance(message, Phrase) else message)
        self.phrase = message if isinstance(message, Phrase) else None  # shown translated
        self.path = path
        self.kind = kind


# What went wrong with the file: its content (damaged, another program's, newer),
# or the storage under it (read-only, locked, full, an I/O error, unusable otherwise).
KINDS = ("damaged", "foreign", "newer", "readonly", "locked", "full", "io", "unusable")


class BaseModel(Model):
    """Base for all tables: binds to the shared ``db``."""

    class Meta:
        database = db
        legacy_table_names = False
