"""The fields a card and a contact share, read from either side, compared and merged.

A server card is read by the one vCard reader and cleaned by the import's
:func:`~networkapp.services.importing.clean.record_of`, exactly as a file import reads
it; a contact is read by :func:`~networkapp.services.contacts.get_contact`. Both give
a :class:`ContactFields`; :data:`CARD_FIELDS` are the ones synced (the rest of a
contact, its history and cadence, never leaves this machine).

Merging is three-way, field by field, against the card as last synced: a field only
one side changed takes that side's value; lists (e-mails, phones, URLs, addresses,
tags) merge item by item; a field both sides changed to values that differ once
normalised (the import's keys: case, spacing, phone punctuation) is a conflict.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from networkapp.models.text import fold
from networkapp.services.contact_writer import tag_key
from networkapp.services.contacts import get_contact
from networkapp.services.dto import AddressData, ContactFields, LabeledValue
from networkapp.services.duplicates.fields import (
    ITEM_KEYS,
    MULTI_FIELDS,
    SINGLE_FIELDS,
    field_value,
)
from networkapp.services.importing.clean import CardData, Record, record_of
from networkapp.services.importing.match import squeezed
from networkapp.services.vcard import VCardFileError, read_vcard_bytes

LISTS = MULTI_FIELDS
SCALARS = tuple(n for n in SINGLE_FIELDS if n not in ("photo", "cadence_days"))
CARD_FIELDS = (*SCALARS, "photo", *LISTS)
"""What a card carries of a contact (the duplicates' fields but the keep-in-touch
cadence, which stays here); "photo" covers the photo, its type and its URI."""


class UnreadableCardError(Exception):
    """The vCard reader rejects a server card; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class GroupCardError(UnreadableCardError):
    """A contact group card (KIND:group): not a contact, left alone on the server."""


@dataclass(frozen=True)
class Conflict:
    """A field both sides changed: the value here and the server's (as text)."""

    field: str
    local: str
    server: str


@dataclass(frozen=True)
class Merged:
    """The result of a three-way merge and the conflicts the server won."""

    fields: ContactFields
    conflicts: tuple[Conflict, ...]


def read_card(raw: bytes, name: str) -> tuple[ContactFields, tuple[str, ...]]:
    """The fields of one server card and the reader's warnings; UnreadableCardError if
    the reader rejects it or it holds no single contact."""
    try:
        records = [record_of(card, name) for card in read_vcard_bytes(raw, name=name)]
    except VCardFileError as error:
        raise UnreadableCardError(str(error)) from None
    if len(records) != 1:
        raise UnreadableCardError(f"{name}: holds {len(records)} cards, not one")
    record = records[0]
    if record.data is None and not record.reason:
        raise GroupCardError(f"{record.file}:{record.line}: a contact group, not a contact")
    if record.data is None:
        raise UnreadableCardError(f"{record.file}:{record.line}: {record.reason}")
    return card_fields(record), record.warnings


def card_fields(record: Record) -> ContactFields:
    """A cleaned card's values as contact fields."""
    data: CardData | None = record.data
    assert data is not None
    scalars = data.scalars
    return ContactFields(
        display_name=scalars.get("display_name") or "",
        given_name=scalars.get("given_name") or "", family_name=scalars.get("family_name") or "",
        organization=scalars.get("organization") or "", title=scalars.get("title") or "",
        birthday=scalars.get("birthday"), notes=scalars.get("notes") or "",
        emails=tuple(LabeledValue(v, lbl) for v, lbl in data.emails),
        phones=tuple(LabeledValue(v, lbl) for v, lbl in data.phones),
        urls=tuple(LabeledValue(v, lbl) for v, lbl in data.urls),
        addresses=tuple(AddressData(*place) for place in data.addresses),
        tags=data.tags, photo=data.photo, photo_mime=data.photo_mime,
        photo_uri=scalars.get("photo_uri"), uid=scalars.get("uid"))


