"""Whole-contact snapshots: delete a contact and bring it back exactly (undo).

A snapshot holds every row that belongs to the contact, with its ids, so that
undoing a delete restores the same rows and every link between them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from networkapp.models import (
    Clarification,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactTag,
    ContactUrl,
    Exchange,
    Interaction,
    Signal,
    StatusChange,
    db,
)
from networkapp.models.cache import refresh_cached_columns
from networkapp.services.errors import NotFoundError

# Insert order: parents before children.
_BY_CONTACT = (
    ContactEmail,
    ContactPhone,
    ContactAddress,
    ContactUrl,
    Interaction,
    Clarification,
    Signal,
    StatusChange,
    ContactTag,
)


@dataclass(frozen=True)
class ContactSnapshot:
    """Every row of one contact, table by table, in insert order."""

    contact_id: int
    display_name: str
    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]


def snapshot_contact(contact_id: int) -> ContactSnapshot:
    """Return every row that belongs to the contact.

    Raises:
        NotFoundError: no such contact.
    """
    contact = Contact.select().where(Contact.id == contact_id).dicts().first()
    if contact is None:
        raise NotFoundError(f"Contact {contact_id} does not exist.")
    rows: list[tuple[str, tuple[dict[str, Any], ...]]] = [("contact", (contact,))]
    for table in _BY_CONTACT:
        found = tuple(table.select().where(table.contact == contact_id).dicts())
        rows.append((table._meta.table_name, found))
        if table is Interaction:
            ids = [row["id"] for row in found]
            exchanges = tuple(Exchange.select().where(Exchange.interaction.in_(ids)).dicts())
            rows.append((Exchange._meta.table_name, exchanges))
    return ContactSnapshot(contact_id, str(contact["display_name"]), tuple(rows))


def delete_contact(contact_id: int) -> ContactSnapshot:
    """Delete a contact and every row of its history; return what was removed."""
    snapshot = snapshot_contact(contact_id)
    with db.atomic():
        Contact.delete().where(Contact.id == contact_id).execute()
    return snapshot


def restore_snapshot(snapshot: ContactSnapshot) -> None:
    """Insert back every row of a snapshot, with the same ids (one transaction)."""
    tables = {table._meta.table_name: table for table in (Contact, Exchange, *_BY_CONTACT)}
    with db.atomic():
        for name, rows in snapshot.rows:
            table = tables[name]
            for start in range(0, len(rows), 200):
                table.insert_many(list(rows[start : start + 200])).execute()
        refresh_cached_columns([snapshot.contact_id])
