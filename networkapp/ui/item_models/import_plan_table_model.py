"""The cards of an import preview, one row each: where, name, fate, details.

Rows are the plan's frozen :class:`CardFate` values; nothing is computed while
painting beyond formatting one row, so 50,000 rows scroll like 50. A row the user
may leave out (a capture's new contact: its ``choice``) has a box in the Fate
column; :meth:`ImportPlanTableModel.chosen` gives the ticked ones.
"""

from __future__ import annotations

import enum
import html
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from networkapp.services.importing import (
    LOG,
    MERGE,
    NEW,
    REJECTED,
    SKIPPED,
    UNCHANGED,
    CardFate,
)
from networkapp.translation import say

Index = QModelIndex | QPersistentModelIndex
_COLOURS = {NEW: "#1b7f3b", MERGE: "#1f5fa8", REJECTED: "#b3261e", SKIPPED: "#7a5b00",
            LOG: "#1b7f3b"}


class ImportColumn(enum.IntEnum):
    """The columns of the preview table."""

    WHERE = 0
    NAME = 1
    FATE = 2
    DETAILS = 3


class ImportRole(enum.IntEnum):
    """Custom roles: ``ROW`` gives the :class:`CardFate` itself."""

    ROW = Qt.ItemDataRole.UserRole + 1


class ImportPlanTableModel(QAbstractTableModel):
    """Read-only table over a tuple of :class:`CardFate`."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start empty; :meth:`set_entries` fills it."""
        super().__init__(parent)
        self._rows: tuple[CardFate, ...] = ()
        self._chosen: set[str] = set()
        self._merge_into: dict[tuple[str, int], int] = {}
        self._headers = (self.tr("File:line"), self.tr("Name"), self.tr("Fate"),
                         self.tr("Details"))

    def set_entries(self, entries: tuple[CardFate, ...], *, ticked: bool = False) -> None:
        """Show these cards; the boxes of optional ones start ``ticked`` or not."""
        self.beginResetModel()
        self._rows = entries
        self._chosen = {e.choice for e in entries if e.choice} if ticked else set()
        self.endResetModel()

    def chosen(self) -> set[str]:
        """The ``choice`` keys of the ticked rows."""
        return set(self._chosen)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows are selectable; an optional row's Fate cell can be ticked."""
        flags = super().flags(index)
        if index.isValid() and index.column() == ImportColumn.FATE and \
                self._rows[index.row()].choice:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick an optional row."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        choice = self._rows[index.row()].choice
        if not choice or index.column() != ImportColumn.FATE:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(str(value)))
        if state == Qt.CheckState.Checked:
            self._chosen.add(choice)
        else:
            self._chosen.discard(choice)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_merge_into(self, places: dict[tuple[str, int], int]) -> None:
        """Show these new cards as merged into their look-alike instead."""
        self._merge_into = dict(places)
        if self._rows:
            self.dataChanged.emit(self.index(0, ImportColumn.FATE),
                                  self.index(len(self._rows) - 1, ImportColumn.DETAILS))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of cards."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(ImportColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles."""
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, colour and tooltip of one cell; the CardFate under ``ImportRole.ROW``."""
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = ImportColumn(index.column())
        if role == ImportRole.ROW:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        return self._fate_data(entry, role) if column == ImportColumn.FATE else None

    def _fate_data(self, entry: CardFate, role: int) -> object:
        """The Fate cell's box (an optional row) and colour."""
        if role == Qt.ItemDataRole.CheckStateRole and entry.choice:
            return (Qt.CheckState.Checked if entry.choice in self._chosen
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = _COLOURS.get(entry.fate)
            return QBrush(QColor(colour)) if colour else None
        return None

    def fate_text(self, entry: CardFate) -> str:
        """Return the fate as the preview says it ("merge with Ada Rossi")."""
        if entry.fate == NEW:
            return self._new_text(entry)
        if entry.fate == LOG:
            return self.tr("log with %1").replace("%1", entry.target_name)
        if entry.fate == MERGE:
            return self.tr("merge with %1").replace("%1", entry.target_name)
        if entry.fate == UNCHANGED:
            return self.tr("unchanged (already there)") if not entry.target_name else \
                self.tr("unchanged (as %1)").replace("%1", entry.target_name)
        if entry.fate == SKIPPED:
            return self.tr("skipped")
        return self.tr("rejected")

    def _new_text(self, entry: CardFate) -> str:
        """A new card: new, new but like a stored contact, or merged into it instead."""
        if entry.place in self._merge_into:
            return self.tr("merge into %1 instead").replace("%1", entry.look_alike_name)
        if entry.look_alike is not None:
            return self.tr("new (looks like %1)").replace("%1", entry.look_alike_name)
        return self.tr("create") if entry.choice else self.tr("new")

    def _text(self, entry: CardFate, column: ImportColumn) -> str:
        if column == ImportColumn.WHERE:  # line 0: about the whole file
            return f"{Path(entry.file).name}:{entry.line}" if entry.line else \
                Path(entry.file).name
        if column == ImportColumn.NAME:
            return entry.name
        if column == ImportColumn.FATE:
            return self.fate_text(entry)
        parts = [self._reason(entry)] if entry.reason else []
        parts += [self.look_alike_text(entry)] if entry.look_alike is not None else []
        parts += entry.conflicts
        parts += entry.warnings
        return " · ".join(parts)

    @staticmethod
    def _reason(entry: CardFate) -> str:
        """The reason in the reader's language (a capture's phrase), else as given."""
        return say(entry.phrase) if entry.phrase is not None else entry.reason

    def look_alike_text(self, entry: CardFate) -> str:
        """Why a new card looks like a stored contact ("looks like Mario Rossi: same
        phone +39…")."""
        assert entry.look_alike is not None
        reasons = say(entry.look_alike.phrases())
        return self.tr("looks like %1: %2").replace("%1", entry.look_alike_name) \
            .replace("%2", reasons)

    def _tooltip(self, entry: CardFate) -> str:
        lines = [entry.where, self.fate_text(entry)]
        lines += [self._reason(entry)] if entry.reason else []
        lines += [self.look_alike_text(entry)] if entry.look_alike is not None else []
        lines += entry.conflicts
        lines += entry.warnings
        # Escaped and wrapped as rich text: a card's text is never read as markup.
        text = html.escape("\n".join(lines[:40]))
        return f"<p style='white-space:pre-wrap'>{text}</p>"
