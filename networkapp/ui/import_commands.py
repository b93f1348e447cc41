"""File > Import…, File > Export Selection…, dropped files and data, command-line files.

Every way in ends at :meth:`ImportCommands.preview` (vCards through
:meth:`ImportCommands.import_sources`, captures from calendars, mail and LinkedIn
through their own steps): the preview dialog
reads and (on confirmation) writes in a worker thread, recorded; afterwards the import
goes on the undo stack, the table reloads and the new contacts are selected (up to 500
of them). Imports that arrive while a preview is open (a second double-clicked .vcf)
wait their turn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDir, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow

from networkapp.files import WriteError, write_file
from networkapp.services.changes import Recording
from networkapp.services.errors import NotFoundError
from networkapp.services.importing import ImportResult, ImportSource
from networkapp.services.vcard_export import export_vcards
from networkapp.translation import tr
from networkapp.ui import messages
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from networkapp.ui.import_worker import PreviewSteps

_NOTIFY_LIMIT = 500  # above this many ids, reloading the whole table is cheaper



class ImportCommands(QObject):
    """The import and export commands of the main window."""

    def __init__(self, window: QMainWindow, controller: Controller,
                 selected_ids: Callable[[], list[int]],
                 select_ids: Callable[[list[int]], None]) -> None:
        """Act for ``window``; writes are announced through ``controller``."""
        super().__init__(window)
        self.window = window
        self.controller = controller
        self._selected_ids = selected_ids
        self._select_ids = select_ids
        self._queue: list[list[ImportSource] | PreviewSteps] = []
        self._busy = False
        self.last_result: ImportResult | None = None

    def open_files(self, paths: Sequence[str]) -> None:
        """Show the import preview for files (command line, hand-over, menu)."""
        if paths:
            self.import_sources([str(p) for p in paths])

    def import_sources(self, sources: Sequence[ImportSource]) -> None:
        """Preview and import vCard ``sources``; queued if a preview is already open."""
        self.preview(list(sources))

    def preview(self, steps: list[ImportSource] | PreviewSteps) -> None:
        """Preview and apply vCard sources or other ``steps`` (a capture); queued if a
        preview is already open."""
        self._queue.append(steps)
        if not self._busy:
            QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        self._busy = True
        steps = self._queue.pop(0)
        try:
            done = ImportPreviewDialog.ask(self.window, steps)
        finally:
            self._busy = False
        if done is not None:  # a capture's undo step is named after it
            self._imported(*done, steps.title if isinstance(steps, PreviewSteps) else "")
        if self._queue:
            QTimer.singleShot(0, self._next)

    def _imported(self, result: ImportResult, recording: Recording, title: str = "") -> None:
        self.last_result = result
        ids = [*result.created_ids, *result.merged_ids]
        if not ids and recording.empty:
            return
        new, updated = len(result.created_ids), len(result.merged_ids)
        counts = title or tr("Import: %Ln new", "", new) + ", " + tr("%Ln updated", "", updated)
        self.controller.push_recording(counts, recording,
                                       ids if len(ids) <= _NOTIFY_LIMIT else [])
        # The new contacts are selected, unless there are more than a few hundred: a
        # selection scattered over thousands of rows shows nothing (the status bar
        # gives the count).
        if result.created_ids and len(result.created_ids) <= _NOTIFY_LIMIT:
            self._select_ids(list(result.created_ids))
        self.window.statusBar().showMessage(
            tr("Imported: %Ln new", "", new) + ", " + tr("%Ln updated.", "", updated), 8000)

    def choose_files(self) -> None:
        """File > Import…: pick one or more vCard files."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, tr("Import vCards"), QDir.homePath(),
            tr("vCard files (*.vcf *.vcard);;All files (*)"))
        self.open_files(paths)

    def export_selection(self) -> None:
        """File > Export Selection…: save the selected contacts as one vCard file."""
        ids = self._selected_ids()
        if not ids:
            return
        default = str(Path(QDir.homePath()) / "contacts.vcf")
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Export as vCard"), default,
                                              tr("vCard files (*.vcf)"))
        if path:
            self.export_to(ids, path)

    def export_to(self, ids: Sequence[int], path: str) -> bool:
        """Write the contacts to ``path``; say clearly why not. Return True when written."""
        try:
            write_file(path, export_vcards(ids).encode("utf-8"))  # the file as it was on error
        except (OSError, NotFoundError) as exc:
            reason = exc.reason if isinstance(exc, WriteError) else (
                getattr(exc, "strerror", None) or str(exc))
            messages.show_error(self.window, tr("Export as vCard"),
                                tr("Cannot write %1: %2").replace("%1", path)
                                .replace("%2", reason))
            return False
        self.window.statusBar().showMessage(
            tr("%Ln contact(s) exported to %1", "", len(ids)).replace("%1", path),
            8000)
        return True
