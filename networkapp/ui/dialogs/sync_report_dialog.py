"""The conflicts and the cards not synced of the last sync, to read (and copy)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.duplicates.fields import FIELD_LABELS
from networkapp.services.sync.report import SyncOutcome
from networkapp.translation import fill, tr


class SyncReportDialog(QDialog):
    """Lists, per account, the conflicts (the server's value kept, ours in the notes)
    and the cards that could not be synced, with why."""

    def __init__(self, outcomes: list[SyncOutcome], parent: QWidget | None = None) -> None:
        """Build the dialog for the outcomes of one sync."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync details"))
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setPlainText("\n".join(self.lines(outcomes)))  # plain text: never markup
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Where a field changed on both sides, the server's "
                                        "value was kept and ours added to the contact's "
                                        "notes. Cards not synced are tried again at the "
                                        "next sync."), wordWrap=True))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 400)

    def lines(self, outcomes: list[SyncOutcome]) -> list[str]:
        """The dialog's text, line by line."""
        lines: list[str] = []
        for outcome in outcomes:
            account = outcome.account
            lines.append(fill(self.tr("%1 at %2"), account.user, account.url))
            if outcome.failure:
                lines.append("  " + fill(self.tr("Not finished: %1"), outcome.failure))
            lines += ["  " + fill(self.tr("Conflict: %1, %2: the server's “%3” kept, ours “%4” "
                                          "in the notes"),
                                  c.name, tr(FIELD_LABELS.get(c.conflict.field, c.conflict.field)),
                                  c.conflict.server, c.conflict.local)
                      for c in outcome.report.conflicts]
            lines += ["  " + fill(self.tr("Not synced: %1: %2"), e.where, e.message)
                      for e in outcome.report.errors]
        return lines

    @classmethod
    def ask(cls, parent: QWidget | None, outcomes: list[SyncOutcome]) -> None:
        """Show the details until closed."""
        cls(outcomes, parent).exec()
