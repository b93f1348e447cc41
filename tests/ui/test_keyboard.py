"""The window with the keyboard alone: mnemonics, Tab order, visible focus, shortcuts.

Every state of the window (each detail tab, editing, a banner, an archived contact,
several selected) is walked and every visible widget's mnemonic checked against the
menu bar's: whoever adds a labelled field is checked too.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields, InteractionInput, SignalInput
from networkapp.services.interactions import add_interaction
from networkapp.services.signals import add_signal
from networkapp.ui import messages
from networkapp.ui.actions import editor_shortcuts
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.contact_dialog import ContactDialog
from networkapp.ui.dialogs.shortcuts_dialog import KeyboardShortcutsDialog, keys_text
from networkapp.ui.main_window import MainWindow
from networkapp.ui.messages import Unsaved
from networkapp.ui.widgets.contact_card_widget import ContactCardWidget

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
# The contact card with a read view and an edit mode (the card engineer's) has start_editing.
OLD_CARD = not hasattr(ContactCardWidget, "start_editing")


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def shown_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, what) for every visible widget with a mnemonic, the menu bar's left out."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QMenuBar | QMenu):
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel)
                                                    and widget.buddy() is not None):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            letter = mnemonic(text)
            if letter:
                found.append((letter, f"{type(widget).__name__} {text!r}"))
    return found


def clashes(window: MainWindow) -> list[str]:
    """Mnemonics that collide with the menu bar's or with each other."""
    menu = {mnemonic(a.text()) for a in window.menuBar().actions()}
    assert menu == {"f", "e", "v", "c", "h"}
    problems, seen = [], {}
    for letter, what in shown_mnemonics(window):
        if letter in menu:
            problems.append(f"{what}: Alt+{letter.upper()} is the menu bar's")
        elif letter in seen:
            problems.append(f"{what}: Alt+{letter.upper()} is also {seen[letter]}")
        seen.setdefault(letter, what)
    return problems


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows left with typed changes close without a real question (pytest-qt closes them)."""
    monkeypatch.setattr(messages, "ask_unsaved", lambda *_args: Unsaved.DISCARD)


@pytest.fixture
def network(db_path: object, ada: int) -> dict[str, int]:
    """Ada with an interaction; Bea past the threshold; Ciro archived."""
    add_interaction(ada, InteractionInput(date=dt.date(2026, 3, 1), summary="Coffee"))
    bea = create_contact(ContactFields(given_name="Bea", family_name="Neri"))
    for day in range(1, 6):
        add_signal(bea, SignalInput(date=dt.date(2026, 4, day), polarity="warning",
                                    category="never_reciprocates", weight=3))
    ciro = create_contact(ContactFields(given_name="Ciro", family_name="Blu"))
    return {"ada": ada, "bea": bea, "ciro": ciro}


def select(qtbot: QtBot, window: MainWindow, contact_id: int) -> None:
    """Click the contact's row."""
    row = window.model.row_of(contact_id)
    assert row is not None
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.detail.contact_id == contact_id


