"""Start the GUI: the QApplication, the database (clear error), the error hook, the window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from networkapp import APP_DISPLAY_NAME, APP_ID, APP_NAME, ORG_NAME, __version__
from networkapp.models import StorageError, open_database
from networkapp.paths import resolve_db_path
from networkapp.resources import app_icon_path
from networkapp.ui import error_hook, messages

EXIT_STORAGE = 3


def make_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication (creating it once) with the app's identity."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    return app  # type: ignore[return-value]


def run_gui(db_option: str | None, files: list[str]) -> int:
    """Open the main window on the chosen database; return the exit code."""
    app = make_application()
    path = resolve_db_path(db_option)
    try:
        open_database(path)
    except StorageError as exc:
        messages.show_error(None, APP_DISPLAY_NAME, str(exc))
        return EXIT_STORAGE
    error_hook.install()
    from networkapp.ui.controller import Controller
    from networkapp.ui.main_window import MainWindow
    from networkapp.ui.settings import UiSettings, default_settings_path

    controller = Controller(path)
    window = MainWindow(controller, UiSettings(default_settings_path()))
    window.show()
    window.load()
    # Files given on the command line (.vcf) are for the import engineer's hook.
    window.pending_files = list(files)
    return int(app.exec())
