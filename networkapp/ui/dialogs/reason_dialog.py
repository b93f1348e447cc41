"""A confirmation that asks why: archiving or restoring contacts records a reason."""

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


class ReasonDialog(QDialog):
    """Ask why; the action button stays disabled until a reason is given.

    Subclasses give the texts (``%1`` in the intro stands for the names).
    """

    def _texts(self) -> tuple[str, str, str, str]:
        """Return (window title, intro, placeholder, action button)."""
        raise NotImplementedError

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        """Build the dialog for the contacts named."""
        super().__init__(parent)
        title, intro_text, placeholder, button = self._texts()
        self.setWindowTitle(title)
        shown = ", ".join(names[:5]) + (self.tr(" and %Ln more", "", len(names) - 5)
                                        if len(names) > 5 else "")
        intro = QLabel(intro_text.replace("%1", shown), wordWrap=True,
                       textFormat=Qt.TextFormat.PlainText)
        self.reason = QPlainTextEdit(placeholderText=placeholder)
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.action_button = self.buttons.addButton(button,
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
        self.action_button.setEnabled(bool(self.value()))

    @classmethod
    def ask(cls, parent: QWidget | None, names: list[str]) -> str | None:
        """Run the dialog; return the reason, or None when cancelled."""
        dialog = cls(names, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
