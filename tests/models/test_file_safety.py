"""The file itself: marked as ours, refused when foreign or damaged, private, one file at rest.

Foreign and damaged files are refused untouched: same bytes, same journal mode, no
``backups/`` folder, nothing left beside them.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import stat
from collections.abc import Iterator
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
from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields
from tests.models.test_migration import _build_v1

PAGE = 4096


def _raw(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _snapshot(path: Path) -> tuple[bytes, frozenset[str]]:
    return path.read_bytes(), frozenset(p.name for p in path.parent.iterdir())


def _refused(path: Path, *words: str) -> StorageError:
    before = _snapshot(path)
    with pytest.raises(StorageError) as info:
        open_database(path)
    assert str(path) in str(info.value)
    for word in words:
        assert word in str(info.value)
    assert _snapshot(path) == before
    assert db.is_closed()
    return info.value


V3_SCHEMA = Path(__file__).with_name("v3_schema.sql")


def _make_ours(path: Path, contacts: int, notes: str = "x" * 300) -> Path:
    open_database(path)
    with db.atomic():
        for n in range(contacts):
            create_contact(ContactFields(display_name=f"Contact {n}", notes=notes))
    close_database()
    return path


# --- the application id ----------------------------------------------------------------------


def test_a_new_file_carries_our_application_id(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path)
    close_database()
    assert _raw(path, "PRAGMA application_id") == [(migrations.APPLICATION_ID,)]
    assert _raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


def _foreign(path: Path, version: int, journal: str) -> Path:
    """Another program's SQLite file that happens to use user_version ``version``."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, phone TEXT)")  # a name clash
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO note (body) VALUES ('mine')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("version", [1, 2, 3])
@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_another_programs_file_is_refused_untouched(tmp_path: Path, version: int,
                                                    journal: str) -> None:
    path = _foreign(tmp_path / "other.db", version, journal)
    _refused(path, "another program")
    assert not (tmp_path / "backups").exists()
    assert _raw(path, "PRAGMA journal_mode") == [(journal,)]  # never switched to WAL
    assert _raw(path, "SELECT body FROM note") == [("mine",)]


def test_a_file_with_another_application_id_is_refused(tmp_path: Path) -> None:
    path = _make_ours(tmp_path / "ours.sqlite3", 2)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")  # same tables, but someone else's mark
    conn.commit()
    conn.close()
    _refused(path, "another program")


def _v2_without_id(path: Path) -> Path:
    """A file as version 2 made it: our schema of then (version 3's without the
    application id), no application id."""
    conn = sqlite3.connect(path)
    conn.executescript(V3_SCHEMA.read_text())
    conn.executemany("INSERT INTO contact (display_name, given_name, family_name, organization, "
                     "title, notes, status, created_at, updated_at, sort_name, gave_count, "
                     "received_count, open_warning_weight, search_text) VALUES "
                     "(?, '', '', '', '', '', 'active', '2024-01-01', '2024-01-01', '', 0, 0, "
                     "0, '')", [(f"Contact {n}",) for n in range(5)])
    conn.execute("PRAGMA application_id = 0")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    return path


def test_a_file_made_before_the_id_is_recognised_upgraded_and_backed_up(tmp_path: Path
                                                                         ) -> None:
    path = _v2_without_id(tmp_path / "old.sqlite3")
    open_database(path)
    close_database()
    assert _raw(path, "PRAGMA application_id") == [(migrations.APPLICATION_ID,)]
    assert _raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert _raw(path, "SELECT count(*) FROM contact") == [(5,)]
    backup = latest_backup(path)
    assert backup is not None and backup.name.startswith("old.v2.")
    assert _raw(backup, "PRAGMA application_id") == [(0,)]  # the file as it was
    assert _raw(backup, "SELECT count(*) FROM contact") == [(5,)]


