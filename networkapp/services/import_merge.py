"""Merging imported cards into a contact: add what is new, keep what is there.

:class:`ContactState` is one contact as an import sees it: what the file held
before plus what the cards of this import add. Lists (e-mails, phones, URLs,
addresses, tags) gain the values not already there; an empty field is filled; a
field that already has another value is kept and the difference is listed as a
conflict ("organization: 'Acme' kept, card says 'Acme Ltd'").
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from networkapp.models import db
from networkapp.models.text import fold
from networkapp.services.dto import AddressData
from networkapp.services.import_match import clean_email, email_key, phone_key
from networkapp.services.validation import is_valid_email, parse_birthday
from networkapp.services.vcard import ParsedCard

TEXT_FIELDS = ("display_name", "given_name", "family_name", "organization", "title")
_SHOWN = {"display_name": "name", "given_name": "given name", "family_name": "family name",
          "organization": "organization", "title": "title"}
_CHUNK = 5000
_ROW_KINDS = ("emails", "phones", "urls", "addresses", "tags")


class _NoRows(dict[str, int]):
    """A new contact's stored row counts: none. One shared instance; writing to it is
    a bug (:func:`_known` gives a loaded contact its own dict)."""

    def __setitem__(self, key: str, value: int) -> None:
        raise TypeError("the shared empty row counts are read-only")

    def __deepcopy__(self, memo: dict[int, object]) -> _NoRows:
        return self


_NO_ROWS = _NoRows()
_ADDRESS_PARTS = ("po_box", "extended", "street", "locality", "region", "postal_code",
                  "country")


class Value(NamedTuple):
    """An e-mail, phone or URL to store, with its label (a named tuple, not a
    :class:`LabeledValue`: a plan holds hundreds of thousands of them)."""

    value: str
    label: str


class Labeled(Protocol):
    """Anything with a value and a label (an e-mail, phone or URL)."""

    @property
    def value(self) -> str:
        """The value."""

    @property
    def label(self) -> str:
        """Its label."""


class Place(NamedTuple):
    """A postal address to store (the fields of :class:`AddressData`, as a named tuple)."""

    label: str
    po_box: str
    extended: str
    street: str
    locality: str
    region: str
    postal_code: str
    country: str


class RowKeys:
    """Per kind ("emails", "phones", ...), the comparison key of each of a card's values,
    in order; read like a dict (``keys["emails"]``), stored like a tuple."""

    __slots__ = ("addresses", "emails", "phone_match", "phones", "tags", "urls")

    def __init__(self, *, emails: tuple[object, ...], phones: tuple[object, ...],
                 phone_match: tuple[object, ...], urls: tuple[object, ...],
                 addresses: tuple[object, ...], tags: tuple[object, ...]) -> None:
        """Keep the keys of each kind."""
        self.emails, self.phones, self.phone_match = emails, phones, phone_match
        self.urls, self.addresses, self.tags = urls, addresses, tags

    def __getitem__(self, kind: str) -> tuple[object, ...]:
        """Return the keys of ``kind``."""
        return getattr(self, kind)  # type: ignore[no-any-return]


def _same(key: str, value: str) -> str:
    """Return ``value`` itself when the key is equal to it (one string kept, not two)."""
    return value if key == value else key


@dataclass(frozen=True, slots=True)
class CardData:
    """A parsed card cleaned for storage, with what cleaning dropped."""

    scalars: dict[str, str | None]
    emails: tuple[Value, ...]
    phones: tuple[Value, ...]
    urls: tuple[Value, ...]
    addresses: tuple[Place, ...]
    tags: tuple[str, ...]
    photo: bytes | None
    photo_mime: str | None
    problems: tuple[str, ...]
    keys: RowKeys
    """Per kind ("emails", "phones", ...), the comparison key of each value, in order."""


def card_data(card: ParsedCard) -> CardData:
    """Return the card's values as the database stores them (bad e-mails and dates dropped)."""
    return clean_values(
        display_name=card.display_name, given_name=card.given_name,
        family_name=card.family_name, organization=card.organization, title=card.title,
        notes=card.notes, birthday=card.birthday, uid=card.uid, photo_uri=card.photo_uri,
        photo=card.photo, photo_mime=card.photo_mime, emails=card.emails,
        phones=card.phones, urls=card.urls,
        addresses=tuple(Place(a.label, a.po_box, a.extended, a.street, a.locality,
                              a.region, a.postal_code, a.country) for a in card.addresses),
        tags=card.tags,
    )


