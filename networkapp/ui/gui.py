"""Start the GUI: the QApplication, the database (with a clear error) and the window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from networkapp import APP_DISPLAY_NAME, APP_NAME, ORG_NAME, __version__
from networkapp.models import StorageError, open_database
from networkapp.paths import resolve_db_path


def make_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication (creating it once) with the app's identity."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run_gui(db_option: str | None, files: list[str]) -> int:
    """Open the main window on the chosen database; return the exit code."""
    app = make_application()
    path = resolve_db_path(db_option)
    try:
        open_database(path)
    except StorageError as exc:
        QMessageBox.critical(None, APP_DISPLAY_NAME, str(exc))
        return 3
    from networkapp.ui.main_window import MainWindow

    window = MainWindow(path)
    window.show()
    return int(app.exec())
