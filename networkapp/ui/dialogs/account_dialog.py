"""Add a CardDAV account: server, user, password, then the address book found there.

"Find Address Books" asks the server (discovery from the plain URL, off the GUI
thread); the address book list fills from the answer. The password is handed back
to the caller, which keeps it in the system keyring (never in the file).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.carddav import AddressBook, CardDavClient, CardDavError, Discovery
from networkapp.services.carddav.transport import check_url
from networkapp.services.importing import Cancelled, Progress
from networkapp.services.sync.store import DEFAULT_INTERVAL
from networkapp.translation import tr
from networkapp.ui.import_worker import ImportThread


@dataclass(frozen=True)
class AccountInput:
    """What the dialog hands back."""

    url: str
    user: str
    password: str
    book: AddressBook
    interval_minutes: int
    delete_archived: bool


def account_problems(url: str, user: str) -> dict[str, str]:
    """What keeps the server URL and user from being asked (empty: nothing)."""
    problems: dict[str, str] = {}
    try:
        check_url(url.strip())
    except CardDavError as error:
        problems["url"] = error.detail
    if not url.strip():
        problems["url"] = tr("Give the server's address (https://…).")
    if not user.strip():
        problems["user"] = tr("Give your user name on the server.")
    return problems


class AccountDialog(QDialog):
    """Ask for a CardDAV account; :meth:`value` is the account once a book is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the empty form."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Sync Account"))
        self.url = QLineEdit(placeholderText="https://dav.example.org/")
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.find_button = QPushButton(self.tr("&Find Address Books"))
        self.find_button.clicked.connect(self._on_find_clicked)
        self.books = QComboBox()
        self.books.setEnabled(False)
        self.interval = QSpinBox(minimum=1, maximum=24 * 60, value=DEFAULT_INTERVAL,
                                 suffix=self.tr(" min"))
        self.delete_archived = QCheckBox(self.tr("&Remove archived contacts from the server"))
        self.status = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.url)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.find_button)
        form.addRow(self.tr("&Address book:"), self.books)
        form.addRow(self.tr("Sync &every:"), self.interval)
        form.addRow("", self.delete_archived)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._ok(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._thread: ImportThread | None = None
        self._found: tuple[AddressBook, ...] = ()

    def _ok(self, enabled: bool) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(enabled)

    def _on_find_clicked(self) -> None:
        problems = account_problems(self.url.text(), self.user.text())
        if problems:
            self.status.setText(" ".join(problems.values()))
            return
        url, user, password = self.url.text().strip(), self.user.text().strip(), \
            self.password.text()

        def discover(_progress: Progress, _cancelled: Cancelled) -> Discovery:
            with CardDavClient(url, user, password) as client:
                return client.discover()

        self.find_button.setEnabled(False)
        self.status.setText(self.tr("Asking the server…"))
        self._thread = ImportThread(discover, self)
        self._thread.succeeded.connect(self._on_found)
        self._thread.failed.connect(self._on_failed)
        self._thread.finished.connect(lambda: self.find_button.setEnabled(True))
        self._thread.start()

    def _on_found(self, found: object) -> None:
        assert isinstance(found, Discovery)
        self._found = found.addressbooks
        self.books.clear()
        for book in self._found:
            self.books.addItem(book.display_name or book.href, book.url)
        self.books.setEnabled(bool(self._found))
        self._ok(bool(self._found))
        self.status.setText(self.tr("%Ln address book(s) found.", "", len(self._found))
                            if self._found else self.tr("The server has no address book "
                                                        "for this user."))

    def _on_failed(self, message: str, _details: str) -> None:
        self.status.setText(self.tr("Cannot find the address books: %1").replace("%1", message))

    def value(self) -> AccountInput | None:
        """The account as entered, or None before an address book is found."""
        index = self.books.currentIndex()
        if not self._found or index < 0:
            return None
        return AccountInput(self.url.text().strip(), self.user.text().strip(),
                            self.password.text(), self._found[index], self.interval.value(),
                            self.delete_archived.isChecked())

    def done(self, result: int) -> None:
        """Close once the server has answered (a running search is waited for)."""
        if self._thread is not None:
            self._thread.wait()
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None) -> AccountInput | None:
        """Run the dialog; the account, or None when cancelled."""
        dialog = cls(parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