def walk_states(qtbot: QtBot, window: MainWindow, controller: Controller,
                people: dict[str, int]) -> Iterator[str]:
    """Put the window in each state a user meets (the card's tab left out)."""
    window.load()
    yield "nothing selected"
    select(qtbot, window, people["ada"])
    for tab, name in ((2, "interactions"), (3, "signals"), (4, "history")):
        qtbot.keyClick(window.table, Qt.Key(Qt.Key.Key_0 + tab), ALT)
        yield f"Ada, {name} tab"
    qtbot.keyClick(window.table, Qt.Key.Key_I, CTRL)
    qtbot.mouseClick(window.detail.interactions.exchange_rows.add_gave,
                     Qt.MouseButton.LeftButton)
    yield "a new interaction with an exchange row"
    editor = window.detail.interactions
    editor.discard_changes()
    qtbot.mouseClick(editor.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.list.visualItemRect(editor.list.topLevelItem(0)).center())
    yield "a stored interaction being edited"
    select(qtbot, window, people["bea"])
    assert window.detail.banner.isVisible()
    yield "Bea, past the threshold, with the banner"
    qtbot.keyClick(window.table, Qt.Key.Key_3, ALT)
    panel = window.detail.signals
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(panel.list.topLevelItem(0)).center())
    yield "Bea's signals, one selected"
    controller.archive_contacts([people["ciro"]], "It never went both ways")
    qtbot.keyClick(window.table, Qt.Key.Key_3, CTRL)
    select(qtbot, window, people["ciro"])
    for tab in (2, 3):
        qtbot.keyClick(window.table, Qt.Key(Qt.Key.Key_0 + tab), ALT)
        yield f"archived Ciro, tab {tab}"
    qtbot.keyClick(window.table, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(window.table, Qt.Key.Key_A, CTRL)
    yield "everyone selected"


def test_no_mnemonic_clashes_outside_the_card(qtbot: QtBot, window: MainWindow,
                                             controller: Controller,
                                             network: dict[str, int]) -> None:
    problems = []
    for state in walk_states(qtbot, window, controller, network):
        problems += [f"{state}: {p}" for p in clashes(window)]
    assert problems == []


@pytest.mark.xfail(OLD_CARD, strict=True,
                   reason="the one-box-per-field card uses Alt+F and Alt+E (being replaced)")
def test_no_mnemonic_clashes_in_the_card(qtbot: QtBot, window: MainWindow,
                                        network: dict[str, int]) -> None:
    window.load()
    select(qtbot, window, network["ada"])
    qtbot.keyClick(window.table, Qt.Key.Key_1, ALT)
    problems = [f"reading: {p}" for p in clashes(window)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, CTRL)  # edit mode
    qtbot.keyClicks(window.detail.card.family_name, "-Neri")
    problems += [f"editing: {p}" for p in clashes(window)]
    assert problems == []


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
@pytest.mark.parametrize(("letter", "title"), [(Qt.Key.Key_F, "&File"), (Qt.Key.Key_E, "&Edit"),
                                               (Qt.Key.Key_V, "&View"),
                                               (Qt.Key.Key_C, "&Contact"),
                                               (Qt.Key.Key_H, "&Help")])
def test_alt_letter_opens_its_menu_from_an_editor(qtbot: QtBot, window: MainWindow, ada: int,
                                                  letter: Qt.Key, title: str) -> None:
    window.load()
    select(qtbot, window, ada)
    qtbot.keyClick(window.table, Qt.Key.Key_I, CTRL)
    assert QApplication.focusWidget() is window.detail.interactions.summary
    qtbot.keyClick(QApplication.focusWidget(), letter, ALT)
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu) and popup.title() == title
    popup.close()


def tab_stops(qtbot: QtBot, window: MainWindow, limit: int = 120
              ) -> list[tuple[QWidget, str | None]]:
    """Press Tab from the table until the focus comes back to it.

    Return each stop with why it would show no focus (None when it shows it), judged
    the moment it has the focus.
    """
    window.table.setFocus(Qt.FocusReason.TabFocusReason)
    stops: list[tuple[QWidget, str | None]] = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is window.table:
            return stops
        stops.append((widget, invisible(widget)))
    raise AssertionError(f"Tab never came back to the table: {stops[-5:]}")


def invisible(widget: QWidget) -> str | None:
    """Why a focus stop would show no focus, or None."""
    if type(widget) in (QWidget, QFrame, QStackedWidget, QSplitter) \
            or isinstance(widget, QScrollArea):
        return f"a {type(widget).__name__} (a container shows no focus)"
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        text = widget.text() if isinstance(widget, QAbstractButton) else widget.objectName()
        return f"{type(widget).__name__} {text!r} is out of sight"
    return None


