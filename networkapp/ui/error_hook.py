"""The unexpected-exception hook: log the details, show them, keep the app running."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from networkapp.logs import write_error_log
from networkapp.ui import messages


def write_log(details: str, folder: Path | None = None) -> Path | None:
    """Append ``details`` to the error log; return its path (None if it cannot be written)."""
    return write_error_log(details, folder)


def handle_exception(kind: type[BaseException], value: BaseException,
                     tb: TracebackType | None) -> None:
    """Log an unexpected exception and show it; the event loop goes on."""
    details = "".join(traceback.format_exception(kind, value, tb))
    path = write_log(details)
    sys.stderr.write(details)
    # Not "your data is safe": all we know is that the step that failed may not have been
    # saved (its transaction is rolled back), and that nothing else was written.
    if path is not None:
        text = QCoreApplication.translate(
            "error_hook", "Something went wrong: %1\n\nThe last change may not have been "
            "saved; nothing else was changed. The details were written to %2.")
    else:
        text = QCoreApplication.translate(
            "error_hook", "Something went wrong: %1\n\nThe last change may not have been "
            "saved; nothing else was changed. The details could not be written to the log.")
    text = text.replace("%2", str(path)).replace("%1", str(value) or kind.__name__)
    if QApplication.instance() is not None:
        messages.show_exception(QApplication.activeWindow(), text, details)


def install() -> Callable[..., None]:
    """Install the hook; return the previous one."""
    previous = sys.excepthook
    sys.excepthook = handle_exception
    return previous
