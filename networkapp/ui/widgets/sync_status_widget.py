"""The sync's place in the status bar: what it is doing, its progress, Cancel, and
afterwards the outcome with a Details button when there is something to read."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class SyncStatusWidget(QWidget):
    """Progress and outcome of the running (or last) sync.

    Signals:
        cancel_requested(): the user pressed Cancel.
        details_requested(): the user wants the conflicts and errors of the last sync.
    """

    cancel_requested = Signal()
    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build it hidden; :meth:`started` shows it."""
        super().__init__(parent)
        self.label = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.cancel_requested)
        self.details = QPushButton(self.tr("Details…"))
        self.details.clicked.connect(self.details_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.progress, self.cancel, self.details):
            layout.addWidget(widget)
        self.setVisible(False)

    def started(self) -> None:
        """A sync starts: a busy bar until the first progress, and Cancel."""
        self.label.setText(self.tr("Syncing…"))
        self.progress.setRange(0, 0)
        for widget, shown in ((self.progress, True), (self.cancel, True), (self.details, False)):
            widget.setVisible(shown)
        self.cancel.setEnabled(True)
        self.setVisible(True)

    def progressed(self, text: str, done: int, total: int) -> None:
        """Show a step: ``text`` and ``done`` of ``total`` (0 total: busy)."""
        self.label.setText(text)
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total))

    def cancelling(self) -> None:
        """Cancel was pressed: the sync stops after the card it is on."""
        self.label.setText(self.tr("Stopping the sync…"))
        self.cancel.setEnabled(False)

    def finished(self, text: str, has_details: bool) -> None:
        """The sync ended: its outcome, Details when there are conflicts or errors."""
        self.label.setText(text)
        for widget, shown in ((self.progress, False), (self.cancel, False),
                              (self.details, has_details)):
            widget.setVisible(shown)
        self.setVisible(True)
