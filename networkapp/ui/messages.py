"""Every message box of the app, in one place: the seam tests patch.

Texts shown here are plain text (never interpreted as markup), whatever they hold.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from networkapp.translation import tr


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something could not be done (environment or refused input)."""
    _box(parent, QMessageBox.Icon.Warning, title, text).exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went as asked."""
    _box(parent, QMessageBox.Icon.Information, title, text).exec()


def show_exception(parent: QWidget | None, text: str, details: str) -> None:
    """Show an unexpected error, with the traceback under "Show Details…"."""
    box = _box(parent, QMessageBox.Icon.Critical, tr("Unexpected error"), text)
    box.setDetailedText(details)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask a yes/no question whose yes button names the action; return True for yes."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


class Unsaved(Enum):
    """What to do with unsaved changes before leaving them."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, title: str, text: str) -> Unsaved:
    """Ask Save / Discard / Cancel about unsaved changes; Esc and closing mean Cancel."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.setInformativeText(tr("Discarded changes cannot be undone."))
    box.exec()
    chosen = box.standardButton(box.clickedButton())
    box.deleteLater()
    if chosen == buttons.Save:
        return Unsaved.SAVE
    return Unsaved.DISCARD if chosen == buttons.Discard else Unsaved.CANCEL


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for one line of text; return it stripped, or None when cancelled or empty."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() or None if ok else None
