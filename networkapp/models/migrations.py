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
    3. The file is marked as ours with ``PRAGMA application_id``
       (:data:`APPLICATION_ID`). Files of versions 1 and 2 carry no mark: they are
       recognised by their tables and columns (:func:`looks_like_ours`).
    4. A signal's life: ``signal.state`` (open, resolved, dismissed), how it was
       closed (``resolution``: keep, archive, by hand, dismissed), when
       (``resolved_at``) and the note given (``resolution_note``); signals resolved by a
       clarification before become resolved by its keep decision. The cached
       ``contact.open_warning_count`` beside the weight.
    5. ``interaction_source``: the keys of captured interactions (calendar event
       occurrences, messages, LinkedIn connections), so re-importing changes nothing.
    6. Duplicates: ``not_duplicate`` (pairs of contacts the user said are different
       people) and ``contact_alias`` (the UIDs and names of contacts merged into
       another, which the import's matching consults).
    7. CardDAV sync: ``sync_account`` (server, user, address book, sync token),
       ``sync_card`` (per synced contact: href, ETag, the server's raw card) and
       ``sync_pending`` (local changes not yet pushed, per account).
    8. ``sync_card.contact_id`` becomes NULL when its contact is deleted (or merged into
       another) instead of the row going with it, so the next sync deletes the card on
       the server (the table is rebuilt: SQLite cannot change a foreign key).
    9. Introductions: ``contact.introduced_by_id`` (the contact who introduced this one
       to the user, NULL when the introducer is deleted) with ``introduced_on``, and
       ``exchange.introduced_contact_id`` (the contact an "introduction" exchange
       introduced), each foreign key with its index.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from networkapp.i18n import Phrase, tr_noop
from networkapp.models.backup import backup_before_upgrade
from networkapp.models.base import StorageError, db
from networkapp.models.cache import refresh_cached_columns
from networkapp.models.tables import ALL_TABLES

SCHEMA_VERSION = 9
SIGNAL_LIFE_VERSION = 4  # the step that gave signals their life (tests build the file before)
SOURCES_VERSION = 5  # the step that keeps captured interactions' sources
DUPLICATES_VERSION = 6  # the step that added the duplicates tables
SYNC_VERSION = 7  # the step that added the CardDAV sync tables
TOMBSTONE_VERSION = 8  # sync_card outlives its contact (a deleted card is deleted there)
INTRODUCTIONS_VERSION = 9  # the step that added introductions
# "NWKA": written in every networkapp file (PRAGMA application_id) from version 3 on,
# so that another program's SQLite file is never taken for ours.
APPLICATION_ID = 0x4E574B41

# The tables and columns of a version-1 file, as the first release created them:
# how a file made before the application id is recognised as ours.
_V1_TABLES: Mapping[str, str] = {
    "contact": "id given_name family_name display_name organization title birthday notes "
               "photo photo_mime photo_uri uid status cadence_days created_at updated_at",
    "clarification": "id contact_id date channel planned_questions their_answer outcome "
                     "decision reason is_draft draft_step created_at",
    "contact_address": "id contact_id label po_box extended street locality region "
                       "postal_code country position",
    "contact_email": "id contact_id value label position",
    "contact_phone": "id contact_id value label position",
    "tag": "id name",
    "contact_tag": "id contact_id tag_id",
    "contact_url": "id contact_id value label position",
    "interaction": "id contact_id date channel summary notes created_at",
    "exchange": "id interaction_id direction kind growth weight note",
    "setting": "key value",
    "signal": "id contact_id interaction_id date polarity category weight note "
              "resolved_by_id created_at",
    "status_change": "id contact_id action from_status to_status at reason clarification_id",
}

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


_SIGNAL_LIFE_COLUMNS = (
    "state VARCHAR(255) NOT NULL DEFAULT 'open'",
    "resolution VARCHAR(255)",
    "resolved_at DATETIME",
    "resolution_note TEXT NOT NULL DEFAULT ''",
)
# A signal a clarification resolved before version 4 was resolved by its keep decision.
_SIGNAL_LIFE_FILL = """
UPDATE signal SET state = 'resolved', resolution = 'keep',
  resolved_at = (SELECT coalesce(c.date || ' 00:00:00', c.created_at) FROM clarification c
                 WHERE c.id = signal.resolved_by_id)
WHERE resolved_by_id IS NOT NULL
"""


def _upgrade_to_2() -> None:
    for column in _V2_COLUMNS:
        db.execute_sql(f"ALTER TABLE contact ADD COLUMN {column}")
    for statement in _V2_INDEXES:
        db.execute_sql(statement)
    # (computed by upgrade() once every step is done: the cache reads the newest schema)


def _upgrade_to_3() -> None:
    _set_application_id()


def _upgrade_signal_life() -> None:
    for column in _SIGNAL_LIFE_COLUMNS:
        db.execute_sql(f"ALTER TABLE signal ADD COLUMN {column}")
    db.execute_sql("ALTER TABLE contact ADD COLUMN open_warning_count INTEGER NOT NULL DEFAULT 0")
    db.execute_sql(_SIGNAL_LIFE_FILL)


# Each step's tables are written out as they were when the step was made, never built
# from today's model classes: a later change to a model must not change what an older
# step creates (tests/models/test_migration.py checks an upgraded file against a new one).
_SOURCES = (
    'CREATE TABLE "interaction_source" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"interaction_id" INTEGER NOT NULL, "key" VARCHAR(255) NOT NULL, '
    'FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "interaction_source_interaction_id" ON "interaction_source" '
    '("interaction_id")',
    'CREATE UNIQUE INDEX "interaction_source_interaction_id_key" ON "interaction_source" '
    '("interaction_id", "key")',
    'CREATE INDEX "interaction_source_key" ON "interaction_source" ("key")',
)

_DUPLICATES = (
    'CREATE TABLE "not_duplicate" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"contact_a_id" INTEGER NOT NULL, "contact_b_id" INTEGER NOT NULL, '
    '"created_at" DATETIME NOT NULL, '
    'FOREIGN KEY ("contact_a_id") REFERENCES "contact" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("contact_b_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "not_duplicate_contact_a_id" ON "not_duplicate" ("contact_a_id")',
    'CREATE UNIQUE INDEX "not_duplicate_contact_a_id_contact_b_id" ON "not_duplicate" '
    '("contact_a_id", "contact_b_id")',
    'CREATE INDEX "not_duplicate_contact_b_id" ON "not_duplicate" ("contact_b_id")',
    'CREATE TABLE "contact_alias" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"contact_id" INTEGER NOT NULL, "uid" VARCHAR(255), "display_name" VARCHAR(255) NOT NULL, '
    '"given_name" VARCHAR(255) NOT NULL, "family_name" VARCHAR(255) NOT NULL, '
    '"merged_at" DATETIME NOT NULL, '
    'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "contact_alias_contact_id" ON "contact_alias" ("contact_id")',
    'CREATE INDEX "contact_alias_uid" ON "contact_alias" ("uid")',
)


def _sync_card(not_null: str, on_delete: str) -> tuple[str, ...]:
    """The ``sync_card`` table and its indexes, with its contact column's clauses."""
    return (
        'CREATE TABLE "sync_card" ("id" INTEGER NOT NULL PRIMARY KEY, '
        f'"account_id" INTEGER NOT NULL, "contact_id" INTEGER{not_null}, '
        '"href" VARCHAR(255) NOT NULL, "etag" VARCHAR(255), "card" BLOB NOT NULL, '
        'FOREIGN KEY ("account_id") REFERENCES "sync_account" ("id") ON DELETE CASCADE, '
        f'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE {on_delete})',
        'CREATE INDEX "sync_card_account_id" ON "sync_card" ("account_id")',
        'CREATE UNIQUE INDEX "sync_card_account_id_contact_id" ON "sync_card" '
        '("account_id", "contact_id")',
        'CREATE UNIQUE INDEX "sync_card_account_id_href" ON "sync_card" ("account_id", "href")',
        'CREATE INDEX "sync_card_contact_id" ON "sync_card" ("contact_id")',
    )


_SYNC = (
    'CREATE TABLE "sync_account" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"url" VARCHAR(255) NOT NULL, "user" VARCHAR(255) NOT NULL, '
    '"book_url" VARCHAR(255) NOT NULL, "book_name" VARCHAR(255) NOT NULL, '
    '"sync_token" TEXT, "interval_minutes" INTEGER NOT NULL, '
    '"delete_archived" INTEGER NOT NULL, "last_sync_at" DATETIME, '
    '"created_at" DATETIME NOT NULL)',
    *_sync_card(" NOT NULL", "CASCADE"),
    'CREATE TABLE "sync_pending" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"account_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, '
    'FOREIGN KEY ("account_id") REFERENCES "sync_account" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "sync_pending_account_id" ON "sync_pending" ("account_id")',
    'CREATE UNIQUE INDEX "sync_pending_account_id_contact_id" ON "sync_pending" '
    '("account_id", "contact_id")',
    'CREATE INDEX "sync_pending_contact_id" ON "sync_pending" ("contact_id")',
)


def _run(statements: tuple[str, ...]) -> None:
    for statement in statements:
        db.execute_sql(statement)


def _upgrade_sources() -> None:
    _run(_SOURCES)


def _upgrade_duplicates() -> None:
    _run(_DUPLICATES)


def _upgrade_sync() -> None:
    _run(_SYNC)


def _upgrade_tombstones() -> None:
    for (index,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index' "
                                   "AND tbl_name = 'sync_card' AND sql IS NOT NULL").fetchall():
        db.execute_sql(f'DROP INDEX "{index}"')
    db.execute_sql("ALTER TABLE sync_card RENAME TO sync_card_old")
    _run(_sync_card("", "SET NULL"))
    db.execute_sql("INSERT INTO sync_card (id, account_id, contact_id, href, etag, card) "
                   "SELECT id, account_id, contact_id, href, etag, card FROM sync_card_old")
    db.execute_sql("DROP TABLE sync_card_old")


_INTRODUCTIONS = (
    'ALTER TABLE "contact" ADD COLUMN "introduced_by_id" INTEGER '
    'REFERENCES "contact" ("id") ON DELETE SET NULL',
    'ALTER TABLE "contact" ADD COLUMN "introduced_on" DATE',
    'ALTER TABLE "exchange" ADD COLUMN "introduced_contact_id" INTEGER '
    'REFERENCES "contact" ("id") ON DELETE SET NULL',
    'CREATE INDEX IF NOT EXISTS "contact_introduced_by_id" ON "contact" ("introduced_by_id")',
    'CREATE INDEX IF NOT EXISTS "exchange_introduced_contact_id" ON "exchange" '
    '("introduced_contact_id")',
)


def _upgrade_introductions() -> None:
    for statement in _INTRODUCTIONS:
        db.execute_sql(statement)


UPGRADE_STEPS: dict[int, Callable[[], None]] = {2: _upgrade_to_2, 3: _upgrade_to_3,
                                               SIGNAL_LIFE_VERSION: _upgrade_signal_life,
                                               SOURCES_VERSION: _upgrade_sources,
                                               DUPLICATES_VERSION: _upgrade_duplicates,
                                               SYNC_VERSION: _upgrade_sync,
                                               TOMBSTONE_VERSION: _upgrade_tombstones,
                                               INTRODUCTIONS_VERSION: _upgrade_introductions}


def expected_columns(version: int) -> dict[str, set[str]]:
    """Return the tables and columns a file of ``version`` (1 or 2) has at least."""
    tables = {name: set(columns.split()) for name, columns in _V1_TABLES.items()}
    if version >= 2:
        tables["contact"] |= {column.split()[0] for column in _V2_COLUMNS}
    return tables


def looks_like_ours(version: int, columns: Mapping[str, set[str]]) -> bool:
    """Return True when a file without our application id is one networkapp made.

    ``columns`` maps each table of the file to its column names. Only versions 1
    and 2 were ever written without the id.
    """
    if version not in (1, 2):
        return False
    return all(name in columns and wanted <= columns[name]
               for name, wanted in expected_columns(version).items())


def user_version() -> int:
    """Return the schema version stored in the bound file."""
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _set_user_version(version: int) -> None:
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def _set_application_id() -> None:
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def create_schema() -> None:
    """Create every table of the current version in an empty file."""
    with db.atomic():
        db.create_tables(ALL_TABLES)
        _set_application_id()
        _set_user_version(SCHEMA_VERSION)


def newer_version(path: object, version: int) -> Phrase:
    """Say that ``path`` comes from a newer networkapp (the one message for it)."""
    return Phrase(tr_noop("%1 was written by a newer version of networkapp (schema %2; this "
                          "version reads up to %3). Please update networkapp."),
                  args=(str(path), version, SCHEMA_VERSION))


def upgrade(path: Path, version: int) -> Path | None:
    """Bring the bound file from ``version`` to :data:`SCHEMA_VERSION`.

    Returns the backup made before upgrading, or ``None`` when nothing was to do.
    """
    if version == SCHEMA_VERSION:
        return None
    if version > SCHEMA_VERSION:
        raise StorageError(newer_version(path, version), path)
    backup = backup_before_upgrade(path, version)
    with db.atomic():
        for step in range(version + 1, SCHEMA_VERSION + 1):
            UPGRADE_STEPS[step]()
        # The cached columns, computed as this version computes them (models.cache), from
        # the upgraded rows: after the last step, since the cache reads its columns.
        refresh_cached_columns()
        _set_user_version(SCHEMA_VERSION)
    return backup
