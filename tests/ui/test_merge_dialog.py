"""The side-by-side merge dialog, driven by mouse and keyboard; it takes any versions of a
card (contacts here, a server's copy for sync) and gives back the merged fields."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from networkapp.services.dto import AddressData, ContactFields, LabeledValue
from networkapp.ui.dialogs.merge_dialog import CardVersion, MergeDialog

MARIO = ContactFields(display_name="Mario Rossi", given_name="Mario", family_name="Rossi",
                      organization="Acme", notes="Met at the fair.",
                      emails=(LabeledValue("mario@acme.it", "work"),), tags=("fair",))
ROSSI = ContactFields(display_name="Rossi, Mario", organization="ACME S.p.A.",
                      birthday="1980-03-14", notes="Likes jazz.", cadence_days=30,
                      emails=(LabeledValue("MARIO@acme.it"), LabeledValue("m@gmail.com")),
                      addresses=(AddressData(street="Via Roma 1", locality="Bologna"),),
                      tags=("Fair", "jazz"))


def _dialog(qtbot: QtBot, *versions: ContactFields) -> MergeDialog:
    dialog = MergeDialog([CardVersion(f"Card {n}", v) for n, v in enumerate(versions, 1)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # keys go to the focused button only in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _radio(dialog: MergeDialog, name: str) -> QRadioButton:
    button = dialog.findChild(QRadioButton, name)
    assert button is not None, name
    return button


def _click(qtbot: QtBot, button: QRadioButton) -> None:
    """Click a radio button on its circle (a wide cell's middle may be past its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def test_the_most_complete_card_is_the_base_and_gaps_are_filled(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, MARIO, ROSSI)
    assert dialog.base == 1  # Rossi holds more
    result = dialog.value().fields
    assert (result.display_name, result.organization) == ("Rossi, Mario", "ACME S.p.A.")
    assert (result.given_name, result.family_name) == ("Mario", "Rossi")  # only card 1 has
    assert [e.value for e in result.emails] == ["MARIO@acme.it", "m@gmail.com"]
    assert result.tags == ("Fair", "jazz")
    assert _radio(dialog, "organization_1").isChecked()
    assert dialog.result_labels["organization"].text() == "ACME S.p.A."


def test_choosing_with_the_mouse_changes_the_result(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, MARIO, ROSSI)
    _click(qtbot, _radio(dialog, "organization_0"))
    _click(qtbot, _radio(dialog, "display_name_0"))
    assert dialog.result_labels["organization"].text() == "Acme"
    _click(qtbot, _radio(dialog, "notes_combine"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    result = dialog.value().fields
    assert (result.display_name, result.organization) == ("Mario Rossi", "Acme")
    assert result.notes == "Likes jazz.\n\nMet at the fair."


def test_keyboard_arrows_choose_tab_moves_on_and_enter_merges(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, MARIO, ROSSI)
    first = _radio(dialog, "display_name_1")
    assert dialog.focusWidget() is first  # the first field where the cards differ
    qtbot.keyClick(first, Qt.Key.Key_Left)  # the other card's value for this field
    assert dialog.focusWidget() is _radio(dialog, "display_name_0")
    assert dialog.value().fields.display_name == "Mario Rossi"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # the next field
    assert dialog.focusWidget() is _radio(dialog, "given_name_0")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.value().fields.display_name == "Mario Rossi"


def test_escape_cancels(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, MARIO, ROSSI)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_values_are_plain_text_and_the_differing_fields_stand_out(qtbot: QtBot) -> None:
    marked = ContactFields(display_name="<b>Eve</b>", organization="<i>Acme</i>")
    dialog = _dialog(qtbot, marked, ContactFields(display_name="Eve", organization="Acme"))
    assert _radio(dialog, "display_name_0").text() == "<b>Eve</b>"
    assert dialog.result_labels["display_name"].textFormat() == Qt.TextFormat.PlainText
    assert dialog.differing == {"display_name", "organization"}


def test_three_versions_one_column_each(qtbot: QtBot) -> None:
    third = ContactFields(display_name="M. Rossi", title="CTO")
    dialog = _dialog(qtbot, MARIO, ROSSI, third)
    _click(qtbot, _radio(dialog, "title_2"))
    assert dialog.value().fields.title == "CTO"
    assert dialog.choices()["title"] == 2
