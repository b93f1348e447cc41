"""Smoke-test mode: with ``NETWORKAPP_SMOKE=1`` the GUI quits right after its first paint.

Used by ``tests/test_bundle.py`` (does the frozen bundle open its window and exit
cleanly?) and to time start-up: ``time NETWORKAPP_SMOKE=1 networkapp``. The window
prints ``smoke: first paint`` on stderr, then the event loop ends with exit code 0.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

SMOKE_ENV = "NETWORKAPP_SMOKE"


def smoke_requested() -> bool:
    """Return True when the environment asks for a smoke run."""
    return os.environ.get(SMOKE_ENV, "") not in {"", "0"}


class _QuitAfterFirstPaint(QObject):
    """Event filter: once the window has painted, quit the application."""

    def __init__(self, parent: QObject, quit_: Callable[[], None]) -> None:
        super().__init__(parent)
        self._quit = quit_

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("smoke: first paint", file=sys.stderr, flush=True)
            QTimer.singleShot(0, self._quit)  # after the paint is done
        return False


def arm_smoke_exit(window: QWidget, quit_: Callable[[], None] = QCoreApplication.quit) -> None:
    """If ``NETWORKAPP_SMOKE`` is set, quit the app after ``window`` first paints."""
    if smoke_requested():
        quitter = _QuitAfterFirstPaint(window, quit_)  # parented: lives as long as the window
        window.installEventFilter(quitter)
