"""Turning a current file back into an older version, for tests of the upgrade steps.

A test of step N makes a current file, removes what N and later steps added, and sets
the version to N - 1. The introductions' columns (a later step) carry foreign keys,
which SQLite cannot simply drop: :func:`drop_introductions` rebuilds the two tables.
"""

from __future__ import annotations

import re
import sqlite3

# The introductions' column definitions and foreign keys, as a new file or an upgrade
# wrote them.
_INTRODUCTION_PARTS = re.compile(
    r', "(introduced_by_id|introduced_on|introduced_contact_id)" [A-Z]+'
    r'( REFERENCES "contact" \("id"\) ON DELETE SET NULL)?'
    r'|, FOREIGN KEY \("(introduced_by_id|introduced_contact_id)"\) REFERENCES "contact" '
    r'\("id"\) ON DELETE SET NULL')


def drop_introductions(conn: sqlite3.Connection) -> None:
    """Remove the introductions' columns and indexes (data of the rest kept)."""
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA legacy_alter_table = ON")  # other tables keep naming "contact"
    for index in ("contact_introduced_by_id", "exchange_introduced_contact_id"):
        conn.execute(f'DROP INDEX IF EXISTS "{index}"')
    for table in ("contact", "exchange"):
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                              (table,)).fetchone()
        indexes = [s for (s,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL", (table,))]
        kept = ", ".join(f'"{row[1]}"' for row in conn.execute(f'PRAGMA table_info("{table}")')
                         if not row[1].startswith("introduced_"))
        conn.execute(f'ALTER TABLE "{table}" RENAME TO "old_{table}"')
        conn.execute(_INTRODUCTION_PARTS.sub("", sql))
        conn.execute(f'INSERT INTO "{table}" ({kept}) SELECT {kept} FROM "old_{table}"')
        conn.execute(f'DROP TABLE "old_{table}"')
        for statement in indexes:
            conn.execute(statement)
    conn.commit()


# The tables each later step creates (written out in models/migrations.py).
_STEP_TABLES = {5: ("interaction_source",), 6: ("not_duplicate", "contact_alias"),
                7: ("sync_pending", "sync_card", "sync_account")}


def drop_tables_after(conn: sqlite3.Connection, version: int) -> None:
    """Drop the tables that the steps after ``version`` create."""
    for step, tables in _STEP_TABLES.items():
        if step > version:
            for table in tables:
                conn.execute(f'DROP TABLE IF EXISTS "{table}"')
