"""Merging contacts of this file into one: the plan, then one transaction.

:func:`plan_merge` says what merging would give (the kept contact's values where
it has them, the others' where it has none, every e-mail, phone, address, URL and
tag) and lists the single-valued fields where the others say otherwise.
:func:`merge_contacts` does it: the kept contact takes the merged fields through
the one contact writer; the interactions (with their exchanges), signals,
clarifications and status history of the others move to it; their UIDs and names
stay known as aliases (the import's matching reads them); the history records the
merge; the others are deleted. All in the caller's transaction, so the window
records it as one undo step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from networkapp.i18n import Phrase, tr_noop
from networkapp.models import db
from networkapp.services import contact_writer as writer
from networkapp.services import states
from networkapp.services.contacts import get_contact
from networkapp.services.dto import ContactDetail, ContactFields
from networkapp.services.duplicates.fields import (
    FIELD_LABELS,
    differing,
    field_value,
    is_empty,
    merged_fields,
    preselect,
)
from networkapp.services.duplicates.store import add_aliases
from networkapp.services.errors import ValidationError
from networkapp.services.introductions import introducer_problem
from networkapp.services.validation import contact_problems, derive_display_name
from networkapp.services.vocabulary import ACTIVE, ARCHIVED

MOVED_TABLES = ("interaction", "signal", "clarification", "status_change", "contact_alias")
"""What moves to the kept contact: the history (exchanges and sources go with their
interactions) and what earlier merges left as aliases."""


@dataclass(frozen=True)
class FieldConflict:
    """A single-valued field where the contacts differ: the value kept and the others."""

    field: str
    label: str
    kept: str
    others: tuple[str, ...]


@dataclass(frozen=True)
class MergePlan:
    """What merging ``others`` into ``keep`` gives, before anything is written."""

    keep: ContactDetail
    others: tuple[ContactDetail, ...]
    result: ContactFields
    conflicts: tuple[FieldConflict, ...]

    @property
    def versions(self) -> tuple[ContactFields, ...]:
        """The contacts' fields, the kept one first."""
        return (self.keep.fields, *(o.fields for o in self.others))


@dataclass(frozen=True)
class MergeOutcome:
    """What a merge did: the kept contact, those merged into it, the rows moved."""

    keep_id: int
    merged_ids: tuple[int, ...]
    moved: tuple[tuple[str, int], ...]
    name: str


def shown_value(fields: ContactFields, name: str) -> str:
    """Return a single-valued field as one line of text (for lists of conflicts)."""
    value = field_value(fields, name)
    if is_empty(value):
        return ""
    if name == "photo":
        return "photo" if fields.photo else f"photo at {fields.photo_uri}"
    return " ".join(str(value).split())


def _check_ids(keep_id: int, other_ids: Sequence[int]) -> list[int]:
    others = list(dict.fromkeys(other_ids))
    if not others or keep_id in others:
        raise ValidationError({"contacts": Phrase(tr_noop(
            "Choose a contact to keep and at least one other contact to merge into it."))})
    return others


def _drafts(ids: Sequence[int]) -> list[str]:
    """The names of the contacts among ``ids`` with an unfinished clarification."""
    marks = ", ".join("?" * len(ids))
    return [name for (name,) in db.execute_sql(
        f"SELECT display_name FROM contact WHERE id IN ({marks}) AND EXISTS (SELECT 1 FROM "
        "clarification c WHERE c.contact_id = contact.id AND c.is_draft) ORDER BY id", ids)]


def plan_merge(keep_id: int, other_ids: Sequence[int]) -> MergePlan:
    """Return what merging the others into ``keep_id`` would give (writes nothing).

    Raises:
        ValidationError: no other contact, or the kept one among them.
        NotFoundError: a contact does not exist.
    """
    others = _check_ids(keep_id, other_ids)
    keep = get_contact(keep_id)
    details = tuple(get_contact(cid) for cid in others)
    versions = [keep.fields, *(d.fields for d in details)]
    result = merged_fields(versions, preselect(versions, 0), 0)
    conflicts = tuple(
        FieldConflict(name, FIELD_LABELS[name], shown_value(result, name),
                      tuple(dict.fromkeys(s for v in versions[1:]
                                          if (s := shown_value(v, name))
                                          and s != shown_value(result, name))))
        for name in differing(versions))
    return MergePlan(keep, details, result, conflicts)


