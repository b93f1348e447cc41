"""Contacts: create, update and read back every field, child rows, birthdays, validation."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from networkapp.models import ContactEmail, ContactTag, StatusChange, Tag, db
from networkapp.services.contacts import (
    add_tag,
    all_tags,
    contact_status,
    create_contact,
    get_contact,
    update_contact,
)
from networkapp.services.dto import AddressData, ContactFields, LabeledValue
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.validation import (
    contact_problems,
    derive_display_name,
    is_valid_email,
    parse_birthday,
)
from tests.services.foundation_helpers import new_contact, row_counts

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4

FULL = ContactFields(
    display_name="Niccolò Ferri",
    given_name="Niccolò",
    family_name="Ferri",
    organization="Studio Aperto",
    title="Designer",
    birthday="1984-07-03",
    notes="Met at the Bologna meetup.\nLikes long walks.",
    emails=(LabeledValue("nico@example.org", "work"), LabeledValue("nf@example.com", "home")),
    phones=(LabeledValue("+39 333 1234567", "mobile"),),
    addresses=(AddressData(label="work", street="Via Zamboni 33", locality="Bologna",
                           postal_code="40126", country="Italia"),),
    urls=(LabeledValue("https://example.org/nico", "homepage"),),
    tags=("alumni", "mentor"),
    photo=PHOTO,
    photo_mime="image/png",
    uid="urn:uuid:1234",
    cadence_days=60,
)


def test_create_and_get_round_trip_every_field(db_path: Path) -> None:
    cid = create_contact(FULL)
    detail = get_contact(cid)
    assert detail.fields == FULL
    assert detail.status == "active"
    assert detail.display_name == "Niccolò Ferri"
    assert detail.created_at == detail.updated_at


def test_child_rows_are_rows_not_joined_strings(db_path: Path) -> None:
    cid = create_contact(FULL)
    emails = ContactEmail.select().where(ContactEmail.contact == cid).order_by(
        ContactEmail.position)
    assert [(e.value, e.label) for e in emails] == [("nico@example.org", "work"),
                                                   ("nf@example.com", "home")]
    assert ContactTag.select().where(ContactTag.contact == cid).count() == 2


def test_update_replaces_fields_and_children(db_path: Path) -> None:
    cid = create_contact(FULL)
    changed = ContactFields(
        given_name="Nico", family_name="Ferri", organization="Orbit Labs",
        emails=(LabeledValue("new@example.net", "work"),),
        addresses=(), phones=(LabeledValue("+39 051 000", "work"), LabeledValue("  ", "x")),
        tags=("mentor", "podcast", "mentor"), birthday="--12-25",
    )
    update_contact(cid, changed)
    detail = get_contact(cid)
    assert detail.display_name == "Nico Ferri"  # derived when left empty
    assert detail.fields.emails == (LabeledValue("new@example.net", "work"),)
    assert detail.fields.phones == (LabeledValue("+39 051 000", "work"),)  # blank one dropped
    assert detail.fields.addresses == ()
    assert detail.fields.tags == ("mentor", "podcast")
    assert detail.fields.birthday == "--12-25"
    assert detail.fields.photo is None and detail.fields.photo_mime is None
    assert ContactEmail.select().count() == 1
    assert set(all_tags()) == {"alumni", "mentor", "podcast"}  # tags themselves stay
    history = StatusChange.select().where(StatusChange.contact == cid)
    assert [s.action for s in history] == ["create"]  # editing is not a state change


def test_update_missing_contact(db_path: Path) -> None:
    with pytest.raises(NotFoundError):
        update_contact(4242, ContactFields(display_name="Nobody"))
    with pytest.raises(NotFoundError):
        get_contact(4242)
    with pytest.raises(NotFoundError):
        contact_status(4242)


@pytest.mark.parametrize(("typed", "stored"), [
    ("--02-29", "--02-29"),  # year-less 29 February is a real birthday
    ("--0229", "--02-29"),
    ("--12-31", "--12-31"),
    ("2000-02-29", "2000-02-29"),
    ("19840703", "1984-07-03"),
    ("", None),
    (None, None),
])
def test_birthday_is_normalised(db_path: Path, typed: str | None, stored: str | None) -> None:
    assert parse_birthday(typed) == stored
    cid = new_contact(birthday=typed)
    assert get_contact(cid).fields.birthday == stored


@pytest.mark.parametrize("typed", ["2023-02-30", "2023-02-29", "--02-30", "--13-01",
                                   "1984-7-3", "03/07/1984", "yesterday"])
def test_impossible_birthday_is_refused(db_path: Path, typed: str) -> None:
    before = row_counts()
    with pytest.raises(ValidationError) as info:
        new_contact(birthday=typed)
    assert set(info.value.problems) == {"birthday"}
    assert row_counts() == before


@pytest.mark.parametrize("email", ["nico", "nico@", "@example.org", "nico@example",
                                   "ni co@example.org", "a@b@example.org"])
def test_bad_email_is_refused_and_named(db_path: Path, email: str) -> None:
    fields = ContactFields(display_name="Nico", emails=(LabeledValue("ok@example.org"),
                                                        LabeledValue(email)))
    problems = contact_problems(fields)
    assert set(problems) == {"emails"}
    assert email in problems["emails"].english()
    with pytest.raises(ValidationError):
        create_contact(fields)
    assert row_counts()["contact"] == 0


def test_good_emails(db_path: Path) -> None:
    for email in ("a@b.it", "first.last+tag@sub.example.co.uk", " x@y.org "):
        assert is_valid_email(email)


def test_nameless_contact_is_refused_but_an_email_can_name_it(db_path: Path) -> None:
    assert "name" in contact_problems(ContactFields())
    fields = ContactFields(emails=(LabeledValue("solo@example.org"),))
    assert derive_display_name(fields) == "solo@example.org"
    assert get_contact(create_contact(fields)).display_name == "solo@example.org"
    assert derive_display_name(ContactFields(organization="Acme")) == "Acme"


@pytest.mark.parametrize("days", [0, -5, 3651])
def test_cadence_out_of_range_is_refused(db_path: Path, days: int) -> None:
    with pytest.raises(ValidationError) as info:
        new_contact(cadence_days=days)
    assert "cadence_days" in info.value.problems


def test_several_problems_are_reported_together(db_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        create_contact(ContactFields(emails=(LabeledValue("bad"),), birthday="2023-02-30"))
    assert set(info.value.problems) >= {"emails", "birthday"}
    assert "2023-02-30" in str(info.value)


def test_tags_in_bulk(db_path: Path) -> None:
    ids = [new_contact(f"Person {n}") for n in range(3)]
    add_tag(ids, " conference ")
    add_tag(ids[:1], "conference")  # twice is fine
    assert get_contact(ids[0]).fields.tags == ("conference",)
    assert Tag.select().count() == 1
    with pytest.raises(ValidationError):
        add_tag(ids, "  ")


def test_tags_are_one_whatever_their_capitals(db_path: Path) -> None:
    first = create_contact(ContactFields(display_name="A", tags=("Work", "work", "WORK ")))
    second = create_contact(ContactFields(display_name="B", tags=("work",)))
    assert get_contact(first).fields.tags == ("Work",)  # the first spelling kept
    assert get_contact(second).fields.tags == ("Work",)
    add_tag([first, second], "WORK")
    add_tag([second], "family")
    update_contact(first, replace(get_contact(first).fields, tags=("work", "Family")))
    assert all_tags() == ["Work", "family"]
    assert get_contact(first).fields.tags == ("Work", "family")
    assert ContactTag.select().count() == 4


def _child_ids() -> list[tuple[str, int]]:
    return [(table, rid) for table in ("contact_email", "contact_phone", "contact_url",
                                       "contact_address", "contact_tag")
            for (rid,) in db.execute_sql(f"SELECT id FROM {table} ORDER BY id")]


def test_an_unchanged_save_writes_nothing(db_path: Path) -> None:
    cid = create_contact(FULL)
    db.execute_sql("UPDATE contact SET updated_at = '2001-01-01 00:00:00'")
    before = get_contact(cid)
    ids = _child_ids()
    changes = db.connection().total_changes
    assert update_contact(cid, before.fields) is False
    assert db.connection().total_changes == changes  # not one row written
    after = get_contact(cid)
    assert after == before and str(after.updated_at) == "2001-01-01 00:00:00"
    assert _child_ids() == ids


def test_an_update_keeps_the_ids_of_unchanged_rows(db_path: Path) -> None:
    cid = create_contact(FULL)
    emails = dict(db.execute_sql("SELECT value, id FROM contact_email").fetchall())
    (phone_id,) = db.execute_sql("SELECT id FROM contact_phone").fetchone()
    changed = replace(FULL, emails=(LabeledValue("nf@example.com", "home"),
                                    LabeledValue("nico@example.org", "work"),
                                    LabeledValue("new@example.org", "other")),
                      phones=(LabeledValue("+39 333 7654321", "mobile"),))
    assert update_contact(cid, changed) is True
    rows = {value: (rid, pos) for rid, value, pos in
            db.execute_sql("SELECT id, value, position FROM contact_email")}
    assert rows["nf@example.com"] == (emails["nf@example.com"], 0)  # moved, same id
    assert rows["nico@example.org"] == (emails["nico@example.org"], 1)
    assert db.execute_sql("SELECT id, value FROM contact_phone").fetchall() == [
        (phone_id, "+39 333 7654321")]  # a changed row is updated in place
    assert get_contact(cid).fields.emails == changed.emails
    assert get_contact(cid).updated_at >= get_contact(cid).created_at


def test_control_characters_are_not_stored(db_path: Path) -> None:
    cid = create_contact(ContactFields(display_name="Ann\x00\x07 Bell", notes="a\tb\nc\x1b",
                                       tags=("x\x00y",)))
    fields = get_contact(cid).fields
    assert (fields.display_name, fields.notes, fields.tags) == ("Ann Bell", "a\tb\nc", ("xy",))


def test_a_name_of_control_characters_is_no_name(db_path: Path) -> None:
    """Stored without its control characters, "\\x1b" would leave a nameless contact that
    no export could bring back: it is refused, and a real given name is used instead."""
    with pytest.raises(ValidationError) as caught:
        create_contact(ContactFields(display_name="\x1b"))
    assert "name" in caught.value.problems
    cid = create_contact(ContactFields(display_name="\x1b\x00", given_name="Ada"))
    assert get_contact(cid).fields.display_name == "Ada"


def test_a_value_longer_than_stored_is_refused_not_cut(db_path: Path) -> None:
    """Issue 13, item 8: a hand edit is never cut silently at the size limit."""
    long = "x" * 1_001
    with pytest.raises(ValidationError) as caught:
        create_contact(ContactFields(display_name="Ada", title=long, notes="n" * 100_001,
                                     phones=(LabeledValue("1" * 1_001),)))
    assert set(caught.value.problems) == {"title", "notes", "phones"}
    assert row_counts()["contact"] == 0
    cid = create_contact(ContactFields(display_name="Ada", title="x" * 1_000))
    with pytest.raises(ValidationError):
        update_contact(cid, replace(get_contact(cid).fields, given_name=long))
    assert get_contact(cid).fields.title == "x" * 1_000
