"""The main window's printing: summaries of the selection, and the network report.

One contact selected prints its relationship summary; several print the network
report of that selection followed by each one's summary, one per page. The
network report of everyone is a preview from the View menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from networkapp.printing import PrintSpec, contacts_spec, network_spec
from networkapp.services.errors import NotFoundError
from networkapp.translation import tr
from networkapp.ui import messages, print_actions
from networkapp.ui.actions import Actions


def selection_spec(contact_ids: list[int]) -> PrintSpec:
    """Return what printing the selection prints (one summary, or report + summaries)."""
    if len(contact_ids) == 1:
        return contacts_spec(contact_ids)
    return network_spec(contact_ids, with_contacts=True)


class PrintCommands:
    """Connects the print actions to the selection of a window."""

    def __init__(self, parent: QWidget, actions: Actions,
                 selected_ids: Callable[[], list[int]]) -> None:
        self._parent = parent
        self._selected_ids = selected_ids
        actions.print_.triggered.connect(lambda: self._run(print_actions.print_with_dialog))
        actions.print_preview.triggered.connect(lambda: self._run(print_actions.preview))
        actions.export_pdf.triggered.connect(lambda: self._run(print_actions.export_pdf))
        actions.network_report.triggered.connect(self.preview_network_report)

    def _spec(self) -> PrintSpec | None:
        ids = self._selected_ids()
        if not ids:
            return None
        try:
            return selection_spec(ids)
        except NotFoundError as exc:  # deleted meanwhile (e.g. by an undo)
            messages.show_error(self._parent, tr("Print"), str(exc))
            return None

    def _run(self, how: Callable[[QWidget, PrintSpec], object]) -> None:
        spec = self._spec()
        if spec is not None:
            how(self._parent, spec)

    def preview_network_report(self) -> None:
        """Preview the report of the whole network."""
        print_actions.preview(self._parent, network_spec())