def _move_introductions(keep_id: int, others: Sequence[int],
                        fields: ContactFields) -> ContactFields:
    """Point the introductions made by or naming the merged-away contacts at the kept
    one; return ``fields`` without an introducer that would now be the contact itself or
    close a circle (deleting the others would otherwise empty those links)."""
    marks = ", ".join("?" * len(others))
    db.execute_sql(f"UPDATE contact SET introduced_by_id = ? WHERE introduced_by_id IN "
                   f"({marks}) AND id <> ?", (keep_id, *others, keep_id))
    db.execute_sql(f"UPDATE exchange SET introduced_contact_id = ? WHERE "
                   f"introduced_contact_id IN ({marks})", (keep_id, *others))
    introducer = fields.introduced_by
    if introducer is None or (introducer not in others and introducer != keep_id
                              and introducer_problem(keep_id, introducer) is None):
        return fields
    return replace(fields, introduced_by=None, introduced_on=None)


def merge_contacts(keep_id: int, other_ids: Sequence[int],
                   result: ContactFields | None = None) -> MergeOutcome:
    """Merge the others into ``keep_id`` (one transaction); ``result``: the merged
    fields chosen in the window (default: :func:`plan_merge`'s).

    Raises:
        ValidationError: the ids or the merged fields cannot be used (nothing written).
        NotFoundError: a contact does not exist.
    """
    with db.atomic():
        plan = plan_merge(keep_id, other_ids)
        fields = plan.result if result is None else result
        if problems := contact_problems(fields):
            raise ValidationError(problems)
        others = [o.id for o in plan.others]
        drafts = _drafts(others)
        if drafts and plan.keep.status == ARCHIVED:  # an archived contact cannot clarify
            raise ValidationError({"contacts": Phrase(tr_noop(
                "%1 has an unfinished clarification, which an archived contact cannot take: "
                "restore the contact to keep first, or keep %1."), args=(drafts[0],))})
        marks = ", ".join("?" * len(others))
        moment = dt.datetime.now().replace(microsecond=0)
        at = str(moment)
        moved = []
        for table in MOVED_TABLES:
            cursor = db.execute_sql(f"UPDATE {table} SET contact_id = ? WHERE contact_id IN "
                                    f"({marks})", (keep_id, *others))
            moved.append((table, int(cursor.rowcount)))
        uid = fields.uid
        add_aliases(keep_id, [(o.uid if o.uid != uid else None, o.display_name,
                               o.given_name, o.family_name)
                              for o in (d.fields for d in plan.others)], at)
        if plan.keep.fields.uid and plan.keep.fields.uid != uid:  # its own UID given up
            add_aliases(keep_id, [(plan.keep.fields.uid, "", "", "")], at)
        fields = _move_introductions(keep_id, others, fields)
        db.execute_sql(f"DELETE FROM contact WHERE id IN ({marks})", others)
        writer.write_fields(keep_id, writer.fields_columns(fields, derive_display_name(fields)),
                            writer.fields_rows(fields), fields.tags)
        names = ", ".join(f"{o.fields.display_name} ({o.id})" for o in plan.others)
        states.record_history(keep_id, states.MERGE, f"Merged with {names}", at=moment)
        if drafts and plan.keep.status == ACTIVE:  # its clarification goes on here
            states.transition(keep_id, states.CLARIFY,
                              f"Clarification of {drafts[0]} carried over by the merge",
                              at=moment)
        writer.update_columns(keep_id, {}, at=at)
        writer.refresh([keep_id])
    return MergeOutcome(keep_id, tuple(others), tuple(moved), derive_display_name(fields))
