"""The story of a relationship in the detail area: one list, in date order.

Shows :func:`networkapp.services.timeline.timeline` entries, each as a dated
title with its detail below and a coloured dot for its kind. Read-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QLabel, QListView, QVBoxLayout, QWidget

from networkapp.services.timeline import (
    CLARIFICATION,
    INTERACTION,
    SIGNAL,
    SIGNAL_CLOSED,
    STATUS_CHANGE,
    TimelineEntry,
)
from networkapp.services.vocabulary import WARNING
from networkapp.translation import format_date, say

_COLORS = {
    INTERACTION: "#4c8bb8",
    WARNING: "#d9822b",
    SIGNAL: "#5aa36b",  # positive signs
    CLARIFICATION: "#8a6cc2",
    STATUS_CHANGE: "#8c8c8c",
    SIGNAL_CLOSED: "#3f9e9a",  # a signal resolved or dismissed
}


class TimelineRole(IntEnum):
    """Custom roles of the timeline model."""

    ROW = Qt.ItemDataRole.UserRole + 1  # the TimelineEntry


def _dot(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def entry_text(entry: TimelineEntry) -> str:
    """Return the two-part text of an entry: "10 Mar 2025 — title" and the detail."""
    day = format_date(entry.date)
    head = f"{day} — {say(entry.title)}"
    return f"{head}\n{detail_text(entry)}" if entry.detail else head


def detail_text(entry: TimelineEntry) -> str:
    """The entry's detail lines, translated (what was typed stays as typed)."""
    return "\n".join(say(line) for line in entry.detail)


class _TimelineListModel(QAbstractListModel):
    """The entries as list rows (display text, dot, tooltip, the entry itself)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []
        self._icons: dict[str, QIcon] = {}

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return detail_text(entry) or None
        if role == Qt.ItemDataRole.DecorationRole:
            key = WARNING if entry.polarity == WARNING and entry.kind == SIGNAL else entry.kind
            if key not in self._icons:
                self._icons[key] = _dot(_COLORS[key])
            return self._icons[key]
        if role == TimelineRole.ROW:
            return entry
        return None


class TimelineWidget(QWidget):
    """The relationship's history, newest first unless "Oldest first" is ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start empty."""
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []
        self.model = _TimelineListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(3)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setAccessibleName(self.tr("History"))
        self.oldest_first_check = QCheckBox(self.tr("Oldest first"))
        self.oldest_first_check.setToolTip(self.tr("Read the story from the beginning"))
        self.oldest_first_check.toggled.connect(self._show)
        self.empty_label = QLabel(self.tr("Nothing recorded yet."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.oldest_first_check, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        self._show()

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        """Show these entries (in any order: the widget sorts them)."""
        self._entries = sorted(entries, key=TimelineEntry.sort_key)
        self._show()

    def _show(self) -> None:
        oldest_first = self.oldest_first_check.isChecked()
        entries = self._entries if oldest_first else list(reversed(self._entries))
        self.model.set_entries(entries)
        self.empty_label.setVisible(not entries)
        self.view.setVisible(bool(entries))

    def shown_entries(self) -> list[TimelineEntry]:
        """Return the entries in the order shown, top to bottom."""
        # data() is typed object (Qt's signature); the ROW role holds the TimelineEntry.
        return [self.model.data(self.model.index(row), TimelineRole.ROW)  # type: ignore[misc]
                for row in range(self.model.rowCount())]
