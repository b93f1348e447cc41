"""Typed rows of a multi-valued field (e-mails, phones, web addresses): a label and a value.

Each row has a label box offering the usual labels (home, work, mobile, other)
and the row's own label as it came (an Apple ``X-ABLabel``, "work fax"...: kept
exactly as it is unless the user picks another), a one-line value, and a
remove button; a button under the rows adds one and puts the cursor in it.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.dto import LabeledValue
from networkapp.ui.actions import icon

# The labels each kind of row offers, stored as written here and shown translated.
LABELS = {
    "email": ("home", "work", "other"),
    "phone": ("mobile", "home", "work", "other"),
    "url": ("home", "work", "other"),
    "address": ("home", "work", "other"),
}


def translate_label(label: str) -> str:
    """Return a stored label as shown (the usual ones translated, the card's own as is)."""
    return QCoreApplication.translate("Labels", label) if label else label


def label_box(kind: str, label: str) -> QComboBox:
    """Return an editable box offering the usual labels of ``kind`` and ``label`` itself."""
    box = QComboBox(editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(11)
    for known in LABELS[kind]:
        box.addItem(translate_label(known), known)
    if label and label not in LABELS[kind]:
        box.addItem(label, label)
    index = box.findData(label)
    box.setCurrentIndex(index)
    if index < 0:  # no label: an empty box, as stored
        box.setEditText("")
    line = box.lineEdit()
    if line is not None:  # always, the box being editable
        line.setPlaceholderText(QCoreApplication.translate("Labels", "label"))
    box.setToolTip(QCoreApplication.translate("Labels", "Label: pick one or type your own"))
    return box


def box_label(box: QComboBox) -> str:
    """Return the label a :func:`label_box` holds, as it is stored."""
    text = box.currentText().strip()
    index = box.findText(text, Qt.MatchFlag.MatchExactly)
    return str(box.itemData(index)) if index >= 0 else text


@functools.cache
def cached_icon(name: str) -> QIcon:
    """Return an icon read once (rows are made by the dozen)."""
    return icon(name)


def remove_button(tooltip: str) -> QToolButton:
    """Return the small button that removes a row."""
    button = QToolButton(autoRaise=True)
    button.setIcon(cached_icon("list-remove"))
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a Tab stop: remove by keyboard too
    button.setToolTip(tooltip)
    button.setAccessibleName(tooltip)
    return button


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


class _Row(QWidget):
    """One label and value, with its remove button."""

    def __init__(self, kind: str, item: LabeledValue, placeholder: str) -> None:
        super().__init__()
        self.label = label_box(kind, item.label)
        self.value = QLineEdit(item.value, placeholderText=placeholder)
        self.remove = remove_button(QCoreApplication.translate("Labels", "Remove"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.remove)

    def item(self) -> LabeledValue:
        return LabeledValue(self.value.text(), box_label(self.label))


class LabeledRowsWidget(QWidget):
    """Edit a tuple of :class:`LabeledValue` as rows.

    Signals:
        changed(): a row was typed in, added or removed.
    """

    changed = Signal()

    def __init__(self, kind: str, add_text: str, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        """Rows of ``kind`` ("email", "phone", "url"); ``add_text`` names the add button."""
        super().__init__(parent)
        self._kind = kind
        self._placeholder = placeholder
        self._rows: list[_Row] = []
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(icon("list-add"), add_text, flat=True)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._column)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    @property
    def rows(self) -> list[QLineEdit]:
        """The value fields, top to bottom."""
        return [row.value for row in self._rows]

    def row_labels(self) -> list[QComboBox]:
        """The label boxes, top to bottom."""
        return [row.label for row in self._rows]

    def remove_buttons(self) -> list[QToolButton]:
        """The remove buttons, top to bottom."""
        return [row.remove for row in self._rows]

    def set_values(self, values: tuple[LabeledValue, ...]) -> None:
        """Show exactly these rows."""
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        for item in values:
            self._add(item)
        self._fix_tab_order()

    def values(self) -> tuple[LabeledValue, ...]:
        """Return the rows as typed (empty ones too: the service leaves them out)."""
        return tuple(row.item() for row in self._rows)

    def set_read_only(self, read_only: bool) -> None:
        """Let the rows be looked at but not changed."""
        for row in self._rows:
            row.value.setReadOnly(read_only)
            row.label.setEnabled(not read_only)
            row.remove.setVisible(not read_only)
        self.add_button.setVisible(not read_only)

    def _add(self, item: LabeledValue) -> _Row:
        row = _Row(self._kind, item, self._placeholder)
        row.value.textChanged.connect(self.changed)
        row.label.currentTextChanged.connect(self.changed)
        row.remove.clicked.connect(lambda: self._remove(row))
        self._column.addWidget(row)
        row.show()  # a child added to a shown widget stays hidden until shown
        self._rows.append(row)
        return row

    def _fix_tab_order(self) -> None:
        place_in_tab_order(self, [w for row in self._rows
                                  for w in (row.label, row.value, row.remove)])

    def _remove(self, row: _Row) -> None:
        index = self._rows.index(row)
        self._rows.remove(row)
        row.hide()
        row.deleteLater()
        # Keep the keyboard in the rows: the next row, else the previous, else "add".
        following = self._rows[min(index, len(self._rows) - 1)].value if self._rows else None
        (following or self.add_button).setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _on_add_button_clicked(self) -> None:
        row = self._add(LabeledValue("", LABELS[self._kind][0]))
        self._fix_tab_order()
        row.value.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()
