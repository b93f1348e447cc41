"""The window's introductions maps: View > Network Map… and the contact's Map tab.

A click on a contact in either map selects it in the table; the dialog opens centred
on the contact selected (the whole network when none is).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from networkapp.ui.actions import Actions
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.network_map_dialog import NetworkMapDialog
from networkapp.ui.widgets.contact_detail_widget import ContactDetailWidget


class MapCommands:
    """Connects the map action and the Map tab to a window."""

    def __init__(self, parent: QWidget, controller: Controller, actions: Actions,
                 detail: ContactDetailWidget, select_ids: Callable[[list[int]], None]) -> None:
        self._parent = parent
        self._controller = controller
        self._detail = detail
        self._select_ids = select_ids
        self.dialog: NetworkMapDialog | None = None
        actions.network_map.triggered.connect(self.open_map)
        detail.map.contact_clicked.connect(self._on_map_contact_clicked)

    def open_map(self) -> NetworkMapDialog:
        """Show the map window (one per window), centred on the contact shown."""
        if self.dialog is None:
            self.dialog = NetworkMapDialog(self._controller, self._parent)
            self.dialog.contact_clicked.connect(self._on_map_contact_clicked)
        shown = self._detail.contact_id
        if shown is not None:
            self.dialog.show_contact(shown)
        else:
            self.dialog.show_overview()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _on_map_contact_clicked(self, contact_id: int) -> None:
        self._select_ids([contact_id])
