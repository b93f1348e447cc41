"""The contact card: a read view, and an edit mode with the same fields as editors.

As in GNOME Contacts and Apple Contacts, a contact opens for reading (links to
write, call or visit, copy buttons); Edit (the button, Ctrl+E or a double-click)
turns the fields into editors; Save (the button, Ctrl+S, Enter in a one-line
field) stores them and Cancel (the button, Esc) forgets them. A new contact
starts in edit mode.

What counts as a change is decided on values, not on widget text: the fields
that would be saved (:func:`networkapp.services.validation.merge_edits`: every
field the user did not really change keeps its stored value exactly) against the
stored ones. Opening a contact never marks it changed, and saving an unchanged
card writes nothing. :meth:`ContactCardWidget.has_unsaved_changes`,
:meth:`~ContactCardWidget.save_changes` and :meth:`~ContactCardWidget.discard_changes`
are what "leave a changed card?" prompts use.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.dto import ContactFields
from networkapp.services.errors import DomainError
from networkapp.services.validation import merge_edits, normalized_fields
from networkapp.translation import error_text
from networkapp.ui import messages
from networkapp.ui.actions import edit_keys, icon, save_keys
from networkapp.ui.controller import Controller
from networkapp.ui.widgets.contact_editor_widget import ContactEditorWidget
from networkapp.ui.widgets.contact_read_view_widget import ContactReadViewWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea(widgetResizable=True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class ContactCardWidget(QWidget):
    """One contact (or a new one), to read and to edit.

    Signals:
        contact_saved(int): the contact was stored (created or updated).
        modified_changed(bool): the card started or stopped holding unsaved changes.
        editing_changed(bool): the card went into edit mode, or back to reading.
    """

    contact_saved = Signal(int)
    modified_changed = Signal(bool)
    editing_changed = Signal(bool)

    def __init__(self, controller: Controller, parent: QWidget | None = None,
                 locale: QLocale | None = None) -> None:
        """Build both views; :meth:`show_contact` fills them."""
        super().__init__(parent)
        self._controller = controller
        self._locale = locale or QLocale()
        self._contact_id: int | None = None
        self._stored = ContactFields()
        self._shown = ContactFields()  # what the editors gave right after showing _stored
        self._editing = True
        self._read_only = False
        self._saving = False
        self._modified = False
        self._editor_stale = True  # the editors are filled when editing starts
        self._filling = False
        self.read_view = ContactReadViewWidget()
        self.editor = ContactEditorWidget(self._locale, names=controller)
        self.pages = QStackedWidget()
        self._scroll_areas = (_scrolled(self.read_view), _scrolled(self.editor))
        for area in self._scroll_areas:
            self.pages.addWidget(area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self._button_row())
        self.editor.changed.connect(self._update_state)
        self.read_view.edit_requested.connect(self.start_editing)
        self._update_state()

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.problem_summary = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.problem_summary.setStyleSheet("color: #c0392b;")
        # No mnemonics: the shortcuts are Ctrl+E, Ctrl+S and Esc, and the menu bar's
        # Alt letters stay the menu bar's.
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"), autoDefault=False)
        self.edit_button.setToolTip(self.tr("Edit the card (Ctrl+E or double-click)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), autoDefault=False)
        self.cancel_button.setToolTip(self.tr("Forget the changes and stop editing (Esc)"))
        self.revert_button = QPushButton(self.tr("&Revert"), autoDefault=False)
        self.revert_button.setToolTip(self.tr("Put back what is stored, and go on editing"))
        self.save_button = QPushButton(icon("save"), self.tr("Save"), autoDefault=False)
        row.addWidget(self.problem_summary, 1)
        for button in (self.edit_button, self.cancel_button, self.revert_button,
                       self.save_button):
            row.addWidget(button)
        self.edit_button.clicked.connect(self.start_editing)
        self.cancel_button.clicked.connect(self.discard_changes)
        self.revert_button.clicked.connect(self._on_revert_button_clicked)
        self.save_button.clicked.connect(self.save)
        return row

    # -- the editors callers reach for -------------------------------------------------

    @property
    def display_name(self) -> QLineEdit:
        """The display name's editor."""
        return self.editor.display_name

    @property
    def given_name(self) -> QLineEdit:
        """The given name's editor."""
        return self.editor.given_name

    @property
    def family_name(self) -> QLineEdit:
        """The family name's editor."""
        return self.editor.family_name

    @property
    def contact_id(self) -> int | None:
        """The contact shown (None for a new contact)."""
        return self._contact_id

    def is_editing(self) -> bool:
        """True in edit mode."""
        return self._editing

    # -- showing ------------------------------------------------------------------------

    def show_contact(self, contact_id: int | None) -> None:
        """Show a stored contact for reading, or an empty card to fill for a new one.

        Showing again the contact being edited (it changed meanwhile: an undo, a
        tag, an interaction) keeps the edits and the edit mode, and takes the
        fields the user did not touch anew.
        """
        if self._saving:
            return  # save() shows the stored contact when it is done
        if contact_id is not None and contact_id == self._contact_id and self._editing:
            self._reload_keeping_edits()
            return
        self._contact_id = contact_id
        stored = self._controller.contact(contact_id).fields if contact_id else ContactFields()
        self._show(stored, editing=contact_id is None)

    def _show(self, stored: ContactFields, *, editing: bool) -> None:
        self._stored = stored
        self._editor_stale = True
        self.read_view.show_fields(stored, self._locale)
        self._set_editing(editing)

    def _fill_editor(self) -> None:
        # Only when editing starts: going through contacts shows their read view alone.
        if not self._editor_stale:
            return
        self._editor_stale = False
        self._filling = True  # no state updates while the editors fill
        try:
            if self.editor.introducer is not None:
                self.editor.introducer.set_excluded(self._contact_id)
            self.editor.set_fields(self._stored, self._controller.all_tags())
        finally:
            self._filling = False
        self._shown = self.editor.fields()

    def _reload_keeping_edits(self) -> None:
        assert self._contact_id is not None
        edited = self.editor.fields()
        before, after = normalized_fields(self._shown), normalized_fields(edited)
        touched = [f.name for f in dataclass_fields(ContactFields)
                   if getattr(before, f.name) != getattr(after, f.name)]
        self._show(self._controller.contact(self._contact_id).fields, editing=True)
        for name in touched:
            self.editor.set_field(name, getattr(edited, name))
        self._update_state()

    def set_read_only(self, read_only: bool) -> None:
        """Show the card without letting it be edited (archived contacts)."""
        self._read_only = read_only
        self.editor.set_read_only(read_only)
        if read_only and self._contact_id is not None:
            self._set_editing(False)
        self._update_state()

    # -- editing ------------------------------------------------------------------------

    def start_editing(self) -> None:
        """Turn the fields into editors (nothing for an archived contact)."""
        if self._read_only or self._editing:
            return
        self._set_editing(True)
        self.editor.display_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_editing(self, editing: bool) -> None:
        was = self._editing
        self._editing = editing
        had_focus = self.isAncestorOf(self.window().focusWidget())
        if editing:
            self._fill_editor()
        if self.pages.currentIndex() != int(editing):
            self.pages.setCurrentIndex(int(editing))
        for area in self._scroll_areas:
            area.verticalScrollBar().setValue(0)  # a card always opens at its top
        self._update_state()
        if had_focus and not editing and self.edit_button.isVisible():
            self.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if was != editing:
            self.editing_changed.emit(editing)

    def fields_to_save(self) -> ContactFields:
        """Return the fields Save would store: the stored ones with the user's changes."""
        if self._contact_id is None:
            return self.editor.fields()
        return merge_edits(self._stored, self._shown, self.editor.fields())

    def problems(self) -> dict[str, str]:
        """Return what keeps the card from being saved."""
        return self.editor.problems()

    def has_unsaved_changes(self) -> bool:
        """True when leaving the card now would lose an edit."""
        return (self._editing and not self._read_only
                and self.fields_to_save() != self._stored)

    def is_modified(self) -> bool:
        """The same as :meth:`has_unsaved_changes`."""
        return self.has_unsaved_changes()

    def save_changes(self) -> bool:
        """Store the edits and go back to reading; False when they cannot be stored.

        An unchanged card writes nothing (and still goes back to reading).
        """
        if not self.has_unsaved_changes():
            if self._contact_id is not None:
                self._set_editing(False)
            return True
        return self.save()

    def discard_changes(self) -> None:
        """Forget the edits: the stored contact, for reading (an empty one for a new card)."""
        self._show(self._stored, editing=self._contact_id is None)

    def save(self) -> bool:
        """Store the card through the controller; return True when stored."""
        if self._read_only:
            return False
        problems = self.problems()
        if problems:
            self.problem_summary.setText(" ".join(problems.values()))
            return False
        if not self.has_unsaved_changes():
            return self.save_changes()
        fields = self.fields_to_save()
        self._saving = True
        try:
            if self._contact_id is None:
                self._contact_id = self._controller.add_contact(fields)
            else:
                self._controller.update_contact(self._contact_id, fields)
        except DomainError as exc:
            messages.show_error(self, self.tr("Cannot save the contact"), error_text(exc))
            return False
        finally:
            self._saving = False
        self._show(self._controller.contact(self._contact_id).fields, editing=False)
        self.contact_saved.emit(self._contact_id)
        return True

    def _on_revert_button_clicked(self) -> None:
        self._show(self._stored, editing=True)
        self.editor.display_name.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- state --------------------------------------------------------------------------

    def _update_state(self) -> None:
        if self._filling:
            return
        editing, editable = self._editing, not self._read_only
        modified = self.has_unsaved_changes()
        # Problems only once something was typed: a new card does not scold at once.
        problems = self.problems() if editing and modified else {}
        self.editor.show_problems(problems)
        summary = " ".join(problems.values())
        self.save_button.setEnabled(modified and not problems)
        self.save_button.setToolTip(summary or (self.tr("Save (Ctrl+S)") if modified
                                                else self.tr("Nothing changed")))
        self.problem_summary.setText(summary)
        self.revert_button.setEnabled(modified)
        self.edit_button.setVisible(not editing and editable and self._contact_id is not None)
        for button in (self.save_button, self.revert_button):
            button.setVisible(editing and editable)
        self.cancel_button.setVisible(editing and editable and self._contact_id is not None)
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    # -- keys ---------------------------------------------------------------------------

    def _key_action(self, event: QKeyEvent) -> str | None:
        if self._read_only:
            return None
        combo = QKeySequence(event.keyCombination())
        if not self._editing:
            edit = any(combo.matches(keys) == QKeySequence.SequenceMatch.ExactMatch
                       for keys in edit_keys())
            return "edit" if edit and self._contact_id is not None else None
        if any(combo.matches(keys) == QKeySequence.SequenceMatch.ExactMatch
               for keys in save_keys()):
            return "save"
        if event.key() == Qt.Key.Key_Escape and self._contact_id is not None:
            return "cancel"  # a new card's Esc is its dialog's
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        focus = self.window().focusWidget()
        if event.key() in _ENTER_KEYS and plain == Qt.KeyboardModifier.NoModifier \
                and isinstance(focus, QLineEdit | QAbstractSpinBox):
            return "save"
        return None

    def event(self, event: QEvent) -> bool:
        """Claim Ctrl+E, Ctrl+S and Esc while the focus is in the card (before the window)."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._key_action(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+E edits; Ctrl+S and Enter in a one-line field save; Esc cancels."""
        action = self._key_action(event)
        if action == "edit":
            self.start_editing()
        elif action == "save":
            self.save_changes()
        elif action == "cancel":
            self.discard_changes()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
