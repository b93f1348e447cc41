"""What the window does about a reason: the Today view's buttons and the detail header's.

Clarify… and Finish clarification… open the clarification wizard (a draft is resumed),
Log interaction… opens a new interaction: each for the contact the reason is about,
selected first (asking about unsaved changes as any change of contact does). Also the
start view: Today when anything is due.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from networkapp.ui.reason_text import ACTION_FOR, CLARIFY, FINISH

if TYPE_CHECKING:
    from networkapp.ui.main_window import MainWindow


class ReasonCommands:
    """Act on a reason for one contact, in the window."""

    def __init__(self, window: MainWindow) -> None:
        """Act in ``window``; its table's and detail area's reason buttons come here."""
        self._window = window
        window.table.action_requested.connect(self.act)
        window.detail.reason_action_requested.connect(self.act)

    def act(self, contact_id: int, kind: str) -> None:
        """Select the contact, then do what deals with ``kind``."""
        window = self._window
        if window.detail.contact_id != contact_id:
            window.select_ids([contact_id])
            if window.detail.contact_id != contact_id:  # Cancel on unsaved changes
                return
        if ACTION_FOR.get(kind) in (CLARIFY, FINISH):
            window.acts.clarify.trigger()
        else:
            window.acts.log_interaction.trigger()

    def show_start_view(self) -> None:
        """Open on Today when anything is due (else the view the window was left in)."""
        window = self._window
        if window.model.counts().get("today"):
            window.view_bar.set_view("today")
