"""Storage: Peewee tables over one SQLite file, its opening and its upgrades.

Nothing here imports Qt; the GUI and the CLI reach these tables through
:mod:`networkapp.services`.
"""

from __future__ import annotations

from networkapp.models.base import BaseModel, StorageError, db
from networkapp.models.database import bind_memory, close_database, current_path, open_database
from networkapp.models.migrations import SCHEMA_VERSION
from networkapp.models.tables import (
    ALL_TABLES,
    Clarification,
    Contact,
    ContactAddress,
    ContactAlias,
    ContactEmail,
    ContactPhone,
    ContactTag,
    ContactUrl,
    Exchange,
    Interaction,
    InteractionSource,
    NotDuplicate,
    Setting,
    Signal,
    StatusChange,
    SyncAccount,
    SyncCard,
    SyncPending,
    Tag,
)

__all__ = [
    "ALL_TABLES",
    "SCHEMA_VERSION",
    "BaseModel",
    "Clarification",
    "Contact",
    "ContactAddress",
    "ContactAlias",
    "ContactEmail",
    "ContactPhone",
    "ContactTag",
    "ContactUrl",
    "Exchange",
    "Interaction",
    "InteractionSource",
    "NotDuplicate",
    "Setting",
    "Signal",
    "StatusChange",
    "StorageError",
    "SyncAccount",
    "SyncCard",
    "SyncPending",
    "Tag",
    "bind_memory",
    "close_database",
    "current_path",
    "db",
    "open_database",
]
