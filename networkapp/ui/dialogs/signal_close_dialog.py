"""Ask for the note that resolves or dismisses a signal (it stays in the history)."""

from __future__ import annotations

from networkapp.ui.dialogs.reason_dialog import ReasonDialog


class ResolveSignalDialog(ReasonDialog):
    """Resolve a warning by hand: say how it was dealt with (required)."""

    def _texts(self) -> tuple[str, str, str, str]:
        return (self.tr("Resolve warning"),
                self.tr("Resolve “%1”? It stops counting toward the threshold and stays in "
                        "the history with your note."),
                self.tr("How was it dealt with? e.g. “We talked: a misunderstanding.” "
                        "(required)"),
                self.tr("&Resolve"))


class DismissSignalDialog(ReasonDialog):
    """Dismiss a signal noted wrongly: say why (required)."""

    def _texts(self) -> tuple[str, str, str, str]:
        return (self.tr("Dismiss signal"),
                self.tr("Dismiss “%1” as noted wrongly? It stops counting and stays in the "
                        "history, marked dismissed, with your note."),
                self.tr("Why is it wrong? e.g. “It was someone else.” (required)"),
                self.tr("D&ismiss"))
