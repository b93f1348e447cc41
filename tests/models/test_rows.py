"""The typed row helpers yield what Peewee's tuples() and dicts() yield, lazily."""

from __future__ import annotations

from pathlib import Path

from networkapp.models import Contact, ContactEmail
from networkapp.models.rows import dicts, tuples


def test_rows_come_as_tuples_and_dicts_when_iterated(db_path: Path) -> None:
    query = Contact.select(Contact.id, Contact.display_name).order_by(Contact.id)
    as_tuples, as_dicts = tuples(query), dicts(query)
    ada = Contact.create(display_name="Ada Rossi")  # after building: the queries are lazy
    assert list(as_tuples) == [(ada.id, "Ada Rossi")]
    assert list(as_dicts) == [{"id": ada.id, "display_name": "Ada Rossi"}]


def test_foreign_key_ids_are_the_annotated_attributes(db_path: Path) -> None:
    ada = Contact.create(display_name="Ada Rossi")
    email = ContactEmail.create(contact=ada, value="ada@example.org")
    assert ContactEmail.get_by_id(email.id).contact_id == ada.id
