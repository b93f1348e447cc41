"""Preferences: the threshold, the default keep-in-touch cadence, the language, the file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.settings import THRESHOLD_RANGE
from networkapp.translation import CHOICES, SYSTEM


@dataclass(frozen=True)
class Preferences:
    """What the dialog edits."""

    threshold: int
    default_cadence: int
    language: str = SYSTEM  # "system", "en", "it": applies at the next start


class PreferencesDialog(QDialog):
    """Edit the preferences stored in the database file."""

    def __init__(self, current: Preferences, db_path: Path | None,
                 parent: QWidget | None = None) -> None:
        """Build the dialog showing ``current``."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._db_path = db_path
        self.threshold = QSpinBox(minimum=THRESHOLD_RANGE[0], maximum=THRESHOLD_RANGE[1],
                                  value=current.threshold)
        self.threshold.setToolTip(self.tr("How much open warning weight asks for a decision."))
        self.cadence = QSpinBox(minimum=1, maximum=3650, value=current.default_cadence,
                                suffix=self.tr(" days"))
        self.path_label = QLabel(str(db_path) if db_path else self.tr("(in memory)"),
                                 textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("Open &folder"))
        self.open_folder.setEnabled(db_path is not None)
        self.open_folder.clicked.connect(self._on_open_folder_clicked)
        self.language = QComboBox()
        self.language.addItem(self.tr("System (%1)").replace(
            "%1", QLocale.system().nativeLanguageName()), SYSTEM)
        for code, name in CHOICES:  # each language named in itself
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_label, 1)
        file_row.addWidget(self.open_folder)
        form = QFormLayout()
        form.addRow(self.tr("Warning &threshold:"), self.threshold)
        hint = QLabel(self.tr("Once open warnings weigh this much, the app proposes a "
                              "decision. The lower, the sooner."), wordWrap=True)
        hint.setEnabled(False)  # greyed; not a constructor keyword in PySide6's stubs
        form.addRow(hint)
        form.addRow(self.tr("Default &keep-in-touch:"), self.cadence)
        form.addRow(self.tr("&Language:"), self.language)
        restart = QLabel(self.tr("A new language applies when networkapp starts again."),
                         wordWrap=True)
        restart.setEnabled(False)
        form.addRow(restart)
        form.addRow(self.tr("Database file:"), file_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> Preferences:
        """Return the preferences as edited."""
        return Preferences(self.threshold.value(), self.cadence.value(),
                           str(self.language.currentData()))

    def folder_url(self) -> QUrl | None:
        """The folder holding the database file."""
        return QUrl.fromLocalFile(str(self._db_path.parent)) if self._db_path else None

    def _on_open_folder_clicked(self) -> None:
        url = self.folder_url()
        if url is not None:
            QDesktopServices.openUrl(url)

    @classmethod
    def ask(cls, parent: QWidget | None, current: Preferences,
            db_path: Path | None) -> Preferences | None:
        """Run the dialog; return the new preferences or None when cancelled."""
        dialog = cls(current, db_path, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