def test_a_version_1_file_gets_the_id_too(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    _build_v1(path)
    open_database(path)
    close_database()
    assert _raw(path, "PRAGMA application_id") == [(migrations.APPLICATION_ID,)]


def test_a_version_2_file_missing_one_of_our_tables_is_not_ours(tmp_path: Path) -> None:
    path = _v2_without_id(tmp_path / "partial.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE status_change")
    conn.commit()
    conn.close()
    _refused(path, "another program")


# --- damage ------------------------------------------------------------------------------


def _damage_a_page(path: Path) -> int:
    """Overwrite one b-tree page of the contact table, in the middle of the file."""
    pages = [n for (n,) in _raw(path, "SELECT pageno FROM dbstat WHERE name = 'contact' "
                                      "AND pagetype = 'leaf' ORDER BY pageno")]
    page = pages[len(pages) // 2]
    with path.open("r+b") as handle:
        handle.seek((page - 1) * PAGE)
        handle.write(random.Random(page).randbytes(PAGE))
    return page


def test_a_damaged_small_file_is_refused_untouched(tmp_path: Path) -> None:
    path = _make_ours(tmp_path / "small.sqlite3", 200)
    assert path.stat().st_size < 16 * 1024 * 1024
    _damage_a_page(path)
    error = _refused(path, "damaged")
    assert error.kind == "damaged"


def test_a_damaged_big_file_is_refused_too(tmp_path: Path) -> None:
    # Over 16 MB (the old limit of the opening check): 600 contacts with 30 KB notes.
    path = _make_ours(tmp_path / "big.sqlite3", 600, notes="")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE contact SET notes = printf('%.30000c', 'n')")
    conn.commit()
    conn.close()
    assert path.stat().st_size > 16 * 1024 * 1024
    _damage_a_page(path)
    assert _refused(path, "damaged").kind == "damaged"


# --- one file at rest ------------------------------------------------------------------------


def test_closing_puts_everything_in_the_main_file(tmp_path: Path) -> None:
    path = tmp_path / "main.sqlite3"
    open_database(path)
    with db.atomic():
        for n in range(50):
            create_contact(ContactFields(display_name=f"Person {n}"))
    assert Path(f"{path}-wal").stat().st_size > 0  # the writes sit in the log until closing
    close_database()
    alone = tmp_path / "alone" / "copy.sqlite3"
    alone.parent.mkdir()
    shutil.copyfile(path, alone)  # only the main file, as a user copies "the one file"
    assert _raw(alone, "SELECT count(*) FROM contact") == [(50,)]


def test_closing_checkpoints_even_when_the_process_keeps_running(tmp_path: Path) -> None:
    path = tmp_path / "open.sqlite3"
    reader = None
    open_database(path)
    try:
        # Another connection keeps the WAL alive (SQLite's own close-time checkpoint
        # would not empty it); ours must still have moved the data into the file.
        reader = sqlite3.connect(path)
        reader.execute("SELECT count(*) FROM contact").fetchall()
        create_contact(ContactFields(display_name="Ada"))
        close_database()
        copy = tmp_path / "copy.sqlite3"
        shutil.copyfile(path, copy)
        assert _raw(copy, "SELECT display_name FROM contact") == [("Ada",)]
    finally:
        if reader is not None:
            reader.close()


# --- privacy -----------------------------------------------------------------------------


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, under which files would be 0644 and folders 0755."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_database_and_its_log_are_private(tmp_path: Path, umask_022: None,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("NETWORKAPP_DATA_DIR", str(data))
    path = data / "networkapp.sqlite3"
    open_database(path)
    create_contact(ContactFields(display_name="Private"))
    assert _mode(data) == 0o700
    assert _mode(path) == 0o600
    assert _mode(Path(f"{path}-wal")) == 0o600
    assert _mode(Path(f"{path}-shm")) == 0o600
    close_database()


def test_an_old_0755_data_folder_is_made_private(tmp_path: Path, umask_022: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    monkeypatch.setenv("NETWORKAPP_DATA_DIR", str(data))
    _make_ours(data / "networkapp.sqlite3", 1)
    open_database(data / "networkapp.sqlite3")
    assert _mode(data) == 0o700


def test_a_file_elsewhere_is_private_but_its_folder_is_left_alone(tmp_path: Path,
                                                                  umask_022: None) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    path = folder / "team.sqlite3"
    open_database(path)
    assert _mode(path) == 0o600
    assert _mode(folder) == 0o755  # the user's own folder: not ours to change
