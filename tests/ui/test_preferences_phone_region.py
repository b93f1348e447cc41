"""Preferences > Phone numbers without +: the region duplicate finding reads them in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from networkapp.services.settings import chosen_phone_region, get_phone_region
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog


def test_the_region_is_chosen_and_stored(qtbot: QtBot, controller: Controller,
                                         db_path: Path) -> None:
    dialog = PreferencesDialog(Preferences(3, 90, "system", phone_region="IT"), db_path)
    qtbot.addWidget(dialog)
    assert dialog.phone_region.currentData() == "IT"
    assert dialog.phone_region.currentText() == "IT"
    assert dialog.phone_region.itemData(dialog.phone_region.currentIndex(),
                                        Qt.ItemDataRole.ToolTipRole) == "Italia"
    dialog.phone_region.setFocus()
    qtbot.keyClick(dialog.phone_region, Qt.Key.Key_Home)  # back to "from the locale"
    assert dialog.value().phone_region == ""
    dialog.phone_region.setCurrentIndex(dialog.phone_region.findData("DE"))
    chosen = dialog.value()
    controller.set_preferences(chosen.threshold, chosen.default_cadence,
                               phone_region=chosen.phone_region)
    assert (chosen_phone_region(), get_phone_region(), controller.phone_region()) == \
        ("DE", "DE", "DE")
    controller.set_preferences(3, 90, phone_region="")
    assert chosen_phone_region() == ""
