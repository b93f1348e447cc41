"""Side by side: two or more versions of a person's card, and the merged result.

The dialog knows nothing of where the versions come from (contacts of this file,
a CardDAV server's copy and ours): it takes :class:`CardVersion` values and gives
back a :class:`MergeChoice`, the merged :class:`ContactFields` and which version
was the base. One column per version and one for the result; each single-valued
field (name parts, organization, title, birthday, photo, notes, keep-in-touch) is a
row of radio buttons, one per version, preselected by the domain's rule
(:func:`~networkapp.services.duplicates.preselect`: the most complete version, its
gaps filled from the others); notes can also be combined. Multi-valued fields are
united and only shown. Values are plain text, never markup.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.dto import AddressData, ContactFields, LabeledValue
from networkapp.services.duplicates import (
    COMBINE,
    FIELD_LABELS,
    MULTI_FIELDS,
    SINGLE_FIELDS,
    base_index,
    merged_fields,
    preselect,
)
from networkapp.services.duplicates.fields import combined_notes, differing, field_value, is_empty
from networkapp.translation import tr
from networkapp.ui.widgets.contact_read_view_widget import birthday_text

_WIDTH = 38  # characters of a value shown in a radio button before it is cut


@dataclass(frozen=True)
class CardVersion:
    """One version of a card: a title for its column ("Mario Rossi (12)", "Server") and
    its fields."""

    title: str
    fields: ContactFields


@dataclass(frozen=True)
class MergeChoice:
    """What the dialog gives back: the merged fields and the base version's index."""

    base: int
    fields: ContactFields


def _item_text(item: object) -> str:
    """One e-mail, phone, URL (its value), address (its parts) or tag, as one line."""
    if isinstance(item, LabeledValue):
        return item.value
    if isinstance(item, AddressData):
        return ", ".join(p for p in (item.po_box, item.extended, item.street, item.postal_code,
                                     item.locality, item.region, item.country) if p)
    return str(item)


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _WIDTH else line[: _WIDTH - 1] + "…"


def plain_tip(text: str) -> str:
    """A tooltip showing ``text`` as written: escaped, never read as markup."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def shown(fields: ContactFields, name: str) -> str:
    """Return a field's value as the dialog shows it (plain text, "—" for none)."""
    value = field_value(fields, name)
    if is_empty(value):
        return "—"
    if name == "photo":
        return tr("Photo") if fields.photo else tr("Photo at %1").replace(
            "%1", fields.photo_uri or "")
    if name == "birthday":
        return birthday_text(str(value), QLocale())
    if name == "cadence_days":
        return tr("Every %Ln day(s)", "", int(str(value)))
    if name in MULTI_FIELDS:
        return "\n".join(_one_line(_item_text(i)) for i in getattr(fields, name))
    return str(value)


