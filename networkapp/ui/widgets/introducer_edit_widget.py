"""The card's "Introduced by" editor: who introduced the contact to the user, and when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from networkapp.ui.widgets.contact_picker_widget import ContactNames, ContactPickerWidget

_NO_DATE = QDate(1900, 1, 1)  # the date editor's "date unknown"


class IntroducerEditWidget(QWidget):
    """A contact picker and the date of the introduction (only with an introducer).

    Signals:
        changed(): the introducer or the date changed.
    """

    changed = Signal()

    def __init__(self, names: ContactNames, locale: QLocale | None = None,
                 parent: QWidget | None = None) -> None:
        """Start with no introducer."""
        super().__init__(parent)
        self.picker = ContactPickerWidget(names)
        self.picker.setPlaceholderText(self.tr("who introduced you (type a name)"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(_NO_DATE)
        self.date.setSpecialValueText(self.tr("date unknown"))
        self.date.setDisplayFormat((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))
        self.date.setDate(_NO_DATE)
        self.on_label = QLabel(self.tr("on"))
        # Its own message: a name that is no contact changes no field, so the card's
        # problems (shown once a field changed) would not say it.
        self.problem_label = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.problem_label.setStyleSheet("color: #c0392b;")
        self.problem_label.setVisible(False)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.picker, 1)
        line.addWidget(self.on_label)
        line.addWidget(self.date)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(line)
        column.addWidget(self.problem_label)
        self.picker.contact_changed.connect(self._on_picker_contact_changed)
        self.picker.editingFinished.connect(self._show_problem)
        self.date.dateChanged.connect(self.changed)
        self._update()

    def set_excluded(self, contact_id: int | None) -> None:
        """The contact being edited, never offered as their own introducer."""
        self.picker.set_excluded(contact_id)

    def set_introducer(self, contact_id: int | None, on: dt.date | None) -> None:
        """Show an introducer and the date (None: unknown)."""
        self.picker.set_contact(contact_id)
        self.date.setDate(QDate(on) if on else _NO_DATE)
        self._update()

    def values(self) -> tuple[int | None, dt.date | None]:
        """The ContactFields values: ``introduced_by`` and ``introduced_on``."""
        contact = self.picker.contact_id()
        day = self.date.date()
        on = day.toPython() if contact is not None and day != _NO_DATE else None
        return contact, on if isinstance(on, dt.date) else None

    def set_read_only(self, read_only: bool) -> None:
        """Let the introducer be seen but not changed."""
        self.picker.setReadOnly(read_only)
        self.date.setReadOnly(read_only)

    def _update(self) -> None:
        has = self.picker.contact_id() is not None
        self.date.setEnabled(has)
        self.on_label.setEnabled(has)
        if has or not self.picker.text().strip():
            self.problem_label.setVisible(False)

    def _show_problem(self) -> None:
        problem = self.picker.problem()
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(problem is not None)

    def _on_picker_contact_changed(self) -> None:
        self._update()
        self.changed.emit()
