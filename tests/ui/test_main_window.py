"""Main flows in the real window: add, search, views and counts, bulk edits, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from networkapp.services.contacts import contact_status, contact_tags
from networkapp.services.demo import generate_demo
from networkapp.services.dto import ContactFields, SignalInput
from networkapp.ui import messages
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.archive_dialog import ArchiveDialog
from networkapp.ui.dialogs.contact_dialog import ContactDialog
from networkapp.ui.main_window import MainWindow


def test_add_a_contact_through_the_dialog(qtbot: QtBot, controller: Controller,
                                          window: MainWindow) -> None:
    dialog = ContactDialog(controller, window)
    qtbot.addWidget(dialog)
    assert not dialog.card.save_button.isEnabled()
    qtbot.keyClicks(dialog.card.given_name, "Ada")
    qtbot.keyClicks(dialog.card.family_name, "Rossi")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.card.save_button, Qt.MouseButton.LeftButton)
    cid = dialog.value()
    assert cid is not None
    assert window.model.rowCount() == 1
    assert window.acts.undo.text() == "&Undo Add contact Ada Rossi"


def test_window_keeps_qwidget_actions(window: MainWindow) -> None:
    # The window's action set lives in ``acts``; QWidget.actions() must stay callable.
    assert all(a.parent() is not None for a in window.actions())
    assert window.acts.undo.text() == "&Undo"


def test_new_contact_is_selected_and_shown(qtbot: QtBot, controller: Controller,
                                           window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ContactDialog, "ask", classmethod(
        lambda cls, parent, ctl: ctl.add_contact(ContactFields(display_name="Zoë Conti"))))
    window.acts.new_contact.trigger()
    assert window.detail.title.text() == "Zoë Conti"
    assert window.detail.currentIndex() == 1


def test_search_with_accents_is_debounced(qtbot: QtBot, controller: Controller,
                                          window: MainWindow) -> None:
    for name in ("Niccolò Ricci", "Ada Rossi", "Marco Bianchi"):
        controller.add_contact(ContactFields(display_name=name))
    assert window.model.rowCount() == 3
    window.acts.find.trigger()
    assert window.search.hasFocus() or window.focusWidget() is window.search
    qtbot.keyClicks(window.search, "nicolo")
    assert window.model.rowCount() == 3  # not yet: the search waits for typing to pause
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    assert window.model.data(window.model.index(0, 0)) == "Niccolò Ricci"
    assert "1 found" in window.counts.text()
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=2000)
    qtbot.keyClicks(window.search, "xyzzy")
    qtbot.waitUntil(window.empty_label.isVisible, timeout=2000)
    assert "xyzzy" in window.empty_label.text()


def test_views_show_their_counts(qtbot: QtBot, controller: Controller,
                                 window: MainWindow) -> None:
    generate_demo(80, today=dt.date.today())
    window.load()
    counts = {v: window.model.count(v) for v in ("active", "attention", "archived")}
    assert counts["archived"] > 0 and counts["attention"] > 0
    assert f"{counts['active']} active" in window.counts.text()
    assert window.view_bar.tabText(2) == f"Archived ({counts['archived']})"
    window.acts.show_archived.trigger()
    assert window.model.rowCount() == counts["archived"]
    window.acts.show_attention.trigger()
    assert window.model.rowCount() == counts["attention"]


def test_bulk_tag_archive_and_read_only_archive(qtbot: QtBot, controller: Controller,
                                               window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [controller.add_contact(ContactFields(display_name=n)) for n in ("Ada", "Bea", "Cy")]
    window.select_ids(ids[:2])
    assert window.detail.currentIndex() == 0 and "2 contacts" in window.detail.hint.text()
    monkeypatch.setattr(messages, "ask_text", lambda *args, **kw: "mentor")
    window.acts.tag.trigger()
    assert contact_tags(ids[0]) == contact_tags(ids[1]) == ("mentor",)
    asked: list[list[str]] = []
    monkeypatch.setattr(ArchiveDialog, "ask", classmethod(
        lambda cls, parent, names: asked.append(names) or "never gives back"))
    window.select_ids(ids[:2])
    window.acts.archive.trigger()
    assert asked == [["Ada", "Bea"]]
    assert {contact_status(i) for i in ids[:2]} == {"archived"}
    assert window.model.rowCount() == 1
    assert window.acts.undo.text() == "&Undo Archive 2 contacts"
    window.acts.show_archived.trigger()
    window.select_ids([ids[0]])
    assert window.detail.card.display_name.isReadOnly()
    assert not window.acts.log_interaction.isEnabled()
    assert not window.detail.signals.quick_buttons["ego_first"].isEnabled()
    assert window.acts.restore.isEnabled()
    window.acts.undo.trigger()
    assert window.model.rowCount() == 0
    assert "No archived contact" in window.empty_label.text()


def test_delete_asks_then_undo_brings_back(qtbot: QtBot, controller: Controller,
                                           window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    cid = controller.add_contact(ContactFields(display_name="Ada"))
    controller.add_signal(cid, SignalInput(dt.date.today(), "warning", "ego_first"))
    window.select_ids([cid])
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    window.acts.delete.trigger()
    assert window.model.rowCount() == 0
    window.acts.undo.trigger()
    assert window.model.rowCount() == 1
    assert window.model.data(window.model.index(0, 5)) == "1"


def test_log_interaction_shortcut_opens_the_tab(qtbot: QtBot, controller: Controller,
                                               window: MainWindow) -> None:
    cid = controller.add_contact(ContactFields(display_name="Ada"))
    window.select_ids([cid])
    window.acts.log_interaction.trigger()
    assert window.detail.tabs.currentIndex() == 1
    window.acts.note_signal.trigger()
    assert window.detail.tabs.currentIndex() == 2


def test_enter_on_a_contact_puts_the_focus_on_its_card(qtbot: QtBot, controller: Controller,
                                                       window: MainWindow) -> None:
    """Enter opens the contact: the focus lands on something visible in the card (its
    Edit button in the read view), not on a hidden editor where keys go nowhere."""
    cid = controller.add_contact(ContactFields(display_name="Ada"))
    window.show()
    qtbot.waitExposed(window)
    window.select_ids([cid])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is window.detail.card.edit_button and focused.isVisible()
    qtbot.keyClick(focused, Qt.Key.Key_Space)  # the Edit button: the editors open
    assert window.detail.card.is_editing()
