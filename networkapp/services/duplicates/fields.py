"""Merging versions of one person's card, field by field (no database here).

Given two or more versions of a contact's fields (:class:`ContactFields`, from
contacts of this file, a CardDAV server or anywhere), :func:`preselect` proposes a
choice per single-valued field and :func:`merged_fields` builds the result:

- multi-valued fields (e-mails, phones, addresses, URLs, tags) are united, in
  order, the base version's first, identical values dropped (the import's keys:
  case-folded e-mails, a phone's last nine digits, an address's parts, tags
  case-insensitively);
- each single-valued field (name parts, organization, title, birthday, photo,
  notes, keep-in-touch) comes from the version chosen for it: by default the base
  (the most complete version), or the first version that has a value where the
  base has none; a year-less birthday gives way to the full date of the same day.
  Notes can also be combined (:data:`COMBINE`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import Any

from networkapp.i18n import tr_noop
from networkapp.services.contact_writer import tag_key
from networkapp.services.dto import AddressData, ContactFields, LabeledValue
from networkapp.services.importing.clean import address_key
from networkapp.services.importing.match import email_key, phone_key, url_key

SINGLE_FIELDS = ("display_name", "given_name", "family_name", "organization", "title",
                 "birthday", "photo", "notes", "cadence_days")
MULTI_FIELDS = ("emails", "phones", "addresses", "urls", "tags")
FIELD_LABELS = {"display_name": tr_noop("Name"), "given_name": tr_noop("Given name"),
                "family_name": tr_noop("Family name"), "organization": tr_noop("Organization"),
                "title": tr_noop("Title"), "birthday": tr_noop("Birthday"),
                "photo": tr_noop("Photo"), "notes": tr_noop("Notes"),
                "cadence_days": tr_noop("Keep in touch"), "emails": tr_noop("E-mails"),
                "phones": tr_noop("Phones"), "addresses": tr_noop("Addresses"),
                "urls": tr_noop("Web"), "tags": tr_noop("Tags")}
"""The words of each field (translated by the window)."""
COMBINE = 1000
"""The choice for notes that keeps every version's notes, one after the other."""

Choices = Mapping[str, int]


def field_value(fields: ContactFields, name: str) -> object:
    """Return one field's value (the photo as (bytes, type, URI))."""
    if name == "photo":
        return (fields.photo, fields.photo_mime, fields.photo_uri) if (
            fields.photo or fields.photo_uri) else None
    return getattr(fields, name)


def is_empty(value: object) -> bool:
    """True for a field without a value ("", None, no rows)."""
    return value is None or value in ("", ())


def completeness(fields: ContactFields) -> int:
    """How much a version holds: its filled single fields and its multi values."""
    filled = sum(not is_empty(field_value(fields, n)) for n in SINGLE_FIELDS)
    return filled + sum(len(getattr(fields, n)) for n in MULTI_FIELDS)


def base_index(versions: Sequence[ContactFields]) -> int:
    """Return the most complete version (the first of equals)."""
    return max(range(len(versions)), key=lambda i: (completeness(versions[i]), -i))


def differing(versions: Sequence[ContactFields]) -> list[str]:
    """Return the single-valued fields where versions hold different values."""
    found = []
    for name in SINGLE_FIELDS:
        values = [v for f in versions if not is_empty(v := field_value(f, name))]
        if any(value != values[0] for value in values[1:]):
            found.append(name)
    return found


def preselect(versions: Sequence[ContactFields], base: int) -> dict[str, int]:
    """Return the proposed version per single-valued field (see the module docs)."""
    choices = {}
    for name in SINGLE_FIELDS:
        order = [base, *(i for i in range(len(versions)) if i != base)]
        choices[name] = next((i for i in order if not is_empty(field_value(versions[i], name))),
                             base)
    kept = versions[choices["birthday"]].birthday
    if kept and kept.startswith("--"):  # a full date of the same day says more
        choices["birthday"] = next((i for i, v in enumerate(versions) if v.birthday and
                                    not v.birthday.startswith("--")
                                    and v.birthday.endswith(kept[1:])), choices["birthday"])
    return choices


def _unite(values: Sequence[Sequence[object]], key: Callable[[object], Hashable]
           ) -> tuple[object, ...]:
    kept: dict[Hashable, object] = {}
    for items in values:
        for item in items:
            kept.setdefault(key(item), item)
    return tuple(kept.values())


def _address(item: object) -> Hashable:
    assert isinstance(item, AddressData)
    return address_key(tuple(getattr(item, f.name) for f in dataclass_fields(AddressData)))


def _labeled(key: Callable[[str], str]) -> Callable[[object], Hashable]:
    def of(item: object) -> Hashable:
        assert isinstance(item, LabeledValue)
        return key(item.value)
    return of


ITEM_KEYS: dict[str, Callable[[object], Hashable]] = {
    "emails": _labeled(email_key), "phones": _labeled(phone_key), "urls": _labeled(url_key),
    "addresses": _address, "tags": lambda item: tag_key(str(item))}
"""What makes two items of a multi-valued field one (the import's keys); the CardDAV
sync's three-way merge uses them too."""


def combined_notes(versions: Sequence[ContactFields], base: int) -> str:
    """Every version's notes, the base's first, each once, a blank line between."""
    order = [base, *(i for i in range(len(versions)) if i != base)]
    notes = dict.fromkeys(n for i in order if (n := versions[i].notes.strip()))
    return "\n\n".join(notes)


def merged_fields(versions: Sequence[ContactFields], choices: Choices, base: int
                  ) -> ContactFields:
    """Return the merged card: multi values united (the base's first), each single field
    from its chosen version (missing choices: the base's); the base's UID, else the
    first one."""
    order = [versions[base], *(v for i, v in enumerate(versions) if i != base)]
    values: dict[str, Any] = {name: _unite([getattr(v, name) for v in order], ITEM_KEYS[name])
                              for name in MULTI_FIELDS}
    for name in SINGLE_FIELDS:
        pick = choices.get(name, base)
        if name == "notes" and pick == COMBINE:
            values["notes"] = combined_notes(versions, base)
        elif name == "photo":
            source = versions[pick]
            values |= {"photo": source.photo, "photo_mime": source.photo_mime,
                       "photo_uri": source.photo_uri}
        else:
            values[name] = getattr(versions[pick], name)
    values["uid"] = next((v.uid for v in order if v.uid), None)
    return replace(versions[base], **values)
