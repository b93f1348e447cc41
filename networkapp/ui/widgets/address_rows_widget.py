"""Postal addresses as structured rows: every part of a vCard ADR in its own field.

PO box, extended address, street (several lines), postal code, locality, region
and country, with the row's label (home, work, other, or the card's own). A
part the user leaves alone is given back exactly as it came.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from networkapp.services.dto import AddressData
from networkapp.ui.widgets.labeled_rows_widget import box_label, label_box, remove_button
from networkapp.ui.widgets.row_list_widget import EditRow, RowListWidget

ONE_LINE_PARTS = ("po_box", "postal_code", "locality", "region", "country")


def _lines_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    margins = box.contentsMargins()
    document = box.document().documentMargin() if box.document() is not None else 4.0
    box.setFixedHeight(round(box.fontMetrics().lineSpacing() * lines + 2 * document
                             + margins.top() + margins.bottom() + 2))
    return box


class _AddressRow(EditRow):
    """One address: its label, its parts, its remove button."""

    def __init__(self, adr: AddressData) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
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

    def first_editor(self) -> QWidget:
        return self.street

    def watch(self, slot: Callable[..., None]) -> None:
        for part in ONE_LINE_PARTS:
            getattr(self, part).textChanged.connect(slot)
        self.street.textChanged.connect(slot)
        self.extended.textChanged.connect(slot)
        self.label.currentTextChanged.connect(slot)

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.editors():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
        self.label.setEnabled(not read_only)

    def address(self) -> AddressData:
        parts = {part: getattr(self, part).text() for part in ONE_LINE_PARTS}
        return AddressData(label=box_label(self.label), street=self.street.toPlainText(),
                           extended=self.extended.toPlainText(), **parts)


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text, textFormat=Qt.TextFormat.PlainText)
    label.setBuddy(buddy)
    label.setEnabled(False)  # quiet: the value matters, the caption only says which part
    return label


class AddressRowsWidget(RowListWidget[_AddressRow, AddressData]):
    """Edit a tuple of :class:`AddressData`, one framed row each.

    Signals:
        changed(): a part was typed in, or an address added or removed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """No rows until :meth:`set_addresses`."""
        super().__init__(QCoreApplication.translate("AddressRowsWidget", "Add address"),
                         _AddressRow, AddressData(label="home"), parent)

    @property
    def rows(self) -> list[_AddressRow]:
        """The address rows, top to bottom (their parts are attributes named as in ADR)."""
        return list(self._rows)

    def set_addresses(self, addresses: tuple[AddressData, ...]) -> None:
        """Show exactly these addresses."""
        self._show_items(addresses)

    def addresses(self) -> tuple[AddressData, ...]:
        """Return the rows as typed (empty ones too: comparing leaves them out)."""
        return tuple(row.address() for row in self._rows)
