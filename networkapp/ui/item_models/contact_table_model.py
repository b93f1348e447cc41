"""The contact list as a table model over the in-memory contact list.

Rows are positions into :class:`~networkapp.services.listing.ContactList`
(parallel lists of raw tuples): ``data()`` only formats values already in
memory. Views, search and sorting ask the list for a new list of positions: the
same rules as everything else that lists contacts.
Avatars: a photo is loaded only for rows the view paints, in one batched query
after the paint, and cached; contacts without a photo get initials.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPixmap

from networkapp.services.balance import balance_label
from networkapp.services.listing import (
    ContactList,
    ContactQuery,
    Row,
    load_photos,
    row_from_tuple,
)
from networkapp.services.reasons import Reason, today_reasons
from networkapp.services.vocabulary import CLARIFYING, STATUS_LABELS
from networkapp.translation import format_number, short_date_format, tr
from networkapp.ui.item_models.avatars import initials_avatar, photo_avatar
from networkapp.ui.reason_text import (
    action_text,
    reason_text,
    reasons_pixmap,
    reasons_text,
    warnings_cell,
    warnings_text,
)

AnyIndex = QModelIndex | QPersistentModelIndex
AVATAR_SIZE = 22
_PHOTO_CACHE_SIZE = 400


class ContactColumn(IntEnum):
    """The table's columns."""

    NAME = 0
    ORGANIZATION = 1
    STATUS = 2
    LAST_INTERACTION = 3
    BALANCE = 4
    WARNINGS = 5
    REASON = 6
    TO_DO = 7  # the Today view only: what to do now, in words
    ACTION = 8  # the Today view only: the button that does it


TODAY_COLUMNS = (ContactColumn.TO_DO, ContactColumn.ACTION)


class ContactRole(IntEnum):
    """Extra roles: the contact id and the whole row as a ``ContactRow``."""

    ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2
    TO_DO_KIND = Qt.ItemDataRole.UserRole + 3  # the most urgent reason's kind (Today)


SORT_KEYS = {
    ContactColumn.NAME: "name",
    ContactColumn.ORGANIZATION: "organization",
    ContactColumn.STATUS: "status",
    ContactColumn.LAST_INTERACTION: "last_interaction",
    ContactColumn.BALANCE: "balance",
    ContactColumn.WARNINGS: "open_warnings",
    ContactColumn.REASON: "reasons",
    ContactColumn.TO_DO: "reasons",
    ContactColumn.ACTION: "reasons",
}
# Problem columns: their first click sorts worst first.
WORST_FIRST = (ContactColumn.BALANCE, ContactColumn.WARNINGS, ContactColumn.REASON,
               ContactColumn.TO_DO, ContactColumn.ACTION)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_REASON_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                 Qt.ItemDataRole.AccessibleTextRole)


