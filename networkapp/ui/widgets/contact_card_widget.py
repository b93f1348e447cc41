"""The contact card: view and edit every stored field, with inline validation.

Problems (a bad e-mail, an impossible birthday) show under the field as you type
(:func:`networkapp.services.validation.contact_problems`); the Save button stays
disabled and its tooltip and the line beside it say what is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.dto import AddressData, ContactFields, LabeledValue
from networkapp.services.errors import DomainError
from networkapp.services.validation import contact_problems
from networkapp.ui import messages
from networkapp.ui.controller import Controller
from networkapp.ui.item_models.avatars import initials_avatar, photo_avatar

_ADDRESS_PARTS = ("street", "locality", "region", "postal_code", "country")
PHOTO_SIZE = 72


def format_labeled(values: tuple[LabeledValue, ...]) -> str:
    """One value a line, "label: value" when labelled."""
    return "\n".join(f"{v.label}: {v.value}" if v.label else v.value for v in values)


def parse_labeled(text: str) -> tuple[LabeledValue, ...]:
    """Read back :func:`format_labeled` (blank lines ignored)."""
    found = []
    for line in text.splitlines():
        label, sep, value = line.strip().partition(": ")
        found.append(LabeledValue(value.strip(), label.strip()) if sep
                     else LabeledValue(line.strip()))
    return tuple(item for item in found if item.value)


def format_address(adr: AddressData) -> str:
    """One address a line: "label: street; locality; region; postal code; country"."""
    body = "; ".join(getattr(adr, part) for part in _ADDRESS_PARTS)
    return f"{adr.label}: {body}" if adr.label else body


def parse_addresses(text: str, old: tuple[AddressData, ...]) -> tuple[AddressData, ...]:
    """Read back addresses; a line left as it was keeps its stored address whole."""
    unchanged = {format_address(adr): adr for adr in old}
    found = []
    for line in (line.strip() for line in text.splitlines()):
        if not line.strip("; "):
            continue
        if line in unchanged:
            found.append(unchanged[line])
            continue
        label, sep, body = line.partition(": ")
        if not sep or ";" in label:
            label, body = "", line
        parts = [part.strip() for part in body.split(";")] + [""] * 5
        found.append(AddressData(label=label.strip(), **dict(zip(_ADDRESS_PARTS, parts,
                                                                  strict=False))))
    return tuple(found)


class ContactCardWidget(QWidget):
    """Every field of one contact (or of a new one), editable.

    Signals:
        contact_saved(int): the contact was stored (created or updated).
    """

    contact_saved = Signal(int)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        """Build the form; :meth:`show_contact` fills it."""
        super().__init__(parent)
        self._controller = controller
        self._contact_id: int | None = None
        self._loaded = ContactFields()
        self._photo: tuple[bytes | None, str | None] = (None, None)
        self._read_only = False
        self._build()
        self._connect()
        self._update_state()

    # -- building -----------------------------------------------------------------

    def _build(self) -> None:
        self.display_name = QLineEdit(placeholderText=self.tr("as given + family name"))
        self.given_name, self.family_name = QLineEdit(), QLineEdit()
        self.organization, self.title = QLineEdit(), QLineEdit()
        self.birthday = QLineEdit(placeholderText=self.tr("YYYY-MM-DD or --MM-DD"))
        self.emails = self._text_box(self.tr("one a line, e.g. work: ada@example.com"))
        self.phones = self._text_box(self.tr("one a line, e.g. mobile: +39 333 1234567"))
        self.urls = self._text_box(self.tr("one a line"))
        self.addresses = self._text_box(self.tr("street; city; region; postal code; country"))
        self.tags = QLineEdit(placeholderText=self.tr("comma-separated"))
        self.cadence = QSpinBox(minimum=0, maximum=3650, suffix=self.tr(" days"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self._problem_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._photo_row())
        rows = ((self.tr("Display &name:"), self.display_name, "name"),
                (self.tr("&Given name:"), self.given_name, None),
                (self.tr("&Family name:"), self.family_name, None),
                (self.tr("&Organization:"), self.organization, None),
                (self.tr("&Title:"), self.title, None),
                (self.tr("&Birthday:"), self.birthday, "birthday"),
                (self.tr("&E-mails:"), self.emails, "emails"),
                (self.tr("&Phones:"), self.phones, None),
                (self.tr("Addresses:"), self.addresses, None),
                (self.tr("&Web and social:"), self.urls, None),
                (self.tr("T&ags:"), self.tags, None),
                (self.tr("&Keep in touch every:"), self.cadence, "cadence_days"),
                (self.tr("N&otes:"), self.notes, None))
        for label, field, problem_key in rows:
            form.addRow(label, self._with_problem(field, problem_key))
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addLayout(self._button_row())

    def _text_box(self, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit(placeholderText=placeholder)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
        return box

    def _with_problem(self, field: QWidget, key: str | None) -> QWidget:
        if key is None:
            return field
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        label = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True, visible=False)
        label.setStyleSheet("color: #c0392b;")
        column.addWidget(label)
        self._problem_labels[key] = label
        return holder

    def _photo_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 6)
        self.photo_label = QLabel(fixedWidth=PHOTO_SIZE, fixedHeight=PHOTO_SIZE)
        self.choose_photo = QPushButton(self.tr("Choose &photo…"))
        self.remove_photo = QPushButton(self.tr("Remove photo"))
        layout.addWidget(self.photo_label)
        layout.addWidget(self.choose_photo)
        layout.addWidget(self.remove_photo)
        layout.addStretch()
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.problem_summary = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.problem_summary.setStyleSheet("color: #c0392b;")
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.save_button = QPushButton(self.tr("&Save"), default=True)
        row.addWidget(self.problem_summary, 1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        return row

    def _connect(self) -> None:
        for edit in (self.display_name, self.given_name, self.family_name, self.organization,
                     self.title, self.birthday, self.tags):
            edit.textChanged.connect(self._update_state)
        for box in (self.emails, self.phones, self.urls, self.addresses, self.notes):
            box.textChanged.connect(self._update_state)
        self.cadence.valueChanged.connect(self._update_state)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        self.choose_photo.clicked.connect(self._on_choose_photo_clicked)
        self.remove_photo.clicked.connect(self._on_remove_photo_clicked)

    # -- loading and reading ------------------------------------------------------

    @property
    def contact_id(self) -> int | None:
        """The contact shown (None for a new contact)."""
        return self._contact_id

    def show_contact(self, contact_id: int | None) -> None:
        """Fill the form with a stored contact, or empty it for a new one."""
        self._contact_id = contact_id
        fields = self._controller.contact(contact_id).fields if contact_id else ContactFields()
        self._fill(fields)
        self.tags.setCompleter(QCompleter(self._controller.all_tags(), self))

    def _fill(self, fields: ContactFields) -> None:
        self._loaded = fields
        self._photo = (fields.photo, fields.photo_mime)
        for edit, value in ((self.display_name, fields.display_name),
                            (self.given_name, fields.given_name),
                            (self.family_name, fields.family_name),
                            (self.organization, fields.organization), (self.title, fields.title),
                            (self.birthday, fields.birthday or ""),
                            (self.tags, ", ".join(fields.tags))):
            edit.setText(value)
        self.emails.setPlainText(format_labeled(fields.emails))
        self.phones.setPlainText(format_labeled(fields.phones))
        self.urls.setPlainText(format_labeled(fields.urls))
        self.addresses.setPlainText("\n".join(format_address(a) for a in fields.addresses))
        self.notes.setPlainText(fields.notes)
        self.cadence.setValue(fields.cadence_days or 0)
        self.cadence.setSpecialValueText(self.tr("no reminders"))
        self._update_photo()
        self._update_state()

    def fields(self) -> ContactFields:
        """Return what the form holds now."""
        return ContactFields(
            display_name=self.display_name.text().strip(),
            given_name=self.given_name.text().strip(),
            family_name=self.family_name.text().strip(),
            organization=self.organization.text().strip(), title=self.title.text().strip(),
            birthday=self.birthday.text().strip() or None, notes=self.notes.toPlainText(),
            emails=parse_labeled(self.emails.toPlainText()),
            phones=parse_labeled(self.phones.toPlainText()),
            addresses=parse_addresses(self.addresses.toPlainText(), self._loaded.addresses),
            urls=parse_labeled(self.urls.toPlainText()),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            photo=self._photo[0], photo_mime=self._photo[1], photo_uri=self._loaded.photo_uri,
            uid=self._loaded.uid, cadence_days=self.cadence.value() or None,
        )

    def problems(self) -> dict[str, str]:
        """Return what keeps the form from being saved."""
        return contact_problems(self.fields())

    def is_modified(self) -> bool:
        """True when the form differs from the stored contact."""
        return self.fields() != self._loaded

    # -- the API for "leave a changed card?" prompts ---------------------------------

    def has_unsaved_changes(self) -> bool:
        """True when leaving the card now would lose an edit."""
        return not self._read_only and self.is_modified()

    def save_changes(self) -> bool:
        """Store the edits (nothing when unchanged); False when they cannot be stored."""
        return self.save() if self.has_unsaved_changes() else True

    def discard_changes(self) -> None:
        """Forget the edits: the card shows the stored contact again."""
        self._revert()

    # -- state --------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """Show the card without letting it be edited (archived contacts)."""
        self._read_only = read_only
        for edit in (self.display_name, self.given_name, self.family_name, self.organization,
                     self.title, self.birthday, self.tags):
            edit.setReadOnly(read_only)
        for box in (self.emails, self.phones, self.urls, self.addresses, self.notes):
            box.setReadOnly(read_only)
        self.cadence.setReadOnly(read_only)
        self._update_state()

    def _update_state(self) -> None:
        problems = self.problems()
        for key, label in self._problem_labels.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        summary = " ".join(problems.values())
        modified = self.is_modified() if hasattr(self, "_loaded") else False
        editable = not self._read_only
        self.save_button.setEnabled(editable and modified and not problems)
        self.save_button.setToolTip(summary or ("" if modified else self.tr("Nothing changed")))
        self.problem_summary.setText(summary if modified else "")
        self.revert_button.setEnabled(editable and modified)
        self.save_button.setVisible(editable)
        self.revert_button.setVisible(editable)
        self.choose_photo.setVisible(editable)
        self.remove_photo.setVisible(editable and self._photo[0] is not None)

    def _update_photo(self) -> None:
        data = self._photo[0]
        name = self.display_name.text() or self.given_name.text() or "?"
        pixmap = (photo_avatar(data, PHOTO_SIZE, name) if data
                  else initials_avatar(name, PHOTO_SIZE))
        self.photo_label.setPixmap(pixmap)

    # -- slots --------------------------------------------------------------------

    def save(self) -> bool:
        """Store the form through the controller; return True when stored."""
        if self.problems() or self._read_only:
            return False
        try:
            if self._contact_id is None:
                self._contact_id = self._controller.add_contact(self.fields())
            else:
                self._controller.update_contact(self._contact_id, self.fields())
        except DomainError as exc:
            messages.show_error(self, self.tr("Cannot save the contact"), str(exc))
            return False
        self._fill(self._controller.contact(self._contact_id).fields)
        self.contact_saved.emit(self._contact_id)
        return True

    def _revert(self) -> None:
        self._fill(self._loaded)

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
        self._update_state()

    def _on_remove_photo_clicked(self) -> None:
        self._photo = (None, None)
        self._update_photo()
        self._update_state()
