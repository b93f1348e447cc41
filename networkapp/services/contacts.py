"""Contacts: create, edit, read, list, tag and delete.

Every write goes through :mod:`networkapp.services.contact_writer` (the one writer
the import uses too), in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from networkapp.models import (
    Contact,
    ContactAddress,
    ContactTag,
    Tag,
    db,
)
from networkapp.models.rows import tuples
from networkapp.services import contact_writer as writer
from networkapp.services.dto import AddressData, ContactDetail, ContactFields, LabeledValue
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.introductions import introducer_problem
from networkapp.services.validation import contact_problems, derive_display_name
from networkapp.services.vocabulary import ACTIVE


def _validate(fields: ContactFields, contact_id: int | None = None) -> None:
    problems = contact_problems(fields)
    if fields.introduced_by is not None:
        problem = introducer_problem(contact_id, fields.introduced_by)
        if problem:
            problems["introduced_by"] = problem
    if problems:
        raise ValidationError(problems)


def create_contact(
    fields: ContactFields, *, status: str = ACTIVE, reason: str = "Added by hand"
) -> int:
    """Store a new contact with its child rows; return its id.

    Raises:
        ValidationError: a field cannot be stored (nothing is written).
    """
    _validate(fields)
    with db.atomic():
        (contact_id,) = writer.insert_contacts([writer.NewContact(
            writer.fields_columns(fields, derive_display_name(fields)),
            writer.fields_rows(fields), fields.tags, status=status, reason=reason)])
        writer.refresh([contact_id])
    return contact_id


def update_contact(contact_id: int, fields: ContactFields) -> bool:
    """Make every editable field of a contact what ``fields`` says (its history is
    untouched); return True when anything changed.

    Only what differs is written (:func:`contact_writer.write_fields`): saving an
    unchanged contact writes nothing, not even ``updated_at``; unchanged e-mails,
    phones, URLs, addresses and tags keep their row ids.

    Raises:
        ValidationError: a field cannot be stored (nothing is written).
        NotFoundError: no such contact.
    """
    _validate(fields, contact_id)
    with db.atomic():
        if not Contact.select().where(Contact.id == contact_id).exists():
            raise NotFoundError(f"Contact {contact_id} does not exist.")
        return writer.write_fields(contact_id,
                                   writer.fields_columns(fields, derive_display_name(fields)),
                                   writer.fields_rows(fields), fields.tags)


def _labeled(table: str, contact_id: int) -> tuple[LabeledValue, ...]:
    rows = db.execute_sql(f"SELECT value, label FROM {table} WHERE contact_id = ? "
                          "ORDER BY position, id", (contact_id,))
    return tuple(LabeledValue(v, lbl) for v, lbl in rows)


def _addresses(contact_id: int) -> tuple[AddressData, ...]:
    query = (ContactAddress.select().where(ContactAddress.contact == contact_id)
             .order_by(ContactAddress.position))
    return tuple(AddressData(**{n: getattr(row, n) for n in writer.ADDRESS_COLUMNS})
                 for row in query)


def contact_tags(contact_id: int) -> tuple[str, ...]:
    """Return the contact's tags in alphabetical order."""
    query = (Tag.select(Tag.name).join(ContactTag).where(ContactTag.contact == contact_id)
             .order_by(Tag.name))
    return tuple(name for (name,) in tuples(query))


def get_contact(contact_id: int) -> ContactDetail:
    """Return one contact with all its fields.

    Raises:
        NotFoundError: no such contact.
    """
    row = Contact.get_or_none(Contact.id == contact_id)
    if row is None:
        raise NotFoundError(f"Contact {contact_id} does not exist.")
    fields = ContactFields(
        display_name=row.display_name, given_name=row.given_name, family_name=row.family_name,
        organization=row.organization, title=row.title, birthday=row.birthday, notes=row.notes,
        emails=_labeled("contact_email", contact_id),
        phones=_labeled("contact_phone", contact_id),
        addresses=_addresses(contact_id), urls=_labeled("contact_url", contact_id),
        tags=contact_tags(contact_id), photo=bytes(row.photo) if row.photo else None,
        photo_mime=row.photo_mime, photo_uri=row.photo_uri, uid=row.uid,
        cadence_days=row.cadence_days, introduced_by=row.introduced_by_id,
        introduced_on=_date(row.introduced_on),
    )
    return ContactDetail(id=row.id, status=row.status, fields=fields,
                         created_at=row.created_at, updated_at=row.updated_at)


def _date(value: dt.date | str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def contact_status(contact_id: int) -> str:
    """Return the contact's status.

    Raises:
        NotFoundError: no such contact.
    """
    row = Contact.select(Contact.status).where(Contact.id == contact_id).tuples().first()
    if row is None:
        raise NotFoundError(f"Contact {contact_id} does not exist.")
    return str(row[0])


def add_tag(contact_ids: Iterable[int], name: str) -> None:
    """Give every listed contact the tag ``name`` (one transaction).

    A tag stored with other capitals is that tag: ``work`` adds ``Work`` if it exists.
    """
    name = name.strip()
    if not name:
        raise ValidationError({"tag": "A tag needs a name."})
    ids = list(contact_ids)
    with db.atomic():
        writer.link_tags(dict.fromkeys(ids, (name,)))
        writer.refresh(ids)


def all_tags() -> list[str]:
    """Return every tag name, alphabetically."""
    return [name for (name,) in tuples(Tag.select(Tag.name).order_by(Tag.name))]


def delete_contacts(contact_ids: Sequence[int]) -> None:
    """Delete contacts with every row of their history, all or nothing (tags stay).

    Raises:
        NotFoundError: one of them does not exist (nothing is deleted).
    """
    ids = list(dict.fromkeys(contact_ids))
    with db.atomic():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            if Contact.delete().where(Contact.id.in_(chunk)).execute() != len(chunk):
                raise NotFoundError("A contact to delete does not exist any more.")
