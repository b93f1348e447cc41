"""Nothing lost silently: leaving a changed card or interaction asks Save / Discard / Cancel.

The question goes through ``messages.ask_unsaved`` (the seam): most tests answer it
there and count the questions; one answers the real message box with the keyboard.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from networkapp.services.contacts import create_contact, get_contact
from networkapp.services.dto import ContactFields, InteractionInput
from networkapp.services.interactions import add_interaction, list_interactions
from networkapp.ui import messages
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.archive_dialog import ArchiveDialog
from networkapp.ui.dialogs.contact_dialog import ContactDialog
from networkapp.ui.main_window import MainWindow
from networkapp.ui.messages import Unsaved
from networkapp.ui.widgets.contact_detail_widget import (
    CARD_TAB,
    INTERACTIONS_TAB,
    SIGNALS_TAB,
)

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


class Answers:
    """Stands in for the question: records each one, answers from a queue."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.queue: list[Unsaved] = []

    def __call__(self, _parent: object, _title: str, text: str) -> Unsaved:
        self.asked.append(text)  # the tests count the questions
        # Past the queue (pytest-qt closing the window after the test): Discard.
        return self.queue.pop(0) if self.queue else Unsaved.DISCARD


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> Answers:
    """Answer the Save / Discard / Cancel question from a queue."""
    found = Answers()
    monkeypatch.setattr(messages, "ask_unsaved", found)
    return found


@pytest.fixture
def bruno(db_path: object) -> int:
    """A second stored contact, sorted after Ada."""
    return create_contact(ContactFields(given_name="Bruno", family_name="Verdi"))


def click_contact(qtbot: QtBot, window: MainWindow, contact_id: int) -> None:
    """Click a contact's row in the table, as the user does."""
    row = window.model.row_of(contact_id)
    assert row is not None
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(1)  # the question comes once the table has finished moving


def type_interaction(qtbot: QtBot, window: MainWindow, summary: str) -> None:
    """Ctrl+I in the table, then type a summary."""
    qtbot.keyClick(window.table, Qt.Key.Key_I, CTRL)
    editor = window.detail.interactions
    assert QApplication.focusWidget() is editor.summary
    qtbot.keyClicks(editor.summary, summary)


