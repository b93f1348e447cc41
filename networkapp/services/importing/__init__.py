"""Importing vCards: a read-only preview, then everything in one transaction.

``read`` turns sources (files, dropped data) into records through the vCard reader
and ``clean``; ``match`` finds the contact a card is; ``merge`` adds a card to it;
``run`` matches (and writes, through :mod:`networkapp.services.contact_writer`)
batch by batch; ``plan`` is the entry points: :func:`plan_import`,
:func:`apply_import` and :func:`import_files`.
"""

from __future__ import annotations

from networkapp.services.importing.plan import (
    READING,
    WRITING,
    ImportPlan,
    ImportResult,
    Progress,
    SourceChangedError,
    apply_import,
    import_files,
    plan_import,
)
from networkapp.services.importing.read import ImportData, ImportSource
from networkapp.services.importing.run import (
    LOG,
    MERGE,
    NEW,
    REJECTED,
    SKIPPED,
    UNCHANGED,
    Cancelled,
    CardFate,
    CardPlace,
    ImportCancelled,
)

__all__ = [
    "LOG",
    "MERGE",
    "NEW",
    "READING",
    "REJECTED",
    "SKIPPED",
    "UNCHANGED",
    "WRITING",
    "Cancelled",
    "CardFate",
    "CardPlace",
    "ImportCancelled",
    "ImportData",
    "ImportPlan",
    "ImportResult",
    "ImportSource",
    "Progress",
    "SourceChangedError",
    "apply_import",
    "import_files",
    "plan_import",
]
