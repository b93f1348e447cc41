"""What each vCard property contributes to a card: one small function per property.

Each handler takes the card being built and one parsed property. Properties not in
:data:`HANDLERS` are ignored without being decoded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from networkapp.services.vcard import fields
from networkapp.services.vcard.card import INTRODUCED_BY, INTRODUCED_ON, KIND_GROUP
from networkapp.services.vcard.decode import split_escaped, unescape
from networkapp.services.vcard.photo import photo_from_base64, photo_from_text
from networkapp.services.vcard.syntax import Property

if TYPE_CHECKING:
    from networkapp.services.vcard.builder import CardBuilder

_BASE64 = frozenset({"B", "BASE64"})

_KDE_SEPARATOR = "\ue000"  # KDE joins several legacy messaging addresses with U+E000


def _version(card: CardBuilder, prop: Property) -> None:
    card.version = card.plain(prop)


def _uid(card: CardBuilder, prop: Property) -> None:
    if card.uid is None:
        card.uid = card.plain(prop) or None


def _full_name(card: CardBuilder, prop: Property) -> None:
    if not card.full_name:
        card.full_name = card.plain(prop)


def _name(card: CardBuilder, prop: Property) -> None:
    if not any(card.name_parts):
        card.name_parts = [part.strip() for part in split_escaped(card.text(prop), ";")]


def _nickname(card: CardBuilder, prop: Property) -> None:
    if not card.nickname:
        card.nickname = split_escaped(card.text(prop), ",")[0].strip()


def _organization(card: CardBuilder, prop: Property) -> None:
    if not card.organization:
        parts = [part.strip() for part in split_escaped(card.text(prop), ";")]
        card.organization = ", ".join([part for part in parts if part])


def _title(card: CardBuilder, prop: Property) -> None:
    if not card.title:
        card.title = card.plain(prop)


def _note(card: CardBuilder, prop: Property) -> None:
    note = card.plain(prop)
    if note and card.has_room(prop.line, card.notes, "notes"):
        card.notes.append(note)


def _birthday(card: CardBuilder, prop: Property) -> None:
    if card.birthday is not None:
        return
    text = card.plain(prop)
    card.birthday = fields.parse_birthday(text, prop.param("X-APPLE-OMIT-YEAR"))
    if card.birthday is None and text:
        card.warn(prop.line, f"BDAY {text[:40]!r} is not a date, ignored")


def _categories(card: CardBuilder, prop: Property) -> None:
    for tag in split_escaped(card.text(prop), ","):
        if tag.strip() and card.has_room(prop.line, card.tags, "categories"):
            card.tags[tag.strip()] = None


def _email(card: CardBuilder, prop: Property) -> None:
    value = card.plain(prop)
    if value[:7].lower() == "mailto:":
        value = value[7:].strip()
    if value:
        card.add_item("email", (value,), fields.plain_label(prop.params.types()), prop)


def _phone(card: CardBuilder, prop: Property) -> None:
    value = card.plain(prop)
    if value[:4].lower() == "tel:":
        value = value[4:].strip()
    if value:
        card.add_item("tel", (value,), fields.phone_label(prop.params.types()), prop)


def _address(card: CardBuilder, prop: Property) -> None:
    parts = [part.strip() for part in split_escaped(card.text(prop), ";")]
    parts = (parts + [""] * 7)[:7]
    if any(parts):
        card.add_item("adr", tuple(parts), fields.plain_label(prop.params.types()), prop)


def _url(card: CardBuilder, prop: Property) -> None:
    value = card.plain(prop)
    if value:
        card.add_item("url", (value,), fields.plain_label(prop.params.types()), prop)


def _impp(card: CardBuilder, prop: Property) -> None:
    value = card.plain(prop)
    if value:
        proto = fields.impp_protocol(value, prop.param("X-SERVICE-TYPE"), prop.params.types())
        card.add_item("url", (value,), f"impp:{proto}", prop, relabel=False)


def _legacy_im(card: CardBuilder, prop: Property) -> None:
    proto = fields.IM_PROPERTIES.get(prop.name) or prop.param("X-SERVICE-TYPE") or "other"
    proto = fields.impp_protocol("", proto, ())
    for value in card.plain(prop).split(_KDE_SEPARATOR):
        if value.strip():
            card.add_item("url", (value.strip(),), f"impp:{proto}", prop, relabel=False)


def _social(card: CardBuilder, prop: Property) -> None:
    value = card.plain(prop) or (prop.param("X-USER") or "").strip()
    if value:
        kind = fields.plain_label(prop.params.types())
        card.add_item("url", (value,), f"social:{kind}", prop, relabel=False)


def _label(card: CardBuilder, prop: Property) -> None:
    if prop.group:
        card.labels[prop.group] = fields.apple_label(unescape(card.text(prop)))


def _kind(card: CardBuilder, prop: Property) -> None:
    if card.plain(prop).lower() == KIND_GROUP:
        card.kind = KIND_GROUP


def _photo(card: CardBuilder, prop: Property) -> None:
    if card.photo is not None or card.photo_uri is not None:
        return
    if prop.encoding in _BASE64:
        result = photo_from_base64(prop.value)
    else:
        result = photo_from_text(unescape(card.text(prop)))
    if result.problem:
        card.warn(prop.line, result.problem)
    card.photo, card.photo_mime, card.photo_uri = result.data, result.mime, result.uri


def _introduced_by(card: CardBuilder, prop: Property) -> None:
    if card.introduced_by is None:
        card.introduced_by = card.plain(prop) or None


def _introduced_on(card: CardBuilder, prop: Property) -> None:
    if card.introduced_on is None:
        text = card.plain(prop)
        day = fields.parse_birthday(text, None)
        if day is None or day.startswith("--"):
            card.warn(prop.line, f"{prop.name} {text[:40]!r} is not a date, ignored")
        else:
            card.introduced_on = day


HANDLERS: dict[str, Callable[[CardBuilder, Property], None]] = {
    "VERSION": _version,
    "UID": _uid,
    "FN": _full_name,
    "N": _name,
    "NICKNAME": _nickname,
    "ORG": _organization,
    "TITLE": _title,
    "NOTE": _note,
    "BDAY": _birthday,
    "CATEGORIES": _categories,
    "EMAIL": _email,
    "TEL": _phone,
    "ADR": _address,
    "URL": _url,
    "IMPP": _impp,
    "X-SOCIALPROFILE": _social,
    "X-KDE-MESSAGING": _legacy_im,
    "X-ABLABEL": _label,
    "KIND": _kind,
    "X-ADDRESSBOOKSERVER-KIND": _kind,
    "PHOTO": _photo,
    INTRODUCED_BY: _introduced_by,
    INTRODUCED_ON: _introduced_on,
    **dict.fromkeys(fields.IM_PROPERTIES, _legacy_im),
}
