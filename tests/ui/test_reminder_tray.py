"""The daily tray notification and the capture preferences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from networkapp.services.capture.reminders import due_today
from networkapp.ui import reminder_tray
from networkapp.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from networkapp.ui.reminder_tray import ReminderTray, reminder_text
from networkapp.ui.settings import UiSettings
from tests.services.foundation_helpers import log, new_contact


def test_once_a_day_what_is_due(qtbot: QtBot, db_path: Path, ui_settings: UiSettings) -> None:
    ada = new_contact("Ada Rossi", cadence_days=10, birthday="--06-02")
    log(ada, on=dt.date(2025, 5, 1))
    day = [dt.date(2025, 6, 1)]
    window = QWidget()
    qtbot.addWidget(window)
    tray = ReminderTray(window, ui_settings, lambda: day[0])
    with qtbot.waitSignal(tray.notified) as shown:
        assert tray.check()
    assert shown.args == ["1 reminder today", "Keep in touch with Ada Rossi"]
    assert not tray.check()  # once a day
    assert not ReminderTray(window, ui_settings, lambda: day[0]).check()  # also after a restart
    day[0] = dt.date(2025, 6, 2)
    with qtbot.waitSignal(tray.notified) as shown:
        assert tray.check()
    assert shown.args[1] == "Keep in touch with Ada Rossi\nBirthday: Ada Rossi"


def test_many_reminders_are_counted(db_path: Path) -> None:
    for n in range(10):
        new_contact(f"Person {n}", birthday="--06-01")
    title, text = reminder_text(due_today(dt.date(2025, 6, 1)))
    assert title == "10 reminders today"
    assert text.splitlines()[-1] == "and 2 more"


def test_preferences_my_addresses_and_recurrence(qtbot: QtBot, db_path: Path) -> None:
    dialog = PreferencesDialog(Preferences(3, 90), db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.my_addresses.setFocus()
    qtbot.keyClicks(dialog.my_addresses, "me@example.org")
    qtbot.keyClick(dialog.my_addresses, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.my_addresses, "not an address")
    dialog.recurrence.setFocus()
    dialog.recurrence.selectAll()
    qtbot.keyClicks(dialog.recurrence, "0")
    assert dialog.recurrence.value() == 0
    assert dialog.recurrence.specialValueText() == "first occurrence only"
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.address_error.text() == (
        "Not an e-mail address: not an address")
    dialog.my_addresses.setPlainText("me@example.org\nme@work.example\n")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    assert dialog.value() == Preferences(3, 90, "system", ("me@example.org", "me@work.example"),
                                         0)


def test_a_database_error_is_tried_again_later(qtbot: QtBot, db_path: Path,
                                               ui_settings: UiSettings,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    tray = ReminderTray(window, ui_settings, lambda: dt.date(2025, 6, 1))

    def gone(day: dt.date) -> list[object]:
        raise peewee.OperationalError("no such table: contact")  # as seen when a test's file went

    monkeypatch.setattr(reminder_tray, "due_today", gone)
    assert not tray.check()
    assert ui_settings.reminded_on() == ""  # not marked as told
