"""The contact card's read view: every stored field, links to write, call or visit, copy buttons.

E-mails open ``mailto:``, phones ``tel:`` and web addresses ``http(s):`` through
``QDesktopServices`` (the desktop's own mail client, dialler, browser); nothing
is fetched here. User text is never read as markup: values are escaped into
the links, and the link targets are kept aside, never built into the text.
Long values wrap, even a name with no spaces, so a card never widens the window.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QLocale, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.dto import AddressData, ContactFields, LabeledValue
from networkapp.translation import tr
from networkapp.ui.item_models.avatars import initials_avatar, photo_avatar
from networkapp.ui.widgets.birthday_edit_widget import birthday_date, locale_date_order
from networkapp.ui.widgets.labeled_rows_widget import cached_icon, translate_label

PHOTO_SIZE = 72
_LONG_RUN = re.compile(r"\S{24,}")
_ZERO_WIDTH_SPACE = "\u200b"
_TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft


def breakable(text: str) -> str:
    """Return ``text`` with a zero-width space every 12 characters of a very long word.

    QLabel wraps only between words: without a break a 1,000-letter name would
    make the card (and the window) 1,000 letters wide.
    """
    return _LONG_RUN.sub(lambda m: _ZERO_WIDTH_SPACE.join(
        m.group(0)[i:i + 12] for i in range(0, len(m.group(0)), 12)), text)


def mail_url(address: str) -> QUrl:
    """Return the ``mailto:`` URL of an e-mail address."""
    url = QUrl()
    url.setScheme("mailto")
    url.setPath(address.strip())
    return url


def phone_url(number: str) -> QUrl:
    """Return the ``tel:`` URL of a phone number (spaces left out)."""
    url = QUrl()
    url.setScheme("tel")
    url.setPath("".join(number.split()))
    return url


def web_url(text: str) -> QUrl | None:
    """Return the http(s) URL a web address means, or None (other schemes are not opened)."""
    text = text.strip()
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    if url.scheme().lower() not in ("http", "https"):
        if url.scheme() and "." not in url.scheme():  # "mailto:", "javascript:", "file:"
            return None
        url = QUrl("https://" + text, QUrl.ParsingMode.StrictMode)
    return url if url.isValid() and "." in url.host() else None


def address_lines(adr: AddressData) -> str:
    """Return an address as it is written on an envelope, every part kept."""
    town = " ".join(part for part in (adr.postal_code, adr.locality) if part.strip())
    parts = (adr.po_box, adr.extended, adr.street, town, adr.region, adr.country)
    return "\n".join(part for part in parts if part.strip())


def birthday_text(birthday: str, locale: QLocale) -> str:
    """Return a stored birthday in words ("31 December 1980", "December 31")."""
    order, _ = locale_date_order(locale)
    year_less = birthday.startswith("--")
    if order == "MDY":
        pattern = "MMMM d" if year_less else "MMMM d, yyyy"
    else:
        pattern = "d MMMM" if year_less else "d MMMM yyyy"
    try:
        date = birthday_date(birthday)
    except ValueError:
        return birthday
    return locale.toString(date, pattern) if date.isValid() else birthday


def _plain(text: str, *, dim: bool = False) -> QLabel:
    label = QLabel(breakable(text), textFormat=Qt.TextFormat.PlainText, wordWrap=True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setAlignment(_TOP_LEFT)
    label.setEnabled(not dim)
    return label


class ContactReadViewWidget(QWidget):
    """One contact's fields, for reading.

    Signals:
        edit_requested(): the user double-clicked the card.
    """

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Empty until :meth:`show_fields`."""
        super().__init__(parent)
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.name = _plain("")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.role = _plain("", dim=True)
        heading = QVBoxLayout()
        heading.addWidget(self.name)
        heading.addWidget(self.role)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(10)
        self.empty_hint = _plain(self.tr("Nothing more is known yet. Press Ctrl+E or "
                                         "double-click to add e-mails, phones, addresses…"),
                                 dim=True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty_hint)
        layout.addStretch(1)
        self.copy_buttons: list[QToolButton] = []
        self.links: list[QLabel] = []
        self._line = 0

    def show_fields(self, fields: ContactFields, locale: QLocale | None = None) -> None:
        """Show every non-empty field of ``fields``."""
        self._clear()
        name = fields.display_name or fields.given_name or "?"
        self.name.setText(breakable(name))
        self.role.setText(breakable(" · ".join(p for p in (fields.title, fields.organization)
                                               if p.strip())))
        self.role.setVisible(bool(self.role.text()))
        self.photo.setPixmap(photo_avatar(fields.photo, PHOTO_SIZE, name) if fields.photo
                             else initials_avatar(name, PHOTO_SIZE))
        self._show_values(fields, locale or QLocale())
        self.empty_hint.setVisible(self._line == 0)

    def _show_values(self, fields: ContactFields, locale: QLocale) -> None:
        self._text(tr("Given name"), fields.given_name)
        self._text(tr("Family name"), fields.family_name)
        self._links(tr("E-mail"), fields.emails, mail_url, tr("Copy the e-mail address"))
        self._links(tr("Phone"), fields.phones, phone_url, tr("Copy the number"))
        for index, adr in enumerate(fields.addresses):
            self._row(tr("Address") if index == 0 else "", _plain(address_lines(adr)),
                      adr.label, address_lines(adr), tr("Copy the address"))
        self._links(tr("Web"), fields.urls, web_url, tr("Copy the web address"))
        if fields.birthday:
            self._text(tr("Birthday"), birthday_text(fields.birthday, locale))
        self._text(tr("Tags"), ", ".join(fields.tags))
        if fields.cadence_days:
            self._text(tr("Keep in touch"),
                       tr("every %Ln days", "", fields.cadence_days))
        self._text(tr("Notes"), fields.notes.strip())

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.copy_buttons, self.links, self._line = [], [], 0

    def _text(self, caption: str, value: str) -> None:
        if value.strip():
            self._row(caption, _plain(value), "", None, "")

    def _links(self, caption: str, values: tuple[LabeledValue, ...],
               to_url: Callable[[str], QUrl | None], copy_tip: str) -> None:
        for index, item in enumerate(v for v in values if v.value.strip()):
            url = to_url(item.value)
            shown = _plain(item.value) if url is None else self._link(item.value, url)
            self._row(caption if index == 0 else "", shown, item.label, item.value, copy_tip)

    def _link(self, text: str, url: QUrl) -> QLabel:
        # The target stays in this closure: the label's text holds only escaped user text.
        label = QLabel(f'<a href="open">{html.escape(breakable(text))}</a>',
                       textFormat=Qt.TextFormat.RichText, wordWrap=True)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setAlignment(_TOP_LEFT)  # level with the caption, however tall the row
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        label.setToolTip(url.toDisplayString())
        label.linkActivated.connect(lambda _target: QDesktopServices.openUrl(url))
        self.links.append(label)
        return label

    def _row(self, caption: str, value: QLabel, label: str, copy: str | None,
             copy_tip: str) -> None:
        line = self._line
        self._line += 1
        head = QLabel(caption, textFormat=Qt.TextFormat.PlainText)
        head.setEnabled(False)
        self.grid.addWidget(head, line, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(value, line, 1)
        head.show()  # children added to a shown widget stay hidden until shown
        value.show()
        # One line, so that rows keep an even height; a long label is cut, whole in its tip.
        kind = QLabel(translate_label(label), textFormat=Qt.TextFormat.PlainText)
        kind.setEnabled(False)
        kind.setMaximumWidth(140)
        kind.setToolTip(translate_label(label))
        self.grid.addWidget(kind, line, 2, Qt.AlignmentFlag.AlignTop)
        kind.show()
        if copy is not None:
            button = QToolButton(autoRaise=True)
            button.setIcon(cached_icon("copy"))
            button.setIconSize(QSize(16, 16))
            button.setToolTip(copy_tip)
            button.setAccessibleName(copy_tip)
            button.clicked.connect(lambda: QGuiApplication.clipboard().setText(copy))
            self.grid.addWidget(button, line, 3, Qt.AlignmentFlag.AlignTop)
            button.show()
            self.copy_buttons.append(button)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Double-click: edit the card."""
        self.edit_requested.emit()
        event.accept()
