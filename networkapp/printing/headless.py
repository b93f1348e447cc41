"""A QGuiApplication for printing without a window (the CLI, benchmarks).

Fonts and painting need a QGuiApplication; with no display it runs on Qt's
``offscreen`` platform, so ``networkapp summary`` works over SSH and in CI.
"""

from __future__ import annotations

import ctypes
import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from networkapp import APP_NAME

_NONE_PINNED: list[bool] = []


def keep_none_alive() -> None:
    """Work around a reference leak of PySide6 6.12 on Python 3.11 (idempotent).

    Every call of a Qt method returning void hands back ``None`` without taking
    a reference, so each one drops None's reference count by one; after a few
    thousand calls (``sys.getrefcount(None)`` starts near 5,000 in a small
    process) the interpreter aborts with "none_dealloc: deallocating None".
    Python 3.12 made None immortal, which hides the bug there; on 3.11 we give
    None a reference count no program can exhaust.
    """
    if sys.version_info >= (3, 12) or _NONE_PINNED:
        return
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _NONE_PINNED.append(True)


def has_display() -> bool:
    """True when an X11 or Wayland display is available."""
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> QCoreApplication:
    """Return the running Qt application, creating a QGuiApplication if there is none.

    Without a display the ``offscreen`` platform is chosen (unless the user
    picked one with ``QT_QPA_PLATFORM``).
    """
    keep_none_alive()
    app = QCoreApplication.instance()
    if app is not None:
        return app
    if not has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    return app
