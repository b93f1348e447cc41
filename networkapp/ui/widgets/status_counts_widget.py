"""The status bar's counts: how many contacts each view holds and how many are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from networkapp.translation import format_number


class StatusCountsWidget(QLabel):
    """"1,953 active (34 clarifying) · 41 need attention · 12 today · 7 archived — 12 found".

    The same words and numbers as the view tabs and the network report
    (``services.listing.view_counts``): "active" is every contact not archived.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start empty."""
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_counts(self, counts: dict[str, int], shown: int, searching: bool) -> None:
        """Show the counts of each view and of the rows shown."""
        active = format_number(counts.get("active", 0))
        if counts.get("clarifying"):
            active = self.tr("%1 active (%2 clarifying)").replace("%1", active).replace(
                "%2", format_number(counts["clarifying"]))
        else:
            active = self.tr("%1 active").replace("%1", active)
        text = self.tr("%1 · %2 need attention · %3 today · %4 archived").replace(
            "%1", active).replace(
            "%2", format_number(counts.get("attention", 0))).replace(
            "%3", format_number(counts.get("today", 0))).replace(
            "%4", format_number(counts.get("archived", 0)))
        if searching:
            text += self.tr(" — %1 found").replace("%1", format_number(shown))
        self.setText(text)
