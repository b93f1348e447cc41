"""Remember and restore how the main window was left: geometry, splitter, columns,
sort, view and detail tab (through the typed :class:`~networkapp.ui.settings.UiSettings`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer

if TYPE_CHECKING:
    from networkapp.ui.main_window import MainWindow

_DEFAULT_SIZE = (1280, 800)
_LIST_SHARE = 11 / 20  # of the width, for the contact list, the rest for the detail


def restore_window_state(window: MainWindow) -> None:
    """Put the window back as it was left (or in its default layout the first time)."""
    s = window.settings
    if (geometry := s.geometry()) is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(*_DEFAULT_SIZE)
    if (splitter := s.splitter()) is not None:
        window.splitter.restoreState(splitter)
    else:  # once the window has its size
        QTimer.singleShot(0, lambda: _default_splitter(window))
    if (header := s.header()) is not None:
        window.table.horizontalHeader().restoreState(header)
    column, descending = s.sort()
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    window.table.sortByColumn(column, order)
    window.view_bar.set_view(s.view())
    window.table.set_view(window.view_bar.view)
    window.detail.tabs.setCurrentIndex(s.detail_tab())
    window.table.setFocus(Qt.FocusReason.OtherFocusReason)


def _default_splitter(window: MainWindow) -> None:
    width = window.splitter.width()
    list_width = int(width * _LIST_SHARE)
    window.splitter.setSizes([list_width, width - list_width])


def save_window_state(window: MainWindow) -> None:
    """Remember geometry, splitter, columns, sort, view and tab."""
    s = window.settings
    s.set_geometry(window.saveGeometry())
    s.set_splitter(window.splitter.saveState())
    header = window.table.horizontalHeader()
    s.set_header(header.saveState())
    s.set_sort(header.sortIndicatorSection(),
               header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
    s.set_view(window.view_bar.view)
    s.set_detail_tab(window.detail.tabs.currentIndex())
    s.sync()
