"""A push button painted in a table cell (the Today view's action per row).

The button's text is the cell's DisplayRole; a click on it (press and release on the
same cell) emits :attr:`ActionButtonDelegate.clicked` with the row. No widget per row:
the table stays as fast with 10,000 rows as with 10.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class ActionButtonDelegate(QStyledItemDelegate):
    """Paint the cell's text as a button; report clicks on it.

    Signals:
        clicked(int): the button of this row was clicked.
    """

    clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        """A delegate without a pressed button."""
        super().__init__(parent)
        self._pressed: int | None = None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Paint the row's background, then the button (nothing without a text)."""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter,
                          option.widget)
        if not text:
            return
        button = QStyleOptionButton()
        button.rect = option.rect.adjusted(3, 2, -3, -2)
        button.text = str(text)
        button.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_Sunken if self._pressed == index.row()
            else QStyle.StateFlag.State_Raised)
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,  # noqa: N802 (Qt)
                    option: QStyleOptionViewItem, index: AnyIndex) -> bool:
        """Press and release on the button's cell is a click."""
        if not isinstance(event, QMouseEvent) or not index.data(Qt.ItemDataRole.DisplayRole):
            return super().editorEvent(event, model, option, index)
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if event.type() == QEvent.Type.MouseButtonPress:
            self._pressed = index.row()
            return False  # the press also selects the row, as elsewhere in the table
        if event.type() == QEvent.Type.MouseButtonRelease:
            pressed, self._pressed = self._pressed, None
            if pressed == index.row() and option.rect.contains(event.position().toPoint()):
                self.clicked.emit(index.row())
                return True
        return False
