"""The contact table model: Qt's model tester on demo data, sorting, search, avatars."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from networkapp.services.contacts import create_contact
from networkapp.services.demo import generate_demo
from networkapp.services.dto import ContactFields, InteractionInput
from networkapp.services.interactions import add_interaction
from networkapp.ui.item_models.avatars import initials_avatar
from networkapp.ui.item_models.contact_table_model import (
    SORT_KEYS,
    ContactColumn,
    ContactRole,
    ContactTableModel,
)
from tests.services.test_contact_list import oracle, tied_network

DAY = dt.date(2024, 6, 1)  # the day the reasons are judged on (fixed: no midnight flakiness)
PNG_1PX = bytes.fromhex(  # one red pixel (a PNG Qt can decode)
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154"
    "789c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082")


def test_model_passes_qt_model_tester_on_demo_data(db_path: Path, qtbot: QtBot,
                                                    qtmodeltester: ModelTester
                                                    ) -> None:
    generate_demo(200)
    model = ContactTableModel()
    model.reload()
    assert model.rowCount() > 150
    qtmodeltester.check(model)
    model.sort(ContactColumn.BALANCE, Qt.SortOrder.DescendingOrder)
    model.set_search("ro")
    qtmodeltester.check(model)


def test_sorting_on_each_column_and_rows_role(db_path: Path, qtbot: QtBot) -> None:
    generate_demo(60)
    model = ContactTableModel()
    model.reload()
    model.sort(ContactColumn.WARNINGS, Qt.SortOrder.DescendingOrder)
    weights = [model.data(model.index(r, 0), ContactRole.ROW).open_warnings
               for r in range(model.rowCount())]
    assert weights == sorted(weights, reverse=True)
    for column in ContactColumn:
        model.sort(column, Qt.SortOrder.AscendingOrder)
        assert model.rowCount() > 0
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Balance"


def test_search_with_accents_and_row_lookup(db_path: Path, qtbot: QtBot) -> None:
    cid = create_contact(ContactFields(given_name="Niccolò", family_name="Ricci"))
    create_contact(ContactFields(display_name="Ada Rossi"))
    model = ContactTableModel()
    model.reload()
    model.set_search("nicolo")
    assert model.rowCount() == 1
    assert model.data(model.index(0, ContactColumn.NAME)) == "Niccolò Ricci"
    assert model.row_of(cid) == 0


def test_photo_avatar_loaded_after_paint_request(db_path: Path, qtbot: QtBot) -> None:
    create_contact(ContactFields(display_name="Pic", photo=PNG_1PX, photo_mime="image/png"))
    model = ContactTableModel()
    model.reload()
    cell = model.index(0, ContactColumn.NAME)
    initials = model.data(cell, Qt.ItemDataRole.DecorationRole)
    with qtbot.waitSignal(model.dataChanged):
        pass
    photo = model.data(cell, Qt.ItemDataRole.DecorationRole)
    assert photo.cacheKey() != initials.cacheKey()


@pytest.mark.qt_log_ignore("JPEG", "JFIF")
def test_an_unreadable_photo_shows_the_initials(db_path: Path, qtbot: QtBot) -> None:
    # A JPEG header over garbage, as damaged imports have: initials, not a grey disc.
    damaged = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4
    create_contact(ContactFields(display_name="Ada Rossi", photo=damaged, photo_mime="image/jpeg"))
    model = ContactTableModel()
    model.reload()
    cell = model.index(0, ContactColumn.NAME)
    model.data(cell, Qt.ItemDataRole.DecorationRole)
    with qtbot.waitSignal(model.dataChanged):
        pass
    shown = model.data(cell, Qt.ItemDataRole.DecorationRole).toImage()
    expected = initials_avatar("Ada Rossi", shown.width()).toImage()
    assert shown == expected


@pytest.mark.parametrize("view", ["active", "attention", "archived"])
def test_header_clicks_order_rows_as_the_oracle_does(db_path: Path, qtbot: QtBot,
                                                     view: str) -> None:
    tied_network()
    model = ContactTableModel()
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.resize(900, 300)
    table.show()
    model.clock = lambda: DAY  # the oracle's day, whatever the clock says (midnight)
    model.reload()
    model.set_view(view)
    header = table.horizontalHeader()
    for column in ContactColumn:
        for _ in range(2):  # the second click on a column reverses it
            _click_header(qtbot, table, column)
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            shown = [model.contact_id(row) for row in range(model.rowCount())]
            assert shown == oracle(view, SORT_KEYS[column], descending, DAY)


def _click_header(qtbot: QtBot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_problem_columns_sort_worst_first_on_the_first_click(db_path: Path,
                                                             qtbot: QtBot) -> None:
    tied_network()
    model = ContactTableModel()
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.resize(1000, 300)
    table.show()
    model.reload()
    header = table.horizontalHeader()
    for column in (ContactColumn.WARNINGS, ContactColumn.BALANCE, ContactColumn.REASON,
                   ContactColumn.NAME):
        _click_header(qtbot, table, column)
        worst_first = column != ContactColumn.NAME
        assert (header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder) == worst_first
    _click_header(qtbot, table, ContactColumn.WARNINGS)
    first = model.data(model.index(0, 0), ContactRole.ROW)
    assert first.open_warnings == max(model.data(model.index(r, 0), ContactRole.ROW)
                                      .open_warnings for r in range(model.rowCount()))
    _click_header(qtbot, table, ContactColumn.REASON)
    assert model.reasons(0) and model.reasons(0)[0].kind == "threshold"


def test_the_reason_column_shows_icons_and_says_the_reasons(db_path: Path,
                                                            qtbot: QtBot) -> None:
    late = create_contact(ContactFields(display_name="Late Lia", cadence_days=30))
    quiet = create_contact(ContactFields(display_name="Quiet Quinn"))
    when = DAY - dt.timedelta(days=40)
    for cid in (late, quiet):
        add_interaction(cid, InteractionInput(date=when))
    model = ContactTableModel()
    model.clock = lambda: DAY
    model.reload()
    row, other = model.row_of(late), model.row_of(quiet)
    assert row is not None and other is not None
    cell = model.index(row, ContactColumn.REASON)
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == "Keep-in-touch overdue by 10 days"
    assert model.data(cell, Qt.ItemDataRole.AccessibleTextRole) == (
        "Keep-in-touch overdue by 10 days")
    assert not model.data(cell, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(cell) is None  # icons only: the words are in the tooltip
    quiet_cell = model.index(other, ContactColumn.REASON)
    assert model.data(quiet_cell, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(quiet_cell, Qt.ItemDataRole.ToolTipRole) is None
    model.set_view("attention")
    assert [model.contact_id(r) for r in range(model.rowCount())] == [late]
