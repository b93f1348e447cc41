"""Upgrading a file of the version before duplicates: the two tables appear, data stays."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from networkapp.models import SCHEMA_VERSION, close_database, db, open_database
from networkapp.models.migrations import DUPLICATES_VERSION
from networkapp.services.contacts import create_contact, get_contact
from networkapp.services.dto import ContactFields
from networkapp.services.duplicates import mark_not_duplicates
from tests.models.schema_helpers import drop_introductions, drop_tables_after


def _file_before_duplicates(path: Path) -> None:
    """A current file with the duplicates tables taken out: what the version before wrote."""
    open_database(path)
    create_contact(ContactFields(display_name="Ada Rossi"))
    create_contact(ContactFields(display_name="Ada Rossi"))
    close_database()
    conn = sqlite3.connect(path)
    drop_introductions(conn)  # a later step
    drop_tables_after(conn, DUPLICATES_VERSION - 1)  # this step's tables and later ones
    conn.execute(f"PRAGMA user_version = {DUPLICATES_VERSION - 1}")
    conn.commit()
    conn.close()


def test_a_file_of_the_version_before_gains_the_tables(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    _file_before_duplicates(path)
    open_database(path)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert get_contact(2).fields.display_name == "Ada Rossi"
        assert mark_not_duplicates([1, 2]) == 1
        assert db.execute_sql("SELECT count(*) FROM contact_alias").fetchone()[0] == 0
    finally:
        close_database()
