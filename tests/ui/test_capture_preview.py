"""The capture previews: calendar, mail and LinkedIn through the import preview dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from networkapp.services import changes
from networkapp.services.capture.plan import CALENDAR, LINKEDIN, MAIL
from networkapp.services.interactions import list_interactions
from networkapp.ui import capture_commands
from networkapp.ui.capture_commands import capture_steps
from networkapp.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from networkapp.ui.item_models.import_plan_table_model import ImportColumn
from networkapp.ui.main_window import MainWindow
from tests.capture_fixtures import FILES, TODAY
from tests.dump import differences, dump_file

ICS = [str(FILES / n) for n in ("google.ics", "outlook.ics", "apple.ics")]
pytestmark = pytest.mark.usefixtures("rome")


def planned(qtbot: QtBot, kind: str, paths: list[str]) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(capture_steps(kind, paths, today=TODAY))
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    return dialog


def rows(dialog: ImportPreviewDialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [tuple(model.data(model.index(r, c)) for c in (ImportColumn.WHERE, ImportColumn.NAME,
                                                         ImportColumn.FATE))
            for r in range(model.rowCount())]


def tick(qtbot: QtBot, dialog: ImportPreviewDialog, name: str) -> None:
    """Tick a row's box as a user does: select its Fate cell, press Space."""
    model = dialog.model
    (row,) = [r for r in range(model.rowCount())
              if model.data(model.index(r, ImportColumn.NAME)) == name]
    index = model.index(row, ImportColumn.FATE)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(index)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def import_(qtbot: QtBot, dialog: ImportPreviewDialog) -> None:
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.value() is not None, timeout=10000)


def test_calendar_preview_logs_creates_ticked_and_undoes(qtbot: QtBot, people: dict[str, int],
                                                         qtmodeltester: object) -> None:
    before = dump_file()
    dialog = planned(qtbot, CALENDAR, ICS)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "Import Calendar"
    shown = rows(dialog)
    assert ("google.ics:26", "Coffee with Ada", "log with Ada Rossi") in shown
    assert ("google.ics:81", "Lunch (cancelled)", "skipped") in shown
    assert ("google.ics:39", "carla.new@example.net", "create") in shown
    assert dialog.summary.text() == ("23 interactions to log, 0 already logged, 2 people not "
                                     "among your contacts (tick to create), 0 to create, "
                                     "2 skipped, 0 rejected.")
    tick(qtbot, dialog, "carla.new@example.net")
    assert dialog.summary.text().startswith("24 interactions to log, 0 already logged, 2 people "
                                            "not among your contacts (tick to create), "
                                            "1 to create,")  # the counts follow the box
    import_(qtbot, dialog)
    result, recording = dialog.value(), dialog.recording()
    assert result is not None and recording is not None
    (carla,) = result.created_ids
    assert [i.summary for i in list_interactions(carla)] == ["Project check-in"]
    assert len(list_interactions(people["ada"])) == 8
    after = dump_file()
    again = planned(qtbot, CALENDAR, ICS)
    assert again.summary.text().startswith("0 interactions to log, 24 already logged, "
                                           "1 person not among your contacts")
    assert differences(after, dump_file()) == []
    changes.ChangeSet(recording).swap()
    assert differences(before, dump_file()) == []


def test_bad_calendar_named_and_import_refused(qtbot: QtBot, people: dict[str, int],
                                               tmp_path: Path) -> None:
    bad = tmp_path / "photo.ics"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\0\0")
    dialog = planned(qtbot, CALENDAR, [ICS[0], str(bad)])
    assert dialog.errors.isVisible() or not dialog.errors.isHidden()
    assert dialog.errors.text() == (f"{bad}:1: not an iCalendar file (.ics): it does not "
                                    "begin with BEGIN:VCALENDAR")


def test_mail_preview_counts_per_day(qtbot: QtBot, people: dict[str, int]) -> None:
    dialog = planned(qtbot, MAIL, [str(FILES / "sent_and_inbox.mbox"), str(FILES / "maildir")])
    assert dialog.windowTitle() == "Import Mail"
    assert dialog.summary.text().startswith("5 interactions to log")
    model = dialog.model
    details = [model.data(model.index(r, ImportColumn.DETAILS)) for r in range(model.rowCount())]
    assert "Email on 2025-03-12, 1 sent, 1 received" in details
    import_(qtbot, dialog)
    assert [i.summary for i in list_interactions(people["ada"])] == [
        "E-mails: 0 sent, 1 received", "E-mails: 1 sent, 1 received"]


def test_linkedin_preview_starts_ticked(qtbot: QtBot, db_path: Path) -> None:
    dialog = planned(qtbot, LINKEDIN, [str(FILES / "Connections.csv")])
    model = dialog.model
    boxes = [model.data(model.index(r, ImportColumn.FATE), Qt.ItemDataRole.CheckStateRole)
             for r in range(model.rowCount())]
    assert boxes.count(Qt.CheckState.Checked) == 5
    assert dialog.summary.text().startswith("5 interactions to log, 0 already logged, "
                                            "5 people not among your contacts (tick to "
                                            "create), 5 to create")
    assert ("Connections.csv:11", "Mario Bianchi", "rejected") in rows(dialog)
    import_(qtbot, dialog)
    assert len(dialog.value().created_ids) == 5  # type: ignore[union-attr]


def test_file_menu_import_calendar_is_one_undo_step(qtbot: QtBot, window: MainWindow,
                                                    people: dict[str, int],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    titles = [a.text() for a in window.file_menu.actions()]
    for text in ("Import Ca&lendar…", "Import &Mail File…", "Import Mail&dir Folder…",
                 "Import LinkedIn Connec&tions…", "Export &Reminders…"):
        assert text in titles
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args: ([ICS[0]], "")))
    monkeypatch.setattr(capture_commands, "capture_steps",
                        lambda kind, paths: capture_steps(kind, paths, today=TODAY))

    def ask(cls: type, parent: object, steps: object) -> object:
        dialog = cls(steps, parent)
        dialog.start()
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
        import_(qtbot, dialog)
        return dialog.value(), dialog.recording()

    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(ask))
    before = dump_file()
    window.acts.import_calendar.trigger()
    qtbot.waitUntil(lambda: window.controller.undo_stack.count() == 1, timeout=10000)
    assert window.controller.undo_stack.undoText() == "Import Calendar"
    assert len(list_interactions(people["ada"])) == 6
    window.controller.undo()
    assert differences(before, dump_file()) == []


def test_export_reminders_writes_the_file(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                          people: dict[str, int],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "reminders.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(out), "")))
    window.acts.export_reminders.trigger()
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert str(out) in window.statusBar().currentMessage()
