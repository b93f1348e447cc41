"""The error log: where unexpected errors are written, by the window and the commands.

The log lives in the data folder's ``logs`` folder, private to the user (0700
folder, 0600 file): tracebacks can quote names and notes.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from networkapp import __version__
from networkapp.files import PRIVATE_FILE_MODE, private_folder
from networkapp.paths import log_dir

LOG_NAME = "errors.log"


def write_error_log(details: str, folder: Path | None = None) -> Path | None:
    """Append ``details`` to the error log; return its path (None if it cannot be written)."""
    folder = folder or log_dir()
    path = folder / LOG_NAME
    try:
        private_folder(folder)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC,
                     PRIVATE_FILE_MODE)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} "
                         f"networkapp {__version__}\n{details}\n")
    except OSError:
        return None
    return path