def local_fields(contact_id: int) -> ContactFields:
    """A stored contact's fields (NotFoundError if there is no such contact)."""
    return get_contact(contact_id).fields


def value_of(fields: ContactFields, name: str) -> object:
    """A field's value as compared: lists as sets, tags as case-folded names, the photo
    as its bytes, type and URI."""
    if name == "tags":
        return frozenset(tag_key(tag) for tag in fields.tags)
    if name in LISTS:  # the order of e-mails, phones... is no change (the server's may differ)
        return sorted(map(repr, getattr(fields, name)))
    return field_value(fields, name)


def changed_fields(before: ContactFields, after: ContactFields) -> set[str]:
    """The card fields that differ between two versions of a contact."""
    return {name for name in CARD_FIELDS if value_of(before, name) != value_of(after, name)}


def same_when_normalised(name: str, one: ContactFields, other: ContactFields) -> bool:
    """True when a field differs only in what the import's keys ignore."""
    if name in LISTS:
        key = ITEM_KEYS[name]
        return [key(i) for i in getattr(one, name)] == [key(i) for i in getattr(other, name)]
    if name == "photo":
        return value_of(one, name) == value_of(other, name)
    return squeezed(fold(str(getattr(one, name) or ""))) == squeezed(
        fold(str(getattr(other, name) or "")))


def merge(base: ContactFields, local: ContactFields, server: ContactFields) -> Merged:
    """Three-way merge of the card fields (the rest, like the cadence, stays local's)."""
    mine, theirs = changed_fields(base, local), changed_fields(base, server)
    result: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for name in CARD_FIELDS:
        if name not in mine:
            winner = server
        elif name not in theirs or same_when_normalised(name, local, server):
            winner = local if name in mine and name not in theirs else server
        elif name in LISTS:
            result[name] = merge_items(name, getattr(base, name), getattr(local, name),
                                       getattr(server, name))
            continue
        else:
            winner = server
            conflicts.append(Conflict(name, shown(local, name), shown(server, name)))
        result |= _take(winner, name)
    return Merged(replace(local, **result), tuple(conflicts))


def resolved(current: ContactFields, ours: ContactFields, theirs: ContactFields,
             chosen: ContactFields) -> ContactFields:
    """A contact as it is now with its conflicts resolved: only the fields where our
    and the server's versions of a conflict differ take ``chosen``'s values (whatever
    else changed since the conflict was found stays)."""
    result: dict[str, Any] = {}
    for name in changed_fields(ours, theirs):
        result |= _take(chosen, name)
    return replace(current, **result)


def _take(source: ContactFields, name: str) -> dict[str, object]:
    if name == "photo":
        return {"photo": source.photo, "photo_mime": source.photo_mime,
                "photo_uri": source.photo_uri}
    return {name: getattr(source, name)}


def merge_items(name: str, base: Sequence[object], local: Sequence[object],
                server: Sequence[object]) -> tuple[object, ...]:
    """A list both sides changed: the server's items (with a label changed here taken
    from here) without those removed here, then the items added here."""
    key = ITEM_KEYS[name]
    was = {key(item): item for item in base}
    here = {key(item): item for item in local}
    kept: dict[object, object] = {}
    for item in server:
        k = key(item)
        if k in here:
            kept[k] = here[k] if here[k] != was.get(k) and item == was.get(k) else item
        elif k not in was:  # new on the server
            kept[k] = item
    for k, item in here.items():
        if k not in was and k not in kept:
            kept[k] = item
    return tuple(kept.values())


def shown(fields: ContactFields, name: str) -> str:
    """A field's value as a line of text (for conflicts and notes)."""
    if name == "photo":
        return "a photo" if fields.photo else (fields.photo_uri or "no photo")
    value = getattr(fields, name)
    if name == "tags":
        return ", ".join(value)
    if name == "addresses":
        return "; ".join(", ".join(p for p in dataclasses.astuple(a)[1:] if p) for a in value)
    if name in LISTS:
        return ", ".join(item.value for item in value)
    return str(value or "")
