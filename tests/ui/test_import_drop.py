"""Dropping vCards on the window, the MIME decoding, File menu and command-line files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from networkapp.services.importing import ImportData
from networkapp.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from networkapp.ui.import_mime import can_import, sources_from_mime
from networkapp.ui.main_window import MainWindow

CARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Rossi\r\nEMAIL:ada@example.com\r\nEND:VCARD\r\n"


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def data_mime(kind: str = "text/vcard") -> QMimeData:
    mime = QMimeData()
    mime.setData(kind, CARD)
    return mime


def test_decode_file_urls(tmp_path: Path) -> None:
    a, b = tmp_path / "a.vcf", tmp_path / "b.vcf"
    a.write_bytes(CARD)
    b.write_bytes(CARD)
    mime = file_mime(a, b, tmp_path)  # the folder is left out
    assert can_import(mime)
    assert sources_from_mime(mime) == [str(a), str(b)]


@pytest.mark.parametrize("kind", ["text/vcard", "text/x-vcard", "text/directory"])
def test_decode_vcard_data(kind: str) -> None:
    mime = data_mime(kind)
    assert can_import(mime)
    assert sources_from_mime(mime, "from mail") == [ImportData("from mail", CARD)]


def test_decode_refuses_plain_text_and_remote_urls() -> None:
    text = QMimeData()
    text.setText("hello")
    assert not can_import(text) and sources_from_mime(text) == []
    remote = QMimeData()
    remote.setUrls([QUrl("https://example.com/a.vcf")])  # never fetched
    assert not can_import(remote) and sources_from_mime(remote) == []


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[list]:
    """Record the sources the preview is opened with (no dialog shown)."""
    seen: list[list] = []

    def fake_ask(cls: type, parent: object, sources: Sequence[object]) -> None:
        seen.append(list(sources))

    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(fake_ask))
    return seen


def drop(window: MainWindow, mime: QMimeData) -> tuple[bool, bool]:
    pos = QPointF(window.table.geometry().center())
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return enter.isAccepted(), event.isAccepted()


def test_drop_files_opens_the_preview(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                      asked: list[list]) -> None:
    path = tmp_path / "a.vcf"
    path.write_bytes(CARD)
    assert window.acceptDrops()
    assert drop(window, file_mime(path)) == (True, True)
    qtbot.waitUntil(lambda: asked == [[str(path)]])


def test_drop_vcard_text_opens_the_preview(qtbot: QtBot, window: MainWindow,
                                           asked: list[list]) -> None:
    assert drop(window, data_mime()) == (True, True)
    qtbot.waitUntil(lambda: len(asked) == 1)
    [[source]] = asked
    assert isinstance(source, ImportData) and source.data == CARD


def test_drop_of_plain_text_is_refused(qtbot: QtBot, window: MainWindow,
                                       asked: list[list]) -> None:
    mime = QMimeData()
    mime.setText("not a card")
    assert drop(window, mime) == (False, False)
    qtbot.wait(20)
    assert asked == []


@pytest.fixture
def confirming(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every import preview confirms at once (once its plan is there)."""

    def confirm_at_once(cls: type, parent: object, sources: Sequence[object]) -> object:
        dialog = ImportPreviewDialog(sources, None)
        qtbot.addWidget(dialog)
        dialog.start()
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            dialog.import_button.click()
        dialog.wait_idle()
        result, recording = dialog.value(), dialog.recording()
        return (result, recording) if result and recording else None

    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(confirm_at_once))


def test_command_line_files_import_and_show(qtbot: QtBot, window: MainWindow,
                                            tmp_path: Path, confirming: None) -> None:
    path = tmp_path / "a.vcf"
    path.write_bytes(CARD)

    window.open_files([str(path)])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    assert window.model.data(window.model.index(0, 0)) == "Ada Rossi"
    assert window.selected_ids() == list(window.importing.last_result.created_ids)
    assert window.acts.undo.text() == "&Undo Import: 1 new, 0 updated"


def test_a_large_import_leaves_the_selection_alone(qtbot: QtBot, window: MainWindow,
                                                   tmp_path: Path, confirming: None,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from networkapp.ui import import_commands

    monkeypatch.setattr(import_commands, "_NOTIFY_LIMIT", 2)
    cards = b"".join(CARD.replace(b"Ada Rossi", f"Person {i}".encode())
                     .replace(b"ada@", f"p{i}@".encode()) for i in range(3))
    path = tmp_path / "three.vcf"
    path.write_bytes(cards)

    window.open_files([str(path)])
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10000)
    assert len(window.importing.last_result.created_ids) == 3
    assert window.selected_ids() == []  # not two of the three
    assert "3 new" in window.statusBar().currentMessage()


def test_second_launch_files_reach_the_window(qtbot: QtBot, window: MainWindow,
                                              asked: list[list]) -> None:
    from networkapp.ui.single_instance import SingleInstance

    instance = SingleInstance(Path("/tmp/irrelevant.sqlite3"))
    instance.files_received.connect(window.open_files)
    instance.files_received.emit(["/x/a.vcf"])
    qtbot.waitUntil(lambda: asked == [["/x/a.vcf"]])


def test_export_selection_writes_a_vcard(qtbot: QtBot, ada: int, window: MainWindow,
                                         tmp_path: Path) -> None:
    window.select_ids([ada])
    assert window.acts.export_vcards.isEnabled()
    out = tmp_path / "out.vcf"
    assert window.importing.export_to([ada], str(out))
    assert "FN:Ada Rossi" in out.read_text(encoding="utf-8")
