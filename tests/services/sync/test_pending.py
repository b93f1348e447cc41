"""Pending changes: marked by the one contact writer on every local write (hand edits,
imports, tags, archiving), per account, kept in the file, restored exactly by undo."""

from __future__ import annotations

from pathlib import Path

from networkapp.models import db
from networkapp.services import changes
from networkapp.services.contact_writer import mark_swapped
from networkapp.services.contacts import add_tag, create_contact, get_contact, update_contact
from networkapp.services.dto import ContactFields, LabeledValue
from networkapp.services.importing import import_files
from networkapp.services.states import archive_contact
from networkapp.services.sync import store
from tests.dump import differences, dump_file


def _pending() -> set[tuple[int, int]]:
    return set(db.execute_sql("SELECT account_id, contact_id FROM sync_pending"))


def _account(n: int = 1) -> int:
    return store.add_account("https://dav.example.org/", "ann",
                             f"https://dav.example.org/ann/book{n}/", f"Book {n}").id


def test_no_account_marks_nothing(db_path: Path) -> None:
    cid = create_contact(ContactFields(display_name="Ada Rossi"))
    update_contact(cid, ContactFields(display_name="Ada Rossi", title="CTO"))
    assert _pending() == set()


def test_a_new_account_has_every_contact_not_archived_pending(db_path: Path) -> None:
    ada = create_contact(ContactFields(display_name="Ada Rossi"))
    old = create_contact(ContactFields(display_name="Old Friend"))
    archive_contact(old, "Moved on")
    first = _account()
    assert _pending() == {(first, ada)}


def test_every_local_write_marks_the_contact_for_every_account(
        db_path: Path, tmp_path: Path) -> None:
    one, two = _account(1), _account(2)
    db.execute_sql("DELETE FROM sync_pending")
    ada = create_contact(ContactFields(display_name="Ada Rossi"))
    assert _pending() == {(one, ada), (two, ada)}
    db.execute_sql("DELETE FROM sync_pending")
    update_contact(ada, ContactFields(display_name="Ada Rossi"))  # nothing changed
    assert _pending() == set()
    update_contact(ada, ContactFields(display_name="Ada Rossi",
                                      emails=(LabeledValue("ada@example.org"),)))
    assert _pending() == {(one, ada), (two, ada)}
    db.execute_sql("DELETE FROM sync_pending")
    add_tag([ada], "mentor")
    assert _pending() == {(one, ada), (two, ada)}
    db.execute_sql("DELETE FROM sync_pending")
    archive_contact(ada, "Closed")
    assert _pending() == {(one, ada), (two, ada)}
    db.execute_sql("DELETE FROM sync_pending")
    card = tmp_path / "ada.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bea Neri\r\nEND:VCARD\r\n")
    import_files([card])
    bea = db.execute_sql("SELECT id FROM contact WHERE display_name = 'Bea Neri'").fetchone()[0]
    assert _pending() == {(one, bea), (two, bea)}


def test_undo_restores_the_contact_and_leaves_the_sync_tables_to_the_sync(
        db_path: Path) -> None:
    account = _account()
    ada = create_contact(ContactFields(display_name="Ada Rossi"))
    db.execute_sql("DELETE FROM sync_pending")
    before = _without_sync(dump_file())
    _, recording = changes.record(lambda: update_contact(
        ada, ContactFields(display_name="Ada Rossi", title="CTO")))
    assert _pending() == {(account, ada)}
    db.execute_sql("DELETE FROM sync_pending")  # a sync sent the edit meanwhile
    changes.ChangeSet(recording).swap()
    assert differences(before, _without_sync(dump_file())) == []
    assert get_contact(ada).fields.title == ""
    mark_swapped([ada])  # what the window does after every undo and redo
    assert _pending() == {(account, ada)}  # so the next sync sends the undo


def _without_sync(dump: dict[str, list[tuple[object, ...]]]
                  ) -> dict[str, list[tuple[object, ...]]]:
    return {name: rows for name, rows in dump.items() if not name.startswith("sync_")}


def test_removing_an_account_keeps_the_contacts(db_path: Path) -> None:
    ada = create_contact(ContactFields(display_name="Ada Rossi"))
    account = _account()
    store.remove_account(account)
    assert _pending() == set() and store.accounts() == []
    assert get_contact(ada).fields.display_name == "Ada Rossi"
