"""Every kind of edit through the controller is undoable and redoable, with a named text."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from networkapp.services.contacts import contact_status, contact_tags, get_contact
from networkapp.services.dto import ContactFields, ExchangeInput, InteractionInput, SignalInput
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.interactions import list_interactions
from networkapp.services.signals import list_signals
from networkapp.services.states import history
from networkapp.ui.controller import Controller

DAY = dt.date(2024, 5, 3)


def _round_trip(controller: Controller, text: str, done: object, undone: object) -> None:
    stack = controller.undo_stack
    assert stack.undoText() == text
    assert done()  # type: ignore[operator]
    stack.undo()
    assert undone()  # type: ignore[operator]
    stack.redo()
    assert done()  # type: ignore[operator]


def test_contact_add_edit_delete(controller: Controller) -> None:
    cid = controller.add_contact(ContactFields(given_name="Ada", family_name="Rossi"))

    def exists() -> bool:
        try:
            get_contact(cid)
        except NotFoundError:
            return False
        return True

    _round_trip(controller, "Add contact Ada Rossi", exists, lambda: not exists())
    controller.update_contact(cid, ContactFields(given_name="Ada", family_name="Rossi",
                                                 organization="Orbit"))
    _round_trip(controller, "Edit Ada Rossi", lambda: get_contact(cid).fields.organization,
                lambda: not get_contact(cid).fields.organization)
    controller.delete_contacts([cid])
    _round_trip(controller, "Delete Ada Rossi", lambda: not exists(), exists)


def test_interaction_add_edit_delete(controller: Controller, ada: int) -> None:
    data = InteractionInput(DAY, summary="Coffee",
                            exchanges=(ExchangeInput("gave", "advice"),))
    iid = controller.add_interaction(ada, data)
    _round_trip(controller, "Add interaction with Ada Rossi",
                lambda: len(list_interactions(ada)) == 1, lambda: not list_interactions(ada))
    controller.update_interaction(iid, InteractionInput(DAY, summary="Lunch"))
    _round_trip(controller, "Edit interaction with Ada Rossi",
                lambda: list_interactions(ada)[0].summary == "Lunch",
                lambda: list_interactions(ada)[0].exchanges[0].kind == "advice")
    controller.delete_interaction(iid)
    _round_trip(controller, "Delete interaction with Ada Rossi",
                lambda: not list_interactions(ada), lambda: len(list_interactions(ada)) == 1)


def test_signal_add_delete(controller: Controller, ada: int) -> None:
    sid = controller.add_signal(ada, SignalInput(DAY, "warning", "ego_first"))
    _round_trip(controller, "Add signal about Ada Rossi",
                lambda: len(list_signals(ada)) == 1, lambda: not list_signals(ada))
    controller.delete_signal(sid)
    _round_trip(controller, "Delete signal about Ada Rossi",
                lambda: not list_signals(ada), lambda: len(list_signals(ada)) == 1)


def test_tag_and_archive_and_restore(controller: Controller, ada: int) -> None:
    bea = controller.add_contact(ContactFields(display_name="Bea"))
    controller.tag_contacts([ada, bea], "mentor")
    _round_trip(controller, "Tag 2 contacts as “mentor”",
                lambda: contact_tags(ada) == ("mentor",) == contact_tags(bea),
                lambda: not contact_tags(ada) and not contact_tags(bea))
    controller.archive_contacts([ada], "one-sided")
    _round_trip(controller, "Archive Ada Rossi", lambda: contact_status(ada) == "archived",
                lambda: contact_status(ada) == "active" and len(history(ada)) == 1)
    controller.restore_contacts([ada])
    _round_trip(controller, "Restore Ada Rossi", lambda: contact_status(ada) == "active",
                lambda: contact_status(ada) == "archived")


def test_refused_input_raises_and_pushes_nothing(controller: Controller, qtbot: QtBot) -> None:
    with pytest.raises(ValidationError):
        controller.add_contact(ContactFields(emails=()))
    assert controller.undo_stack.count() == 0


def test_edits_announce_the_contact(controller: Controller, ada: int, qtbot: QtBot) -> None:
    with qtbot.waitSignal(controller.contact_changed) as blocker:
        controller.add_signal(ada, SignalInput(DAY, "positive", "reciprocated"))
    assert blocker.args == [ada]
    with qtbot.waitSignal(controller.contacts_changed) as blocker:
        controller.undo_stack.undo()
    assert blocker.args == [[ada]]
