"""A new contact: the contact card in a dialog, stored when its Save is pressed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from networkapp.ui.controller import Controller
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
        self.card.revert_button.setText(self.tr("&Clear"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.card)
        self.resize(520, 640)

    def value(self) -> int | None:
        """The id of the contact created, if any."""
        return self.card.contact_id

    @classmethod
    def ask(cls, parent: QWidget | None, controller: Controller) -> int | None:
        """Run the dialog; return the new contact's id or None when cancelled."""
        dialog = cls(controller, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
