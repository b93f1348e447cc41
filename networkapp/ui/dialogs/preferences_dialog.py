"""Preferences: the threshold, the default keep-in-touch cadence, the user's own e-mail
addresses and the bound for recurring events (for capture), the region of phone numbers
written without +, the language, the file, and the CardDAV sync accounts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.settings import (
    DEFAULT_RECURRENCE_MONTHS,
    RECURRENCE_RANGE,
    THRESHOLD_RANGE,
    default_region,
    phone_regions,
)
from networkapp.services.validation import is_valid_email
from networkapp.translation import CHOICES, SYSTEM
from networkapp.ui.widgets.sync_accounts_widget import AccountsApi, SyncAccountsWidget


@dataclass(frozen=True)
class Preferences:
    """What the dialog edits."""

    threshold: int
    default_cadence: int
    language: str = SYSTEM  # "system", "en", "it": applies at the next start
    my_addresses: tuple[str, ...] = ()
    recurrence_months: int = DEFAULT_RECURRENCE_MONTHS
    phone_region: str = ""  # "IT"…; "" follows the locale


def address_problem(text: str) -> str:
    """Return what is wrong with the "my e-mail addresses" text ("" when fine)."""
    for line in text.splitlines():
        if line.strip() and not is_valid_email(line.strip()):
            return line.strip()
    return ""


class PreferencesDialog(QDialog):
    """Edit the preferences stored in the database file."""

    def __init__(self, current: Preferences, db_path: Path | None,
                 parent: QWidget | None = None, accounts: AccountsApi | None = None) -> None:
        """Build the dialog showing ``current`` (and the sync ``accounts``, when given)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._db_path = db_path
        self.threshold = QSpinBox(minimum=THRESHOLD_RANGE[0], maximum=THRESHOLD_RANGE[1],
                                  value=current.threshold)
        self.threshold.setToolTip(self.tr("How much open warning weight asks for a decision."))
        self.cadence = QSpinBox(minimum=1, maximum=3650, value=current.default_cadence,
                                suffix=self.tr(" days"))
        self.path_label = QLabel(str(db_path) if db_path else self.tr("(in memory)"),
                                 textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("Open &folder"))
        self.open_folder.setEnabled(db_path is not None)
        self.open_folder.clicked.connect(self._on_open_folder_clicked)
        self.language = QComboBox()
        self.language.addItem(self.tr("System (%1)").replace(
            "%1", QLocale.system().nativeLanguageName()), SYSTEM)
        for code, name in CHOICES:  # each language named in itself
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_label, 1)
        file_row.addWidget(self.open_folder)
        form = QFormLayout()
        form.addRow(self.tr("Warning &threshold:"), self.threshold)
        hint = QLabel(self.tr("Once open warnings weigh this much, the app proposes a "
                              "decision. The lower, the sooner."), wordWrap=True)
        hint.setEnabled(False)  # greyed; not a constructor keyword in PySide6's stubs
        form.addRow(hint)
        form.addRow(self.tr("Default &keep-in-touch:"), self.cadence)
        self._capture_rows(form, current)
        form.addRow(self.tr("&Phone numbers without +:"), self._phone_region(current))
        form.addRow(self.tr("&Language:"), self.language)
        restart = QLabel(self.tr("A new language applies when networkapp starts again."),
                         wordWrap=True)
        restart.setEnabled(False)
        form.addRow(restart)
        form.addRow(self.tr("Database file:"), file_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.accounts: SyncAccountsWidget | None = None
        if accounts is not None:
            group = QGroupBox(self.tr("Sync with CardDAV servers"))
            self.accounts = SyncAccountsWidget(accounts)
            QVBoxLayout(group).addWidget(self.accounts)
            layout.addWidget(group)
        layout.addWidget(buttons)

    def _phone_region(self, current: Preferences) -> QComboBox:
        """The region of numbers written without + (duplicate finding reads them in it)."""
        self.phone_region = QComboBox()
        self.phone_region.addItem(self.tr("From the locale (%1)").replace(
            "%1", default_region() or self.tr("none")), "")
        for code in phone_regions():  # typing the code finds it; the name in the tooltip
            self.phone_region.addItem(code, code)
            native = QLocale(QLocale.Language.AnyLanguage, QLocale.codeToTerritory(code))
            self.phone_region.setItemData(self.phone_region.count() - 1,
                                          native.nativeTerritoryName(),
                                          Qt.ItemDataRole.ToolTipRole)
        self.phone_region.setCurrentIndex(max(self.phone_region.findData(current.phone_region),
                                              0))
        self.phone_region.setToolTip(self.tr("The country of phone numbers written without "
                                             "+ (finding duplicates compares numbers)."))
        return self.phone_region

    def _capture_rows(self, form: QFormLayout, current: Preferences) -> None:
        """The user's own addresses and the recurring events' bound (imports use them)."""
        self.my_addresses = QPlainTextEdit("\n".join(current.my_addresses))
        self.my_addresses.setTabChangesFocus(True)
        self.my_addresses.setPlaceholderText(self.tr("one per line, e.g. me@example.org"))
        self.my_addresses.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.my_addresses.setToolTip(self.tr("Imported calendars and mail leave these out "
                                             "and count messages from them as sent by you."))
        form.addRow(self.tr("My e-&mail addresses:"), self.my_addresses)
        self.address_error = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.address_error.setStyleSheet("color: #b3261e")
        self.address_error.hide()
        form.addRow(self.address_error)
        self.recurrence = QSpinBox(minimum=RECURRENCE_RANGE[0], maximum=RECURRENCE_RANGE[1],
                                   value=current.recurrence_months,
                                   suffix=self.tr(" months back"))
        self.recurrence.setSpecialValueText(self.tr("first occurrence only"))
        self.recurrence.setToolTip(self.tr("How far back a recurring event's past "
                                           "occurrences are logged when a calendar is "
                                           "imported."))
        form.addRow(self.tr("&Recurring events:"), self.recurrence)

    def _on_buttons_accepted(self) -> None:
        wrong = address_problem(self.my_addresses.toPlainText())
        if wrong:
            self.address_error.setText(self.tr("Not an e-mail address: %1").replace("%1", wrong))
            self.address_error.show()
            self.my_addresses.setFocus()
            return
        self.accept()

    def value(self) -> Preferences:
        """Return the preferences as edited."""
        addresses = tuple(dict.fromkeys(line.strip() for line in
                                        self.my_addresses.toPlainText().splitlines()
                                        if line.strip()))
        return Preferences(self.threshold.value(), self.cadence.value(),
                           str(self.language.currentData()), addresses,
                           self.recurrence.value(),
                           str(self.phone_region.currentData()))

    def folder_url(self) -> QUrl | None:
        """The folder holding the database file."""
        return QUrl.fromLocalFile(str(self._db_path.parent)) if self._db_path else None

    def _on_open_folder_clicked(self) -> None:
        url = self.folder_url()
        if url is not None:
            QDesktopServices.openUrl(url)

    @classmethod
    def ask(cls, parent: QWidget | None, current: Preferences,
            db_path: Path | None, accounts: AccountsApi | None = None) -> Preferences | None:
        """Run the dialog; return the new preferences or None when cancelled (sync
        accounts, when shown, change at once)."""
        dialog = cls(current, db_path, parent, accounts)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