def clean_values(
    *, display_name: str, given_name: str, family_name: str, organization: str, title: str,
    notes: str, birthday: str | None, uid: str | None, photo_uri: str | None,
    photo: bytes | None, photo_mime: str | None, emails: Iterable[Labeled],
    phones: Iterable[Labeled], urls: Iterable[Labeled], addresses: tuple[Place, ...],
    tags: Iterable[str],
) -> CardData:
    """Return a card's values as the database stores them (bad e-mails and dates dropped).

    The e-mails, phones and URLs are anything with ``value`` and ``label`` (the
    reader's :class:`Email` or a :class:`Value`), without repeats, in card order.
    """
    problems: list[str] = []
    kept = []
    email_keys = []
    for email in emails:
        value = email.value
        # A bare address (nearly all of them) is its own clean form: no call needed.
        if (not value or "<" in value or value[0].isspace() or value[-1].isspace()
                or value[0] in "\"'" or value[-1] in "\"'" or value[:7].lower() == "mailto:"):
            address = clean_email(value)
            key = email_key(address)
        else:
            address, key = value, value.casefold()
        if is_valid_email(address):
            kept.append(Value(address, email.label))
            email_keys.append(address if key == address else key)
        else:
            problems.append(f"EMAIL {email.value!r} is not an e-mail address: left out")
    try:
        day = parse_birthday(birthday)
    except ValueError:
        problems.append(f"BDAY {birthday!r} is not a possible date: left out")
        day = None
    # Names, organizations, titles and tags repeat across an address book: interned,
    # a 100,000-card plan keeps one copy of each.
    intern = sys.intern
    scalars: dict[str, str | None] = {
        "display_name": intern(display_name.strip()),
        "given_name": intern(given_name.strip()),
        "family_name": intern(family_name.strip()),
        "organization": intern(organization.strip()),
        "title": intern(title.strip()),
        "notes": notes, "birthday": day, "uid": uid or None,
        "photo_uri": photo_uri or None,
    }
    # List comprehensions, not generators: this runs for every card.
    phone_rows = tuple([Value(v, p.label) for p in phones if (v := p.value.strip())])
    url_rows = tuple([Value(v, u.label) for u in urls if (v := u.value.strip())])
    tag_rows = tuple([intern(v) for t in tags if (v := t.strip())])
    phone_keys = tuple([phone_key(p.value) for p in phone_rows])
    phones_keys = (phone_keys if all(phone_keys) else
                   tuple([k or p.value for k, p in zip(phone_keys, phone_rows, strict=True)]))
    keys = RowKeys(
        emails=tuple(email_keys),
        phones=phones_keys,
        phone_match=phone_keys,
        urls=tuple([_same(u.value.casefold(), u.value) for u in url_rows]),
        addresses=tuple([address_key(a) for a in addresses]),
        tags=tuple([_same(t.casefold(), t) for t in tag_rows]),
    )
    return CardData(
        scalars=scalars, emails=tuple(kept), phones=phone_rows, urls=url_rows,
        addresses=addresses, tags=tag_rows, photo=photo,
        photo_mime=photo_mime if photo else None, problems=tuple(problems), keys=keys,
    )


def address_key(address: AddressData | Place) -> tuple[str, ...]:
    """Return what makes two addresses the same place (the label does not)."""
    # Interned: cities, regions and countries repeat across an address book.
    return (_place_key(address.po_box), _place_key(address.extended),
            _place_key(address.street), _place_key(address.locality),
            _place_key(address.region), _place_key(address.postal_code),
            _place_key(address.country))


def _place_key(part: str) -> str:
    if not part:
        return ""
    # fold() of ASCII text is its lower case (accents and ligatures are not ASCII).
    folded = part.lower() if part.isascii() else fold(part)
    return sys.intern(" ".join(folded.split()))


