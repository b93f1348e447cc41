"""Open (or create) the networkapp file, refusing clearly what cannot be used.

Before anything is written the file is checked with a read-only connection: not
an SQLite file, damaged (``PRAGMA quick_check``), another program's file (no
networkapp application id, and not the tables of a file made before the id),
written by a newer version, read-only, or locked by another program each raise
:class:`StorageError` naming the file, and the file is left byte-for-byte
untouched (its journal mode included).

A new file and its ``-wal``/``-shm`` are readable by their owner only (0600), and
the default data folder by its owner only (0700), whatever the umask. Closing
checkpoints the write-ahead log into the file, so the ``.sqlite3`` file alone
holds the data between runs.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee

from networkapp.files import PRIVATE_FILE_MODE, WriteError, private_folder
from networkapp.i18n import Phrase, tr_noop
from networkapp.models.base import StorageError, db
from networkapp.models.migrations import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    create_schema,
    looks_like_ours,
    newer_version,
    upgrade,
    user_version,
)
from networkapp.models.text import fold, squash
from networkapp.paths import data_dir

SQLITE_MAGIC = b"SQLite format 3\x00"
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": 1,  # NORMAL: safe with WAL
    "cache_size": -32000,
}

# SQLite's primary result codes (sqlite3.h) and what they mean for the user.
_KIND_OF_CODE = {
    3: "io",  # SQLITE_PERM
    5: "locked",  # SQLITE_BUSY
    6: "locked",  # SQLITE_LOCKED
    8: "readonly",  # SQLITE_READONLY
    10: "io",  # SQLITE_IOERR
    11: "damaged",  # SQLITE_CORRUPT
    13: "full",  # SQLITE_FULL
    14: "io",  # SQLITE_CANTOPEN
    26: "damaged",  # SQLITE_NOTADB
}
# %1: the file, %2: SQLite's own words (English). Translated where shown.
_MESSAGES = {
    "locked": tr_noop("%1 is locked by another program; close it and try again."),
    "readonly": tr_noop("%1 is read-only; networkapp needs to write to it."),
    "damaged": tr_noop("%1 is damaged or not a networkapp database (%2)."),
    "full": tr_noop("%1 cannot be written: the disk is full (%2)."),
    "io": tr_noop("%1 cannot be read or written (%2)."),
    "unusable": tr_noop("%1 cannot be used: %2."),
}


@dataclass(frozen=True)
class _Look:
    """What a read-only look at an existing file found."""

    version: int
    application_id: int
    columns: dict[str, set[str]]


def _chain(exc: BaseException) -> list[BaseException]:
    """Return ``exc`` and the exceptions behind it (Peewee's wrapped one, causes, contexts)."""
    found: list[BaseException] = []
    queue: list[BaseException | None] = [exc]
    while queue:
        current = queue.pop(0)
        if current is None or any(current is seen for seen in found):
            continue
        found.append(current)
        inner = current.args[0] if current.args else None
        queue += [inner if isinstance(inner, BaseException) else None,
                  current.__cause__, current.__context__]
    return found


def sqlite_cause(exc: BaseException) -> sqlite3.Error | None:
    """Return the SQLite error behind ``exc``, or None.

    When a failed statement made SQLite roll back by itself (a full disk), the
    rollback that follows fails too ("no transaction is active"): the first error
    that says something about the file wins over that one.
    """
    errors = [e for e in _chain(exc) if isinstance(e, sqlite3.Error)]
    telling = [e for e in errors if _kind(e) != "unusable"]
    return next(iter(telling or errors), None)


def _kind(exc: sqlite3.Error) -> str:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _KIND_OF_CODE:
        return _KIND_OF_CODE[code & 0xFF]
    text = str(exc).lower()
    for words, kind in ((("locked", "busy"), "locked"), (("readonly", "read-only"), "readonly"),
                        (("malformed", "not a database", "corrupt"), "damaged"),
                        (("disk is full",), "full"), (("disk i/o",), "io")):
        if any(word in text for word in words):
            return kind
    return "unusable"


def describe(path: Path, exc: BaseException) -> StorageError:
    """Return the StorageError (message naming ``path``, kind) for an SQLite error."""
    cause = sqlite_cause(exc) or exc
    kind = _kind(cause) if isinstance(cause, sqlite3.Error) else "unusable"
    return StorageError(Phrase(_MESSAGES[kind], args=(str(path), str(cause))), path, kind)


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except PermissionError as exc:
        raise StorageError(Phrase(tr_noop("%1 cannot be read: permission denied."),
                                  args=(str(path),)), path, "io") from exc
    except OSError as exc:
        raise StorageError(Phrase(tr_noop("%1 cannot be read: %2."),
                                  args=(str(path), str(exc.strerror))), path, "io") from exc
    if header and header != SQLITE_MAGIC:
        raise StorageError(Phrase(tr_noop(
            "%1 is not a networkapp database (not an SQLite file)."), args=(str(path),)),
            path, "foreign")


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    result = [row[0] for row in conn.execute("PRAGMA quick_check(1)")]
    if result != ["ok"]:
        raise StorageError(Phrase(tr_noop("%1 is damaged (%2). It was not changed."),
                                  args=(str(path), result[0] if result else "no answer")),
                           path, "damaged")


def _inspect_readonly(path: Path) -> _Look:
    """Return what the file holds and check its structure, with a read-only connection."""
    uri = path.as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=2.0)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            columns: dict[str, set[str]] = {}
            for table, column in conn.execute(
                    "SELECT m.name, p.name FROM sqlite_master AS m "
                    "JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table'"):
                columns.setdefault(table, set()).add(column)
            if columns:  # at every size: 87 MB (100,000 contacts) take 0.2 s warm
                _quick_check(conn, path)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise describe(path, exc) from exc
    return _Look(version, app_id, columns)


