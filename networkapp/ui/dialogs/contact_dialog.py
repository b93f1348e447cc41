"""A new contact: the contact card in a dialog, stored when its Save is pressed.

Made for the keyboard: the focus starts in the given name, Save is the default
button (Enter) and Ctrl+S saves, Esc or Cancel closes, asking first when
something was typed (Save / Discard / Cancel), and the photo buttons never
take Enter for themselves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from networkapp.ui.actions import save_keys
from networkapp.ui.controller import Controller
from networkapp.ui.unsaved import settle
from networkapp.ui.widgets.contact_card_widget import ContactCardWidget


class ContactDialog(QDialog):
    """Type a new contact; the card's Save creates it (undoable) and closes the dialog."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        """Build the dialog around an empty card."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New contact"))
        self.card = ContactCardWidget(controller)
        self.card.show_contact(None)
        self.card.contact_saved.connect(lambda _cid: self.accept())
        self.card.revert_button.setText(self.tr("C&lear"))
        # Enter saves wherever the focus is; no other button may take it over.
        for button in self.card.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.card.save_button.setDefault(True)
        for keys in save_keys():
            QShortcut(keys, self, self.card.save_changes)
        # The card's Clear and Save join Cancel in one row, in the platform's order; the card
        # still drives them (enabled, visible, what Save does).
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.card.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.card.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 640)

    def showEvent(self, event: QShowEvent) -> None:
        """Start typing in the given name."""
        super().showEvent(event)
        self.card.given_name.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def reject(self) -> None:
        """Esc, Cancel or closing: ask first when something was typed."""
        settled = settle(self, self.card, self.tr("New contact"),
                         self.tr("The new contact is not saved yet. Save it?"))
        if settled and self.card.contact_id is None:  # a save accepts the dialog by itself
            super().reject()

    def value(self) -> int | None:
        """The id of the contact created, if any."""
        return self.card.contact_id

    @classmethod
    def ask(cls, parent: QWidget | None, controller: Controller) -> int | None:
        """Run the dialog; return the new contact's id or None when cancelled."""
        dialog = cls(controller, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
