"""Bulk edits of the contact list (tag, archive, restore).

Each runs in one transaction, all or nothing; the controller records it for undo
(:mod:`networkapp.services.changes`).
"""

from __future__ import annotations

from collections.abc import Sequence

from networkapp.models import db
from networkapp.services.dto import StatusChangeView
from networkapp.services.errors import ValidationError
from networkapp.services.states import archive_contact, restore_contact


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
