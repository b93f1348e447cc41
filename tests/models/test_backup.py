"""Backups: before an upgrade (atomic, verified, the last 3, the file's mode) and on request."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from networkapp.files import WriteError
from networkapp.models import (
    SCHEMA_VERSION,
    StorageError,
    close_database,
    db,
    migrations,
    open_database,
)
from networkapp.models import backup as backup_module
from networkapp.models.backup import (
    KEEP_UPGRADE_BACKUPS,
    backup_database,
    latest_backup,
    upgrade_backups,
)
from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields
from tests.models.test_migration import _build_v1

REPO = Path(__file__).resolve().parents[2]


def _raw(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    """A version-1 file (needs an upgrade, hence a backup, when opened)."""
    path = tmp_path / "old.sqlite3"
    _build_v1(path)
    return path


def _fail_upgrade(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise RuntimeError("bug in step 2")

    monkeypatch.setitem(migrations.UPGRADE_STEPS, 2, broken)


def test_only_the_last_backups_are_kept(v1_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fail_upgrade(monkeypatch)
    for _ in range(KEEP_UPGRADE_BACKUPS + 2):  # each failed attempt made one more, for ever
        with pytest.raises(RuntimeError):
            open_database(v1_file)
    kept = upgrade_backups(v1_file)
    assert len(kept) == KEEP_UPGRADE_BACKUPS == 3
    assert len({p.name for p in kept}) == 3  # same second: distinct names, none overwritten
    for path in kept:
        assert _raw(path, "PRAGMA quick_check") == [("ok",)]
        assert _raw(path, "PRAGMA user_version") == [(1,)]


def test_a_backup_has_the_databases_own_mode(v1_file: Path) -> None:
    v1_file.chmod(0o640)
    open_database(v1_file)
    close_database()
    backup = latest_backup(v1_file)
    assert backup is not None
    assert _mode(backup) == 0o640
    assert _mode(backup.parent) == 0o700
    assert _raw(backup, "PRAGMA journal_mode") == [("delete",)]  # one file, no -wal needed


def test_a_backup_that_fails_its_check_stops_the_upgrade(v1_file: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    before = _raw(v1_file, "SELECT * FROM contact")
    monkeypatch.setattr(backup_module, "check_copy", lambda _path: "the copy is damaged")
    with pytest.raises(StorageError) as info:
        open_database(v1_file)
    assert "no backup could be made" in str(info.value) and str(v1_file) in str(info.value)
    assert db.is_closed()
    # Not upgraded: still version 1 with its rows (only switched to WAL, as on any open).
    assert _raw(v1_file, "PRAGMA user_version") == [(1,)]
    assert _raw(v1_file, "SELECT * FROM contact") == before
    assert os.listdir(v1_file.parent / "backups") == []


KILL_DURING_BACKUP = """
import os, signal, sys
from networkapp.models import backup, open_database
def die(path):
    os.kill(os.getpid(), signal.SIGKILL)  # the copy is written, not yet checked nor renamed
backup.check_copy = die
open_database(sys.argv[1])
"""


def test_a_kill_during_the_backup_leaves_no_backup_and_the_file_as_it_was(v1_file: Path
                                                                          ) -> None:
    before = _raw(v1_file, "SELECT * FROM contact")
    done = subprocess.run([sys.executable, "-c", KILL_DURING_BACKUP, str(v1_file)],
                          cwd=REPO, capture_output=True, timeout=60, check=False)
    assert done.returncode == -9
    assert upgrade_backups(v1_file) == []
    assert latest_backup(v1_file) is None
    assert _raw(v1_file, "PRAGMA user_version") == [(1,)]
    assert _raw(v1_file, "SELECT * FROM contact") == before
    # The next start makes a good backup and upgrades.
    open_database(v1_file)
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    close_database()
    backups = upgrade_backups(v1_file)
    assert len(backups) == 1
    assert os.listdir(v1_file.parent / "backups") == [backups[0].name]  # the cut copy gone
    assert _raw(backups[0], "PRAGMA user_version") == [(1,)]


def test_backup_on_request_is_a_checked_private_copy(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite3"
    open_database(path)
    for name in ("Ada", "Grace"):
        create_contact(ContactFields(display_name=name))
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
        writer.execute("UPDATE contact SET display_name = 'uncommitted'")
        target = tmp_path / "copies" / "copy.sqlite3"
        target.parent.mkdir()
        assert backup_database(target) == target
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert _mode(target) == 0o600
    assert _raw(target, "PRAGMA quick_check") == [("ok",)]
    assert _raw(target, "PRAGMA application_id") == [(migrations.APPLICATION_ID,)]
    assert _raw(target, "SELECT display_name FROM contact ORDER BY id") == [("Ada",), ("Grace",)]
    assert sorted(os.listdir(target.parent)) == ["copy.sqlite3"]


def test_backup_on_request_to_an_unwritable_place_leaves_it_as_it_was(tmp_path: Path) -> None:
    open_database(tmp_path / "live.sqlite3")
    with pytest.raises(WriteError) as info:
        backup_database(tmp_path / "no-such-folder" / "copy.sqlite3")
    assert "no-such-folder" in str(info.value)
    assert not (tmp_path / "no-such-folder").exists()
