"""Merging imported cards into a contact: add what is new, keep what is there.

:class:`ContactState` is one contact as an import sees it: what the file held before
plus what the cards of this import add. Lists (e-mails, phones, URLs, addresses,
tags) gain the values not already there; an empty field is filled; a field that
already has another value is kept and the difference is listed as a conflict
("organization: 'Acme' kept, card says 'Acme Ltd'").
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from networkapp.models import db
from networkapp.models.text import fold
from networkapp.services.contact_writer import tag_key
from networkapp.services.importing.clean import (
    ADDRESS_PARTS,
    ROW_KINDS,
    TEXT_FIELDS,
    CardData,
    address_key,
    photo_key,
)
from networkapp.services.importing.match import email_key, phone_key, url_key
from networkapp.services.vocabulary import ACTIVE

_SHOWN = {"display_name": "name", "given_name": "given name", "family_name": "family name",
          "organization": "organization", "title": "title"}
_CHUNK = 5000
_VALUE_KEYS = {"emails": ("contact_email", email_key), "phones": ("contact_phone", phone_key),
               "urls": ("contact_url", url_key)}


@dataclass(slots=True)
class ContactState:
    """One contact during an import: its values plus what this import adds.

    Attributes:
        id: The contact id (one this import creates when not ``stored``).
        stored: True when the contact is in the database (loaded from it).
        status: Its status ("archived" contacts stay archived).
        scalars: Current single values (names, organization, birthday, notes...).
        photo: A photo to write (the card's, for a new contact or one that had none).
        photo_key: The digest of the current photo, stored or added.
        existing: How many e-mails, phones, URLs and addresses are stored already
            (new rows go after them).
        changed: The scalar columns this import changed ("photo" for the photo).
        added: The new rows per kind ("emails", "phones", "urls", "addresses", "tags").
        keys: The comparison keys of every row per kind, stored and added.
        origin: The file the contact's first card came from (a new contact).
    """

    id: int
    stored: bool
    status: str
    scalars: dict[str, str | None]
    photo: bytes | None = None
    photo_mime: str | None = None
    photo_key: bytes | None = None
    existing: dict[str, int] = field(default_factory=dict)
    changed: dict[str, None] = field(default_factory=dict)
    added: dict[str, list[object] | tuple[object, ...]] = field(default_factory=dict)
    keys: dict[str, dict[object, None]] = field(default_factory=dict)
    origin: str = ""
    card_keys: dict[str, tuple[object, ...]] | None = None
    """The keys of a new contact's first card, until ``keys`` is made from them."""
    shared: bool = False
    """``scalars`` is still the first card's own dict: copied before a change."""

    @property
    def name(self) -> str:
        """The name the contact is shown with."""
        return self.scalars.get("display_name") or ""

    @property
    def dirty(self) -> bool:
        """True when the import changes this stored contact."""
        return bool(self.changed) or any(self.added.values())

    @classmethod
    def new(cls, target: int, data: CardData, origin: str) -> ContactState:
        """Return a contact created from its first card, read from the file ``origin``."""
        # The card's own values are shared until a later card of the import changes
        # them (a preview of 100,000 cards holds one copy): its scalars (copied by
        # _set), its rows (tuples, without repeats already: clean.py; made lists by
        # _add_rows) and its keys (made a dict by _add_rows).
        state = cls(target, False, ACTIVE, data.scalars, data.photo, data.photo_mime,
                    data.photo_key, origin=origin, shared=True)
        added = state.added
        for kind in ROW_KINDS:
            rows = getattr(data, kind)
            if rows:
                added[kind] = rows
        state.card_keys = data.keys
        return state

    def covers(self, data: CardData) -> bool:
        """Return True when the card holds nothing this contact lacks."""
        return not copy.deepcopy(self).merge(data)[0]

    def merge(self, data: CardData) -> tuple[bool, list[str]]:
        """Add the card's new values; return (anything changed, conflicts)."""
        conflicts: list[str] = []
        before = (len(self.changed), sum(len(v) for v in self.added.values()))
        for name in (*TEXT_FIELDS, "uid", "photo_uri"):
            self._merge_text(name, data.scalars.get(name), conflicts)
        self._merge_birthday(data.scalars.get("birthday"), conflicts)
        self._merge_notes(data.scalars.get("notes") or "", conflicts)
        self._merge_photo(data, conflicts)
        for kind in ROW_KINDS:
            self._add_rows(kind, getattr(data, kind), data.keys[kind])
        after = (len(self.changed), sum(len(v) for v in self.added.values()))
        return after != before, conflicts

    def _set(self, name: str, value: str | None) -> None:
        if self.shared:
            self.scalars, self.shared = dict(self.scalars), False
        self.scalars[name] = value
        self.changed[name] = None

    def _merge_text(self, name: str, value: str | None, conflicts: list[str]) -> None:
        current = self.scalars.get(name) or ""
        if not value or value == current or fold(value) == fold(current):
            return
        if not current:
            self._set(name, value)
        elif name in _SHOWN or name == "uid":
            conflicts.append(f"{_SHOWN.get(name, name)}: {current!r} kept, card says {value!r}")

    def _merge_birthday(self, value: str | None, conflicts: list[str]) -> None:
        current = self.scalars.get("birthday")
        if not value or value == current:
            return
        if not current or (current.startswith("--") and value.endswith(current[1:])):
            self._set("birthday", value)  # empty, or the card adds the year
        elif not (value.startswith("--") and current.endswith(value[1:])):
            conflicts.append(f"birthday: {current!r} kept, card says {value!r}")

    def _merge_notes(self, value: str, conflicts: list[str]) -> None:
        current = self.scalars.get("notes") or ""
        if not value.strip() or value.strip() in current:
            return
        if not current.strip():
            self._set("notes", value)
        else:
            conflicts.append("notes: kept, the card has other notes")

    def _merge_photo(self, data: CardData, conflicts: list[str]) -> None:
        if data.photo_key is None or data.photo_key == self.photo_key:
            return
        if self.photo_key is None:
            self.photo, self.photo_mime, self.photo_key = data.photo, data.photo_mime, \
                data.photo_key
            self.changed["photo"] = None
        else:
            conflicts.append("photo: the current photo kept, the card has another one")

    def _add_rows(self, kind: str, values: Sequence[object], keys: Sequence[object]) -> None:
        if self.card_keys is not None:  # the first card's keys, made now
            for name, first in self.card_keys.items():
                self.keys[name] = dict.fromkeys(first)
            self.card_keys = None
        known = self.keys.setdefault(kind, {})
        for value, key in zip(values, keys, strict=True):
            if key not in known:
                known[key] = None
                rows = self.added.get(kind)
                if not isinstance(rows, list):
                    rows = self.added[kind] = list(rows or ())
                rows.append(value)


def load_states(ids: Sequence[int]) -> dict[int, ContactState]:
    """Return the stored contacts ``ids`` as import states (a few queries per 5,000)."""
    states: dict[int, ContactState] = {}
    for start in range(0, len(ids), _CHUNK):
        _load_chunk(json.dumps(list(ids[start : start + _CHUNK])), states)
    return states


def _load_chunk(ids: str, states: dict[int, ContactState]) -> None:
    # Plain SQL, the ids as one JSON parameter: no IN list of 5,000 marks, no ORM rows.
    wanted = "IN (SELECT value FROM json_each(?))"
    columns = (*TEXT_FIELDS, "uid", "photo_uri", "birthday", "notes")
    rows = db.execute_sql(f"SELECT id, status, photo, {', '.join(columns)} "
                          f"FROM contact WHERE id {wanted}", (ids,))
    for cid, status, photo, *values in rows:
        states[cid] = ContactState(cid, True, status, dict(zip(columns, values, strict=True)),
                                   photo_key=photo_key(bytes(photo) if photo else None))
    for kind, (table, key) in _VALUE_KEYS.items():
        for cid, value in db.execute_sql(f"SELECT contact_id, value FROM {table} "
                                         f"WHERE contact_id {wanted} ORDER BY position, id",
                                         (ids,)):
            _known(states[cid], kind, key(value))
    for cid, *parts in db.execute_sql(
            f"SELECT contact_id, label, {', '.join(ADDRESS_PARTS)} FROM contact_address "
            f"WHERE contact_id {wanted} ORDER BY position, id", (ids,)):
        _known(states[cid], "addresses", address_key(tuple(parts)))
    for cid, name in db.execute_sql(
            "SELECT contact_tag.contact_id, tag.name FROM contact_tag JOIN tag ON "
            f"tag.id = contact_tag.tag_id WHERE contact_tag.contact_id {wanted} "
            "ORDER BY contact_tag.id", (ids,)):
        _known(states[cid], "tags", tag_key(name))


def _known(state: ContactState, kind: str, key: object) -> None:
    state.keys.setdefault(kind, {})[key] = None
    state.existing[kind] = state.existing.get(kind, 0) + 1
