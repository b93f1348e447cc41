"""A line that picks one contact by name, with a completer fed by SQL as the user types.

The completer's model holds only the matches of the text typed so far (at most 20,
from :func:`~networkapp.services.introductions.names_starting`: an index range on the
folded name), never every name: typing stays instant at 100,000 contacts.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from networkapp.models.text import fold
from networkapp.services.introductions import NameMatch
from networkapp.services.vocabulary import ARCHIVED

_ID = Qt.ItemDataRole.UserRole + 1
_NAME = Qt.ItemDataRole.UserRole + 2  # what choosing a row puts in the line


class ContactNames(Protocol):
    """Where the picker finds names (the controller)."""

    def find_names(self, text: str, exclude: int | None = None) -> list[NameMatch]:
        """Return the contacts whose name or a word of it starts with ``text``."""

    def display_name(self, contact_id: int) -> str:
        """Return a contact's name."""


class ContactPickerWidget(QLineEdit):
    """Type a few letters of a name, choose the contact from the list (arrows, Enter).

    The chosen contact is :meth:`contact_id`; text that names no contact (or several)
    leaves it None and :meth:`problem` says so.

    Signals:
        contact_changed(): the chosen contact (or the text) changed.
    """

    contact_changed = Signal()

    def __init__(self, names: ContactNames, parent: QWidget | None = None) -> None:
        """Start empty; ``names`` answers the completer's queries."""
        super().__init__(parent)
        self._names = names
        self._contact_id: int | None = None
        self._exclude: int | None = None
        self.setPlaceholderText(self.tr("type a name"))
        self.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionRole(_NAME)
        self.setCompleter(self._completer)
        self.textEdited.connect(self._on_text_edited)
        # The index overload: the row says which contact (two may share a name).
        activated = self._completer.activated[QModelIndex]  # type: ignore[index]
        activated.connect(self._on_completer_activated)
        self.editingFinished.connect(self._on_editing_finished)

    def set_excluded(self, contact_id: int | None) -> None:
        """Never offer this contact (the one being edited)."""
        self._exclude = contact_id

    def contact_id(self) -> int | None:
        """The contact chosen, or None."""
        return self._contact_id

    def set_contact(self, contact_id: int | None) -> None:
        """Show a contact (or nothing) without emitting :attr:`contact_changed`."""
        self._contact_id = contact_id
        self.setText(self._names.display_name(contact_id) if contact_id else "")

    def problem(self) -> str | None:
        """Why the text picks no contact, or None (an empty text picks nobody, fine)."""
        if self._contact_id is None and self.text().strip():
            return self.tr("No contact is called “%1”: choose one from the list."
                           ).replace("%1", self.text().strip())
        return None

    def _fill(self, matches: list[NameMatch]) -> None:
        self._model.clear()
        for match in matches:
            text = match.name
            if match.organization:
                text += f" — {match.organization}"
            if match.status == ARCHIVED:
                text += " " + self.tr("(archived)")
            item = QStandardItem(text)
            item.setData(match.id, _ID)
            item.setData(match.name, _NAME)
            self._model.appendRow(item)

    def _on_text_edited(self, text: str) -> None:
        matches = self._names.find_names(text, self._exclude) if text.strip() else []
        self._fill(matches)
        exact = [m for m in matches if fold(m.name) == fold(text.strip())]
        self._contact_id = exact[0].id if len(exact) == 1 else None
        if matches:
            self._completer.complete()
        self.contact_changed.emit()

    def _on_completer_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self._contact_id = int(index.data(_ID))
        self.setText(str(index.data(_NAME)))
        self.contact_changed.emit()

    def _on_editing_finished(self) -> None:
        if self._contact_id is not None:  # the name as stored, whatever the case typed
            self.setText(self._names.display_name(self._contact_id))