@dataclass(slots=True)
class ContactState:
    """One contact during an import: stored values plus what this import adds.

    Attributes:
        id: The contact id (negative for a contact this import creates).
        status: Its status ("archived" contacts stay archived).
        scalars: Current single values (names, organization, birthday, notes...).
        photo: Current photo bytes.
        existing: How many e-mails, phones, URLs and addresses are stored already
            (new rows go after them).
        changed: Names of the scalar columns this import changed.
        added: New child rows per kind ("emails", "phones", "urls", "addresses", "tags").
    """

    id: int
    status: str
    scalars: dict[str, str | None]
    photo: bytes | None = None
    photo_mime: str | None = None
    existing: dict[str, int] = field(default_factory=lambda: _NO_ROWS)
    changed: set[str] | frozenset[str] = frozenset()
    added: dict[str, list[object] | tuple[object, ...]] = field(default_factory=dict)
    keys: dict[str, set[object] | tuple[object, ...]] = field(default_factory=dict)
    origin: str = ""
    shared: bool = False
    """``scalars`` is still the card's own dict: copy it before changing it."""

    @property
    def name(self) -> str:
        """The name the contact is shown with."""
        return self.scalars.get("display_name") or ""

    @property
    def is_new(self) -> bool:
        """True for a contact this import creates."""
        return self.id < 0

    @classmethod
    def new(cls, target: int, data: CardData, origin: str) -> ContactState:
        """Return a contact created from its first card, read from the file ``origin``."""
        # The card's scalars are shared until a later card of the import changes one
        # (:meth:`_set` copies them): most contacts get one card, and 100,000 copies
        # of a dict weigh.
        state = cls(target, "active", data.scalars, data.photo, data.photo_mime,
                    origin=origin, shared=True)
        # What merge(data) would do on a copy of the card's own values: add its rows.
        # Keys stay a tuple until a merge needs a set (:meth:`_add_rows`).
        row_keys, state_keys, added = data.keys, state.keys, state.added
        for kind in _ROW_KINDS:
            keys = getattr(row_keys, kind)
            if not keys:
                continue
            if len(keys) == 1 or len(set(keys)) == len(keys):
                state_keys[kind], added[kind] = keys, getattr(data, kind)
            else:  # the card repeats a value: its first one, still as tuples
                firsts: dict[object, object] = {}
                for value, key in zip(getattr(data, kind), keys, strict=True):
                    firsts.setdefault(key, value)
                state_keys[kind], added[kind] = tuple(firsts), tuple(firsts.values())
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
        for kind in _ROW_KINDS:
            self._add_rows(kind, getattr(data, kind), data.keys[kind])
        after = (len(self.changed), sum(len(v) for v in self.added.values()))
        return after != before, conflicts

    def _set(self, name: str, value: str | None) -> None:
        if self.shared:
            self.scalars, self.shared = dict(self.scalars), False
        self.scalars[name] = value
        self._mark(name)

    def _mark(self, name: str) -> None:
        """Note that ``name`` changed (the set is made on the first change)."""
        if not isinstance(self.changed, set):
            self.changed = set()
        self.changed.add(name)

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
        if not data.photo or data.photo == self.photo:
            return
        if self.photo is None:
            self.photo, self.photo_mime = data.photo, data.photo_mime
            self._mark("photo")
        else:
            conflicts.append("photo: the current photo kept, the card has another one")

    def _add_rows(self, kind: str, values: Iterable[object], value_keys: Iterable[object]) -> None:
        keys = self.keys.get(kind)
        if not isinstance(keys, set):
            keys = self.keys[kind] = set(keys or ())
        added = self.added.get(kind)
        if not isinstance(added, list):
            added = self.added[kind] = list(added or ())
        for value, k in zip(values, value_keys, strict=True):
            if k not in keys:
                keys.add(k)
                added.append(value)


def load_states(ids: Iterable[int]) -> dict[int, ContactState]:
    """Return the stored contacts ``ids`` as import states (a few queries per 500)."""
    ids = list(ids)
    states: dict[int, ContactState] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        _load_chunk(chunk, states)
    return states


def _load_chunk(chunk: list[int], states: dict[int, ContactState]) -> None:
    # Plain SQL, the ids as one JSON parameter: building the IN lists and converting
    # the rows through the ORM took 1.4 s for 10,000 contacts (re-importing a file).
    ids = json.dumps(chunk)
    wanted = "IN (SELECT value FROM json_each(?))"
    columns = (*TEXT_FIELDS, "uid", "photo_uri", "birthday", "notes")
    rows = db.execute_sql(f"SELECT id, status, photo, photo_mime, {', '.join(columns)} "
                          f"FROM contact WHERE id {wanted}", (ids,))
    for cid, status, photo, mime, *values in rows:
        states[cid] = ContactState(cid, status, dict(zip(columns, values, strict=True)),
                                   bytes(photo) if photo else None, mime)
    keyed = {"emails": ("contact_email", email_key),
             "phones": ("contact_phone", lambda v: phone_key(v) or v),
             "urls": ("contact_url", str.casefold)}
    for kind, (table, key) in keyed.items():
        for cid, value in db.execute_sql(
                f"SELECT contact_id, value FROM {table} WHERE contact_id {wanted}", (ids,)):
            _known(states[cid], kind, key(value))
    names = ("label", *_ADDRESS_PARTS)
    for cid, *parts in db.execute_sql(
            f"SELECT contact_id, {', '.join(names)} FROM contact_address "
            f"WHERE contact_id {wanted}", (ids,)):
        _known(states[cid], "addresses", address_key(AddressData(*parts)))
    for cid, name in db.execute_sql(
            "SELECT contact_tag.contact_id, tag.name FROM contact_tag "
            f"JOIN tag ON tag.id = contact_tag.tag_id WHERE contact_tag.contact_id {wanted}",
            (ids,)):
        _known(states[cid], "tags", name.casefold())


def _known(state: ContactState, kind: str, key: object) -> None:
    keys = state.keys.setdefault(kind, set())
    assert isinstance(keys, set)
    keys.add(key)
    existing = state.existing
    if existing is _NO_ROWS:
        existing = state.existing = {}
    existing[kind] = existing.get(kind, 0) + 1