@pytest.mark.parametrize("tab", [1, 2, 3, 4])
def test_every_tab_stop_shows_its_focus(qtbot: QtBot, window: MainWindow,
                                        network: dict[str, int], tab: int) -> None:
    window.load()
    select(qtbot, window, network["bea"])
    qtbot.keyClick(window.table, Qt.Key(Qt.Key.Key_0 + tab), ALT)
    stops = tab_stops(qtbot, window)
    widgets = [widget for widget, _why in stops]
    assert window.search in widgets and window.view_bar in widgets
    assert window.detail.tabs.tabBar() in widgets
    assert [why for _widget, why in stops if why] == []


def test_a_new_exchange_row_takes_the_focus_and_tab_runs_through_it(
        qtbot: QtBot, window: MainWindow, ada: int) -> None:
    window.load()
    select(qtbot, window, ada)
    qtbot.keyClick(window.table, Qt.Key.Key_I, CTRL)
    editor = window.detail.interactions
    rows = editor.exchange_rows

    def tab(times: int = 1, back: bool = False) -> list[QWidget]:
        seen = []
        for _ in range(times):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab,
                           SHIFT if back else Qt.KeyboardModifier.NoModifier)
            seen.append(QApplication.focusWidget())
        return seen

    assert tab(2) == [editor.notes, rows.add_gave]
    qtbot.keyClick(rows.add_gave, Qt.Key.Key_Space)  # press the focused button
    first = rows.focus_order()[:5]
    assert QApplication.focusWidget() is first[0]  # the new row's direction
    assert tab(6) == [*first[1:], rows.add_gave, rows.add_received]
    qtbot.keyClick(rows.add_received, Qt.Key.Key_Space)
    second = rows.focus_order()[5:10]
    assert QApplication.focusWidget() is second[0]
    # Delete is disabled for a new interaction: no stop there.
    assert tab(8) == [*second[1:], rows.add_gave, rows.add_received, editor.new_button,
                      editor.save_button]
    editor.notes.setFocus(Qt.FocusReason.TabFocusReason)
    assert tab() == [first[0]]  # the rows come right after the notes
    assert tab(back=True) == [editor.notes]
    assert "I gave 1 · I received 1" in editor.balance_label.text()


def test_removing_a_row_by_keyboard_keeps_the_focus_in_the_rows(
        qtbot: QtBot, window: MainWindow, ada: int) -> None:
    window.load()
    select(qtbot, window, ada)
    qtbot.keyClick(window.table, Qt.Key.Key_I, CTRL)
    rows = window.detail.interactions.exchange_rows
    qtbot.mouseClick(rows.add_gave, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rows.add_received, Qt.MouseButton.LeftButton)
    remove_first = rows.focus_order()[4]
    remove_first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(remove_first, Qt.Key.Key_Space)
    assert len(rows.exchanges()) == 1
    assert QApplication.focusWidget() is rows.focus_order()[4]  # the next row's remove


def test_signals_panel_tab_order_follows_the_panel(qtbot: QtBot, window: MainWindow,
                                                   ada: int) -> None:
    window.load()
    select(qtbot, window, ada)
    qtbot.keyClick(window.table, Qt.Key.Key_3, ALT)
    panel = window.detail.signals
    window.detail.clarify_button.setFocus(Qt.FocusReason.TabFocusReason)
    expected = [*panel.quick_buttons.values(), panel.free_text, panel.free_polarity,
                panel.free_add, panel.date_edit, panel.weight, panel.interaction, panel.note]
    seen: list[QWidget] = []
    while len(seen) < 40 and (not seen or seen[-1] is not panel.note):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if not seen or QApplication.focusWidget() is not seen[-1]:  # date sections: one stop
            seen.append(QApplication.focusWidget())
    assert seen == expected
    # Visiting order is reading order: each preset right of or below the one before.
    places = [b.mapTo(panel, b.rect().topLeft()) for b in panel.quick_buttons.values()]
    for before, after in itertools.pairwise(places):
        assert (after.y(), after.x()) > (before.y(), before.x()) or after.y() > before.y()


def test_esc_in_the_search_field_clears_it_then_goes_back_to_the_list(
        qtbot: QtBot, window: MainWindow, ada: int) -> None:
    window.load()
    qtbot.keyClick(window.table, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.search
    qtbot.keyClicks(window.search, "zzz")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=2000)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.model.rowCount() == 1  # at once, no typing delay
    assert QApplication.focusWidget() is window.search
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.table


