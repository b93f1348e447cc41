"""Upgrading a version-3 file (before captured interactions kept their source keys)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from networkapp.models import SCHEMA_VERSION, close_database, db, open_database
from networkapp.services.interactions import add_sources, list_interactions, source_keys
from tests.services.foundation_helpers import log, new_contact


def test_a_version_3_file_gains_the_source_table(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    open_database(path)
    ada = new_contact("Ada Rossi")
    log(ada)
    close_database()
    with sqlite3.connect(path) as conn:  # the file as version 3 left it
        conn.execute("DROP TABLE interaction_source")
        conn.execute("PRAGMA user_version = 3")
    conn.close()
    open_database(path)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        (interaction,) = list_interactions(ada)
        add_sources(interaction.id, ["ical:abc"])
        assert source_keys("ical:") == {(ada, "ical:abc"): interaction.id}
        backups = list(tmp_path.glob("v3.v3.*.sqlite3")) or list(tmp_path.rglob("*v3*.sqlite3"))
        assert backups  # backed up before upgrading
    finally:
        close_database()
