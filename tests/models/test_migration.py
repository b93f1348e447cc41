"""Upgrading a schema-version-1 file, built here by hand, to the current version.

Version 1 had no cached columns on ``contact``; the upgrade adds them, computes
them from the rows, backs the file up first, and leaves the file at version 1
with its data when a step fails.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from networkapp.models import (
    SCHEMA_VERSION,
    StorageError,
    close_database,
    db,
    migrations,
    open_database,
)
from networkapp.models.backup import latest_backup
from networkapp.models.tables import SYNC_TABLES
from networkapp.services.contacts import create_contact, delete_contacts
from networkapp.services.dto import ContactFields
from networkapp.services.listing import ContactQuery
from networkapp.services.signals import threshold_state
from tests.models.schema_helpers import drop_introductions, drop_tables_after
from tests.services.foundation_helpers import list_contacts

SYNC_TABLE_NAMES = {table._meta.table_name for table in SYNC_TABLES}  # new in SYNC_VERSION
V1_SCHEMA = Path(__file__).with_name("v1_schema.sql")
CACHED = ("sort_name", "last_interaction_on", "gave_count", "received_count",
          "open_warning_weight", "search_text")
# Added by later versions (tests/models/test_migration_signal_life.py and the v3 tests
# below upgrade a file of the version before them).
LATER = {"contact": {"open_warning_count", "introduced_by_id", "introduced_on"},
         "signal": {"state", "resolution", "resolved_at", "resolution_note"},
         "exchange": {"introduced_contact_id"}}
NOW = "2024-01-01 09:00:00"
LATER_TABLES = {"interaction_source", "not_duplicate", "contact_alias", *SYNC_TABLE_NAMES}

# (id, display name, given, family, status)
CONTACTS = [
    (1, "Niccolò Ferri", "Niccolò", "Ferri", "active"),
    (2, "Ada Byron", "Ada", "Byron", "archived"),
    (3, "Kenji Mori", "Kenji", "Mori", "clarifying"),
]
# (id, contact, date)
INTERACTIONS = [(1, 1, "2023-03-01"), (2, 1, "2024-05-17"), (3, 2, "2022-12-24")]
# (interaction, direction, kind, growth, weight)
EXCHANGES = [
    (1, "gave", "advice", "cultural", 1),
    (1, "received", "introduction", "social", 2),
    (2, "gave", "time", "social", 1),
    (2, "gave", "referral", "economic", 3),
    (3, "received", "gift", "social", 1),
]
# (contact, interaction, date, polarity, category, weight, resolved_by)
SIGNALS = [
    (1, 2, "2024-05-17", "warning", "ego_first", 2, None),
    (1, None, "2024-05-20", "warning", "gut_feeling", 1, None),
    (1, None, "2023-01-01", "warning", "never_reciprocates", 3, 1),  # resolved
    (1, 1, "2023-03-01", "positive", "reciprocated", 1, None),
    (3, None, "2024-06-01", "warning", "only_when_needing", 1, None),
]


def _build_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(f"BEGIN;\n{V1_SCHEMA.read_text()}\nCOMMIT;")  # one transaction: fast
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO contact (id, given_name, family_name, display_name, organization, title, "
        "birthday, notes, uid, status, cadence_days, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 'Studio Aperto', '', '--02-29', '', NULL, ?, 30, ?, ?)",
        [(c[0], c[2], c[3], c[1], c[4], NOW, NOW) for c in CONTACTS])
    conn.execute("INSERT INTO contact_email (contact_id, value, label, position) "
                 "VALUES (1, 'nico@example.org', 'work', 0)")
    conn.execute("INSERT INTO tag (id, name) VALUES (1, 'mentor')")
    conn.execute("INSERT INTO contact_tag (contact_id, tag_id) VALUES (3, 1)")
    conn.executemany("INSERT INTO interaction (id, contact_id, date, channel, summary, notes, "
                     "created_at) VALUES (?, ?, ?, 'call', 'Talked', '', ?)",
                     [(*i, NOW) for i in INTERACTIONS])
    conn.executemany("INSERT INTO exchange (interaction_id, direction, kind, growth, weight, "
                     "note) VALUES (?, ?, ?, ?, ?, '')", EXCHANGES)
    conn.execute("INSERT INTO clarification (id, contact_id, date, channel, planned_questions, "
                 "their_answer, outcome, decision, reason, is_draft, draft_step, created_at) "
                 "VALUES (1, 1, '2023-02-01', 'call', 'Why?', 'Busy.', 'clarified', 'keep', "
                 "'ok', 0, 3, ?)", (NOW,))
    conn.executemany("INSERT INTO signal (contact_id, interaction_id, date, polarity, category, "
                     "weight, note, resolved_by_id, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)",
                     [(*s, NOW) for s in SIGNALS])
    conn.executemany("INSERT INTO status_change (contact_id, action, from_status, to_status, at, "
                     "reason) VALUES (?, 'create', NULL, 'active', ?, 'v1')",
                     [(c[0], NOW) for c in CONTACTS])
    conn.execute("INSERT INTO setting (key, value) VALUES ('threshold', '4')")
    conn.commit()
    conn.close()


def _raw(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _columns(path: Path, table: str) -> set[str]:
    return {row[1] for row in _raw(path, f"PRAGMA table_info({table})")}


def _counts(path: Path) -> dict[str, int]:
    tables = [name for (name,) in _raw(path, "SELECT name FROM sqlite_master "
                                              "WHERE type = 'table'")]
    return {t: _raw(path, f'SELECT count(*) FROM "{t}"')[0][0] for t in tables}


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    """A networkapp file at schema version 1, with data."""
    path = tmp_path / "old.sqlite3"
    _build_v1(path)
    assert _raw(path, "PRAGMA user_version") == [(1,)]
    assert not _columns(path, "contact") & set(CACHED)
    return path


def test_v1_schema_is_the_current_one_without_the_cached_columns(tmp_path: Path,
                                                                  v1_file: Path) -> None:
    current = tmp_path / "current.sqlite3"
    open_database(current)
    close_database()
    for table in set(_counts(current)) - LATER_TABLES:
        expected = _columns(current, table) - (set(CACHED) if table == "contact" else set())
        expected -= LATER.get(table, set())
        assert _columns(v1_file, table) == expected, table


def test_upgrade_keeps_the_data(v1_file: Path) -> None:
    before = _counts(v1_file)
    open_database(v1_file)
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    close_database()
    after = _counts(v1_file)
    assert {t: after.pop(t) for t in LATER_TABLES} == dict.fromkeys(LATER_TABLES, 0)
    assert after == before
    assert set(CACHED) <= _columns(v1_file, "contact")
    names = _raw(v1_file, "SELECT id, display_name, status, birthday FROM contact ORDER BY id")
    assert names == [(c[0], c[1], c[4], "--02-29") for c in CONTACTS]
    assert _raw(v1_file, "SELECT value FROM setting WHERE key = 'threshold'") == [("4",)]
    assert _raw(v1_file, "PRAGMA integrity_check") == [("ok",)]


def test_upgrade_computes_the_cached_columns(v1_file: Path) -> None:
    open_database(v1_file)
    rows = {r.id: r for r in list_contacts(ContactQuery(view="all"))}
    assert (rows[1].gave, rows[1].received) == (3, 1)
    assert (rows[2].gave, rows[2].received) == (0, 1)
    assert (rows[3].gave, rows[3].received) == (0, 0)
    # Open warnings are weighted; the resolved one and the positive one don't count.
    assert rows[1].open_warnings == 3
    assert rows[3].open_warnings == 1
    assert threshold_state(1).open_warning_weight == 3
    assert threshold_state(1).level == "clarify"  # threshold 4 kept from the file
    assert rows[1].last_interaction == dt.date(2024, 5, 17)
    assert rows[2].last_interaction == dt.date(2022, 12, 24)
    assert rows[3].last_interaction is None


def test_upgraded_file_is_searchable_and_sorted(v1_file: Path) -> None:
    open_database(v1_file)
    found = list_contacts(ContactQuery(view="all", search="NICCOLO"))
    assert [r.name for r in found] == ["Niccolò Ferri"]
    assert [r.id for r in list_contacts(ContactQuery(view="all", search="nico@example"))] == [1]
    assert [r.id for r in list_contacts(ContactQuery(view="all", search="mentor"))] == [3]
    assert [r.name for r in list_contacts(ContactQuery(view="all"))] == [
        "Ada Byron", "Kenji Mori", "Niccolò Ferri"]


def test_backup_is_a_valid_version_1_copy(v1_file: Path) -> None:
    before = _counts(v1_file)
    open_database(v1_file)
    close_database()
    backups = list((v1_file.parent / "backups").iterdir())
    assert len(backups) == 1
    backup = backups[0]
    assert backup.name.startswith("old.v1.") and backup.suffix == ".sqlite3"
    assert _raw(backup, "PRAGMA user_version") == [(1,)]
    assert _raw(backup, "PRAGMA integrity_check") == [("ok",)]
    assert not _columns(backup, "contact") & set(CACHED)
    assert _counts(backup) == before
    # The backup can itself be opened (and upgraded) like the original.
    open_database(backup)
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def _failing_step(error: Exception) -> Callable[[], None]:
    real = migrations.UPGRADE_STEPS[2]

    def step() -> None:
        real()  # the columns are added and filled, then the step fails
        raise error

    return step


@pytest.mark.parametrize("error", [RuntimeError("bug in step 2"),
                                   sqlite3.OperationalError("disk I/O error")])
def test_failing_step_leaves_version_1_with_its_data(v1_file: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     error: Exception) -> None:
    before = _counts(v1_file)
    monkeypatch.setitem(migrations.UPGRADE_STEPS, 2, _failing_step(error))
    expected = StorageError if isinstance(error, sqlite3.Error) else RuntimeError
    with pytest.raises(expected) as info:
        open_database(v1_file)
    if expected is StorageError:
        assert str(v1_file) in str(info.value)
    assert db.is_closed()
    assert _raw(v1_file, "PRAGMA user_version") == [(1,)]
    assert not _columns(v1_file, "contact") & set(CACHED)
    assert _counts(v1_file) == before
    assert _raw(v1_file, "PRAGMA integrity_check") == [("ok",)]
    # Once the step is fixed, the same file upgrades fine.
    monkeypatch.undo()
    open_database(v1_file)
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_upgrade_from_the_version_before_sync_adds_the_sync_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    open_database(path)
    create_contact(ContactFields(display_name="Ada Rossi"))
    for name in SYNC_TABLE_NAMES:  # the file as the version before the sync step made it
        db.execute_sql(f'DROP TABLE "{name}"')
    db.execute_sql(f"PRAGMA user_version = {migrations.SYNC_VERSION - 1}")
    close_database()
    with sqlite3.connect(path) as conn:
        drop_introductions(conn)  # a later step
    conn.close()
    open_database(path)
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    # A card outlives its contact (TOMBSTONE_VERSION): the next sync deletes it there.
    bea = create_contact(ContactFields(display_name="Bea Neri"))
    db.execute_sql("INSERT INTO sync_account (url, user, book_url, book_name, "
                   "interval_minutes, delete_archived, created_at) VALUES "
                   "('https://dav.example.org/', 'ann', 'https://dav.example.org/b/', 'B', "
                   "15, 0, ?)", (NOW,))
    db.execute_sql("INSERT INTO sync_card (account_id, contact_id, href, etag, card) "
                   "VALUES (1, ?, '/b/bea.vcf', '\"1\"', x'00')", (bea,))
    delete_contacts([bea])
    assert db.execute_sql("SELECT contact_id, href FROM sync_card").fetchall() == [
        (None, "/b/bea.vcf")]
    close_database()
    assert set(_counts(path)) >= SYNC_TABLE_NAMES
    assert _raw(path, "SELECT display_name FROM contact") == [("Ada Rossi",)]
    backups = list((path.parent / "backups").iterdir())
    assert [b.name.startswith(f"old.v{migrations.SYNC_VERSION - 1}.")
            for b in backups] == [True]
V3_SCHEMA = Path(__file__).with_name("v3_schema.sql")


@pytest.fixture
def v3_file(tmp_path: Path) -> Path:
    """A networkapp file at schema version 3 (before introductions), with data."""
    path = tmp_path / "v3.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(V3_SCHEMA.read_text())
    conn.executemany(
        "INSERT INTO contact (id, given_name, family_name, display_name, organization, title, "
        "notes, status, created_at, updated_at, sort_name, gave_count, received_count, "
        "open_warning_weight, search_text) VALUES (?, ?, ?, ?, '', '', '', ?, ?, ?, '', 0, 0, "
        "0, '')", [(*c[:1], c[2], c[3], c[1], c[4], NOW, NOW) for c in CONTACTS])
    conn.execute("INSERT INTO interaction (id, contact_id, date, channel, summary, notes, "
                 "created_at) VALUES (1, 1, '2024-01-01', 'call', '', '', ?)", (NOW,))
    conn.execute("INSERT INTO exchange (interaction_id, direction, kind, growth, weight, note) "
                 "VALUES (1, 'gave', 'introduction', 'social', 1, '')")
    conn.commit()
    conn.close()
    assert _raw(path, "PRAGMA user_version") == [(3,)]
    return path


def test_a_version_3_file_gains_the_introductions(v3_file: Path) -> None:
    before = _counts(v3_file)
    open_database(v3_file)
    assert migrations.user_version() == SCHEMA_VERSION
    # The new links work as in a new file: a deleted introducer leaves no dangling id.
    db.execute_sql("UPDATE contact SET introduced_by_id = 2, introduced_on = '2023-05-01' "
                   "WHERE id = 1")
    db.execute_sql("UPDATE exchange SET introduced_contact_id = 3")
    db.execute_sql("DELETE FROM contact WHERE id IN (2, 3)")
    assert db.execute_sql("SELECT introduced_by_id, introduced_on FROM contact WHERE id = 1"
                          ).fetchone() == (None, "2023-05-01")
    assert db.execute_sql("SELECT introduced_contact_id FROM exchange").fetchone() == (None,)
    close_database()
    assert _counts(v3_file)["exchange"] == before["exchange"]
    backup = latest_backup(v3_file)
    assert backup is not None and _raw(backup, "PRAGMA user_version") == [(3,)]
    assert "introduced_by_id" not in _columns(backup, "contact")


def test_an_upgraded_version_3_file_has_the_schema_of_a_new_one(tmp_path: Path,
                                                                 v3_file: Path) -> None:
    current = tmp_path / "current.sqlite3"
    open_database(current)
    close_database()
    open_database(v3_file)
    close_database()
    indexes = "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"
    assert _raw(v3_file, indexes) == _raw(current, indexes)
    for table in _counts(current):
        assert _columns(v3_file, table) == _columns(current, table), table
        shape = f"""SELECT name, type, "notnull", pk FROM pragma_table_info('{table}')"""
        assert sorted(_raw(v3_file, shape)) == sorted(_raw(current, shape)), table
        keys = (f'SELECT "table", "from", "to", on_update, on_delete '
                f"FROM pragma_foreign_key_list('{table}')")
        assert sorted(_raw(v3_file, keys)) == sorted(_raw(current, keys)), table


def make_version_3(conn: sqlite3.Connection) -> None:
    """Give a current file's tables the columns and indexes of version 3, data kept (for
    tests of the later steps; a column with a foreign key cannot simply be dropped)."""
    v3 = sqlite3.connect(":memory:")
    v3.executescript(V3_SCHEMA.read_text())
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA legacy_alter_table = ON")  # other tables keep naming the original
    for (index,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                 "AND sql IS NOT NULL").fetchall():
        conn.execute(f'DROP INDEX "{index}"')
    drop_tables_after(conn, 3)
    for name, sql in v3.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
        columns = ", ".join(f'"{row[1]}"' for row in v3.execute(f'PRAGMA table_info("{name}")'))
        conn.execute(f'ALTER TABLE "{name}" RENAME TO "old_{name}"')
        conn.execute(sql)
        conn.execute(f'INSERT INTO "{name}" ({columns}) SELECT {columns} FROM "old_{name}"')
        conn.execute(f'DROP TABLE "old_{name}"')
    for (sql,) in v3.execute("SELECT sql FROM sqlite_master WHERE type = 'index' "
                             "AND sql IS NOT NULL"):
        conn.execute(sql)
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
