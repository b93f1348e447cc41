"""Opening the networkapp file: creation, pragmas, location, and every refusal.

A file that cannot be used (not a database, corrupt, read-only, locked, newer)
raises StorageError naming the file and is left byte-for-byte as it was, with
no -wal/-shm files left beside it.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from networkapp.models import (
    SCHEMA_VERSION,
    StorageError,
    close_database,
    current_path,
    db,
    open_database,
)
from networkapp.paths import DB_FILENAME, resolve_db_path
from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields


@dataclass(frozen=True)
class FileState:
    """What a user could see of a file: its bytes, its mtime, its neighbours."""

    data: bytes
    mtime_ns: int
    neighbours: frozenset[str]

    @classmethod
    def of(cls, path: Path) -> FileState:
        """Record the state of ``path`` and of the folder around it."""
        return cls(path.read_bytes(), path.stat().st_mtime_ns,
                   frozenset(p.name for p in path.parent.iterdir()))


@pytest.fixture
def good_file(tmp_path: Path) -> Iterator[Path]:
    """A valid networkapp file with a few contacts, closed (its sidecars gone)."""
    path = tmp_path / "good.sqlite3"
    open_database(path)
    with db.atomic():
        for n in range(30):
            create_contact(ContactFields(display_name=f"Contact {n}", notes="x" * 300))
    close_database()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.sqlite3"]
    yield path
    close_database()


def _copy(source: Path, name: str) -> Path:
    target = source.parent / "refused" / name
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(source, target)
    return target


def _assert_refused(path: Path, *words: str) -> StorageError:
    before = FileState.of(path)
    with pytest.raises(StorageError) as info:
        open_database(path)
    message = str(info.value)
    assert str(path) in message
    for word in words:
        assert word in message.lower()
    assert FileState.of(path) == before
    assert not any(Path(f"{path}{end}").exists() for end in ("-wal", "-shm", "-journal"))
    assert db.is_closed()
    return info.value


def _raw(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# --- a new file ---------------------------------------------------------------------------


def test_new_file_has_schema_version_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    assert open_database(path) == path
    assert path.is_file()
    assert current_path() == path
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] > 0
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    close_database()
    # Stored in the file itself: another program sees the version and WAL mode.
    assert _raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert _raw(path, "PRAGMA journal_mode") == [("wal",)]


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "again.sqlite3"
    open_database(path)
    create_contact(ContactFields(display_name="Ada Lovelace"))
    close_database()
    open_database(path)
    assert db.execute_sql("SELECT display_name FROM contact").fetchall() == [("Ada Lovelace",)]
    assert not (tmp_path / "backups").exists()  # nothing to upgrade, no backup


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    open_database(path)
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


# --- where the file is ---------------------------------------------------------------------


def test_default_path_is_in_the_data_folder(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    data = tmp_path / "data-folder"
    monkeypatch.setenv("NETWORKAPP_DATA_DIR", str(data))
    path = resolve_db_path(None)
    assert path == data / DB_FILENAME
    open_database(path)
    assert (data / DB_FILENAME).is_file()  # created on first start, folder too


def test_env_variable_overrides_the_default(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    monkeypatch.setenv("NETWORKAPP_DB", str(tmp_path / "from-env.sqlite3"))
    assert resolve_db_path(None) == tmp_path / "from-env.sqlite3"


def test_db_option_overrides_env_variable(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    monkeypatch.setenv("NETWORKAPP_DB", str(tmp_path / "from-env.sqlite3"))
    assert resolve_db_path(str(tmp_path / "cli.sqlite3")) == tmp_path / "cli.sqlite3"


def test_relative_and_home_paths_are_made_absolute(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert resolve_db_path("rel.sqlite3") == tmp_path / "rel.sqlite3"
    assert resolve_db_path("~/x.sqlite3") == tmp_path / "home" / "x.sqlite3"


# --- files that are refused, untouched -------------------------------------------------------


def test_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("BEGIN:VCARD\nFN:Not a database\nEND:VCARD\n")
    _assert_refused(path, "not")


def test_corrupt_file_is_refused_untouched(good_file: Path) -> None:
    data = good_file.read_bytes()
    path = _copy(good_file, "corrupt.sqlite3")
    # A valid header, then garbage where the pages should be.
    path.write_bytes(data[:100] + random.Random(1).randbytes(len(data) - 100))
    _assert_refused(path, "damaged")


def test_truncated_file_is_refused_untouched(good_file: Path) -> None:
    path = _copy(good_file, "truncated.sqlite3")
    path.write_bytes(good_file.read_bytes()[: 4096 + 100])
    _assert_refused(path)


def test_read_only_file_is_refused_untouched(good_file: Path) -> None:
    path = _copy(good_file, "readonly.sqlite3")
    path.chmod(0o444)
    try:
        # Tests may run as root, where os.access() reports every file writable.
        _assert_refused(path, "read-only")
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_locked_file_is_refused_untouched(good_file: Path) -> None:
    path = _copy(good_file, "locked.sqlite3")
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("INSERT INTO setting (key, value) VALUES ('held', '1')")
        # The holder's own -wal/-shm are there; open_database must add nothing.
        before = FileState.of(path)
        with pytest.raises(StorageError) as info:
            open_database(path)
        assert str(path) in str(info.value)
        assert "locked" in str(info.value)
        assert FileState.of(path) == before
        assert db.is_closed()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not any(Path(f"{path}{end}").exists() for end in ("-wal", "-shm"))
    assert _raw(path, "SELECT count(*) FROM setting WHERE key = 'held'") == [(0,)]


def test_newer_version_is_refused_untouched(good_file: Path) -> None:
    path = _copy(good_file, "newer.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    error = _assert_refused(path, "newer version", "99")
    assert error.path == path
    assert not (path.parent / "backups").exists()


def test_other_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    _assert_refused(path, "another program")


def test_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    with pytest.raises(StorageError, match="folder"):
        open_database(folder)
    assert list(folder.iterdir()) == []


def test_refusal_closes_a_previously_open_database(good_file: Path, tmp_path: Path) -> None:
    open_database(good_file)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00" * 512)
    with pytest.raises(StorageError):
        open_database(bad)
    assert db.is_closed()


def test_owner_read_only_file_is_refused_untouched(good_file: Path) -> None:
    """A file without any write bit is read-only, whoever runs networkapp (root too)."""
    path = _copy(good_file, "ro2.sqlite3")
    os.chmod(path, 0o400)
    try:
        _assert_refused(path, "read-only")
    finally:
        os.chmod(path, 0o600)
