"""The contact card as a user drives it: read view, edit mode, keys, typed rows, dirty state."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from networkapp.models import db
from networkapp.services.contacts import create_contact, get_contact
from networkapp.services.dto import AddressData, ContactFields, LabeledValue
from networkapp.services.importing import apply_import, plan_import
from networkapp.ui.controller import Controller
from networkapp.ui.widgets.contact_card_widget import ContactCardWidget

IT = QLocale(QLocale.Language.Italian, QLocale.Country.Italy)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def make_card(qtbot: QtBot, controller: Controller, contact_id: int | None,
              locale: QLocale = IT) -> ContactCardWidget:
    card = ContactCardWidget(controller, locale=locale)
    qtbot.addWidget(card)
    card.resize(640, 700)
    card.show()
    qtbot.waitExposed(card)
    card.activateWindow()
    card.show_contact(contact_id)
    return card


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def focused(card: ContactCardWidget) -> QWidget | None:
    """The widget of the card's window that has (or gets, once active) the keyboard."""
    return card.window().focusWidget()


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Click into a field, as a user does, and type."""
    click(qtbot, widget)
    qtbot.keyClicks(widget, text)


def key(qtbot: QtBot, card: ContactCardWidget, sequence: str) -> None:
    """Press keys where the focus is (the card itself when nothing in it has focus)."""
    target = focused(card)
    if target is None or not card.isAncestorOf(target):
        card.edit_button.setFocus()
        target = card.edit_button if card.edit_button.isVisible() else card
    combo = Qt.Key.Key_E if sequence == "Ctrl+E" else Qt.Key.Key_S
    if sequence == "Esc":
        qtbot.keyClick(target, Qt.Key.Key_Escape)
    elif sequence == "Enter":
        qtbot.keyClick(target, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(target, combo, Qt.KeyboardModifier.ControlModifier)


def shown_texts(card: ContactCardWidget) -> list[str]:
    """The read view's visible texts, without the zero-width spaces that let them wrap."""
    return [label.text().replace("\u200b", "") for label in card.read_view.findChildren(QLabel)
            if label.isVisible()]


def dump(path: Path) -> str:
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


# -- the API the window's "leave a changed card?" prompts use -----------------------------


def test_unsaved_changes_api(qtbot: QtBot, controller: Controller, ada: int) -> None:
    card = make_card(qtbot, controller, ada)
    assert not card.has_unsaved_changes()
    assert card.save_changes() and controller.undo_stack.count() == 0  # nothing to write
    click(qtbot, card.edit_button)
    type_into(qtbot, card.editor.title, "Engineer")
    assert card.has_unsaved_changes()
    card.discard_changes()
    assert not card.has_unsaved_changes() and not card.is_editing()
    assert get_contact(ada).fields.title == ""
    click(qtbot, card.edit_button)
    type_into(qtbot, card.editor.title, "Engineer")
    assert card.save_changes()
    assert get_contact(ada).fields.title == "Engineer"
    assert not card.has_unsaved_changes() and not card.is_editing()


# -- read view ------------------------------------------------------------------------------


RICH = ContactFields(
    given_name="Ada", family_name="<b>Rossi</b>", organization="Studio & Co", title="CTO",
    birthday="1980-12-31", notes="Met at <i>PyCon</i>", tags=("friends", "work"),
    emails=(LabeledValue("ada@example.com", "work"),),
    phones=(LabeledValue("+39 333 1234567", "_$!<AssistantPhone>!$_"),),
    urls=(LabeledValue("www.example.org", "home"), LabeledValue("javascript:alert(1)", "")),
    addresses=(AddressData(label="home", po_box="PO 7", extended="c/o Bianchi",
                           street="Via Roma 1\nScala B", locality="Bologna", region="BO",
                           postal_code="40100", country="Italy"),),
    cadence_days=30)


