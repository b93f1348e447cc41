"""The contact card as a user drives it: the leave-a-changed-card API, keys and clicks."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from networkapp.services.contacts import get_contact
from networkapp.ui.controller import Controller
from networkapp.ui.widgets.contact_card_widget import ContactCardWidget


def _card(qtbot: QtBot, controller: Controller, contact_id: int) -> ContactCardWidget:
    card = ContactCardWidget(controller)
    qtbot.addWidget(card)
    card.show_contact(contact_id)
    return card


def test_unsaved_changes_api(qtbot: QtBot, controller: Controller, ada: int) -> None:
    card = _card(qtbot, controller, ada)
    assert not card.has_unsaved_changes()
    assert card.save_changes() and controller.undo_stack.count() == 0  # nothing to write
    qtbot.keyClicks(card.title, "Engineer")
    assert card.has_unsaved_changes()
    card.discard_changes()
    assert not card.has_unsaved_changes() and card.title.text() == ""
    qtbot.keyClicks(card.title, "Engineer")
    assert card.save_changes()
    assert get_contact(ada).fields.title == "Engineer"
    assert not card.has_unsaved_changes()