def edit_card(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Open the card, start editing (Ctrl+E) and type into the family name."""
    qtbot.keyClick(window.table, Qt.Key.Key_1, ALT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, CTRL)
    qtbot.keyClicks(window.detail.card.family_name, text)
    assert window.detail.card.has_unsaved_changes()


def test_a_typed_interaction_asks_before_another_contact(
        qtbot: QtBot, window: MainWindow, ada: int, bruno: int, answers: Answers) -> None:
    window.load()
    click_contact(qtbot, window, ada)
    type_interaction(qtbot, window, "Lunch at the fair")
    answers.queue = [Unsaved.CANCEL]
    click_contact(qtbot, window, bruno)
    assert len(answers.asked) == 1 and "Ada Rossi" in answers.asked[0]
    # Cancel: still on Ada, in the interaction being typed.
    assert window.selected_ids() == [ada]
    assert window.detail.contact_id == ada
    assert window.detail.tabs.currentIndex() == INTERACTIONS_TAB
    assert window.detail.interactions.summary.text() == "Lunch at the fair"
    answers.queue = [Unsaved.DISCARD]
    click_contact(qtbot, window, bruno)
    assert window.detail.contact_id == bruno
    click_contact(qtbot, window, ada)  # nothing typed any more: no question
    assert len(answers.asked) == 2
    assert window.detail.interactions.summary.text() == ""
    assert list_interactions(ada) == []


def test_one_key_press_asks_once_and_cancel_puts_the_selection_back(
        qtbot: QtBot, window: MainWindow, ada: int, bruno: int, answers: Answers) -> None:
    window.load()
    click_contact(qtbot, window, bruno)
    type_interaction(qtbot, window, "Typed")
    answers.queue = [Unsaved.CANCEL]
    window.table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window.table, Qt.Key.Key_Up)
    qtbot.wait(1)
    assert len(answers.asked) == 1
    assert window.selected_ids() == [bruno] and window.detail.contact_id == bruno
    assert window.table.currentIndex().row() == window.model.row_of(bruno)
    answers.queue = [Unsaved.DISCARD]
    qtbot.keyClick(window.table, Qt.Key.Key_Up)  # from Bruno again, not from Ada
    qtbot.wait(1)
    assert window.detail.contact_id == ada


def test_save_stores_the_interaction_then_moves_on(
        qtbot: QtBot, window: MainWindow, ada: int, bruno: int, answers: Answers) -> None:
    window.load()
    click_contact(qtbot, window, ada)
    type_interaction(qtbot, window, "Call about the book")
    qtbot.mouseClick(window.detail.interactions.exchange_rows.add_gave,
                     Qt.MouseButton.LeftButton)
    answers.queue = [Unsaved.SAVE]
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # the keyboard moves the selection too
    qtbot.wait(1)
    assert window.detail.contact_id == bruno
    (stored,) = list_interactions(ada)
    assert stored.summary == "Call about the book" and len(stored.exchanges) == 1


def test_a_changed_card_asks_before_another_view_and_before_closing(
        qtbot: QtBot, window: MainWindow, ada: int, answers: Answers) -> None:
    window.load()
    click_contact(qtbot, window, ada)
    edit_card(qtbot, window, "-Neri")
    answers.queue = [Unsaved.CANCEL]
    qtbot.keyClick(window.table, Qt.Key.Key_3, CTRL)  # View > Archived
    assert len(answers.asked) == 1 and "card of Ada Rossi" in answers.asked[0]
    assert window.model.query.view == "active" and window.view_bar.view == "active"
    assert window.detail.card.family_name.text() == "Rossi-Neri"
    answers.queue = [Unsaved.CANCEL]
    window.close()
    assert window.isVisible()
    assert window.detail.card.has_unsaved_changes()
    answers.queue = [Unsaved.SAVE]
    window.close()
    assert not window.isVisible()
    assert get_contact(ada).fields.family_name == "Rossi-Neri"


def test_quit_with_a_changed_card_asks_and_discard_closes(
        qtbot: QtBot, window: MainWindow, ada: int, answers: Answers) -> None:
    window.load()
    click_contact(qtbot, window, ada)
    edit_card(qtbot, window, "x")
    answers.queue = [Unsaved.DISCARD]
    qtbot.keyClick(window.table, Qt.Key.Key_Q, CTRL)
    assert len(answers.asked) == 1
    assert not window.isVisible()
    assert get_contact(ada).fields.family_name == "Rossi"


def test_the_real_question_answers_esc_with_cancel(
        qtbot: QtBot, window: MainWindow, ada: int, bruno: int) -> None:
    window.load()
    click_contact(qtbot, window, ada)
    type_interaction(qtbot, window, "Coffee")
    seen: list[str] = []

    def answer_with(key: Qt.Key) -> Callable[[], None]:
        def press() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(5, press)  # not asked yet
                return
            seen.append(box.text())
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
            qtbot.keyClick(box, key)
        return press

    QTimer.singleShot(0, answer_with(Qt.Key.Key_Escape))
    click_contact(qtbot, window, bruno)
    qtbot.waitUntil(lambda: len(seen) == 1 and QApplication.activeModalWidget() is None)
    assert "Ada Rossi" in seen[0]
    assert window.detail.contact_id == ada and window.selected_ids() == [ada]
    assert window.detail.interactions.summary.text() == "Coffee"
    QTimer.singleShot(0, answer_with(Qt.Key.Key_Return))  # Enter: the default, Save
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.detail.contact_id == bruno)
    assert len(seen) == 2
    assert [i.summary for i in list_interactions(ada)] == ["Coffee"]


def test_choosing_another_interaction_asks(
        qtbot: QtBot, window: MainWindow, controller: Controller, ada: int,
        answers: Answers) -> None:
    for day, summary in ((1, "First meeting"), (2, "Second meeting")):
        add_interaction(ada, InteractionInput(date=dt.date(2026, 3, day), summary=summary))
    window.load()
    click_contact(qtbot, window, ada)
    qtbot.keyClick(window.table, Qt.Key.Key_2, ALT)
    editor = window.detail.interactions
    newest, oldest = (editor.list.topLevelItem(i) for i in range(2))
    qtbot.mouseClick(editor.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.list.visualItemRect(newest).center())
    assert editor.summary.text() == "Second meeting"
    qtbot.keyClicks(editor.summary, " and lunch")
    answers.queue = [Unsaved.CANCEL]
    qtbot.mouseClick(editor.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.list.visualItemRect(oldest).center())
    assert len(answers.asked) == 1
    assert editor.list.currentItem() is newest
    assert editor.summary.text() == "Second meeting and lunch"
    answers.queue = [Unsaved.CANCEL]
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert editor.summary.text() == "Second meeting and lunch"
    answers.queue = [Unsaved.SAVE]
    qtbot.mouseClick(editor.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.list.visualItemRect(editor.list.topLevelItem(1)).center())
    assert editor.summary.text() == "First meeting"
    assert sorted(i.summary for i in list_interactions(ada)) == [
        "First meeting", "Second meeting and lunch"]


def test_noting_a_signal_keeps_the_interaction_being_typed(
        qtbot: QtBot, window: MainWindow, ada: int, answers: Answers) -> None:
    window.load()
    click_contact(qtbot, window, ada)
    type_interaction(qtbot, window, "Met at the station")
    qtbot.keyClick(window.table, Qt.Key.Key_3, ALT)
    assert window.detail.tabs.currentIndex() == SIGNALS_TAB
    button = window.detail.signals.quick_buttons["gut_feeling"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # stores a signal: every tab reloads
    assert window.detail.signals.list.topLevelItemCount() == 1
    assert window.detail.interactions.summary.text() == "Met at the station"
    assert answers.asked == []


def test_a_search_hiding_the_changed_contact_keeps_the_edits(
        qtbot: QtBot, window: MainWindow, ada: int, bruno: int, answers: Answers) -> None:
    window.load()
    click_contact(qtbot, window, ada)
    type_interaction(qtbot, window, "Typed, not saved")
    window.acts.find.trigger()
    qtbot.keyClicks(window.search, "Verdi")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    assert answers.asked == []  # typing a search asks nothing
    assert window.detail.contact_id == ada
    assert window.detail.interactions.summary.text() == "Typed, not saved"
    answers.queue = [Unsaved.CANCEL]
    click_contact(qtbot, window, bruno)
    assert len(answers.asked) == 1
    assert window.detail.contact_id == ada


def test_new_contact_esc_asks_only_once_something_was_typed(
        qtbot: QtBot, controller: Controller, window: MainWindow, answers: Answers) -> None:
    dialog = ContactDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.card.given_name)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert answers.asked == []
    dialog = ContactDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.card.given_name)
    qtbot.keyClicks(QApplication.focusWidget(), "Carla")
    answers.queue = [Unsaved.CANCEL]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert len(answers.asked) == 1
    assert dialog.isVisible() and dialog.card.given_name.text() == "Carla"
    answers.queue = [Unsaved.SAVE]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.value() is not None
    assert get_contact(dialog.value()).fields.given_name == "Carla"


def test_new_contact_discard_creates_nothing(
        qtbot: QtBot, controller: Controller, window: MainWindow, answers: Answers) -> None:
    dialog = ContactDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.card.given_name)
    qtbot.keyClicks(QApplication.focusWidget(), "Dario")
    answers.queue = [Unsaved.DISCARD]
    with qtbot.waitSignal(dialog.rejected):
        dialog.close()  # the title bar's close button
    assert dialog.value() is None
    assert window.model.rowCount() == 0


def test_card_tab_is_brought_forward_when_asked_about(
        qtbot: QtBot, window: MainWindow, ada: int, bruno: int, answers: Answers) -> None:
    window.load()
    click_contact(qtbot, window, ada)
    edit_card(qtbot, window, "z")
    qtbot.keyClick(window.table, Qt.Key.Key_4, ALT)  # History
    answers.queue = [Unsaved.CANCEL]
    click_contact(qtbot, window, bruno)
    assert window.detail.tabs.currentIndex() == CARD_TAB


def test_archiving_the_contact_being_edited_asks_first(
        qtbot: QtBot, window: MainWindow, ada: int, answers: Answers,
        monkeypatch: pytest.MonkeyPatch) -> None:
    archived: list[list[str]] = []
    monkeypatch.setattr(ArchiveDialog, "ask", classmethod(
        lambda cls, parent, names: archived.append(names) or "It went one way"))
    window.load()
    click_contact(qtbot, window, ada)
    type_interaction(qtbot, window, "One more try")
    answers.queue = [Unsaved.CANCEL]
    qtbot.keyClick(window.table, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(answers.asked) == 1 and archived == []  # Cancel: nothing archived
    assert window.detail.interactions.summary.text() == "One more try"
    answers.queue = [Unsaved.SAVE]
    qtbot.keyClick(window.table, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert archived == [["Ada Rossi"]]
    assert [i.summary for i in list_interactions(ada)] == ["One more try"]
