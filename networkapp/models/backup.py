"""Copies of the database file: before a schema upgrade, and when the user asks for one.

A copy is made with SQLite's backup API into a temporary file beside the target,
switched to a single-file journal (no ``-wal`` needed to read it), checked with
``PRAGMA quick_check`` and only then renamed into place (:func:`networkapp.files.replacing`):
a crash or a full disk never leaves a backup that looks good but is not.

Backups made before an upgrade go to ``backups/`` beside the file, with the
database's own permissions; only the last :data:`KEEP_UPGRADE_BACKUPS` of each
file are kept.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import stat
from pathlib import Path

from networkapp.files import PRIVATE_FILE_MODE, private_folder, replacing
from networkapp.models.base import db
from networkapp.paths import backup_dir

KEEP_UPGRADE_BACKUPS = 3


def check_copy(path: Path) -> str | None:
    """Return None when ``path`` is a sound SQLite file, else what is wrong with it."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA quick_check(1)")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"the copy cannot be read back ({exc})"
    return None if result == ["ok"] else f"the copy is damaged ({result[0]})"


def copy_database(source: sqlite3.Connection, target: Path, *, mode: int) -> Path:
    """Copy the database open on ``source`` to ``target`` (0600 unless ``mode``); return it.

    Raises:
        WriteError: the copy could not be written or failed its check; ``target``
            is as it was.
    """
    with replacing(target, mode=mode, check=check_copy) as temp:
        dest = sqlite3.connect(str(temp))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one file, readable anywhere
        except sqlite3.Error as exc:
            raise OSError(f"SQLite could not copy the database ({exc})") from exc
        finally:
            dest.close()
    return target


def backup_database(target: Path) -> Path:
    """Copy the bound database to ``target`` (0600), consistent even while it is in use.

    Raises:
        WriteError: ``target`` is as it was.
    """
    source = db.connection()
    copy_database(source, Path(target), mode=PRIVATE_FILE_MODE)
    return Path(target)


def file_mode(path: Path) -> int:
    """Return the permission bits of ``path`` (0600 when it cannot be read)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return PRIVATE_FILE_MODE


def upgrade_backups(path: Path) -> list[Path]:
    """Return the backups made before upgrading ``path``, oldest first."""
    pattern = re.compile(rf"{re.escape(path.stem)}\.v\d+\.[-\d]+{re.escape(path.suffix)}")
    found = [p for p in backup_dir(path).glob(f"{path.stem}.v*{path.suffix}")
             if p.is_file() and pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name))


def latest_backup(path: Path) -> Path | None:
    """Return the newest backup of ``path`` in its backups folder, or None."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return None
    found = [p for p in folder.glob(f"{path.stem}.*{path.suffix}")
             if p.is_file() and not p.name.startswith(".")]
    return max(found, key=lambda p: (p.stat().st_mtime_ns, p.name), default=None)


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    target = folder / f"{stem}{suffix}"
    count = 1
    while target.exists():
        count += 1
        target = folder / f"{stem}-{count}{suffix}"
    return target


def backup_before_upgrade(path: Path, version: int) -> Path:
    """Copy ``path`` (at schema ``version``) into its backups folder; return the copy.

    Older upgrade backups of the same file beyond the last few are removed.

    Raises:
        WriteError: no valid backup could be made (the upgrade must not go on).
    """
    folder = private_folder(backup_dir(path))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = _free_name(folder, f"{path.stem}.v{version}.{stamp}", path.suffix)
    source = sqlite3.connect(str(path))
    try:
        copy_database(source, target, mode=file_mode(path))
    finally:
        source.close()
    for old in upgrade_backups(path)[:-KEEP_UPGRADE_BACKUPS]:
        old.unlink(missing_ok=True)
    # A copy cut short by a kill stays as a hidden temporary file: never a backup.
    for stale in folder.glob(f".{path.stem}.v*{path.suffix}.*.tmp*"):
        stale.unlink(missing_ok=True)
    return target
