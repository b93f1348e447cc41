"""Open (or create) the networkapp file, refusing clearly what cannot be used.

Before anything is written the file is checked with a read-only connection: not
an SQLite file, corrupt, written by a newer version, read-only, or locked by
another program each raise :class:`StorageError` naming the file, and the file
is left byte-for-byte untouched.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from networkapp.models.base import StorageError, db
from networkapp.models.migrations import SCHEMA_VERSION, create_schema, upgrade, user_version
from networkapp.models.text import fold, squash

SQLITE_MAGIC = b"SQLite format 3\x00"
# Small files get a full structural check on opening; on big ones it would cost
# ~0.35 s per 100 MB, and damage deeper in a big file is reported when met.
QUICK_CHECK_MAX_BYTES = 16 * 1024 * 1024
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": 1,  # NORMAL: safe with WAL
    "cache_size": -32000,
}


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except PermissionError as exc:
        raise StorageError(f"{path} cannot be read: permission denied.", path) from exc
    except OSError as exc:
        raise StorageError(f"{path} cannot be read: {exc.strerror}.", path) from exc
    if header and header != SQLITE_MAGIC:
        raise StorageError(f"{path} is not a networkapp database (not an SQLite file).", path)


def _inspect_readonly(path: Path) -> tuple[int, int]:
    """Return (user_version, number of tables) using a read-only connection."""
    uri = path.as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=2.0)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
            if tables and path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
                conn.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _describe(path, exc) from exc
    return version, tables


def _describe(path: Path, exc: sqlite3.Error) -> StorageError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StorageError(f"{path} is locked by another program; close it and try again.", path)
    if "readonly" in text or "read-only" in text:
        return StorageError(f"{path} is read-only; networkapp needs to write to it.", path)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageError(f"{path} is damaged or not a networkapp database ({exc}).", path)
    return StorageError(f"{path} cannot be opened: {exc}.", path)


def _is_read_only(path: Path) -> bool:
    # os.access() says "writable" to root whatever the mode bits: a file nobody
    # may write (chmod a-w) is read-only to us too, as the user meant it to be.
    return not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222


def _check_writable(path: Path) -> None:
    if path.exists() and _is_read_only(path):
        raise StorageError(f"{path} is read-only; networkapp needs to write to it.", path)
    if not os.access(path.parent, os.W_OK):
        raise StorageError(
            f"{path} is in a read-only folder ({path.parent}); networkapp needs to write there.",
            path,
        )


def _check_not_locked(path: Path) -> None:
    conn = sqlite3.connect(str(path), timeout=1.0)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        raise _describe(path, exc) from exc
    finally:
        conn.close()


def _prepare_new(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{path} cannot be created: {exc.strerror}.", path) from exc


def _check_existing(path: Path) -> int:
    """Check an existing file without changing it; return its schema version."""
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a networkapp database.", path)
    # A read-only look at a WAL file creates -wal/-shm beside it and leaves them:
    # remove the ones this check created when the file is refused.
    created = [Path(f"{path}{end}") for end in ("-wal", "-shm")
               if not Path(f"{path}{end}").exists()]
    try:
        _check_header(path)
        version, tables = _inspect_readonly(path) if path.stat().st_size else (0, 0)
        if version > SCHEMA_VERSION:
            upgrade(path, version)  # raises the "newer version" message
        if tables and version == 0:
            raise StorageError(
                f"{path} is an SQLite database of another program, not a networkapp file.", path
            )
        _check_writable(path)
        _check_not_locked(path)
    except StorageError:
        for sidecar in created:
            sidecar.unlink(missing_ok=True)
        raise
    return version


def open_database(path: str | Path) -> Path:
    """Bind ``db`` to the file at ``path``, creating or upgrading it as needed.

    Raises:
        StorageError: the file cannot be used; it was not modified.
    """
    path = Path(path).absolute()
    close_database()
    if path.exists():
        version = _check_existing(path)
    else:
        _prepare_new(path)
        _check_writable(path)
        version = 0
    _bind(path)
    try:
        if version == 0:
            create_schema()
        else:
            upgrade(path, version)
    except sqlite3.Error as exc:
        close_database()
        raise _describe(path, exc) from exc
    except Exception:
        close_database()  # a failed upgrade step is a bug: leave nothing half-open
        raise
    return path


def bind_memory() -> None:
    """Bind ``db`` to a fresh in-memory database at the current schema (tests)."""
    close_database()
    db.init(":memory:", pragmas={"foreign_keys": 1})
    db.register_function(fold, "fold", 1)
    db.register_function(squash, "squash", 1)
    db.connect()
    create_schema()


def _bind(path: Path) -> None:
    db.init(str(path), pragmas=PRAGMAS, check_same_thread=False)
    db.register_function(fold, "fold", 1)
    db.register_function(squash, "squash", 1)
    try:
        db.connect(reuse_if_open=True)
    except sqlite3.Error as exc:
        raise _describe(path, exc) from exc


def close_database() -> None:
    """Close the connection of this thread, if any."""
    if not db.is_closed():
        db.close()


def current_path() -> Path | None:
    """Return the file ``db`` is bound to, or ``None``."""
    name = db.database
    if not name or name == ":memory:":
        return None
    return Path(name)


def check_version_constant() -> int:
    """Return the version of the bound file (for the About dialog and tests)."""
    return user_version()
