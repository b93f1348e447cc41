"""Confirm bringing archived contacts back, with the reason recorded in their history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class RestoreDialog(QDialog):
    """Ask why archived contacts come back; Restore stays disabled until a reason is given."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        """Build the dialog for the contacts named."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore contacts"))
        shown = ", ".join(names[:5]) + (self.tr(" and %n more", "", len(names) - 5)
                                        if len(names) > 5 else "")
        intro = QLabel(self.tr("Bring %1 back to your working list? Their history stays as "
                               "it is, and the signals and reminders start again.").replace(
            "%1", shown), wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.reason = QPlainTextEdit(placeholderText=self.tr(
            "Why? e.g. “We talked again and it goes both ways now.” (required)"))
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update()

    def value(self) -> str:
        """The reason typed."""
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        self.restore_button.setEnabled(bool(self.value()))

    @classmethod
    def ask(cls, parent: QWidget | None, names: list[str]) -> str | None:
        """Run the dialog; return the reason, or None when cancelled."""
        dialog = cls(names, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
