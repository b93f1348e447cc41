"""The import preview marks a new card that looks like a stored contact and, on request,
merges it into that contact instead (keyboard and mouse)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from networkapp.models import db
from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields, LabeledValue
from networkapp.services.importing import ImportData
from networkapp.services.settings import set_phone_region
from networkapp.ui.item_models.import_plan_table_model import ImportColumn
from tests.services.duplicates.test_import_look_alike import CARD
from tests.ui.test_import_preview import column, planned


def test_mark_then_merge_into_the_look_alike(qtbot: QtBot, db_path: Path) -> None:
    set_phone_region("IT")
    mario = create_contact(ContactFields(display_name="Mario Rossi", organization="Acme",
                                         phones=(LabeledValue("+39 333 1234567"),)))
    dialog = planned(qtbot, [ImportData("m.vcf", CARD)])
    dialog.show()
    assert column(dialog, ImportColumn.FATE) == ["new (looks like Mario Rossi)", "new"]
    assert column(dialog, ImportColumn.DETAILS)[0].startswith(
        "looks like Mario Rossi: same phone +393331234567")
    assert "1 new card looks like a contact you have" in dialog.summary.text()
    assert dialog.look_alike_button.isEnabled()  # the look-alike is the current row
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # the second card: no look-alike
    assert not dialog.look_alike_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    assert dialog.look_alike_button.isEnabled()
    qtbot.mouseClick(dialog.look_alike_button, Qt.MouseButton.LeftButton)
    assert column(dialog, ImportColumn.FATE)[0] == "merge into Mario Rossi instead"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert not dialog.look_alike_button.isChecked()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    assert dialog.look_alike_button.isChecked()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = dialog.value()
    assert result is not None and result.merged_ids == (mario,)
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 2
