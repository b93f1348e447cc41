"""The import preview dialog: fates and counts, cancel writes nothing, Import writes all."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from networkapp.models import Contact
from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields, LabeledValue
from networkapp.services.importing import ImportData
from networkapp.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from networkapp.ui.item_models.import_plan_table_model import ImportColumn, ImportPlanTableModel


def card(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


MIXED = (card("FN:Ada Rossi", "EMAIL:ada@example.com", "ORG:Acme Ltd", "TITLE:CEO")
         + card("FN:<b>Marco</b> Bianchi", "TEL:555 0100")
         + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\n"
         + card("FN:Lia Conti", "EMAIL:lia@example.com"))


@pytest.fixture
def vcf(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.vcf"
    path.write_text(MIXED, encoding="utf-8")
    return path


@pytest.fixture
def ada_acme(db_path: Path) -> int:
    return create_contact(ContactFields(display_name="Ada Rossi", organization="Acme",
                                        emails=(LabeledValue("ada@example.com"),)))


def planned(qtbot: QtBot, sources: list) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(sources)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    return dialog


def column(dialog: ImportPreviewDialog, col: ImportColumn) -> list[str]:
    model = dialog.model
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_preview_shows_fates_and_counts(qtbot: QtBot, vcf: Path, ada_acme: int,
                                        qtmodeltester: object) -> None:
    dialog = planned(qtbot, [str(vcf)])
    assert column(dialog, ImportColumn.FATE) == ["merge with Ada Rossi", "new", "rejected", "new"]
    assert column(dialog, ImportColumn.WHERE)[2] == "mixed.vcf:13"
    assert "BEGIN:VCARD without END:VCARD" in column(dialog, ImportColumn.DETAILS)[2]
    assert "organization: 'Acme' kept, card says 'Acme Ltd'" in column(
        dialog, ImportColumn.DETAILS)[0]
    assert column(dialog, ImportColumn.NAME)[1] == "<b>Marco</b> Bianchi"  # shown as typed
    text = dialog.summary.text()
    assert "2 new contacts" in text and "1 merged" in text and "1 rejected" in text
    assert dialog.import_button.isEnabled()
    assert "Edit > Undo takes the import back" in dialog.note.text()
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]


def test_cancel_leaves_nothing(qtbot: QtBot, vcf: Path, db_path: Path) -> None:
    dialog = planned(qtbot, [str(vcf)])
    with qtbot.waitSignal(dialog.rejected):
        dialog.reject()
    assert dialog.value() is None
    assert Contact.select().count() == 0


def test_import_writes_everything(qtbot: QtBot, vcf: Path, ada_acme: int) -> None:
    dialog = planned(qtbot, [str(vcf)])
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.import_button.click()
    dialog.wait_idle()
    result = dialog.value()
    assert result is not None and len(result.created_ids) == 2
    assert result.merged_ids == (ada_acme,)
    assert Contact.select().count() == 3


def test_cancel_while_importing_rolls_back(qtbot: QtBot, db_path: Path) -> None:
    many = "".join(card(f"FN:Person {i}", f"EMAIL:p{i}@example.com") for i in range(3000))
    dialog = planned(qtbot, [ImportData("many", many.encode())])
    dialog.import_button.click()
    dialog.reject()  # at once: the writing thread stops and rolls back
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.result() == 0, timeout=10000)
    dialog.wait_idle()
    if dialog.value() is None:  # cancelled in time: nothing written
        assert Contact.select().count() == 0
    else:  # finished before the cancel arrived: all of it written
        assert Contact.select().count() == 3000


def test_nothing_to_import_and_bad_files(qtbot: QtBot, tmp_path: Path, db_path: Path) -> None:
    junk = tmp_path / "junk.vcf"
    junk.write_bytes(b"\x00\xff" * 500)
    dialog = planned(qtbot, [str(junk)])
    assert "junk.vcf" in dialog.errors.text()
    assert not dialog.errors.isHidden()
    assert dialog.summary.text() == "No card to import."
    assert not dialog.import_button.isEnabled()


def test_fifty_thousand_rows_are_cheap(qtbot: QtBot) -> None:
    from networkapp.services.importing import NEW, CardFate

    model = ImportPlanTableModel()
    model.set_entries(tuple(CardFate("f.vcf", i, f"P {i}", NEW) for i in range(50000)))
    assert model.rowCount() == 50000
    assert model.data(model.index(49999, ImportColumn.WHERE)) == "f.vcf:49999"


def test_the_worker_thread_has_ended_when_the_plan_shows(
    qtbot: QtBot, vcf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog may be deleted as soon as the plan shows (a test's teardown, the
    window closing): a QThread destroyed while still running aborts the process, as
    happened when its last step (closing its connection) was slow."""
    import threading
    import time

    from networkapp.models import db

    close = db.close
    gui = threading.get_ident()

    def slow_close() -> bool:
        if threading.get_ident() != gui:
            time.sleep(0.3)  # the worker's last statements, on a busy machine
        return bool(close())

    monkeypatch.setattr(db, "close", slow_close)
    dialog = planned(qtbot, [str(vcf)])
    assert dialog._threads and all(t.isFinished() for t in dialog._threads)
