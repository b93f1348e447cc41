"""Typed rows of a multi-valued field (e-mails, phones, web addresses): a label and a value.

Each row has a label box offering the usual labels (home, work, mobile, other)
and the row's own label as it came (an Apple ``X-ABLabel``, "work fax"...: kept
exactly as it is unless the user picks another), a one-line value, and a
remove button; a button under the rows adds one and puts the cursor in it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from networkapp.i18n import tr_noop
from networkapp.services.dto import LabeledValue
from networkapp.translation import tr
from networkapp.ui.actions import icon
from networkapp.ui.widgets.row_list_widget import EditRow, RowListWidget

# The labels each kind of row offers, stored as written here and shown translated.
LABELS = {
    "email": (tr_noop("home"), tr_noop("work"), tr_noop("other")),
    "phone": (tr_noop("mobile"), tr_noop("home"), tr_noop("work"), tr_noop("other")),
    "url": (tr_noop("home"), tr_noop("work"), tr_noop("other")),
    "address": (tr_noop("home"), tr_noop("work"), tr_noop("other")),
}


def translate_label(label: str) -> str:
    """Return a stored label as shown (the usual ones translated, the card's own as is)."""
    return tr(label) if label else label


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
        line.setPlaceholderText(tr("label"))
    box.setToolTip(tr("Label: pick one or type your own"))
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


class _Row(EditRow):
    """One label and value, with its remove button."""

    def __init__(self, kind: str, item: LabeledValue, placeholder: str) -> None:
        super().__init__()
        self.label = label_box(kind, item.label)
        self.value = QLineEdit(item.value, placeholderText=placeholder)
        self.remove = remove_button(tr("Remove"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.remove)

    def item(self) -> LabeledValue:
        return LabeledValue(self.value.text(), box_label(self.label))

    def editors(self) -> list[QWidget]:
        return [self.label, self.value, self.remove]

    def first_editor(self) -> QWidget:
        return self.value

    def watch(self, slot: Callable[..., None]) -> None:
        self.value.textChanged.connect(slot)
        self.label.currentTextChanged.connect(slot)

    def set_read_only(self, read_only: bool) -> None:
        self.value.setReadOnly(read_only)
        self.label.setEnabled(not read_only)


class LabeledRowsWidget(RowListWidget[_Row, LabeledValue]):
    """Edit a tuple of :class:`LabeledValue` as rows.

    Signals:
        changed(): a row was typed in, added or removed.
    """

    def __init__(self, kind: str, add_text: str, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        """Rows of ``kind`` ("email", "phone", "url"); ``add_text`` names the add button."""
        super().__init__(add_text, lambda item: _Row(kind, item, placeholder),
                         LabeledValue("", LABELS[kind][0]), parent)

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
        self._show_items(values)

    def values(self) -> tuple[LabeledValue, ...]:
        """Return the rows as typed (empty ones too: the service leaves them out)."""
        return tuple(row.item() for row in self._rows)