def test_read_view_shows_every_field_as_plain_text(
        qtbot: QtBot, controller: Controller, db_path: Path) -> None:
    card = make_card(qtbot, controller, create_contact(RICH))
    assert not card.is_editing() and card.edit_button.isVisible()
    assert not card.save_button.isVisible()
    shown = "\n".join(shown_texts(card))
    for part in ("PO 7", "c/o Bianchi", "Via Roma 1\nScala B", "40100 Bologna", "BO", "Italy",
                 "31 dicembre 1980", "friends, work", "Met at <i>PyCon</i>", "<b>Rossi</b>",
                 "_$!<AssistantPhone>!$_", "30"):
        assert part in shown, part
    assert card.read_view.role.text() == "CTO · Studio & Co"
    # Links escape the user's text and never open anything but mailto:, tel: and http(s):.
    links = [label.text() for label in card.read_view.links]
    assert len(links) == 3 and "javascript" not in "".join(links)
    assert card.read_view.name.textFormat() == Qt.TextFormat.PlainText


def test_links_open_through_the_desktop_and_copy_buttons_copy(
        qtbot: QtBot, controller: Controller, db_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(QUrl(url).toString()) or True)
    card = make_card(qtbot, controller, create_contact(RICH))
    for link in card.read_view.links:
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(4, link.height() // 2))
    assert opened == ["mailto:ada@example.com", "tel:+393331234567", "https://www.example.org"]
    click(qtbot, card.read_view.copy_buttons[0])
    assert QGuiApplication.clipboard().text() == "ada@example.com"
    click(qtbot, card.read_view.copy_buttons[2])  # the address, every part
    assert QGuiApplication.clipboard().text() == (
        "PO 7\nc/o Bianchi\nVia Roma 1\nScala B\n40100 Bologna\nBO\nItaly")


def test_a_very_long_name_wraps_instead_of_widening_the_card(
        qtbot: QtBot, controller: Controller, db_path: Path) -> None:
    long_name = "A" * 1000
    cid = create_contact(ContactFields(display_name=long_name, notes="word " * 300,
                                       emails=(LabeledValue("x" * 200 + "@example.com"),)))
    card = make_card(qtbot, controller, cid)
    assert card.minimumSizeHint().width() < 500
    assert card.read_view.name.width() <= card.width()
    click(qtbot, card.edit_button)
    assert card.minimumSizeHint().width() < 500


# -- edit mode, keys --------------------------------------------------------------------------


def test_ctrl_e_edits_ctrl_s_saves_esc_cancels(
        qtbot: QtBot, controller: Controller, ada: int) -> None:
    card = make_card(qtbot, controller, ada)
    key(qtbot, card, "Ctrl+E")
    assert card.is_editing() and focused(card) is card.editor.display_name
    assert not card.save_button.isEnabled() and not card.revert_button.isEnabled()
    type_into(qtbot, card.editor.title, "CTO")
    assert card.save_button.isEnabled() and card.revert_button.isEnabled()
    key(qtbot, card, "Esc")
    assert not card.is_editing() and get_contact(ada).fields.title == ""
    key(qtbot, card, "Ctrl+E")
    card.editor.title.setFocus()
    type_into(qtbot, card.editor.title, "CTO")
    key(qtbot, card, "Ctrl+S")
    assert not card.is_editing() and get_contact(ada).fields.title == "CTO"
    assert controller.undo_stack.undoText() == "Edit Ada Rossi"


def test_enter_in_a_line_saves_and_double_click_edits(
        qtbot: QtBot, controller: Controller, ada: int) -> None:
    card = make_card(qtbot, controller, ada)
    qtbot.mouseDClick(card.read_view, Qt.MouseButton.LeftButton)
    assert card.is_editing()
    type_into(qtbot, card.editor.organization, " Srl")
    qtbot.keyClick(card.editor.organization, Qt.Key.Key_Return)
    assert not card.is_editing()
    assert get_contact(ada).fields.organization == "Studio Aperto Srl"


def test_enter_in_notes_is_a_new_line(qtbot: QtBot, controller: Controller, ada: int) -> None:
    card = make_card(qtbot, controller, ada)
    click(qtbot, card.edit_button)
    type_into(qtbot, card.editor.notes, "one")
    qtbot.keyClick(card.editor.notes, Qt.Key.Key_Return)
    type_into(qtbot, card.editor.notes, "two")
    assert card.is_editing()
    click(qtbot, card.save_button)
    assert get_contact(ada).fields.notes == "one\ntwo"


def test_archived_card_cannot_be_edited(qtbot: QtBot, controller: Controller, ada: int) -> None:
    card = make_card(qtbot, controller, ada)
    card.set_read_only(True)
    assert card.edit_button.isHidden() and card.save_button.isHidden()
    key(qtbot, card, "Ctrl+E")
    qtbot.mouseDClick(card.read_view, Qt.MouseButton.LeftButton)
    assert not card.is_editing()


def test_a_new_card_starts_editing_and_leaves_esc_to_its_dialog(
        qtbot: QtBot, controller: Controller, db_path: Path) -> None:
    card = make_card(qtbot, controller, None)
    assert card.is_editing() and card.cancel_button.isHidden()
    assert not card.save_button.isEnabled()
    type_into(qtbot, card.editor.given_name, "Lia")
    key(qtbot, card, "Esc")
    assert card.editor.given_name.text() == "Lia"  # the dialog asks, not the card
    qtbot.keyClick(card.editor.given_name, Qt.Key.Key_Return)
    assert card.contact_id is not None and get_contact(card.contact_id).display_name == "Lia"


# -- typed rows, addresses, birthday ------------------------------------------------------------


def test_typed_rows_add_remove_and_keep_their_own_labels(
        qtbot: QtBot, controller: Controller, db_path: Path) -> None:
    cid = create_contact(RICH)
    card = make_card(qtbot, controller, cid)
    click(qtbot, card.edit_button)
    (phone_label,) = card.editor.phones.row_labels()
    assert phone_label.currentText() == "_$!<AssistantPhone>!$_"
    click(qtbot, card.editor.emails.add_button)
    new_row = card.editor.emails.rows[-1]
    assert focused(card) is new_row
    qtbot.keyClicks(new_row, "ada@home.example")
    qtbot.keyClick(new_row, Qt.Key.Key_Tab)
    assert focused(card) is card.editor.emails.remove_buttons()[-1]
    qtbot.keyClick(focused(card), Qt.Key.Key_Tab)
    assert focused(card) is card.editor.emails.add_button
    label_box = card.editor.emails.row_labels()[-1]
    label_box.lineEdit().selectAll()
    qtbot.keyClicks(label_box.lineEdit(), "Casa al mare")
    click(qtbot, card.editor.urls.remove_buttons()[1])
    key(qtbot, card, "Ctrl+S")
    stored = get_contact(cid).fields
    assert stored.emails == (LabeledValue("ada@example.com", "work"),
                             LabeledValue("ada@home.example", "Casa al mare"))
    assert stored.phones == RICH.phones  # the Apple label kept as it was
    assert stored.urls == RICH.urls[:1]


def test_structured_address_keeps_every_part(
        qtbot: QtBot, controller: Controller, db_path: Path) -> None:
    cid = create_contact(RICH)
    card = make_card(qtbot, controller, cid)
    click(qtbot, card.edit_button)
    (row,) = card.editor.addresses.rows
    assert row.street.toPlainText() == "Via Roma 1\nScala B"
    assert (row.po_box.text(), row.extended.toPlainText()) == ("PO 7", "c/o Bianchi")
    click(qtbot, row.region)
    qtbot.keyClick(row.region, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(row.region, "Emilia-Romagna")
    click(qtbot, card.editor.addresses.add_button)
    new = card.editor.addresses.rows[-1]
    assert focused(card) is new.street
    qtbot.keyClicks(new.street, "Piazza Maggiore 6")
    qtbot.keyClick(new.street, Qt.Key.Key_Return)
    qtbot.keyClicks(new.street, "Palazzo d'Accursio")
    type_into(qtbot, new.locality, "Bologna")
    click(qtbot, card.save_button)
    first, second = get_contact(cid).fields.addresses
    assert first == AddressData(label="home", po_box="PO 7", extended="c/o Bianchi",
                                street="Via Roma 1\nScala B", locality="Bologna",
                                region="Emilia-Romagna", postal_code="40100", country="Italy")
    assert second == AddressData(label="home", street="Piazza Maggiore 6\nPalazzo d'Accursio",
                                 locality="Bologna")


@pytest.mark.parametrize(("locale", "typed", "stored"), [
    (IT, "31/12/1980", "1980-12-31"),
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "31/12/1980",
     "1980-12-31"),
    (US, "12/31/1980", "1980-12-31"),
    (US, "1980-12-31", "1980-12-31"),
    (IT, "31/12", "--12-31"),
])
def test_birthday_typed_in_the_locale_form(  # noqa: PLR0917 (fixtures and parameters)
        qtbot: QtBot, controller: Controller, ada: int, locale: QLocale, typed: str,
        stored: str) -> None:
    card = make_card(qtbot, controller, ada, locale)
    click(qtbot, card.edit_button)
    type_into(qtbot, card.editor.birthday.line, typed)
    key(qtbot, card, "Ctrl+S")
    assert get_contact(ada).fields.birthday == stored
    click(qtbot, card.edit_button)  # shown again in the same form: nothing changed
    assert card.editor.birthday.text() == typed if "-" not in typed else True
    assert not card.save_button.isEnabled()


def test_impossible_birthday_is_explained_and_not_saved(
        qtbot: QtBot, controller: Controller, ada: int) -> None:
    card = make_card(qtbot, controller, ada, US)
    click(qtbot, card.edit_button)
    type_into(qtbot, card.editor.birthday.line, "31/12/1980")
    assert not card.save_button.isEnabled()
    assert "12/31/1980" in card.problem_summary.text()
    key(qtbot, card, "Ctrl+S")
    assert card.is_editing() and get_contact(ada).fields.birthday is None


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
def test_birthday_picked_from_the_calendar(qtbot: QtBot, controller: Controller, ada: int) -> None:
    card = make_card(qtbot, controller, ada)
    click(qtbot, card.edit_button)
    picker = card.editor.birthday
    picker.calendar.setSelectedDate(picker.calendar.selectedDate().addYears(-30))
    date = picker.calendar.selectedDate()
    click(qtbot, picker.pick_button)
    view = picker.calendar.findChild(QTableView)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # QCalendarWidget: activated
    assert picker.text() == date.toString("dd/MM/yyyy")
    click(qtbot, card.save_button)
    assert get_contact(ada).fields.birthday == date.toString("yyyy-MM-dd")


# -- dirty state on real cards ------------------------------------------------------------------


def import_file(path: Path) -> list[int]:
    result = apply_import(plan_import([path]))
    return sorted({*result.created_ids, *result.merged_ids})


@pytest.mark.parametrize("name", ["John_Doe_IPHONE.vcf", "John_Doe_GMAIL.vcf"])
def test_imported_card_opens_unchanged_and_saving_it_writes_nothing(
        qtbot: QtBot, controller: Controller, db_path: Path, shared_vcards: Path,
        name: str) -> None:
    (cid,) = import_file(shared_vcards / "ez-vcard" / name)
    before = dump(db_path)
    card = make_card(qtbot, controller, cid)
    click(qtbot, card.edit_button)
    assert not card.save_button.isEnabled() and not card.revert_button.isEnabled()
    assert not card.has_unsaved_changes()
    type_into(qtbot, card.editor.title, "x")
    assert card.revert_button.isEnabled()
    click(qtbot, card.revert_button)
    assert not card.save_button.isEnabled() and not card.revert_button.isEnabled()
    key(qtbot, card, "Ctrl+S")
    assert not card.is_editing()
    assert dump(db_path) == before and controller.undo_stack.count() == 0


def test_gmail_extended_address_is_shown_and_kept(
        qtbot: QtBot, controller: Controller, db_path: Path, shared_vcards: Path) -> None:
    (cid,) = import_file(shared_vcards / "ez-vcard" / "John_Doe_GMAIL.vcf")
    stored = get_contact(cid).fields.addresses
    card = make_card(qtbot, controller, cid)
    assert any("Crescent moon drive\n555-asd" in text for text in shown_texts(card))
    click(qtbot, card.edit_button)
    type_into(qtbot, card.editor.title, " Senior")
    key(qtbot, card, "Ctrl+S")
    assert get_contact(cid).fields.addresses == stored


def test_edits_survive_a_reload_of_the_same_contact(
        qtbot: QtBot, controller: Controller, ada: int) -> None:
    card = make_card(qtbot, controller, ada)
    click(qtbot, card.edit_button)
    type_into(qtbot, card.editor.title, "CTO")
    controller.tag_contacts([ada], "friends")  # the window reloads the card it shows
    card.show_contact(ada)
    assert card.editor.title.text() == "CTO" and card.editor.tags.text() == "friends"
    click(qtbot, card.save_button)
    assert get_contact(ada).fields.tags == ("friends",)
    assert get_contact(ada).fields.title == "CTO"
