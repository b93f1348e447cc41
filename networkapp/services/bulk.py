"""Bulk edits of the contact list (tag, archive, restore).

Each runs in one transaction, all or nothing; the controller records it for undo
(:mod:`networkapp.services.changes`).
"""

from __future__ import annotations

from collections.abc import Sequence

from networkapp.i18n import tr_noop
from networkapp.models import db
from networkapp.services.dto import StatusChangeView
from networkapp.services.errors import ValidationError
from networkapp.services.signals import closed_by_archive
from networkapp.services.states import archive_contact, restore_contact


def archive_contacts(contact_ids: Sequence[int], reason: str) -> list[StatusChangeView]:
    """Archive every listed contact with the same reason, all or nothing."""
    if not reason.strip():
        raise ValidationError({"reason": "Say why you archive these contacts."})
    with db.atomic():
        return [archive_contact(cid, reason) for cid in contact_ids]


def restore_contacts(contact_ids: Sequence[int], reason: str,
                     still_open: Sequence[int] = ()) -> list[StatusChangeView]:
    """Bring every listed archived contact back to active, all or nothing; of the warnings
    their archive closed, only those in ``still_open`` open again."""
    chosen = set(still_open)
    with db.atomic():
        changes = []
        for cid in contact_ids:
            mine = [s.id for s in closed_by_archive(cid) if s.id in chosen]
            changes.append(restore_contact(cid, reason, mine))
            chosen -= set(mine)
        if chosen:
            raise ValidationError({"still_open": tr_noop(
                "Only warnings closed by the archive can be opened again.")})
        return changes