def run_modal(action: Callable[[], None], inspect: Callable[[QWidget], None]) -> None:
    """Run ``action`` (which opens a modal dialog), inspect the dialog, close it with Esc."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        try:
            inspect(dialog)
        finally:
            dialog.close()
    QTimer.singleShot(0, look)
    action()


def test_help_lists_every_shortcut_of_the_action_registry(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    window.load()
    shown: list[tuple[str, str, str]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, KeyboardShortcutsDialog)
        shown.extend(dialog.rows())

    help_keys = window.acts.keyboard_shortcuts.shortcut()
    assert not help_keys.isEmpty()
    run_modal(lambda: qtbot.keyClick(window.table, help_keys[0].key(),
                                     help_keys[0].keyboardModifiers()), read)
    listed = {(command, keys) for _group, command, keys in shown}
    with_keys = [a for a in window.acts.all() if a.shortcuts()]
    assert len(with_keys) >= 20
    for action in with_keys:
        name = action.text().replace("&", "")
        assert (name, keys_text(action.shortcuts())) in listed, name
    for _where, what, keys in editor_shortcuts():
        assert (what, keys_text(keys)) in listed, what
    assert ("Undo", keys_text(window.acts.undo.shortcuts())) in listed or any(
        c.startswith("Undo") for c, _k in listed)


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    owners: dict[str, str] = {}
    for action in window.acts.all():
        for key in action.shortcuts():
            text = key.toString()
            assert text not in owners, f"{text}: {owners.get(text)} and {action.text()}"
            owners[text] = action.text()
    assert "Ctrl+E" not in owners  # the contact card's Edit


def test_new_contact_dialog_by_keyboard(qtbot: QtBot, controller: Controller,
                                        window: MainWindow) -> None:
    dialog = ContactDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.card.given_name)
    buttons = dialog.findChildren(QPushButton)
    assert [b for b in buttons if b.isDefault()] == [dialog.card.save_button]
    assert not any(b.autoDefault() for b in buttons)  # a focused photo button never takes Enter
    assert dialog.cancel_button.isVisible()
    qtbot.keyClick(dialog.card.given_name, Qt.Key.Key_Return)  # nothing typed: nothing happens
    assert dialog.isVisible() and dialog.value() is None
    qtbot.keyClicks(dialog.card.given_name, "Ada")
    qtbot.keyClick(dialog.card.given_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Lovelace")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    assert dialog.value() is not None
    assert controller.contact(dialog.value()).display_name == "Ada Lovelace"


def test_new_contact_enter_saves(qtbot: QtBot, controller: Controller,
                                 window: MainWindow) -> None:
    dialog = ContactDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.card.given_name)
    qtbot.keyClicks(dialog.card.given_name, "Zeno")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.card.given_name, Qt.Key.Key_Return)
    assert controller.contact(dialog.value()).display_name == "Zeno"


@pytest.mark.xfail(OLD_CARD, strict=True,
                   reason="the one-box-per-field card shows its problems before any typing")
def test_new_contact_shows_no_error_before_anything_was_typed(
        qtbot: QtBot, controller: Controller, window: MainWindow) -> None:
    dialog = ContactDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.card.given_name)
    shown = [label.text() for label in dialog.findChildren(QLabel)
             if label.isVisible() and "name" in label.text().lower()
             and "give" in label.text().lower()]
    assert shown == []


def test_tab_shortcuts_focus_the_tab_s_first_field(qtbot: QtBot, window: MainWindow,
                                                    ada: int) -> None:
    window.load()
    select(qtbot, window, ada)
    qtbot.keyClick(window.table, Qt.Key.Key_2, ALT)
    assert window.detail.tabs.currentIndex() == 1
    assert window.detail.interactions.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, ALT)
    assert window.detail.signals.isAncestorOf(QApplication.focusWidget())
    assert isinstance(QKeySequence(window.acts.show_card.shortcut()), QKeySequence)
