"""An import is on the undo stack: Undo puts the file back exactly, Redo the import exactly.

Issue 12: new contacts gone, merged contacts restored field for field, tags as they
were (tag rows the import created included); Redo brings back the same ids. Tried
by every way in: a file on the command line (or from a second launch), data dropped
on the window, File > Import…; compared as whole-file dumps.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from networkapp.services.contacts import get_contact
from networkapp.services.dto import ContactFields, LabeledValue
from networkapp.services.importing import apply_import, plan_import
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from networkapp.ui.main_window import MainWindow
from tests.dump import Dump, differences, dump_file

CARDS = (
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Rossi\r\nN:Rossi;Ada;;;\r\nEMAIL:ada@example.com\r\n"
    b"TEL;TYPE=CELL:+39 333 1234567\r\nTITLE:Architect\r\nCATEGORIES:friends,imported\r\n"
    b"END:VCARD\r\n"
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bea Neri\r\nEMAIL:bea@example.com\r\n"
    b"ADR;TYPE=HOME:;;Via Po 3;Torino;;10100;Italy\r\nEND:VCARD\r\n"
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carlo Verdi\r\nCATEGORIES:work\r\nEND:VCARD\r\n"
)


@pytest.fixture
def stored(controller: Controller) -> int:
    """Ada, stored by hand before the import (the import merges into her)."""
    cid = controller.add_contact(ContactFields(
        given_name="Ada", family_name="Rossi", emails=(LabeledValue("ada@example.com"),),
        tags=("friends",)))
    controller.undo_stack.clear()
    return cid


@pytest.fixture
def confirming(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every import preview confirms at once, as a user pressing Import."""

    def confirm_at_once(cls: type, parent: object, sources: Sequence[object]) -> object:
        dialog = ImportPreviewDialog(sources, None)
        qtbot.addWidget(dialog)
        dialog.start()
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        dialog.wait_idle()
        result, recording = dialog.value(), dialog.recording()
        return (result, recording) if result and recording else None

    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(confirm_at_once))


def _undo_and_redo_in_the_window(qtbot: QtBot, window: MainWindow, before: Dump) -> None:
    after = dump_file()
    assert differences(before, after)  # the import wrote something
    assert window.acts.undo.text() == "&Undo Import: 2 new, 1 updated"
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Undo))
    assert differences(before, dump_file()) == []
    assert window.model.rowCount() == 1
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Redo))
    assert differences(after, dump_file()) == []
    assert window.model.rowCount() == 3


def test_command_line_file_import_undo_redo(qtbot: QtBot, window: MainWindow, stored: int,
                                            tmp_path: Path, confirming: None) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(CARDS)
    before = dump_file()
    window.open_files([str(path)])  # a file on the command line or from a second launch
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10000)
    merged = get_contact(stored).fields
    assert merged.title == "Architect" and merged.tags == ("friends", "imported")
    _undo_and_redo_in_the_window(qtbot, window, before)
    assert get_contact(stored).fields == merged


def test_dropped_data_import_undo_redo(qtbot: QtBot, window: MainWindow, stored: int,
                                       confirming: None) -> None:
    before = dump_file()
    mime = QMimeData()
    mime.setData("text/vcard", CARDS)
    drop = QDropEvent(QPointF(window.table.geometry().center()), Qt.DropAction.CopyAction,
                      mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10000)
    _undo_and_redo_in_the_window(qtbot, window, before)


@pytest.mark.usefixtures("stored", "confirming")
def test_menu_import_undo_redo(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(CARDS)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args: ([str(path)], "vCard files (*.vcf *.vcard)"))
    before = dump_file()
    window.acts.import_vcards.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10000)
    _undo_and_redo_in_the_window(qtbot, window, before)


def test_undo_redo_of_the_whole_shared_corpus(controller: Controller, shared_vcards: Path,
                                              stored: int) -> None:
    sources = [str(p) for p in sorted(shared_vcards.rglob("*.vcf"))]
    before = dump_file()
    result = controller.record(lambda _: "Import", lambda: apply_import(plan_import(sources)),
                               lambda _: [])
    assert len(result.created_ids) > 50
    after = dump_file()
    for _ in range(2):
        assert controller.undo()
        assert differences(before, dump_file()) == []
        assert controller.redo()
        assert differences(after, dump_file()) == []
