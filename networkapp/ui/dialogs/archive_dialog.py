"""Confirm archiving contacts, with the reason (required) recorded in their history."""

from __future__ import annotations

from networkapp.ui.dialogs.reason_dialog import ReasonDialog


class ArchiveDialog(ReasonDialog):
    """Ask why the contacts are archived; Archive stays disabled until a reason is given."""

    def _texts(self) -> tuple[str, str, str, str]:
        return (self.tr("Archive contacts"),
                self.tr("Archive %1? They stay in your connections as plain entries, "
                        "with their whole history, and can be restored."),
                self.tr("Why? (required)"), self.tr("&Archive"))

