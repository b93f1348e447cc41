"""Round trip through the card, as a user: import, open, Edit, Save.

Saving without a change leaves the database file and the export byte for byte as
they were; changing one field changes only that field in the export. For every
card of the shared corpus (../shared/vcards, skipped when absent) and our own.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from networkapp.models import db
from networkapp.services.importing import ImportData, apply_import, plan_import
from networkapp.services.vcard_export import all_contact_ids, export_vcards
from networkapp.ui.controller import Controller
from networkapp.ui.widgets.contact_card_widget import ContactCardWidget

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "vcards"
FOLDERS = sorted(p.name for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else []
SUFFIXES = (".vcf", ".vcard", ".ref")

OWN = "\r\n".join([
    "BEGIN:VCARD", "VERSION:3.0", "N:Conti;Lia;;;", "FN:Lia Conti",
    "item1.EMAIL;type=INTERNET:lia@example.com", "item1.X-ABLabel:_$!<Other>!$_",
    "TEL;TYPE=CELL:+39 333 000 1111", "TEL;TYPE=WORK,FAX:+39 051 000 2222",
    r"ADR;TYPE=HOME:PO 12;c/o Bianchi\nInterno 3;Via Roma 1\nScala B;Bologna;BO;40100;Italia",
    "item2.ADR:;;1 Infinite Loop;Cupertino;CA;95014;USA", "item2.X-ABLabel:Office",
    "URL:www.example.org", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-31",
    r"NOTE:first line\nsecond line  ", "CATEGORIES:friends,book club", "END:VCARD",
    "BEGIN:VCARD", "VERSION:4.0", "FN:Ünal Çelik", "N:Çelik;Ünal;;;", "ORG:Ğ Ltd;Sales",
    "TITLE:  Head of things", "BDAY:--0229", "EMAIL;TYPE=work:unal@example.com",
    "END:VCARD", ""])


def dump(path: Path) -> str:
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def properties(export: str) -> list[str]:
    """The export's content lines, unfolded."""
    return export.replace("\r\n ", "").split("\r\n")


def round_trip_every_contact(qtbot: QtBot, controller: Controller, db_path: Path) -> int:
    card = ContactCardWidget(controller)
    qtbot.addWidget(card)
    card.resize(600, 700)
    card.show()
    ids = all_contact_ids(archived=None)
    before, exported = dump(db_path), export_vcards(ids)
    for cid in ids:  # Edit, Save: nothing written
        card.show_contact(cid)
        qtbot.keyClick(card.edit_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert card.is_editing() and not card.save_button.isEnabled(), cid
        qtbot.keyClick(card.editor.display_name, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
        assert not card.is_editing(), card.problems()
    assert dump(db_path) == before
    assert export_vcards(ids) == exported
    assert controller.undo_stack.count() == 0
    for cid in ids:  # one field changed: only that field changes in the export
        own = properties(export_vcards([cid]))
        card.show_contact(cid)
        qtbot.mouseDClick(card.read_view, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(card.editor.title, Qt.MouseButton.LeftButton)
        qtbot.keyClick(card.editor.title, Qt.Key.Key_End)
        qtbot.keyClicks(card.editor.title, " Z")
        qtbot.keyClick(card.editor.title, Qt.Key.Key_Return)
        assert not card.is_editing(), card.problems()
        new = properties(export_vcards([cid]))
        assert [p for p in own if not p.startswith("TITLE")] == \
            [p for p in new if not p.startswith("TITLE")], cid
        (changed,) = (p for p in new if p not in own)
        assert changed.startswith("TITLE") and changed.endswith("Z"), changed
    return len(ids)


@pytest.mark.skipif(not FOLDERS, reason=f"no vCard corpus at {CORPUS}")
@pytest.mark.parametrize("folder", FOLDERS)
def test_corpus_cards_round_trip_through_the_card(
        qtbot: QtBot, controller: Controller, db_path: Path, folder: str) -> None:
    files = sorted(p for p in (CORPUS / folder).rglob("*") if p.suffix in SUFFIXES)
    apply_import(plan_import(files))
    assert round_trip_every_contact(qtbot, controller, db_path) > 0


def test_own_cards_round_trip_through_the_card(
        qtbot: QtBot, controller: Controller, db_path: Path) -> None:
    apply_import(plan_import([ImportData("own.vcf", OWN.encode())]))
    assert round_trip_every_contact(qtbot, controller, db_path) == 2
