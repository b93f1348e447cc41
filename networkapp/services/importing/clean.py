"""What an import keeps of a card: its values cleaned for storage, with their keys.

:func:`record_of` turns each card the vCard reader yields (a :class:`ParsedCard` or a
:class:`RejectedCard`) into a :class:`Record`. Cleaning drops what the database must
not hold, each time with a warning on the card: e-mail addresses that are not
addresses, impossible birthdays, control characters (NUL and the like; a tab or a
line break only where the value may have one) and text beyond the size limits
(1,000 characters for names and other one-line fields, 100,000 for notes): the
rules of :func:`~networkapp.services.validation.stored_text`, which hand edits
follow too.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from operator import attrgetter
from typing import TypeVar

from networkapp.services.contact_writer import ADDRESS_COLUMNS, tag_key
from networkapp.services.importing.match import (
    clean_email,
    email_key,
    name_keys,
    phone_key,
    squeezed,
    url_key,
)
from networkapp.services.validation import (
    LINE_LIMIT,
    NOTES_LIMIT,
    is_valid_email,
    parse_birthday,
    stored_text,
)
from networkapp.services.vcard import CardResult, RejectedCard
from networkapp.services.vcard.card import KIND_GROUP

ADDRESS_PARTS = ADDRESS_COLUMNS[1:]
"""The parts of a postal address (the contact_address columns after the label)."""
_ADR_PARTS = attrgetter(*ADDRESS_PARTS)
TEXT_FIELDS = ("display_name", "given_name", "family_name", "organization", "title")
ROW_KINDS = ("emails", "phones", "urls", "addresses", "tags")
_PROPERTY = {"display_name": "FN", "given_name": "N", "family_name": "N",
             "organization": "ORG", "title": "TITLE", "notes": "NOTE", "uid": "UID",
             "photo_uri": "PHOTO", "emails": "EMAIL", "phones": "TEL", "urls": "URL",
             "addresses": "ADR", "tags": "CATEGORIES"}
_T = TypeVar("_T")


Value = tuple[str, str]
"""An e-mail, phone or URL to store: (value, label). Plain tuples of strings, not named
ones: the garbage collector stops tracking those, and a preview holds 100,000s."""
Place = tuple[str, ...]
"""A postal address to store: (label, *ADDRESS_PARTS), the columns of contact_address."""


@dataclass(frozen=True, slots=True)
class CardData:
    """A card's values cleaned for storage, and the comparison key of each row.

    Attributes:
        scalars: The contact columns: names, organization, title, notes, birthday,
            uid, photo_uri.
        emails, phones, urls, addresses, tags: The rows, in card order, no repeats.
        keys: Per kind, the comparison key of each row (aligned with the rows).
        photo: The inline photo, if any, and its type.
        photo_key: A digest of the photo (what merging compares).
        names: The folded name forms (:func:`name_keys`).
        introduced: The UID of who introduced the contact and the date, if the card says
            (X-NETWORKAPP-INTRODUCED-BY: the import links them once every card is in).
    """

    scalars: dict[str, str | None]
    emails: tuple[Value, ...]
    phones: tuple[Value, ...]
    urls: tuple[Value, ...]
    addresses: tuple[Place, ...]
    tags: tuple[str, ...]
    keys: dict[str, tuple[object, ...]]
    photo: bytes | None
    photo_mime: str | None
    photo_key: bytes | None
    names: tuple[str, ...]
    introduced: tuple[str, str | None] | None = None


@dataclass(frozen=True, slots=True)
class Record:
    """One card as the import sees it.

    Attributes:
        file: The file (or data name) the card is in, as messages show it.
        line: The line of its BEGIN:VCARD (or where a broken card starts).
        name: Its display name ("" when rejected).
        data: Its cleaned values; None for a rejected card or a contact group.
        warnings: What the reader and the cleaning left out.
        reason: Why it was rejected, "" otherwise.
    """

    file: str
    line: int
    name: str
    data: CardData | None
    warnings: tuple[str, ...]
    reason: str = ""


def photo_key(photo: bytes | None) -> bytes | None:
    """Return the digest merging compares photos by (None without a photo)."""
    return hashlib.blake2b(photo, digest_size=16).digest() if photo else None


def record_of(card: CardResult, file: str) -> Record:  # noqa: PLR0912 -- runs per card
    """Return what the import keeps of a card the reader yielded from ``file``."""
    if isinstance(card, RejectedCard):
        return Record(file, card.line, "", None, (), card.reason)
    warnings = [issue.message for issue in card.warnings]
    if card.kind == KIND_GROUP:
        return Record(file, card.line, card.display_name, None, tuple(warnings))
    clean = _Cleaner(warnings)
    line, label = clean.line, clean.label
    intern = sys.intern  # names, organizations and tags repeat across an address book
    scalars: dict[str, str | None] = {
        name: intern(line(name, getattr(card, name))) for name in TEXT_FIELDS}
    notes = card.notes
    scalars["notes"] = notes if not notes or (notes.isprintable() and len(notes) <= NOTES_LIMIT) \
        else clean.text("notes", notes, NOTES_LIMIT)
    scalars["uid"] = line("uid", card.uid or "") or None
    scalars["photo_uri"] = line("photo_uri", card.photo_uri or "") or None
    emails: dict[object, Value] = {}
    for email in card.emails:
        address = clean_email(line("emails", email.value))
        if is_valid_email(address):
            key = email_key(address)
            if key not in emails:
                emails[key] = (address, label(email.label))
        elif address:
            warnings.append(f"EMAIL {email.value!r} is not an e-mail address: left out")
    try:
        scalars["birthday"] = parse_birthday(card.birthday)
    except ValueError:
        warnings.append(f"BDAY {card.birthday!r} is not a possible date: left out")
        scalars["birthday"] = None
    phones: dict[object, Value] = {}
    for phone in card.phones:
        if value := line("phones", phone.value):
            phones.setdefault(phone_key(value), (value, label(phone.label)))
    urls: dict[object, Value] = {}
    for url in card.urls:
        if value := line("urls", url.value):
            urls.setdefault(url_key(value), (value, label(url.label)))
    places: dict[object, Place] = {}
    for adr in card.addresses:  # parts may hold line breaks
        place: Place = (label(adr.label), *[
            part if part.isprintable() and len(part) <= LINE_LIMIT
            else clean.text("addresses", part, LINE_LIMIT)
            for part in _ADR_PARTS(adr)])
        if any(place[1:]):
            places.setdefault(address_key(place), place)
    tags: dict[object, str] = {}
    for tag in card.tags:
        if name := line("tags", tag):
            tags.setdefault(tag_key(name), intern(name))
    display = scalars["display_name"] or ""
    photo = card.photo or None
    data = CardData(
        scalars=scalars, emails=tuple(emails.values()), phones=tuple(phones.values()),
        urls=tuple(urls.values()), addresses=tuple(places.values()), tags=tuple(tags.values()),
        keys={"emails": tuple(emails), "phones": tuple(phones), "urls": tuple(urls),
              "addresses": tuple(places), "tags": tuple(tags)},
        photo=photo, photo_mime=card.photo_mime if photo else None, photo_key=photo_key(photo),
        names=name_keys(display, scalars["given_name"] or "", scalars["family_name"] or ""),
        introduced=(introducer, card.introduced_on)
        if (introducer := line("uid", card.introduced_by or "")) else None,
    )
    return Record(file, card.line, display, data, tuple(warnings))


def address_key(place: Place) -> tuple[str, ...]:
    """Return what makes two addresses the same place (the label does not)."""
    return tuple(sys.intern(squeezed(part)) if part else "" for part in place[1:])


class _Cleaner:
    """Cleans one card's text values (:func:`stored_text`), adding one warning per
    property and change."""

    def __init__(self, warnings: list[str]) -> None:
        self.warnings = warnings

    def line(self, field: str, value: str) -> str:
        """Return a one-line value as stored, stripped."""
        if value.isprintable() and len(value) <= LINE_LIMIT:
            return value.strip()
        return self.text(field, value, LINE_LIMIT, lines=False).strip()

    def text(self, field: str, value: str, limit: int, *, lines: bool = True) -> str:
        """Return a value as stored (with ``lines``: tabs and line breaks kept)."""
        value, done = stored_text(value, lines=lines, limit=limit)
        for what in done:
            warning = f"{_PROPERTY.get(field, field)}: {what}"
            if warning not in self.warnings:
                self.warnings.append(warning)
        return value

    @staticmethod
    def label(label: str) -> str:
        """Return a label as stored (no warning: the reader chose or copied it)."""
        return label if label.isprintable() and len(label) <= LINE_LIMIT else \
            stored_text(label)[0].strip()
