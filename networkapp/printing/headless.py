"""A QGuiApplication for printing without a window (the CLI, benchmarks).

Fonts and painting need a QGuiApplication; with no display it runs on Qt's
``offscreen`` platform, so ``networkapp summary`` works over SSH and in CI.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from networkapp import APP_NAME


def has_display() -> bool:
    """True when an X11 or Wayland display is available."""
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> QCoreApplication:
    """Return the running Qt application, creating a QGuiApplication if there is none.

    Without a display the ``offscreen`` platform is chosen (unless the user
    picked one with ``QT_QPA_PLATFORM``).
    """
    app = QCoreApplication.instance()
    if app is not None:
        return app
    if not has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    return app
