"""The Today view on a demo network, its buttons, the start view, the detail header's
reasons and the counts that say the same numbers in the status bar, tabs and report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from networkapp.services.contacts import create_contact
from networkapp.services.demo import generate_demo
from networkapp.services.dto import ContactFields, InteractionInput, SignalInput
from networkapp.services.interactions import add_interaction
from networkapp.services.listing import ContactQuery, list_contact_tuples
from networkapp.services.reasons import TODAY_REASONS, reasons, urgency
from networkapp.services.signals import add_signal
from networkapp.services.summary import network_report
from networkapp.ui import messages
from networkapp.ui.controller import Controller
from networkapp.ui.item_models.contact_table_model import ContactColumn, ContactRole
from networkapp.ui.main_window import MainWindow
from networkapp.ui.widgets.contact_detail_widget import INTERACTIONS_TAB

TODAY = dt.date(2026, 11, 20)  # the window judges reasons on this day (fixed: no midnight)


@pytest.fixture(autouse=True)
def _no_unsaved_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "ask_unsaved", lambda *args: messages.Unsaved.DISCARD)


@pytest.fixture(autouse=True)
def _fixed_day(controller: Controller, window: MainWindow) -> None:
    """The window, its list and its header judge the reasons on TODAY."""
    controller.clock = window.model.clock = lambda: TODAY


def _fixed(window: MainWindow) -> MainWindow:
    window.model.clock = lambda: TODAY
    return window


def _late(name: str, days: int = 45, cadence: int = 30) -> int:
    cid = create_contact(ContactFields(display_name=name, cadence_days=cadence))
    add_interaction(cid, InteractionInput(date=TODAY - dt.timedelta(days=days)))
    return cid


def _click_action(qtbot: QtBot, window: MainWindow, row: int) -> None:
    table = window.table
    rect = table.visualRect(window.model.index(row, ContactColumn.ACTION))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_today_lists_what_to_do_most_urgent_first(qtbot: QtBot, window: MainWindow,
                                                  db_path: Path) -> None:
    generate_demo(300, today=TODAY)
    window.load()
    window.acts.show_today.trigger()
    model = window.model
    assert model.query.view == "today" and model.rowCount() > 10
    assert not window.table.isColumnHidden(ContactColumn.ACTION)
    assert window.table.isColumnHidden(ContactColumn.BALANCE)  # room for what to do
    header = window.table.horizontalHeader()
    assert header.visualIndex(ContactColumn.ACTION) < header.visualIndex(ContactColumn.TO_DO)
    assert window.view_bar.tabText(3) == f"Today ({model.rowCount()})"
    rows = list_contact_tuples(ContactQuery(view="all"), TODAY)
    expected = [r for r in rows if {x.kind for x in reasons(r, TODAY, 3)} & set(TODAY_REASONS)]
    assert sorted(model.contact_id(r) for r in range(model.rowCount())) == sorted(
        r[0] for r in expected)
    keys = [urgency(model.reasons(r)) for r in range(model.rowCount())]
    assert keys == sorted(keys, reverse=True)  # most urgent first
    first = model.index(0, ContactColumn.ACTION)
    assert first.data() in ("Clarify…", "Finish clarification…")
    assert model.index(0, ContactColumn.TO_DO).data().startswith("At the threshold")
    window.acts.show_active.trigger()
    assert window.table.isColumnHidden(ContactColumn.ACTION)
    assert not window.table.isColumnHidden(ContactColumn.BALANCE)


def test_the_action_button_logs_an_interaction(qtbot: QtBot, window: MainWindow,
                                               db_path: Path) -> None:
    late = _late("Late Lia")
    window.load()
    window.acts.show_today.trigger()
    assert window.model.rowCount() == 1
    assert window.model.index(0, ContactColumn.TO_DO).data() == (
        "Keep-in-touch overdue by 15 days")
    _click_action(qtbot, window, 0)
    assert window.detail.contact_id == late
    assert window.detail.tabs.currentIndex() == INTERACTIONS_TAB
    editor = window.detail.interactions
    qtbot.keyClicks(editor.summary, "Coffee at last")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)  # done: off the Today list
    assert window.empty_label.isVisible()
    assert window.empty_label.text() == (
        "Nothing to do today: every relationship is in good shape.")


def test_the_clarify_button_opens_the_wizard_for_that_contact(
        qtbot: QtBot, window: MainWindow, db_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cid = create_contact(ContactFields(display_name="Warned Wim"))
    for _ in range(3):
        add_signal(cid, SignalInput(TODAY, "warning", "ego_first"))
    _late("Late Lia")
    asked: list[int] = []
    monkeypatch.setattr(window.commands, "clarify", asked.append)
    window.load()
    window.acts.show_today.trigger()
    assert window.model.contact_id(0) == cid  # at the threshold: before the overdue one
    _click_action(qtbot, window, 0)
    assert asked == [cid]


def test_the_window_starts_on_today_when_anything_is_due(
        qtbot: QtBot, controller: Controller, ui_settings: object, db_path: Path) -> None:
    quiet = _fixed(MainWindow(controller, ui_settings))  # type: ignore[arg-type]
    qtbot.addWidget(quiet)
    quiet.load()
    quiet.reasons.show_start_view()
    assert quiet.view_bar.view == "active"  # nothing due: where it was left
    _late("Late Lia")
    busy = _fixed(MainWindow(controller, ui_settings))  # type: ignore[arg-type]
    qtbot.addWidget(busy)
    busy.load()
    busy.reasons.show_start_view()
    assert busy.view_bar.view == "today" and busy.model.rowCount() == 1


def test_the_header_says_why_and_its_button_acts(qtbot: QtBot, window: MainWindow,
                                                 db_path: Path) -> None:
    late = _late("Late Lia")
    calm = create_contact(ContactFields(display_name="Calm Carla"))
    window.load()
    window.select_ids([late])
    header = window.detail.reasons
    assert header.text == "Keep-in-touch overdue by 15 days"
    assert [b.text() for b in header.buttons] == ["Log interaction…"]
    height = header.height()
    qtbot.mouseClick(header.buttons[0], Qt.MouseButton.LeftButton)
    assert window.detail.tabs.currentIndex() == INTERACTIONS_TAB
    window.select_ids([calm])
    assert header.text == "Nothing needs your attention with this contact."
    assert header.buttons == [] and header.height() == height  # the tabs never move


def test_status_bar_tabs_and_report_say_the_same_numbers(qtbot: QtBot, window: MainWindow,
                                                         db_path: Path) -> None:
    generate_demo(400, today=TODAY)
    window.load()
    report = {key: n for key, _, n in network_report(today=TODAY).counts_by_status}
    tabs = [window.view_bar.tabText(i) for i in range(window.view_bar.count())]
    assert tabs == [f"All active ({report['active']:,})",
                    f"Needs attention ({report['attention']:,})",
                    f"Archived ({report['archived']:,})", f"Today ({report['today']:,})"]
    assert report["clarifying"] > 0
    assert window.counts.text() == (
        f"{report['active']:,} active ({report['clarifying']:,} clarifying) · "
        f"{report['attention']:,} need attention · {report['today']:,} today · "
        f"{report['archived']:,} archived")


def test_warnings_say_the_count_and_the_weight_where_it_differs(
        qtbot: QtBot, window: MainWindow, db_path: Path) -> None:
    cid = create_contact(ContactFields(display_name="Heavy Hal"))
    for weight in (3, 2, 1, 1):
        add_signal(cid, SignalInput(TODAY, "warning", "ego_first", weight))
    light = create_contact(ContactFields(display_name="Light Lu"))
    add_signal(light, SignalInput(TODAY, "warning", "ego_first"))
    window.load()
    row, other = window.model.row_of(cid), window.model.row_of(light)
    assert row is not None and other is not None
    cell = window.model.index(row, ContactColumn.WARNINGS)
    assert cell.data() == "4 (weight 7)"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "4 open warnings, weight 7 (threshold 3)"
    assert window.model.index(other, ContactColumn.WARNINGS).data() == "1"
    assert window.model.data(cell, ContactRole.ROW).open_warning_count == 4


def test_the_header_shows_one_button_per_action(qtbot: QtBot) -> None:
    from networkapp.services.reasons import THRESHOLD, UNFINISHED_CLARIFICATION, Reason
    from networkapp.ui.widgets.reasons_header_widget import ReasonsHeaderWidget

    header = ReasonsHeaderWidget()
    qtbot.addWidget(header)
    # Being clarified at the threshold: going on with the draft deals with both reasons.
    header.set_reasons((Reason(THRESHOLD, 6), Reason(UNFINISHED_CLARIFICATION)), 3, resume=True)
    assert [b.text() for b in header.buttons] == ["Finish clarification…"]
