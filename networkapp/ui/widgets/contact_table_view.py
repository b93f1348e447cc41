"""The contact table's view: row selection, the column order, a Name column that takes
the spare width, and a hint in place of rows when there are none.

The Today view shows two more columns, what to do and a button that does it
(:attr:`ContactTableView.action_requested`), and lists the most urgent first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from networkapp.ui.item_models.contact_table_model import (
    TODAY_COLUMNS,
    ContactColumn,
    ContactRole,
    ContactTableModel,
)
from networkapp.ui.reason_text import ICON_SIZE, action_text, warnings_cell
from networkapp.ui.widgets.action_button_delegate import ActionButtonDelegate

# Left to right: the problem columns (Reason, Balance, Warnings) next to the name, so a
# narrow window keeps them in sight.
# Today: the action's button before its words, so a narrow window keeps it in sight.
_COLUMN_ORDER = (ContactColumn.NAME, ContactColumn.REASON, ContactColumn.ACTION,
                 ContactColumn.TO_DO, ContactColumn.BALANCE, ContactColumn.WARNINGS,
                 ContactColumn.ORGANIZATION, ContactColumn.LAST_INTERACTION,
                 ContactColumn.STATUS)
# Hidden in the Today view, where what to do and its button take their room.
_NOT_TODAY = (ContactColumn.ORGANIZATION, ContactColumn.BALANCE, ContactColumn.WARNINGS,
              ContactColumn.STATUS)
_NAME_MIN_CHARS = 16  # the Name column takes the spare width, never less than this


class ContactTableView(QTableView):
    """Show a :class:`ContactTableModel`, whole rows selected, sortable by header clicks.

    Signals:
        action_requested(int, str): the Today view's button of a row was clicked: the
            contact id and the kind of the reason it deals with.
    """

    action_requested = Signal(int, str)

    def __init__(self, model: ContactTableModel) -> None:
        """Show ``model``; the columns are sized for the font, not in pixels."""
        super().__init__()
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setSortingEnabled(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        for visual, column in enumerate(_COLUMN_ORDER):
            header.moveSection(header.visualIndex(column), visual)
        self._size_columns(model)
        self._model = model
        self.empty_label = QLabel(self.viewport(), alignment=Qt.AlignmentFlag.AlignCenter,
                                  wordWrap=True)
        self.empty_label.setEnabled(False)
        self.empty_label.hide()
        self.viewport().installEventFilter(self)  # the Name column follows the width
        self._buttons = ActionButtonDelegate(self)
        self.setItemDelegateForColumn(ContactColumn.ACTION, self._buttons)
        self._buttons.clicked.connect(self._on_buttons_clicked)
        self._show_today_columns(model.query.view == "today")

    def set_view(self, view: str) -> None:
        """Show a view; Today adds what to do and its button, most urgent first."""
        today = view == "today"
        self._show_today_columns(today)
        if today:  # sorting shows the view too (one reset)
            self._model.set_view_quietly(view)
            self.sortByColumn(ContactColumn.REASON, Qt.SortOrder.DescendingOrder)
        else:
            self._model.set_view(view)

    def _show_today_columns(self, shown: bool) -> None:
        """Today: what to do and its button in place of the list's other columns."""
        for column in TODAY_COLUMNS:
            self.setColumnHidden(column, not shown)
        for column in _NOT_TODAY:
            self.setColumnHidden(column, shown)
        self.fit_name_column()

    def _on_buttons_clicked(self, row: int) -> None:
        kind = self._model.index(row, ContactColumn.ACTION).data(ContactRole.TO_DO_KIND)
        if kind:
            self.action_requested.emit(self._model.contact_id(row), str(kind))
    def _size_columns(self, model: ContactTableModel) -> None:
        metrics = self.fontMetrics()
        samples = {ContactColumn.ORGANIZATION: "Studio Aperto SRL",
                   ContactColumn.BALANCE: "12 / 12",
                   ContactColumn.WARNINGS: warnings_cell(12, 20),
                   ContactColumn.LAST_INTERACTION: "28 Sep 2026",
                   ContactColumn.STATUS: self.tr("Clarifying")}
        for column, sample in samples.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            self.setColumnWidth(column, width + 30)  # margins and the sort arrow
        title = str(model.headerData(ContactColumn.REASON, Qt.Orientation.Horizontal))
        icons = 3 * (ICON_SIZE + 2)  # three reasons in sight; the tooltip names them all
        self.setColumnWidth(ContactColumn.REASON,
                            max(icons, metrics.horizontalAdvance(title)) + 30)
        self.setColumnWidth(ContactColumn.TO_DO, metrics.horizontalAdvance(
            "Keep-in-touch overdue by 120 days") + 20)
        self.setColumnWidth(ContactColumn.ACTION, max(
            metrics.horizontalAdvance(action_text(kind)) for kind in
            ("threshold", "unfinished_clarification", "overdue")) + 40)

    def fit_name_column(self) -> None:
        """Give the Name column the width the other columns leave (never too little).

        When not every column fits, Name fills up to the edge after Warnings, so that the
        columns beyond start at the edge (reached by scrolling) instead of showing cut.
        """
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ContactColumn.NAME, QHeaderView.ResizeMode.Interactive)
        shown = [c for c in ContactColumn if c != ContactColumn.NAME
                 and not header.isSectionHidden(c)]
        in_sight = [c for c in shown if header.visualIndex(c)
                    <= header.visualIndex(ContactColumn.WARNINGS)]
        least = self.fontMetrics().averageCharWidth() * _NAME_MIN_CHARS + 30
        width = self.viewport().width()
        name = width - sum(header.sectionSize(c) for c in shown)
        if name < least:
            name = width - sum(header.sectionSize(c) for c in in_sight)
        header.resizeSection(ContactColumn.NAME, max(least, name))

    def update_empty_hint(self) -> None:
        """Show what an empty list means in this view (or nothing when rows show)."""
        empty = self._model.rowCount() == 0
        self.empty_label.setVisible(empty)
        if not empty:
            return
        query = self._model.query
        if query.search.strip():
            text = self.tr("No contact matches “%1”.\nTry fewer letters, or another view.")
            text = text.replace("%1", query.search.strip())
        elif query.view == "archived":
            text = self.tr("No archived contact.\nArchived contacts stay here as plain "
                           "entries, with their history.")
        elif query.view == "attention":
            text = self.tr("Nothing needs your attention.\nOne-sided relationships, open "
                           "warnings and overdue contacts show up here.")
        elif query.view == "today":
            text = self.tr("Nothing to do today: every relationship is in good shape.")
        else:
            text = self.tr("No contacts yet.\nPress Ctrl+N to add your first contact.")
        self.empty_label.setText(text)
        self.empty_label.setGeometry(self.viewport().rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit the Name column and recentre the hint when the viewport changes size."""
        if event.type() == QEvent.Type.Resize and watched is self.viewport():
            self.fit_name_column()
            self.empty_label.setGeometry(self.viewport().rect())
        return super().eventFilter(watched, event)
