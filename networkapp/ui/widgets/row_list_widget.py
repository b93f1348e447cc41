"""Rows of one multi-valued field, added and removed by the user: the shared mechanism
of the e-mail/phone/web rows and the address rows.

A row is an :class:`EditRow` (its editors in Tab order, the one that takes the cursor,
and a remove button); :class:`RowListWidget` keeps them in a column above an "add"
button, keeps the Tab chain in order, and moves the keyboard sensibly on remove.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QToolButton, QVBoxLayout, QWidget

from networkapp.ui.actions import icon


def place_in_tab_order(container: QWidget, widgets: list[QWidget]) -> None:
    """Put ``widgets`` in the Tab chain where ``container`` is, in this order.

    A row made after the window is built would otherwise come last in the window's
    Tab chain. Qt places a widget after a focusable one only, so they follow the
    focusable widget before ``container``.
    """
    previous = container.previousInFocusChain()
    window = container.window()
    while previous is not None and previous is not window and (
            container.isAncestorOf(previous)
            or not previous.focusPolicy() & Qt.FocusPolicy.TabFocus):
        previous = previous.previousInFocusChain()
    if previous is None:
        return
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget


class EditRow(QFrame):
    """One row: subclasses make ``remove`` and say which editors they have."""

    remove: QToolButton

    def editors(self) -> list[QWidget]:
        """The row's widgets in Tab order (its remove button last)."""
        raise NotImplementedError

    def first_editor(self) -> QWidget:
        """Where the cursor goes when the row is added or its neighbour removed."""
        raise NotImplementedError

    def watch(self, slot: Callable[..., None]) -> None:
        """Call ``slot`` whenever the user changes anything in the row."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """Let the row be looked at but not changed."""
        raise NotImplementedError


RowT = TypeVar("RowT", bound=EditRow)
ItemT = TypeVar("ItemT")


class RowListWidget(QWidget, Generic[RowT, ItemT]):
    """Rows of ``ItemT`` values, each shown by a ``RowT``.

    Signals:
        changed(): a row was typed in, added or removed.
    """

    changed = Signal()

    def __init__(self, add_text: str, make_row: Callable[[ItemT], RowT], blank: ItemT,
                 parent: QWidget | None = None) -> None:
        """``make_row`` builds a row for a value; the add button adds one for ``blank``."""
        super().__init__(parent)
        self._make_row = make_row
        self._blank = blank
        self._rows: list[RowT] = []
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(icon("list-add"), add_text, flat=True)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._column)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _show_items(self, items: Sequence[ItemT]) -> None:
        """Show exactly these values, one row each."""
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        for item in items:
            self._add(item)
        self._fix_tab_order()

    def set_read_only(self, read_only: bool) -> None:
        """Let the rows be looked at but not changed."""
        for row in self._rows:
            row.set_read_only(read_only)
            row.remove.setVisible(not read_only)
        self.add_button.setVisible(not read_only)

    def _add(self, item: ItemT) -> RowT:
        row = self._make_row(item)
        row.watch(self._on_row_edited)
        row.remove.clicked.connect(lambda: self._remove(row))
        self._column.addWidget(row)
        row.show()  # a child added to a shown widget stays hidden until shown
        self._rows.append(row)
        return row

    def _on_row_edited(self, *_text: object) -> None:
        self.changed.emit()

    def _fix_tab_order(self) -> None:
        place_in_tab_order(self, [w for row in self._rows for w in row.editors()])

    def _remove(self, row: RowT) -> None:
        index = self._rows.index(row)
        self._rows.remove(row)
        row.hide()
        row.deleteLater()
        # Keep the keyboard in the rows: the next row, else the previous, else "add".
        following = (self._rows[min(index, len(self._rows) - 1)].first_editor()
                     if self._rows else None)
        (following or self.add_button).setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _on_add_button_clicked(self) -> None:
        row = self._add(self._blank)
        self._fix_tab_order()
        row.first_editor().setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()
