"""Confirm bringing archived contacts back, with the reason recorded in their history."""

from __future__ import annotations

from networkapp.ui.dialogs.reason_dialog import ReasonDialog


class RestoreDialog(ReasonDialog):
    """Ask why archived contacts come back; Restore stays disabled until a reason is given."""

    def _texts(self) -> tuple[str, str, str, str]:
        return (self.tr("Restore contacts"),
                self.tr("Bring %1 back to your working list? Their history stays as "
                        "it is, and the signals and reminders start again."),
                self.tr("Why? e.g. “We talked again and it goes both ways now.” (required)"),
                self.tr("&Restore"))

