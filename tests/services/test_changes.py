"""Recording an operation's rows and swapping them back: exact, same ids, all or nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest

from networkapp.models import db
from networkapp.services import changes
from networkapp.services.contacts import (
    create_contact,
    delete_contacts,
    get_contact,
    update_contact,
)
from networkapp.services.dto import (
    AddressData,
    ClarificationInput,
    ContactFields,
    Decision,
    LabeledValue,
    SignalInput,
)
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.listing import ContactQuery
from networkapp.services.settings import get_threshold, set_threshold
from networkapp.services.signals import add_signal
from networkapp.services.states import finish_clarification, save_draft
from tests.dump import differences, dump_file
from tests.services.foundation_helpers import (
    gave,
    list_contacts,
    log,
    new_contact,
    praise,
    received,
    warn,
)


def _full_contact() -> int:
    cid = create_contact(ContactFields(
        display_name="Chiara Colombo", organization="Fondazione Ponte", birthday="--02-29",
        emails=(LabeledValue("chiara@example.org", "work"),),
        phones=(LabeledValue("+39 02 1234", "work"),),
        addresses=(AddressData(street="Via Roma 1", locality="Milano"),),
        urls=(LabeledValue("https://example.org/chiara"),), tags=("mentor", "alumni"),
        photo=b"\xff\xd8\xff" + bytes(500), photo_mime="image/jpeg", cadence_days=45))
    first = log(cid, gave("advice"), received("introduction", "economic", 3),
                on=dt.date(2024, 1, 5))
    log(cid, gave("time", "cultural", 2), on=dt.date(2024, 3, 9))
    add_signal(cid, SignalInput(date=dt.date(2024, 1, 5), polarity="warning",
                                category="ego_first", weight=2, interaction_id=first))
    praise(cid)
    finish_clarification(cid, ClarificationInput(their_answer="Sorry"), Decision("keep"))
    warn(cid, weight=1)
    save_draft(cid, ClarificationInput(planned_questions="Again?", draft_step=1))
    return cid


@pytest.fixture
def two_contacts(db_path: Path) -> tuple[int, int]:
    """A contact with every kind of row, and a neighbour that must stay untouched."""
    cid = _full_contact()
    other = new_contact("Neighbour", tags=("mentor",))
    log(other, gave())
    return cid, other


def test_delete_then_swap_gives_the_same_file_and_swap_again_the_same_deletion(
        two_contacts: tuple[int, int]) -> None:
    cid, other = two_contacts
    before = dump_file()
    _, recording = changes.record(lambda: delete_contacts([cid]))
    deleted = dump_file()
    assert all(row[0] != cid for row in deleted["contact"])
    assert {row[0] for row in deleted["contact"]} == {other}
    change = changes.ChangeSet(recording)
    for expected in (before, deleted, before):
        change.swap()
        assert differences(expected, dump_file()) == []


def test_restored_contact_lists_and_searches_as_before(two_contacts: tuple[int, int]) -> None:
    cid, _ = two_contacts
    listed = list_contacts(ContactQuery(view="all"))
    _, recording = changes.record(lambda: delete_contacts([cid]))
    with pytest.raises(NotFoundError):
        get_contact(cid)
    changes.ChangeSet(recording).swap()
    assert list_contacts(ContactQuery(view="all")) == listed
    assert list_contacts(ContactQuery(view="all", search="chiara"))[0].id == cid


def test_refused_work_writes_and_records_nothing(two_contacts: tuple[int, int]) -> None:
    cid, _ = two_contacts
    before = dump_file()
    with pytest.raises(ValidationError):
        changes.record(lambda: update_contact(cid, ContactFields()))
    assert dump_file() == before
    new_contact("Written outside any recording")
    _, recording = changes.record(lambda: warn(cid))
    assert recording.tables() == {"signal", "contact"}  # the new signal and the cache


def test_an_operation_that_changes_nothing_records_nothing(db_path: Path) -> None:
    cid = new_contact("Ada")
    _, recording = changes.record(lambda: get_contact(cid))
    assert recording.empty
    _, recording = changes.record(lambda: (warn(cid), db.execute_sql(
        "DELETE FROM signal WHERE contact_id = ?", (cid,))))
    assert recording.tables() == {"contact"}  # the signal came and went; the cache stays


def test_a_replaced_row_comes_back(db_path: Path) -> None:
    set_threshold(4)
    before = dump_file()
    _, recording = changes.record(lambda: set_threshold(7))  # INSERT OR REPLACE
    changes.ChangeSet(recording).swap()
    assert get_threshold() == 4
    assert differences(before, dump_file()) == []


def test_many_new_rows_with_gaps_go_and_come_back(db_path: Path) -> None:
    ids = [new_contact(f"C{i}") for i in range(30)]
    delete_contacts(ids[5:9] + ids[12:13])  # gaps the next inserts do not fill
    before = dump_file()
    _, recording = changes.record(lambda: [new_contact(f"N{i}") for i in range(300)])
    after = dump_file()
    change = changes.ChangeSet(recording)
    change.swap()
    assert differences(before, dump_file()) == []
    change.swap()
    assert differences(after, dump_file()) == []


def test_a_recording_made_in_another_thread_is_swapped_here(db_path: Path) -> None:
    """The import writes in a worker thread, on its own connection."""
    cid = new_contact("Ada", emails=(LabeledValue("ada@example.org"),))
    before = dump_file()
    found: list[changes.Recording] = []

    def work() -> None:
        db.connect(reuse_if_open=True)
        try:
            found.append(changes.record(lambda: update_contact(cid, ContactFields(
                display_name="Ada", emails=(LabeledValue("new@example.org"),),
                tags=("imported",))))[1])
        finally:
            db.close()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    after = dump_file()
    change = changes.ChangeSet(found[0])
    change.swap()
    assert differences(before, dump_file()) == []
    change.swap()
    assert differences(after, dump_file()) == []


def test_a_swap_that_would_take_a_row_of_another_program_changes_nothing(
        db_path: Path) -> None:
    cid = new_contact("Ada", emails=(LabeledValue("ada@example.org"),))
    keeper = new_contact("Bea")
    (email_id,) = db.execute_sql("SELECT id FROM contact_email").fetchone()
    _, recording = changes.record(lambda: delete_contacts([cid]))
    change = changes.ChangeSet(recording)
    other = sqlite3.connect(db_path)
    with other:
        other.execute("INSERT INTO contact_email (id, contact_id, value, label, position) "
                      "VALUES (?, ?, 'bea@example.org', '', 0)", (email_id, keeper))
    other.close()
    before = dump_file()
    with pytest.raises(changes.UndoConflictError, match="another program"):
        change.swap()
    assert dump_file() == before
    db.execute_sql("DELETE FROM contact_email WHERE id = ?", (email_id,))
    change.swap()
    assert get_contact(cid).fields.emails == (LabeledValue("ada@example.org"),)


def test_a_swap_breaking_a_link_changes_nothing(db_path: Path) -> None:
    cid = new_contact("Ada", tags=("mentor",))
    _, recording = changes.record(lambda: delete_contacts([cid]))
    change = changes.ChangeSet(recording)
    db.execute_sql("DELETE FROM tag")
    with pytest.raises(changes.UndoConflictError):
        change.swap()  # its tag row is gone: the contact's link to it cannot come back
    assert list_contacts(ContactQuery(view="all")) == []


def test_dropped_change_sets_free_their_rows(db_path: Path) -> None:
    cid = new_contact("Ada")
    _, recording = changes.record(lambda: delete_contacts([cid]))
    change = changes.ChangeSet(recording)
    kept = "SELECT count(*) FROM temp.undo_kept_contact WHERE cs = ?"
    assert db.execute_sql(kept, (change.key,)).fetchone()[0] == 1
    change.drop()
    assert db.execute_sql(kept, (change.key,)).fetchone()[0] == 0
