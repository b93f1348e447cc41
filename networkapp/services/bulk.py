"""Bulk edits of the contact list (tag, archive, restore) and their exact undo.

Each runs in one transaction. The undo helpers put the file back as it was:
status changes are removed again (not answered by a "restore" row), and a tag
comes off only the contacts that did not carry it before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from networkapp.models import Contact, ContactTag, StatusChange, Tag, db
from networkapp.models.cache import refresh_cached_columns
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


def revert_status_changes(changes: Sequence[StatusChangeView]) -> None:
    """Undo status changes: each contact goes back to its former status, the rows go."""
    with db.atomic():
        for change in reversed(changes):
            Contact.update(status=change.from_status).where(
                Contact.id == change.contact_id).execute()
            StatusChange.delete().where(StatusChange.id == change.id).execute()
        refresh_cached_columns(change.contact_id for change in changes)


def redo_status_changes(changes: Sequence[StatusChangeView]) -> None:
    """Apply again status changes that :func:`revert_status_changes` undid (same ids)."""
    with db.atomic():
        for change in changes:
            Contact.update(status=change.to_status).where(
                Contact.id == change.contact_id).execute()
            StatusChange.insert(id=change.id, contact=change.contact_id, action=change.action,
                                from_status=change.from_status, to_status=change.to_status,
                                at=change.at, reason=change.reason,
                                clarification=change.clarification_id).execute()
        refresh_cached_columns(change.contact_id for change in changes)
