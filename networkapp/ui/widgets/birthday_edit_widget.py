"""A birthday field: typed in the locale's own way, or picked from a calendar.

It reads "31/12/1980" in Italy and Britain, "12/31/1980" in the US, ISO dates
everywhere, and year-less birthdays ("31/12", "--12-31"): the rules are
:func:`networkapp.services.validation.parse_typed_birthday`, given the order of
day, month and year of the locale's short date format.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from networkapp.services.validation import format_typed_birthday, parse_typed_birthday
from networkapp.ui.actions import icon


def locale_date_order(locale: QLocale) -> tuple[str, str]:
    """Return the order of day, month and year ("DMY", "MDY", "YMD") and the separator."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    places = {key: pattern.find(char) for key, char in (("D", "d"), ("M", "M"), ("Y", "y"))}
    if min(places.values()) < 0:
        return "YMD", "-"
    order = "".join(sorted(places, key=places.__getitem__))
    separator = next((c for c in pattern if not c.isalpha() and not c.isspace()), "/")
    return (order if order in ("DMY", "MDY", "YMD") else "DMY"), separator


def birthday_date(birthday: str) -> QDate:
    """Return a stored birthday as a QDate (a year-less one in the leap year 2000)."""
    year = 2000 if birthday.startswith("--") else int(birthday[:4])
    return QDate(year, int(birthday[-5:-3]), int(birthday[-2:]))


class BirthdayEditWidget(QWidget):
    """A line for typing a birthday, with a button that opens a calendar.

    Signals:
        changed(): the text changed (typed or picked).
    """

    changed = Signal()

    def __init__(self, locale: QLocale | None = None, parent: QWidget | None = None) -> None:
        """Read and write dates in ``locale``'s order (default: the application's)."""
        super().__init__(parent)
        self.order, self.separator = locale_date_order(locale or QLocale())
        self.line = QLineEdit()
        example = format_typed_birthday("1980-12-31", self.order, self.separator)
        year_less = format_typed_birthday("--12-31", self.order, self.separator)
        self.line.setPlaceholderText(self.tr("e.g. %1, or %2 without the year")
                                     .replace("%1", example).replace("%2", year_less))
        self.calendar = QCalendarWidget(gridVisible=False)
        self.calendar.setMaximumDate(QDate.currentDate())
        self.pick_button = QToolButton(autoRaise=True)
        self.pick_button.setIcon(icon("calendar"))
        self.pick_button.setToolTip(self.tr("Pick the date from a calendar"))
        self.pick_button.setAccessibleName(self.pick_button.toolTip())
        self.pick_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pick_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.pick_button.setMenu(menu)
        self.setFocusProxy(self.line)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.pick_button)
        self.line.textChanged.connect(self.changed)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.calendar.activated.connect(self._on_calendar_clicked)

    def set_birthday(self, birthday: str | None) -> None:
        """Show a stored birthday (``YYYY-MM-DD``, ``--MM-DD`` or None) in the locale's form."""
        self.line.setText(format_typed_birthday(birthday, self.order, self.separator))

    def text(self) -> str:
        """Return what is typed."""
        return self.line.text()

    def birthday(self) -> str | None:
        """Return the birthday typed, stored form (None when empty).

        Raises:
            ValueError: the text is not a possible date.
        """
        return parse_typed_birthday(self.line.text(), self.order)

    def set_read_only(self, read_only: bool) -> None:
        """Let the date be seen but not changed."""
        self.line.setReadOnly(read_only)
        self.pick_button.setVisible(not read_only)

    def _on_menu_about_to_show(self) -> None:
        try:
            typed = self.birthday()
        except ValueError:
            typed = None
        if typed and not typed.startswith("--"):
            self.calendar.setSelectedDate(birthday_date(typed))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _on_calendar_clicked(self, date: QDate) -> None:
        self.line.setText(format_typed_birthday(date.toString(Qt.DateFormat.ISODate),
                                                self.order, self.separator))
        menu = self.pick_button.menu()
        if menu is not None:
            menu.close()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
