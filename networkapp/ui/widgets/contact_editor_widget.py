"""The contact card's edit mode: every field of a contact as an editor.

Names, organization and title as lines; e-mails, phones and web addresses as
typed rows; addresses as structured rows; the birthday as the locale types it
or picked from a calendar; tags, keep-in-touch cadence, notes and the photo.
Problems (a bad e-mail, an impossible birthday) show under their field.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.dto import ContactFields
from networkapp.services.validation import contact_problems
from networkapp.translation import say, tr
from networkapp.ui import messages
from networkapp.ui.item_models.avatars import initials_avatar, photo_avatar
from networkapp.ui.widgets.address_rows_widget import AddressRowsWidget
from networkapp.ui.widgets.birthday_edit_widget import BirthdayEditWidget
from networkapp.ui.widgets.contact_picker_widget import ContactNames
from networkapp.ui.widgets.introducer_edit_widget import IntroducerEditWidget
from networkapp.ui.widgets.labeled_rows_widget import LabeledRowsWidget

PHOTO_SIZE = 72
_LINES = ("display_name", "given_name", "family_name", "organization", "title")


class ContactEditorWidget(QWidget):
    """Editors for every field of :class:`ContactFields`.

    Signals:
        changed(): any editor changed.
    """

    changed = Signal()

    def __init__(self, locale: QLocale | None = None, parent: QWidget | None = None,
                 *, names: ContactNames | None = None) -> None:
        """Build the form; :meth:`set_fields` fills it. With ``names`` (where contact
        names are found) it has the "Introduced by" row."""
        super().__init__(parent)
        self.introducer = IntroducerEditWidget(names, locale) if names is not None else None
        self._loaded = ContactFields()
        self._photo: tuple[bytes | None, str | None] = (None, None)
        self.display_name = QLineEdit(placeholderText=tr("as given + family name"))
        self.given_name, self.family_name = QLineEdit(), QLineEdit()
        self.organization, self.title = QLineEdit(), QLineEdit()
        self.birthday = BirthdayEditWidget(locale)
        self.emails = LabeledRowsWidget("email", tr("Add e-mail"), "name@example.com")
        self.phones = LabeledRowsWidget("phone", tr("Add phone"), "+39 333 1234567")
        self.addresses = AddressRowsWidget()
        self.urls = LabeledRowsWidget("url", tr("Add web address"), "https://…")
        self.tags = QLineEdit(placeholderText=tr("comma-separated"))
        self.cadence = QSpinBox(minimum=0, maximum=3650, suffix=tr(" days"))
        self.cadence.setSpecialValueText(tr("no reminders"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self._problem_labels: dict[str, QLabel] = {}
        self._build()
        self._connect()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._photo_row())
        # Mnemonics only on letters the menu bar (File Edit View Contact Help) and the
        # detail tabs (Card Interactions Signals History) do not use.
        rows: tuple[tuple[str, QWidget, str], ...] = (
                (tr("Display &name:"), self.display_name, "name"),
                (tr("Given na&me:"), self.given_name, "given_name"),
                (tr("Famil&y name:"), self.family_name, "family_name"),
                (tr("&Organization:"), self.organization, "organization"),
                (tr("&Title:"), self.title, "title"),
                (tr("&Birthday:"), self.birthday, "birthday"),
                (tr("E-mai&ls:"), self.emails, "emails"),
                (tr("&Phones:"), self.phones, "phones"),
                (tr("A&ddresses:"), self.addresses, "addresses"),
                (tr("&Web and social:"), self.urls, "urls"),
                (tr("T&ags:"), self.tags, "tags"),
                (tr("&Keep in touch every:"), self.cadence, "cadence_days"),
                (tr("Note&s:"), self.notes, "notes"))
        if self.introducer is not None:
            rows = (*rows[:-1], (tr("&Introduced by:"), self.introducer, ""),
                    rows[-1])
        for text, field, problem_key in rows:
            label = QLabel(text)
            label.setBuddy(_buddy(field))
            form.addRow(label, self._with_problem(field, problem_key))

    def _with_problem(self, field: QWidget, key: str | None) -> QWidget:
        if not key:
            return field
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        label = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        label.setVisible(False)
        label.setStyleSheet("color: #c0392b;")
        column.addWidget(label)
        self._problem_labels[key] = label
        return holder

    def _photo_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 6)
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.choose_photo = QPushButton(self.tr("Choose photo…"), autoDefault=False)
        self.remove_photo = QPushButton(self.tr("Remove photo"), autoDefault=False)
        layout.addWidget(self.photo_label)
        layout.addWidget(self.choose_photo)
        layout.addWidget(self.remove_photo)
        layout.addStretch()
        return row

    def _connect(self) -> None:
        for name in (*_LINES, "tags"):
            getattr(self, name).textChanged.connect(self.changed)
        for rows in (self.birthday, self.emails, self.phones, self.urls, self.addresses):
            rows.changed.connect(self.changed)
        self.notes.textChanged.connect(self.changed)
        self.cadence.valueChanged.connect(self.changed)
        if self.introducer is not None:
            self.introducer.changed.connect(self.changed)
        self.choose_photo.clicked.connect(self._on_choose_photo_clicked)
        self.remove_photo.clicked.connect(self._on_remove_photo_clicked)
        self.changed.connect(self._on_changed)

    # -- filling and reading ----------------------------------------------------------

    def set_fields(self, fields: ContactFields, tags: list[str] | None = None) -> None:
        """Fill every editor with ``fields`` (``tags``: every tag, for completion)."""
        self.blockSignals(True)  # one "changed" at the end, not one per editor
        self._loaded = fields
        for name in ContactFields.__dataclass_fields__:
            self.set_field(name, getattr(fields, name))
        if tags is not None:
            self.tags.setCompleter(QCompleter(tags, self))
        self.blockSignals(False)
        self.changed.emit()

    def set_field(self, name: str, value: Any) -> None:  # Any: one of ContactFields' types
        """Put one field's value in its editor (uid and photo_uri are only carried)."""
        if name in _LINES:
            getattr(self, name).setText(value)
        elif name in ("emails", "phones", "urls"):
            getattr(self, name).set_values(value)
        elif name == "addresses":
            self.addresses.set_addresses(value)
        elif name == "birthday":
            self.birthday.set_birthday(value)
        elif name == "tags":
            self.tags.setText(", ".join(value))
        elif name == "notes":
            self.notes.setPlainText(value)
        elif name == "cadence_days":
            self.cadence.setValue(value or 0)
        elif name == "photo":
            self._photo = (value, self._photo[1])
            self._update_photo()
        elif name == "photo_mime":
            self._photo = (self._photo[0], value)
        elif name == "introduced_by" and self.introducer is not None:
            self.introducer.set_introducer(value, self._loaded.introduced_on)
        elif name == "introduced_on" and self.introducer is not None:
            self.introducer.set_introducer(self.introducer.picker.contact_id(), value)

    def fields(self) -> ContactFields:
        """Return what the editors hold, as typed (a birthday in its stored form if valid)."""
        try:
            birthday = self.birthday.birthday()
        except ValueError:
            birthday = self.birthday.text()  # kept as typed: contact_problems names it
        introduced_by, introduced_on = (self.introducer.values() if self.introducer else
                                        (self._loaded.introduced_by, self._loaded.introduced_on))
        return replace(
            self._loaded,
            **{name: getattr(self, name).text() for name in _LINES},
            introduced_by=introduced_by, introduced_on=introduced_on,
            birthday=birthday, notes=self.notes.toPlainText(),
            emails=self.emails.values(), phones=self.phones.values(), urls=self.urls.values(),
            addresses=self.addresses.addresses(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            photo=self._photo[0], photo_mime=self._photo[1],
            cadence_days=self.cadence.value() or None,
        )

    def problems(self) -> dict[str, str]:
        """Return what keeps the fields from being saved, in plain words."""
        found = {key: say(text) for key, text in contact_problems(self.fields()).items()}
        try:
            self.birthday.birthday()
        except ValueError as exc:
            example = self.birthday.line.placeholderText()
            found["birthday"] = self.tr("Not a date: %1 (%2).").replace(
                "%1", str(exc).split(" is ")[0]).replace("%2", example)
        if self.introducer is not None and (problem := self.introducer.picker.problem()):
            found["introduced_by"] = problem
        return found

    def set_read_only(self, read_only: bool) -> None:
        """Let the fields be seen but not changed (archived contacts)."""
        for name in (*_LINES, "tags"):
            getattr(self, name).setReadOnly(read_only)
        for rows in (self.emails, self.phones, self.urls, self.addresses, self.birthday):
            rows.set_read_only(read_only)
        self.notes.setReadOnly(read_only)
        self.cadence.setReadOnly(read_only)
        if self.introducer is not None:
            self.introducer.set_read_only(read_only)
        self.choose_photo.setVisible(not read_only)
        self.remove_photo.setVisible(not read_only and self._photo[0] is not None)

    def show_problems(self, problems: dict[str, str]) -> None:
        """Say under each field what is wrong with it (nothing: hide every message)."""
        for key, label in self._problem_labels.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)

    def _on_changed(self) -> None:
        self.remove_photo.setVisible(self._photo[0] is not None
                                     and not self.display_name.isReadOnly())

    # -- the photo --------------------------------------------------------------------

    def _update_photo(self) -> None:
        data = self._photo[0]
        name = self.display_name.text() or self.given_name.text() or "?"
        pixmap = (photo_avatar(data, PHOTO_SIZE, name) if data
                  else initials_avatar(name, PHOTO_SIZE))
        self.photo_label.setPixmap(pixmap)

    def _on_choose_photo_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.gif)"))
        if path:
            self.set_photo_file(path)

    def set_photo_file(self, path: str) -> None:
        """Use the image file at ``path`` as the contact's photo."""
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            messages.show_error(self, self.tr("Cannot read the photo"), f"{path}: {exc}")
            return
        mime = "image/png" if data[:4] == b"\x89PNG" else "image/jpeg"
        self._photo = (data, mime)
        self._update_photo()
        self.changed.emit()

    def _on_remove_photo_clicked(self) -> None:
        self._photo = (None, None)
        self._update_photo()
        self.changed.emit()


def _buddy(field: QWidget) -> QWidget:
    """The widget a label's mnemonic focuses: a row list's add button, else the field."""
    if isinstance(field, LabeledRowsWidget | AddressRowsWidget):
        return field.add_button
    if isinstance(field, IntroducerEditWidget):
        return field.picker
    return field.focusProxy() or field
