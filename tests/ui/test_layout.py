"""The window at 900x600 and as things appear: nothing clipped, nothing jumps under the pointer."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields, LabeledValue, SignalInput
from networkapp.services.signals import add_signal
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.contact_dialog import ContactDialog
from networkapp.ui.item_models.contact_table_model import ContactColumn
from networkapp.ui.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def bea(db_path: object) -> int:
    """A contact whose open warnings are past the threshold (the banner shows)."""
    cid = create_contact(ContactFields(given_name="Bea", family_name="Neri"))
    for day in range(1, 6):
        add_signal(cid, SignalInput(date=dt.date(2026, 4, day), polarity="warning",
                                    category="never_reciprocates", weight=3))
    return cid


def select(qtbot: QtBot, window: MainWindow, contact_id: int) -> None:
    """Click the contact's row."""
    row = window.model.row_of(contact_id)
    assert row is not None
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.detail.contact_id == contact_id


def clipped(root: QWidget) -> list[str]:
    """Visible controls under ``root`` cut off by its edges or squeezed below their size.

    A control inside a scroll area is judged against the area's viewport width (the
    height may scroll; the width must not).
    """
    found = []
    kinds = (QAbstractButton, QComboBox, QLineEdit)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QComboBox | QLineEdit):
            continue  # a combo's or a line edit's own parts
        name = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
        what = f"{type(widget).__name__} {name!r}"
        if widget.width() < widget.minimumSizeHint().width():
            found.append(f"{what} squeezed to {widget.width()} px")
        area = _scroll_area_of(widget, root)
        frame = area.viewport() if area is not None else root
        left = widget.mapTo(frame, QPoint(0, 0)).x()
        if left < 0 or left + widget.width() > frame.width():
            found.append(f"{what} cut at the side ({left}+{widget.width()} > {frame.width()})")
    return found


