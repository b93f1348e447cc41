"""The exchange rows of one interaction: who gave what, for which kind of growth."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.dto import ExchangeInput
from networkapp.services.introductions import INTRODUCTION
from networkapp.services.vocabulary import (
    DIRECTION_LABELS,
    DIRECTIONS,
    GAVE,
    GROWTH_LABELS,
    GROWTHS,
    KIND_LABELS,
    KINDS,
    RECEIVED,
    label_of,
)
from networkapp.translation import tr
from networkapp.ui.widgets.contact_picker_widget import ContactNames, ContactPickerWidget

_Row = tuple[QComboBox, QComboBox, QComboBox, ContactPickerWidget, QLineEdit, QToolButton]
_REMOVE = 5  # the remove button's place in a row


def _combo(values: tuple[str, ...], labels: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(tr(label_of(value, labels)), value)
    return combo


class ExchangeRowsWidget(QWidget):
    """Editable exchange rows, each with direction, kind, growth and a note; an
    introduction also names the contact introduced (a picker, shown for that kind).

    Signals:
        changed(): a row was added, removed or edited.
    """

    changed = Signal()

    def __init__(self, names: ContactNames, parent: QWidget | None = None) -> None:
        """Start with no row; ``names`` finds the contacts an introduction may name."""
        super().__init__(parent)
        self._names = names
        self._rows: list[_Row] = []
        self._contact_id: int | None = None
        self._text_cells: dict[QLineEdit, QWidget] = {}  # per note: its cell with who
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._empty = QLabel(self.tr("Nothing exchanged yet: add what each side gave."))
        self._empty.setEnabled(False)
        # Mnemonics clear of the menu bar's (F, E, V, C, H) and of the detail tabs'.
        self.add_gave = QPushButton(self.tr("+ I g&ave"))
        self.add_received = QPushButton(self.tr("+ I &received"))
        self.add_gave.clicked.connect(lambda: self._add_and_focus(GAVE))
        self.add_received.clicked.connect(lambda: self._add_and_focus(RECEIVED))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_gave)
        buttons.addWidget(self.add_received)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._empty)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)

    def set_exchanges(self, exchanges: tuple[ExchangeInput, ...]) -> None:
        """Replace the rows."""
        while self._rows:
            self._remove(self._rows[-1], emit=False)
        for item in exchanges:
            self.add_row(item, emit=False)
        self.changed.emit()

    def exchanges(self) -> tuple[ExchangeInput, ...]:
        """Return the rows as exchanges."""
        return tuple(
            ExchangeInput(direction=d.currentData(), kind=k.currentData(),
                          growth=g.currentData(), note=n.text().strip(),
                          introduced=who.contact_id()
                          if k.currentData() == INTRODUCTION else None)
            for d, k, g, who, n, _ in self._rows)

    def _cells(self, row: _Row) -> tuple[QWidget, ...]:
        """The row's widgets as the grid holds them (who and the note in one cell)."""
        return (*row[:3], self._text_cells[row[4]], row[_REMOVE])

    def _show_who(self, row: _Row, shown: bool) -> None:
        """Show the row's "who was introduced" (put in its cell the first time: a hidden
        picker in the cell made the rows ask for more width)."""
        who, text = row[3], self._text_cells[row[4]]
        if shown and who.parentWidget() is not text:
            layout = text.layout()
            assert isinstance(layout, QHBoxLayout)
            layout.insertWidget(0, who, 1)
        if who.parentWidget() is text:
            who.setVisible(shown)

    def set_contact(self, contact_id: int | None) -> None:
        """The interaction's contact: never offered as the one introduced."""
        self._contact_id = contact_id
        for row in self._rows:
            row[3].set_excluded(contact_id)

    def problems(self) -> list[str]:
        """Names typed in an introduction row that are no contact."""
        return [problem for row in self._rows
                if row[1].currentData() == INTRODUCTION and (problem := row[3].problem())]

    def focus_order(self) -> list[QWidget]:
        """The widgets a Tab press visits, in order: each row left to right, then the buttons."""
        return [widget for row in self._rows for widget in row
                if not widget.isHidden()] + [self.add_gave, self.add_received]

    def _add_and_focus(self, direction: str) -> None:
        self.add_row(ExchangeInput(direction, "advice"))
        self._rows[-1][0].setFocus(Qt.FocusReason.TabFocusReason)

    def add_row(self, item: ExchangeInput, *, emit: bool = True) -> None:
        """Append one exchange row."""
        direction = _combo(DIRECTIONS, DIRECTION_LABELS)
        kinds = KINDS if item.kind in KINDS else (*KINDS, item.kind)
        kind, growth = _combo(kinds, KIND_LABELS), _combo(GROWTHS, GROWTH_LABELS)
        note = QLineEdit(placeholderText=self.tr("note"))
        remove = QToolButton()  # setters: PySide6's stubs lack these constructor keywords
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this exchange"))
        direction.setCurrentIndex(max(direction.findData(item.direction), 0))
        kind.setCurrentIndex(max(kind.findData(item.kind), 0))
        growth.setCurrentIndex(max(growth.findData(item.growth), 0))
        note.setText(item.note)
        who = ContactPickerWidget(self._names)
        who.setPlaceholderText(self.tr("who was introduced"))
        who.set_excluded(self._contact_id)
        who.set_contact(item.introduced)
        row: _Row = (direction, kind, growth, who, note, remove)
        self._rows.append(row)
        line = len(self._rows) - 1
        # Who was introduced shares the note's column: a row without one is as before.
        text = QWidget()
        cell = QHBoxLayout(text)
        cell.setContentsMargins(0, 0, 0, 0)
        cell.addWidget(note, 2)
        self._text_cells[note] = text
        for column, widget in enumerate(self._cells(row)):
            self._grid.addWidget(widget, line, column)
        for widget in (*row[:3], *row[4:], text):
            widget.show()  # now, not from the event loop: a new row takes the focus at once
        self._show_who(row, item.kind == INTRODUCTION)
        self._grid.setColumnStretch(3, 1)
        for combo in (direction, kind, growth):
            combo.currentIndexChanged.connect(self.changed)
        kind.currentIndexChanged.connect(
            lambda: self._show_who(row, kind.currentData() == INTRODUCTION))
        who.contact_changed.connect(self.changed)
        note.textEdited.connect(self.changed)
        remove.clicked.connect(lambda: self._remove(row))
        self._empty.setVisible(False)
        if emit:
            self.changed.emit()

    def _remove(self, row: _Row, *, emit: bool = True) -> None:
        line = self._rows.index(row)
        had_focus = any(widget.hasFocus() for widget in row)
        self._rows.remove(row)
        for widget in self._cells(row):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        if row[3].parentWidget() is None:  # never put in its cell
            row[3].deleteLater()
        del self._text_cells[row[4]]
        # Re-pack the grid so no blank line stays where the row was.
        for line, widgets in enumerate(self._rows):
            for column, cell in enumerate(self._cells(widgets)):
                self._grid.addWidget(cell, line, column)
        self._empty.setVisible(not self._rows)
        if had_focus:  # the focus goes to the next row's remove button, or to "+ I gave"
            rows = self._rows
            target = rows[min(line, len(rows) - 1)][_REMOVE] if rows else self.add_gave
            target.setFocus(Qt.FocusReason.TabFocusReason)
        if emit:
            self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Let the rows be seen but not changed."""
        for row in self._rows:
            for widget in row:
                widget.setEnabled(not read_only)
        self.add_gave.setVisible(not read_only)
        self.add_received.setVisible(not read_only)