class MergeDialog(QDialog):
    """Choose, field by field, what the merged card holds."""

    def __init__(self, versions: Sequence[CardVersion], base: int | None = None,
                 parent: QWidget | None = None) -> None:
        """Build the dialog for ``versions`` (two or more); ``base`` defaults to the most
        complete one."""
        super().__init__(parent)
        self.versions = list(versions)
        fields = [v.fields for v in self.versions]
        self.base = base_index(fields) if base is None else base
        self.groups: dict[str, QButtonGroup] = {}
        self.differing = set(differing(fields))
        self.result_labels: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Merge Contacts"))
        self.resize(min(1200, 320 + 280 * len(self.versions)), 640)
        intro = QLabel(self.tr("Choose the value to keep where the cards differ (the fields in "
                               "bold). E-mails, phones, addresses, web addresses and tags are "
                               "all kept. The merged card is on the right."), wordWrap=True,
                       textFormat=Qt.TextFormat.PlainText)
        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self._fill(preselect(fields, self.base))
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(grid_host)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self._update_result()
        first = next((g.checkedButton() for n, g in self.groups.items()
                      if n in self.differing), None)
        self.merge_button.setDefault(True)  # once in the dialog: Enter merges
        (first or self.merge_button).setFocus()  # Tab goes on from there

    def _fill(self, choices: dict[str, int]) -> None:
        grid = self.grid
        for column, version in enumerate(self.versions, 1):
            title = QLabel(version.title, textFormat=Qt.TextFormat.PlainText)
            title.setStyleSheet("font-weight: bold")
            grid.addWidget(title, 0, column)
        merged = QLabel(self.tr("Merged"), textFormat=Qt.TextFormat.PlainText)
        merged.setStyleSheet("font-weight: bold")
        grid.addWidget(merged, 0, len(self.versions) + 1)
        row = 1
        for name in SINGLE_FIELDS:
            if all(is_empty(field_value(v.fields, name)) for v in self.versions):
                continue
            self._single_row(row, name, choices[name])
            row += 1
        for name in MULTI_FIELDS:
            if any(getattr(v.fields, name) for v in self.versions):
                self._multi_row(row, name)
                row += 1
        grid.setRowStretch(row, 1)

    def _label(self, row: int, name: str) -> None:
        label = QLabel(tr(FIELD_LABELS[name]), textFormat=Qt.TextFormat.PlainText)
        if name in self.differing:  # where a choice matters
            label.setStyleSheet("font-weight: bold")
        # One line beside the radio buttons; at the top beside a list of values.
        align = Qt.AlignmentFlag.AlignTop if name in MULTI_FIELDS else \
            Qt.AlignmentFlag.AlignVCenter
        self.grid.addWidget(label, row, 0, align)

    def _single_row(self, row: int, name: str, chosen: int) -> None:
        self._label(row, name)
        group = QButtonGroup(self)
        self.groups[name] = group
        for index, version in enumerate(self.versions):
            text = shown(version.fields, name)
            button = QRadioButton(_one_line(text))
            button.setToolTip(plain_tip(text) if len(text) > _WIDTH else "")
            button.setObjectName(f"{name}_{index}")
            group.addButton(button, index)
            self.grid.addWidget(button, row, index + 1, Qt.AlignmentFlag.AlignVCenter)
        result = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.result_labels[name] = result
        column = len(self.versions) + 1
        if name == "notes":
            combine = QRadioButton(self.tr("All notes together"))
            combine.setObjectName("notes_combine")
            group.addButton(combine, COMBINE)
            host = QWidget()
            box = QVBoxLayout(host)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(combine)
            box.addWidget(result)
            self.grid.addWidget(host, row, column, Qt.AlignmentFlag.AlignTop)
        else:
            self.grid.addWidget(result, row, column, Qt.AlignmentFlag.AlignVCenter)
        button_chosen = group.button(chosen)
        if button_chosen is not None:
            button_chosen.setChecked(True)
        group.buttonToggled.connect(self._on_group_button_toggled)

    def _multi_row(self, row: int, name: str) -> None:
        self._label(row, name)
        for index, version in enumerate(self.versions):
            self.grid.addWidget(QLabel(shown(version.fields, name),
                                       textFormat=Qt.TextFormat.PlainText),
                                row, index + 1, Qt.AlignmentFlag.AlignTop)
        result = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.result_labels[name] = result
        self.grid.addWidget(result, row, len(self.versions) + 1, Qt.AlignmentFlag.AlignTop)

    def _on_group_button_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._update_result()

    def choices(self) -> dict[str, int]:
        """The version chosen per single-valued field (:data:`COMBINE` for notes together)."""
        return {name: group.checkedId() for name, group in self.groups.items()}

    def value(self) -> MergeChoice:
        """The merged card as chosen now."""
        fields = [v.fields for v in self.versions]
        return MergeChoice(self.base, merged_fields(fields, self.choices(), self.base))

    def _update_result(self) -> None:
        result = self.value().fields
        for name, label in self.result_labels.items():
            if name == "notes" and self.choices().get("notes") == COMBINE:
                text = combined_notes([v.fields for v in self.versions], self.base)
                label.setText(_one_line(text))
                label.setToolTip(plain_tip(text))
            else:
                label.setText(shown(result, name))

    @classmethod
    def ask(cls, parent: QWidget | None, versions: Sequence[CardVersion],
            base: int | None = None) -> MergeChoice | None:
        """Run the dialog; return the merged card, or None when cancelled."""
        dialog = cls(versions, base, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
