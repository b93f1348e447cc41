"""Preferences and window settings persist; errors reach the user plainly and the log."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from pytestqt.qtbot import QtBot

from networkapp.logs import LOG_NAME
from networkapp.paths import log_dir
from networkapp.services import settings as db_settings
from networkapp.ui import error_hook, gui, messages
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.about_dialog import AboutDialog
from networkapp.ui.dialogs.archive_dialog import ArchiveDialog
from networkapp.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from networkapp.ui.main_window import MainWindow
from networkapp.ui.settings import UiSettings


def test_preferences_dialog_value_and_folder(qtbot: QtBot, db_path: Path) -> None:
    dialog = PreferencesDialog(Preferences(3, 90), db_path)
    qtbot.addWidget(dialog)
    assert dialog.path_label.text() == str(db_path)
    dialog.threshold.setValue(1)
    dialog.cadence.setValue(30)
    assert dialog.value() == Preferences(1, 30)
    assert dialog.folder_url().toLocalFile() == str(db_path.parent)


def test_preferences_are_stored_in_the_file(qtbot: QtBot, window: MainWindow,
                                            controller: Controller,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PreferencesDialog, "ask",
                        classmethod(lambda cls, parent, current, path, *_: Preferences(5, 45)))
    with qtbot.waitSignal(controller.settings_changed):
        window.acts.preferences.trigger()
    assert (db_settings.get_threshold(), db_settings.get_default_cadence()) == (5, 45)


def test_window_settings_persist_across_reopening(qtbot: QtBot, controller: Controller,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "ui.ini"
    first = MainWindow(controller, UiSettings(path))
    qtbot.addWidget(first)
    first.show()
    first.load()
    first.table.setColumnWidth(1, 321)
    first.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    first.view_bar.set_view("archived")
    first.close()
    reopened = UiSettings(path)
    assert reopened.sort() == (3, True)
    assert reopened.view() == "archived"
    assert isinstance(reopened.geometry(), QByteArray)
    second = MainWindow(controller, reopened)
    qtbot.addWidget(second)
    assert second.table.columnWidth(1) == 321
    assert second.model.query.view == "archived"
    assert second.model.query.sort == "last_interaction" and second.model.query.descending


def test_unexpected_exception_shows_dialog_and_writes_log(qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_exception",
                        lambda parent, text, details: shown.append((text, details)))
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        error_hook.handle_exception(*sys.exc_info())  # type: ignore[arg-type]
    (text, details), = shown
    assert "boom" in text and "RuntimeError" in details
    log = log_dir() / LOG_NAME
    assert "RuntimeError: boom" in log.read_text(encoding="utf-8")
    assert str(log) in text
    assert "The last change may not have been saved; nothing else was changed." in text
    assert "safe" not in text  # it cannot know that


def test_unexpected_exception_says_when_the_log_could_not_be_written(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_exception",
                        lambda parent, text, details: shown.append(text))
    monkeypatch.setattr(error_hook, "write_log", lambda details: None)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        error_hook.handle_exception(*sys.exc_info())  # type: ignore[arg-type]
    (text,) = shown
    assert "boom" in text and "could not be written to the log" in text
    assert "None" not in text


def test_hook_installs_and_catches_slot_errors(qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    previous = error_hook.install()
    try:
        assert sys.excepthook is error_hook.handle_exception
    finally:
        sys.excepthook = previous


def test_storage_error_is_a_plain_message_and_exit_3(qtbot: QtBot, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "not.sqlite3"
    bad.write_bytes(b"this is not a database at all")
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    assert gui.run_gui(str(bad), []) == gui.EXIT_STORAGE
    assert str(bad) in shown[0]


def test_archive_dialog_requires_a_reason(qtbot: QtBot) -> None:
    dialog = ArchiveDialog(["Ada", "<b>Bea</b>"])
    qtbot.addWidget(dialog)
    assert not dialog.action_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "only calls when needing something")
    assert dialog.action_button.isEnabled()
    assert dialog.value() == "only calls when needing something"


def test_about_shows_version(qtbot: QtBot) -> None:
    from networkapp import __version__

    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
