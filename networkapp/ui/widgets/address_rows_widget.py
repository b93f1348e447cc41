"""Postal addresses as structured rows: every part of a vCard ADR in its own field.

PO box, extended address, street (several lines), postal code, locality, region
and country, with the row's label (home, work, other, or the card's own). A
part the user leaves alone is given back exactly as it came.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.dto import AddressData
from networkapp.ui.actions import icon
from networkapp.ui.widgets.labeled_rows_widget import (
    box_label,
    label_box,
    place_in_tab_order,
    remove_button,
)

ONE_LINE_PARTS = ("po_box", "postal_code", "locality", "region", "country")


def _lines_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    margins = box.contentsMargins()
    document = box.document().documentMargin() if box.document() is not None else 4.0
    box.setFixedHeight(round(box.fontMetrics().lineSpacing() * lines + 2 * document
                             + margins.top() + margins.bottom() + 2))
    return box


class _AddressRow(QFrame):
    """One address: its label, its parts, its remove button."""

    def __init__(self, adr: AddressData) -> None:
        super().__init__(frameShape=QFrame.Shape.StyledPanel)
        self.label = label_box("address", adr.label)
        self.remove = remove_button(self.tr("Remove this address"))
        self.street = _lines_box(3)
        self.extended = _lines_box(2)
        self.po_box, self.postal_code, self.locality = QLineEdit(), QLineEdit(), QLineEdit()
        self.region, self.country = QLineEdit(), QLineEdit()
        self.street.setPlaceholderText(self.tr("street and number, one or more lines"))
        self.extended.setPlaceholderText(self.tr("apartment, floor, building, c/o"))
        for part in ONE_LINE_PARTS:
            getattr(self, part).setText(getattr(adr, part))
        self.street.setPlainText(adr.street)
        self.extended.setPlainText(adr.extended)
        self._lay_out()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setVerticalSpacing(3)
        head = QHBoxLayout()
        head.addWidget(self.label)
        head.addStretch(1)
        head.addWidget(self.remove)
        grid.addLayout(head, 0, 0, 1, 4)
        rows = ((self.tr("Street"), self.street, None, None),
                (self.tr("Extended"), self.extended, None, None),
                (self.tr("PO box"), self.po_box, None, None),
                (self.tr("Postal code"), self.postal_code, self.tr("City"), self.locality),
                (self.tr("Region"), self.region, self.tr("Country"), self.country))
        for line, (text, field, text2, field2) in enumerate(rows, start=1):
            grid.addWidget(_caption(text, field), line, 0)
            if field2 is None:
                grid.addWidget(field, line, 1, 1, 3)
            else:
                grid.addWidget(field, line, 1)
                grid.addWidget(_caption(text2 or "", field2), line, 2)
                grid.addWidget(field2, line, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)

    def editors(self) -> list[QWidget]:
        """The row's fields in Tab order."""
        return [self.label, self.street, self.extended, self.po_box, self.postal_code,
                self.locality, self.region, self.country, self.remove]

    def address(self) -> AddressData:
        parts = {part: getattr(self, part).text() for part in ONE_LINE_PARTS}
        return AddressData(label=box_label(self.label), street=self.street.toPlainText(),
                           extended=self.extended.toPlainText(), **parts)


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text, textFormat=Qt.TextFormat.PlainText)
    label.setBuddy(buddy)
    label.setEnabled(False)  # quiet: the value matters, the caption only says which part
    return label


class AddressRowsWidget(QWidget):
    """Edit a tuple of :class:`AddressData`, one framed row each.

    Signals:
        changed(): a part was typed in, or an address added or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """No rows until :meth:`set_addresses`."""
        super().__init__(parent)
        self._rows: list[_AddressRow] = []
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(icon("list-add"), self.tr("Add address"), flat=True)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._column)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    @property
    def rows(self) -> list[_AddressRow]:
        """The address rows, top to bottom (their parts are attributes named as in ADR)."""
        return list(self._rows)

    def set_addresses(self, addresses: tuple[AddressData, ...]) -> None:
        """Show exactly these addresses."""
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        for adr in addresses:
            self._add(adr)
        self._fix_tab_order()

    def addresses(self) -> tuple[AddressData, ...]:
        """Return the rows as typed (empty ones too: comparing leaves them out)."""
        return tuple(row.address() for row in self._rows)

    def set_read_only(self, read_only: bool) -> None:
        """Let the rows be looked at but not changed."""
        for row in self._rows:
            for widget in row.editors():
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.setReadOnly(read_only)
            row.label.setEnabled(not read_only)
            row.remove.setVisible(not read_only)
        self.add_button.setVisible(not read_only)

    def _add(self, adr: AddressData) -> _AddressRow:
        row = _AddressRow(adr)
        for part in ONE_LINE_PARTS:
            getattr(row, part).textChanged.connect(self.changed)
        row.street.textChanged.connect(self.changed)
        row.extended.textChanged.connect(self.changed)
        row.label.currentTextChanged.connect(self.changed)
        row.remove.clicked.connect(lambda: self._remove(row))
        self._column.addWidget(row)
        row.show()  # a child added to a shown widget stays hidden until shown
        self._rows.append(row)
        return row

    def _fix_tab_order(self) -> None:
        place_in_tab_order(self, [w for row in self._rows for w in row.editors()])

    def _remove(self, row: _AddressRow) -> None:
        index = self._rows.index(row)
        self._rows.remove(row)
        row.hide()
        row.deleteLater()
        following = self._rows[min(index, len(self._rows) - 1)].street if self._rows else None
        (following or self.add_button).setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _on_add_button_clicked(self) -> None:
        row = self._add(AddressData(label="home"))
        self._fix_tab_order()
        row.street.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

