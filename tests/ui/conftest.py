"""Fixtures for GUI tests: a controller on a fresh file, settings in tmp_path, the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields, LabeledValue
from networkapp.ui.controller import Controller
from networkapp.ui.main_window import MainWindow
from networkapp.ui.settings import UiSettings


@pytest.fixture
def controller(db_path: Path, qtbot: QtBot) -> Controller:
    """A controller on the test's fresh database."""
    return Controller(db_path)


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    """Window settings in a file of the test's own."""
    return UiSettings(tmp_path / "ui.ini")


@pytest.fixture
def ada(db_path: Path) -> int:
    """A stored contact, Ada Rossi."""
    return create_contact(ContactFields(given_name="Ada", family_name="Rossi",
                                        organization="Studio Aperto",
                                        emails=(LabeledValue("ada@example.com", "work"),)))


@pytest.fixture
def window(qtbot: QtBot, controller: Controller, ui_settings: UiSettings) -> Iterator[MainWindow]:
    """The main window, shown and loaded."""
    win = MainWindow(controller, ui_settings)
    qtbot.addWidget(win)
    win.show()
    win.load()
    yield win
    win.close()
