"""File > Back Up…, and the offer to open the latest backup when the file is damaged.

Both use the same service as ``networkapp backup`` and the upgrade backups
(:mod:`networkapp.models.backup`): a consistent copy, checked before it is put in
place, readable by the user only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from networkapp import APP_DISPLAY_NAME
from networkapp.files import WriteError, private_folder
from networkapp.models import StorageError, open_database
from networkapp.models.backup import backup_database, latest_backup
from networkapp.paths import backup_dir
from networkapp.translation import error_text, tr
from networkapp.ui import messages


def suggested_backup_path(db_path: Path, now: dt.datetime | None = None) -> Path:
    """Return where a backup goes by default: the file's backups folder, dated."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return backup_dir(db_path) / f"{db_path.stem}.{stamp}{db_path.suffix}"


def ask_backup_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the backup (the seam tests patch); None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, tr("Back Up"), str(suggested),
                                          tr("SQLite files (*.sqlite3);;All files (*)"))
    return Path(name) if name else None


def back_up(parent: QWidget | None, db_path: Path | None) -> Path | None:
    """File > Back Up…: ask where, copy the open database there; return the copy."""
    if db_path is None:  # an in-memory database (tests): nothing to back up
        return None
    suggested = suggested_backup_path(db_path)
    try:
        private_folder(suggested.parent)
    except OSError:
        suggested = db_path.parent / suggested.name  # the dialog still lets the user choose
    target = ask_backup_path(parent, suggested)
    if target is None:
        return None
    try:
        backup_database(target)
    except WriteError as exc:
        messages.show_error(parent, tr("Back Up"), str(exc))
        return None
    messages.show_info(parent, tr("Back Up"),
                       tr("Your data was copied to %1 and checked.").replace("%1", str(target)))
    return target


def _saved_on(path: Path) -> str:
    stamp = QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def open_or_offer_backup(path: Path) -> Path | None:
    """Open ``path``; when it is damaged, offer its latest backup instead.

    Returns the file that was opened, or None (the reason was shown).
    """
    try:
        open_database(path)
        return path
    except StorageError as exc:
        backup = latest_backup(path) if exc.kind == "damaged" else None
        if backup is None:
            messages.show_error(None, APP_DISPLAY_NAME, error_text(exc))
            return None
        text = tr("%1\n\nThe latest backup of this file is %2, saved on %3. Open the backup "
                   "instead? The damaged file stays as it is.").replace("%1", error_text(exc)) \
            .replace("%2", str(backup)).replace("%3", _saved_on(backup))
        if not messages.confirm(None, APP_DISPLAY_NAME, text, tr("Open Backup")):
            return None
    try:
        open_database(backup)
    except StorageError as exc:
        messages.show_error(None, APP_DISPLAY_NAME, error_text(exc))
        return None
    return backup
