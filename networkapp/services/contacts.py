"""Contacts: create, edit, read, list, tag and delete.

Every write that touches more than one row runs in one transaction and ends by
recomputing the contact's cached columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from networkapp.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactTag,
    ContactUrl,
    StatusChange,
    Tag,
    db,
)
from networkapp.models.cache import refresh_cached_columns
from networkapp.services.dto import AddressData, ContactDetail, ContactFields, LabeledValue
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.validation import contact_problems, derive_display_name, parse_birthday
from networkapp.services.vocabulary import ACTIVE

_LABELED_TABLES = {"emails": ContactEmail, "phones": ContactPhone, "urls": ContactUrl}


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _scalar_columns(fields: ContactFields) -> dict[str, object]:
    return {
        "display_name": derive_display_name(fields),
        "given_name": fields.given_name.strip(),
        "family_name": fields.family_name.strip(),
        "organization": fields.organization.strip(),
        "title": fields.title.strip(),
        "birthday": parse_birthday(fields.birthday),
        "notes": fields.notes,
        "photo": fields.photo,
        "photo_mime": fields.photo_mime if fields.photo else None,
        "photo_uri": fields.photo_uri,
        "uid": fields.uid,
        "cadence_days": fields.cadence_days,
    }


def _write_children(contact_id: int, fields: ContactFields) -> None:
    for name, table in _LABELED_TABLES.items():
        table.delete().where(table.contact == contact_id).execute()
        values: Sequence[LabeledValue] = getattr(fields, name)
        rows = [
            {"contact": contact_id, "value": item.value.strip(), "label": item.label, "position": i}
            for i, item in enumerate(values)
            if item.value.strip()
        ]
        if rows:
            table.insert_many(rows).execute()
    ContactAddress.delete().where(ContactAddress.contact == contact_id).execute()
    for i, adr in enumerate(fields.addresses):
        ContactAddress.create(contact=contact_id, position=i, **adr.__dict__)
    _write_tags(contact_id, fields.tags)


def _write_tags(contact_id: int, tags: Iterable[str]) -> None:
    ContactTag.delete().where(ContactTag.contact == contact_id).execute()
    for name in dict.fromkeys(tag.strip() for tag in tags if tag.strip()):
        tag, _ = Tag.get_or_create(name=name)
        ContactTag.insert(contact=contact_id, tag=tag).on_conflict_ignore().execute()


def _validate(fields: ContactFields) -> None:
    problems = contact_problems(fields)
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
        now = _now()
        contact = Contact.create(status=status, created_at=now, updated_at=now,
                                 **_scalar_columns(fields))
        _write_children(contact.id, fields)
        StatusChange.create(contact=contact, action="create", from_status=None,
                            to_status=status, at=now, reason=reason)
        refresh_cached_columns([contact.id])
    return int(contact.id)


def update_contact(contact_id: int, fields: ContactFields) -> None:
    """Replace every editable field of a contact (its history is untouched).

    Raises:
        ValidationError: a field cannot be stored (nothing is written).
        NotFoundError: no such contact.
    """
    _validate(fields)
    with db.atomic():
        columns = _scalar_columns(fields) | {"updated_at": _now()}
        if not Contact.update(columns).where(Contact.id == contact_id).execute():
            raise NotFoundError(f"Contact {contact_id} does not exist.")
        _write_children(contact_id, fields)
        refresh_cached_columns([contact_id])


def _labeled(table: type, contact_id: int) -> tuple[LabeledValue, ...]:
    query = table.select(table.value, table.label).where(table.contact == contact_id)
    return tuple(LabeledValue(v, lbl) for v, lbl in query.order_by(table.position).tuples())


def _addresses(contact_id: int) -> tuple[AddressData, ...]:
    query = (ContactAddress.select().where(ContactAddress.contact == contact_id)
             .order_by(ContactAddress.position))
    names = AddressData.__dataclass_fields__
    return tuple(AddressData(**{n: getattr(row, n) for n in names}) for row in query)


def contact_tags(contact_id: int) -> tuple[str, ...]:
    """Return the contact's tags in alphabetical order."""
    query = (Tag.select(Tag.name).join(ContactTag).where(ContactTag.contact == contact_id)
             .order_by(Tag.name))
    return tuple(name for (name,) in query.tuples())


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
        emails=_labeled(ContactEmail, contact_id), phones=_labeled(ContactPhone, contact_id),
        addresses=_addresses(contact_id), urls=_labeled(ContactUrl, contact_id),
        tags=contact_tags(contact_id), photo=bytes(row.photo) if row.photo else None,
        photo_mime=row.photo_mime, photo_uri=row.photo_uri, uid=row.uid,
        cadence_days=row.cadence_days,
    )
    return ContactDetail(id=row.id, status=row.status, fields=fields,
                         created_at=row.created_at, updated_at=row.updated_at)


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
    """Give every listed contact the tag ``name`` (one transaction)."""
    name = name.strip()
    if not name:
        raise ValidationError({"tag": "A tag needs a name."})
    ids = list(contact_ids)
    with db.atomic():
        tag, _ = Tag.get_or_create(name=name)
        rows = [{"contact": cid, "tag": tag.id} for cid in ids]
        for start in range(0, len(rows), 500):
            ContactTag.insert_many(rows[start : start + 500]).on_conflict_ignore().execute()
        refresh_cached_columns(ids)


def remove_tag(contact_ids: Iterable[int], name: str) -> None:
    """Take the tag ``name`` off every listed contact (the tag itself stays)."""
    ids = list(contact_ids)
    tag = Tag.get_or_none(Tag.name == name)
    if tag is None:
        return
    with db.atomic():
        ContactTag.delete().where(
            (ContactTag.tag == tag) & (ContactTag.contact.in_(ids))
        ).execute()
        refresh_cached_columns(ids)


def all_tags() -> list[str]:
    """Return every tag name, alphabetically."""
    return [name for (name,) in Tag.select(Tag.name).order_by(Tag.name).tuples()]


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
