"""Setting who introduced a contact by keyboard, in the card and in an interaction."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from networkapp.services import changes
from networkapp.services.contacts import create_contact, get_contact
from networkapp.services.dto import ContactFields
from networkapp.ui.controller import Controller
from networkapp.ui.widgets.contact_picker_widget import ContactPickerWidget
from tests.dump import differences, dump_file
from tests.ui.test_contact_card import key, make_card

# The completer's popup on the offscreen platform (a real screen raises it fine).
POPUP = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _popup_rows(picker: ContactPickerWidget) -> list[str]:
    popup = picker.completer().popup()
    model = popup.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())] if popup.isVisible() \
        else []


@POPUP
def test_an_introducer_is_typed_chosen_with_the_keys_saved_and_undone(
        qtbot: QtBot, controller: Controller) -> None:
    marco = create_contact(ContactFields(display_name="Marco Bianchi", organization="Orbit"))
    create_contact(ContactFields(display_name="Marta Neri"))
    anna = create_contact(ContactFields(display_name="Anna Rossi"))
    card = make_card(qtbot, controller, anna)
    key(qtbot, card, "Ctrl+E")
    introducer = card.editor.introducer
    assert introducer is not None and not introducer.date.isEnabled()
    picker = introducer.picker
    picker.setFocus()
    before = dump_file()
    qtbot.keyClicks(picker, "mar")
    qtbot.waitUntil(lambda: len(_popup_rows(picker)) == 2)
    assert _popup_rows(picker) == ["Marco Bianchi — Orbit", "Marta Neri"]
    popup = picker.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.text() == "Marco Bianchi" and picker.contact_id() == marco
    assert introducer.date.isEnabled()
    assert card.save_button.isEnabled()
    key(qtbot, card, "Ctrl+S")
    fields = get_contact(anna).fields
    assert (fields.introduced_by, fields.introduced_on) == (marco, None)
    assert controller.undo()
    assert differences(before, dump_file()) == []


@POPUP
def test_a_name_that_is_no_contact_keeps_the_card_from_saving(
        qtbot: QtBot, controller: Controller) -> None:
    anna = create_contact(ContactFields(display_name="Anna Rossi"))
    card = make_card(qtbot, controller, anna)
    key(qtbot, card, "Ctrl+E")
    assert card.editor.introducer is not None
    picker = card.editor.introducer.picker
    card.window().activateWindow()
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    qtbot.keyClicks(picker, "Nobody")
    qtbot.keyClick(picker, Qt.Key.Key_Tab)
    assert not card.save_button.isEnabled()
    assert any("No contact is called “Nobody”" in label.text()
               for label in card.findChildren(QLabel) if label.isVisible())
    # Anna is never offered as her own introducer.
    picker.selectAll()
    qtbot.keyClicks(picker, "Anna")
    assert _popup_rows(picker) == []


def test_a_circle_is_refused_with_its_message(qtbot: QtBot, controller: Controller,
                                              monkeypatch: object) -> None:
    anna = create_contact(ContactFields(display_name="Anna Rossi"))
    marco = create_contact(ContactFields(display_name="Marco Bianchi", introduced_by=anna,
                                         introduced_on=dt.date(2024, 1, 1)))
    card = make_card(qtbot, controller, anna)
    key(qtbot, card, "Ctrl+E")
    assert card.editor.introducer is not None
    card.editor.introducer.set_introducer(marco, None)
    card.editor.changed.emit()
    _, recording = changes.record(lambda: None)
    assert recording.empty
    shown: list[str] = []
    from networkapp.ui import messages
    monkeypatch.setattr(messages, "show_error",  # type: ignore[attr-defined]
                        lambda _parent, _title, text: shown.append(text))
    key(qtbot, card, "Ctrl+S")
    QApplication.processEvents()
    assert get_contact(anna).fields.introduced_by is None
    assert any("circle" in text for text in [*shown, card.problem_summary.text()])


@POPUP
def test_an_introduction_exchange_names_the_contact_by_keyboard(
        qtbot: QtBot, controller: Controller) -> None:
    from networkapp.ui.widgets.interaction_editor_widget import InteractionEditorWidget

    anna = create_contact(ContactFields(display_name="Anna Rossi"))
    marco = create_contact(ContactFields(display_name="Marco Bianchi"))
    editor = InteractionEditorWidget(controller)
    qtbot.addWidget(editor)
    editor.show()
    editor.show_contact(anna)
    rows = editor.exchange_rows
    qtbot.mouseClick(rows.add_gave, Qt.MouseButton.LeftButton)
    _direction, kind = rows.focus_order()[:2]
    assert len(rows.focus_order()) == 5 + 2  # no name field for advice
    kind.setFocus()
    kind.setCurrentIndex(kind.findData("introduction"))
    who = rows.focus_order()[3]
    assert isinstance(who, ContactPickerWidget)
    who.setFocus()
    qtbot.keyClicks(who, "Anna")
    assert _popup_rows(who) == []  # the interaction's own contact is not offered
    who.selectAll()
    qtbot.keyClicks(who, "mar")
    popup = who.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.save() is not None
    (view,) = controller.interactions(anna)
    assert view.exchanges[0].introduced == marco
    found = controller.introductions(marco)
    assert found is not None and [p.name for p in found.mine_to_whom] == ["Anna Rossi"]
