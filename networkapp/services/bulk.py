"""Bulk edits of the contact list (tag, archive, restore).

Each runs in one transaction, all or nothing; the controller records it for undo
(:mod:`networkapp.services.changes`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from networkapp.models import ContactTag, Tag, db
from networkapp.services.dto import StatusChangeView
from networkapp.services.errors import ValidationError
from networkapp.services.states import archive_contact, restore_contact


def contacts_with_tag(contact_ids: Iterable[int], name: str) -> set[int]:
    """Return which of the given contacts already carry the tag ``name``."""
    ids = list(contact_ids)
    tag = Tag.get_or_none(Tag.name == name.strip())
    if tag is None:
        return set()
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        query = ContactTag.select(ContactTag.contact).where(
            (ContactTag.tag == tag) & ContactTag.contact.in_(ids[start : start + 500]))
        found.update(cid for (cid,) in query.tuples())
    return found


def archive_contacts(contact_ids: Sequence[int], reason: str) -> list[StatusChangeView]:
    """Archive every listed contact with the same reason, all or nothing."""
    if not reason.strip():
        raise ValidationError({"reason": "Say why you archive these contacts."})
    with db.atomic():
        return [archive_contact(cid, reason) for cid in contact_ids]


def restore_contacts(contact_ids: Sequence[int], reason: str) -> list[StatusChangeView]:
    """Bring every listed archived contact back to active, all or nothing."""
    with db.atomic():
        return [restore_contact(cid, reason) for cid in contact_ids]
