"""File > Import Calendar…, Import Mail…, Import LinkedIn Connections…, Export Reminders….

The imports go through the import preview (:class:`ImportCommands.preview`): the
same dialog, worker thread, progress, Cancel, one transaction and one undo step as a
vCard import. The reminders file is written through :mod:`networkapp.files`. The tray
notification of what is due today lives in :mod:`networkapp.ui.reminder_tray`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDir, QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow

from networkapp.files import WriteError, write_file
from networkapp.services.capture.plan import (
    CALENDAR,
    LINKEDIN,
    MAIL,
    CaptureJob,
    apply_capture,
    plan_capture,
)
from networkapp.services.capture.reminders import reminders_ics
from networkapp.translation import say, tr
from networkapp.ui import messages
from networkapp.ui.actions import Actions
from networkapp.ui.import_commands import ImportCommands
from networkapp.ui.import_worker import PreviewSteps
from networkapp.ui.reminder_tray import ReminderTray
from networkapp.ui.settings import UiSettings


def capture_steps(kind: str, paths: Sequence[str], today: dt.date | None = None
                  ) -> PreviewSteps:
    """The preview steps of capturing ``paths`` (``today`` fixes "now" in tests)."""
    titles = {CALENDAR: tr("Import Calendar"), MAIL: tr("Import Mail"),
              LINKEDIN: tr("Import LinkedIn Connections")}
    job = CaptureJob(kind, tuple(str(p) for p in paths), today=today)
    return PreviewSteps(
        titles[kind],
        lambda progress, cancelled: plan_capture(job, progress=progress,
                                                 is_cancelled=cancelled),
        lambda plan, chosen, progress, cancelled: apply_capture(
            plan, chosen, progress=progress, is_cancelled=cancelled),
        ticked=kind == LINKEDIN, capture=True)


class CaptureCommands(QObject):
    """The capture and reminder commands of the main window (connected here)."""

    def __init__(self, window: QMainWindow, actions: Actions, importing: ImportCommands,
                 settings: UiSettings) -> None:
        """Connect the File menu's capture actions; start the tray notification."""
        super().__init__(window)
        self.window, self.importing = window, importing
        actions.import_calendar.triggered.connect(self.choose_calendars)
        actions.import_mbox.triggered.connect(self.choose_mbox)
        actions.import_maildir.triggered.connect(self.choose_maildir)
        actions.import_linkedin.triggered.connect(self.choose_linkedin)
        actions.export_reminders.triggered.connect(self.choose_reminders_file)
        self.tray = ReminderTray(window, settings)

    def capture(self, kind: str, paths: Sequence[str]) -> None:
        """Preview and import ``paths`` as ``kind`` (calendar, mail, linkedin)."""
        if paths:
            self.importing.preview(capture_steps(kind, paths))

    def choose_calendars(self) -> None:
        """File > Import Calendar…: pick .ics files."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, tr("Import Calendar"), QDir.homePath(),
            tr("Calendar files (*.ics *.ical *.ifb);;All files (*)"))
        self.capture(CALENDAR, paths)

    def choose_mbox(self) -> None:
        """File > Import Mail File…: pick mbox files."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, tr("Import Mail"), QDir.homePath(),
            tr("Mail files (*.mbox *.mbx *.mbs);;All files (*)"))
        self.capture(MAIL, paths)

    def choose_maildir(self) -> None:
        """File > Import Maildir Folder…: pick a Maildir folder."""
        path = QFileDialog.getExistingDirectory(self.window, tr("Import Mail"),
                                                QDir.homePath())
        self.capture(MAIL, [path] if path else [])

    def choose_linkedin(self) -> None:
        """File > Import LinkedIn Connections…: pick Connections.csv."""
        path, _ = QFileDialog.getOpenFileName(
            self.window, tr("Import LinkedIn Connections"), QDir.homePath(),
            tr("LinkedIn connections (Connections.csv *.csv);;All files (*)"))
        self.capture(LINKEDIN, [path] if path else [])

    def choose_reminders_file(self) -> None:
        """File > Export Reminders…: save the reminders as an .ics file."""
        default = str(Path(QDir.homePath()) / "networkapp-reminders.ics")
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Export Reminders"), default,
                                              tr("Calendar files (*.ics)"))
        if path:
            self.export_reminders(path)

    def export_reminders(self, path: str) -> bool:
        """Write the reminders to ``path``; say clearly why not. Return True when written."""
        try:
            write_file(path, reminders_ics(render=say))
        except OSError as exc:
            reason = exc.reason if isinstance(exc, WriteError) else (exc.strerror or str(exc))
            messages.show_error(self.window, tr("Export Reminders"),
                                tr("Cannot write %1: %2").replace("%1", path)
                                .replace("%2", reason))
            return False
        self.window.statusBar().showMessage(
            tr("Reminders written to %1: import the file into your calendar program (again "
               "after changes: it updates the same events).").replace("%1", path), 10000)
        return True
