"""Once a day while the window is open, a tray notification of what is due today.

Where the desktop has a system tray (``QSystemTrayIcon.isSystemTrayAvailable()``), the
keep-in-touch reminders and birthdays of the day
(:func:`~networkapp.services.capture.reminders.due_today`) are shown as a tray
message, once per day (the day is remembered in the window settings, so a restart
does not repeat it). The check runs shortly after start and then every half hour, so
a window left open overnight reminds the next morning. Without a tray nothing is
shown (the exported reminders file is the way then).

Signals:
    notified(str, str): a title and a message were shown (or would be, without tray).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import peewee
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from networkapp.services.capture.reminders import BIRTHDAY, Reminder, due_today
from networkapp.translation import tr
from networkapp.ui.settings import UiSettings

CHECK_EVERY_MS = 30 * 60 * 1000
FIRST_CHECK_MS = 5000
_LISTED = 8  # names in the message; the rest counted


def reminder_text(due: list[Reminder]) -> tuple[str, str]:
    """Return the notification's title and text for the reminders of the day."""
    title = tr("%Ln reminder(s) today", "", len(due))
    lines = [(tr("Birthday: %1") if r.kind == BIRTHDAY else tr("Keep in touch with %1"))
             .replace("%1", r.name) for r in due[:_LISTED]]
    if len(due) > _LISTED:
        lines.append(tr("and %Ln more", "", len(due) - _LISTED))
    return title, "\n".join(lines)


class ReminderTray(QObject):
    """The tray icon and its daily check."""

    notified = Signal(str, str)

    def __init__(self, window: QWidget, settings: UiSettings,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        """Start checking (the first time a few seconds after start)."""
        super().__init__(window)
        self.settings, self.today, self.window = settings, today, window
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(QGuiApplication.windowIcon(), self)
            self.icon.setToolTip(window.windowTitle())
            self.icon.activated.connect(self._on_icon_activated)
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def _on_icon_activated(self) -> None:
        self.window.showNormal()
        self.window.activateWindow()

    def check(self) -> bool:
        """Show today's reminders unless shown already today; return True when shown."""
        day = self.today()
        if self.settings.reminded_on() == day.isoformat():
            return False
        try:
            due = due_today(day)
        except (peewee.DatabaseError, peewee.InterfaceError):  # the file gone or closed: next time
            return False
        self.settings.set_reminded_on(day.isoformat())
        if not due:
            return False
        title, text = reminder_text(due)
        if self.icon is not None:
            self.icon.show()
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
        self.notified.emit(title, text)
        return True
