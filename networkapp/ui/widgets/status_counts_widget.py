"""The status bar's counts: how many contacts each view holds and how many are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from networkapp.translation import format_number


class StatusCountsWidget(QLabel):
    """"300 active · 41 need attention · 7 archived — showing 12"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start empty."""
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_counts(self, counts: dict[str, int], shown: int, searching: bool) -> None:
        """Show the counts of each view and of the rows shown."""
        text = self.tr("%1 active · %2 need attention · %3 archived").replace(
            "%1", format_number(counts.get("active", 0))).replace(
            "%2", format_number(counts.get("attention", 0))).replace(
            "%3", format_number(counts.get("archived", 0)))
        if searching:
            text += self.tr(" — %1 found").replace("%1", format_number(shown))
        self.setText(text)
