"""Confirm bringing archived contacts back, with the reason recorded in their history, and
which of the warnings the archive closed still stand (none unless the user ticks them)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.dto import SignalView
from networkapp.translation import format_date, tr
from networkapp.ui.dialogs.reason_dialog import ReasonDialog

_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class RestoreChoice:
    """What the user decided: why, and the ids of the warnings that still stand."""

    reason: str
    still_open: tuple[int, ...] = ()


class RestoreDialog(ReasonDialog):
    """Ask why archived contacts come back; Restore stays disabled until a reason is given.

    When the archive closed warnings, they are listed unticked: a restored contact starts
    clean unless the user says a warning still stands.
    """

    def _texts(self) -> tuple[str, str, str, str]:
        return (self.tr("Restore contacts"),
                self.tr("Bring %1 back to your working list? Their history stays as "
                        "it is, and the signals and reminders start again."),
                self.tr("Why? e.g. “We talked again and it goes both ways now.” (required)"),
                self.tr("&Restore"))

    def __init__(self, names: list[str], parent: QWidget | None = None,
                 warnings: list[SignalView] | None = None) -> None:
        """Build the dialog for the contacts named and the warnings their archive closed."""
        super().__init__(names, parent)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Warnings that still stand"))
        for signal in warnings or []:
            text = f"{format_date(signal.date)}  {tr(signal.category_label)}"
            if signal.note:
                text += f" — {signal.note}"
            item = QListWidgetItem(text, self.warnings)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(_ID_ROLE, signal.id)
        if warnings:
            label = QLabel(self.tr("The archive closed these warnings. Tick those that still "
                                   "stand; the others stay closed in the history."),
                           wordWrap=True, textFormat=Qt.TextFormat.PlainText)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            at = layout.indexOf(self.buttons)
            layout.insertWidget(at, label)
            layout.insertWidget(at + 1, self.warnings)
        else:
            self.warnings.hide()

    def still_open(self) -> tuple[int, ...]:
        """The ids of the warnings ticked as still standing."""
        items = (self.warnings.item(i) for i in range(self.warnings.count()))
        return tuple(int(item.data(_ID_ROLE)) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def choice(self) -> RestoreChoice:
        """The reason typed and the warnings ticked."""
        return RestoreChoice(self.value(), self.still_open())

    @classmethod
    def ask_restore(cls, parent: QWidget | None, names: list[str],
                    warnings: list[SignalView]) -> RestoreChoice | None:
        """Run the dialog; return the choice, or None when cancelled."""
        dialog = cls(names, parent, warnings)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
