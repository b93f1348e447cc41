"""What the Contact menu does to the selected contacts: tag, archive, restore, delete, clarify.

Each command asks what it needs (a dialog or a confirmation) and hands the edit
to the controller, which makes it undoable. Kept out of the main window so that
the window only builds and wires.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from networkapp.services.errors import DomainError
from networkapp.translation import error_text
from networkapp.ui import messages
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.archive_dialog import ArchiveDialog
from networkapp.ui.dialogs.clarify_wizard import ClarifyWizard
from networkapp.ui.dialogs.restore_dialog import RestoreDialog


class ContactCommands(QObject):
    """The commands on the selection, with ``window`` as the parent of every dialog."""

    def __init__(self, window: QWidget, controller: Controller,
                 selected_ids: Callable[[], list[int]],
                 selected_names: Callable[[], list[str]]) -> None:
        """Act on what ``selected_ids`` / ``selected_names`` return at the time."""
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._ids = selected_ids
        self._names = selected_names

    def tag(self) -> None:
        """Give the selected contacts a tag."""
        ids = self._ids()
        name = ids and messages.ask_text(self._window, self.tr("Tag contacts"),
                                         self.tr("Tag for %Ln contact(s):", "", len(ids)))
        if ids and name:
            self._controller.tag_contacts(ids, name)

    def archive(self) -> None:
        """Archive the selected contacts after asking why."""
        ids = self._ids()
        reason = ArchiveDialog.ask(self._window, self._names()) if ids else None
        if reason:
            self._controller.archive_contacts(ids, reason)

    def restore(self) -> None:
        """Bring the selected archived contacts back, after asking why and which of the
        warnings their archive closed still stand (none unless ticked)."""
        ids = self._ids()
        if not ids:
            return
        warnings = self._controller.closed_by_archive(ids)
        choice = RestoreDialog.ask_restore(self._window, self._names(), warnings)
        if choice is not None and choice.reason:
            self._controller.restore_contacts(ids, choice.reason, choice.still_open)

    def delete(self) -> None:
        """Delete the selected contacts after confirming (undoable; archived ones too)."""
        ids = self._ids()
        if not ids:
            return
        text = self.tr("Delete %Ln contact(s) with their whole history? Archiving keeps them "
                       "as plain entries instead. You can undo this.", "", len(ids))
        if messages.confirm(self._window, self.tr("Delete contacts"), text, self.tr("Delete")):
            self._controller.delete_contacts(ids)

    def clarify_selection(self) -> None:
        """Clarify with the one selected contact."""
        ids = self._ids()
        if len(ids) == 1:
            self.clarify(ids[0])

    def clarify(self, contact_id: int) -> None:
        """Run the clarification wizard for a contact (resuming its draft); store the result."""
        try:
            result = ClarifyWizard.ask(self._window, contact_id)
            self._controller.clarify(contact_id, result)
        except DomainError as exc:
            messages.show_error(self._window, self.tr("Cannot store the clarification"),
                                error_text(exc))
