"""The import preview: every card with its fate before anything is written.

The dialog reads the files in a worker thread (progress bar, Cancel), shows one
row per card (new / merge with X / unchanged / rejected with reason and
file:line), the counts and the warnings; Import writes everything in one
transaction in a worker thread, Cancel at any point leaves the file as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from networkapp.services import changes
from networkapp.services.changes import Recording
from networkapp.services.importing import (
    LOG,
    MERGE,
    NEW,
    READING,
    REJECTED,
    SKIPPED,
    UNCHANGED,
    WRITING,
    CardFate,
    ImportPlan,
    ImportResult,
    ImportSource,
)
from networkapp.ui.import_worker import ImportThread, PreviewSteps, Work, vcard_steps
from networkapp.ui.item_models.import_plan_table_model import ImportPlanTableModel, ImportRole

_COLUMN_WIDTHS = (250, 210, 240)


class ImportPreviewDialog(QDialog):
    """Plan, show, then (on Import) apply an import of vCard sources."""

    def __init__(self, sources: Sequence[ImportSource] | PreviewSteps,
                 parent: QWidget | None = None) -> None:
        """Build the dialog for vCard ``sources`` or other steps (a capture);
        :meth:`start` begins reading."""
        super().__init__(parent)
        self.steps = sources if isinstance(sources, PreviewSteps) else vcard_steps(
            self.tr("Import vCards"), sources)
        self.plan: ImportPlan | None = None
        self._result: ImportResult | None = None
        self._recording: Recording | None = None
        self._thread: ImportThread | None = None
        self._threads: list[ImportThread] = []
        self._phase = ""
        # New cards merged into their look-alike instead (a vCard import's steps read it).
        self.merge_into = self.steps.merge_into
        self.setWindowTitle(self.steps.title)
        self.resize(1040, 600)
        self._build()

    def _build(self) -> None:
        self.summary = QLabel(self.tr("Reading…"), textFormat=Qt.TextFormat.PlainText,
                              wordWrap=True)
        self.errors = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.errors.setStyleSheet("color: #b3261e")
        self.errors.hide()
        self.model = ImportPlanTableModel(self)
        self.table = QTableView(wordWrap=False, showGrid=False)
        self.table.setAlternatingRowColors(True)  # not a constructor keyword in the stubs
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(_COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.warnings = QPlainTextEdit(readOnly=True)
        self.warnings.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.warnings.setMaximumHeight(120)
        self.warnings_box = QGroupBox()
        QVBoxLayout(self.warnings_box).addWidget(self.warnings)
        self.warnings_box.hide()
        self.note = QLabel(self.tr("Nothing is written until you press Import. Edit > Undo "
                                   "takes the import back."),
                           textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.note.setEnabled(False)
        self.progress = QProgressBar(textVisible=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.look_alike_button = QPushButton(self.tr("Merge Into &Look-alike"))
        self.look_alike_button.setCheckable(True)
        self.look_alike_button.setToolTip(self.tr("The selected new card looks like a contact "
                                                  "you have: merge it into that contact"))
        self.look_alike_button.setEnabled(False)
        self.look_alike_button.toggled.connect(self._on_look_alike_button_toggled)
        self.buttons.addButton(self.look_alike_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.buttons.accepted.connect(self._on_import_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.errors, self.table, self.warnings_box, self.note,
                       self.progress, self.buttons):
            layout.addWidget(widget, 1 if widget is self.table else 0)

    # -- running --------------------------------------------------------------------

    def start(self) -> None:
        """Read the sources in a worker thread; the table fills when done."""
        self._run(self.steps.plan, READING)

    def _run(self, work: Work, phase: str) -> None:
        self._phase = phase
        thread = ImportThread(work, self)
        thread.progressed.connect(self._on_thread_progressed)
        thread.succeeded.connect(self._on_thread_succeeded)
        thread.cancelled.connect(self._on_thread_cancelled)
        thread.failed.connect(self._on_thread_failed)
        self._thread = thread
        self._threads.append(thread)
        self.progress.setRange(0, 0)
        self.progress.show()
        thread.start()

    def is_busy(self) -> bool:
        """True while reading or writing."""
        return self._thread is not None and self._thread.isRunning()

    def _on_thread_progressed(self, phase: str, done: int, total: int) -> None:
        labels = {READING: self.tr("Reading… %p%"), WRITING: self.tr("Importing… %p%")}
        self.progress.setFormat(labels.get(phase, self.tr("Comparing with your contacts… %p%")))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _settle_thread(self) -> None:
        """The step has reported its end: let its thread finish (it still closes its
        database connection). A QThread destroyed while running aborts the whole
        process, and the dialog that owns it may be deleted right after this slot."""
        if self._thread is not None:
            self._thread.wait()
        self._thread = None

    def _on_thread_succeeded(self, value: object) -> None:
        self._settle_thread()
        if isinstance(value, tuple):  # (ImportResult, Recording): written and recorded
            self._result, self._recording = value
            self.accept()
        elif isinstance(value, ImportPlan):
            self._show_plan(value)

    def _on_thread_cancelled(self) -> None:
        self._settle_thread()
        super().reject()

    def _on_thread_failed(self, message: str, details: str) -> None:
        self._settle_thread()
        self.progress.hide()
        what = self.tr("Import failed; nothing was written") if self._phase == WRITING \
            else self.tr("Reading failed")
        self.errors.setText(f"{what}: {message}")
        self.errors.setToolTip(details)
        self.errors.show()
        self.import_button.setEnabled(False)

    def _on_import_clicked(self) -> None:
        if self.plan is None or self.is_busy():
            return
        plan, chosen, apply = self.plan, self.model.chosen(), self.steps.apply
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        # Recorded, so that Edit > Undo takes the import back exactly.
        self._run(lambda progress, cancelled: changes.record(lambda: apply(
            plan, chosen, progress, cancelled)), WRITING)
        self.look_alike_button.setEnabled(False)

    # -- look-alikes ------------------------------------------------------------------

    def _current_entry(self) -> CardFate | None:
        row = self.table.currentIndex().row()
        entry = self.model.data(self.model.index(row, 0), ImportRole.ROW) if row >= 0 else None
        return entry if isinstance(entry, CardFate) else None

    def _on_current_row_changed(self) -> None:
        entry = self._current_entry()
        can = entry is not None and entry.fate == NEW and entry.look_alike is not None
        self.look_alike_button.setEnabled(can)
        self.look_alike_button.blockSignals(True)  # showing, not choosing
        self.look_alike_button.setChecked(can and entry is not None
                                          and entry.place in self.merge_into)
        self.look_alike_button.blockSignals(False)

    def _on_look_alike_button_toggled(self, checked: bool) -> None:
        entry = self._current_entry()
        if entry is None or entry.look_alike is None:
            return
        if checked:
            self.merge_into[entry.place] = entry.look_alike.b
        else:
            self.merge_into.pop(entry.place, None)
        self.model.set_merge_into(self.merge_into)
        if self.plan is not None:
            self.import_button.setEnabled(self.plan.writes_anything or bool(self.merge_into))

    # -- showing ----------------------------------------------------------------------

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.progress.hide()
        self.model.set_entries(plan.entries, ticked=self.steps.ticked)
        if self.steps.capture:  # the counts follow the boxes
            self.model.dataChanged.connect(self._on_model_data_changed)
        alike = next((n for n, e in enumerate(plan.entries) if e.look_alike is not None), None)
        if alike is not None:  # the first look-alike is current: Merge Into Look-alike acts
            self.table.setCurrentIndex(self.model.index(alike, 0))
        self.summary.setText(self.counts_text(plan))
        if plan.file_errors:
            self.errors.setText("\n".join(plan.file_errors))
            self.errors.show()
        warnings = plan.warnings
        if warnings:
            self.warnings.setPlainText("\n".join(warnings))
            self.warnings_box.setTitle(self.tr("Notes and warnings (%1)").replace(
                "%1", str(len(warnings))))
            self.warnings_box.show()
        self.import_button.setEnabled(plan.writes_anything)
        if plan.writes_anything:
            self.import_button.setDefault(True)
            self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def counts_text(self, plan: ImportPlan) -> str:
        """Return the counts line ("3 new, 1 merge, 2 unchanged, 1 rejected")."""
        if self.steps.capture:
            return self._capture_counts(plan)
        new = plan.count(NEW)
        parts = [self.tr("%Ln new contact(s)", "", new),
                 self.tr("%Ln merged", "", plan.count(MERGE)),
                 self.tr("%Ln unchanged", "", plan.count(UNCHANGED)),
                 self.tr("%Ln rejected", "", plan.count(REJECTED))]
        if plan.count(SKIPPED):
            parts.append(self.tr("%Ln skipped", "", plan.count(SKIPPED)))
        text = ", ".join(parts) + "."
        alike = sum(1 for e in plan.entries if e.look_alike is not None)
        if alike:
            text += " " + self.tr("%Ln new card(s) look like a contact you have: select one "
                                  "and press Merge Into Look-alike to merge it instead.", "",
                                  alike)
        if not plan.entries:
            text = self.tr("No card to import.")
        elif not plan.writes_anything:
            text += " " + self.tr("Nothing to import: every card is already there.")
        return text

    def _on_model_data_changed(self) -> None:
        if self.plan is not None:
            self.summary.setText(self.counts_text(self.plan))

    def _capture_counts(self, plan: ImportPlan) -> str:
        """The counts of a capture ("4 interactions to log, 2 people to create...")."""
        chosen = self.model.chosen()
        logs = sum(1 for e in plan.entries if e.fate == LOG and (not e.needs or e.needs in chosen))
        parts = [self.tr("%Ln interaction(s) to log", "", logs),
                 self.tr("%Ln already logged", "", plan.count(UNCHANGED))]
        if plan.count(NEW):
            parts.append(self.tr("%Ln not among your contacts (tick to create)", "",
                                 plan.count(NEW)))
            parts.append(self.tr("%Ln to create", "", len(chosen)))
        if plan.count(MERGE):
            parts.append(self.tr("%Ln contact(s) to complete", "", plan.count(MERGE)))
        parts += [self.tr("%Ln skipped", "", plan.count(SKIPPED)),
                  self.tr("%Ln rejected", "", plan.count(REJECTED))]
        text = ", ".join(parts) + "."
        if not plan.writes_anything:
            text += " " + self.tr("Nothing to import: everything is already there.")
        return text

    # -- results and closing ------------------------------------------------------------

    def value(self) -> ImportResult | None:
        """The import's result, once applied; None when cancelled."""
        return self._result

    def recording(self) -> Recording | None:
        """The rows the import changed, for the undo stack; None when cancelled."""
        return self._recording

    def reject(self) -> None:
        """Cancel: a running step is stopped (a write rolled back) before closing."""
        if self.is_busy() and self._thread is not None:
            self._thread.cancel()
            self.buttons.setEnabled(False)
            self.summary.setText(self.tr("Cancelling…"))
            return  # closes when the thread says it stopped
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window cancels like the Cancel button."""
        if self.is_busy():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def wait_idle(self) -> None:
        """Block until a running step has finished (used when the app quits)."""
        for thread in self._threads:
            thread.wait()

    @classmethod
    def ask(cls, parent: QWidget | None, sources: Sequence[ImportSource] | PreviewSteps
            ) -> tuple[ImportResult, Recording] | None:
        """Show the preview for ``sources``; return what was imported and the rows it
        changed (for the undo stack), or None."""
        dialog = cls(sources, parent)
        dialog.start()
        dialog.exec()
        dialog.wait_idle()
        result, recording = dialog.value(), dialog.recording()
        dialog.deleteLater()
        return (result, recording) if result is not None and recording is not None else None
