"""Deleting a contact and undoing it: every row comes back, with the same ids and links."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from networkapp.models import db
from networkapp.services.contacts import create_contact
from networkapp.services.dto import (
    AddressData,
    ClarificationInput,
    ContactFields,
    Decision,
    LabeledValue,
    SignalInput,
)
from networkapp.services.errors import NotFoundError
from networkapp.services.listing import ContactQuery, list_contacts
from networkapp.services.signals import add_signal
from networkapp.services.snapshot import delete_contact, restore_snapshot, snapshot_contact
from networkapp.services.states import finish_clarification, save_draft
from tests.services.foundation_helpers import (
    gave,
    log,
    new_contact,
    praise,
    received,
    row_counts,
    table_rows,
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


def test_delete_then_restore_gives_identical_rows(two_contacts: tuple[int, int]) -> None:
    cid, _ = two_contacts
    before = table_rows()
    snapshot = delete_contact(cid)
    assert snapshot.display_name == "Chiara Colombo"
    restore_snapshot(snapshot)
    assert table_rows() == before


CHILD_TABLES = ("contact_email", "contact_phone", "contact_address", "contact_url",
                "interaction", "signal", "clarification", "status_change", "contact_tag")


def _rows_of(cid: int) -> dict[str, int]:
    found = {t: db.execute_sql(f"SELECT count(*) FROM {t} WHERE contact_id = ?", (cid,))
             .fetchone()[0] for t in CHILD_TABLES}
    found["exchange"] = db.execute_sql(
        "SELECT count(*) FROM exchange JOIN interaction i ON i.id = exchange.interaction_id "
        "WHERE i.contact_id = ?", (cid,)).fetchone()[0]
    return found


def test_delete_removes_every_row_of_the_contact_only(two_contacts: tuple[int, int]) -> None:
    cid, other = two_contacts
    assert all(_rows_of(cid).values())  # the fixture wrote some of everything
    neighbour = _rows_of(other)
    tags = row_counts()["tag"]
    delete_contact(cid)
    assert set(_rows_of(cid).values()) == {0}
    assert _rows_of(other) == neighbour
    assert row_counts()["tag"] == tags  # tags are shared, they stay
    assert [r.id for r in list_contacts(ContactQuery(view="all"))] == [other]
    with pytest.raises(NotFoundError):
        snapshot_contact(cid)


def test_restored_contact_lists_as_before(two_contacts: tuple[int, int]) -> None:
    cid, _ = two_contacts
    listed = list_contacts(ContactQuery(view="all"))
    restore_snapshot(delete_contact(cid))
    assert list_contacts(ContactQuery(view="all")) == listed
    assert list_contacts(ContactQuery(view="all", search="chiara"))[0].id == cid


def test_delete_restore_twice(two_contacts: tuple[int, int]) -> None:
    cid, _ = two_contacts
    before = table_rows()
    for _ in range(2):
        restore_snapshot(delete_contact(cid))
    assert table_rows() == before