def _check_identity(path: Path, look: _Look) -> None:
    """Refuse a file that networkapp did not make, or made by a newer version."""
    empty = not look.columns and look.version == 0
    ours = look.application_id == APPLICATION_ID or (
        look.application_id == 0 and (empty or looks_like_ours(look.version, look.columns)))
    if not ours:
        raise StorageError(Phrase(tr_noop(
            "%1 is an SQLite database of another program, not a networkapp file. "
            "It was not changed."), args=(str(path),)), path, "foreign")
    if look.version > SCHEMA_VERSION:
        raise StorageError(newer_version(path, look.version), path, "newer")


def _is_read_only(path: Path) -> bool:
    # os.access() says "writable" to root whatever the mode bits: a file nobody
    # may write (chmod a-w) is read-only to us too, as the user meant it to be.
    return not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222


def _check_writable(path: Path) -> None:
    if path.exists() and _is_read_only(path):
        raise StorageError(Phrase(_MESSAGES["readonly"], args=(str(path),)), path, "readonly")
    if not os.access(path.parent, os.W_OK):
        raise StorageError(Phrase(tr_noop(
            "%1 is in a read-only folder (%2); networkapp needs to write there."),
            args=(str(path), str(path.parent))), path, "readonly")


def _check_not_locked(path: Path) -> None:
    conn = sqlite3.connect(str(path), timeout=1.0)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        raise describe(path, exc) from exc
    finally:
        conn.close()


def _prepare_new(path: Path) -> None:
    """Create the folder and an empty file that only its owner can read."""
    try:
        if path.parent == data_dir():
            private_folder(path.parent)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        _check_writable(path)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC,
                     PRIVATE_FILE_MODE)
        try:
            os.fchmod(fd, PRIVATE_FILE_MODE)  # whatever the umask; SQLite's -wal/-shm copy it
        finally:
            os.close(fd)
    except OSError as exc:
        raise StorageError(Phrase(tr_noop("%1 cannot be created: %2."),
                                  args=(str(path), str(exc.strerror))), path, "io") from exc


def _check_existing(path: Path) -> int:
    """Check an existing file without changing it; return its schema version."""
    if path.is_dir():
        raise StorageError(Phrase(tr_noop("%1 is a folder, not a networkapp database."),
                                  args=(str(path),)), path)
    # A read-only look at a WAL file creates -wal/-shm beside it and leaves them:
    # remove the ones this check created when the file is refused.
    created = [Path(f"{path}{end}") for end in ("-wal", "-shm")
               if not Path(f"{path}{end}").exists()]
    try:
        _check_header(path)
        _check_writable(path)  # first: a WAL file on a read-only disk cannot even be read
        look = _inspect_readonly(path) if path.stat().st_size else _Look(0, 0, {})
        _check_identity(path, look)
        _check_not_locked(path)
    except StorageError:
        for sidecar in created:
            with contextlib.suppress(OSError):  # EROFS even when missing
                sidecar.unlink(missing_ok=True)
        raise
    if path.parent == data_dir():
        with contextlib.suppress(OSError):
            private_folder(path.parent)  # made 0755 by versions before 0600/0700
    return look.version


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
        version = 0
    _bind(path)
    try:
        if version == 0:
            create_schema()
        else:
            upgrade(path, version)
    except (sqlite3.Error, peewee.DatabaseError) as exc:
        close_database()
        raise describe(path, exc) from exc
    except WriteError as exc:
        close_database()
        raise StorageError(Phrase(tr_noop(
            "%1 was not upgraded to this version: no backup could be made first (%2)."),
            args=(str(path), str(exc))), path, "io") from exc
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
    except (sqlite3.Error, peewee.DatabaseError) as exc:
        raise describe(path, exc) from exc


def checkpoint() -> None:
    """Move everything in the write-ahead log into the file and empty the log.

    After this the ``.sqlite3`` file alone holds the data (until the next write).
    Another program reading the file at the same time may keep part of the log:
    SQLite then finishes the job on the next checkpoint.
    """
    if current_path() is not None and not db.is_closed() and not db.in_transaction():
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def close_database() -> None:
    """Checkpoint the log into the file, then close the connection of this thread."""
    if db.is_closed():
        return
    try:
        checkpoint()
    except (sqlite3.Error, peewee.DatabaseError):
        pass  # the log stays beside the file and SQLite replays it on the next open
    finally:
        with contextlib.suppress(sqlite3.Error, peewee.DatabaseError, peewee.OperationalError):
            if db.in_transaction():
                db.rollback()
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
