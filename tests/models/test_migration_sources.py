"""Upgrading a file of the version before captured interactions kept their source keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from networkapp.models import SCHEMA_VERSION, close_database, db, open_database
from networkapp.models.migrations import SOURCES_VERSION
from networkapp.services.interactions import add_sources, list_interactions, source_keys
from tests.models.schema_helpers import drop_introductions, drop_tables_after
from tests.services.foundation_helpers import log, new_contact


def test_the_previous_version_gains_the_source_table(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    open_database(path)
    ada = new_contact("Ada Rossi")
    log(ada)
    close_database()
    with sqlite3.connect(path) as conn:  # the file as the version before left it
        drop_tables_after(conn, SOURCES_VERSION - 1)  # this step's table and later ones
        drop_introductions(conn)  # a later step
        conn.execute(f"PRAGMA user_version = {SOURCES_VERSION - 1}")
    conn.close()
    open_database(path)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        (interaction,) = list_interactions(ada)
        add_sources(interaction.id, ["ical:abc"])
        assert source_keys("ical:") == {(ada, "ical:abc"): interaction.id}
        assert list(tmp_path.rglob(f"old.v{SOURCES_VERSION - 1}.*"))  # backed up first
    finally:
        close_database()