def _scroll_area_of(widget: QWidget, root: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


@pytest.fixture
def small_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The window at 900x600, its default layout applied (tests load it)."""
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.width() == 900 and window.height() == 600)
    qtbot.wait(10)  # the default splitter sizes are set once the window has its size
    return window


def test_at_900x600_nothing_is_clipped_in_any_tab(qtbot: QtBot, small_window: MainWindow,
                                                  ada: int, bea: int) -> None:
    window = small_window
    window.load()
    for contact in (ada, bea):
        select(qtbot, window, contact)
        for tab in (1, 2, 3, 4):
            qtbot.keyClick(window.table, Qt.Key(Qt.Key.Key_0 + tab), ALT)
            if tab == 2:  # the interaction editor with exchange rows
                rows = window.detail.interactions.exchange_rows
                qtbot.mouseClick(rows.add_gave, Qt.MouseButton.LeftButton)
                qtbot.mouseClick(rows.add_received, Qt.MouseButton.LeftButton)
            problems = clipped(window.detail)
            assert problems == [], f"contact {contact}, tab {tab}"
            for area in window.detail.tabs.currentWidget().findChildren(QScrollArea):
                assert area.horizontalScrollBar().maximum() == 0
            window.detail.interactions.discard_changes()


def test_signal_presets_flow_onto_more_lines_when_narrow(qtbot: QtBot, small_window: MainWindow,
                                                         ada: int) -> None:
    window = small_window
    window.load()
    select(qtbot, window, ada)
    qtbot.keyClick(window.table, Qt.Key.Key_3, ALT)
    buttons = list(window.detail.signals.quick_buttons.values())
    lines = {b.mapTo(window, QPoint(0, 0)).y() for b in buttons}
    assert len(lines) >= 4
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.width() == 1600)
    window.splitter.setSizes([700, 900])
    qtbot.waitUntil(lambda: window.detail.width() >= 880)
    wide_lines = {b.mapTo(window, QPoint(0, 0)).y() for b in buttons}
    assert len(wide_lines) < len(lines)
    assert clipped(window.detail) == []


def test_balance_and_warnings_stay_in_sight_before_status(qtbot: QtBot,
                                                          small_window: MainWindow,
                                                          ada: int) -> None:
    small_window.load()
    table = small_window.table
    header = table.horizontalHeader()
    width = table.viewport().width()
    for column in (ContactColumn.NAME, ContactColumn.REASON, ContactColumn.BALANCE,
                   ContactColumn.WARNINGS):
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= width, column.name
    for column in ContactColumn:  # the rest starts at the edge, reached by scrolling: none cut
        left = header.sectionViewportPosition(column)
        assert left + header.sectionSize(column) <= width or left >= width, column.name
    assert header.visualIndex(ContactColumn.WARNINGS) < header.visualIndex(ContactColumn.STATUS)
    assert header.visualIndex(ContactColumn.BALANCE) < header.visualIndex(ContactColumn.STATUS)


def test_the_name_column_takes_the_spare_width(qtbot: QtBot, window: MainWindow,
                                               ada: int) -> None:
    window.load()
    header = window.table.horizontalHeader()
    others = [c for c in ContactColumn if c != ContactColumn.NAME]
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: window.width() == 1400)
    window.splitter.setSizes([850, 550])  # every column fits
    qtbot.wait(10)
    before = (header.sectionSize(ContactColumn.NAME), [header.sectionSize(c) for c in others])
    viewport_before = window.table.viewport().width()
    window.splitter.setSizes([1000, 400])
    qtbot.waitUntil(lambda: window.table.viewport().width() > viewport_before)
    grown = window.table.viewport().width() - viewport_before
    assert [header.sectionSize(c) for c in others] == before[1]
    assert header.sectionSize(ContactColumn.NAME) == before[0] + grown
    assert header.length() == window.table.viewport().width()  # no gap, no sideways scroll


def test_the_banner_does_not_push_the_tabs_down(qtbot: QtBot, small_window: MainWindow,
                                                ada: int, bea: int) -> None:
    window = small_window
    window.load()
    select(qtbot, window, ada)
    assert not window.detail.banner.isVisible()
    tabs_at = window.detail.tabs.tabBar().mapTo(window, QPoint(0, 0))
    select(qtbot, window, bea)
    assert window.detail.banner.isVisible()
    assert window.detail.tabs.tabBar().mapTo(window, QPoint(0, 0)) == tabs_at
    banner = window.detail.banner
    inside = QRect(banner.mapTo(window, QPoint(0, 0)), banner.size())
    assert window.rect().contains(inside)  # and the banner itself is in sight
    assert clipped(banner) == []


def test_a_new_contact_s_card_starts_at_its_top(qtbot: QtBot, small_window: MainWindow,
                                                controller: Controller,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    long_card = create_contact(ContactFields(
        given_name="Ada", family_name="Lunga", notes="\n".join(f"line {i}" for i in range(40)),
        phones=tuple(LabeledValue(f"+39 333 000{i:04}", "mobile") for i in range(12))))
    window = small_window
    window.load()
    select(qtbot, window, long_card)
    qtbot.keyClick(window.table, Qt.Key.Key_1, ALT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    areas = [a for a in window.detail.card.findChildren(QScrollArea) if a.isVisible()]
    assert areas and any(a.verticalScrollBar().maximum() > 0 for a in areas)
    for area in areas:  # the user scrolled Ada's card down
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())

    def type_new_contact(parent: QWidget, ctl: Controller) -> int | None:
        dialog = ContactDialog(ctl, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.card.given_name)
        qtbot.keyClicks(dialog.card.given_name, "Nuova")
        qtbot.keyClick(dialog.card.given_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        return dialog.value()

    monkeypatch.setattr(ContactDialog, "ask", classmethod(
        lambda cls, parent, ctl: type_new_contact(parent, ctl)))
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.title.text() == "Nuova"
    assert [a.verticalScrollBar().value() for a in window.detail.card.findChildren(QScrollArea)
            if a.isVisible()] == [0] * len(areas)
