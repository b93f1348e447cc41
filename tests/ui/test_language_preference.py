"""Preferences > Language: System / English / Italiano, stored for the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from networkapp.translation import chosen_language
from networkapp.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from networkapp.ui.main_window import MainWindow
from networkapp.ui.settings import UiSettings


def test_the_dialog_offers_each_language_named_in_itself(qtbot: QtBot, db_path: Path) -> None:
    dialog = PreferencesDialog(Preferences(3, 90, "system"), db_path)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[0].startswith("System (")
    assert names[1:] == ["English", "Italiano"]
    dialog.language.setCurrentIndex(2)
    assert dialog.value() == Preferences(3, 90, "it")
    hints = [w.text() for w in dialog.findChildren(type(dialog.path_label))]
    assert "A new language applies when networkapp starts again." in hints


def test_the_choice_is_kept_for_the_next_start(qtbot: QtBot, window: MainWindow,
                                               ui_settings: UiSettings,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(
        lambda cls, parent, current, path, *_: Preferences(current.threshold,
                                                       current.default_cadence, "it")))
    window.acts.preferences.trigger()
    ui_settings.sync()
    again = UiSettings(ui_settings.path)
    assert again.language() == "it"
    assert chosen_language(again.language(), {}) == "it"
    assert chosen_language(again.language(), {"NETWORKAPP_LANG": "en"}) == "en"