class ContactTableModel(QAbstractTableModel):
    """Every contact of the current view, sorted and filtered in memory."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start empty; call :meth:`reload` once a database is open."""
        super().__init__(parent)
        self._contacts = ContactList()
        self._positions: list[int] = []
        self._rows_by_position: dict[int, int] | None = None
        self._query = ContactQuery()
        self._threshold = 3
        # The day the reasons are judged on (overdue days, birthdays): a test fixes it.
        self.clock: Callable[[], dt.date] = dt.date.today
        self._today = self.clock()
        self._photos: OrderedDict[int, QPixmap] = OrderedDict()
        self._reason_pixmaps: dict[tuple[str, ...], QPixmap] = {}
        self._wanted_photos: set[int] = set()
        self._photo_timer = QTimer(self, singleShot=True, interval=0)
        self._photo_timer.timeout.connect(self._load_wanted_photos)

    # -- what is shown ------------------------------------------------------------

    @property
    def query(self) -> ContactQuery:
        """The view, search and sort shown."""
        return self._query

    def reload(self) -> None:
        """Read every contact again (after opening a file or a change of unknown size)."""
        # The reset begins before the index changes: views may still read old rows.
        self.beginResetModel()
        self._contacts = ContactList.load()
        self._threshold = self._contacts.threshold
        self._photos.clear()
        self._select(self._query)
        self.endResetModel()

    def refresh_contacts(self, contact_ids: list[int]) -> None:
        """Re-read the given contacts (empty list: everything) and show the result."""
        if not contact_ids:
            self.reload()
            return
        self.beginResetModel()
        self._contacts.refresh(contact_ids)
        for cid in contact_ids:
            self._photos.pop(cid, None)
        self._select(self._query)
        self.endResetModel()

    def set_view(self, view: str) -> None:
        """Show ``active``, ``attention`` or ``archived``."""
        self._apply(ContactQuery(view, self._query.search, self._query.sort,
                                 self._query.descending))

    def set_view_quietly(self, view: str) -> None:
        """Choose the view without showing it yet (a sort that follows shows it)."""
        self._query = ContactQuery(view, self._query.search, self._query.sort,
                                   self._query.descending)

    def counts(self) -> dict[str, int]:
        """Return every count people read (listing.view_counts): active, clarifying,
        today, attention, archived."""
        return self._contacts.counts(self._today)

    def set_search(self, text: str) -> None:
        """Show only the contacts matching ``text``."""
        self._apply(ContactQuery(self._query.view, text, self._query.sort,
                                 self._query.descending))

    def set_threshold(self, threshold: int) -> None:
        """Colour open warnings and judge the reasons against this threshold."""
        if threshold == self._threshold == self._contacts.threshold:
            return
        self._threshold = threshold
        self._contacts.set_threshold(threshold)  # who is listed stays, their reasons change
        if self._query.sort == "reasons":
            self._apply(self._query)
            return
        self._emit_column_changed(ContactColumn.WARNINGS)
        self._emit_column_changed(ContactColumn.REASON)

    def reasons(self, row: int) -> tuple[Reason, ...]:
        """Return why the contact shown at ``row`` needs attention (most urgent first)."""
        return self._contacts.reasons(self._positions[row], self._today)

    @property
    def threshold(self) -> int:
        """The threshold the reasons are judged against."""
        return self._threshold

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on a column (Qt calls this from the header)."""
        known = 0 <= column < len(ContactColumn)
        key = SORT_KEYS.get(ContactColumn(column), "name") if known else "name"
        descending = order == Qt.SortOrder.DescendingOrder
        self._apply(ContactQuery(self._query.view, self._query.search, key, descending))

    def count(self, view: str) -> int:
        """Return how many contacts a view holds (whatever the search)."""
        return self._contacts.count(view, self._today)

    def prepare_search(self) -> None:
        """Read the search texts now (call when idle) so the first keystroke is fast."""
        self._contacts.prepare_search()

    def _apply(self, query: ContactQuery) -> None:
        self.beginResetModel()
        self._select(query)
        self.endResetModel()

    def _select(self, query: ContactQuery) -> None:
        self._query = query
        self._today = self.clock()
        self._positions = self._contacts.select(query, self._today)
        self._rows_by_position = None

    # -- ids and rows -------------------------------------------------------------

    def contact_id(self, row: int) -> int:
        """Return the id of the contact shown at ``row``."""
        return int(self._contacts.row(self._positions[row])[0])

    def row_of(self, contact_id: int) -> int | None:
        """Return the row showing ``contact_id``, or None when it is not shown."""
        position = self._contacts.position_of(contact_id)
        if position is None:
            return None
        if self._rows_by_position is None:
            self._rows_by_position = {p: r for r, p in enumerate(self._positions)}
        return self._rows_by_position.get(position)

    # -- Qt model interface -------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows shown (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._positions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Columns shown."""
        return 0 if parent.isValid() else len(ContactColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(ContactColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section <= ContactColumn.LAST_INTERACTION else _CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(section)
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return (Qt.SortOrder.DescendingOrder if section in WORST_FIRST
                    else Qt.SortOrder.AscendingOrder)
        return None

    def _header_tooltip(self, section: int) -> str | None:
        if section == ContactColumn.BALANCE:
            return self.tr("Exchanges: what I gave / what I received")
        if section == ContactColumn.WARNINGS:
            return self.tr("Open warnings (and their weight, where it differs)")
        if section == ContactColumn.REASON:
            return self.tr("Why the contact needs attention")
        return None

    def _titles(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Organization"), self.tr("Status"),
                self.tr("Last interaction"), self.tr("Balance"), self.tr("Warnings"),
                self.tr("Reason"), self.tr("To do"), self.tr("Action"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911
        """Format one cell from the row already in memory."""
        if not index.isValid() or not 0 <= index.row() < len(self._positions):
            return None
        raw = self._contacts.row(self._positions[index.row()])
        column = index.column()
        if column in TODAY_COLUMNS:
            return self._today_data(index.row(), column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(raw, column)
        if role == Qt.ItemDataRole.DecorationRole and column == ContactColumn.NAME:
            return self._avatar(raw)
        if column == ContactColumn.REASON and role in _REASON_ROLES:
            return self._reason_data(index.row(), role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER if column >= ContactColumn.BALANCE else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column == ContactColumn.WARNINGS:
            return self._warning_colour(raw[6])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(raw, column)
        if role == ContactRole.ID:
            return raw[0]
        if role == ContactRole.ROW:
            return row_from_tuple(raw)
        return None

    def _display(self, raw: Row, column: int) -> str | None:  # noqa: PLR0911
        if column == ContactColumn.NAME:
            return raw[1] or self.tr("(no name)")
        if column == ContactColumn.ORGANIZATION:
            return str(raw[2])
        if column == ContactColumn.STATUS:
            status = str(raw[3])
            return tr(STATUS_LABELS.get(status, status))
        if column == ContactColumn.LAST_INTERACTION:
            return _short_date(raw[7])
        if column == ContactColumn.BALANCE:
            return f"{raw[4]} / {raw[5]}" if raw[4] or raw[5] else "–"
        if column == ContactColumn.WARNINGS:
            return warnings_cell(raw[12], raw[6])
        return None

    def _tooltip(self, raw: Row, column: int) -> str | None:
        if column == ContactColumn.BALANCE:
            return self.tr("I gave %1, I received %2: %3").replace("%1", str(raw[4])).replace(
                "%2", str(raw[5])).replace("%3", tr(balance_label(raw[4], raw[5])))
        if column == ContactColumn.WARNINGS and raw[12]:
            return self.tr("%1 (threshold %2)").replace(
                "%1", warnings_text(raw[12], raw[6])).replace(
                "%2", format_number(self._threshold))
        return None

    def _reason_data(self, row: int, role: int) -> Any:
        found = self.reasons(row)
        if not found:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            kinds = tuple(reason.kind for reason in found)
            pixmap = self._reason_pixmaps.get(kinds)
            if pixmap is None:
                pixmap = self._reason_pixmaps[kinds] = reasons_pixmap(kinds)
            return pixmap
        return reasons_text(found, self._threshold)  # tooltip and accessible text

    def _today_data(self, row: int, column: int, role: int) -> Any:
        """What to do now (the most urgent reason of the Today view) and its action."""
        found = today_reasons(self.reasons(row))
        if not found:
            return None
        first = found[0]
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if role == ContactRole.TO_DO_KIND:
            value: Any = first.kind
        elif column == ContactColumn.TO_DO and role in shown:
            value = reason_text(first, self._threshold)
        elif column == ContactColumn.TO_DO and role == Qt.ItemDataRole.ToolTipRole:
            value = reasons_text(found, self._threshold)  # every reason to act today
        elif column == ContactColumn.ACTION and role in shown:
            raw = self._contacts.row(self._positions[row])
            value = action_text(first.kind, resume=raw[3] == CLARIFYING)
        else:
            value = None
        return value

    def _warning_colour(self, weight: int) -> QColor | None:
        if weight <= 0:
            return None
        return QColor("#c0392b") if weight >= self._threshold else QColor("#b9770e")

    # -- avatars ------------------------------------------------------------------

    def _avatar(self, raw: Row) -> QPixmap:
        if raw[9]:
            pixmap = self._photos.get(raw[0])
            if pixmap is not None:
                self._photos.move_to_end(raw[0])
                return pixmap
            self._wanted_photos.add(raw[0])
            self._photo_timer.start()
        return initials_avatar(raw[1] or "?", AVATAR_SIZE)

    def _load_wanted_photos(self) -> None:
        wanted, self._wanted_photos = self._wanted_photos, set()
        for cid, data in load_photos(wanted).items():
            position = self._contacts.position_of(cid)
            name = self._contacts.row(position)[1] if position is not None else ""
            self._photos[cid] = photo_avatar(data, AVATAR_SIZE, name)
            row = self.row_of(cid)
            while len(self._photos) > _PHOTO_CACHE_SIZE:
                self._photos.popitem(last=False)
            if row is not None:
                cell = self.index(row, ContactColumn.NAME)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DecorationRole])

    def _emit_column_changed(self, column: int) -> None:
        if self._positions:
            self.dataChanged.emit(self.index(0, column),
                                  self.index(len(self._positions) - 1, column))


def _short_date(value: object) -> str:
    if value is None:
        return ""
    text = str(value)[:10]
    date = QDate.fromString(text, "yyyy-MM-dd")
    return QLocale().toString(date, short_date_format()) if date.isValid() else text
