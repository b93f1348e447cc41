"""Start the GUI: the QApplication, the database (clear error), the error hook, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from networkapp import APP_DISPLAY_NAME, APP_ID, APP_NAME, ORG_NAME, __version__, translation
from networkapp.commands.common import EXIT_BUSY, EXIT_OK, EXIT_STORAGE, EXIT_USAGE
from networkapp.models import close_database
from networkapp.paths import resolve_db_path
from networkapp.resources import app_icon_png_paths
from networkapp.translation import chosen_language, tr
from networkapp.ui import error_hook, messages
from networkapp.ui.backup_commands import open_or_offer_backup
from networkapp.ui.settings import UiSettings, default_settings_path
from networkapp.ui.single_instance import Claim, SingleInstance
from networkapp.ui.smoke import arm_smoke_exit


def make_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication (creating it once) with the app's identity."""
    existing = QApplication.instance()
    app = (existing if isinstance(existing, QApplication)
           else QApplication(argv if argv is not None else [sys.argv[0]]))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = QIcon()
    for png in app_icon_png_paths():  # pre-drawn sizes read better than a scaled SVG
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    return app



def _claim_instance(path: Path, files: list[str]) -> tuple[SingleInstance, int | None]:
    """Become the one window on ``path``, or hand ``files`` to it; return an exit code if not."""
    instance = SingleInstance(path)
    claim = instance.claim(files)
    if claim is Claim.HANDED_OVER:
        return instance, EXIT_OK
    if claim is Claim.BUSY:
        messages.show_error(None, APP_DISPLAY_NAME, tr(
            "Networkapp is already open on {0} but does not answer. "
            "Close it, then try again.").format(path))
        return instance, EXIT_BUSY
    return instance, None


def run_gui(db_option: str | None, files: list[str], missing: list[str] | None = None) -> int:
    """Open the main window on the chosen database; return the exit code.

    ``missing`` are file names given on the command line that do not exist: they
    are reported in a dialog (a double-click has no visible stderr).
    """
    app = make_application()
    settings = UiSettings(default_settings_path())
    translation.install(app, chosen_language(settings.language()))  # before any widget
    if missing:
        messages.show_error(None, APP_DISPLAY_NAME, tr("Cannot find {0}.").format(
            ", ".join(missing)))
        if not files:
            return EXIT_USAGE
    path = resolve_db_path(db_option)
    instance, exit_code = _claim_instance(path, files)
    if exit_code is not None:
        return exit_code
    opened = open_or_offer_backup(path)  # a damaged file: its latest backup, if wanted
    if opened is None:
        return EXIT_STORAGE
    path = opened
    error_hook.install()
    from networkapp.ui.controller import Controller
    from networkapp.ui.main_window import MainWindow
    controller = Controller(path)
    window = MainWindow(controller, settings)
    instance.activation_requested.connect(window.bring_to_front)
    arm_smoke_exit(window)
    window.show()
    window.load()
    window.reasons.show_start_view()  # Today, when anything is due
    instance.files_received.connect(window.open_files)
    # Files given on the command line (.vcf): previewed once the window has loaded.
    window.open_files(list(files))
    try:
        return int(app.exec())
    finally:
        close_database()  # the log checkpointed: the .sqlite3 file alone holds the data
