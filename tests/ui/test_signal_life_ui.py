"""Resolve and dismiss a signal from the Signals tab, as a user does; undo restores the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields, SignalInput
from networkapp.services.signals import add_signal, list_signals, threshold_state
from networkapp.translation import say
from networkapp.ui.dialogs.signal_close_dialog import DismissSignalDialog, ResolveSignalDialog
from networkapp.ui.main_window import MainWindow
from networkapp.ui.widgets.contact_detail_widget import HISTORY_TAB, SIGNALS_TAB
from tests.dump import dump_file

TODAY = dt.date(2026, 11, 20)  # the signals' day (the app's own day does not matter here)


@pytest.fixture
def bea(db_path: Path) -> int:
    """Bea Neri with three open warnings (weight 1 each): at the default threshold."""
    cid = create_contact(ContactFields(given_name="Bea", family_name="Neri"))
    for days, category in ((9, "never_reciprocates"), (5, "ego_first"),
                           (2, "only_when_needing")):
        add_signal(cid, SignalInput(TODAY - dt.timedelta(days=days), "warning", category))
    return cid


@pytest.fixture
def shown(window: MainWindow, bea: int) -> MainWindow:
    """The window on Bea's Signals tab."""
    window.load()
    window.select_ids([bea])
    window.detail.tabs.setCurrentIndex(SIGNALS_TAB)
    return window


def _pick(qtbot: QtBot, window: MainWindow, row: int) -> None:
    panel = window.detail.signals
    item = panel.list.topLevelItem(row)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_resolve_with_a_note_then_undo_and_redo(qtbot: QtBot, shown: MainWindow, bea: int,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    panel = shown.detail.signals
    assert shown.detail.banner.isVisible()  # 3 of 3: time to decide
    assert not panel.resolve_button.isEnabled()  # nothing chosen yet
    before = dump_file()
    asked: list[list[str]] = []
    monkeypatch.setattr(ResolveSignalDialog, "ask", classmethod(
        lambda cls, parent, names: asked.append(names) or "We talked: a misunderstanding"))
    _pick(qtbot, shown, 0)
    assert panel.resolve_button.isEnabled() and panel.dismiss_button.isEnabled()
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert asked == [["Only reaches out when needing something"]]
    assert panel.list.topLevelItem(0).text(3) == "resolved"
    assert "We talked: a misunderstanding" in panel.list.topLevelItem(0).toolTip(3)
    assert threshold_state(bea).open_warning_weight == 2
    assert not shown.detail.banner.isVisible() or shown.detail.banner.prompt != "decide"
    assert shown.acts.undo.text() == "&Undo Resolve warning about Bea Neri"
    after = dump_file()
    shown.acts.undo.trigger()
    assert dump_file() == before
    assert panel.list.topLevelItem(0).text(3) == "open"
    assert shown.detail.banner.isVisible() and shown.detail.banner.prompt == "decide"
    shown.acts.redo.trigger()
    assert dump_file() == after


def test_dismiss_from_the_context_menu_and_see_it_in_history(
        qtbot: QtBot, shown: MainWindow, bea: int, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = shown.detail.signals
    monkeypatch.setattr(DismissSignalDialog, "ask", classmethod(
        lambda cls, parent, names: "It was someone else"))
    item = panel.list.topLevelItem(1)
    pos = panel.list.visualItemRect(item).center()
    menu = panel.context_menu(pos)  # what a right click on the second signal opens
    assert menu is not None
    assert [a.isEnabled() for a in menu.actions()] == [True, True, True]
    (dismiss,) = [a for a in menu.actions() if a.text() == panel.dismiss_button.text()]
    dismiss.trigger()
    dismissed = [s for s in list_signals(bea) if s.state == "dismissed"]
    assert [(s.category, s.resolution_note) for s in dismissed] == [
        ("ego_first", "It was someone else")]
    assert panel.list.topLevelItem(1).text(3) == "dismissed"
    _pick(qtbot, shown, 1)
    assert not panel.resolve_button.isEnabled() and not panel.dismiss_button.isEnabled()
    shown.detail.tabs.setCurrentIndex(HISTORY_TAB)
    titles = [say(e.title) for e in shown.detail.history.shown_entries()]
    assert "Warning dismissed: noted wrongly: Puts their ego first" in titles


def test_a_positive_sign_is_dismissed_not_resolved(qtbot: QtBot, shown: MainWindow,
                                                   bea: int) -> None:
    shown.controller.add_signal(bea, SignalInput(TODAY, "positive", "reciprocated"))
    panel = shown.detail.signals
    panel.reload()
    row = next(i for i in range(panel.list.topLevelItemCount())
               if panel.list.topLevelItem(i).text(1) == "Reciprocated")
    _pick(qtbot, shown, row)
    assert panel.dismiss_button.isEnabled() and not panel.resolve_button.isEnabled()


def test_an_archived_contact_signals_cannot_be_closed(qtbot: QtBot, shown: MainWindow,
                                                      bea: int) -> None:
    shown.controller.archive_contacts([bea], "enough")
    shown.acts.show_archived.trigger()
    shown.select_ids([bea])
    panel = shown.detail.signals
    assert all(panel.list.topLevelItem(i).text(3) == "resolved"
               for i in range(panel.list.topLevelItemCount()))
    assert not shown.detail.banner.isVisible()  # no "Threshold reached" on an archived one
    assert panel.context_menu(QPoint(-5, -5)) is None  # nowhere: no menu


def test_a_note_shows_as_typed_in_the_tooltip(qtbot: QtBot, shown: MainWindow, bea: int,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    panel = shown.detail.signals
    monkeypatch.setattr(ResolveSignalDialog, "ask", classmethod(
        lambda cls, parent, names: "<b>not bold</b> & <img src='x'>"))
    _pick(qtbot, shown, 0)
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    tip = panel.list.topLevelItem(0).toolTip(3)
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;img src=&#x27;x&#x27;&gt;" in tip
    assert "<b>" not in tip and "<img" not in tip
