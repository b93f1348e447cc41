"""Undo puts the file back exactly (same ids, every column), and a failed undo changes nothing.

Issue 13, items 1 and 2: delete contact A, edit contact B, Undo twice used to fail with
``UNIQUE constraint failed: contact_email.id`` and lose A for good; undoing "Delete
interaction" left its signals unlinked.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from networkapp.models import db
from networkapp.services.contacts import get_contact
from networkapp.services.dto import (
    AddressData,
    ContactFields,
    ExchangeInput,
    InteractionInput,
    LabeledValue,
    SignalInput,
)
from networkapp.ui import messages
from networkapp.ui.controller import Controller
from networkapp.ui.main_window import MainWindow
from tests.dump import differences, dump_file

DAY = dt.date(2024, 5, 3)


def _person(name: str, number: str) -> ContactFields:
    return ContactFields(
        display_name=name, emails=(LabeledValue(f"{name.lower()}@example.org", "work"),),
        phones=(LabeledValue(number, "mobile"),), urls=(LabeledValue(f"https://{name}.org"),),
        addresses=(AddressData(street="Via Roma 1", locality="Milano"),), tags=("mentor",))


def _edited(fields: ContactFields) -> ContactFields:
    return ContactFields(**{**fields.__dict__, "organization": "Orbit",
                            "emails": (*fields.emails, LabeledValue("new@example.org"))})


@pytest.fixture
def a_and_b(controller: Controller) -> tuple[int, int]:
    """Two contacts with child rows, B created last (its rows hold the highest ids)."""
    a = controller.add_contact(_person("Ada", "+39 333 1"))
    b = controller.add_contact(_person("Bea", "+39 333 2"))
    controller.undo_stack.clear()
    return a, b


def test_delete_a_edit_b_undo_twice_brings_a_back_exactly(
        controller: Controller, a_and_b: tuple[int, int]) -> None:
    a, b = a_and_b
    start = dump_file()
    controller.delete_contacts([a])
    controller.update_contact(b, _edited(get_contact(b).fields))
    end = dump_file()
    assert controller.undo() and controller.undo()
    assert differences(start, dump_file()) == []
    assert controller.redo() and controller.redo()
    assert differences(end, dump_file()) == []


def test_edit_b_delete_a_undo_twice(controller: Controller, a_and_b: tuple[int, int]) -> None:
    a, b = a_and_b
    start = dump_file()
    controller.update_contact(b, _edited(get_contact(b).fields))
    controller.delete_contacts([a])
    controller.update_contact(b, _edited(get_contact(b).fields))
    controller.tag_contacts([b], "friend")
    while controller.undo_stack.canUndo():
        assert controller.undo()
    assert differences(start, dump_file()) == []


def test_undo_delete_interaction_brings_back_its_signals_links_and_exchanges(
        controller: Controller, a_and_b: tuple[int, int]) -> None:
    a, _ = a_and_b
    iid = controller.add_interaction(a, InteractionInput(
        DAY, summary="Coffee", exchanges=(ExchangeInput("gave", "advice"),
                                          ExchangeInput("received", "time"))))
    controller.add_signal(a, SignalInput(DAY, "warning", "ego_first", interaction_id=iid))
    controller.add_signal(a, SignalInput(DAY, "positive", "reciprocated", interaction_id=iid))
    before = dump_file()
    controller.delete_interaction(iid)
    linked = "SELECT count(*) FROM signal WHERE interaction_id = ?"
    assert db.execute_sql(linked, (iid,)).fetchone()[0] == 0
    assert controller.undo()
    assert db.execute_sql(linked, (iid,)).fetchone()[0] == 2
    assert differences(before, dump_file()) == []


def _delete_then_another_program_takes_an_id(controller: Controller, a: int, b: int) -> int:
    """Delete ``a``; then another program gives ``b`` the id of a's e-mail. Return the id."""
    (email_id,) = db.execute_sql("SELECT id FROM contact_email WHERE contact_id = ?",
                                 (a,)).fetchone()
    controller.delete_contacts([a])
    other = sqlite3.connect(db.database)
    with other:
        other.execute("INSERT INTO contact_email (id, contact_id, value, label, position) "
                      "VALUES (?, ?, 'x@example.org', '', 9)", (email_id, b))
    other.close()
    return int(email_id)


def test_a_failed_undo_leaves_the_stack_and_the_file_as_they_were(
        controller: Controller, a_and_b: tuple[int, int], qtbot: QtBot) -> None:
    a, b = a_and_b
    email_id = _delete_then_another_program_takes_an_id(controller, a, b)
    before = dump_file()
    with qtbot.waitSignal(controller.undo_failed) as blocker:
        assert not controller.undo()
    assert blocker.args[0].startswith("Cannot undo “Delete Ada”: another program changed")
    assert blocker.args[0].endswith("Close it and try again. Nothing was changed.")
    assert (controller.undo_stack.index(), controller.undo_stack.undoText()) == (1, "Delete Ada")
    assert differences(before, dump_file()) == []
    db.execute_sql("DELETE FROM contact_email WHERE id = ?", (email_id,))  # it goes away
    assert controller.undo()
    assert get_contact(a).fields.emails == (LabeledValue("ada@example.org", "work"),)


def test_delete_edit_then_ctrl_z_twice_in_the_window(
        qtbot: QtBot, controller: Controller, window: MainWindow, a_and_b: tuple[int, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = a_and_b
    window.load()
    start = dump_file()
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _w, _t, text: errors.append(text))
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    window.select_ids([a])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.model.row_of(a) is None
    controller.update_contact(b, _edited(get_contact(b).fields))  # what the card's Save does
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert errors == []
    assert window.model.row_of(a) is not None
    assert differences(start, dump_file()) == []
    assert not window.acts.undo.isEnabled()


def test_a_failed_ctrl_z_in_the_window_says_why_and_keeps_the_step(
        qtbot: QtBot, controller: Controller, window: MainWindow, a_and_b: tuple[int, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _delete_then_another_program_takes_an_id(controller, *a_and_b)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda _w, title, text: shown.append(
        (title, text)))
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1 and "Delete Ada" in shown[0][1]
    assert "data is safe" not in shown[0][1]
    assert window.acts.undo.isEnabled()
    assert window.acts.undo.text() == "&Undo Delete Ada"


def test_commands_the_stack_drops_free_their_kept_rows(
        controller: Controller, a_and_b: tuple[int, int]) -> None:
    a, b = a_and_b

    def kept() -> int:
        return sum(db.execute_sql(f"SELECT count(*) FROM temp.{name}").fetchone()[0]
                   for (name,) in db.execute_sql(
                       "SELECT name FROM temp.sqlite_master WHERE type = 'table' "
                       "AND name LIKE 'undo_kept_%'").fetchall())

    controller.delete_contacts([a])
    with_one = kept()
    assert with_one > 0
    assert controller.undo()
    controller.tag_contacts([b], "friend")  # the undone delete can never be redone now
    assert 0 < kept() < with_one
    controller.undo_stack.clear()
    assert kept() == 0
