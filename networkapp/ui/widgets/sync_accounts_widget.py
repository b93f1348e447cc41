"""The sync accounts in Preferences: the list, Add…/Remove, and for the account
selected how often it syncs and whether archiving removes the card from the server.
Changes apply at once (an account is not part of the dialog's OK/Cancel)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.sync.store import Account
from networkapp.ui import messages


class AccountsApi(Protocol):
    """What the widget asks for (SyncCommands)."""

    def accounts(self) -> list[Account]: ...
    def add_account(self) -> Account | None: ...
    def update_account(self, account_id: int, interval_minutes: int,
                       delete_archived: bool) -> None: ...
    def remove_account(self, account: Account) -> None: ...


class SyncAccountsWidget(QWidget):
    """Lists and edits the CardDAV accounts."""

    def __init__(self, api: AccountsApi, parent: QWidget | None = None) -> None:
        """Show the accounts ``api`` has."""
        super().__init__(parent)
        self.api = api
        self.list = QListWidget()
        self.list.setMaximumHeight(90)
        self.add = QPushButton(self.tr("&Add Account…"))
        self.remove = QPushButton(self.tr("Re&move Account"))
        self.interval = QSpinBox(minimum=1, maximum=24 * 60, suffix=self.tr(" min"))
        self.delete_archived = QCheckBox(self.tr("Remove archived contacts from the server"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Sync e&very:"), self.interval)
        form.addRow(self.delete_archived)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(form)
        self.add.clicked.connect(self._on_add_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.interval.editingFinished.connect(self._apply)
        self.delete_archived.toggled.connect(self._apply)
        self._accounts: list[Account] = []
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Show the accounts again (selecting account ``select``, or the first)."""
        self._accounts = self.api.accounts()
        self.list.clear()
        for account in self._accounts:
            text = self.tr("%1 at %2 — %3").replace("%1", account.user).replace(
                "%2", account.url).replace("%3", account.book_name or account.book_url)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            self.list.addItem(item)
        ids = [a.id for a in self._accounts]
        self.list.setCurrentRow(ids.index(select) if select in ids else 0 if ids else -1)
        self._on_list_current_row_changed(self.list.currentRow())

    def current(self) -> Account | None:
        """The account selected."""
        row = self.list.currentRow()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def _on_list_current_row_changed(self, _row: int) -> None:
        account = self.current()
        for widget in (self.remove, self.interval, self.delete_archived):
            widget.setEnabled(account is not None)
        if account is not None:
            self.interval.blockSignals(True)
            self.delete_archived.blockSignals(True)
            self.interval.setValue(account.interval_minutes)
            self.delete_archived.setChecked(account.delete_archived)
            self.interval.blockSignals(False)
            self.delete_archived.blockSignals(False)

    def _apply(self) -> None:
        account = self.current()
        if account is None:
            return
        changed = (self.interval.value(), self.delete_archived.isChecked())
        if changed != (account.interval_minutes, account.delete_archived):
            self.api.update_account(account.id, *changed)
            self.reload(account.id)

    def _on_add_clicked(self) -> None:
        added = self.api.add_account()
        if added is not None:
            self.reload(added.id)

    def _on_remove_clicked(self) -> None:
        account = self.current()
        if account is not None and messages.confirm(
                self, self.tr("Remove Account"),
                self.tr("Stop syncing with %1 at %2? The contacts stay here; nothing is "
                        "deleted on the server.").replace("%1", account.user).replace(
                    "%2", account.url), self.tr("Remove")):
            self.api.remove_account(account)
            self.reload()
